"""``medusa.products.variants``: product variants (``/store/variants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Query
from ...models import StoreGetVariantsParams, StoreVariantsListRes, StoreVariantsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ProductVariantsResource"]


class ProductVariantsResource(Resource):
    """Read the purchasable variants of products, with their prices."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreVariantsRes:
        """``GET /store/variants/{id}``"""
        path = build_path("/store/variants/{id}", id=id)
        return self._get(path, StoreVariantsRes, **options)

    def list(
        self, query: Query[StoreGetVariantsParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreVariantsListRes:
        """``GET /store/variants``"""
        return self._get("/store/variants", StoreVariantsListRes, query, **options)
