"""``medusa.customers.addresses``: the customer's saved addresses (``/store/customers/me/addresses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import (
    StoreCustomersRes,
    StorePostCustomersCustomerAddressesAddressReq,
    StorePostCustomersCustomerAddressesReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AddressesResource"]


class AddressesResource(Resource):
    """Shipping addresses kept on the logged-in customer's account."""

    def add_address(
        self, payload: Payload[StorePostCustomersCustomerAddressesReq], **options: Unpack[RequestOptions]
    ) -> StoreCustomersRes:
        """``POST /store/customers/me/addresses``"""
        return self._post("/store/customers/me/addresses", StoreCustomersRes, payload, **options)

    def delete_address(self, address_id: str, **options: Unpack[RequestOptions]) -> StoreCustomersRes:
        """``DELETE /store/customers/me/addresses/{address_id}``"""
        path = build_path("/store/customers/me/addresses/{address_id}", address_id=address_id)
        return self._delete(path, StoreCustomersRes, **options)

    def update_address(
        self,
        address_id: str,
        payload: Payload[StorePostCustomersCustomerAddressesAddressReq],
        **options: Unpack[RequestOptions],
    ) -> StoreCustomersRes:
        """``POST /store/customers/me/addresses/{address_id}``"""
        path = build_path("/store/customers/me/addresses/{address_id}", address_id=address_id)
        return self._post(path, StoreCustomersRes, payload, **options)
