"""``medusa.orders``: placed orders and claiming them (``/store/orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._serde import EmptyResponse
from ..._types import Payload, Query
from ...models import (
    StoreGetOrdersParams,
    StoreOrdersRes,
    StorePostCustomersCustomerAcceptClaimReq,
    StorePostCustomersCustomerOrderClaimReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["OrdersResource"]


class OrdersResource(Resource):
    """Find orders and move guest orders onto the logged-in customer's account."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreOrdersRes:
        """``GET /store/orders/{id}``"""
        path = build_path("/store/orders/{id}", id=id)
        return self._get(path, StoreOrdersRes, **options)

    def retrieve_by_cart_id(self, cart_id: str, **options: Unpack[RequestOptions]) -> StoreOrdersRes:
        """``GET /store/orders/cart/{cart_id}``: the order a completed cart became."""
        path = build_path("/store/orders/cart/{cart_id}", cart_id=cart_id)
        return self._get(path, StoreOrdersRes, **options)

    def lookup_order(
        self, query: Query[StoreGetOrdersParams], **options: Unpack[RequestOptions]
    ) -> StoreOrdersRes:
        """``GET /store/orders``: find an order by ``display_id`` and ``email`` (both required)."""
        return self._get("/store/orders", StoreOrdersRes, query, **options)

    def request_customer_orders(
        self, payload: Payload[StorePostCustomersCustomerOrderClaimReq], **options: Unpack[RequestOptions]
    ) -> EmptyResponse:
        """``POST /store/orders/batch/customer/token``: email the orders' owner a token to claim them."""
        return self._post("/store/orders/batch/customer/token", EmptyResponse, payload, **options)

    def confirm_request(
        self, payload: Payload[StorePostCustomersCustomerAcceptClaimReq], **options: Unpack[RequestOptions]
    ) -> EmptyResponse:
        """``POST /store/orders/customer/confirm``: claim the orders with the emailed token."""
        return self._post("/store/orders/customer/confirm", EmptyResponse, payload, **options)
