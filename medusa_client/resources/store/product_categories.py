"""``medusa.product_categories``: product categories (``/store/product-categories``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Query
from ...models import (
    StoreGetProductCategoriesCategoryParams,
    StoreGetProductCategoriesCategoryRes,
    StoreGetProductCategoriesParams,
    StoreGetProductCategoriesRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ProductCategoriesResource"]


class ProductCategoriesResource(Resource):
    """Browse the tree of categories products are filed under."""

    def retrieve(
        self,
        id: str,
        query: Query[StoreGetProductCategoriesCategoryParams] = None,
        **options: Unpack[RequestOptions],
    ) -> StoreGetProductCategoriesCategoryRes:
        """``GET /store/product-categories/{id}``"""
        path = build_path("/store/product-categories/{id}", id=id)
        return self._get(path, StoreGetProductCategoriesCategoryRes, query, **options)

    def list(
        self, query: Query[StoreGetProductCategoriesParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreGetProductCategoriesRes:
        """``GET /store/product-categories``"""
        return self._get("/store/product-categories", StoreGetProductCategoriesRes, query, **options)
