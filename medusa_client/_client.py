"""The transport: one ``requests.Session`` per client, auth state, and the request pipeline.

Every call of every resource goes through :meth:`Client.call` (a route of the table) or
:meth:`Client.request` (a path, for custom routes); both build one :class:`APIRequest` and
hand it to :meth:`Client.send_request`, which reads top to bottom:

1. encode the query (``_qs``) and the JSON body (``_serde``);
2. build the headers: defaults and credentials for the route (this API version's
   :meth:`Client._credential_headers`), then the client's ``custom_headers``, then the call's;
3. send it; after a failure ask the call's :class:`~medusa_client._retry.RetryState` whether
   and when to try again (the same ``Idempotency-Key`` on every attempt of a POST);
4. raise a typed error (:meth:`Client._status_error`) or structure the JSON into the result model.

What differs between Medusa v1 and v2 (credentials, tokens kept after a login, error bodies)
is in the methods marked "API version" below; ``medusa_client.v2._client`` overrides them.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import sys
import threading
import time
import uuid
from functools import partial
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    MutableMapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
)

import requests
import requests.auth
from requests.adapters import HTTPAdapter
from requests.sessions import merge_setting
from requests.utils import get_environ_proxies
from urllib3.exceptions import ReadTimeoutError

from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_POOL_SIZE,
    DEFAULT_TIMEOUT,
    PUBLISHABLE_KEY_ENV,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MedusaError,
    make_status_error,
)
from ._qs import encode_query
from ._retry import RetryState
from ._serde import EmptyResponse, JSONResponse, Model, Page, Response, converter, json_loads
from ._types import REQUEST_OPTION_NAMES, UNSET, TimeoutArg, Unset
from ._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from ._routes import Route, RouteTable

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "APIRequest", "Client", "ServerSentEvent", "parse_events"]

log = logging.getLogger("medusa_client")

R = TypeVar("R", bound=Response)

API_KEY_HEADER = "x-medusa-access-token"
PUBLISHABLE_KEY_HEADER = "x-publishable-api-key"
#: Headers that carry credentials: never sent to another host on a redirect.
SECRET_HEADERS: Tuple[str, ...] = (API_KEY_HEADER, "Authorization", PUBLISHABLE_KEY_HEADER, "Cookie")

_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_HEADER_VALUE_BAD = re.compile(r"[\r\n\x00]")
_USER_AGENT = (
    # sys.version's first word is what platform.python_version() returns (not imported for it)
    f"medusa-client-python/{__version__} python/{sys.version.split()[0]} requests/{requests.__version__}"
)

Files = Sequence[Tuple[str, Tuple[str, bytes, str]]]


class _NoNetrcAuth(requests.auth.AuthBase):
    """Session-level auth that changes nothing: its presence stops requests from reading
    ``~/.netrc`` (or ``$NETRC``) on every call and replacing ``Authorization: Bearer`` with
    the Basic credentials it finds there for the Medusa host."""

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        return r


class _RefusedRedirect(requests.RequestException):
    """A redirect that would re-send a request body to another origin."""


class _Session(requests.Session):
    """A Session that never carries credentials, or a request body, to another origin on a redirect.

    A redirect that leaves the origin is followed without the credential headers (GET/HEAD); one
    that would re-send a body there (307/308 after a write) is not followed at all.
    """

    def rebuild_auth(self, prepared_request: requests.PreparedRequest, response: requests.Response) -> None:
        # requests' own version also applies ~/.netrc credentials here: not done (see _NoNetrcAuth)
        old_url = response.request.url or ""
        if self.should_strip_auth(old_url, prepared_request.url or ""):  # type: ignore[no-untyped-call]
            if prepared_request.body is not None:
                raise _RefusedRedirect(response=response)
            for name in SECRET_HEADERS:
                prepared_request.headers.pop(name, None)


def _env(name: str) -> Optional[str]:
    value = os.environ.get(name)
    return value if value else None


def _check_timeout(timeout: Any) -> Union[float, Tuple[float, float]]:
    values = timeout if isinstance(timeout, tuple) else (timeout,)
    if len(values) not in (1, 2) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in values
    ):
        raise ValueError(f"timeout must be positive seconds or a (connect, read) pair, got {timeout!r}")
    return timeout  # type: ignore[no-any-return]


def _check_max_retries(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def _check_headers(headers: Any, where: str) -> Dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{where} must be a mapping of header names to values")
    checked: Dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ValueError(f"{where}: invalid header name {name!r}")
        if not isinstance(value, str):
            raise TypeError(f"{where}: the value of header {name} must be a str")
        if _HEADER_VALUE_BAD.search(value):
            raise ValueError(f"{where}: the value of header {name} contains CR, LF or NUL")
        checked[name] = value
    return checked


def _merge_headers(target: MutableMapping[str, str], extra: Mapping[str, str]) -> None:
    """``target.update(extra)`` with names compared case-insensitively (the last wins)."""
    if not extra:
        return
    lower = {name.lower(): name for name in target}
    for name, value in extra.items():
        existing = lower.get(name.lower())
        if existing is not None:
            del target[existing]
        target[name] = value
        lower[name.lower()] = name


def domain_of(path: str) -> Optional[str]:
    """``/admin``, ``/store`` or ``/auth`` when ``path`` is below it."""
    for domain in ("/admin", "/store", "/auth"):
        if path == domain or path.startswith(domain + "/"):
            return domain
    return None


class APIRequest:
    """Everything about one call: the route, what to send, and the per-call options (checked)."""

    __slots__ = (
        "cast_to",
        "files",
        "headers",
        "idempotent",
        "max_retries",
        "method",
        "options",
        "path",
        "payload",
        "public",
        "query",
        "replayable",
        "stream",
        "timeout",
    )

    def __init__(
        self,
        client: Client,
        method: str,
        path: str,
        cast_to: Type[Response],
        *,
        query: Any = None,
        payload: Any = UNSET,
        files: Optional[Files] = None,
        options: Mapping[str, Any],
        replayable: bool = False,
        public: bool = False,
        stream: bool = False,
    ) -> None:
        unknown = set(options) - REQUEST_OPTION_NAMES if options else None
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        idempotent = options.get("idempotent", False)
        if not isinstance(idempotent, bool):
            raise TypeError("idempotent must be a bool")
        timeout = options.get("timeout")
        self.method = method
        self.path = path  #: below the base URL, ids encoded; may carry a query of its own (custom routes)
        self.cast_to = cast_to
        self.query = _query_mapping(query)
        self.payload = UNSET if payload is None else payload
        self.files = files
        self.headers = _check_headers(options.get("custom_headers"), "custom_headers")
        self.timeout: TimeoutArg = client.timeout if timeout is None else _check_timeout(timeout)
        self.max_retries = _check_max_retries(options.get("max_retries", client.max_retries))
        self.idempotent = idempotent
        self.replayable = replayable or idempotent or method in ("GET", "HEAD", "OPTIONS")
        self.public = public
        self.options = dict(options)
        self.stream = stream  #: leave the body unread until iterated (server-sent events)

    @property
    def route_path(self) -> str:
        return self.path.split("?", 1)[0]


class Client:
    """Session, base URL, auth state and the request pipeline shared by all resources.

    One client is safe to share between threads. Credentials live on the instance only:
    ``api_key`` (``x-medusa-access-token`` on ``/admin`` routes), the admin and store JWTs
    (``Authorization: Bearer`` on ``/admin`` and ``/store`` routes respectively), the
    publishable key (``x-publishable-api-key`` on every request) and the session's cookies.
    """

    #: The API version: its route table (``_specs.table_for``) and what the methods below override.
    api = "v1"

    def __init__(
        self,
        base_url: Optional[str] = None,
        *,
        api_key: Optional[str] = None,
        publishable_api_key: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Optional[TimeoutArg] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        base_url = base_url or _env(BASE_URL_ENV) or DEFAULT_BASE_URL
        if not isinstance(base_url, str) or not re.match(r"^https?://[^/?#]+", base_url):
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        if "?" in base_url or "#" in base_url:
            raise ValueError("base_url must not contain a query or fragment")
        if not isinstance(pool_size, int) or pool_size < 10:
            raise ValueError(f"pool_size must be an int >= 10, got {pool_size!r}")
        self.base_url = base_url.rstrip("/")
        prepared_base = requests.PreparedRequest()
        prepared_base.prepare_url(self.base_url + "/", None)
        self._url_base = (prepared_base.url or self.base_url).rstrip("/")
        self.max_retries = _check_max_retries(max_retries)
        self.timeout: TimeoutArg = DEFAULT_TIMEOUT if timeout is None else _check_timeout(timeout)
        self.max_retry_after = float(max_retry_after)
        self.custom_headers = _check_headers(custom_headers, "custom_headers")
        # None: fall back to the environment; "": no key, whatever the environment says
        self.api_key = (api_key or None) if api_key is not None else _env(API_KEY_ENV)
        self.publishable_api_key = (
            (publishable_api_key or None) if publishable_api_key is not None else _env(PUBLISHABLE_KEY_ENV)
        )
        self._admin_token: Optional[str] = None
        self._store_token: Optional[str] = None
        self._sleep: Callable[[float], None] = time.sleep
        self._lock = threading.Lock()
        self.session: requests.Session = _Session()
        self.session.headers.clear()
        self.session.headers.update(
            {"User-Agent": _USER_AGENT, "Accept": "application/json", "Accept-Encoding": "gzip, deflate"}
        )
        self.session.auth = _NoNetrcAuth()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        # Proxies and CA bundle from the environment (HTTP(S)_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE,
        # CURL_CA_BUNDLE), read once here, as httpx does: requests' merge_environment_settings
        # scans os.environ twice on every call. Every call goes to this one host.
        self._env_proxies: Dict[str, str] = get_environ_proxies(self._url_base + "/")
        self._env_verify: Optional[str] = _env("REQUESTS_CA_BUNDLE") or _env("CURL_CA_BUNDLE")

    # ------------------------------------------------------------ options
    def with_options(
        self,
        *,
        timeout: Optional[TimeoutArg] = None,
        max_retries: Optional[int] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
    ) -> Client:
        """A client with other defaults that shares this one's connection pool, cookies and credentials.

        ``custom_headers`` are added to this client's (a name given again replaces it). The copy
        starts with this client's credentials and tokens; a login on either one changes that one only.
        """
        other = copy.copy(self)
        if timeout is not None:
            other.timeout = _check_timeout(timeout)
        if max_retries is not None:
            other.max_retries = _check_max_retries(max_retries)
        if custom_headers is not None:
            merged = dict(self.custom_headers)
            _merge_headers(merged, _check_headers(custom_headers, "custom_headers"))
            other.custom_headers = merged
        other._lock = threading.Lock()
        return other

    # ----------------------------------------------------------------- auth
    @property
    def api_key(self) -> Optional[str]:
        """The admin API token, sent as ``x-medusa-access-token`` on ``/admin`` routes."""
        return self._api_key

    @api_key.setter
    def api_key(self, value: Optional[str]) -> None:
        self._api_key = self._check_secret(value, "api_key")

    @property
    def publishable_api_key(self) -> Optional[str]:
        """The publishable key, sent as ``x-publishable-api-key`` on every request."""
        return self._publishable_api_key

    @publishable_api_key.setter
    def publishable_api_key(self, value: Optional[str]) -> None:
        self._publishable_api_key = self._check_secret(value, "publishable_api_key")

    @property
    def admin_token(self) -> Optional[str]:
        """The admin JWT sent as ``Authorization: Bearer`` on ``/admin`` routes."""
        return self._admin_token

    @property
    def store_token(self) -> Optional[str]:
        """The customer JWT sent as ``Authorization: Bearer`` on ``/store`` routes."""
        return self._store_token

    def set_admin_token(self, token: Optional[str]) -> None:
        """Use (or with ``None`` stop using) an admin JWT on this client."""
        self._admin_token = self._check_secret(token, "token")

    def set_store_token(self, token: Optional[str]) -> None:
        """Use (or with ``None`` stop using) a customer JWT on this client."""
        self._store_token = self._check_secret(token, "token")

    def clear_auth(self) -> None:
        """Forget the JWTs and the session cookies (the api key and publishable key stay)."""
        self._admin_token = self._store_token = None
        self.session.cookies.clear()

    @staticmethod
    def _check_secret(value: Optional[str], name: str) -> Optional[str]:
        if value is None:
            return None
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None")
        if _HEADER_VALUE_BAD.search(value) or value != value.strip() or not value:
            raise ValueError(f"{name} must be a non-empty string without spaces around it or line breaks")
        return value

    def _held_credentials(self) -> List[str]:
        """API version: the names (never the values) of the credentials this client holds."""
        pairs = (
            ("api_key", self._api_key),
            ("admin_token", self._admin_token),
            ("store_token", self._store_token),
            ("publishable_api_key", self._publishable_api_key),
        )
        return [name for name, value in pairs if value]

    def _credential_headers(self, method: str, path: str, public: bool) -> Dict[str, str]:
        """API version (v1): ``x-medusa-access-token`` and the admin JWT on ``/admin``, the customer
        JWT on ``/store``, the publishable key everywhere; nothing secret on ``public`` routes."""
        headers: Dict[str, str] = {}
        # read each credential once: another thread may change it while this call is built
        api_key, admin_token, store_token = self._api_key, self._admin_token, self._store_token
        publishable_key = self._publishable_api_key
        domain = domain_of(path)
        if domain == "/admin" and not public:
            if api_key:
                headers[API_KEY_HEADER] = api_key
            if admin_token:
                headers["Authorization"] = f"Bearer {admin_token}"
        elif domain == "/store" and store_token:
            headers["Authorization"] = f"Bearer {store_token}"
        if publishable_key:
            headers[PUBLISHABLE_KEY_HEADER] = publishable_key
        return headers

    def _keep_token(self, route: Route, result: Response) -> None:
        """API version (v1): a login route's ``access_token`` is used on its domain from now on."""
        token = getattr(result, "access_token", None)
        if isinstance(token, str):
            if domain_of(route.path) == "/admin":
                self.set_admin_token(token)
            else:
                self.set_store_token(token)

    def _status_error(self, response: requests.Response, body: Any) -> APIStatusError:
        """API version: the typed error of an error response (v1 and v2 bodies are ``{type, message}``)."""
        return make_status_error(response, body)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} credentials={self._held_credentials()}>"

    # ------------------------------------------------------------ lifecycle
    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- calls
    def call(
        self, route: Route, ids: Sequence[str], payload: Any, query: Any, options: Mapping[str, Any]
    ) -> Any:
        """Call one method of the route table: ``ids`` fill its path, in order."""
        path = route.build_path(ids)
        files = None
        if "upload" in route.flags:
            files, payload = read_files(payload), UNSET
        request = APIRequest(
            self,
            route.method,
            path,
            route.result_model,
            query=query,
            payload=payload,
            files=files,
            options=options,
            replayable="replayable" in route.flags,
            public="public" in route.flags,
        )
        result = self.send_request(request)
        if "token" in route.flags:
            self._keep_token(route, result)
        return result

    def request(
        self,
        method: str,
        path: str,
        cast_to: Type[R],
        *,
        query: Any = None,
        payload: Any = UNSET,
        files: Optional[Files] = None,
        options: Mapping[str, Any],
    ) -> R:
        """Send one call to ``path`` (ids already encoded; it may carry a query, to which ``query``
        is appended) and return ``cast_to`` structured from the body.

        When ``path`` is a route of the table, its flags apply as they do to the method
        (no credentials on public routes, retries of replayable POSTs).
        """
        route = self._route_table().find(method, path.split("?", 1)[0])
        flags = route.flags if route is not None else frozenset()
        request = APIRequest(
            self,
            method,
            path,
            cast_to,
            query=query,
            payload=payload,
            files=files,
            options=options,
            replayable="replayable" in flags,
            public="public" in flags,
        )
        return self.send_request(request)  # type: ignore[return-value]

    def _route_table(self) -> RouteTable:
        """The route table of this client's API version."""
        from ._specs import table_for

        return table_for(self.api)

    def _url(self, request: APIRequest) -> str:
        """The URL of a request: the base URL, its path, and its query (after one the path may have)."""
        url = self._url_base + request.path
        encoded = encode_query(request.query) if request.query else ""
        if encoded:  # a query of None values only encodes to nothing: no bare "?"
            url += ("&" if "?" in request.path else "?") + encoded
        return url

    def send_request(self, request: APIRequest) -> Response:
        body: Optional[bytes] = None
        if not isinstance(request.payload, Unset):
            data = _payload_data(request.payload)
            body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        headers = self._headers(request, has_json=body is not None)
        response = self._send(request, self._url(request), headers, body)
        result = self._parse(response, request.cast_to)
        if isinstance(result, Page):
            result._next_page = partial(self._next_page, request)  # type: ignore[attr-defined]
        return result

    def _next_page(self, request: APIRequest, offset: int) -> Response:
        following = copy.copy(request)
        following.query = {**request.query, "offset": offset}
        return self.send_request(following)

    def fetch_stream(
        self,
        path: str,
        *,
        query: Any = None,
        options: Optional[Mapping[str, Any]] = None,
    ) -> Iterator[ServerSentEvent]:
        """The server-sent events of ``GET path`` (js-sdk's ``client.fetchStream``), parsed as they arrive.

        Same credentials, headers, retries (before the answer starts) and timeouts as any call; the
        read timeout applies between two chunks of the stream. Closing the iterator (or leaving a
        ``for`` loop) closes the connection. An error status raises its typed error on the first
        ``next()``. ``path`` is below the base URL, ids encoded (``_paths.build_path``).
        """
        request = APIRequest(
            self, "GET", path, EmptyResponse, query=query, options=options or {}, stream=True
        )
        request.headers = {"Accept": "text/event-stream", **request.headers}
        url = self._url(request)
        response = self._send(request, url, self._headers(request, has_json=False), None)
        try:
            if not 200 <= response.status_code < 300:
                self._parse(response, EmptyResponse)  # raises the typed error
            yield from parse_events(response.iter_content(chunk_size=None))
        except requests.RequestException as exc:
            raise _connection_error(exc, "GET", url, 1) from exc
        finally:
            response.close()

    def _headers(self, request: APIRequest, has_json: bool) -> Dict[str, str]:
        headers = self._credential_headers(request.method, request.route_path, request.public)
        if has_json:
            headers["Content-Type"] = "application/json"
        if request.method == "POST":
            headers["Idempotency-Key"] = str(uuid.uuid4())
        _merge_headers(headers, self.custom_headers)
        _merge_headers(headers, request.headers)
        return headers

    def _send(
        self, request: APIRequest, url: str, headers: Dict[str, str], body: Optional[bytes]
    ) -> requests.Response:
        """Send, and repeat as the call's RetryState allows (see ``_retry`` for the table)."""
        method, path = request.method, request.route_path
        retry = RetryState(request.max_retries, request.replayable, self.max_retry_after)
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            try:
                response = self._send_once(
                    method, url, headers, body, request.files, request.timeout, stream=request.stream
                )
            except _RefusedRedirect as exc:
                return exc.response  # type: ignore[return-value]  # always set by rebuild_auth
            except requests.RequestException as exc:
                elapsed = (time.monotonic() - started) * 1000
                log.debug(
                    "%s %s failed: %s (attempt %d, %.0f ms)",
                    method,
                    path,
                    type(exc).__name__,
                    attempt,
                    elapsed,
                )
                wait = retry.after_exception(exc)
                if wait is None:
                    raise _connection_error(exc, method, url, attempt) from exc
                self._sleep(wait)
                continue
            elapsed = (time.monotonic() - started) * 1000
            log.debug(
                "%s %s -> %d (attempt %d, %.0f ms)", method, path, response.status_code, attempt, elapsed
            )
            if response.status_code < 400:
                return response
            wait = retry.after_status(response.status_code, response.headers.get("Retry-After"))
            if wait is None:
                return response
            response.close()
            self._sleep(wait)

    def _send_once(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes],
        files: Optional[Files],
        timeout: TimeoutArg,
        *,
        stream: bool = False,
    ) -> requests.Response:
        session = self.session
        prepared = session.prepare_request(
            requests.Request(method, url, headers=headers, data=body, files=files)
        )
        # requests "requotes" URLs and would turn an encoded id "%2E%2E" back into "..", a path
        # segment that proxies resolve; the URL is already encoded, so it is sent as built.
        prepared.url = url
        # what session.merge_environment_settings(url, {}, None, None, None) gives, environment cached
        env_proxies = self._env_proxies if session.trust_env else {}
        env_verify = self._env_verify if session.trust_env else None
        proxies = (
            merge_setting(dict(env_proxies), session.proxies)  # type: ignore[no-untyped-call]
            if session.proxies
            else dict(env_proxies)
        )
        verify = env_verify if env_verify is not None else session.verify
        return session.send(
            prepared,
            timeout=timeout,
            allow_redirects=True,
            proxies=proxies,
            stream=stream or session.stream,
            verify=verify,
            cert=session.cert,
        )

    def _parse(self, response: requests.Response, cast_to: Type[R]) -> R:
        content = response.content
        is_json = "json" in response.headers.get("Content-Type", "")
        if not 200 <= response.status_code < 300:  # a 1xx as the final answer is no success either
            body: Any = None
            if is_json and content:
                try:
                    body = json_loads(content)
                except (ValueError, RecursionError):
                    body = None
            raise self._status_error(response, body)
        plain_text = response.headers.get("Content-Type", "").startswith("text/plain")
        empty = not content or content.isspace()
        if (empty or plain_text) and issubclass(cast_to, EmptyResponse):
            # routes that answer ``res.sendStatus(200)`` send the text "OK": nothing to structure
            data: Any = {}
        elif empty:
            # A typed route that answers JSON never answers nothing: this is a response cut inside
            # its head and closed, or a proxy's. Only an untyped custom route may (JSONResponse).
            if cast_to is not JSONResponse:
                raise APIResponseValidationError(
                    f"{response.status_code} response to {_where(response)} has an empty body, "
                    f"{cast_to.__name__} expected",
                    response=response,
                )
            data = {}
        else:
            try:
                data = json_loads(content)
            except (ValueError, RecursionError) as exc:
                kind = response.headers.get("Content-Type") or "no content type"
                raise APIResponseValidationError(
                    f"{response.status_code} response to {_where(response)} is not valid JSON "
                    f"({kind}): {exc}",
                    response=response,
                ) from None
        try:
            result = converter.structure(data, cast_to)
        except MedusaError:
            raise
        except Exception as exc:
            raise APIResponseValidationError(
                f"{response.status_code} response to {_where(response)} does not fit "
                f"{cast_to.__name__}: {exc}",
                response=response,
            ) from None
        result._response = response  # type: ignore[attr-defined]
        return result


def _where(response: requests.Response) -> str:
    request = response.request
    return f"{request.method} {(request.path_url or '').split('?', 1)[0]}"


def _connection_error(
    exc: requests.RequestException, method: str, url: str, attempts: int
) -> APIConnectionError:
    target = url.split("?", 1)[0]
    suffix = f" after {attempts} attempt{'s' if attempts > 1 else ''}"
    inner: Any = exc.args[0] if exc.args else None
    reason = getattr(inner, "reason", None) or inner
    # requests raises a read timeout in the middle of a body as a ConnectionError
    if isinstance(exc, requests.Timeout) or isinstance(reason, ReadTimeoutError):
        kind = "connect" if isinstance(exc, requests.ConnectTimeout) else "read"
        return APITimeoutError(f"{method} {target}: {kind} timeout{suffix}", method=method, url=target)
    name = type(reason).__name__ if isinstance(reason, BaseException) else type(exc).__name__
    return APIConnectionError(
        f"{method} {target}: connection failed ({name}){suffix}", method=method, url=target
    )


def _query_mapping(query: Any) -> Dict[str, Any]:
    if query is None:
        return {}
    if isinstance(query, Model):
        data: Dict[str, Any] = converter.unstructure(query)
        return data
    if isinstance(query, Mapping):
        return dict(query)
    raise TypeError(f"query must be a Params model, a mapping or None, not {type(query).__name__}")


def _payload_data(payload: Any) -> Any:
    if isinstance(payload, Model):
        return converter.unstructure(payload)
    if isinstance(payload, Mapping):
        return converter.unstructure(dict(payload))
    raise TypeError(f"payload must be a model or a mapping, not {type(payload).__name__}")


def _is_named(item: Any) -> bool:
    """A ``(file name, bytes, mime type)`` tuple."""
    return (
        isinstance(item, tuple)
        and len(item) == 3
        and isinstance(item[0], str)
        and isinstance(item[1], (bytes, bytearray))
        and isinstance(item[2], str)
    )


def read_files(files: Any) -> List[Tuple[str, Tuple[str, bytes, str]]]:
    """Multipart ``files`` parts from paths, bytes, file objects or ``(name, bytes, mime)`` tuples.

    Everything is read once, so retries resend the same bytes.
    """
    single = (
        isinstance(files, (str, bytes, bytearray, os.PathLike)) or hasattr(files, "read") or _is_named(files)
    )
    items = [files] if single else list(files)
    if not items:
        raise ValueError("no file given")
    parts: List[Tuple[str, Tuple[str, bytes, str]]] = []
    for index, item in enumerate(items):
        if _is_named(item):
            parts.append(("files", (item[0], bytes(item[1]), item[2])))
            continue
        if isinstance(item, (bytes, bytearray)):
            name, data = f"file{index}", bytes(item)
        elif isinstance(item, (str, os.PathLike)):
            name = os.path.basename(os.fspath(item))
            with open(item, "rb") as handle:
                data = handle.read()
        elif hasattr(item, "read"):
            data = item.read()
            if isinstance(data, str):
                data = data.encode()
            name = os.path.basename(str(getattr(item, "name", "") or f"file{index}"))
        else:
            raise TypeError(f"cannot upload a {type(item).__name__}: give a path, bytes or a file object")
        parts.append(("files", (name, data, "application/octet-stream")))
    return parts


class ServerSentEvent:
    """One event of a ``text/event-stream``: ``event`` (its type), ``data``, ``id``, ``retry``."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self,
        event: Optional[str] = None,
        data: str = "",
        id: Union[int, str, None] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        """``data`` decoded as JSON."""
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (
            other.event,
            other.data,
            other.id,
            other.retry,
        )

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"
        )


def parse_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Events from the bytes of a ``text/event-stream`` (the WHATWG rules, as js-sdk's parser applies them).

    Lines end with CRLF, LF or CR; a blank line ends an event; ``:`` starts a comment; ``data``
    lines are joined with ``\\n``; a numeric ``id`` becomes an ``int``, a numeric ``retry`` too; an
    event without any field is skipped, and so is one the stream ends in (no blank line after it).
    """
    buffer = b""
    fields: Dict[str, Any] = {}
    data: List[str] = []
    for chunk in chunks:
        buffer += chunk
        while True:
            match = _LINE_END.search(buffer)
            if match is None or (match.group() == b"\r" and match.end() == len(buffer)):
                break  # a CR at the end may be the first half of a CRLF
            line, buffer = buffer[: match.start()].decode("utf-8", "replace"), buffer[match.end() :]
            if line == "":
                if data or fields:
                    yield ServerSentEvent(
                        fields.get("event"), "\n".join(data), fields.get("id"), fields.get("retry")
                    )
                fields, data = {}, []
                continue
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "data":
                data.append(value)
            elif name == "event":
                fields["event"] = value
            elif name == "id":
                fields["id"] = int(value) if value.isdigit() else value
            elif name == "retry" and value.isdigit():
                fields["retry"] = int(value)


_LINE_END = re.compile(rb"\r\n|\n|\r")
