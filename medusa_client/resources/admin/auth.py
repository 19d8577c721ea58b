"""``medusa.admin.auth``: admin sessions (cookie) and JWTs (``/admin/auth``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import Resource
from ..._serde import EmptyResponse
from ..._types import Payload
from ...models import AdminAuthRes, AdminBearerAuthRes, AdminPostAuthReq

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AdminAuthResource"]


class AdminAuthResource(Resource):
    """Log an admin user in with a cookie session or a JWT kept on this client."""

    def create_session(
        self, payload: Payload[AdminPostAuthReq], **options: Unpack[RequestOptions]
    ) -> AdminAuthRes:
        """``POST /admin/auth``: log in; the session cookie stays in this client's cookie jar."""
        return self._post("/admin/auth", AdminAuthRes, payload, **options)

    def delete_session(self, **options: Unpack[RequestOptions]) -> EmptyResponse:
        """``DELETE /admin/auth``: log out of the cookie session."""
        return self._delete("/admin/auth", EmptyResponse, **options)

    def get_session(self, **options: Unpack[RequestOptions]) -> AdminAuthRes:
        """``GET /admin/auth``: the logged-in user."""
        return self._get("/admin/auth", AdminAuthRes, **options)

    def get_token(
        self, payload: Payload[AdminPostAuthReq], **options: Unpack[RequestOptions]
    ) -> AdminBearerAuthRes:
        """``POST /admin/auth/token``: get a JWT and use it for this client's ``/admin`` calls."""
        result = self._post("/admin/auth/token", AdminBearerAuthRes, payload, **options)
        if isinstance(result.access_token, str):
            self._client.set_admin_token(result.access_token)
        return result
