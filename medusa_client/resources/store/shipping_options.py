"""``medusa.shipping_options``: shipping options (``/store/shipping-options``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Query
from ...models import StoreGetShippingOptionsParams, StoreShippingOptionsListRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ShippingOptionsResource"]


class ShippingOptionsResource(Resource):
    """Find the ways an order can be shipped, with their prices."""

    def list_cart_options(
        self, cart_id: str, **options: Unpack[RequestOptions]
    ) -> StoreShippingOptionsListRes:
        """``GET /store/shipping-options/{cart_id}``: the options available to this cart."""
        path = build_path("/store/shipping-options/{cart_id}", cart_id=cart_id)
        return self._get(path, StoreShippingOptionsListRes, **options)

    def list(
        self, query: Query[StoreGetShippingOptionsParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreShippingOptionsListRes:
        """``GET /store/shipping-options``"""
        return self._get("/store/shipping-options", StoreShippingOptionsListRes, query, **options)
