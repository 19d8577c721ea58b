"""``medusa.carts.line_items``: the items of a cart (``/store/carts/{cart_id}/line-items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import StoreCartsRes, StorePostCartsCartLineItemsItemReq, StorePostCartsCartLineItemsReq

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["LineItemsResource"]


class LineItemsResource(Resource):
    """Add, change and remove the lines of a cart."""

    def create(
        self,
        cart_id: str,
        payload: Payload[StorePostCartsCartLineItemsReq],
        **options: Unpack[RequestOptions],
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/line-items``"""
        path = build_path("/store/carts/{cart_id}/line-items", cart_id=cart_id)
        return self._post(path, StoreCartsRes, payload, **options)

    def update(
        self,
        cart_id: str,
        line_id: str,
        payload: Payload[StorePostCartsCartLineItemsItemReq],
        **options: Unpack[RequestOptions],
    ) -> StoreCartsRes:
        """``POST /store/carts/{cart_id}/line-items/{line_id}``"""
        path = build_path("/store/carts/{cart_id}/line-items/{line_id}", cart_id=cart_id, line_id=line_id)
        return self._post(path, StoreCartsRes, payload, **options)

    def delete(self, cart_id: str, line_id: str, **options: Unpack[RequestOptions]) -> StoreCartsRes:
        """``DELETE /store/carts/{cart_id}/line-items/{line_id}``"""
        path = build_path("/store/carts/{cart_id}/line-items/{line_id}", cart_id=cart_id, line_id=line_id)
        return self._delete(path, StoreCartsRes, **options)
