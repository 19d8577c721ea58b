"""Test code that calls Medusa without a server: fake responses by method, recorded calls, real error bodies.

>>> from medusa_client.testing import MedusaMock
>>> with MedusaMock() as mock:
...     mock.admin.customer_groups.create.returns({"customer_group": {"id": "cgrp_1", "name": "VIP"}})
...     ...  # code under test calls medusa.admin.customer_groups.create({"name": "VIP"})
...     assert mock.admin.customer_groups.create.calls[0].payload == {"name": "VIP"}

``MedusaMock`` intercepts the HTTP requests of every ``Medusa`` client in the process (it is built on
``responses``, a test dependency), so the code under test keeps its own client and settings. Its tree
mirrors ``Medusa``'s (``mock.admin.<resource>.<method>``, ``mock.<store resource>.<method>``, nested
ones such as ``mock.carts.line_items.create``), read from the resource tree by introspection; the verb
and path template of each method are found by calling it once against a recording transport.
``mock.on(lambda m: m.admin.customer_groups.create)`` reaches the same method mock with its result
type checked by mypy.

With pytest, import the fixture into your ``conftest.py``::

    from medusa_client.testing import medusa_mock  # noqa: F401

See docs/testing.md.
"""

from __future__ import annotations

import email.message
import email.parser
import functools
import json
import re
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Pattern,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import parse_qsl, unquote, urlsplit

import requests
import responses

from . import _exceptions as errors
from ._medusa import Medusa

if TYPE_CHECKING:  # pragma: no cover
    from .v2 import Medusa as MedusaV2
from ._qs import encode_query
from ._serde import EmptyResponse, Model, Response, converter, unstructure
from ._specs import MethodSpec, ResourceSpec, nest_pairs, resolve, resource_tree, table_for

__all__ = [
    "ANY",
    "Call",
    "MedusaMock",
    "MethodMock",
    "Reply",
    "ResourceMock",
    "Route",
    "UnmockedRequestError",
    "error_reply",
    "MedusaMockV2",
    "medusa_mock",
    "medusa_mock_v2",
    "routes",
    "status_reply",
]

R = TypeVar("R", bound=Response)
_M = TypeVar("_M", bound="MedusaMock")

#: Default host of :meth:`MedusaMock.client`.
DEFAULT_BASE_URL = "http://medusa.test"


class _AnyValue:
    """Equal to everything: ``assert_called_once_with(payload=ANY)``."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _AnyValue()


class UnmockedRequestError(AssertionError):
    """A request reached a :class:`MedusaMock` that has no response for it."""


# --------------------------------------------------------------------------- routes


@dataclass(frozen=True)
class Route:
    """Verb and path template of one or more methods, from the route table."""

    http_method: str
    template: str  # "/admin/customer-groups/{id}"
    specs: Tuple[MethodSpec, ...]  # usually one; two attribute paths may share a class (aliases)
    regex: Pattern[str]
    ids: Tuple[str, ...]
    rank: Tuple[int, ...]  # sorts specific templates (literal segments first) before general ones


@functools.lru_cache(maxsize=2)
def routes(api: str = "v1") -> Tuple[Route, ...]:
    """Every route of an API version's tree, most specific first (read from its route table)."""
    found: Dict[Tuple[str, str], List[MethodSpec]] = {}
    rows: Dict[Tuple[str, str], Any] = {}
    for spec in resource_tree(table_for(api)).all_methods():
        key = (spec.route.method, spec.route.path)
        found.setdefault(key, []).append(spec)
        rows[key] = spec.route
    result = []
    for key, specs in found.items():
        row = rows[key]
        result.append(Route(row.method, row.path, tuple(specs), row.regex, row.path_params, row.rank))
    result.sort(key=lambda route: (route.rank, route.template))
    return tuple(result)


# --------------------------------------------------------------------------- replies


@dataclass(frozen=True)
class Reply:
    """One fake HTTP answer: a status, a body and headers, or an exception raised by the transport."""

    status: int = 200
    body: Union[bytes, str, None] = None
    json: Any = None
    content_type: Optional[str] = None
    headers: Mapping[str, str] = field(default_factory=dict)
    exception: Optional[BaseException] = None


#: Statuses the client may retry: their replies carry ``Retry-After: 0`` so that tests do not sleep.
_RETRY_STATUSES = frozenset({409, 429, 500, 502, 503, 504})

#: The body the real v1 server sends for each error class: (status, type, code, default message).
_ERROR_BODIES: Dict[Type[errors.MedusaError], Tuple[int, Optional[str], Optional[str], str]] = {
    errors.InvalidDataError: (400, "invalid_data", None, "Invalid request data"),
    errors.NotAllowedError: (400, "not_allowed", None, "Not allowed"),
    errors.NotFoundError: (404, "not_found", None, "Not found"),
    errors.ConflictError: (
        409,
        "conflict",
        "invalid_state_error",
        "The request conflicted with another request. You may retry the request with the provided "
        "Idempotency-Key.",
    ),
    errors.DuplicateError: (422, "duplicate_error", "invalid_request_error", "Key already exists."),
    errors.PaymentAuthorizationError: (
        422,
        "payment_authorization_error",
        None,
        "Payment authorization failed",
    ),
    errors.UnprocessableEntityError: (422, "unexpected_state", None, "Unprocessable entity"),
    errors.PermissionDeniedError: (403, None, None, "Forbidden"),
    errors.ServerError: (500, "unknown_error", "unknown_error", "An unknown error occurred."),
}


def status_reply(
    status: int,
    *,
    type: Optional[str] = None,
    message: Optional[str] = None,
    code: Optional[str] = None,
    body: Union[bytes, str, Mapping[str, Any], None] = None,
    headers: Optional[Mapping[str, str]] = None,
    api: str = "v1",
) -> Reply:
    """An error answer as the server of ``api`` (``v1`` or ``v2``) writes it.

    JSON ``{"type", "message"}`` (``{"code", "type", "message"}`` with a ``code``) when ``type`` or
    ``message`` is given; without them, 401 is what the server's auth middleware answers (v1: the
    plain text ``Unauthorized``; v2: ``{"message": "Unauthorized"}``) and other statuses the server's
    JSON for that status. ``body`` replaces the body.
    """
    extra = dict(headers or {})
    if status in _RETRY_STATUSES:
        extra.setdefault("Retry-After", "0")
    if body is not None:
        if isinstance(body, Mapping):
            return Reply(status, json=dict(body), headers=extra)
        return Reply(status, body=body, content_type="text/plain; charset=utf-8", headers=extra)
    if type is None and message is None and code is None:
        if status == 401:
            if api == "v2":
                return Reply(status, json={"message": "Unauthorized"}, headers=extra)
            return Reply(status, body="Unauthorized", headers=extra)
        if status == 429:
            return Reply(status, body="Too Many Requests", content_type="text/plain", headers=extra)
        for error_status, error_type, error_code, error_message in _ERROR_BODIES.values():
            if error_status == status:
                type, code, message = error_type, error_code, error_message
                break
        else:
            type, code, message = "unknown_error", "unknown_error", "An unknown error occurred."
    data: Dict[str, Any] = {}
    if code is not None:
        data["code"] = code
    data["type"] = type if type is not None else "unknown_error"
    data["message"] = message if message is not None else ""
    return Reply(status, json=data, headers=extra)


def error_reply(
    error: Type[errors.MedusaError],
    message: Optional[str] = None,
    *,
    code: Optional[str] = None,
    api: str = "v1",
) -> Reply:
    """The answer that makes the client raise ``error``: the real body for its status and type.

    Status errors get the server's JSON body (401 its plain text); :class:`~medusa_client.APITimeoutError`
    and :class:`~medusa_client.APIConnectionError` make the transport fail (the client retries them with
    its back-off, as for real); :class:`~medusa_client.APIResponseValidationError` is a 200 that is not
    JSON.
    """
    if not (isinstance(error, type) and issubclass(error, errors.MedusaError)):
        raise TypeError(f"error must be a errors.MedusaError subclass, got {error!r}")
    if issubclass(error, errors.APITimeoutError):
        return Reply(exception=requests.exceptions.ReadTimeout(message or "read timed out (medusa mock)"))
    if issubclass(error, errors.APIConnectionError):
        return Reply(
            exception=requests.exceptions.ConnectionError(message or "connection refused (medusa mock)")
        )
    if issubclass(error, errors.APIResponseValidationError):
        return Reply(200, body=message or "<html>not JSON</html>", content_type="text/html")
    if issubclass(error, errors.UnauthorizedError):
        if message:
            return status_reply(401, body={"message": message} if api == "v2" else message, api=api)
        return status_reply(401, api=api)
    if issubclass(error, errors.RateLimitError):
        return status_reply(429, body=message, api=api) if message else status_reply(429, api=api)
    for known, (status, error_type, default_code, default_message) in _ERROR_BODIES.items():
        if issubclass(error, known):
            return status_reply(
                status,
                type=error_type,
                code=code if code is not None else default_code,
                message=message if message is not None else default_message,
            )
    if error is errors.APIStatusError or error is errors.MedusaError:
        raise TypeError(f"{error.__name__} has no single status: use raises_status(status, ...)")
    raise TypeError(f"no reply makes the client raise {error.__name__}")  # pragma: no cover


# --------------------------------------------------------------------------- calls


@dataclass
class Call:
    """One request a :class:`MedusaMock` intercepted, decoded."""

    name: Optional[str]  # the method, dotted: "admin.customer_groups.create" (None when unmatched)
    http_method: str
    path: str  # as sent, ids percent-encoded
    url: str
    ids: Dict[str, str]  # path ids by parameter name, decoded
    query: Dict[str, Any]  # decoded like qs.parse: values are strings, nested keys are dicts/lists
    payload: Any  # the decoded JSON body, or None
    headers: Mapping[str, str]  # case-insensitive
    files: List[Tuple[str, bytes]]  # (file name, content) of a multipart upload

    @property
    def idempotency_key(self) -> Optional[str]:
        return self.headers.get("Idempotency-Key")

    def matches(self, ids: Sequence[str], named: Mapping[str, str], payload: Any, query: Any) -> bool:
        values = list(self.ids.values())
        if list(ids) != values[: len(ids)] or any(self.ids.get(k) != v for k, v in named.items()):
            return False
        return bool(_normal(payload) == self.payload) and bool(_normal_query(query) == self.query)

    def describe(self) -> str:
        parts = [f"{self.http_method} {self.path}"]
        if self.query:
            parts.append(f"query={self.query!r}")
        if self.payload is not None:
            parts.append(f"payload={self.payload!r}")
        return " ".join(parts)


def _normal(value: Any) -> Any:
    """A payload as the JSON the server receives (models as their ``to_dict()``)."""
    if isinstance(value, _AnyValue):
        return value
    if isinstance(value, Model):
        return value.to_dict()
    return unstructure(value) if isinstance(value, Mapping) else value


def _normal_query(value: Any) -> Any:
    """A query as the server receives it: encoded like the client does, then decoded (values are str)."""
    if isinstance(value, _AnyValue) or value is None:
        return value if value is not None else {}
    data = converter.unstructure(value) if isinstance(value, Model) else value
    if not isinstance(data, Mapping):
        return data
    return nest_pairs(parse_qsl(encode_query(data), keep_blank_values=True))


def _decode_body(request: requests.PreparedRequest) -> Tuple[Any, List[Tuple[str, bytes]]]:
    body = request.body
    if body is None or body == b"" or body == "":
        return None, []
    raw = body.encode() if isinstance(body, str) else bytes(body)
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("multipart/"):
        message = email.parser.BytesParser().parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
        )
        files = []
        parts = message.get_payload()
        for part in parts if isinstance(parts, list) else []:
            if isinstance(part, email.message.Message):
                data = part.get_payload(decode=True)
                files.append((part.get_filename() or "", data if isinstance(data, bytes) else b""))
        return None, files
    try:
        return json.loads(raw), []
    except ValueError:
        return raw.decode("utf-8", errors="replace"), []


# --------------------------------------------------------------------------- method mocks


Outcome = Union[R, Mapping[str, Any], Reply, Callable[[Call], Any], None]


@dataclass
class _Stub:
    ids: Tuple[str, ...]
    named: Dict[str, str]
    outcomes: List[Any]
    used: int = 0

    def accepts(self, call_ids: Mapping[str, str]) -> bool:
        values = list(call_ids.values())
        if list(self.ids) != values[: len(self.ids)]:
            return False
        return all(call_ids.get(k) == v for k, v in self.named.items())

    @property
    def specific(self) -> bool:
        return bool(self.ids or self.named)

    def next_outcome(self) -> Any:
        outcome = self.outcomes[min(self.used, len(self.outcomes) - 1)]
        self.used += 1
        return outcome


class _MethodState:
    """Stubs and calls of one method, shared by its ``with_ids`` views."""

    def __init__(self, spec: MethodSpec, route: Route, api: str) -> None:
        self.spec = spec
        self.route = route
        self.api = api
        self.stubs: List[_Stub] = []
        self.calls: List[Call] = []

    def stub_for(self, call_ids: Mapping[str, str]) -> Optional[_Stub]:
        for specific in (True, False):
            for stub in reversed(self.stubs):
                if stub.specific == specific and stub.accepts(call_ids):
                    return stub
        return None


class MethodMock(Generic[R]):
    """The fake of one method: ``mock.admin.customer_groups.create``.

    ``returns``/``raises``/``raises_status`` set what matching requests get (the last setting for the
    same ids wins); ``with_ids(...)`` narrows to requests with those path ids; ``calls`` records every
    request (of these ids).
    """

    def __init__(
        self, state: _MethodState, ids: Tuple[str, ...] = (), named: Optional[Dict[str, str]] = None
    ):
        self._state = state
        self._ids = ids
        self._named = dict(named or {})

    # ---------------------------------------------------------------- identity
    @property
    def name(self) -> str:
        """``admin.customer_groups.create``"""
        return self._state.spec.dotted

    @property
    def http_method(self) -> str:
        return self._state.route.http_method

    @property
    def template(self) -> str:
        """The path template: ``/admin/customer-groups/{id}``."""
        return self._state.route.template

    @property
    def id_names(self) -> Tuple[str, ...]:
        return self._state.route.ids

    def __repr__(self) -> str:
        narrowed = f" with_ids{self._ids + tuple(self._named.values())}" if self._ids or self._named else ""
        return f"<MethodMock {self.name}: {self.http_method} {self.template}{narrowed}>"

    # ---------------------------------------------------------------- behaviour
    def with_ids(self, *ids: str, **named: str) -> MethodMock[R]:
        """This method for requests with these path ids only (positional in path order, or by name)."""
        if len(ids) > len(self.id_names):
            raise TypeError(f"{self.name} has {len(self.id_names)} path id(s) ({', '.join(self.id_names)})")
        unknown = set(named) - set(self.id_names)
        if unknown:
            raise TypeError(f"{self.name} has no path id {', '.join(sorted(unknown))}")
        if not all(isinstance(value, str) for value in (*ids, *named.values())):
            raise TypeError("path ids must be str")
        return MethodMock(self._state, self._ids + ids, {**self._named, **named})

    def returns(self, *outcomes: Outcome[R]) -> MethodMock[R]:
        """Answer matching requests with these results, in turn; the last one repeats.

        Each outcome is a result model (``AdminCustomerGroupsRes(...)``, sent as its ``to_dict()``), a
        plain JSON mapping, a :class:`Reply` (:func:`status_reply`, :func:`error_reply`), ``None`` (the
        empty answer of methods that return nothing), or a callable taking the :class:`Call` and
        returning one of these.
        """
        if not outcomes:
            raise TypeError("returns() needs at least one outcome")
        stubs = self._state.stubs
        stubs[:] = [s for s in stubs if (s.ids, s.named) != (self._ids, self._named)]
        stubs.append(_Stub(self._ids, dict(self._named), list(outcomes)))
        return self

    def raises(
        self, error: Type[errors.MedusaError], message: Optional[str] = None, *, code: Optional[str] = None
    ) -> MethodMock[R]:
        """Answer so that the client raises ``error`` (the real error body; see :func:`error_reply`)."""
        return self.returns(error_reply(error, message, code=code, api=self._state.api))

    def raises_status(
        self,
        status: int,
        *,
        type: Optional[str] = None,
        message: Optional[str] = None,
        code: Optional[str] = None,
        body: Union[bytes, str, Mapping[str, Any], None] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> MethodMock[R]:
        """Answer with an error status (see :func:`status_reply`)."""
        return self.returns(
            status_reply(
                status, type=type, message=message, code=code, body=body, headers=headers, api=self._state.api
            )
        )

    def reset(self) -> None:
        """Forget the answers and the calls of this method (all ids)."""
        self._state.stubs.clear()
        self._state.calls.clear()

    # ---------------------------------------------------------------- calls
    @property
    def calls(self) -> List[Call]:
        """The requests this method received (for these ids), oldest first."""
        probe = _Stub(self._ids, self._named, [])
        return [call for call in self._state.calls if probe.accepts(call.ids)]

    @property
    def call_count(self) -> int:
        return len(self.calls)

    @property
    def called(self) -> bool:
        return bool(self.calls)

    @property
    def last_call(self) -> Call:
        calls = self.calls
        if not calls:
            raise AssertionError(f"{self.name} was not called")
        return calls[-1]

    def assert_called(self) -> None:
        if not self.calls:
            raise AssertionError(f"expected {self.name} to be called; it was not")

    def assert_not_called(self) -> None:
        calls = self.calls
        if calls:
            raise AssertionError(
                f"expected {self.name} not to be called; it was called {len(calls)} time(s): "
                + "; ".join(call.describe() for call in calls)
            )

    def assert_called_once(self) -> None:
        count = self.call_count
        if count != 1:
            raise AssertionError(f"expected {self.name} to be called once; it was called {count} time(s)")

    def assert_called_with(self, *ids: str, payload: Any = ANY, query: Any = ANY, **named: str) -> None:
        """The last call had these ids (positional, or by name), payload and query (``ANY`` by default)."""
        call = self.last_call
        if not call.matches(ids, named, payload, query):
            raise AssertionError(
                f"{self.name}: expected call with ids={list(ids) or named or 'ANY'} payload={payload!r} "
                f"query={query!r}; last call: {call.describe()}"
            )

    def assert_called_once_with(self, *ids: str, payload: Any = ANY, query: Any = ANY, **named: str) -> None:
        self.assert_called_once()
        self.assert_called_with(*ids, payload=payload, query=query, **named)


class ResourceMock:
    """A resource of the mock tree: its methods and nested resources are attributes."""

    def __init__(
        self, node: ResourceSpec, methods: Mapping[str, MethodMock[Any]], children: Mapping[str, Any]
    ):
        self._node = node
        self._members: Dict[str, Any] = {**methods, **children}

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_members"][name]
        except KeyError:
            import difflib

            where = ".".join(self.__dict__["_node"].path) or "the mock"
            close = difflib.get_close_matches(name, list(self.__dict__["_members"]), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise AttributeError(f"{where} has no resource or method {name!r}{hint}") from None

    def __dir__(self) -> List[str]:
        return sorted(self._members)

    def __repr__(self) -> str:
        return f"<ResourceMock {'.'.join(self._node.path) or 'medusa'}>"


# --------------------------------------------------------------------------- the mock


class MedusaMock:
    """Fake Medusa v1 server for tests: start it (``with MedusaMock() as mock``), set answers, check calls.

    :class:`MedusaMockV2` is the same for ``medusa_client.v2`` clients.

    ``base_url``: only requests below it are intercepted (needed when your client uses a path prefix
    such as ``https://shop.example/api``); by default any host's ``/admin/...`` and ``/store/...``.
    ``requests_mock``: an active ``responses.RequestsMock`` to register on (when your tests use
    ``responses`` for other services too); by default the mock starts its own.
    ``assert_all_used``: fail on exit when an answer was set but never requested.
    ``passthrough``: URL prefixes sent to the network for real.
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        *,
        requests_mock: Optional[responses.RequestsMock] = None,
        assert_all_used: bool = False,
        passthrough: Sequence[str] = (),
    ) -> None:
        self.api = self._API
        self.base_url = base_url.rstrip("/") if base_url else None
        self.assert_all_used = assert_all_used
        self._own = requests_mock is None
        self._rsps = requests_mock or responses.RequestsMock(assert_all_requests_are_fired=False)
        self._passthrough = tuple(passthrough)
        self._registered: List[Any] = []
        self._started = False
        self.calls: List[Call] = []
        self.unmatched: List[Call] = []
        self._by_func: Dict[Tuple[str, ...], MethodMock[Any]] = {}
        self._states: Dict[str, _MethodState] = {}
        self._routes = routes(self.api)
        route_of = {spec.dotted: route for route in self._routes for spec in route.specs}
        self._root = self._build(resource_tree(table_for(self.api)), route_of)
        self.admin: ResourceMock = self._root.admin
        self._template: Optional[Any] = None

    def _build(self, node: ResourceSpec, route_of: Mapping[str, Route]) -> ResourceMock:
        methods: Dict[str, MethodMock[Any]] = {}
        for name, spec in node.methods.items():
            state = _MethodState(spec, route_of[spec.dotted], self.api)
            self._states[spec.dotted] = state
            methods[name] = MethodMock(state)
            key: Tuple[str, ...] = (*spec.path, name)
            self._by_func[key] = methods[name]
        children = {name: self._build(child, route_of) for name, child in node.children.items()}
        return ResourceMock(node, methods, children)

    _API = "v1"
    _DOMAINS = "admin|store"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._root, name)

    def _new_client(self, **options: Any) -> Any:
        return Medusa(**options)

    def __repr__(self) -> str:
        return f"<MedusaMock base_url={self.base_url or 'any host'} started={self._started}>"

    # ---------------------------------------------------------------- typed access
    def on(self, select: Callable[[Medusa], Callable[..., R]]) -> MethodMock[R]:
        """The mock of the method ``select`` picks from a ``Medusa``, typed by the method's result:

        ``mock.on(lambda m: m.admin.customer_groups.create).returns(AdminCustomerGroupsRes(...))``
        """
        if self._template is None:
            self._template = self._new_client(base_url="http://select.invalid", api_key="")
        bound = select(self._template)
        owner, name = getattr(bound, "__self__", None), getattr(bound, "__name__", None)
        for path, method in self._by_func.items():
            if name == path[-1] and resolve(self._template, path[:-1]) is owner:
                return method
        raise TypeError("select must return a method of the Medusa tree, e.g. lambda m: m.carts.retrieve")

    def method(self, dotted: str) -> MethodMock[Any]:
        """The mock of a method by its dotted name: ``mock.method("admin.customer_groups.create")``."""
        try:
            return self._by_func[tuple(dotted.split("."))]
        except KeyError:
            raise KeyError(f"no method {dotted!r} in the Medusa tree") from None

    def client(self, **kwargs: Any) -> Medusa:
        """A ``Medusa`` aimed at this mock: ``base_url`` (default ``http://medusa.test``), an API key,
        no retries; keyword arguments override these."""
        options: Dict[str, Any] = {
            "base_url": self.base_url or DEFAULT_BASE_URL,
            "api_key": "test_api_key",
            "max_retries": 0,
        }
        options.update(kwargs)
        return cast(Medusa, self._new_client(**options))

    # ---------------------------------------------------------------- lifecycle
    def start(self: _M) -> _M:
        if self._started:
            return self
        skip = "".join(f"(?!{re.escape(prefix)})" for prefix in self._passthrough)
        if self.base_url:
            url = re.compile("^" + skip + re.escape(self.base_url) + rf"/(?:{self._DOMAINS})(?:[/?].*)?$")
        else:
            url = re.compile("^" + skip + rf"https?://[^/?#]+(?:/[^?#]*)?/(?:{self._DOMAINS})(?:[/?].*)?$")
        for verb in ("GET", "POST", "DELETE", "PUT", "PATCH"):
            self._registered.append(
                self._rsps.add_callback(verb, url, callback=self._respond, content_type=None)
            )
        for prefix in self._passthrough:
            self._rsps.add_passthru(prefix)
        if self._own:
            self._rsps.start()
        self._started = True
        return self

    def stop(self, *, check: bool = True) -> None:
        """Stop intercepting; with ``check``, fail on unmatched requests (and unused answers)."""
        if not self._started:
            return
        self._started = False
        if self._own:
            self._rsps.stop()
            self._rsps.reset()
        else:
            for registered in self._registered:
                self._rsps.remove(registered)
        self._registered.clear()
        if self._template is not None:
            self._template.close()
            self._template = None
        if check:
            self.check()

    def check(self) -> None:
        """Raise :class:`UnmockedRequestError` for requests nothing answered (and unused answers when
        ``assert_all_used``)."""
        if self.unmatched:
            raise UnmockedRequestError(
                "requests without a mocked answer: " + "; ".join(call.describe() for call in self.unmatched)
            )
        if self.assert_all_used:
            unused = [
                state.spec.dotted
                + (f" with_ids{stub.ids + tuple(stub.named.values())}" if stub.specific else "")
                for state in self._states.values()
                for stub in state.stubs
                if stub.used == 0
            ]
            if unused:
                raise UnmockedRequestError("answers set but never requested: " + ", ".join(unused))

    def reset(self) -> None:
        """Forget every answer and call (the mock keeps intercepting)."""
        for state in self._states.values():
            state.stubs.clear()
            state.calls.clear()
        self.calls.clear()
        self.unmatched.clear()

    def __enter__(self: _M) -> _M:
        return self.start()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.stop(check=exc_type is None)

    # ---------------------------------------------------------------- dispatch
    def _route_path(self, url: str) -> str:
        path = urlsplit(url).path
        if self.base_url:
            prefix = urlsplit(self.base_url).path
            return path[len(prefix) :] if path.startswith(prefix) else path
        found = re.search(rf"/(?:{self._DOMAINS})(?:/|$)", path)
        return path[found.start() :] if found else path

    def _respond(self, request: requests.PreparedRequest) -> Tuple[int, Dict[str, str], Union[bytes, str]]:
        url = request.url or ""
        path = self._route_path(url)
        method = (request.method or "GET").upper()
        query = nest_pairs(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        payload, files = _decode_body(request)
        matched: List[Tuple[_MethodState, Dict[str, str]]] = []
        for route in self._routes:
            if route.http_method != method:
                continue
            found = route.regex.match(path)
            if found:
                ids = {name: unquote(found.group(name)) for name in route.ids}
                matched.extend((self._states[spec.dotted], ids) for spec in route.specs)
        for state, ids in matched:
            stub = state.stub_for(ids)
            if stub is None:
                continue
            call = Call(state.spec.dotted, method, path, url, ids, query, payload, request.headers, files)
            state.calls.append(call)
            self.calls.append(call)
            return self._answer(stub.next_outcome(), call, state.spec)
        call = Call(None, method, path, url, {}, query, payload, request.headers, files)
        self.unmatched.append(call)
        self.calls.append(call)
        if matched:
            state, ids = matched[0]
            call.name, call.ids = state.spec.dotted, ids
            state.calls.append(call)
            attr = "mock." + state.spec.dotted
            message = (
                f"{method} {path} is {state.spec.dotted}, which has no answer"
                + (f" for ids {ids}" if ids else "")
                + f": set one with {attr}.returns(...)"
            )
        else:
            hint = " (admin.custom?)" if self.api == "v1" else ""
            message = f"{method} {path} is not a route of the Medusa {self.api} client{hint}"
        raise UnmockedRequestError(message)

    def _answer(
        self, outcome: Any, call: Call, spec: MethodSpec
    ) -> Tuple[int, Dict[str, str], Union[bytes, str]]:
        if callable(outcome) and not isinstance(outcome, (Model, Reply)):
            outcome = outcome(call)
        if isinstance(outcome, Reply):
            if outcome.exception is not None:
                raise outcome.exception
            headers = dict(outcome.headers)
            if outcome.json is not None:
                headers.setdefault("Content-Type", "application/json; charset=utf-8")
                return outcome.status, headers, json.dumps(outcome.json)
            if outcome.content_type:
                headers.setdefault("Content-Type", outcome.content_type)
            return outcome.status, headers, outcome.body or ""
        if outcome is None:
            if issubclass(spec.result, EmptyResponse):
                return 200, {"Content-Type": "text/plain; charset=utf-8"}, "OK"
            outcome = {}
        if isinstance(outcome, Model):
            data: Any = outcome.to_dict()
        elif isinstance(outcome, Mapping):
            data = unstructure(dict(outcome))
        else:
            raise TypeError(
                f"{spec.dotted}: cannot answer with a {type(outcome).__name__}; give a model, a mapping, "
                "a Reply or None"
            )
        return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(data)


class MedusaMockV2(MedusaMock):
    """:class:`MedusaMock` for ``medusa_client.v2`` clients: the v2 tree (``mock.admin``, ``mock.store``,
    ``mock.auth``), v2 routes (``/admin``, ``/store``, ``/auth``) and the v2 server's error bodies.

    >>> with MedusaMockV2() as mock:
    ...     mock.store.cart.retrieve.returns({"cart": {"id": "cart_1"}})
    """

    _API = "v2"
    _DOMAINS = "admin|store|auth"

    def _new_client(self, **options: Any) -> Any:
        from .v2 import Medusa as MedusaV2

        return MedusaV2(**options)

    def on(self, select: Callable[[MedusaV2], Callable[..., R]]) -> MethodMock[R]:  # type: ignore[override]
        """The mock of the method ``select`` picks from a v2 ``Medusa``, typed by the method's result:

        ``mock.on(lambda m: m.store.cart.retrieve).returns(StoreCartResponse(...))``
        """
        return super().on(select)  # type: ignore[arg-type]

    def client(self, **kwargs: Any) -> MedusaV2:  # type: ignore[override]
        """A v2 ``Medusa`` aimed at this mock: ``base_url`` (default ``http://medusa.test``), a secret
        key, a publishable key, no retries; keyword arguments override these."""
        options: Dict[str, Any] = {
            "base_url": self.base_url or DEFAULT_BASE_URL,
            "api_key": "sk_test_key",
            "publishable_key": "pk_test_key",
            "max_retries": 0,
        }
        options.update(kwargs)
        return cast("MedusaV2", self._new_client(**options))


# --------------------------------------------------------------------------- pytest


def _medusa_mock_fixture() -> Iterator[MedusaMock]:
    """A started :class:`MedusaMock`; unmatched requests fail the test at teardown."""
    with MedusaMock() as mock:
        yield mock


def _medusa_mock_v2_fixture() -> Iterator[MedusaMockV2]:
    """A started :class:`MedusaMockV2`; unmatched requests fail the test at teardown."""
    with MedusaMockV2() as mock:
        yield mock


try:  # the fixtures are defined only when pytest is installed; the mocks work without it
    import pytest
except ImportError:  # pragma: no cover
    medusa_mock = _medusa_mock_fixture
    medusa_mock_v2 = _medusa_mock_v2_fixture
else:
    medusa_mock = pytest.fixture(name="medusa_mock")(_medusa_mock_fixture)
    medusa_mock_v2 = pytest.fixture(name="medusa_mock_v2")(_medusa_mock_v2_fixture)
