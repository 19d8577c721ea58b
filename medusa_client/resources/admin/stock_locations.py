"""``medusa.admin.stock_locations``: stock locations (``/admin/stock-locations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetStockLocationsParams,
    AdminPostStockLocationsLocationReq,
    AdminPostStockLocationsReq,
    AdminStockLocationsDeleteRes,
    AdminStockLocationsListRes,
    AdminStockLocationsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminStockLocationsResource"]


class AdminStockLocationsResource(Resource):
    """Warehouses and other places where inventory is kept (needs the stock-location module)."""

    def create(
        self, payload: Payload[AdminPostStockLocationsReq], **options: Unpack[RequestOptions]
    ) -> AdminStockLocationsRes:
        """``POST /admin/stock-locations``"""
        return self._post("/admin/stock-locations", AdminStockLocationsRes, payload, **options)

    def retrieve(self, item_id: str, **options: Unpack[RequestOptions]) -> AdminStockLocationsRes:
        """``GET /admin/stock-locations/{item_id}``"""
        path = build_path("/admin/stock-locations/{item_id}", item_id=item_id)
        return self._get(path, AdminStockLocationsRes, **options)

    def update(
        self,
        stock_location_id: str,
        payload: Payload[AdminPostStockLocationsLocationReq],
        **options: Unpack[RequestOptions],
    ) -> AdminStockLocationsRes:
        """``POST /admin/stock-locations/{stock_location_id}``"""
        path = build_path("/admin/stock-locations/{stock_location_id}", stock_location_id=stock_location_id)
        return self._post(path, AdminStockLocationsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminStockLocationsDeleteRes:
        """``DELETE /admin/stock-locations/{id}``"""
        path = build_path("/admin/stock-locations/{id}", id=id)
        return self._delete(path, AdminStockLocationsDeleteRes, **options)

    def list(
        self, query: Query[AdminGetStockLocationsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminStockLocationsListRes:
        """``GET /admin/stock-locations``"""
        return self._get("/admin/stock-locations", AdminStockLocationsListRes, query, **options)
