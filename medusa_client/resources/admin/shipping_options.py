"""``medusa.admin.shipping_options``: shipping options (``/admin/shipping-options``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetShippingOptionsParams,
    AdminPostShippingOptionsOptionReq,
    AdminPostShippingOptionsReq,
    AdminShippingOptionsDeleteRes,
    AdminShippingOptionsListRes,
    AdminShippingOptionsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminShippingOptionsResource"]


class AdminShippingOptionsResource(Resource):
    """The ways an order can be shipped or returned in a region, with their prices."""

    def create(
        self, payload: Payload[AdminPostShippingOptionsReq], **options: Unpack[RequestOptions]
    ) -> AdminShippingOptionsRes:
        """``POST /admin/shipping-options``"""
        return self._post("/admin/shipping-options", AdminShippingOptionsRes, payload, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostShippingOptionsOptionReq],
        **options: Unpack[RequestOptions],
    ) -> AdminShippingOptionsRes:
        """``POST /admin/shipping-options/{id}``"""
        path = build_path("/admin/shipping-options/{id}", id=id)
        return self._post(path, AdminShippingOptionsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminShippingOptionsDeleteRes:
        """``DELETE /admin/shipping-options/{id}``"""
        path = build_path("/admin/shipping-options/{id}", id=id)
        return self._delete(path, AdminShippingOptionsDeleteRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminShippingOptionsRes:
        """``GET /admin/shipping-options/{id}``"""
        path = build_path("/admin/shipping-options/{id}", id=id)
        return self._get(path, AdminShippingOptionsRes, **options)

    def list(
        self, query: Query[AdminGetShippingOptionsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminShippingOptionsListRes:
        """``GET /admin/shipping-options``"""
        return self._get("/admin/shipping-options", AdminShippingOptionsListRes, query, **options)
