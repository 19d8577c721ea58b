"""``medusa.admin.payments``: payments (``/admin/payments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminPaymentRes,
    AdminPostPaymentRefundsReq,
    AdminRefundRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminPaymentsResource"]


class AdminPaymentsResource(Resource):
    """Single payments: look them up, capture and refund them."""

    def retrieve(
        self, id: str, query: Query[Mapping[str, Any]] = None, **options: Unpack[RequestOptions]
    ) -> AdminPaymentRes:
        """``GET /admin/payments/{id}``"""
        path = build_path("/admin/payments/{id}", id=id)
        return self._get(path, AdminPaymentRes, query, **options)

    def capture_payment(self, id: str, **options: Unpack[RequestOptions]) -> AdminPaymentRes:
        """``POST /admin/payments/{id}/capture``"""
        path = build_path("/admin/payments/{id}/capture", id=id)
        return self._post(path, AdminPaymentRes, **options)

    def refund_payment(
        self, id: str, payload: Payload[AdminPostPaymentRefundsReq], **options: Unpack[RequestOptions]
    ) -> AdminRefundRes:
        """``POST /admin/payments/{id}/refund``"""
        path = build_path("/admin/payments/{id}/refund", id=id)
        return self._post(path, AdminRefundRes, payload, **options)
