"""``medusa.admin.collections``: product collections (``/admin/collections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminCollectionsDeleteRes,
    AdminCollectionsListRes,
    AdminCollectionsRes,
    AdminDeleteProductsFromCollectionReq,
    AdminDeleteProductsFromCollectionRes,
    AdminGetCollectionsParams,
    AdminPostCollectionsCollectionReq,
    AdminPostCollectionsReq,
    AdminPostProductsToCollectionReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminCollectionsResource"]


class AdminCollectionsResource(Resource):
    """Named groups of products, such as a seasonal range."""

    def create(
        self, payload: Payload[AdminPostCollectionsReq], **options: Unpack[RequestOptions]
    ) -> AdminCollectionsRes:
        """``POST /admin/collections``"""
        return self._post("/admin/collections", AdminCollectionsRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostCollectionsCollectionReq], **options: Unpack[RequestOptions]
    ) -> AdminCollectionsRes:
        """``POST /admin/collections/{id}``"""
        path = build_path("/admin/collections/{id}", id=id)
        return self._post(path, AdminCollectionsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminCollectionsDeleteRes:
        """``DELETE /admin/collections/{id}``"""
        path = build_path("/admin/collections/{id}", id=id)
        return self._delete(path, AdminCollectionsDeleteRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminCollectionsRes:
        """``GET /admin/collections/{id}``"""
        path = build_path("/admin/collections/{id}", id=id)
        return self._get(path, AdminCollectionsRes, **options)

    def list(
        self, query: Query[AdminGetCollectionsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminCollectionsListRes:
        """``GET /admin/collections``"""
        return self._get("/admin/collections", AdminCollectionsListRes, query, **options)

    def add_products(
        self, id: str, payload: Payload[AdminPostProductsToCollectionReq], **options: Unpack[RequestOptions]
    ) -> AdminCollectionsRes:
        """``POST /admin/collections/{id}/products/batch``"""
        path = build_path("/admin/collections/{id}/products/batch", id=id)
        return self._post(path, AdminCollectionsRes, payload, **options)

    def remove_products(
        self,
        id: str,
        payload: Payload[AdminDeleteProductsFromCollectionReq],
        **options: Unpack[RequestOptions],
    ) -> AdminDeleteProductsFromCollectionRes:
        """``DELETE /admin/collections/{id}/products/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/collections/{id}/products/batch", id=id)
        return self._delete(path, AdminDeleteProductsFromCollectionRes, payload, **options)
