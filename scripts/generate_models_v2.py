#!/usr/bin/env python3
"""Generate ``medusa_client/v2/models/`` from ``@medusajs/types`` 2.21.2 (the ``HttpTypes`` of js-sdk).

Usage: ``python scripts/generate_models_v2.py [--endpoints ENDPOINTS.md] [--dump-json FILE] [OUT_DIR]``
(``make models-v2``).

ENDPOINTS.md (default ``../shared/reference/v2/ENDPOINTS.md``) is the js-sdk 2.21.2 endpoint table;
its "Request type", "Query type" and "Response type" columns are the roots. ``scripts/v2types/dump.js``
(run with node; ``npm ci`` in ``scripts/v2types`` first) asks the TypeScript checker for the exact
types of the roots and of every named type they reach, and prints them as JSON (``--dump-json``
keeps a copy). OUT_DIR defaults to ``medusa_client/v2/models``; the folder is replaced as a whole.
The output depends only on ENDPOINTS.md, the pinned packages and these two scripts, so CI
regenerates into a temporary folder and compares (``scripts/check_models_v2.py``).

What it emits:
- one module per named type (``snake_case`` of the class name), with the inline object types of
  that type as extra classes in the same module (named ``<Parent><Field>``);
- ``_names.py``: ``TYPE_NAMES``, every type string of ENDPOINTS.md (as the TypeScript type, ``\\|``
  unescaped, and also as written in the markdown cell when that differs) -> the class name, or
  ``None`` where no model applies (``void``, ``{}``, free-form ``Record<string, unknown>`` types);
- ``__init__.py`` importing every class lazily (PEP 562), with static imports for type checkers.

Class names of the roots (the type strings of ENDPOINTS.md):
- a plain name is the HttpTypes name: ``AdminCustomerGroupResponse``;
- ``DeleteResponse<"draft-order">`` -> ``DraftOrderDeleteResponse`` (``<Literal>DeleteResponse``);
- ``PaginatedResponse<X>`` -> ``PaginatedX``; ``G<Record<string, unknown>>`` -> ``G``;
- ``Omit<X, "k">`` -> ``XWithoutK``; ``FindParams & XFilters`` / ``XListParams`` / ``XParams`` / ``X``
  -> ``XFindParams``;
- ``X | Record<string, unknown>`` -> ``X`` (the other alternative is a plain mapping, which every
  body parameter accepts anyway); ``A, B`` (two parameters, the last one the body) -> ``B``;
- any other form (object literals, ``X & { ... }``) -> ``<Resource><Method><Role>`` from the first
  row using it, e.g. ``AuthResetPasswordRequest``, ``AdminViewsSetActiveConfigurationResponse``.
A root that is a union of object types (``StoreCompleteCartResponse``) becomes one class with the
fields of every member. Types the roots reach are named as dump.js says: the HttpTypes interface or
type-alias name; ``<Args><Generic>`` for generic instantiations with named arguments
(``OperatorMap<string>`` -> ``StringOperatorMap``); ``<Parent><Field>`` for anonymous types
(``<Parent><Field>Variant<N>`` for the object members of a union). An intersection of named types
where one member has every property is that member (``BaseCartLineItem & StoreCartLineItem``).

Mapping rules:
- request-side types (reached only from Request and Query types): required TS properties are
  mandatory constructor arguments, optional ones ``Union[T, Unset] = UNSET``;
- every other type is response-side: v2's ``fields=`` decides what the server sends, so every
  field defaults to ``MISSING``/``UNSET``: required TS properties are ``T = MISSING``, optional ones
  ``Union[T, Unset] = UNSET``;
- ``null`` in a union adds ``Optional``; ``Date`` and ``Date | string`` are ``datetime.datetime``
  on responses (requests also take a ``str``); on responses a ``string`` property named ``*_at``
  is ``datetime.datetime`` too (the server sends ISO 8601 timestamps there);
- string / number literal unions stay ``str`` / ``float`` (values the types do not list are kept);
  ``number`` is ``float`` (v2 amounts are decimal major units) except ``count``, ``offset``,
  ``limit`` and ``estimate_count``, which are ``int``; ``Record<string, X>`` is ``Dict[str, X]``;
  ``metadata`` is ``Dict[str, Any]``; ``unknown``/``any``, classes and functions are ``Any``;
  unions of object types are ``Union[...]``;
- JSON names that are not identifiers (``$and``, ``$eq``), Python keywords, or names the bases
  use (``response``, ``to_dict``...) get a Python name (``and_``, ``eq``, ``in_``, ``response_``)
  and ``metadata={"json": ...}``;
- top-level results (Response types) derive from ``Response``; those with ``count``/``offset``/
  ``limit`` and one array of items derive from ``Page[Item]``; credential-like fields are masked in
  ``repr()`` (``_secret_fields``).
Where the running server contradicts the types, ``SERVER_FIXES`` below says so (see
docs/server-vs-types-v2.md).
"""

from __future__ import annotations

import json
import keyword
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_emit import ClassDef, Module, lazy_init, module_tail  # noqa: E402

TYPES_DIR = ROOT / "scripts" / "v2types"
DEFAULT_ENDPOINTS = ROOT.parent / "shared" / "reference" / "v2" / "ENDPOINTS.md"
TYPES_VERSION = "2.21.2"
HEADER = f"# Generated by scripts/generate_models_v2.py from @medusajs/types {TYPES_VERSION}; do not edit.\n"

SECRET_FIELDS = {
    "token",
    "password",
    "password_hash",
    "new_password",
    "old_password",
    "secret",
    "api_key",
    "access_token",
    "refresh_token",
}
FREE_OBJECT: Dict[str, Any] = {"kind": "record", "values": {"kind": "unknown"}}
TOKEN_PROP: Dict[str, Any] = {"name": "token", "optional": False, "type": {"kind": "string"}}
INTEGER_FIELDS = {"count", "offset", "limit", "estimate_count"}
#: Type strings of ENDPOINTS.md that have no model (``None`` in TYPE_NAMES).
NO_MODEL = {
    "void",
    "{}",
    "Record<string, unknown>",
    "FormData",
    "Blob",
    "Response",
    "ReadableStream",
    "unknown",
    "any",
}
#: Attribute names of Model / Response / Page, or names the generated modules import.
RESERVED_ATTRS = {
    "to_dict",
    "from_dict",
    "response",
    "page_items",
    "auto_paging_iter",
    "additional_properties",
    "datetime",
    "attrs",
    "Any",
    "Dict",
    "List",
    "Optional",
    "Union",
    "ClassVar",
    "FrozenSet",
    "TYPE_CHECKING",
    "MISSING",
    "UNSET",
    "Unset",
    "Model",
    "Response",
    "Page",
}

# Where the real v2 server differs from the types: (class, property) -> the property's type as the
# server sends it, in dump.js's notation (replacing the dumped one, or adding a property the types
# lack). Each entry is listed in docs/server-vs-types-v2.md.
# ``{"kind": "ref", "name": "AdminSalesChannel"}`` names a class of the dump.
_STR: Dict[str, Any] = {"kind": "string"}
_NULL: Dict[str, Any] = {"kind": "null"}
_DATE: Dict[str, Any] = {"kind": "date"}
_NUMBER: Dict[str, Any] = {"kind": "number"}
_NULLABLE_DATE: Dict[str, Any] = {"kind": "union", "members": [_DATE, _NULL]}
_NULLABLE_STR: Dict[str, Any] = {"kind": "union", "members": [_STR, _NULL]}
_NULLABLE_OBJECT: Dict[str, Any] = {
    "kind": "union",
    "members": [{"kind": "record", "values": {"kind": "unknown"}}, _NULL],
}
#: BigNumber raw values: ``{"value": "12", "precision": 20}``.
_RAW: Dict[str, Any] = {"kind": "record", "values": {"kind": "unknown"}}
_TIMESTAMPS = {"created_at": _DATE, "updated_at": _DATE, "deleted_at": _NULLABLE_DATE}


def _list_of(name: str) -> Dict[str, Any]:
    return {"kind": "array", "items": {"kind": "ref", "name": name}}


SERVER_FIXES: Dict[Tuple[str, str], Dict[str, Any]] = {
    # Shipping option prices have "title": null (the types say string).
    ("AdminShippingOptionPrice", "title"): _NULLABLE_STR,
    ("AdminShippingOptionPrice", "price_list_id"): _NULLABLE_STR,
    ("AdminShippingOptionPrice", "price_list"): _NULLABLE_OBJECT,
    ("AdminShippingOptionPrice", "raw_min_quantity"): {"kind": "union", "members": [_RAW, _NULL]},
    ("AdminShippingOptionPrice", "raw_max_quantity"): {"kind": "union", "members": [_RAW, _NULL]},
    # A tax region lists its provider ({"id": "tp_system"}).
    ("AdminTaxRegion", "provider"): {
        "kind": "union",
        "members": [{"kind": "ref", "name": "AdminTaxProvider"}, _NULL],
    },
    # Timestamps, creator and metadata the types leave out.
    ("AdminCustomerGroup", "created_by"): _NULLABLE_STR,
    ("AdminCustomerGroup", "deleted_at"): _NULLABLE_DATE,
    ("AdminRegion", "deleted_at"): _NULLABLE_DATE,
    ("StoreRegion", "deleted_at"): _NULLABLE_DATE,
    **{("AdminRegionCountry", k): v for k, v in _TIMESTAMPS.items()},
    ("AdminRegionCountry", "region_id"): _NULLABLE_STR,
    ("AdminRegionCountry", "metadata"): _NULLABLE_OBJECT,
    **{("BaseRegionCountry", k): v for k, v in _TIMESTAMPS.items()},
    ("BaseRegionCountry", "region_id"): _NULLABLE_STR,
    ("BaseRegionCountry", "metadata"): _NULLABLE_OBJECT,
    ("AdminInventoryItem", "created_at"): _DATE,
    ("AdminInventoryItem", "updated_at"): _DATE,
    ("AdminStockLocation", "created_at"): _DATE,
    ("AdminStockLocation", "updated_at"): _DATE,
    ("AdminStockLocation", "deleted_at"): _NULLABLE_DATE,
    **{("AdminFulfillmentProvider", k): v for k, v in _TIMESTAMPS.items()},
    **{("AdminStockLocationAddress", k): v for k, v in _TIMESTAMPS.items()},
    **{("AdminPaymentProvider", k): v for k, v in _TIMESTAMPS.items()},
    **{("AdminProductVariantInventoryItemLink", k): v for k, v in _TIMESTAMPS.items()},
    ("AdminFulfillmentSet", "metadata"): _NULLABLE_OBJECT,
    ("AdminServiceZone", "metadata"): _NULLABLE_OBJECT,
    # Relations the server expands (fields=*sales_channels ...) that the types lack.
    ("AdminApiKey", "sales_channels"): _list_of("AdminSalesChannel"),
    ("AdminSalesChannel", "stock_locations"): _list_of("AdminStockLocation"),
    ("AdminInventoryItem", "reservation_items"): _list_of("AdminReservation"),
    # Prices listed under variants carry their variant and rules.
    ("AdminPrice", "variant_id"): _NULLABLE_STR,
    ("AdminPrice", "rules"): {"kind": "record", "values": {"kind": "unknown"}},
    # Category tree path and flags (the store types leave out what the admin ones have).
    ("AdminProductCategory", "mpath"): _STR,
    ("StoreProductCategory", "mpath"): _STR,
    ("StoreProductCategory", "is_active"): {"kind": "boolean"},
    ("StoreProductCategory", "is_internal"): {"kind": "boolean"},
    # BigNumber raw values next to the numbers.
    ("AdminInventoryLevel", "raw_stocked_quantity"): _RAW,
    ("AdminInventoryLevel", "raw_reserved_quantity"): _RAW,
    ("AdminInventoryLevel", "raw_incoming_quantity"): _RAW,
    ("BaseCalculatedPriceSet", "raw_calculated_amount"): _RAW,
    ("BaseCalculatedPriceSet", "raw_original_amount"): _RAW,
    ("AdminCurrency", "raw_rounding"): _RAW,
    # null until set (a campaign without a description or dates; a usage budget has no currency)
    ("AdminCampaign", "description"): _NULLABLE_STR,
    ("AdminCampaign", "starts_at"): _NULLABLE_DATE,
    ("AdminCampaign", "ends_at"): _NULLABLE_DATE,
    ("AdminCampaignBudget", "currency_code"): _NULLABLE_STR,
    ("AdminCampaignBudget", "attribute"): _NULLABLE_STR,
    ("AdminCampaignBudget", "limit"): {"kind": "union", "members": [_NUMBER, _NULL]},
    # a promotion applied to a cart: the value is a number, a percentage has no currency
    ("StoreCartPromotionApplicationMethod", "value"): _NUMBER,
    ("StoreCartPromotionApplicationMethod", "currency_code"): _NULLABLE_STR,
    # returns, exchanges and claims: dates null until the event, versions and display ids are numbers
    ("AdminReturn", "received_at"): _NULLABLE_DATE,
    ("AdminReturn", "canceled_at"): _NULLABLE_DATE,
    ("AdminReturn", "requested_at"): _NULLABLE_DATE,
    ("AdminReturn", "created_by"): _NULLABLE_STR,
    ("AdminExchange", "display_id"): _NUMBER,
    ("AdminExchange", "order_version"): _NUMBER,
    ("AdminExchange", "canceled_at"): _NULLABLE_DATE,
    ("AdminExchange", "created_by"): _NULLABLE_STR,
    ("AdminClaim", "order_version"): _NUMBER,
    ("AdminClaim", "canceled_at"): _NULLABLE_DATE,
    ("AdminClaim", "created_by"): _NULLABLE_STR,
    ("BaseClaimItem", "reason"): _NULLABLE_STR,
    # an order change names the return, exchange or claim it belongs to, null otherwise
    ("AdminOrderChange", "return_id"): _NULLABLE_STR,
    ("AdminOrderChange", "exchange_id"): _NULLABLE_STR,
    ("AdminOrderChange", "claim_id"): _NULLABLE_STR,
    # fields the server sends that the types lack
    ("AdminOrderFulfillment", "labels"): {
        "kind": "array",
        "items": {"kind": "record", "values": {"kind": "unknown"}},
    },
    ("AdminOrder", "is_draft_order"): {"kind": "boolean"},
    ("StoreCustomer", "has_account"): {"kind": "boolean"},
    ("AdminOrderItem", "id"): _STR,
    ("AdminOrderItem", "quantity"): _NUMBER,
    # the rule batch routes (admin.promotion.add_rules / update_rules / remove_rules) answer
    # {created, updated, deleted}, not the {promotion} js-sdk declares: both are fields here
    ("AdminPromotionResponse", "created"): _list_of("AdminPromotionRule"),
    ("AdminPromotionResponse", "updated"): _list_of("AdminPromotionRule"),
    ("AdminPromotionResponse", "deleted"): {"kind": "record", "values": {"kind": "unknown"}},
    # the return routes answer the return with the order ({order, return}) or its preview
    ("AdminReturnResponse", "order"): {"kind": "ref", "name": "AdminOrder"},
    ("AdminReturnResponse", "order_preview"): {"kind": "ref", "name": "AdminOrderPreview"},
    # cancel_request / cancel_receive answer {id, object: "return", deleted: true}
    ("AdminReturnResponse", "id"): _STR,
    ("AdminReturnResponse", "object"): _STR,
    ("AdminReturnResponse", "deleted"): {"kind": "boolean"},
    # the order of an order change is the order module's raw entity (items are order-item rows
    # with the line item nested, summary a list of summary rows), not the HTTP AdminOrder
    ("AdminOrderChange", "order"): {"kind": "record", "values": {"kind": "unknown"}},
    # an action of an order edit (ITEM_ADD, ITEM_UPDATE) has no reference
    ("AdminOrderChangeAction", "reference"): _NULLABLE_STR,
    ("AdminOrderChangeAction", "reference_id"): _NULLABLE_STR,
    # the order change of the order a claim-create answers: null unless of that kind
    ("OrderChangeDTO", "return_id"): _NULLABLE_STR,
    ("OrderChangeDTO", "exchange_id"): _NULLABLE_STR,
    ("OrderChangeDTO", "claim_id"): _NULLABLE_STR,
    # admin.promotion.list_rules labels each rule and value ({value, label}: the value's name)
    ("AdminPromotionRule", "attribute_label"): _STR,
    ("AdminPromotionRule", "operator_label"): _STR,
    ("BasePromotionRuleValue", "label"): _STR,
    # a campaign's promotions (fields=*promotions)
    ("AdminCampaign", "promotions"): _list_of("AdminPromotion"),
    # 2.21.2 serialises an empty list of deleted ids as {"__type": "Symbol(WorkflowWorkflowData)"}
    # (admin.shipping_option.update_rules with nothing to delete): kept as the dict it is
    ("AdminBatchProductResponseDeleted", "ids"): {
        "kind": "union",
        "members": [{"kind": "array", "items": _STR}, {"kind": "record", "values": {"kind": "unknown"}}],
    },
}


def snake(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = s.replace("-", "_").lower()
    return s + "_" if keyword.iskeyword(s) else s


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


# ------------------------------------------------------------------------------- ENDPOINTS.md
ROLES = ("Request", "Query", "Response")


def split_row(line: str) -> List[str]:
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip() for c in cells]


def read_endpoints(path: Path) -> List[Tuple[str, str, str, str]]:
    """``(js resource path, js method, role, type string as written)`` for every typed cell."""
    rows: List[Tuple[str, str, str, str]] = []
    resource = ""
    columns: List[str] = []
    for line in path.read_text().splitlines():
        if line.startswith("## "):
            resource = line[3:].split(" ", 1)[0]
            columns = []
        elif line.startswith("| JS method"):
            columns = split_row(line)
        elif line.startswith("|") and not line.startswith("|---") and columns:
            cells = split_row(line)
            if len(cells) != len(columns):
                raise SystemExit(f"ENDPOINTS.md: row with {len(cells)} cells: {line}")
            row = dict(zip(columns, cells))
            for role in ROLES:
                text = row[f"{role} type"]
                if text != "-":
                    rows.append((resource, row["JS method"], role, text))
    if not rows:
        raise SystemExit(f"{path}: no endpoint tables found")
    return rows


def unescape(cell: str) -> str:
    return cell.replace("\\|", "|")


_IDENT = re.compile(r"[A-Za-z_]\w*")


def root_rule(text: str, resource: str, method: str, role: str) -> Tuple[Optional[str], str]:
    """``(class name or None, the type text dump.js should resolve)`` for an ENDPOINTS.md type."""
    if text in NO_MODEL:
        return None, text
    if text == "string":
        # js-sdk returns the token of a {"token": ...} body
        return camel(resource) + camel(method) + role, text
    if _IDENT.fullmatch(text):
        return text, text
    parts = [p.strip() for p in text.split(",")]
    if len(parts) > 1 and all(_IDENT.fullmatch(p) for p in parts):
        return parts[-1], parts[-1]
    m = re.fullmatch(r"(\w+) \| Record<string, unknown>", text)
    if m:
        return m.group(1), m.group(1)
    m = re.fullmatch(r"(\w+)<Record<string, unknown>>", text)
    if m:
        return m.group(1), text
    m = re.fullmatch(r'DeleteResponse<"([\w-]+)">', text)
    if m:
        return camel(m.group(1)) + "DeleteResponse", text
    m = re.fullmatch(r"PaginatedResponse<(\w+)>", text)
    if m:
        return "Paginated" + m.group(1), text
    m = re.fullmatch(r'Omit<(\w+), ((?:"\w+"(?: \| )?)+)>', text)
    if m:
        keys = re.findall(r'"(\w+)"', m.group(2))
        return m.group(1) + "Without" + "".join(camel(k) for k in keys), text
    m = re.fullmatch(r"FindParams & (\w+)", text)
    if m:
        base = re.sub(r"(Filters|ListParams|Params)$", "", m.group(1))
        return base + "FindParams", text
    return camel(resource) + camel(method) + role, text


# --------------------------------------------------------------------------------- the dump
def run_dump(roots: List[Dict[str, str]]) -> Dict[str, Any]:
    if not (TYPES_DIR / "node_modules" / "@medusajs" / "types").is_dir():
        raise SystemExit("scripts/v2types/node_modules is missing: run `npm ci` there (make models-v2 does)")
    proc = subprocess.run(
        ["node", str(TYPES_DIR / "dump.js")],
        input=json.dumps({"roots": roots}),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"dump.js failed:\n{proc.stderr}")
    if proc.stderr:
        print(proc.stderr, end="", file=sys.stderr)
    dump: Dict[str, Any] = json.loads(proc.stdout)
    if dump["versions"]["@medusajs/types"] != TYPES_VERSION:
        raise SystemExit(f"scripts/v2types has @medusajs/types {dump['versions']['@medusajs/types']}")
    return dump


# ---------------------------------------------------------------------------- the generator
def refs(expr: Dict[str, Any]) -> List[int]:
    kind = expr["kind"]
    if kind == "ref":
        return [expr["id"]]
    if kind == "array":
        return refs(expr["items"])
    if kind == "record":
        return refs(expr["values"])
    if kind == "union":
        return [i for m in expr["members"] for i in refs(m)]
    return []


def union_members(ann: str) -> List[str]:
    """The members of a ``Union[...]`` annotation (top level), else ``[ann]``."""
    if not ann.startswith("Union["):
        return [ann]
    members, depth, start = [], 0, 6
    for i, ch in enumerate(ann[6:-1], 6):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            members.append(ann[start:i].strip())
            start = i + 1
    members.append(ann[start:-1].strip())
    return members


def wrap(ann: str, nullable: bool, unset: bool, mod: Module) -> str:
    """``ann`` plus ``Unset`` / ``None``: ``Optional[T]``, ``Union[T, Unset]``, ``Union[A, Unset, None]``."""
    if not nullable and not unset:
        return ann
    if nullable and not unset and not ann.startswith("Union["):
        mod.typing.add("Optional")
        return f"Optional[{ann}]"
    mod.typing.add("Union")
    members = (
        union_members(ann) + (["Unset"] if unset else []) + (["None"] if nullable and ann != "Any" else [])
    )
    return f"Union[{', '.join(members)}]"


class Generator:
    def __init__(self, dump: Dict[str, Any], rows: List[Tuple[str, str, str, str]]) -> None:
        self.classes: Dict[int, Dict[str, Any]] = {c["id"]: c for c in dump["classes"]}
        self.by_name: Dict[str, int] = {c["name"]: c["id"] for c in dump["classes"]}
        self.type_names: Dict[str, Optional[str]] = {}
        self.inexact: List[str] = list(dump.get("notes", []))
        roots = {r["text"]: r for r in dump["roots"]}
        self.roles: Dict[str, Set[str]] = {}  # class name -> roles of ENDPOINTS.md it is a root of
        self.root_ids: Dict[str, Set[int]] = {role: set() for role in ROLES}
        next_id = max(self.classes, default=-1) + 1
        for resource, method, role, cell in rows:
            text = unescape(cell)
            name, sent = root_rule(text, resource, method, role)
            if name is None:
                self._set_name(text, cell, None)
                continue
            root = roots[sent]
            expr = root["type"]
            members = expr["members"] if expr["kind"] == "union" else [expr]
            if len(members) > 1 and any(
                m["kind"] == "array" and m["items"]["kind"] == "opaque" for m in members
            ):
                # AdminUploadFile = {files: [...]} | FileList: the browser-only FileList is left out
                self.inexact.append(f"{root['name']}: the FileList alternative of {sent} left out")
                members = [
                    m for m in members if not (m["kind"] == "array" and m["items"]["kind"] == "opaque")
                ]
                expr = members[0] if len(members) == 1 else {"kind": "union", "members": members}
            if (len(members) > 1 or expr["kind"] == "string") and all(
                m["kind"] in ("ref", "string") for m in members
            ):
                # One class with the fields of every member. A ``string`` member is the token js-sdk
                # returns for a ``{"token": ...}`` body (auth login / register / callback).
                if root["name"] not in self.by_name:
                    parts = [
                        self.classes[m["id"]]["props"] if m["kind"] == "ref" else [TOKEN_PROP]
                        for m in members
                    ]
                    self.classes[next_id] = self._merge(next_id, root["name"], parts)
                    for cls in list(self.classes.values()):
                        # the members' inline classes: <Root>Variant1Error -> <Root>Error
                        short = re.sub(rf"^{root['name']}Variant\d+(?=[A-Z])", root["name"], cls["name"])
                        if cls["inline"] and short != cls["name"] and short not in self.by_name:
                            del self.by_name[cls["name"]]
                            cls["name"] = short
                            self.by_name[short] = cls["id"]
                    self.by_name[root["name"]] = next_id
                    next_id += 1
                    what = (
                        "the token string js-sdk returns" if expr["kind"] == "string" else f"{sent}, a union,"
                    )
                    self.inexact.append(f"{root['name']}: {what} emitted as one class")
                expr = {"kind": "ref", "id": self.by_name[root["name"]]}
            if (
                expr["kind"] == "union"
                and len(expr["members"]) == 2
                and expr["members"][1] == {"kind": "array", "items": expr["members"][0]}
            ):
                # StoreAddCartShippingMethods = X | X[]: the class of X (a list of them is also sent as given)
                self.inexact.append(f"{root['name']}: {sent} is X | X[]; mapped to X")
                expr = expr["members"][0]
            if (
                expr["kind"] == "ref"
                and self.classes[expr["id"]]["name"].startswith(root["name"] + "Variant")
                and root["name"] not in self.by_name
            ):
                # what is left of a union (AdminUploadFile without FileList) keeps the root's name
                old = self.classes[expr["id"]]["name"]
                for cls in self.classes.values():
                    if cls["name"].startswith(old) and (cls["id"] == expr["id"] or cls["inline"]):
                        # the class and its inline classes (<Old><Field>...)
                        del self.by_name[cls["name"]]
                        cls["name"] = root["name"] + cls["name"][len(old) :]
                        self.by_name[cls["name"]] = cls["id"]
                self.classes[expr["id"]].update(inline=False, parent=None)
            if expr["kind"] == "record":
                # a free-form object (AdminUpdateProvider = Record<string, unknown>): any mapping
                self._set_name(text, cell, None)
                continue
            if expr["kind"] != "ref":
                raise SystemExit(f"ENDPOINTS.md type {text!r} is not an object type: {expr}")
            cls_name = self.classes[expr["id"]]["name"]
            self._set_name(text, cell, cls_name)
            self.roles.setdefault(cls_name, set()).add(role)
            self.root_ids[role].add(expr["id"])
        for cls in self.classes.values():
            if str(cls.get("origin") or "").endswith("dal/utils.d.ts"):
                # OperatorMap<T>.$and / $or / $not are MikroORM FilterQuery<T> (conditional types
                # that expand to dozens of one-off classes): free-form filter objects here.
                for p in cls["props"]:
                    if p["name"] in ("$and", "$or"):
                        p["type"] = {"kind": "array", "items": FREE_OBJECT}
                    elif p["name"] == "$not":
                        p["type"] = FREE_OBJECT
        for (owner, prop), fix in SERVER_FIXES.items():
            if owner not in self.by_name:
                raise SystemExit(f"SERVER_FIXES: no class {owner}")
            fix = self._named_refs(fix)
            cls = self.classes[self.by_name[owner]]
            for p in cls["props"]:
                if p["name"] == prop:
                    p["type"] = fix
                    break
            else:
                cls["props"].append({"name": prop, "optional": True, "type": fix})
        response_side = self.closure(self.root_ids["Response"])
        request_side = self.closure(self.root_ids["Request"] | self.root_ids["Query"])
        self.emitted = response_side | request_side
        self.strict_ids = request_side - response_side
        self.modules: Dict[str, Module] = {}
        self.owner: Dict[str, str] = {}  # class name -> module name

    def _named_refs(self, expr: Dict[str, Any]) -> Dict[str, Any]:
        """``expr`` with ``{"kind": "ref", "name": ...}`` turned into class ids."""
        if expr["kind"] == "ref" and "name" in expr:
            if expr["name"] not in self.by_name:
                raise SystemExit(f"SERVER_FIXES: no class {expr['name']}")
            return {"kind": "ref", "id": self.by_name[expr["name"]]}
        out = dict(expr)
        for key in ("items", "values"):
            if key in out:
                out[key] = self._named_refs(out[key])
        if "members" in out:
            out["members"] = [self._named_refs(m) for m in out["members"]]
        return out

    def _set_name(self, text: str, cell: str, name: Optional[str]) -> None:
        for key in (text, cell):
            if self.type_names.get(key, name) != name:
                raise SystemExit(f"ENDPOINTS.md type {key!r} maps to two classes")
            self.type_names[key] = name

    @staticmethod
    def _merge(new_id: int, name: str, members: List[List[Dict[str, Any]]]) -> Dict[str, Any]:
        props: Dict[str, Dict[str, Any]] = {}
        for member in members:
            for p in member:
                have = props.get(p["name"])
                if have is None:
                    props[p["name"]] = dict(p)
                elif have["type"] != p["type"]:
                    have["type"] = {"kind": "union", "members": [have["type"], p["type"]]}
        for p in props.values():
            if not all(any(q["name"] == p["name"] and not q["optional"] for q in m) for m in members):
                p["optional"] = True
        return {"id": new_id, "name": name, "inline": False, "parent": None, "props": list(props.values())}

    def closure(self, roots: Set[int]) -> Set[int]:
        seen: Set[int] = set()
        todo = sorted(roots)
        while todo:
            cid = todo.pop()
            if cid in seen:
                continue
            seen.add(cid)
            for p in self.classes[cid]["props"]:
                todo.extend(refs(p["type"]))
        return seen

    def module_of(self, cid: int) -> str:
        cls = self.classes[cid]
        while cls["inline"] and cls["parent"] is not None:
            cls = self.classes[cls["parent"]]
        return snake(cls["name"])

    # ------------------------------------------------------------------ types
    def annotation(
        self, expr: Dict[str, Any], mod: Module, request: bool, prop: str, where: str
    ) -> Tuple[str, bool]:
        """``(annotation without Optional/Unset, whether null is allowed)``; ``where`` names the field."""
        kind = expr["kind"]
        if kind == "union":
            members: List[str] = []
            nullable = False
            subs = [m for m in expr["members"] if m["kind"] != "opaque"]
            if len(subs) < len(expr["members"]) and [m for m in subs if m["kind"] != "null"]:
                # RegExp in OperatorMap, File next to {name, content}: not JSON, left out
                dropped = sorted(str(m["text"]) for m in expr["members"] if m["kind"] == "opaque")
                self.inexact.append(f"{where}: {' | '.join(dropped)} alternative left out")
            else:
                subs = expr["members"]
            for sub in subs:
                if sub["kind"] == "null":
                    nullable = True
                    continue
                ann, null = self.annotation(sub, mod, request, prop, where)
                nullable = nullable or null
                if ann and ann not in members:
                    members.append(ann)
            if "str" in members and (
                "datetime.datetime" in members or "Union[datetime.datetime, str]" in members
            ):
                members.remove("str")  # Date | string
            if "Any" in members:
                members = ["Any"]
            if not members:
                # ``deleted_at: null``: what the server sends when it is set is a timestamp
                if not request and prop.endswith("_at"):
                    mod.datetime = True
                    return "datetime.datetime", nullable
                mod.typing.add("Any")
                return "Any", nullable
            if len(members) == 1:
                return members[0], nullable
            mod.typing.add("Union")
            return f"Union[{', '.join(members)}]", nullable
        if kind == "null":
            if not request and prop.endswith("_at"):
                mod.datetime = True
                return "datetime.datetime", True
            mod.typing.add("Any")
            return "Any", True
        if kind == "date":
            mod.datetime = True
            if request:
                mod.typing.add("Union")
                return "Union[datetime.datetime, str]", False
            return "datetime.datetime", False
        if kind == "string":
            if not request and prop.endswith("_at"):
                mod.datetime = True
                return "datetime.datetime", False
            return "str", False
        if kind == "number":
            return ("int" if prop in INTEGER_FIELDS else "float"), False
        if kind == "boolean":
            return "bool", False
        if kind == "literal":
            value = expr["value"]
            if isinstance(value, bool):
                return "bool", False
            if isinstance(value, str):
                return "str", False
            return ("int" if prop in INTEGER_FIELDS else "float"), False
        if kind == "array":
            mod.typing.add("List")
            inner, null = self.annotation(expr["items"], mod, request, prop + "_item", where)
            return f"List[{wrap(inner, null and inner != 'Any', False, mod)}]", False
        if kind == "record":
            mod.typing.update({"Dict", "Any"})
            inner, null = self.annotation(expr["values"], mod, request, prop + "_value", where)
            return f"Dict[str, {wrap(inner, null and inner != 'Any', False, mod)}]", False
        if kind == "ref":
            name = self.classes[expr["id"]]["name"]
            mod.imports.add(name)
            return name, False
        if kind == "opaque":
            self.inexact.append(f"{where}: {expr['text']} -> Any")
        # any, unknown, never, undefined, opaque
        mod.typing.add("Any")
        return "Any", False

    # ---------------------------------------------------------------- classes
    def emit_class(self, cid: int) -> None:
        cls_json = self.classes[cid]
        name = cls_json["name"]
        mod_name = self.module_of(cid)
        mod = self.modules.setdefault(mod_name, Module(mod_name))
        self.owner[name] = mod_name
        strict = cid in self.strict_ids
        base = "Response" if "Response" in self.roles.get(name, ()) else "Model"
        cls = ClassDef(name, strict, base)
        mod.classes.append(cls)
        props = cls_json["props"]
        if base == "Response" and {"count", "offset", "limit"} <= {p["name"] for p in props}:
            arrays = [p for p in props if p["type"]["kind"] == "array"]
            if len(arrays) == 1:
                cls.items_field = arrays[0]["name"]
                item_ann, _ = self.annotation(
                    arrays[0]["type"]["items"],
                    mod,
                    False,
                    cls.items_field + "_item",
                    f"{name}.{cls.items_field}",
                )
                cls.base = f'Page["{item_ann}"]'
        used: Set[str] = set()
        for p in props:
            prop = p["name"]
            attr = self.attr_name(prop, used)
            used.add(attr)
            ann, nullable = self.annotation(p["type"], mod, strict, prop, f"{name}.{prop}")
            if prop == "metadata":
                mod.typing.update({"Dict", "Any"})
                ann = "Dict[str, Any]"
            ann = wrap(ann, nullable, p["optional"], mod)
            if not p["optional"] and strict:
                default = ""
            elif not p["optional"]:
                default = " = MISSING"
            else:
                default = " = UNSET"
            if attr != prop:
                default = (
                    f' = attrs.field(default={default[3:] or "attrs.NOTHING"}, metadata={{"json": "{prop}"}})'
                )
            cls.fields.append(f"    {attr}: {ann}{default}")
            if self.is_secret(prop):
                cls.secrets.append(attr)
        mod.typing.update({"Dict", "Any"})
        cls.fields.append("    additional_properties: Dict[str, Any] = attrs.field(factory=dict)")

    @staticmethod
    def attr_name(prop: str, used: Set[str]) -> str:
        attr = re.sub(r"\W", "_", prop.lstrip("$"))
        if not attr or attr[0].isdigit():
            attr = "f_" + attr
        if keyword.iskeyword(attr) or attr in RESERVED_ATTRS:
            attr += "_"
        while attr in used:
            attr += "_"
        return attr

    @staticmethod
    def is_secret(prop: str) -> bool:
        return (
            prop in SECRET_FIELDS or prop.endswith("_token") or "secret" in prop or prop.endswith("_password")
        )

    def build(self) -> None:
        for cid in sorted(self.emitted):
            self.emit_class(cid)
        for mod in self.modules.values():
            # the module's own class first, the inline ones after it, in discovery order
            mod.classes.sort(key=lambda c: (snake(c.name) != mod.name, self.by_name[c.name]))

    # ----------------------------------------------------------------- output
    def render(self, mod: Module) -> str:
        out = [HEADER, "from __future__ import annotations\n\n"]
        if mod.datetime:
            out.append("import datetime\n")
        body = "\n".join(f for c in mod.classes for f in c.fields)
        typing_names = {
            n for n in ("Any", "Dict", "List", "Optional", "Union") if re.search(rf"\b{n}\b", body)
        }
        if any(c.secrets for c in mod.classes):
            typing_names.update({"ClassVar", "FrozenSet"})
        mod.datetime = "datetime.datetime" in body
        local = {c.name for c in mod.classes}
        external = sorted(n for n in mod.imports if n not in local)
        if external:
            typing_names.add("TYPE_CHECKING")
        out.append(
            f"from typing import {', '.join(sorted(typing_names, key=lambda n: (not n.isupper(), n)))}\n\n"
        )
        out.append("import attrs\n\n")
        bases = {c.base.split("[")[0] for c in mod.classes}
        if any("MISSING" in f for c in mod.classes for f in c.fields):
            bases.add("MISSING")
        out.append(f"from ..._serde import {', '.join(sorted(bases))}\n")
        out.append(module_tail(mod.classes, external, self.owner, "..."))
        return "".join(out)

    def render_init(self) -> str:
        return lazy_init(
            HEADER,
            "Typed models of the Medusa v2 API (``@medusajs/types`` HttpTypes), imported lazily.",
            self.owner,
            "...",
        )

    def render_names(self) -> str:
        out = [
            HEADER,
            '"""Every type string of the js-sdk 2.21.2 endpoint table (ENDPOINTS.md) -> its model class.\n\n'
            "Keys are the TypeScript types of the Request / Query / Response columns (``HttpTypes.``\n"
            "dropped), and also the markdown cell as written where it escapes ``|`` as ``\\\\|``.\n"
            "Values are class names in :mod:`medusa_client.v2.models`; ``None`` means no model applies:\n"
            "``void`` (no body), ``{}``, ``Record<string, unknown>`` and ``AdminUpdateProvider`` (free-form\n"
            "objects: any mapping is sent as given).\n"
            '"""\n\n',
            "from typing import Dict, Optional\n\n",
            "TYPE_NAMES: Dict[str, Optional[str]] = {\n",
        ]
        for key in sorted(self.type_names):
            value = self.type_names[key]
            out.append(f"    {json.dumps(key)}: {json.dumps(value) if value else 'None'},\n")
        out.append("}\n")
        return "".join(out)


def main(argv: List[str]) -> int:
    args = list(argv[1:])
    endpoints = DEFAULT_ENDPOINTS
    dump_json: Optional[Path] = None
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--endpoints" and args:
            endpoints = Path(args.pop(0))
        elif flag == "--dump-json" and args:
            dump_json = Path(args.pop(0))
        else:
            print(__doc__.split("\n\n")[1], file=sys.stderr)
            return 2
    if len(args) > 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out_dir = Path(args[0]) if args else ROOT / "medusa_client" / "v2" / "models"
    rows = read_endpoints(endpoints)
    roots: Dict[str, Dict[str, str]] = {}
    for resource, method, role, cell in rows:
        name, sent = root_rule(unescape(cell), resource, method, role)
        if name is not None and sent not in roots:
            roots[sent] = {"text": sent, "name": name}
    dump = run_dump(list(roots.values()))
    if dump_json:
        dump_json.write_text(json.dumps(dump, indent=1, sort_keys=True) + "\n")
    gen = Generator(dump, rows)
    gen.build()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    for mod in gen.modules.values():
        (out_dir / f"{mod.name}.py").write_text(gen.render(mod))
    (out_dir / "__init__.py").write_text(gen.render_init())
    (out_dir / "_names.py").write_text(gen.render_names())
    print(f"{len(gen.owner)} classes in {len(gen.modules)} modules -> {out_dir}")
    for line in sorted(set(gen.inexact)):
        print(f"  not exact: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
