"""``medusa.admin.currencies``: currencies (``/admin/currencies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminCurrenciesListRes,
    AdminCurrenciesRes,
    AdminGetCurrenciesParams,
    AdminPostCurrenciesCurrencyReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminCurrenciesResource"]


class AdminCurrenciesResource(Resource):
    """The currencies the store knows about and their tax settings."""

    def list(
        self, query: Query[AdminGetCurrenciesParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminCurrenciesListRes:
        """``GET /admin/currencies``"""
        return self._get("/admin/currencies", AdminCurrenciesListRes, query, **options)

    def update(
        self, code: str, payload: Payload[AdminPostCurrenciesCurrencyReq], **options: Unpack[RequestOptions]
    ) -> AdminCurrenciesRes:
        """``POST /admin/currencies/{code}``"""
        path = build_path("/admin/currencies/{code}", code=code)
        return self._post(path, AdminCurrenciesRes, payload, **options)
