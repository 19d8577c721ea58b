"""``medusa.admin.regions``: regions, their countries and providers (``/admin/regions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetRegionsParams,
    AdminGetRegionsRegionFulfillmentOptionsRes,
    AdminPostRegionsRegionCountriesReq,
    AdminPostRegionsRegionFulfillmentProvidersReq,
    AdminPostRegionsRegionPaymentProvidersReq,
    AdminPostRegionsRegionReq,
    AdminPostRegionsReq,
    AdminRegionsDeleteRes,
    AdminRegionsListRes,
    AdminRegionsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminRegionsResource"]


class AdminRegionsResource(Resource):
    """Markets with their own currency, countries, tax settings and providers."""

    def create(
        self, payload: Payload[AdminPostRegionsReq], **options: Unpack[RequestOptions]
    ) -> AdminRegionsRes:
        """``POST /admin/regions``"""
        return self._post("/admin/regions", AdminRegionsRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostRegionsRegionReq], **options: Unpack[RequestOptions]
    ) -> AdminRegionsRes:
        """``POST /admin/regions/{id}``"""
        path = build_path("/admin/regions/{id}", id=id)
        return self._post(path, AdminRegionsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminRegionsDeleteRes:
        """``DELETE /admin/regions/{id}``"""
        path = build_path("/admin/regions/{id}", id=id)
        return self._delete(path, AdminRegionsDeleteRes, **options)

    def retrieve(
        self, id: str, query: Query[Mapping[str, Any]] = None, **options: Unpack[RequestOptions]
    ) -> AdminRegionsRes:
        """``GET /admin/regions/{id}``; ``query`` takes ``expand`` and ``fields``."""
        path = build_path("/admin/regions/{id}", id=id)
        return self._get(path, AdminRegionsRes, query, **options)

    def list(
        self, query: Query[AdminGetRegionsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminRegionsListRes:
        """``GET /admin/regions``"""
        return self._get("/admin/regions", AdminRegionsListRes, query, **options)

    def add_country(
        self,
        id: str,
        payload: Payload[AdminPostRegionsRegionCountriesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminRegionsRes:
        """``POST /admin/regions/{id}/countries``"""
        path = build_path("/admin/regions/{id}/countries", id=id)
        return self._post(path, AdminRegionsRes, payload, **options)

    def delete_country(
        self, id: str, country_code: str, **options: Unpack[RequestOptions]
    ) -> AdminRegionsRes:
        """``DELETE /admin/regions/{id}/countries/{country_code}``"""
        path = build_path("/admin/regions/{id}/countries/{country_code}", id=id, country_code=country_code)
        return self._delete(path, AdminRegionsRes, **options)

    def add_fulfillment_provider(
        self,
        id: str,
        payload: Payload[AdminPostRegionsRegionFulfillmentProvidersReq],
        **options: Unpack[RequestOptions],
    ) -> AdminRegionsRes:
        """``POST /admin/regions/{id}/fulfillment-providers``"""
        path = build_path("/admin/regions/{id}/fulfillment-providers", id=id)
        return self._post(path, AdminRegionsRes, payload, **options)

    def delete_fulfillment_provider(
        self, id: str, provider_id: str, **options: Unpack[RequestOptions]
    ) -> AdminRegionsRes:
        """``DELETE /admin/regions/{id}/fulfillment-providers/{provider_id}``"""
        path = build_path(
            "/admin/regions/{id}/fulfillment-providers/{provider_id}", id=id, provider_id=provider_id
        )
        return self._delete(path, AdminRegionsRes, **options)

    def retrieve_fulfillment_options(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> AdminGetRegionsRegionFulfillmentOptionsRes:
        """``GET /admin/regions/{id}/fulfillment-options``"""
        path = build_path("/admin/regions/{id}/fulfillment-options", id=id)
        return self._get(path, AdminGetRegionsRegionFulfillmentOptionsRes, **options)

    def add_payment_provider(
        self,
        id: str,
        payload: Payload[AdminPostRegionsRegionPaymentProvidersReq],
        **options: Unpack[RequestOptions],
    ) -> AdminRegionsRes:
        """``POST /admin/regions/{id}/payment-providers``"""
        path = build_path("/admin/regions/{id}/payment-providers", id=id)
        return self._post(path, AdminRegionsRes, payload, **options)

    def delete_payment_provider(
        self, id: str, provider_id: str, **options: Unpack[RequestOptions]
    ) -> AdminRegionsRes:
        """``DELETE /admin/regions/{id}/payment-providers/{provider_id}``"""
        path = build_path(
            "/admin/regions/{id}/payment-providers/{provider_id}", id=id, provider_id=provider_id
        )
        return self._delete(path, AdminRegionsRes, **options)
