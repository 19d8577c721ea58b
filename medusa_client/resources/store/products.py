"""``medusa.products``: the product catalogue (``/store/products``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    StoreGetProductsParams,
    StorePostSearchReq,
    StorePostSearchRes,
    StoreProductsListRes,
    StoreProductsRes,
)
from .variants import ProductVariantsResource

if TYPE_CHECKING:  # pragma: no cover
    from ..._client import Client
    from ..._types import RequestOptions, Unpack

__all__ = ["ProductsResource"]


class ProductsResource(Resource):
    """Browse and search the published products."""

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self.variants = ProductVariantsResource(client)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreProductsRes:
        """``GET /store/products/{id}``"""
        path = build_path("/store/products/{id}", id=id)
        return self._get(path, StoreProductsRes, **options)

    def search(
        self, payload: Payload[StorePostSearchReq], **options: Unpack[RequestOptions]
    ) -> StorePostSearchRes:
        """``POST /store/products/search``: full-text search through the search plugin."""
        return self._post("/store/products/search", StorePostSearchRes, payload, **options)

    def list(
        self, query: Query[StoreGetProductsParams] = None, **options: Unpack[RequestOptions]
    ) -> StoreProductsListRes:
        """``GET /store/products``"""
        return self._get("/store/products", StoreProductsListRes, query, **options)
