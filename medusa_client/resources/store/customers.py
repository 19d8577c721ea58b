"""``medusa.customers``: the logged-in customer's account (``/store/customers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._serde import EmptyResponse
from ..._types import Payload, Query
from ...models import (
    StoreCustomersListOrdersRes,
    StoreCustomersRes,
    StoreGetCustomersCustomerOrdersParams,
    StorePostCustomersCustomerPasswordTokenReq,
    StorePostCustomersCustomerReq,
    StorePostCustomersReq,
    StorePostCustomersResetPasswordReq,
)
from .addresses import AddressesResource
from .payment_methods import PaymentMethodsResource

if TYPE_CHECKING:  # pragma: no cover
    from ..._client import Client
    from ..._types import RequestOptions, Unpack

__all__ = ["CustomerResource"]


class CustomerResource(Resource):
    """Register a customer and manage the account of the one logged in."""

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self.addresses = AddressesResource(client)
        self.payment_methods = PaymentMethodsResource(client)

    def create(
        self, payload: Payload[StorePostCustomersReq], **options: Unpack[RequestOptions]
    ) -> StoreCustomersRes:
        """``POST /store/customers``: register a customer."""
        return self._post("/store/customers", StoreCustomersRes, payload, **options)

    def retrieve(self, **options: Unpack[RequestOptions]) -> StoreCustomersRes:
        """``GET /store/customers/me``"""
        return self._get("/store/customers/me", StoreCustomersRes, **options)

    def update(
        self, payload: Payload[StorePostCustomersCustomerReq], **options: Unpack[RequestOptions]
    ) -> StoreCustomersRes:
        """``POST /store/customers/me``"""
        return self._post("/store/customers/me", StoreCustomersRes, payload, **options)

    def list_orders(
        self, query: Query[StoreGetCustomersCustomerOrdersParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreCustomersListOrdersRes:
        """``GET /store/customers/me/orders``"""
        return self._get("/store/customers/me/orders", StoreCustomersListOrdersRes, query, **options)

    def reset_password(
        self, payload: Payload[StorePostCustomersResetPasswordReq], **options: Unpack[RequestOptions]
    ) -> StoreCustomersRes:
        """``POST /store/customers/password-reset``: set a new password with a reset token."""
        return self._post("/store/customers/password-reset", StoreCustomersRes, payload, **options)

    def generate_password_token(
        self, payload: Payload[StorePostCustomersCustomerPasswordTokenReq], **options: Unpack[RequestOptions]
    ) -> EmptyResponse:
        """``POST /store/customers/password-token``: the server answers 204 and emails a reset token."""
        return self._post("/store/customers/password-token", EmptyResponse, payload, **options)
