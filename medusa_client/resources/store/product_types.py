"""``medusa.product_types``: product types (``/store/product-types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._types import Query
from ...models import StoreGetProductTypesParams, StoreProductTypesListRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ProductTypesResource"]


class ProductTypesResource(Resource):
    """List the types products are classified by."""

    def list(
        self, query: Query[StoreGetProductTypesParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreProductTypesListRes:
        """``GET /store/product-types``"""
        return self._get("/store/product-types", StoreProductTypesListRes, query, **options)
