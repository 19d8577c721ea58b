"""``medusa.admin.returns``: returns (``/admin/returns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetReturnsParams,
    AdminPostReturnsReturnReceiveReq,
    AdminReturnsCancelRes,
    AdminReturnsListRes,
    AdminReturnsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminReturnsResource"]


class AdminReturnsResource(Resource):
    """Items sent back by customers: list them, receive them or cancel a return."""

    def cancel(self, id: str, **options: Unpack[RequestOptions]) -> AdminReturnsCancelRes:
        """``POST /admin/returns/{id}/cancel``"""
        path = build_path("/admin/returns/{id}/cancel", id=id)
        return self._post(path, AdminReturnsCancelRes, **options)

    def receive(
        self,
        id: str,
        payload: Payload[AdminPostReturnsReturnReceiveReq],
        **options: Unpack[RequestOptions],
    ) -> AdminReturnsRes:
        """``POST /admin/returns/{id}/receive``"""
        path = build_path("/admin/returns/{id}/receive", id=id)
        return self._post(path, AdminReturnsRes, payload, **options)

    def list(
        self, query: Query[AdminGetReturnsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminReturnsListRes:
        """``GET /admin/returns``"""
        return self._get("/admin/returns", AdminReturnsListRes, query, **options)
