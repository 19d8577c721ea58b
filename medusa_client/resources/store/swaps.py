"""``medusa.swaps``: customer-initiated exchanges (``/store/swaps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import StorePostSwapsReq, StoreSwapsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["SwapsResource"]


class SwapsResource(Resource):
    """Exchange items of an order for other items."""

    def create(self, payload: Payload[StorePostSwapsReq], **options: Unpack[RequestOptions]) -> StoreSwapsRes:
        """``POST /store/swaps``"""
        return self._post("/store/swaps", StoreSwapsRes, payload, **options)

    def retrieve_by_cart_id(self, cart_id: str, **options: Unpack[RequestOptions]) -> StoreSwapsRes:
        """``GET /store/swaps/{cart_id}``: the swap a completed swap cart became."""
        path = build_path("/store/swaps/{cart_id}", cart_id=cart_id)
        return self._get(path, StoreSwapsRes, **options)
