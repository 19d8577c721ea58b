"""``medusa.admin.discounts``: discounts (``/admin/discounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminDeleteDiscountsDiscountConditionsConditionBatchReq,
    AdminDiscountConditionsRes,
    AdminDiscountsDeleteRes,
    AdminDiscountsListRes,
    AdminDiscountsRes,
    AdminGetDiscountParams,
    AdminGetDiscountsDiscountConditionsConditionParams,
    AdminGetDiscountsParams,
    AdminPostDiscountsDiscountConditions,
    AdminPostDiscountsDiscountConditionsCondition,
    AdminPostDiscountsDiscountConditionsConditionBatchParams,
    AdminPostDiscountsDiscountConditionsConditionBatchReq,
    AdminPostDiscountsDiscountConditionsConditionParams,
    AdminPostDiscountsDiscountConditionsParams,
    AdminPostDiscountsDiscountDynamicCodesReq,
    AdminPostDiscountsDiscountReq,
    AdminPostDiscountsReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminDiscountsResource"]


class AdminDiscountsResource(Resource):
    """Discount codes, their regions, dynamic codes and conditions."""

    def add_region(self, id: str, region_id: str, **options: Unpack[RequestOptions]) -> AdminDiscountsRes:
        """``POST /admin/discounts/{id}/regions/{region_id}``"""
        path = build_path("/admin/discounts/{id}/regions/{region_id}", id=id, region_id=region_id)
        return self._post(path, AdminDiscountsRes, **options)

    def create(
        self, payload: Payload[AdminPostDiscountsReq], **options: Unpack[RequestOptions]
    ) -> AdminDiscountsRes:
        """``POST /admin/discounts``"""
        return self._post("/admin/discounts", AdminDiscountsRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostDiscountsDiscountReq], **options: Unpack[RequestOptions]
    ) -> AdminDiscountsRes:
        """``POST /admin/discounts/{id}``"""
        path = build_path("/admin/discounts/{id}", id=id)
        return self._post(path, AdminDiscountsRes, payload, **options)

    def create_dynamic_code(
        self,
        id: str,
        payload: Payload[AdminPostDiscountsDiscountDynamicCodesReq],
        **options: Unpack[RequestOptions],
    ) -> AdminDiscountsRes:
        """``POST /admin/discounts/{id}/dynamic-codes``"""
        path = build_path("/admin/discounts/{id}/dynamic-codes", id=id)
        return self._post(path, AdminDiscountsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminDiscountsDeleteRes:
        """``DELETE /admin/discounts/{id}``"""
        path = build_path("/admin/discounts/{id}", id=id)
        return self._delete(path, AdminDiscountsDeleteRes, **options)

    def delete_dynamic_code(self, id: str, code: str, **options: Unpack[RequestOptions]) -> AdminDiscountsRes:
        """``DELETE /admin/discounts/{id}/dynamic-codes/{code}``"""
        path = build_path("/admin/discounts/{id}/dynamic-codes/{code}", id=id, code=code)
        return self._delete(path, AdminDiscountsRes, **options)

    def retrieve(
        self, id: str, query: Query[AdminGetDiscountParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminDiscountsRes:
        """``GET /admin/discounts/{id}``"""
        path = build_path("/admin/discounts/{id}", id=id)
        return self._get(path, AdminDiscountsRes, query, **options)

    def retrieve_by_code(self, code: str, **options: Unpack[RequestOptions]) -> AdminDiscountsRes:
        """``GET /admin/discounts/code/{code}``"""
        path = build_path("/admin/discounts/code/{code}", code=code)
        return self._get(path, AdminDiscountsRes, **options)

    def list(
        self, query: Query[AdminGetDiscountsParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminDiscountsListRes:
        """``GET /admin/discounts``"""
        return self._get("/admin/discounts", AdminDiscountsListRes, query, **options)

    def remove_region(self, id: str, region_id: str, **options: Unpack[RequestOptions]) -> AdminDiscountsRes:
        """``DELETE /admin/discounts/{id}/regions/{region_id}``"""
        path = build_path("/admin/discounts/{id}/regions/{region_id}", id=id, region_id=region_id)
        return self._delete(path, AdminDiscountsRes, **options)

    def create_condition(
        self,
        discount_id: str,
        payload: Payload[AdminPostDiscountsDiscountConditions],
        query: Query[AdminPostDiscountsDiscountConditionsParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminDiscountsRes:
        """``POST /admin/discounts/{discount_id}/conditions``: no bare ``?`` without a query."""
        path = build_path("/admin/discounts/{discount_id}/conditions", discount_id=discount_id)
        return self._post(path, AdminDiscountsRes, payload, query, **options)

    def update_condition(
        self,
        discount_id: str,
        condition_id: str,
        payload: Payload[AdminPostDiscountsDiscountConditionsCondition],
        query: Query[AdminPostDiscountsDiscountConditionsConditionParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminDiscountsRes:
        """``POST /admin/discounts/{discount_id}/conditions/{condition_id}``: no ``?`` without a query."""
        path = build_path(
            "/admin/discounts/{discount_id}/conditions/{condition_id}",
            discount_id=discount_id,
            condition_id=condition_id,
        )
        return self._post(path, AdminDiscountsRes, payload, query, **options)

    def delete_condition(
        self, discount_id: str, condition_id: str, **options: Unpack[RequestOptions]
    ) -> AdminDiscountsDeleteRes:
        """``DELETE /admin/discounts/{discount_id}/conditions/{condition_id}``"""
        path = build_path(
            "/admin/discounts/{discount_id}/conditions/{condition_id}",
            discount_id=discount_id,
            condition_id=condition_id,
        )
        return self._delete(path, AdminDiscountsDeleteRes, **options)

    def get_condition(
        self,
        discount_id: str,
        condition_id: str,
        query: Query[AdminGetDiscountsDiscountConditionsConditionParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminDiscountConditionsRes:
        """``GET /admin/discounts/{discount_id}/conditions/{condition_id}``"""
        path = build_path(
            "/admin/discounts/{discount_id}/conditions/{condition_id}",
            discount_id=discount_id,
            condition_id=condition_id,
        )
        return self._get(path, AdminDiscountConditionsRes, query, **options)

    def add_condition_resource_batch(
        self,
        discount_id: str,
        condition_id: str,
        payload: Payload[AdminPostDiscountsDiscountConditionsConditionBatchReq],
        query: Query[AdminPostDiscountsDiscountConditionsConditionBatchParams] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminDiscountsRes:
        """``POST /admin/discounts/{discount_id}/conditions/{condition_id}/batch``"""
        path = build_path(
            "/admin/discounts/{discount_id}/conditions/{condition_id}/batch",
            discount_id=discount_id,
            condition_id=condition_id,
        )
        return self._post(path, AdminDiscountsRes, payload, query, **options)

    def delete_condition_resource_batch(
        self,
        discount_id: str,
        condition_id: str,
        payload: Payload[AdminDeleteDiscountsDiscountConditionsConditionBatchReq],
        **options: Unpack[RequestOptions],
    ) -> AdminDiscountsRes:
        """``DELETE /admin/discounts/{discount_id}/conditions/{condition_id}/batch`` (JSON body)."""
        path = build_path(
            "/admin/discounts/{discount_id}/conditions/{condition_id}/batch",
            discount_id=discount_id,
            condition_id=condition_id,
        )
        return self._delete(path, AdminDiscountsRes, payload, **options)
