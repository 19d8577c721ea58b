"""``medusa.admin.notes``: notes (``/admin/notes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._types import Payload, Query
from ...models import (
    AdminGetNotesParams,
    AdminNotesDeleteRes,
    AdminNotesListRes,
    AdminNotesRes,
    AdminPostNotesNoteReq,
    AdminPostNotesReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminNotesResource"]


class AdminNotesResource(Resource):
    """Free-text notes that admins attach to orders and other records."""

    def create(self, payload: Payload[AdminPostNotesReq], **options: Unpack[RequestOptions]) -> AdminNotesRes:
        """``POST /admin/notes``"""
        return self._post("/admin/notes", AdminNotesRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminPostNotesNoteReq], **options: Unpack[RequestOptions]
    ) -> AdminNotesRes:
        """``POST /admin/notes/{id}``"""
        path = build_path("/admin/notes/{id}", id=id)
        return self._post(path, AdminNotesRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminNotesDeleteRes:
        """``DELETE /admin/notes/{id}``"""
        path = build_path("/admin/notes/{id}", id=id)
        return self._delete(path, AdminNotesDeleteRes, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminNotesRes:
        """``GET /admin/notes/{id}``"""
        path = build_path("/admin/notes/{id}", id=id)
        return self._get(path, AdminNotesRes, **options)

    def list(
        self, query: Query[AdminGetNotesParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminNotesListRes:
        """``GET /admin/notes``"""
        return self._get("/admin/notes", AdminNotesListRes, query, **options)
