"""An independent re-implementation of ``qs.parse`` (qs 6, default options), for tests.

The Medusa v1 server reads every query string with ``qs.parse``; this module does what that
call does, so that tests can check ``medusa_client._qs.encode_query`` by parsing its output
back, the way the server will. It is written from qs's documented behaviour and its
``lib/parse.js``/``lib/utils.js``, not from the client's encoder:

- pairs are split on ``&``, key from value on the first ``=``; ``+`` is a space, then
  percent-escapes are decoded (a malformed escape is kept as is);
- a key ``a[b][0]`` is the root ``a`` and the segments ``[b]``, ``[0]``; at most ``depth``
  (5) segments are parsed, the rest stays one literal segment; text after the last ``]``
  that is not a segment is ignored;
- ``[]`` appends; ``[n]`` with ``n`` a canonical non-negative integer at most
  ``array_limit`` (20) makes an array index; any other segment is an object key;
- keys named like properties of ``Object.prototype`` (``toString``, ``__proto__``, ...)
  are dropped, as with ``allowPrototypes: false``;
- a key given twice combines into a list; objects are merged with qs's ``utils.merge``;
- sparse arrays are compacted (``a[1]=x`` gives ``{"a": ["x"]}``).

The result is made of ``dict``, ``list`` and ``str`` only, like ``qs.parse``'s.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Union
from urllib.parse import unquote

__all__ = ["parse", "OBJECT_PROTOTYPE_KEYS"]

DEPTH = 5
ARRAY_LIMIT = 20
PARAMETER_LIMIT = 1000

#: Own properties of ``Object.prototype`` in V8: qs drops keys with these names.
OBJECT_PROTOTYPE_KEYS = frozenset(
    {
        "__defineGetter__",
        "__defineSetter__",
        "__lookupGetter__",
        "__lookupSetter__",
        "__proto__",
        "constructor",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "toLocaleString",
        "toString",
        "valueOf",
    }
)

_SEGMENT = re.compile(r"(\[[^[\]]*])")
_CANONICAL_INT = re.compile(r"^(0|[1-9][0-9]*)$")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


class _Array:
    """A JavaScript array while parsing: index -> value, possibly with holes."""

    __slots__ = ("items",)

    def __init__(self, items: Optional[Dict[int, Any]] = None) -> None:
        self.items: Dict[int, Any] = items if items is not None else {}

    def length(self) -> int:
        return max(self.items) + 1 if self.items else 0

    def push(self, value: Any) -> None:
        self.items[self.length()] = value

    def to_object(self) -> Dict[str, Any]:
        return {str(index): value for index, value in sorted(self.items.items())}


Node = Union[str, Dict[str, Any], _Array]


def _decode(text: str) -> str:
    """qs's decoder: ``+`` is a space; a malformed escape leaves the whole text undecoded."""
    text = text.replace("+", " ")
    if _BAD_ESCAPE.search(text):
        return text
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return text


def _is_object(value: Any) -> bool:
    return isinstance(value, (dict, _Array))


def _merge(target: Any, source: Any) -> Any:
    """qs ``utils.merge`` for the shapes parsing produces."""
    if source is None or source == "":
        return target
    if not _is_object(source):
        if isinstance(target, _Array):
            target.push(source)
            return target
        if isinstance(target, dict):
            target[source] = True
            return target
        return _Array({0: target, 1: source})
    if not _is_object(target):
        merged = _Array({0: target})
        if isinstance(source, _Array):
            for value in [source.items[i] for i in sorted(source.items)]:
                merged.push(value)
        else:
            merged.push(source)
        return merged
    if isinstance(target, _Array) and isinstance(source, _Array):
        for index, item in sorted(source.items.items()):
            if index in target.items:
                existing = target.items[index]
                if _is_object(existing) and _is_object(item):
                    target.items[index] = _merge(existing, item)
                else:
                    target.push(item)
            else:
                target.items[index] = item
        return target
    merge_target: Dict[str, Any] = target.to_object() if isinstance(target, _Array) else target
    source_items = source.to_object() if isinstance(source, _Array) else source
    for key, value in source_items.items():
        if key in merge_target:
            merge_target[key] = _merge(merge_target[key], value)
        else:
            merge_target[key] = value
    return merge_target


def _split_key(key: str) -> Optional[List[str]]:
    """``a[b][c]`` -> ``["a", "[b]", "[c]"]`` (qs ``parseKeys``), None to drop the key."""
    first = _SEGMENT.search(key)
    parent = key[: first.start()] if first else key
    keys: List[str] = []
    if parent:
        if parent in OBJECT_PROTOTYPE_KEYS:
            return None
        keys.append(parent)
    segments = list(_SEGMENT.finditer(key))
    for match in segments[:DEPTH]:
        if match.group(1)[1:-1] in OBJECT_PROTOTYPE_KEYS:
            return None
        keys.append(match.group(1))
    if len(segments) > DEPTH:
        keys.append("[" + key[segments[DEPTH].start() :] + "]")
    return keys


def _build(chain: List[str], value: Any) -> Any:
    """qs ``parseObject``: the nested value for one key chain, built from the leaf up."""
    leaf = value
    for root in reversed(chain):
        if root == "[]":
            leaf = _Array(dict(leaf.items)) if isinstance(leaf, _Array) else _Array({0: leaf})
            continue
        clean = root[1:-1] if root.startswith("[") and root.endswith("]") else root
        if root != clean and _CANONICAL_INT.match(clean) and int(clean) <= ARRAY_LIMIT:
            leaf = _Array({int(clean): leaf})
        elif clean == "__proto__":
            leaf = {}
        else:
            leaf = {clean: leaf}
    return leaf


def _compact(value: Any) -> Any:
    if isinstance(value, _Array):
        return [_compact(value.items[index]) for index in sorted(value.items)]
    if isinstance(value, dict):
        return {key: _compact(item) for key, item in value.items()}
    return value


def parse(query: str) -> Dict[str, Any]:
    """``qs.parse(query)`` with qs 6's default options."""
    if query.startswith("?"):
        query = query[1:]
    pairs: Dict[str, Any] = {}
    for part in query.split("&")[:PARAMETER_LIMIT]:
        if not part:
            continue
        split_at = part.index("]=") + 1 if "]=" in part else part.find("=")
        if split_at == -1:
            key, value = _decode(part), ""
        else:
            key, value = _decode(part[:split_at]), _decode(part[split_at + 1 :])
        if key in pairs:
            existing = pairs[key]
            if isinstance(existing, _Array):
                existing.push(value)
            else:
                pairs[key] = _Array({0: existing, 1: value})
        else:
            pairs[key] = value

    result: Dict[str, Any] = {}
    for key, value in pairs.items():
        if not key:
            continue
        chain = _split_key(key)
        if not chain:
            continue
        result = _merge(result, _build(chain, value))
    compacted: Dict[str, Any] = _compact(result)
    return compacted
