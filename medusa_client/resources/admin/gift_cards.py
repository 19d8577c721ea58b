"""``medusa.admin.gift_cards``: gift cards (``/admin/gift-cards``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetGiftCardsParams,
    AdminGiftCardsDeleteRes,
    AdminGiftCardsListRes,
    AdminGiftCardsRes,
    AdminPostGiftCardsGiftCardReq,
    AdminPostGiftCardsReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminGiftCardsResource"]


class AdminGiftCardsResource(Resource):
    """Gift cards issued by the store."""

    def create(
        self, payload: Payload[AdminPostGiftCardsReq], **options: Unpack[RequestOptions]
    ) -> AdminGiftCardsRes:
        """``POST /admin/gift-cards``"""
        return self._post("/admin/gift-cards", AdminGiftCardsRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostGiftCardsGiftCardReq], **options: Unpack[RequestOptions]
    ) -> AdminGiftCardsRes:
        """``POST /admin/gift-cards/{id}``"""
        path = build_path("/admin/gift-cards/{id}", id=id)
        return self._post(path, AdminGiftCardsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminGiftCardsDeleteRes:
        """``DELETE /admin/gift-cards/{id}``"""
        path = build_path("/admin/gift-cards/{id}", id=id)
        return self._delete(path, AdminGiftCardsDeleteRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminGiftCardsRes:
        """``GET /admin/gift-cards/{id}``"""
        path = build_path("/admin/gift-cards/{id}", id=id)
        return self._get(path, AdminGiftCardsRes, **options)

    def list(
        self, query: Query[AdminGetGiftCardsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminGiftCardsListRes:
        """``GET /admin/gift-cards``"""
        return self._get("/admin/gift-cards", AdminGiftCardsListRes, query, **options)
