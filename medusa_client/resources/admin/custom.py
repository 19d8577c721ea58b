"""``medusa.admin.custom``: calls to the server's own admin routes (plugins, custom API routes)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Type, TypeVar, overload
from urllib.parse import quote, unquote

from ..._resource import Resource
from ..._serde import JSONResponse, Model, Response
from ..._types import Payload, Query
from .._table import TABLE

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminCustomResource"]

R = TypeVar("R", bound=Response)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: Characters kept as they are; everything else (spaces, non-ASCII, ...) is percent-encoded.
_SAFE = "!$%&'()*+,/:;=?@[]~"


def _check_cast_to(cast_to: object) -> None:
    if not (isinstance(cast_to, type) and issubclass(cast_to, Response)):
        raise TypeError(f"cast_to must be a response model class (a Response subclass), got {cast_to!r}")


def _admin_path(path: object) -> str:
    """``path`` checked, with a leading ``/``, and ``/admin`` put before it unless it starts with it.

    The prefix rule is medusa-js's: ``"blog/posts"`` and ``"/blog/posts"`` become ``/admin/blog/posts``;
    ``"/admin/blog/posts"`` is kept. Raises ``TypeError`` for a non-``str`` and ``ValueError`` for an empty
    path, a URL (``://`` or a leading ``//``), control characters, a fragment (``#``) or a ``.``/``..``
    segment, before any request. Spaces and non-ASCII characters are percent-encoded, escapes already
    in ``path`` are kept. A query in ``path`` is kept; the ``query`` argument is appended to it.
    """
    if not isinstance(path, str):
        raise TypeError(f"path must be a str, got {type(path).__name__}")
    if not path.strip():
        raise ValueError("path must be a non-empty string")
    if _CONTROL.search(path):
        raise ValueError("path must not contain control characters (such as CR or LF)")
    if "://" in path or path.startswith("//"):
        raise ValueError(f"path must be a route on the Medusa server, not a URL: {path!r}")
    if "#" in path:
        raise ValueError(f"path must not contain a fragment ('#'): {path!r}")
    if any(unquote(part) in (".", "..") for part in path.split("?", 1)[0].split("/")):
        raise ValueError(f"path must not contain '.' or '..' segments: {path!r}")
    path = quote(_LONE_PERCENT.sub("%25", path), safe=_SAFE)
    if not path.startswith("/"):
        path = "/" + path
    return path if path.startswith("/admin") else "/admin" + path


class AdminCustomResource(Resource):
    """Reach admin routes the client has no method for; results are untyped unless ``cast_to`` is given."""

    _table = TABLE
    _path = "admin.custom"

    @overload
    def get(
        self, path: str, query: Query[Model] = None, **options: Unpack[RequestOptions]
    ) -> JSONResponse: ...

    @overload
    def get(
        self,
        path: str,
        query: Query[Model] = None,
        *,
        cast_to: Type[R],
        **options: Unpack[RequestOptions],
    ) -> R: ...

    def get(
        self,
        path: str,
        query: Query[Model] = None,
        *,
        cast_to: Type[Response] = JSONResponse,
        **options: Unpack[RequestOptions],
    ) -> Response:
        """GET an admin route; ``query`` is appended with ``&`` when ``path`` has a query already."""
        _check_cast_to(cast_to)
        return self._client.request("GET", _admin_path(path), cast_to, query=query, options=options)

    @overload
    def post(
        self,
        path: str,
        payload: Optional[Payload[Model]] = None,
        query: Query[Model] = None,
        **options: Unpack[RequestOptions],
    ) -> JSONResponse: ...

    @overload
    def post(
        self,
        path: str,
        payload: Optional[Payload[Model]] = None,
        query: Query[Model] = None,
        *,
        cast_to: Type[R],
        **options: Unpack[RequestOptions],
    ) -> R: ...

    def post(
        self,
        path: str,
        payload: Optional[Payload[Model]] = None,
        query: Query[Model] = None,
        *,
        cast_to: Type[Response] = JSONResponse,
        **options: Unpack[RequestOptions],
    ) -> Response:
        """POST to an admin route; without a payload no body is sent."""
        _check_cast_to(cast_to)
        path = _admin_path(path)
        return self._client.request("POST", path, cast_to, payload=payload, query=query, options=options)

    @overload
    def delete(
        self, path: str, query: Query[Model] = None, **options: Unpack[RequestOptions]
    ) -> JSONResponse: ...

    @overload
    def delete(
        self, path: str, query: Query[Model] = None, *, cast_to: Type[R], **options: Unpack[RequestOptions]
    ) -> R: ...

    def delete(
        self,
        path: str,
        query: Query[Model] = None,
        *,
        cast_to: Type[Response] = JSONResponse,
        **options: Unpack[RequestOptions],
    ) -> Response:
        """DELETE an admin route."""
        _check_cast_to(cast_to)
        return self._client.request("DELETE", _admin_path(path), cast_to, query=query, options=options)
