"""``medusa.admin.price_lists``: price lists (``/admin/price-lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDeletePriceListPricesPricesReq,
    AdminDeletePriceListsPriceListProductsPricesBatchReq,
    AdminGetPriceListPaginationParams,
    AdminGetPriceListsPriceListProductsParams,
    AdminPostPriceListPricesPricesReq,
    AdminPostPriceListsPriceListPriceListReq,
    AdminPostPriceListsPriceListReq,
    AdminPriceListDeleteBatchRes,
    AdminPriceListDeleteProductPricesRes,
    AdminPriceListDeleteRes,
    AdminPriceListDeleteVariantPricesRes,
    AdminPriceListRes,
    AdminPriceListsListRes,
    AdminPriceListsProductsListRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminPriceListResource"]


class AdminPriceListResource(Resource):
    """Sets of prices that override the default ones, e.g. for a sale or a customer group."""

    def create(
        self, payload: Payload[AdminPostPriceListsPriceListReq], **options: Unpack[RequestOptions]
    ) -> AdminPriceListRes:
        """``POST /admin/price-lists``"""
        return self._post("/admin/price-lists", AdminPriceListRes, payload, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostPriceListsPriceListPriceListReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPriceListRes:
        """``POST /admin/price-lists/{id}``"""
        path = build_path("/admin/price-lists/{id}", id=id)
        return self._post(path, AdminPriceListRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminPriceListDeleteRes:
        """``DELETE /admin/price-lists/{id}``"""
        path = build_path("/admin/price-lists/{id}", id=id)
        return self._delete(path, AdminPriceListDeleteRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminPriceListRes:
        """``GET /admin/price-lists/{id}``"""
        path = build_path("/admin/price-lists/{id}", id=id)
        return self._get(path, AdminPriceListRes, **options)

    def list(
        self, query: Query[AdminGetPriceListPaginationParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminPriceListsListRes:
        """``GET /admin/price-lists``"""
        return self._get("/admin/price-lists", AdminPriceListsListRes, query, **options)

    def list_products(
        self,
        id: str,
        query: Query[AdminGetPriceListsPriceListProductsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminPriceListsProductsListRes:
        """``GET /admin/price-lists/{id}/products``"""
        path = build_path("/admin/price-lists/{id}/products", id=id)
        return self._get(path, AdminPriceListsProductsListRes, query, **options)

    def add_prices(
        self,
        id: str,
        payload: Payload[AdminPostPriceListPricesPricesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPriceListRes:
        """``POST /admin/price-lists/{id}/prices/batch``"""
        path = build_path("/admin/price-lists/{id}/prices/batch", id=id)
        return self._post(path, AdminPriceListRes, payload, **options)

    def delete_prices(
        self,
        id: str,
        payload: Payload[AdminDeletePriceListPricesPricesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPriceListDeleteBatchRes:
        """``DELETE /admin/price-lists/{id}/prices/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/price-lists/{id}/prices/batch", id=id)
        return self._delete(path, AdminPriceListDeleteBatchRes, payload, **options)

    def delete_product_prices(
        self, price_list_id: str, product_id: str, **options: Unpack[RequestOptions]
    ) -> AdminPriceListDeleteProductPricesRes:
        """``DELETE /admin/price-lists/{price_list_id}/products/{product_id}/prices``"""
        path = build_path(
            "/admin/price-lists/{price_list_id}/products/{product_id}/prices",
            price_list_id=price_list_id,
            product_id=product_id,
        )
        return self._delete(path, AdminPriceListDeleteProductPricesRes, **options)

    def delete_variant_prices(
        self, price_list_id: str, variant_id: str, **options: Unpack[RequestOptions]
    ) -> AdminPriceListDeleteVariantPricesRes:
        """``DELETE /admin/price-lists/{price_list_id}/variants/{variant_id}/prices``"""
        path = build_path(
            "/admin/price-lists/{price_list_id}/variants/{variant_id}/prices",
            price_list_id=price_list_id,
            variant_id=variant_id,
        )
        return self._delete(path, AdminPriceListDeleteVariantPricesRes, **options)

    def delete_products_prices(
        self,
        price_list_id: str,
        payload: Payload[AdminDeletePriceListsPriceListProductsPricesBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPriceListDeleteProductPricesRes:
        """``DELETE /admin/price-lists/{price_list_id}/products/prices/batch`` (JSON body)."""
        path = build_path(
            "/admin/price-lists/{price_list_id}/products/prices/batch", price_list_id=price_list_id
        )
        return self._delete(path, AdminPriceListDeleteProductPricesRes, payload, **options)
