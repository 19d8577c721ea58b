"""``medusa.gift_cards``: gift cards by code (``/store/gift-cards``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ...models import StoreGiftCardsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["GiftCardsResource"]


class GiftCardsResource(Resource):
    """Look up a gift card and its balance by its code."""

    def retrieve(self, code: str, **options: Unpack[RequestOptions]) -> StoreGiftCardsRes:
        """``GET /store/gift-cards/{code}``"""
        path = build_path("/store/gift-cards/{code}", code=code)
        return self._get(path, StoreGiftCardsRes, **options)
