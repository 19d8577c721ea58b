"""What Medusa v2 does differently from v1, on the shared core (``medusa_client._client``).

- Credentials: a secret API key (``sk_...``) as ``Authorization: Basic base64(key + ":")`` on
  ``/admin`` routes; the JWT of a login as ``Authorization: Bearer`` on every route (it wins over
  the key, as in js-sdk); the publishable key as ``x-publishable-api-key`` on ``/store`` routes.
  Unlike js-sdk, neither key is sent where the server does not read it.
- Session mode (``auth_type="session"``): a login exchanges its JWT for the server's session
  cookie (``POST /auth/session``), kept in this client's cookie jar; no JWT is kept.
- Errors: the same classes; a ``/store`` call refused for want of a publishable key says how
  to give one.
- Routes: ``medusa_client/v2/resources/_table.py``.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

import requests

from .._client import PUBLISHABLE_KEY_HEADER, domain_of
from .._client import Client as _CoreClient
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_POOL_SIZE
from .._exceptions import APIStatusError, make_status_error
from .._types import TimeoutArg

if TYPE_CHECKING:  # pragma: no cover
    from .._routes import Route
    from .._serde import Response

__all__ = ["AUTH_TYPES", "Client"]

#: ``jwt``: the token of a login is kept on the client (js-sdk's "memory" storage);
#: ``session``: it is exchanged for a session cookie kept in the client's cookie jar.
AUTH_TYPES = ("jwt", "session")

_NO_PUBLISHABLE_KEY_HINT = (
    " (this client has no publishable key: pass publishable_key=... to Medusa() or set "
    "MEDUSA_PUBLISHABLE_API_KEY)"
)


class Client(_CoreClient):
    """The v2 client: session, base URL, credentials and the request pipeline of the core."""

    api = "v2"

    def __init__(
        self,
        base_url: Optional[str] = None,
        *,
        api_key: Optional[str] = None,
        publishable_key: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Optional[TimeoutArg] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        auth_type: str = "jwt",
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        if auth_type not in AUTH_TYPES:
            raise ValueError(f"auth_type must be one of {AUTH_TYPES}, got {auth_type!r}")
        super().__init__(
            base_url,
            api_key=api_key,
            publishable_api_key=publishable_key,
            max_retries=max_retries,
            timeout=timeout,
            custom_headers=custom_headers,
            max_retry_after=max_retry_after,
            pool_size=pool_size,
        )
        self.auth_type = auth_type
        self._token: Optional[str] = None

    # ----------------------------------------------------------------- auth
    @property
    def publishable_key(self) -> Optional[str]:
        """The publishable key, sent as ``x-publishable-api-key`` on ``/store`` routes."""
        return self._publishable_api_key

    @publishable_key.setter
    def publishable_key(self, value: Optional[str]) -> None:
        self._publishable_api_key = self._check_secret(value, "publishable_key")

    @property
    def token(self) -> Optional[str]:
        """The JWT this client sends as ``Authorization: Bearer`` (``None`` when it has none)."""
        return self._token

    def get_token(self) -> Optional[str]:
        """The JWT in use (js-sdk's ``client.getToken()``)."""
        return self._token

    def set_token(self, token: Optional[str]) -> None:
        """Use (or with ``None`` stop using) a JWT on this client's calls."""
        self._token = self._check_secret(token, "token")

    def clear_token(self) -> None:
        """Stop sending a JWT (the cookie session, if any, stays: see ``clear_auth``)."""
        self._token = None

    def clear_auth(self) -> None:
        """Forget the JWT and the session cookies (the API key and publishable key stay)."""
        self._token = None
        self.session.cookies.clear()

    def _held_credentials(self) -> List[str]:
        pairs = (
            ("api_key", self._api_key),
            ("token", self._token),
            ("publishable_key", self._publishable_api_key),
            ("session_cookie", "yes" if self.session.cookies else None),
        )
        return [name for name, value in pairs if value]

    def _credential_headers(self, method: str, path: str, public: bool) -> Dict[str, str]:
        headers: Dict[str, str] = {}
        api_key, token, publishable_key = self._api_key, self._token, self._publishable_api_key
        domain = domain_of(path)
        if not public:
            if token:
                headers["Authorization"] = f"Bearer {token}"
            elif api_key and domain == "/admin":
                headers["Authorization"] = "Basic " + base64.b64encode(f"{api_key}:".encode()).decode("ascii")
        if publishable_key and domain == "/store":
            headers[PUBLISHABLE_KEY_HEADER] = publishable_key
        return headers

    def _keep_token(self, route: Route, result: Response) -> None:
        """A token in a login-like result is used from now on (or turned into a session).

        Hand-written methods (``auth.login``, ``register``, ``refresh``...) keep their token
        themselves; the route tables never give them the ``token`` flag (the generator refuses it).
        """
        token = getattr(result, "token", None)
        if isinstance(token, str) and token:
            self.use_token(token)

    def use_token(self, token: str) -> None:
        """Use ``token`` for the following calls: kept (``jwt``) or exchanged for a cookie (``session``).

        In session mode the cookie replaces any token held so far (e.g. a registration token).
        """
        if self.auth_type == "session":
            self.request(
                "POST",
                "/auth/session",
                _empty(),
                options={"custom_headers": {"Authorization": f"Bearer {self._check_secret(token, 'token')}"}},
            )
            self._token = None
        else:
            self.set_token(token)

    def _status_error(self, response: requests.Response, body: Any) -> APIStatusError:
        error = make_status_error(response, body)
        path = getattr(response.request, "path_url", "") or ""
        if (
            error.type == "not_allowed"
            and "publishable" in error.message.lower()
            and not self._publishable_api_key
            and domain_of(path.split("?", 1)[0][len(self._base_path) :]) == "/store"
        ):
            error.message += _NO_PUBLISHABLE_KEY_HINT
            error.args = (error._describe(),)
        return error

    @property
    def _base_path(self) -> str:
        """The path part of the base URL (``/api`` in ``https://example.com/api``)."""
        rest = self._url_base.split("://", 1)[1]
        return rest[rest.index("/") :] if "/" in rest else ""


def _empty() -> Any:
    from .._serde import JSONResponse

    return JSONResponse
