"""``medusa.product_tags``: product tags (``/store/product-tags``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._types import Query
from ...models import StoreGetProductTagsParams, StoreProductTagsListRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ProductTagsResource"]


class ProductTagsResource(Resource):
    """List the tags used on products."""

    def list(
        self, query: Query[StoreGetProductTagsParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreProductTagsListRes:
        """``GET /store/product-tags``"""
        return self._get("/store/product-tags", StoreProductTagsListRes, query, **options)
