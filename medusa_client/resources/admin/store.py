"""``medusa.admin.store``: the store's settings and currencies (``/admin/store``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import (
    AdminExtendedStoresRes,
    AdminPaymentProvidersList,
    AdminPostStoreReq,
    AdminStoresRes,
    AdminTaxProvidersList,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminStoresResource"]


class AdminStoresResource(Resource):
    """The store itself: its settings, currencies and installed providers."""

    def update(
        self, payload: Payload[AdminPostStoreReq], **options: Unpack[RequestOptions]
    ) -> AdminStoresRes:
        """``POST /admin/store``"""
        return self._post("/admin/store", AdminStoresRes, payload, **options)

    def add_currency(self, code: str, **options: Unpack[RequestOptions]) -> AdminStoresRes:
        """``POST /admin/store/currencies/{code}`` (medusa-js posts to ``/admin/store/{code}``)."""
        path = build_path("/admin/store/currencies/{code}", code=code)
        return self._post(path, AdminStoresRes, **options)

    def delete_currency(self, code: str, **options: Unpack[RequestOptions]) -> AdminStoresRes:
        """``DELETE /admin/store/currencies/{code}``"""
        path = build_path("/admin/store/currencies/{code}", code=code)
        return self._delete(path, AdminStoresRes, **options)

    def retrieve(self, **options: Unpack[RequestOptions]) -> AdminExtendedStoresRes:
        """``GET /admin/store``"""
        return self._get("/admin/store", AdminExtendedStoresRes, **options)

    def list_payment_providers(self, **options: Unpack[RequestOptions]) -> AdminPaymentProvidersList:
        """``GET /admin/store/payment-providers``"""
        return self._get("/admin/store/payment-providers", AdminPaymentProvidersList, **options)

    def list_tax_providers(self, **options: Unpack[RequestOptions]) -> AdminTaxProvidersList:
        """``GET /admin/store/tax-providers``"""
        return self._get("/admin/store/tax-providers", AdminTaxProvidersList, **options)
