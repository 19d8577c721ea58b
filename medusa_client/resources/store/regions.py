"""``medusa.regions``: regions (``/store/regions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ...models import StoreRegionsListRes, StoreRegionsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["RegionsResource"]


class RegionsResource(Resource):
    """Read the regions the store sells in, with their currency and countries."""

    def list(self, **options: Unpack[RequestOptions]) -> StoreRegionsListRes:
        """``GET /store/regions``"""
        return self._get("/store/regions", StoreRegionsListRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreRegionsRes:
        """``GET /store/regions/{id}``"""
        path = build_path("/store/regions/{id}", id=id)
        return self._get(path, StoreRegionsRes, **options)
