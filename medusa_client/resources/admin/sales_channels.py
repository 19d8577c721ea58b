"""``medusa.admin.sales_channels``: sales channels (``/admin/sales-channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDeleteSalesChannelsChannelProductsBatchReq,
    AdminDeleteSalesChannelsChannelStockLocationsReq,
    AdminGetSalesChannelsParams,
    AdminPostSalesChannelsChannelProductsBatchReq,
    AdminPostSalesChannelsChannelStockLocationsReq,
    AdminPostSalesChannelsReq,
    AdminPostSalesChannelsSalesChannelReq,
    AdminSalesChannelsDeleteLocationRes,
    AdminSalesChannelsDeleteRes,
    AdminSalesChannelsListRes,
    AdminSalesChannelsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminSalesChannelsResource"]


class AdminSalesChannelsResource(Resource):
    """The channels products are sold through, with their products and stock locations."""

    def retrieve(self, sales_channel_id: str, **options: Unpack[RequestOptions]) -> AdminSalesChannelsRes:
        """``GET /admin/sales-channels/{sales_channel_id}``"""
        path = build_path("/admin/sales-channels/{sales_channel_id}", sales_channel_id=sales_channel_id)
        return self._get(path, AdminSalesChannelsRes, **options)

    def create(
        self, payload: Payload[AdminPostSalesChannelsReq], **options: Unpack[RequestOptions]
    ) -> AdminSalesChannelsRes:
        """``POST /admin/sales-channels``"""
        return self._post("/admin/sales-channels", AdminSalesChannelsRes, payload, **options)

    def update(
        self,
        sales_channel_id: str,
        payload: Payload[AdminPostSalesChannelsSalesChannelReq],
        **options: Unpack[RequestOptions],
    ) -> AdminSalesChannelsRes:
        """``POST /admin/sales-channels/{sales_channel_id}``"""
        path = build_path("/admin/sales-channels/{sales_channel_id}", sales_channel_id=sales_channel_id)
        return self._post(path, AdminSalesChannelsRes, payload, **options)

    def list(
        self, query: Query[AdminGetSalesChannelsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminSalesChannelsListRes:
        """``GET /admin/sales-channels``"""
        return self._get("/admin/sales-channels", AdminSalesChannelsListRes, query, **options)

    def delete(self, sales_channel_id: str, **options: Unpack[RequestOptions]) -> AdminSalesChannelsDeleteRes:
        """``DELETE /admin/sales-channels/{sales_channel_id}``"""
        path = build_path("/admin/sales-channels/{sales_channel_id}", sales_channel_id=sales_channel_id)
        return self._delete(path, AdminSalesChannelsDeleteRes, **options)

    def remove_products(
        self,
        sales_channel_id: str,
        payload: Payload[AdminDeleteSalesChannelsChannelProductsBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminSalesChannelsRes:
        """``DELETE /admin/sales-channels/{sales_channel_id}/products/batch`` (JSON body)."""
        path = build_path(
            "/admin/sales-channels/{sales_channel_id}/products/batch", sales_channel_id=sales_channel_id
        )
        return self._delete(path, AdminSalesChannelsRes, payload, **options)

    def add_products(
        self,
        sales_channel_id: str,
        payload: Payload[AdminPostSalesChannelsChannelProductsBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminSalesChannelsRes:
        """``POST /admin/sales-channels/{sales_channel_id}/products/batch``"""
        path = build_path(
            "/admin/sales-channels/{sales_channel_id}/products/batch", sales_channel_id=sales_channel_id
        )
        return self._post(path, AdminSalesChannelsRes, payload, **options)

    def add_location(
        self,
        sales_channel_id: str,
        payload: Payload[AdminPostSalesChannelsChannelStockLocationsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminSalesChannelsRes:
        """``POST /admin/sales-channels/{sales_channel_id}/stock-locations``"""
        path = build_path(
            "/admin/sales-channels/{sales_channel_id}/stock-locations", sales_channel_id=sales_channel_id
        )
        return self._post(path, AdminSalesChannelsRes, payload, **options)

    def remove_location(
        self,
        sales_channel_id: str,
        payload: Payload[AdminDeleteSalesChannelsChannelStockLocationsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminSalesChannelsDeleteLocationRes:
        """``DELETE /admin/sales-channels/{sales_channel_id}/stock-locations`` (JSON body)."""
        path = build_path(
            "/admin/sales-channels/{sales_channel_id}/stock-locations", sales_channel_id=sales_channel_id
        )
        return self._delete(path, AdminSalesChannelsDeleteLocationRes, payload, **options)
