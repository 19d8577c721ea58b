#!/usr/bin/env node
/*
 * Dump the @medusajs/types HttpTypes (and the few @medusajs/js-sdk auth types) a list of root type strings needs, as JSON, for
 * scripts/generate_models_v2.py (which runs this script; it is not meant to be run alone).
 *
 * Input (stdin): {"roots": [{"text": "<type as written in ENDPOINTS.md>", "name": "<class name>"}]}
 * Output (stdout): {
 *   "versions": {"@medusajs/types": ..., "typescript": ...},
 *   "notes": ["..."],                                (name clashes resolved with a number suffix)
 *   "roots": [{"text", "name", "type": <expr>}],
 *   "classes": [{"id", "name", "inline", "parent", "origin", "props": [{"name", "optional", "type"}]}]
 * }
 * A type <expr> is one of
 *   {"kind": "string"|"number"|"boolean"|"null"|"any"|"unknown"|"date"|"never"}
 *   {"kind": "literal", "value": <string|number|boolean>}
 *   {"kind": "array", "items": <expr>}
 *   {"kind": "record", "values": <expr>}            (Record<string, X>, {[key: string]: X}, {})
 *   {"kind": "union", "members": [<expr>, ...]}      (undefined dropped: optionality is on the property)
 *   {"kind": "ref", "id": <class id>}                (an object type with properties)
 *   {"kind": "opaque", "text": "..."}                (classes, functions, lib types such as Blob)
 * Class names: the root's name for a root; else the HttpTypes (or module) interface / type alias
 * name; a generic instantiation is named <Args><Generic> when its arguments have names (and just
 * <Generic> when they are all free-form records); anything else (object literals, Omit<...>,
 * intersections) is named <Parent><Field> after the first property it was found under.
 * Everything is visited in a fixed order (roots in input order, properties in declaration order),
 * so the output is deterministic.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const HERE = __dirname;
const VIRTUAL = path.join(HERE, "__roots__.ts");
const BUILTIN_NAMES = new Set(["Omit", "Record", "Partial", "Pick", "Required", "Date", "string", "number", "boolean"]);

function camel(text) {
  return String(text)
    .split(/[^0-9A-Za-z]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join("");
}

function main() {
  const input = JSON.parse(fs.readFileSync(0, "utf8"));
  const roots = input.roots;

  // First pass: a file importing the namespaces, to learn which names HttpTypes exports.
  const header =
    'import type { HttpTypes } from "@medusajs/types";\n' +
    'import type * as MT from "@medusajs/types";\n' +
    'import type * as SDK from "@medusajs/js-sdk/dist/auth/index";\n';
  const probe = compile(header + "export {};\n");
  const httpNames = new Set();
  const moduleNames = new Set();
  const sdkNames = new Set();
  {
    const { checker, source } = probe;
    for (const stmt of source.statements) {
      if (!ts.isImportDeclaration(stmt)) continue;
      const modSym = checker.getSymbolAtLocation(stmt.moduleSpecifier);
      const names = stmt.moduleSpecifier.text.startsWith("@medusajs/js-sdk") ? sdkNames : moduleNames;
      for (const s of checker.getExportsOfModule(modSym)) names.add(s.name);
      const bindings = stmt.importClause.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        const nsSym = checker.getAliasedSymbol(checker.getSymbolAtLocation(bindings.elements[0].name));
        for (const s of checker.getExportsOfModule(nsSym)) httpNames.add(s.name);
      }
    }
  }

  const rewrite = (text) =>
    text.replace(/("[^"]*")|\b([A-Za-z_$][\w$]*)\b(\s*\??:)?/g, (all, str, ident, colon) => {
      if (str || colon || !ident || BUILTIN_NAMES.has(ident)) return all;
      if (httpNames.has(ident)) return "HttpTypes." + ident;
      if (moduleNames.has(ident)) return "MT." + ident;
      if (sdkNames.has(ident)) return "SDK." + ident;
      return all;
    });
  let body = header;
  roots.forEach((r, i) => {
    body += `export type __Root${i} = ${rewrite(r.text)};\n`;
  });
  const { checker, source, program } = compile(body);
  const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file && d.file.fileName === VIRTUAL);
  if (diags.length) {
    for (const d of diags) console.error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    process.exit(1);
  }

  const notes = []; // name clashes, for the generator's report
  const classes = []; // in discovery order
  const byType = new Map(); // ts.Type -> class record
  const taken = new Map(); // name -> class record
  const queue = [];

  function isMedusa(decl) {
    const file = decl && decl.getSourceFile().fileName;
    return !!file && (file.includes(path.join("node_modules", "@medusajs", "types")) || file.includes(path.join("node_modules", "@medusajs", "js-sdk")));
  }

  function origin(type) {
    const sym = type.aliasSymbol || type.getSymbol();
    const decl = sym && sym.declarations && sym.declarations[0];
    if (!decl) return null;
    const file = decl.getSourceFile().fileName;
    const idx = file.indexOf(path.join("node_modules", "@medusajs"));
    return idx >= 0 ? file.slice(idx + "node_modules/".length) : path.basename(file);
  }

  function argName(t) {
    if (t.flags & ts.TypeFlags.StringLiteral) return camel(t.value);
    if (t.flags & ts.TypeFlags.NumberLiteral) return "N" + String(t.value);
    if (t.flags & ts.TypeFlags.String) return "String";
    if (t.flags & ts.TypeFlags.Number) return "Number";
    if (t.flags & ts.TypeFlags.Boolean) return "Boolean";
    if (t.flags & ts.TypeFlags.Union) {
      const parts = t.types.map(argName);
      return parts.every(Boolean) ? parts.join("Or") : null;
    }
    if (isDate(t)) return "Date";
    if (t.aliasSymbol && !(t.aliasTypeArguments || []).length) return t.aliasSymbol.name;
    const sym = t.getSymbol();
    if (sym && !sym.name.startsWith("__") && !isGenericReference(t)) return sym.name;
    return null;
  }

  function isGenericReference(t) {
    // an instantiation of a generic interface (not the `this` arguments of a plain one)
    const sym = t.getSymbol();
    const decl = sym && sym.declarations && sym.declarations[0];
    return !!(t.objectFlags & ts.ObjectFlags.Reference) && !!decl && !!(decl.typeParameters || []).length;
  }

  function isFreeRecord(t) {
    if (t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return true;
    if (!(t.flags & ts.TypeFlags.Object)) return false;
    const infos = checker.getIndexInfosOfType(t);
    return (
      checker.getPropertiesOfType(t).length === 0 &&
      infos.length === 1 &&
      (infos[0].type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) !== 0
    );
  }

  function declaredName(type) {
    // A type alias without arguments, or an interface that is not a generic instantiation.
    if (type.aliasSymbol) {
      const args = type.aliasTypeArguments || [];
      const decl = type.aliasSymbol.declarations && type.aliasSymbol.declarations[0];
      if (!isMedusa(decl)) return null;
      if (!args.length) return type.aliasSymbol.name;
      if (args.every(isFreeRecord)) return type.aliasSymbol.name;
      const names = args.map(argName);
      return names.every(Boolean) ? names.join("") + type.aliasSymbol.name : null;
    }
    const sym = type.getSymbol();
    if (!sym || sym.name.startsWith("__")) return null;
    const decl = sym.declarations && sym.declarations[0];
    if (!isMedusa(decl)) return null;
    if (!(sym.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeLiteral))) return null;
    if (!isGenericReference(type)) return sym.name;
    const args = checker.getTypeArguments(type);
    if (args.every(isFreeRecord)) return sym.name;
    const names = args.map(argName);
    return names.every(Boolean) ? names.join("") + sym.name : null;
  }

  function register(type, name, parent) {
    let rec = byType.get(type);
    if (rec) return rec;
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = name + n;
    if (unique !== name) notes.push(`two types named ${name} (${origin(type)} is ${unique})`);
    rec = { id: classes.length, name: unique, inline: parent !== null, parent, origin: origin(type), props: null, type };
    classes.push(rec);
    byType.set(type, rec);
    taken.set(unique, rec);
    queue.push(rec);
    return rec;
  }

  function isDate(t) {
    const sym = t.getSymbol();
    return !!sym && sym.name === "Date" && !isMedusa(sym.declarations && sym.declarations[0]);
  }

  function conv(type, ctxName, parent) {
    const f = type.flags;
    if (f & ts.TypeFlags.Any) return { kind: "any" };
    if (f & ts.TypeFlags.Unknown) return { kind: "unknown" };
    if (f & ts.TypeFlags.Never) return { kind: "never" };
    if (f & ts.TypeFlags.Null) return { kind: "null" };
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { kind: "undefined" };
    if (f & ts.TypeFlags.BooleanLiteral) return { kind: "literal", value: type.intrinsicName === "true" };
    if (f & ts.TypeFlags.StringLiteral) return { kind: "literal", value: type.value };
    if (f & ts.TypeFlags.NumberLiteral) return { kind: "literal", value: type.value };
    if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) return { kind: "string" };
    if (f & (ts.TypeFlags.Number | ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) return { kind: "number" };
    if (f & ts.TypeFlags.Boolean) return { kind: "boolean" };
    if (f & ts.TypeFlags.Union) {
      const members = [];
      let sawTrue = false;
      let sawFalse = false;
      const objects = type.types.filter((t) => t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection) && !isDate(t));
      for (const t of type.types) {
        // two or more object members: <Ctx>Variant1, <Ctx>Variant2, ... where they have no name
        const ctx = objects.length > 1 && objects.includes(t) ? ctxName + "Variant" + (objects.indexOf(t) + 1) : ctxName;
        if (t.flags & ts.TypeFlags.BooleanLiteral) {
          if (t.intrinsicName === "true") sawTrue = true;
          else sawFalse = true;
          continue;
        }
        const c = conv(t, ctx, parent);
        if (c.kind === "undefined") continue;
        members.push(c);
      }
      if (sawTrue && sawFalse) members.push({ kind: "boolean" });
      else if (sawTrue) members.push({ kind: "literal", value: true });
      else if (sawFalse) members.push({ kind: "literal", value: false });
      if (members.length === 1) return members[0];
      if (!members.length) return { kind: "undefined" };
      return { kind: "union", members };
    }
    if (f & ts.TypeFlags.Intersection) {
      // string & {} and the like: the primitive
      const prim = type.types.find((t) => t.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.StringLiteral));
      if (prim) return conv(prim, ctxName, parent);
    }
    if (f & (ts.TypeFlags.TypeParameter | ts.TypeFlags.Index | ts.TypeFlags.IndexedAccess | ts.TypeFlags.Conditional | ts.TypeFlags.Substitution)) {
      const c = checker.getBaseConstraintOfType(type);
      if (c && c !== type) return conv(c, ctxName, parent);
      return { kind: "any" };
    }
    if (f & ts.TypeFlags.NonPrimitive) return { kind: "record", values: { kind: "any" } };
    if (f & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
      if (isDate(type)) return { kind: "date" };
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        const args = checker.getTypeArguments(type);
        if (checker.isTupleType(type)) {
          if (!args.length) return { kind: "array", items: { kind: "any" } };
          const items = args.map((a) => conv(a, ctxName + "Item", parent));
          return { kind: "array", items: items.length === 1 ? items[0] : { kind: "union", members: items } };
        }
        return { kind: "array", items: conv(args[0], ctxName + "Item", parent) };
      }
      const numberIndex = checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & ts.TypeFlags.Number);
      if (numberIndex && checker.getPropertyOfType(type, "length")) {
        // array-like: an intersection of array types (A[] & B[]) and the like
        return { kind: "array", items: conv(numberIndex.type, ctxName + "Item", parent) };
      }
      const sym = type.getSymbol();
      if (sym && sym.flags & ts.SymbolFlags.Class) return { kind: "opaque", text: sym.name };
      if (checker.getSignaturesOfType(type, ts.SignatureKind.Call).length) return { kind: "opaque", text: "function" };
      const decl = sym && sym.declarations && sym.declarations[0];
      if (sym && !sym.name.startsWith("__") && decl && !isMedusa(decl) && sym.name !== "Record") {
        // lib types: Blob, File, FormData, Map, ...
        return { kind: "opaque", text: sym.name };
      }
      const props = checker.getPropertiesOfType(type);
      const infos = checker.getIndexInfosOfType(type);
      if (byType.has(type)) return { kind: "ref", id: byType.get(type).id };
      if (!props.length) {
        const str = infos.find((i) => i.keyType.flags & ts.TypeFlags.String) || infos[0];
        return { kind: "record", values: str ? conv(str.type, ctxName + "Value", parent) : { kind: "any" } };
      }
      if (f & ts.TypeFlags.Intersection && !declaredName(type) && !byType.has(type)) {
        // A & B of named types where B has every property of the whole: B, the last such member
        // (BaseCartLineItem & StoreCartLineItem -> StoreCartLineItem). An object literal member
        // (BaseLineItemTaxLine & {item: StoreCartLineItem}) overrides properties: kept as a class.
        const names = new Set(props.map((p) => p.name));
        const complete = type.types.filter(
          (t) =>
            declaredName(t) &&
            checker.getPropertiesOfType(t).length === names.size &&
            checker.getPropertiesOfType(t).every((p) => names.has(p.name)),
        );
        const exact = complete.find((t) => checker.isTypeAssignableTo(t, type));
        const allNamed = type.types.every((t) => declaredName(t));
        const whole = exact || (allNamed && complete.length ? complete[complete.length - 1] : null);
        if (whole) {
          if (!exact) notes.push(`${ctxName}: ${checker.typeToString(type)} taken as ${declaredName(whole)}`);
          return conv(whole, ctxName, parent);
        }
      }
      const rec = byType.get(type) || register(type, declaredName(type) || ctxName, declaredName(type) ? null : parent);
      return { kind: "ref", id: rec.id };
    }
    return { kind: "opaque", text: checker.typeToString(type) };
  }

  function fill(rec) {
    const type = rec.type;
    rec.props = checker.getPropertiesOfType(type).map((p) => {
      const decl = p.valueDeclaration || (p.declarations && p.declarations[0]);
      const t = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
      return {
        name: p.name,
        optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
        type: conv(t, rec.name + camel(p.name), rec.id),
      };
    });
  }

  const rootDecls = source.statements.filter((s) => ts.isTypeAliasDeclaration(s));
  const rootTypes = rootDecls.map((d) => checker.getTypeFromTypeNode(d.type));
  // Roots are named first, so that a root found inside another keeps its own name.
  rootTypes.forEach((t, i) => {
    const isObject = (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) && !isDate(t);
    const hasShape = checker.getPropertiesOfType(t).length || (declaredName(t) && !checker.getIndexInfosOfType(t).length);
    if (isObject && !checker.isArrayType(t) && hasShape && !byType.has(t)) {
      register(t, roots[i].name, null);
    }
  });
  const outRoots = rootTypes.map((t, i) => ({
    text: roots[i].text,
    name: roots[i].name,
    type: conv(t, roots[i].name, null),
  }));
  while (queue.length) fill(queue.shift());

  const pkg = (name) => JSON.parse(fs.readFileSync(path.join(HERE, "node_modules", name, "package.json"), "utf8")).version;
  const out = {
    versions: {
      "@medusajs/js-sdk": pkg("@medusajs/js-sdk"),
      "@medusajs/types": pkg("@medusajs/types"),
      typescript: pkg("typescript"),
    },
    notes,
    roots: outRoots,
    classes: classes.map((c) => ({
      id: c.id,
      name: c.name,
      inline: c.inline,
      parent: c.parent,
      origin: c.origin,
      props: c.props,
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
}

function compile(text) {
  const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    name === VIRTUAL ? ts.createSourceFile(name, text, lang, true) : getSourceFile(name, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === VIRTUAL || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === VIRTUAL ? text : readFile(name));
  const program = ts.createProgram([VIRTUAL], options, host);
  return { program, checker: program.getTypeChecker(), source: program.getSourceFile(VIRTUAL) };
}

main();
