"""Query-string encoding compatible with ``qs.stringify`` (default options).

Medusa v1 parses query strings with the ``qs`` package, and medusa-js builds them with
``qs.stringify``; this module is the Python side of that contract:

- nested mappings become bracketed keys: ``created_at[gt]=...``;
- sequences use indices: ``name[0]=a&name[1]=b``, ``items[0][id]=x``;
- keys and values are percent-encoded per RFC 3986 (brackets too, spaces as ``%20``);
- ``True``/``False`` become ``true``/``false``; ``datetime``/``date`` become ISO 8601;
- ``None`` and :data:`UNSET` values, empty sequences and empty mappings are left out.

Differences from ``qs`` are deliberate: ``qs`` writes ``null`` as ``key=``; here a ``None``
is left out, because every Medusa filter treats a missing key as "no filter".
"""

from __future__ import annotations

import datetime as _dt
import decimal
import enum
from typing import Any, Iterator, List, Mapping, Tuple
from urllib.parse import quote

from ._types import Unset

__all__ = ["encode_query", "flatten_query", "format_scalar"]

_SAFE = "-_.~"  # RFC 3986 unreserved characters besides ASCII letters and digits


def format_scalar(value: Any) -> str:
    """Text of one scalar the way JavaScript's ``String(value)`` / ``qs`` would write it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return format_scalar(value.value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r} in a query string")
        return _js_number(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            utc: _dt.datetime = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
            return utc.isoformat(timespec="milliseconds") + "Z"
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(f"cannot encode a value of type {type(value).__name__} in a query string")


def _js_number(value: float) -> str:
    """JavaScript's ``String(value)`` for a finite float (ECMA-262 Number::toString, radix 10)."""
    if value == 0:
        return "0"
    if value < 0:
        return "-" + _js_number(-value)
    # repr() gives the shortest digits that round-trip, which is how JavaScript chooses them too
    _, digit_tuple, exponent = decimal.Decimal(repr(value)).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k = len(digits)
    n = int(exponent) + k  # value == 0.DIGITS * 10**n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    e = n - 1
    mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
    return f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


def flatten_query(query: Mapping[str, Any]) -> List[Tuple[str, str]]:
    """``(key, value)`` pairs in qs order, keys with their brackets, nothing encoded yet."""
    return list(_walk(query, ""))


def _walk(value: Any, prefix: str) -> Iterator[Tuple[str, str]]:
    if value is None or isinstance(value, Unset):
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"query keys must be str, got {type(key).__name__}")
            yield from _walk(item, f"{prefix}[{key}]" if prefix else key)
    elif isinstance(value, (list, tuple)):
        if not prefix:
            raise TypeError("a query must be a mapping, not a sequence")
        for index, item in enumerate(value):
            yield from _walk(item, f"{prefix}[{index}]")
    elif isinstance(value, (set, frozenset)):
        raise TypeError("query values must be ordered: use a list or tuple instead of a set")
    else:
        if not prefix:
            raise TypeError("a query must be a mapping")
        yield prefix, format_scalar(value)


def encode_query(query: Mapping[str, Any]) -> str:
    """The encoded query string (without ``?``); ``""`` when nothing is encoded."""
    return "&".join(f"{quote(key, safe=_SAFE)}={quote(value, safe=_SAFE)}" for key, value in _walk(query, ""))
