"""``medusa.admin.users``: admin users and password resets (``/admin/users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._serde import EmptyResponse
from ..._types import Payload, Query
from ...models import (
    AdminCreateUserRequest,
    AdminDeleteUserRes,
    AdminGetUsersParams,
    AdminResetPasswordRequest,
    AdminResetPasswordTokenRequest,
    AdminUpdateUserRequest,
    AdminUserRes,
    AdminUsersListRes,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminUsersResource"]


class AdminUsersResource(Resource):
    """The people who can log in to the admin, and their password resets."""

    def send_reset_password_token(
        self, payload: Payload[AdminResetPasswordTokenRequest], **options: Unpack[RequestOptions]
    ) -> EmptyResponse:
        """``POST /admin/users/password-token``: no credentials sent; the server emits a reset token."""
        return self._post("/admin/users/password-token", EmptyResponse, payload, **options)

    def reset_password(
        self, payload: Payload[AdminResetPasswordRequest], **options: Unpack[RequestOptions]
    ) -> AdminUserRes:
        """``POST /admin/users/reset-password``: no credentials sent; the token authorises the change."""
        return self._post("/admin/users/reset-password", AdminUserRes, payload, **options)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> AdminUserRes:
        """``GET /admin/users/{id}``"""
        path = build_path("/admin/users/{id}", id=id)
        return self._get(path, AdminUserRes, **options)

    def create(
        self, payload: Payload[AdminCreateUserRequest], **options: Unpack[RequestOptions]
    ) -> AdminUserRes:
        """``POST /admin/users``"""
        return self._post("/admin/users", AdminUserRes, payload, **options)

    def update(
        self, id: str, payload: Payload[AdminUpdateUserRequest], **options: Unpack[RequestOptions]
    ) -> AdminUserRes:
        """``POST /admin/users/{id}``"""
        path = build_path("/admin/users/{id}", id=id)
        return self._post(path, AdminUserRes, payload, **options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> AdminDeleteUserRes:
        """``DELETE /admin/users/{id}``"""
        path = build_path("/admin/users/{id}", id=id)
        return self._delete(path, AdminDeleteUserRes, **options)

    def list(
        self, query: Query[AdminGetUsersParams] = None, **options: Unpack[RequestOptions]
    ) -> AdminUsersListRes:
        """``GET /admin/users``"""
        return self._get("/admin/users", AdminUsersListRes, query, **options)
