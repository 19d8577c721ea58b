"""``medusa.admin.order_edits``: order edits (``/admin/order-edits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminOrderEditDeleteRes,
    AdminOrderEditItemChangeDeleteRes,
    AdminOrderEditsListRes,
    AdminOrderEditsRes,
    AdminPostOrderEditsEditLineItemsLineItemReq,
    AdminPostOrderEditsEditLineItemsReq,
    AdminPostOrderEditsOrderEditReq,
    AdminPostOrderEditsReq,
    GetOrderEditsOrderEditParams,
    GetOrderEditsParams,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminOrderEditsResource"]


class AdminOrderEditsResource(Resource):
    """Staged changes to the items of a placed order."""

    def retrieve(
        self, id: str, query: Query[GetOrderEditsOrderEditParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminOrderEditsRes:
        """``GET /admin/order-edits/{id}``"""
        path = build_path("/admin/order-edits/{id}", id=id)
        return self._get(path, AdminOrderEditsRes, query, **options)

    def list(
        self, query: Query[GetOrderEditsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminOrderEditsListRes:
        """``GET /admin/order-edits``"""
        return self._get("/admin/order-edits", AdminOrderEditsListRes, query, **options)

    def create(
        self, payload: Payload[AdminPostOrderEditsReq], **options: Unpack[RequestOptions]
    ) -> AdminOrderEditsRes:
        """``POST /admin/order-edits``"""
        return self._post("/admin/order-edits", AdminOrderEditsRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostOrderEditsOrderEditReq], **options: Unpack[RequestOptions]
    ) -> AdminOrderEditsRes:
        """``POST /admin/order-edits/{id}``"""
        path = build_path("/admin/order-edits/{id}", id=id)
        return self._post(path, AdminOrderEditsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrderEditDeleteRes:
        """``DELETE /admin/order-edits/{id}``"""
        path = build_path("/admin/order-edits/{id}", id=id)
        return self._delete(path, AdminOrderEditDeleteRes, **options)

    def add_line_item(
        self,
        id: str,
        payload: Payload[AdminPostOrderEditsEditLineItemsReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrderEditsRes:
        """``POST /admin/order-edits/{id}/items``"""
        path = build_path("/admin/order-edits/{id}/items", id=id)
        return self._post(path, AdminOrderEditsRes, payload, **options)

    def delete_item_change(
        self, order_edit_id: str, item_change_id: str, **options: Unpack[RequestOptions]
    ) -> AdminOrderEditItemChangeDeleteRes:
        """``DELETE /admin/order-edits/{order_edit_id}/changes/{item_change_id}``"""
        path = build_path(
            "/admin/order-edits/{order_edit_id}/changes/{item_change_id}",
            order_edit_id=order_edit_id,
            item_change_id=item_change_id,
        )
        return self._delete(path, AdminOrderEditItemChangeDeleteRes, **options)

    def request_confirmation(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrderEditsRes:
        """``POST /admin/order-edits/{id}/request``"""
        path = build_path("/admin/order-edits/{id}/request", id=id)
        return self._post(path, AdminOrderEditsRes, **options)

    def cancel(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrderEditsRes:
        """``POST /admin/order-edits/{id}/cancel``"""
        path = build_path("/admin/order-edits/{id}/cancel", id=id)
        return self._post(path, AdminOrderEditsRes, **options)

    def confirm(self, id: str, **options: Unpack[RequestOptions]) -> AdminOrderEditsRes:
        """``POST /admin/order-edits/{id}/confirm``"""
        path = build_path("/admin/order-edits/{id}/confirm", id=id)
        return self._post(path, AdminOrderEditsRes, **options)

    def update_line_item(
        self,
        order_edit_id: str,
        item_id: str,
        payload: Payload[AdminPostOrderEditsEditLineItemsLineItemReq],
        **options: Unpack[RequestOptions],
    ) -> AdminOrderEditsRes:
        """``POST /admin/order-edits/{order_edit_id}/items/{item_id}``"""
        path = build_path(
            "/admin/order-edits/{order_edit_id}/items/{item_id}", order_edit_id=order_edit_id, item_id=item_id
        )
        return self._post(path, AdminOrderEditsRes, payload, **options)

    def remove_line_item(
        self, order_edit_id: str, item_id: str, **options: Unpack[RequestOptions]
    ) -> AdminOrderEditsRes:
        """``DELETE /admin/order-edits/{order_edit_id}/items/{item_id}``"""
        path = build_path(
            "/admin/order-edits/{order_edit_id}/items/{item_id}", order_edit_id=order_edit_id, item_id=item_id
        )
        return self._delete(path, AdminOrderEditsRes, **options)
