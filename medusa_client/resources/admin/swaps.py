"""``medusa.admin.swaps``: swaps (``/admin/swaps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Query
from ...models import AdminGetSwapsParams, AdminSwapsListRes, AdminSwapsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminSwapsResource"]


class AdminSwapsResource(Resource):
    """Exchanges of ordered items for other items (read-only here; created on orders)."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminSwapsRes:
        """``GET /admin/swaps/{id}``"""
        path = build_path("/admin/swaps/{id}", id=id)
        return self._get(path, AdminSwapsRes, **options)

    def list(
        self, query: Query[AdminGetSwapsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminSwapsListRes:
        """``GET /admin/swaps``"""
        return self._get("/admin/swaps", AdminSwapsListRes, query, **options)
