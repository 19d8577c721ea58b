"""``medusa.order_edits``: order edits awaiting the customer (``/store/order-edits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import StoreOrderEditsRes, StorePostOrderEditsOrderEditDecline

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["OrderEditsResource"]


class OrderEditsResource(Resource):
    """Let the customer review, accept or decline a change the store made to an order."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreOrderEditsRes:
        """``GET /store/order-edits/{id}``"""
        path = build_path("/store/order-edits/{id}", id=id)
        return self._get(path, StoreOrderEditsRes, **options)

    def decline(
        self,
        id: str,
        payload: Payload[StorePostOrderEditsOrderEditDecline],
        **options: Unpack[RequestOptions],
    ) -> StoreOrderEditsRes:
        """``POST /store/order-edits/{id}/decline``"""
        path = build_path("/store/order-edits/{id}/decline", id=id)
        return self._post(path, StoreOrderEditsRes, payload, **options)

    def complete(self, id: str, **options: Unpack[RequestOptions]) -> StoreOrderEditsRes:
        """``POST /store/order-edits/{id}/complete``: accept the edit."""
        path = build_path("/store/order-edits/{id}/complete", id=id)
        return self._post(path, StoreOrderEditsRes, **options)
