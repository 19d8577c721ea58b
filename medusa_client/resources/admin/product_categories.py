"""``medusa.admin.product_categories``: product categories (``/admin/product-categories``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDeleteProductCategoriesCategoryProductsBatchReq,
    AdminGetProductCategoriesParams,
    AdminGetProductCategoryParams,
    AdminPostProductCategoriesCategoryProductsBatchReq,
    AdminPostProductCategoriesCategoryReq,
    AdminPostProductCategoriesReq,
    AdminProductCategoriesCategoryDeleteRes,
    AdminProductCategoriesCategoryRes,
    AdminProductCategoriesListRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminProductCategoriesResource"]


class AdminProductCategoriesResource(Resource):
    """A tree of categories that products are filed under."""

    def retrieve(
        self,
        product_category_id: str,
        query: Query[AdminGetProductCategoryParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminProductCategoriesCategoryRes:
        """``GET /admin/product-categories/{product_category_id}``"""
        path = build_path(
            "/admin/product-categories/{product_category_id}", product_category_id=product_category_id
        )
        return self._get(path, AdminProductCategoriesCategoryRes, query, **options)

    def create(
        self, payload: Payload[AdminPostProductCategoriesReq], **options: Unpack[RequestOptions]
    ) -> AdminProductCategoriesCategoryRes:
        """``POST /admin/product-categories``"""
        return self._post("/admin/product-categories", AdminProductCategoriesCategoryRes, payload, **options)

    def update(
        self,
        product_category_id: str,
        payload: Payload[AdminPostProductCategoriesCategoryReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductCategoriesCategoryRes:
        """``POST /admin/product-categories/{product_category_id}``"""
        path = build_path(
            "/admin/product-categories/{product_category_id}", product_category_id=product_category_id
        )
        return self._post(path, AdminProductCategoriesCategoryRes, payload, **options)

    def list(
        self, query: Query[AdminGetProductCategoriesParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminProductCategoriesListRes:
        """``GET /admin/product-categories``"""
        return self._get("/admin/product-categories", AdminProductCategoriesListRes, query, **options)

    def delete(
        self, product_category_id: str, **options: Unpack[RequestOptions]
    ) -> AdminProductCategoriesCategoryDeleteRes:
        """``DELETE /admin/product-categories/{product_category_id}``"""
        path = build_path(
            "/admin/product-categories/{product_category_id}", product_category_id=product_category_id
        )
        return self._delete(path, AdminProductCategoriesCategoryDeleteRes, **options)

    def remove_products(
        self,
        product_category_id: str,
        payload: Payload[AdminDeleteProductCategoriesCategoryProductsBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductCategoriesCategoryRes:
        """``DELETE /admin/product-categories/{product_category_id}/products/batch`` (JSON body)."""
        path = build_path(
            "/admin/product-categories/{product_category_id}/products/batch",
            product_category_id=product_category_id,
        )
        return self._delete(path, AdminProductCategoriesCategoryRes, payload, **options)

    def add_products(
        self,
        product_category_id: str,
        payload: Payload[AdminPostProductCategoriesCategoryProductsBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductCategoriesCategoryRes:
        """``POST /admin/product-categories/{product_category_id}/products/batch``"""
        path = build_path(
            "/admin/product-categories/{product_category_id}/products/batch",
            product_category_id=product_category_id,
        )
        return self._post(path, AdminProductCategoriesCategoryRes, payload, **options)
