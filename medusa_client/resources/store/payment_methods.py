"""``medusa.payment_methods`` and ``medusa.customers.payment_methods``: saved payment methods
(``/store/customers/me/payment-methods``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ...models import StoreCustomersListPaymentMethodsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["PaymentMethodsResource"]


class PaymentMethodsResource(Resource):
    """Payment methods the providers have saved for the logged-in customer."""

    def list(self, **options: Unpack[RequestOptions]) -> StoreCustomersListPaymentMethodsRes:
        """``GET /store/customers/me/payment-methods``"""
        return self._get(
            "/store/customers/me/payment-methods", StoreCustomersListPaymentMethodsRes, **options
        )
