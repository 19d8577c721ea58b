"""``medusa.payment_collections``: payment collections and their sessions (``/store/payment-collections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    StoreGetPaymentCollectionsParams,
    StorePaymentCollectionSessionsReq,
    StorePaymentCollectionsRes,
    StorePaymentCollectionsSessionRes,
    StorePostPaymentCollectionsBatchSessionsAuthorizeReq,
    StorePostPaymentCollectionsBatchSessionsReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["PaymentCollectionsResource"]


class PaymentCollectionsResource(Resource):
    """Pay for an order edit or similar through a payment collection's sessions."""

    def retrieve(
        self,
        id: str,
        query: Query[StoreGetPaymentCollectionsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> StorePaymentCollectionsRes:
        """``GET /store/payment-collections/{id}``"""
        path = build_path("/store/payment-collections/{id}", id=id)
        return self._get(path, StorePaymentCollectionsRes, query, **options)

    def authorize_payment_session(
        self, id: str, session_id: str, **options: Unpack[RequestOptions]
    ) -> StorePaymentCollectionsSessionRes:
        """``POST /store/payment-collections/{id}/sessions/{session_id}/authorize``

        The server answers ``{"payment_session": ...}`` (medusa-js types it as a payment collection).
        """
        path = build_path(
            "/store/payment-collections/{id}/sessions/{session_id}/authorize", id=id, session_id=session_id
        )
        return self._post(path, StorePaymentCollectionsSessionRes, **options)

    def authorize_payment_sessions_batch(
        self,
        id: str,
        payload: Payload[StorePostPaymentCollectionsBatchSessionsAuthorizeReq],
        **options: Unpack[RequestOptions],
    ) -> StorePaymentCollectionsRes:
        """``POST /store/payment-collections/{id}/sessions/batch/authorize``"""
        path = build_path("/store/payment-collections/{id}/sessions/batch/authorize", id=id)
        return self._post(path, StorePaymentCollectionsRes, payload, **options)

    def manage_payment_sessions_batch(
        self,
        id: str,
        payload: Payload[StorePostPaymentCollectionsBatchSessionsReq],
        **options: Unpack[RequestOptions],
    ) -> StorePaymentCollectionsRes:
        """``POST /store/payment-collections/{id}/sessions/batch``"""
        path = build_path("/store/payment-collections/{id}/sessions/batch", id=id)
        return self._post(path, StorePaymentCollectionsRes, payload, **options)

    def manage_payment_session(
        self,
        id: str,
        payload: Payload[StorePaymentCollectionSessionsReq],
        **options: Unpack[RequestOptions],
    ) -> StorePaymentCollectionsRes:
        """``POST /store/payment-collections/{id}/sessions``"""
        path = build_path("/store/payment-collections/{id}/sessions", id=id)
        return self._post(path, StorePaymentCollectionsRes, payload, **options)

    def refresh_payment_session(
        self, id: str, session_id: str, **options: Unpack[RequestOptions]
    ) -> StorePaymentCollectionsSessionRes:
        """``POST /store/payment-collections/{id}/sessions/{session_id}``"""
        path = build_path(
            "/store/payment-collections/{id}/sessions/{session_id}", id=id, session_id=session_id
        )
        return self._post(path, StorePaymentCollectionsSessionRes, **options)
