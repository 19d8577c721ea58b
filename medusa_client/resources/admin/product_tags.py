"""``medusa.admin.product_tags``: product tags (``/admin/product-tags``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._types import Query
from ...models import AdminGetProductTagsParams, AdminProductTagsListRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminProductTagsResource"]


class AdminProductTagsResource(Resource):
    """The free-form tags attached to products."""

    def list(
        self, query: Query[AdminGetProductTagsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminProductTagsListRes:
        """``GET /admin/product-tags`` (takes per-call options, unlike medusa-js)."""
        return self._get("/admin/product-tags", AdminProductTagsListRes, query, **options)
