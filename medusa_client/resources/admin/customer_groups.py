"""``medusa.admin.customer_groups``: customer groups (``/admin/customer-groups``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminCustomerGroupsDeleteRes,
    AdminCustomerGroupsListRes,
    AdminCustomerGroupsRes,
    AdminCustomersListRes,
    AdminDeleteCustomerGroupsGroupCustomerBatchReq,
    AdminGetCustomerGroupsGroupParams,
    AdminGetCustomerGroupsParams,
    AdminGetCustomersParams,
    AdminPostCustomerGroupsGroupCustomersBatchReq,
    AdminPostCustomerGroupsGroupReq,
    AdminPostCustomerGroupsReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminCustomerGroupsResource"]


class AdminCustomerGroupsResource(Resource):
    """Groups of customers that share traits, for example to give them their own prices."""

    def create(
        self, payload: Payload[AdminPostCustomerGroupsReq], **options: Unpack[RequestOptions]
    ) -> AdminCustomerGroupsRes:
        """``POST /admin/customer-groups``"""
        return self._post("/admin/customer-groups", AdminCustomerGroupsRes, payload, **options)

    def retrieve(
        self,
        id: str,
        query: Query[AdminGetCustomerGroupsGroupParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminCustomerGroupsRes:
        """``GET /admin/customer-groups/{id}``"""
        path = build_path("/admin/customer-groups/{id}", id=id)
        return self._get(path, AdminCustomerGroupsRes, query, **options)

    def update(
        self, id: str, payload: Payload[AdminPostCustomerGroupsGroupReq], **options: Unpack[RequestOptions]
    ) -> AdminCustomerGroupsRes:
        """``POST /admin/customer-groups/{id}``"""
        path = build_path("/admin/customer-groups/{id}", id=id)
        return self._post(path, AdminCustomerGroupsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminCustomerGroupsDeleteRes:
        """``DELETE /admin/customer-groups/{id}``"""
        path = build_path("/admin/customer-groups/{id}", id=id)
        return self._delete(path, AdminCustomerGroupsDeleteRes, **options)

    def list(
        self, query: Query[AdminGetCustomerGroupsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminCustomerGroupsListRes:
        """``GET /admin/customer-groups``"""
        return self._get("/admin/customer-groups", AdminCustomerGroupsListRes, query, **options)

    def list_customers(
        self, id: str, query: Query[AdminGetCustomersParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminCustomersListRes:
        """``GET /admin/customer-groups/{id}/customers``"""
        path = build_path("/admin/customer-groups/{id}/customers", id=id)
        return self._get(path, AdminCustomersListRes, query, **options)

    def add_customers(
        self,
        id: str,
        payload: Payload[AdminPostCustomerGroupsGroupCustomersBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminCustomerGroupsRes:
        """``POST /admin/customer-groups/{id}/customers/batch``"""
        path = build_path("/admin/customer-groups/{id}/customers/batch", id=id)
        return self._post(path, AdminCustomerGroupsRes, payload, **options)

    def remove_customers(
        self,
        id: str,
        payload: Payload[AdminDeleteCustomerGroupsGroupCustomerBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminCustomerGroupsRes:
        """``DELETE /admin/customer-groups/{id}/customers/batch`` (payload sent as a JSON body)."""
        path = build_path("/admin/customer-groups/{id}/customers/batch", id=id)
        return self._delete(path, AdminCustomerGroupsRes, payload, **options)
