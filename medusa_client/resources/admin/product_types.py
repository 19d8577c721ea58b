"""``medusa.admin.product_types``: product types (``/admin/product-types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._types import Query
from ...models import AdminGetProductTypesParams, AdminProductTypesListRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminProductTypesResource"]


class AdminProductTypesResource(Resource):
    """The types that classify products."""

    def list(
        self, query: Query[AdminGetProductTypesParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminProductTypesListRes:
        """``GET /admin/product-types``"""
        return self._get("/admin/product-types", AdminProductTypesListRes, query, **options)
