"""``medusa.admin.inventory_items``: inventory items (``/admin/inventory-items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetInventoryItemsItemLocationLevelsParams,
    AdminGetInventoryItemsItemParams,
    AdminGetInventoryItemsParams,
    AdminInventoryItemsDeleteRes,
    AdminInventoryItemsListWithVariantsAndLocationLevelsRes,
    AdminInventoryItemsLocationLevelsRes,
    AdminInventoryItemsRes,
    AdminPostInventoryItemsInventoryItemParams,
    AdminPostInventoryItemsInventoryItemReq,
    AdminPostInventoryItemsItemLocationLevelsLevelParams,
    AdminPostInventoryItemsItemLocationLevelsLevelReq,
    AdminPostInventoryItemsItemLocationLevelsParams,
    AdminPostInventoryItemsItemLocationLevelsReq,
    AdminPostInventoryItemsParams,
    AdminPostInventoryItemsReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminInventoryItemsResource"]


class AdminInventoryItemsResource(Resource):
    """Stock-keeping items and their levels per stock location."""

    def retrieve(
        self,
        inventory_item_id: str,
        query: Query[AdminGetInventoryItemsItemParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminInventoryItemsRes:
        """``GET /admin/inventory-items/{inventory_item_id}``"""
        path = build_path("/admin/inventory-items/{inventory_item_id}", inventory_item_id=inventory_item_id)
        return self._get(path, AdminInventoryItemsRes, query, **options)

    def update(
        self,
        inventory_item_id: str,
        payload: Payload[AdminPostInventoryItemsInventoryItemReq],
        query: Query[AdminPostInventoryItemsInventoryItemParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminInventoryItemsRes:
        """``POST /admin/inventory-items/{inventory_item_id}``"""
        path = build_path("/admin/inventory-items/{inventory_item_id}", inventory_item_id=inventory_item_id)
        return self._post(path, AdminInventoryItemsRes, payload, query, **options)

    def delete(
        self, inventory_item_id: str, **options: Unpack[RequestOptions]
    ) -> AdminInventoryItemsDeleteRes:
        """``DELETE /admin/inventory-items/{inventory_item_id}``"""
        path = build_path("/admin/inventory-items/{inventory_item_id}", inventory_item_id=inventory_item_id)
        return self._delete(path, AdminInventoryItemsDeleteRes, **options)

    def create(
        self,
        payload: Payload[AdminPostInventoryItemsReq],
        query: Query[AdminPostInventoryItemsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminInventoryItemsRes:
        """``POST /admin/inventory-items``"""
        return self._post("/admin/inventory-items", AdminInventoryItemsRes, payload, query, **options)

    def list(
        self, query: Query[AdminGetInventoryItemsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminInventoryItemsListWithVariantsAndLocationLevelsRes:
        """``GET /admin/inventory-items``"""
        return self._get(
            "/admin/inventory-items",
            AdminInventoryItemsListWithVariantsAndLocationLevelsRes,
            query,
            **options,
        )

    def update_location_level(
        self,
        inventory_item_id: str,
        location_id: str,
        payload: Payload[AdminPostInventoryItemsItemLocationLevelsLevelReq],
        query: Query[AdminPostInventoryItemsItemLocationLevelsLevelParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminInventoryItemsRes:
        """``POST /admin/inventory-items/{inventory_item_id}/location-levels/{location_id}``"""
        path = build_path(
            "/admin/inventory-items/{inventory_item_id}/location-levels/{location_id}",
            inventory_item_id=inventory_item_id,
            location_id=location_id,
        )
        return self._post(path, AdminInventoryItemsRes, payload, query, **options)

    def delete_location_level(
        self, inventory_item_id: str, location_id: str, **options: Unpack[RequestOptions]
    ) -> AdminInventoryItemsRes:
        """``DELETE /admin/inventory-items/{inventory_item_id}/location-levels/{location_id}``"""
        path = build_path(
            "/admin/inventory-items/{inventory_item_id}/location-levels/{location_id}",
            inventory_item_id=inventory_item_id,
            location_id=location_id,
        )
        return self._delete(path, AdminInventoryItemsRes, **options)

    def create_location_level(
        self,
        inventory_item_id: str,
        payload: Payload[AdminPostInventoryItemsItemLocationLevelsReq],
        query: Query[AdminPostInventoryItemsItemLocationLevelsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminInventoryItemsRes:
        """``POST /admin/inventory-items/{inventory_item_id}/location-levels``"""
        path = build_path(
            "/admin/inventory-items/{inventory_item_id}/location-levels", inventory_item_id=inventory_item_id
        )
        return self._post(path, AdminInventoryItemsRes, payload, query, **options)

    def list_location_levels(
        self,
        inventory_item_id: str,
        query: Query[AdminGetInventoryItemsItemLocationLevelsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminInventoryItemsLocationLevelsRes:
        """``GET /admin/inventory-items/{inventory_item_id}/location-levels``"""
        path = build_path(
            "/admin/inventory-items/{inventory_item_id}/location-levels", inventory_item_id=inventory_item_id
        )
        return self._get(path, AdminInventoryItemsLocationLevelsRes, query, **options)
