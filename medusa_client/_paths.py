"""Path building: every path parameter goes through :func:`segment`, the one sanitiser."""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["build_path", "segment"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def segment(value: object, name: str = "id") -> str:
    """``value`` percent-encoded as exactly one path segment.

    ``/``, ``?``, ``#``, ``%`` and spaces are encoded, and ``.``/``..`` become ``%2E``/``%2E%2E``
    so that no id can reach another route. Raises ``TypeError`` for a non-``str`` and
    ``ValueError`` for an empty id or one with control characters (CR/LF), before any request.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if _CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters (such as CR or LF)")
    encoded = quote(value, safe="")
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    return encoded


def build_path(template: str, **ids: object) -> str:
    """``template`` with each ``{name}`` replaced by ``segment(ids[name], name)``."""
    return template.format_map({name: segment(value, name) for name, value in ids.items()})
