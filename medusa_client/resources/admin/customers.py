"""``medusa.admin.customers``: customers (``/admin/customers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminCustomersListRes,
    AdminCustomersRes,
    AdminGetCustomersParams,
    AdminPostCustomersCustomerReq,
    AdminPostCustomersReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminCustomersResource"]


class AdminCustomersResource(Resource):
    """Customer accounts as seen by an admin."""

    def create(
        self, payload: Payload[AdminPostCustomersReq], **options: Unpack[RequestOptions]
    ) -> AdminCustomersRes:
        """``POST /admin/customers``"""
        return self._post("/admin/customers", AdminCustomersRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostCustomersCustomerReq], **options: Unpack[RequestOptions]
    ) -> AdminCustomersRes:
        """``POST /admin/customers/{id}``"""
        path = build_path("/admin/customers/{id}", id=id)
        return self._post(path, AdminCustomersRes, payload, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminCustomersRes:
        """``GET /admin/customers/{id}``"""
        path = build_path("/admin/customers/{id}", id=id)
        return self._get(path, AdminCustomersRes, **options)

    def list(
        self, query: Query[AdminGetCustomersParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminCustomersListRes:
        """``GET /admin/customers``"""
        return self._get("/admin/customers", AdminCustomersListRes, query, **options)
