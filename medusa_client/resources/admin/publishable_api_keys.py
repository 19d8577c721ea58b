"""``medusa.admin.publishable_api_keys``: publishable API keys (``/admin/publishable-api-keys``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDeletePublishableApiKeySalesChannelsBatchReq,
    AdminPostPublishableApiKeySalesChannelsBatchReq,
    AdminPostPublishableApiKeysPublishableApiKeyReq,
    AdminPostPublishableApiKeysReq,
    AdminPublishableApiKeyDeleteRes,
    AdminPublishableApiKeysListRes,
    AdminPublishableApiKeysListSalesChannelsRes,
    AdminPublishableApiKeysRes,
    GetPublishableApiKeySalesChannelsParams,
    GetPublishableApiKeysParams,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminPublishableApiKeyResource"]


class AdminPublishableApiKeyResource(Resource):
    """Keys a storefront sends to scope the store API to some sales channels."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminPublishableApiKeysRes:
        """``GET /admin/publishable-api-keys/{id}``"""
        path = build_path("/admin/publishable-api-keys/{id}", id=id)
        return self._get(path, AdminPublishableApiKeysRes, **options)

    def list(
        self, query: Query[GetPublishableApiKeysParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminPublishableApiKeysListRes:
        """``GET /admin/publishable-api-keys``"""
        return self._get("/admin/publishable-api-keys", AdminPublishableApiKeysListRes, query, **options)

    def create(
        self, payload: Payload[AdminPostPublishableApiKeysReq], **options: Unpack[RequestOptions]
    ) -> AdminPublishableApiKeysRes:
        """``POST /admin/publishable-api-keys``"""
        return self._post("/admin/publishable-api-keys", AdminPublishableApiKeysRes, payload, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostPublishableApiKeysPublishableApiKeyReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPublishableApiKeysRes:
        """``POST /admin/publishable-api-keys/{id}``"""
        path = build_path("/admin/publishable-api-keys/{id}", id=id)
        return self._post(path, AdminPublishableApiKeysRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminPublishableApiKeyDeleteRes:
        """``DELETE /admin/publishable-api-keys/{id}``"""
        path = build_path("/admin/publishable-api-keys/{id}", id=id)
        return self._delete(path, AdminPublishableApiKeyDeleteRes, **options)

    def revoke(self, id: str, **options: Unpack[RequestOptions]) -> AdminPublishableApiKeysRes:
        """``POST /admin/publishable-api-keys/{id}/revoke``"""
        path = build_path("/admin/publishable-api-keys/{id}/revoke", id=id)
        return self._post(path, AdminPublishableApiKeysRes, **options)

    def add_sales_channels_batch(
        self,
        id: str,
        payload: Payload[AdminPostPublishableApiKeySalesChannelsBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPublishableApiKeysRes:
        """``POST /admin/publishable-api-keys/{id}/sales-channels/batch``"""
        path = build_path("/admin/publishable-api-keys/{id}/sales-channels/batch", id=id)
        return self._post(path, AdminPublishableApiKeysRes, payload, **options)

    def delete_sales_channels_batch(
        self,
        id: str,
        payload: Payload[AdminDeletePublishableApiKeySalesChannelsBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminPublishableApiKeysRes:
        """``DELETE /admin/publishable-api-keys/{id}/sales-channels/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/publishable-api-keys/{id}/sales-channels/batch", id=id)
        return self._delete(path, AdminPublishableApiKeysRes, payload, **options)

    def list_sales_channels(
        self,
        id: str,
        query: Query[GetPublishableApiKeySalesChannelsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminPublishableApiKeysListSalesChannelsRes:
        """``GET /admin/publishable-api-keys/{id}/sales-channels``"""
        path = build_path("/admin/publishable-api-keys/{id}/sales-channels", id=id)
        return self._get(path, AdminPublishableApiKeysListSalesChannelsRes, query, **options)
