"""``medusa.admin.draft_orders``: draft orders (``/admin/draft-orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDraftOrdersDeleteRes,
    AdminDraftOrdersListRes,
    AdminDraftOrdersRes,
    AdminGetDraftOrdersParams,
    AdminPostDraftOrdersDraftOrderLineItemsItemReq,
    AdminPostDraftOrdersDraftOrderLineItemsReq,
    AdminPostDraftOrdersDraftOrderRegisterPaymentRes,
    AdminPostDraftOrdersDraftOrderReq,
    AdminPostDraftOrdersReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminDraftOrdersResource"]


class AdminDraftOrdersResource(Resource):
    """Orders an admin prepares by hand before they are paid."""

    def create(
        self, payload: Payload[AdminPostDraftOrdersReq], **options: Unpack[RequestOptions]
    ) -> AdminDraftOrdersRes:
        """``POST /admin/draft-orders``"""
        return self._post("/admin/draft-orders", AdminDraftOrdersRes, payload, **options)

    def add_line_item(
        self,
        id: str,
        payload: Payload[AdminPostDraftOrdersDraftOrderLineItemsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminDraftOrdersRes:
        """``POST /admin/draft-orders/{id}/line-items``"""
        path = build_path("/admin/draft-orders/{id}/line-items", id=id)
        return self._post(path, AdminDraftOrdersRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminDraftOrdersDeleteRes:
        """``DELETE /admin/draft-orders/{id}``"""
        path = build_path("/admin/draft-orders/{id}", id=id)
        return self._delete(path, AdminDraftOrdersDeleteRes, **options)

    def remove_line_item(
        self, id: str, item_id: str, **options: Unpack[RequestOptions]
    ) -> AdminDraftOrdersRes:
        """``DELETE /admin/draft-orders/{id}/line-items/{item_id}``"""
        path = build_path("/admin/draft-orders/{id}/line-items/{item_id}", id=id, item_id=item_id)
        return self._delete(path, AdminDraftOrdersRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminDraftOrdersRes:
        """``GET /admin/draft-orders/{id}``"""
        path = build_path("/admin/draft-orders/{id}", id=id)
        return self._get(path, AdminDraftOrdersRes, **options)

    def list(
        self, query: Query[AdminGetDraftOrdersParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminDraftOrdersListRes:
        """``GET /admin/draft-orders``"""
        return self._get("/admin/draft-orders", AdminDraftOrdersListRes, query, **options)

    def mark_paid(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> AdminPostDraftOrdersDraftOrderRegisterPaymentRes:
        """``POST /admin/draft-orders/{id}/pay``: turn the draft into an order marked as paid."""
        path = build_path("/admin/draft-orders/{id}/pay", id=id)
        return self._post(path, AdminPostDraftOrdersDraftOrderRegisterPaymentRes, **options)

    def update(
        self, id: str, payload: Payload[AdminPostDraftOrdersDraftOrderReq], **options: Unpack[RequestOptions]
    ) -> AdminDraftOrdersRes:
        """``POST /admin/draft-orders/{id}``"""
        path = build_path("/admin/draft-orders/{id}", id=id)
        return self._post(path, AdminDraftOrdersRes, payload, **options)

    def update_line_item(
        self,
        id: str,
        item_id: str,
        payload: Payload[AdminPostDraftOrdersDraftOrderLineItemsItemReq],
        **options: Unpack[RequestOptions],
    ) -> AdminDraftOrdersRes:
        """``POST /admin/draft-orders/{id}/line-items/{item_id}``"""
        path = build_path("/admin/draft-orders/{id}/line-items/{item_id}", id=id, item_id=item_id)
        return self._post(path, AdminDraftOrdersRes, payload, **options)
