"""``medusa.admin.reservations``: inventory reservations (``/admin/reservations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetReservationsParams,
    AdminPostReservationsReq,
    AdminPostReservationsReservationReq,
    AdminReservationsDeleteRes,
    AdminReservationsListRes,
    AdminReservationsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminReservationsResource"]


class AdminReservationsResource(Resource):
    """Quantities of inventory items held at a location, e.g. for an order line."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminReservationsRes:
        """``GET /admin/reservations/{id}``"""
        path = build_path("/admin/reservations/{id}", id=id)
        return self._get(path, AdminReservationsRes, **options)

    def list(
        self, query: Query[AdminGetReservationsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminReservationsListRes:
        """``GET /admin/reservations``"""
        return self._get("/admin/reservations", AdminReservationsListRes, query, **options)

    def create(
        self, payload: Payload[AdminPostReservationsReq], **options: Unpack[RequestOptions]
    ) -> AdminReservationsRes:
        """``POST /admin/reservations``"""
        return self._post("/admin/reservations", AdminReservationsRes, payload, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostReservationsReservationReq],
        **options: Unpack[RequestOptions],
    ) -> AdminReservationsRes:
        """``POST /admin/reservations/{id}``"""
        path = build_path("/admin/reservations/{id}", id=id)
        return self._post(path, AdminReservationsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminReservationsDeleteRes:
        """``DELETE /admin/reservations/{id}``"""
        path = build_path("/admin/reservations/{id}", id=id)
        return self._delete(path, AdminReservationsDeleteRes, **options)
