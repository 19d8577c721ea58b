"""``medusa.carts``: shopping carts and checkout (``/store/carts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import (
    StoreCartsRes,
    StoreCompleteCartRes,
    StorePostCartReq,
    StorePostCartsCartPaymentSessionReq,
    StorePostCartsCartPaymentSessionUpdateReq,
    StorePostCartsCartReq,
    StorePostCartsCartShippingMethodReq,
)
from .line_items import LineItemsResource

if TYPE_CHECKING:  # pragma: no cover
    from ..._client import Client
    from ..._types import RequestOptions, Unpack

__all__ = ["CartsResource"]


class CartsResource(Resource):
    """A customer's cart from the first item to the completed order."""

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self.line_items = LineItemsResource(client)

    def add_shipping_method(
        self,
        cart_id: str,
        payload: Payload[StorePostCartsCartShippingMethodReq],
        **options: Unpack[RequestOptions],
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/shipping-methods``"""
        path = build_path("/store/carts/{cart_id}/shipping-methods", cart_id=cart_id)
        return self._post(path, StoreCartsRes, payload, **options)

    def complete(self, cart_id: str, **options: Unpack[RequestOptions]) -> StoreCompleteCartRes:
        """``POST /store/carts/{cart_id}/complete``: place the order (or swap) for this cart."""
        path = build_path("/store/carts/{cart_id}/complete", cart_id=cart_id)
        return self._post(path, StoreCompleteCartRes, **options)

    def create(
        self, payload: Optional[Payload[StorePostCartReq]] = None, **options: Unpack[RequestOptions]
    ) -> StoreCartsRes:
        """``POST /store/carts``"""
        return self._post("/store/carts", StoreCartsRes, payload, **options)

    def create_payment_sessions(self, cart_id: str, **options: Unpack[RequestOptions]) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/payment-sessions``: one session per provider of the region."""
        path = build_path("/store/carts/{cart_id}/payment-sessions", cart_id=cart_id)
        return self._post(path, StoreCartsRes, **options)

    def delete_discount(self, cart_id: str, code: str, **options: Unpack[RequestOptions]) -> StoreCartsRes:
        """``DELETE /store/carts/{cart_id}/discounts/{code}``"""
        path = build_path("/store/carts/{cart_id}/discounts/{code}", cart_id=cart_id, code=code)
        return self._delete(path, StoreCartsRes, **options)

    def delete_payment_session(
        self, cart_id: str, provider_id: str, **options: Unpack[RequestOptions]
    ) -> StoreCartsRes:
        """``DELETE /store/carts/{cart_id}/payment-sessions/{provider_id}``"""
        path = build_path(
            "/store/carts/{cart_id}/payment-sessions/{provider_id}", cart_id=cart_id, provider_id=provider_id
        )
        return self._delete(path, StoreCartsRes, **options)

    def refresh_payment_session(
        self, cart_id: str, provider_id: str, **options: Unpack[RequestOptions]
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/payment-sessions/{provider_id}/refresh``"""
        path = build_path(
            "/store/carts/{cart_id}/payment-sessions/{provider_id}/refresh",
            cart_id=cart_id,
            provider_id=provider_id,
        )
        return self._post(path, StoreCartsRes, **options)

    def retrieve(self, cart_id: str, **options: Unpack[RequestOptions]) -> StoreCartsRes:
        """``GET /store/carts/{cart_id}``"""
        path = build_path("/store/carts/{cart_id}", cart_id=cart_id)
        return self._get(path, StoreCartsRes, **options)

    def set_payment_session(
        self,
        cart_id: str,
        payload: Payload[StorePostCartsCartPaymentSessionReq],
        **options: Unpack[RequestOptions],
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/payment-session``: choose the provider to pay with."""
        path = build_path("/store/carts/{cart_id}/payment-session", cart_id=cart_id)
        return self._post(path, StoreCartsRes, payload, **options)

    def update(
        self, cart_id: str, payload: Payload[StorePostCartsCartReq], **options: Unpack[RequestOptions]
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}``"""
        path = build_path("/store/carts/{cart_id}", cart_id=cart_id)
        return self._post(path, StoreCartsRes, payload, **options)

    def update_payment_session(
        self,
        cart_id: str,
        provider_id: str,
        payload: Payload[StorePostCartsCartPaymentSessionUpdateReq],
        **options: Unpack[RequestOptions],
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/payment-sessions/{provider_id}``"""
        path = build_path(
            "/store/carts/{cart_id}/payment-sessions/{provider_id}", cart_id=cart_id, provider_id=provider_id
        )
        return self._post(path, StoreCartsRes, payload, **options)

    def calculate_taxes(self, id: str, **options: Unpack[RequestOptions]) -> StoreCartsRes:
        """``POST /store/carts/{id}/taxes``: the cart with its taxes computed (not in medusa-js)."""
        path = build_path("/store/carts/{id}/taxes", id=id)
        return self._post(path, StoreCartsRes, **options)
