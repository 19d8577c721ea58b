"""``medusa.admin.tax_rates``: tax rates and what they apply to (``/admin/tax-rates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDeleteTaxRatesTaxRateProductsParams,
    AdminDeleteTaxRatesTaxRateProductsReq,
    AdminDeleteTaxRatesTaxRateProductTypesParams,
    AdminDeleteTaxRatesTaxRateProductTypesReq,
    AdminDeleteTaxRatesTaxRateShippingOptionsParams,
    AdminDeleteTaxRatesTaxRateShippingOptionsReq,
    AdminGetTaxRatesParams,
    AdminGetTaxRatesTaxRateParams,
    AdminPostTaxRatesParams,
    AdminPostTaxRatesReq,
    AdminPostTaxRatesTaxRateParams,
    AdminPostTaxRatesTaxRateProductsParams,
    AdminPostTaxRatesTaxRateProductsReq,
    AdminPostTaxRatesTaxRateProductTypesReq,
    AdminPostTaxRatesTaxRateReq,
    AdminPostTaxRatesTaxRateShippingOptionsParams,
    AdminPostTaxRatesTaxRateShippingOptionsReq,
    AdminTaxRatesDeleteRes,
    AdminTaxRatesListRes,
    AdminTaxRatesRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminTaxRatesResource"]


class AdminTaxRatesResource(Resource):
    """Tax rates of a region, optionally limited to some products, types or shipping options."""

    def retrieve(
        self,
        id: str,
        query: Query[AdminGetTaxRatesTaxRateParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``GET /admin/tax-rates/{id}``"""
        path = build_path("/admin/tax-rates/{id}", id=id)
        return self._get(path, AdminTaxRatesRes, query, **options)

    def list(
        self, query: Query[AdminGetTaxRatesParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminTaxRatesListRes:
        """``GET /admin/tax-rates``"""
        return self._get("/admin/tax-rates", AdminTaxRatesListRes, query, **options)

    def create(
        self,
        payload: Payload[AdminPostTaxRatesReq],
        query: Query[AdminPostTaxRatesParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``POST /admin/tax-rates``"""
        return self._post("/admin/tax-rates", AdminTaxRatesRes, payload, query, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostTaxRatesTaxRateReq],
        query: Query[AdminPostTaxRatesTaxRateParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``POST /admin/tax-rates/{id}``"""
        path = build_path("/admin/tax-rates/{id}", id=id)
        return self._post(path, AdminTaxRatesRes, payload, query, **options)

    def add_products(
        self,
        id: str,
        payload: Payload[AdminPostTaxRatesTaxRateProductsReq],
        query: Query[AdminPostTaxRatesTaxRateProductsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``POST /admin/tax-rates/{id}/products/batch``"""
        path = build_path("/admin/tax-rates/{id}/products/batch", id=id)
        return self._post(path, AdminTaxRatesRes, payload, query, **options)

    def add_product_types(
        self,
        id: str,
        payload: Payload[AdminPostTaxRatesTaxRateProductTypesReq],
        query: Query[AdminGetTaxRatesTaxRateParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``POST /admin/tax-rates/{id}/product-types/batch``"""
        path = build_path("/admin/tax-rates/{id}/product-types/batch", id=id)
        return self._post(path, AdminTaxRatesRes, payload, query, **options)

    def add_shipping_options(
        self,
        id: str,
        payload: Payload[AdminPostTaxRatesTaxRateShippingOptionsReq],
        query: Query[AdminPostTaxRatesTaxRateShippingOptionsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``POST /admin/tax-rates/{id}/shipping-options/batch``"""
        path = build_path("/admin/tax-rates/{id}/shipping-options/batch", id=id)
        return self._post(path, AdminTaxRatesRes, payload, query, **options)

    def remove_products(
        self,
        id: str,
        payload: Payload[AdminDeleteTaxRatesTaxRateProductsReq],
        query: Query[AdminDeleteTaxRatesTaxRateProductsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``DELETE /admin/tax-rates/{id}/products/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/tax-rates/{id}/products/batch", id=id)
        return self._delete(path, AdminTaxRatesRes, payload, query, **options)

    def remove_product_types(
        self,
        id: str,
        payload: Payload[AdminDeleteTaxRatesTaxRateProductTypesReq],
        query: Query[AdminDeleteTaxRatesTaxRateProductTypesParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``DELETE /admin/tax-rates/{id}/product-types/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/tax-rates/{id}/product-types/batch", id=id)
        return self._delete(path, AdminTaxRatesRes, payload, query, **options)

    def remove_shipping_options(
        self,
        id: str,
        payload: Payload[AdminDeleteTaxRatesTaxRateShippingOptionsReq],
        query: Query[AdminDeleteTaxRatesTaxRateShippingOptionsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminTaxRatesRes:
        """``DELETE /admin/tax-rates/{id}/shipping-options/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/tax-rates/{id}/shipping-options/batch", id=id)
        return self._delete(path, AdminTaxRatesRes, payload, query, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminTaxRatesDeleteRes:
        """``DELETE /admin/tax-rates/{id}``"""
        path = build_path("/admin/tax-rates/{id}", id=id)
        return self._delete(path, AdminTaxRatesDeleteRes, **options)
