"""``medusa.admin.shipping_profiles``: shipping profiles (``/admin/shipping-profiles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import (
    AdminDeleteShippingProfileRes,
    AdminPostShippingProfilesProfileReq,
    AdminPostShippingProfilesReq,
    AdminShippingProfilesListRes,
    AdminShippingProfilesRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminShippingProfilesResource"]


class AdminShippingProfilesResource(Resource):
    """Groups of products that share the same shipping options."""

    def create(
        self, payload: Payload[AdminPostShippingProfilesReq], **options: Unpack[RequestOptions]
    ) -> AdminShippingProfilesRes:
        """``POST /admin/shipping-profiles``"""
        return self._post("/admin/shipping-profiles", AdminShippingProfilesRes, payload, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostShippingProfilesProfileReq],
        **options: Unpack[RequestOptions],
    ) -> AdminShippingProfilesRes:
        """``POST /admin/shipping-profiles/{id}``"""
        path = build_path("/admin/shipping-profiles/{id}", id=id)
        return self._post(path, AdminShippingProfilesRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminDeleteShippingProfileRes:
        """``DELETE /admin/shipping-profiles/{id}``"""
        path = build_path("/admin/shipping-profiles/{id}", id=id)
        return self._delete(path, AdminDeleteShippingProfileRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminShippingProfilesRes:
        """``GET /admin/shipping-profiles/{id}``"""
        path = build_path("/admin/shipping-profiles/{id}", id=id)
        return self._get(path, AdminShippingProfilesRes, **options)

    def list(self, **options: Unpack[RequestOptions]) -> AdminShippingProfilesListRes:
        """``GET /admin/shipping-profiles``"""
        return self._get("/admin/shipping-profiles", AdminShippingProfilesListRes, **options)
