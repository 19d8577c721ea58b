"""``medusa.auth``: customer sessions (cookie) and JWTs (``/store/auth``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._paths import build_path
from ..._resource import Resource
from ..._serde import EmptyResponse
from ..._types import Payload
from ...models import StoreAuthRes, StoreBearerAuthRes, StoreGetAuthEmailRes, StorePostAuthReq

if TYPE_CHECKING:  # pragma: no cover
    from ..._types import RequestOptions, Unpack

__all__ = ["AuthResource"]


class AuthResource(Resource):
    """Log a customer in with a cookie session or a JWT kept on this client."""

    def authenticate(
        self, payload: Payload[StorePostAuthReq], **options: Unpack[RequestOptions]
    ) -> StoreAuthRes:
        """``POST /store/auth``: log in; the session cookie stays in this client's cookie jar."""
        return self._post("/store/auth", StoreAuthRes, payload, **options)

    def delete_session(self, **options: Unpack[RequestOptions]) -> EmptyResponse:
        """``DELETE /store/auth``: log out of the cookie session."""
        return self._delete("/store/auth", EmptyResponse, **options)

    def get_session(self, **options: Unpack[RequestOptions]) -> StoreAuthRes:
        """``GET /store/auth``: the logged-in customer."""
        return self._get("/store/auth", StoreAuthRes, **options)

    def exists(self, email: str, **options: Unpack[RequestOptions]) -> StoreGetAuthEmailRes:
        """``GET /store/auth/{email}``: whether a customer with this email has an account."""
        return self._get(build_path("/store/auth/{email}", email=email), StoreGetAuthEmailRes, **options)

    def get_token(
        self, payload: Payload[StorePostAuthReq], **options: Unpack[RequestOptions]
    ) -> StoreBearerAuthRes:
        """``POST /store/auth/token``: get a JWT and use it for this client's ``/store`` calls."""
        result = self._post("/store/auth/token", StoreBearerAuthRes, payload, **options)
        if isinstance(result.access_token, str):
            self._client.set_store_token(result.access_token)
        return result
