"""``medusa.admin.return_reasons``: return reasons (``/admin/return-reasons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload
from ...models import (
    AdminPostReturnReasonsReasonReq,
    AdminPostReturnReasonsReq,
    AdminReturnReasonsDeleteRes,
    AdminReturnReasonsListRes,
    AdminReturnReasonsRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminReturnReasonsResource"]


class AdminReturnReasonsResource(Resource):
    """The reasons a customer can pick when returning items."""

    def create(
        self, payload: Payload[AdminPostReturnReasonsReq], **options: Unpack[RequestOptions]
    ) -> AdminReturnReasonsRes:
        """``POST /admin/return-reasons``"""
        return self._post("/admin/return-reasons", AdminReturnReasonsRes, payload, **options)

    def update(
        self,
        id: str,
        payload: Payload[AdminPostReturnReasonsReasonReq],
        **options: Unpack[RequestOptions],
    ) -> AdminReturnReasonsRes:
        """``POST /admin/return-reasons/{id}``"""
        path = build_path("/admin/return-reasons/{id}", id=id)
        return self._post(path, AdminReturnReasonsRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminReturnReasonsDeleteRes:
        """``DELETE /admin/return-reasons/{id}``"""
        path = build_path("/admin/return-reasons/{id}", id=id)
        return self._delete(path, AdminReturnReasonsDeleteRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminReturnReasonsRes:
        """``GET /admin/return-reasons/{id}``"""
        path = build_path("/admin/return-reasons/{id}", id=id)
        return self._get(path, AdminReturnReasonsRes, **options)

    def list(self, **options: Unpack[RequestOptions]) -> AdminReturnReasonsListRes:
        """``GET /admin/return-reasons``"""
        return self._get("/admin/return-reasons", AdminReturnReasonsListRes, **options)
