"""``medusa.returns``: customer-initiated returns (``/store/returns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._types import Payload
from ...models import StorePostReturnsReq, StoreReturnsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ReturnsResource"]


class ReturnsResource(Resource):
    """Start the return of items of an order."""

    def create(
        self, payload: Payload[StorePostReturnsReq], **options: Unpack[RequestOptions]
    ) -> StoreReturnsRes:
        """``POST /store/returns``"""
        return self._post("/store/returns", StoreReturnsRes, payload, **options)
