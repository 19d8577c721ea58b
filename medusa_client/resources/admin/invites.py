"""``medusa.admin.invites``: invitations of new admin users (``/admin/invites``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._serde import EmptyResponse
from ..._types import Payload
from ...models import (
    AdminInviteDeleteRes,
    AdminListInvitesRes,
    AdminPostInvitesInviteAcceptReq,
    AdminPostInvitesReq,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminInvitesResource"]


class AdminInvitesResource(Resource):
    """Invite people to become admin users, and accept invites."""

    def accept(
        self, payload: Payload[AdminPostInvitesInviteAcceptReq], **options: Unpack[RequestOptions]
    ) -> EmptyResponse:
        """``POST /admin/invites/accept``: create the invited user (sent without credentials)."""
        return self._post("/admin/invites/accept", EmptyResponse, payload, **options)

    def create(
        self, payload: Payload[AdminPostInvitesReq], **options: Unpack[RequestOptions]
    ) -> EmptyResponse:
        """``POST /admin/invites``"""
        return self._post("/admin/invites", EmptyResponse, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminInviteDeleteRes:
        """``DELETE /admin/invites/{id}``"""
        path = build_path("/admin/invites/{id}", id=id)
        return self._delete(path, AdminInviteDeleteRes, **options)

    def list(self, **options: Unpack[RequestOptions]) -> AdminListInvitesRes:
        """``GET /admin/invites``"""
        return self._get("/admin/invites", AdminListInvitesRes, **options)

    def resend(self, id: str, **options: Unpack[RequestOptions]) -> EmptyResponse:
        """``POST /admin/invites/{id}/resend``"""
        path = build_path("/admin/invites/{id}/resend", id=id)
        return self._post(path, EmptyResponse, **options)
