"""``medusa.collections``: product collections (``/store/collections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Query
from ...models import StoreCollectionsListRes, StoreCollectionsRes, StoreGetCollectionsParams

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["CollectionsResource"]


class CollectionsResource(Resource):
    """Read the collections products are grouped in."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreCollectionsRes:
        """``GET /store/collections/{id}``"""
        path = build_path("/store/collections/{id}", id=id)
        return self._get(path, StoreCollectionsRes, **options)

    def list(
        self, query: Query[StoreGetCollectionsParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreCollectionsListRes:
        """``GET /store/collections``"""
        return self._get("/store/collections", StoreCollectionsListRes, query, **options)
