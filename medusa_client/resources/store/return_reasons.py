"""``medusa.return_reasons``: return reasons (``/store/return-reasons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ...models import StoreReturnReasonsListRes, StoreReturnReasonsRes

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["ReturnReasonsResource"]


class ReturnReasonsResource(Resource):
    """Read the reasons a customer can give for a return."""

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> StoreReturnReasonsRes:
        """``GET /store/return-reasons/{id}``"""
        path = build_path("/store/return-reasons/{id}", id=id)
        return self._get(path, StoreReturnReasonsRes, **options)

    def list(self, **options: Unpack[RequestOptions]) -> StoreReturnReasonsListRes:
        """``GET /store/return-reasons``"""
        return self._get("/store/return-reasons", StoreReturnReasonsListRes, **options)
