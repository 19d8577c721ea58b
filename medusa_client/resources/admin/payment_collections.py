"""``medusa.admin.payment_collections``: payment collections (``/admin/payment-collections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetPaymentCollectionsParams,
    AdminPaymentCollectionDeleteRes,
    AdminPaymentCollectionsRes,
    AdminUpdatePaymentCollectionsReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminPaymentCollectionsResource"]


class AdminPaymentCollectionsResource(Resource):
    """Groups of payments collected together, for example for an order edit."""

    def retrieve(
        self,
        id: str,
        query: Query[AdminGetPaymentCollectionsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminPaymentCollectionsRes:
        """``GET /admin/payment-collections/{id}``"""
        path = build_path("/admin/payment-collections/{id}", id=id)
        return self._get(path, AdminPaymentCollectionsRes, query, **options)

    def update(
        self, id: str, payload: Payload[AdminUpdatePaymentCollectionsReq], **options: Unpack[RequestOptions]
    ) -> AdminPaymentCollectionsRes:
        """``POST /admin/payment-collections/{id}``"""
        path = build_path("/admin/payment-collections/{id}", id=id)
        return self._post(path, AdminPaymentCollectionsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminPaymentCollectionDeleteRes:
        """``DELETE /admin/payment-collections/{id}``"""
        path = build_path("/admin/payment-collections/{id}", id=id)
        return self._delete(path, AdminPaymentCollectionDeleteRes, **options)

    def mark_as_authorized(self, id: str, **options: Unpack[RequestOptions]) -> AdminPaymentCollectionsRes:
        """``POST /admin/payment-collections/{id}/authorize``"""
        path = build_path("/admin/payment-collections/{id}/authorize", id=id)
        return self._post(path, AdminPaymentCollectionsRes, **options)
