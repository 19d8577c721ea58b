"""Base of the resource classes: one line per method maps a call to ``Client.request``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Type, TypeVar

from ._serde import Response
from ._types import UNSET

if TYPE_CHECKING:  # pragma: no cover
    from ._client import Client

__all__ = ["Resource"]

R = TypeVar("R", bound=Response)


class Resource:
    """A group of API methods (medusa-js's ``...Resource`` classes) bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._client.base_url!r}>"

    def _get(self, path: str, cast_to: Type[R], query: Any = None, **options: Any) -> R:
        return self._client.request("GET", path, cast_to, query=query, options=options)

    def _post(
        self, path: str, cast_to: Type[R], payload: Any = UNSET, query: Any = None, **options: Any
    ) -> R:
        payload = UNSET if payload is None else payload
        return self._client.request("POST", path, cast_to, payload=payload, query=query, options=options)

    def _delete(
        self, path: str, cast_to: Type[R], payload: Any = UNSET, query: Any = None, **options: Any
    ) -> R:
        payload = UNSET if payload is None else payload
        return self._client.request("DELETE", path, cast_to, payload=payload, query=query, options=options)

    def _upload(self, path: str, cast_to: Type[R], files: Any, **options: Any) -> R:
        from ._client import read_files

        return self._client.request("POST", path, cast_to, files=read_files(files), options=options)
