"""``medusa.admin.products``: products, their options and variants (``/admin/products``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetProductsParams,
    AdminGetProductsVariantsParams,
    AdminPostProductsProductMetadataReq,
    AdminPostProductsProductOptionsOption,
    AdminPostProductsProductOptionsReq,
    AdminPostProductsProductReq,
    AdminPostProductsProductVariantsReq,
    AdminPostProductsProductVariantsVariantReq,
    AdminPostProductsReq,
    AdminProductsDeleteOptionRes,
    AdminProductsDeleteRes,
    AdminProductsDeleteVariantRes,
    AdminProductsListRes,
    AdminProductsListTagsRes,
    AdminProductsListTypesRes,
    AdminProductsListVariantsRes,
    AdminProductsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminProductsResource"]


class AdminProductsResource(Resource):
    """The catalogue: products with their options and variants."""

    def create(
        self, payload: Payload[AdminPostProductsReq], **options: Unpack[RequestOptions]
    ) -> AdminProductsRes:
        """``POST /admin/products``"""
        return self._post("/admin/products", AdminProductsRes, payload, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminProductsRes:
        """``GET /admin/products/{id}``"""
        path = build_path("/admin/products/{id}", id=id)
        return self._get(path, AdminProductsRes, **options)

    def update(
        self, id: str, payload: Payload[AdminPostProductsProductReq], **options: Unpack[RequestOptions]
    ) -> AdminProductsRes:
        """``POST /admin/products/{id}``"""
        path = build_path("/admin/products/{id}", id=id)
        return self._post(path, AdminProductsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminProductsDeleteRes:
        """``DELETE /admin/products/{id}``"""
        path = build_path("/admin/products/{id}", id=id)
        return self._delete(path, AdminProductsDeleteRes, **options)

    def list(
        self, query: Query[AdminGetProductsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminProductsListRes:
        """``GET /admin/products``"""
        return self._get("/admin/products", AdminProductsListRes, query, **options)

    def list_types(self, **options: Unpack[RequestOptions]) -> AdminProductsListTypesRes:
        """``GET /admin/products/types``"""
        return self._get("/admin/products/types", AdminProductsListTypesRes, **options)

    def list_tags(self, **options: Unpack[RequestOptions]) -> AdminProductsListTagsRes:
        """``GET /admin/products/tag-usage``: tags with how many products use each."""
        return self._get("/admin/products/tag-usage", AdminProductsListTagsRes, **options)

    def set_metadata(
        self,
        id: str,
        payload: Payload[AdminPostProductsProductMetadataReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductsRes:
        """``POST /admin/products/{id}/metadata``"""
        path = build_path("/admin/products/{id}/metadata", id=id)
        return self._post(path, AdminProductsRes, payload, **options)

    def create_variant(
        self,
        id: str,
        payload: Payload[AdminPostProductsProductVariantsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductsRes:
        """``POST /admin/products/{id}/variants``"""
        path = build_path("/admin/products/{id}/variants", id=id)
        return self._post(path, AdminProductsRes, payload, **options)

    def update_variant(
        self,
        id: str,
        variant_id: str,
        payload: Payload[AdminPostProductsProductVariantsVariantReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductsRes:
        """``POST /admin/products/{id}/variants/{variant_id}``"""
        path = build_path("/admin/products/{id}/variants/{variant_id}", id=id, variant_id=variant_id)
        return self._post(path, AdminProductsRes, payload, **options)

    def list_variants(
        self,
        id: str,
        query: Query[AdminGetProductsVariantsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminProductsListVariantsRes:
        """``GET /admin/products/{id}/variants``"""
        path = build_path("/admin/products/{id}/variants", id=id)
        return self._get(path, AdminProductsListVariantsRes, query, **options)

    def delete_variant(
        self, id: str, variant_id: str, **options: Unpack[RequestOptions]
    ) -> AdminProductsDeleteVariantRes:
        """``DELETE /admin/products/{id}/variants/{variant_id}``"""
        path = build_path("/admin/products/{id}/variants/{variant_id}", id=id, variant_id=variant_id)
        return self._delete(path, AdminProductsDeleteVariantRes, **options)

    def add_option(
        self,
        id: str,
        payload: Payload[AdminPostProductsProductOptionsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminProductsRes:
        """``POST /admin/products/{id}/options``"""
        path = build_path("/admin/products/{id}/options", id=id)
        return self._post(path, AdminProductsRes, payload, **options)

    def update_option(
        self,
        id: str,
        option_id: str,
        payload: Payload[AdminPostProductsProductOptionsOption],
        **options: Unpack[RequestOptions],
    ) -> AdminProductsRes:
        """``POST /admin/products/{id}/options/{option_id}``"""
        path = build_path("/admin/products/{id}/options/{option_id}", id=id, option_id=option_id)
        return self._post(path, AdminProductsRes, payload, **options)

    def delete_option(
        self, id: str, option_id: str, **options: Unpack[RequestOptions]
    ) -> AdminProductsDeleteOptionRes:
        """``DELETE /admin/products/{id}/options/{option_id}``"""
        path = build_path("/admin/products/{id}/options/{option_id}", id=id, option_id=option_id)
        return self._delete(path, AdminProductsDeleteOptionRes, **options)
