"""``medusa.admin.variants``: product variants across products (``/admin/variants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Query
from ...models import (
    AdminGetVariantParams,
    AdminGetVariantsParams,
    AdminGetVariantsVariantInventoryRes,
    AdminVariantsListRes,
    AdminVariantsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminVariantsResource"]


class AdminVariantsResource(Resource):
    """Look up variants of any product, and their stock."""

    def list(
        self, query: Query[AdminGetVariantsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminVariantsListRes:
        """``GET /admin/variants``"""
        return self._get("/admin/variants", AdminVariantsListRes, query, **options)

    def retrieve(
        self, id: str, query: Query[AdminGetVariantParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminVariantsRes:
        """``GET /admin/variants/{id}``; the id is kept when a query is given (medusa-js drops it)."""
        path = build_path("/admin/variants/{id}", id=id)
        return self._get(path, AdminVariantsRes, query, **options)

    def get_inventory(
        self, variant_id: str, **options: Unpack[RequestOptions]
    ) -> AdminGetVariantsVariantInventoryRes:
        """``GET /admin/variants/{variant_id}/inventory``: stock of the variant at each location."""
        path = build_path("/admin/variants/{variant_id}/inventory", variant_id=variant_id)
        return self._get(path, AdminGetVariantsVariantInventoryRes, **options)
