"""Credentials stay where they belong: the right routes, the right host, out of logs and reprs.

Requests go over real loopback sockets to ``FaultServer`` (127.0.0.1, and 127.0.0.2 as
"another host"), so the assertions are about the bytes the server received.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable, Dict, Iterator, List

import pytest

from medusa_client import (
    APIConnectionError,
    APIStatusError,
    JSONResponse,
    Medusa,
    MedusaError,
    ServerError,
    UnauthorizedError,
)
from medusa_client.models import AdminAuthRes, AdminPostAuthReq, User
from tests.support.faultserver import FaultServer, Redirect, Reply, Reset

API_KEY = "sk_api_key_9f8e7d6c5b4a_SECRET"
PUBLISHABLE_KEY = "pk_publishable_01HQ_SECRET"
ADMIN_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoiYWRtaW4ifQ.ADMIN_SECRET_SIG"
STORE_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lcl9pZCI6ImN1cyJ9.STORE_SECRET_SIG"
COOKIE_VALUE = "s%3AsessionCookieSECRET.signature"
PASSWORD = "hunter2-PASSWORD-SECRET"
USER_API_TOKEN = "user_api_token_SECRET_42"
SECRETS = [API_KEY, PUBLISHABLE_KEY, ADMIN_JWT, STORE_JWT, COOKIE_VALUE, PASSWORD, USER_API_TOKEN]
#: Headers that carry credentials (lower case).
CREDENTIAL_HEADERS = ["x-medusa-access-token", "authorization", "x-publishable-api-key", "cookie"]

GROUPS = "/admin/customer-groups"
GROUP_ID = "cgrp_01HQ8Z6ZC3KZ1V2N3M4P5Q6R7S"
GROUP = {
    "id": GROUP_ID,
    "name": "VIP",
    "metadata": None,
    "created_at": "2026-11-25T17:51:29.756Z",
    "updated_at": "2026-11-25T17:51:29.756Z",
    "deleted_at": None,
}
LIST_BODY = {"customer_groups": [GROUP], "count": 1, "offset": 0, "limit": 10}
USER = {
    "id": "usr_01",
    "role": "admin",
    "email": "admin@medusa-test.com",
    "first_name": None,
    "last_name": None,
    "api_token": USER_API_TOKEN,
    "created_at": "2026-11-25T17:51:29.756Z",
    "updated_at": "2026-11-25T17:51:29.756Z",
    "deleted_at": None,
    "metadata": None,
}
SESSION_COOKIE = f"connect.sid={COOKIE_VALUE}; Path=/; HttpOnly"


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer(host="127.0.0.1") as server:
        yield server


@pytest.fixture
def other() -> Iterator[FaultServer]:
    """Another host: 127.0.0.2."""
    with FaultServer(host="127.0.0.2") as server:
        yield server


@pytest.fixture
def make_medusa() -> Iterator[Callable[..., Medusa]]:
    made: List[Medusa] = []

    def make(base_url: str, **kwargs: Any) -> Medusa:
        kwargs.setdefault("timeout", (1.0, 2.0))
        medusa = Medusa(base_url, **kwargs)
        medusa.client._sleep = lambda seconds: None
        made.append(medusa)
        return medusa

    yield make
    for medusa in made:
        medusa.close()


def logged_in(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> Medusa:
    """A client holding every kind of credential: api key, publishable key, admin JWT, cookie."""
    medusa = make_medusa(srv.url, api_key=API_KEY, publishable_api_key=PUBLISHABLE_KEY)
    medusa.client.set_admin_token(ADMIN_JWT)
    srv.script("POST", "/admin/auth", [Reply(200, {"user": USER}, headers={"Set-Cookie": SESSION_COOKIE})])
    medusa.admin.auth.create_session(AdminPostAuthReq(email="admin@medusa-test.com", password=PASSWORD))
    return medusa


def credential_headers(headers: Any) -> Dict[str, str]:
    return {name.lower(): value for name, value in headers.items() if name.lower() in CREDENTIAL_HEADERS}


# ---------------------------------------------------------------------------- redirects


@pytest.mark.parametrize("status", [302, 307])
def test_redirect_to_another_host_carries_no_credentials(
    srv: FaultServer, other: FaultServer, make_medusa: Callable[..., Medusa], status: int
) -> None:
    medusa = logged_in(srv, make_medusa)
    srv.script("GET", GROUPS, [Redirect(status, other.url + GROUPS)])
    other.script("GET", GROUPS, [Reply(200, LIST_BODY)])

    result = medusa.admin.customer_groups.list()

    assert result.count == 1
    first = srv.requests[-1]
    assert first.path == GROUPS
    assert set(credential_headers(first.headers)) == set(CREDENTIAL_HEADERS)  # all were sent to the origin
    assert COOKIE_VALUE in first.headers["Cookie"]
    assert other.count("GET", GROUPS) == 1
    moved = other.requests[0]
    assert credential_headers(moved.headers) == {}
    assert all(secret not in str(moved.headers) for secret in SECRETS)


def test_307_post_redirect_to_another_host_is_not_followed(
    srv: FaultServer, other: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    """A 307/308 would re-send the body (a password, an order) to the other host: refused instead."""
    medusa = logged_in(srv, make_medusa)
    srv.script("POST", GROUPS, [Redirect(307, other.url + GROUPS)])
    other.script("POST", GROUPS, [Reply(200, {"customer_group": GROUP})])

    with pytest.raises(APIStatusError) as caught:
        medusa.admin.customer_groups.create({"name": "VIP"})

    assert caught.value.status_code == 307
    assert caught.value.message == f"redirect to {other.url + GROUPS} not followed"
    assert other.requests == []
    assert srv.count("POST", GROUPS) == 1


def test_redirect_to_another_port_on_the_same_host_carries_no_credentials(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    with FaultServer(host="127.0.0.1") as second:
        medusa = logged_in(srv, make_medusa)
        srv.script("GET", GROUPS, [Redirect(307, second.url + GROUPS)])
        second.script("GET", GROUPS, [Reply(200, LIST_BODY)])
        medusa.admin.customer_groups.list()
        assert credential_headers(second.requests[0].headers) == {}


def test_credentials_stay_stripped_when_redirected_back(
    srv: FaultServer, other: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    """A -> B -> A: what B could see was stripped, and the hop back does not re-add it."""
    medusa = logged_in(srv, make_medusa)
    srv.script("GET", GROUPS, [Redirect(302, other.url + "/bounce")])
    other.script("GET", "/bounce", [Redirect(302, srv.url + "/admin/customer-groups/landing")])
    srv.script("GET", "/admin/customer-groups/landing", [Reply(200, LIST_BODY)])
    medusa.admin.customer_groups.list()
    assert credential_headers(other.requests[0].headers) == {}
    landing = srv.requests[-1]
    assert landing.path == "/admin/customer-groups/landing"
    for name in ("x-medusa-access-token", "authorization", "x-publishable-api-key"):
        assert name not in {n.lower() for n in landing.headers}


@pytest.mark.parametrize("location", ["absolute", "relative"])
def test_same_origin_redirect_keeps_credentials(
    srv: FaultServer, make_medusa: Callable[..., Medusa], location: str
) -> None:
    medusa = logged_in(srv, make_medusa)
    target = "/admin/customer-groups/moved"
    srv.script("GET", GROUPS, [Redirect(307, (srv.url if location == "absolute" else "") + target)])
    srv.script("GET", target, [Reply(200, LIST_BODY)])
    medusa.admin.customer_groups.list()
    moved = srv.requests[-1]
    assert moved.path == target
    sent = credential_headers(moved.headers)
    assert sent["x-medusa-access-token"] == API_KEY
    assert sent["authorization"] == f"Bearer {ADMIN_JWT}"
    assert sent["x-publishable-api-key"] == PUBLISHABLE_KEY
    assert COOKIE_VALUE in sent["cookie"]


# ----------------------------------------------------------------- credentials by route


def make_full(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> Medusa:
    medusa = make_medusa(srv.url, api_key=API_KEY, publishable_api_key=PUBLISHABLE_KEY)
    medusa.client.set_admin_token(ADMIN_JWT)
    medusa.client.set_store_token(STORE_JWT)
    srv.script_default([Reply(200, {"ok": True})])
    return medusa


def sent_for(srv: FaultServer, medusa: Medusa, method: str, path: str) -> Dict[str, str]:
    if method == "POST":
        medusa.client.request(method, path, JSONResponse, payload={}, options={})
    else:
        medusa.client.request(method, path, JSONResponse, options={})
    return credential_headers(srv.requests[-1].headers)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/store/products"),
        ("GET", "/store/products/admin-x"),
        ("POST", "/store/carts/cart_1/line-items"),
        ("GET", "/store/customers/me"),
        ("DELETE", "/store/auth"),
    ],
)
def test_store_routes_get_the_store_jwt_only(
    srv: FaultServer, make_medusa: Callable[..., Medusa], method: str, path: str
) -> None:
    medusa = make_full(srv, make_medusa)
    assert sent_for(srv, medusa, method, path) == {
        "authorization": f"Bearer {STORE_JWT}",
        "x-publishable-api-key": PUBLISHABLE_KEY,
    }


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/admin/customer-groups"),
        ("GET", "/admin/products/store-x"),
        ("POST", "/admin/customer-groups/cgrp_1"),
        ("DELETE", "/admin/customer-groups/cgrp_1"),
        ("GET", "/admin/auth"),
        ("DELETE", "/admin/auth"),
        ("GET", "/admin"),
    ],
)
def test_admin_routes_get_the_api_key_and_admin_jwt_only(
    srv: FaultServer, make_medusa: Callable[..., Medusa], method: str, path: str
) -> None:
    medusa = make_full(srv, make_medusa)
    assert sent_for(srv, medusa, method, path) == {
        "x-medusa-access-token": API_KEY,
        "authorization": f"Bearer {ADMIN_JWT}",
        "x-publishable-api-key": PUBLISHABLE_KEY,
    }


@pytest.mark.parametrize(
    "path",
    ["/admin/auth", "/admin/users/password-token", "/admin/users/reset-password", "/admin/invites/accept"],
)
def test_public_admin_posts_get_no_admin_credentials(
    srv: FaultServer, make_medusa: Callable[..., Medusa], path: str
) -> None:
    medusa = make_full(srv, make_medusa)
    assert sent_for(srv, medusa, "POST", path) == {"x-publishable-api-key": PUBLISHABLE_KEY}


@pytest.mark.parametrize("path", ["/administrator", "/storefront/x", "/health", "/app/admin/x", "/x/store/y"])
def test_other_routes_get_neither_jwt_nor_api_key(
    srv: FaultServer, make_medusa: Callable[..., Medusa], path: str
) -> None:
    medusa = make_full(srv, make_medusa)
    assert sent_for(srv, medusa, "GET", path) == {"x-publishable-api-key": PUBLISHABLE_KEY}


def test_api_key_never_on_store_routes_even_without_jwts(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY)
    srv.script_default([Reply(200, {"ok": True})])
    for path in ("/store/products", "/store/auth", "/store/carts/cart_1"):
        medusa.client.request("GET", path, JSONResponse, options={})
    assert all(credential_headers(r.headers) == {} for r in srv.requests)


def test_base_url_path_prefix_does_not_change_the_domain(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    medusa = make_medusa(srv.url + "/api", api_key=API_KEY)
    medusa.client.set_store_token(STORE_JWT)
    srv.script_default([Reply(200, {"ok": True})])
    medusa.client.request("GET", "/store/products", JSONResponse, options={})
    recorded = srv.requests[-1]
    assert recorded.path == "/api/store/products"
    assert credential_headers(recorded.headers) == {"authorization": f"Bearer {STORE_JWT}"}


def test_get_token_scopes_each_jwt_to_its_domain(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    medusa = make_medusa(srv.url)
    srv.script("POST", "/admin/auth/token", [Reply(200, {"access_token": ADMIN_JWT})])
    srv.script("POST", "/store/auth/token", [Reply(200, {"access_token": STORE_JWT})])
    srv.script_default([Reply(200, {"ok": True})])
    medusa.admin.auth.get_token({"email": "admin@medusa-test.com", "password": PASSWORD})
    medusa.auth.get_token({"email": "customer@medusa-test.com", "password": PASSWORD})
    # the token calls themselves carried no JWT
    assert [credential_headers(r.headers) for r in srv.requests] == [{}, {}]
    medusa.client.request("GET", "/admin/customer-groups", JSONResponse, options={})
    medusa.client.request("GET", "/store/products/admin-x", JSONResponse, options={})
    assert srv.requests[-2].headers["Authorization"] == f"Bearer {ADMIN_JWT}"
    assert srv.requests[-1].headers["Authorization"] == f"Bearer {STORE_JWT}"


def test_jwts_and_cookies_live_on_the_instance(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    first = logged_in(srv, make_medusa)
    second = make_medusa(srv.url)
    srv.script_default([Reply(200, {"ok": True})])
    second.client.request("GET", "/admin/customer-groups", JSONResponse, options={})
    assert credential_headers(srv.requests[-1].headers) == {}
    assert first.client.admin_token == ADMIN_JWT


# ------------------------------------------------------------------ logs, reprs, messages


def assert_no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a secret leaked into {where}: {text!r}"


def test_no_secret_in_debug_logs(
    srv: FaultServer, make_medusa: Callable[..., Medusa], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # root: medusa_client and urllib3's own DEBUG lines
    medusa = logged_in(srv, make_medusa)
    medusa.client.set_store_token(STORE_JWT)
    srv.script("POST", "/admin/auth/token", [Reply(200, {"access_token": ADMIN_JWT})])
    srv.script("GET", GROUPS, [Reply(503, "busy", content_type="text/plain"), Reply(200, LIST_BODY)])
    srv.script("GET", "/admin/auth", [Reply(200, {"user": USER})])
    srv.script("GET", "/store/customers/me", [Reply(401, "Unauthorized", content_type="text/plain")])
    srv.script("DELETE", f"{GROUPS}/{GROUP_ID}", [Reset(when="before_response")])
    srv.script(
        "POST", GROUPS, [Reply(500, {"type": "unknown_error", "message": "An unknown error occurred."})]
    )

    medusa.admin.auth.get_token({"email": "admin@medusa-test.com", "password": PASSWORD})  # success
    medusa.admin.customer_groups.list(query={"q": "vip"})  # retry then success
    medusa.admin.auth.get_session()
    with pytest.raises(UnauthorizedError):  # plain-text error
        medusa.client.request("GET", "/store/customers/me", JSONResponse, options={})
    with pytest.raises(APIConnectionError):  # transport error
        medusa.admin.customer_groups.delete(GROUP_ID)
    with pytest.raises(ServerError):  # JSON error
        medusa.admin.customer_groups.create({"name": "VIP"})

    names = {record.name for record in caplog.records}
    assert "medusa_client" in names
    assert any(name.startswith("urllib3") for name in names)
    for record in caplog.records:
        assert_no_secret(record.getMessage(), f"log record {record.name}")
    assert_no_secret(caplog.text, "the captured log")


def test_no_secret_in_reprs(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY, publishable_api_key=PUBLISHABLE_KEY)
    srv.script("POST", "/admin/auth/token", [Reply(200, {"access_token": ADMIN_JWT})])
    srv.script("POST", "/store/auth/token", [Reply(200, {"access_token": STORE_JWT})])
    srv.script("GET", "/admin/auth", [Reply(200, {"user": USER})])
    admin_token = medusa.admin.auth.get_token({"email": "admin@medusa-test.com", "password": PASSWORD})
    store_token = medusa.auth.get_token({"email": "customer@medusa-test.com", "password": PASSWORD})
    session = medusa.admin.auth.get_session()
    assert isinstance(session, AdminAuthRes)
    assert session.user.api_token == USER_API_TOKEN  # the value is there, just not in repr()

    objects: Dict[str, Any] = {
        "Medusa": medusa,
        "Client": medusa.client,
        "Admin": medusa.admin,
        "AdminCustomerGroupsResource": medusa.admin.customer_groups,
        "AdminAuthResource": medusa.admin.auth,
        "AuthResource": medusa.auth,
        "AdminBearerAuthRes": admin_token,
        "StoreBearerAuthRes": store_token,
        "AdminAuthRes": session,
        "User": session.user,
        "User (built)": User(id="usr_1", api_token=USER_API_TOKEN),
        "AdminPostAuthReq": AdminPostAuthReq(email="a@b.c", password=PASSWORD),
    }
    for name, obj in objects.items():
        assert_no_secret(repr(obj), f"repr({name})")
        assert_no_secret(str(obj), f"str({name})")
    assert "access_token='***'" in repr(admin_token)
    assert "api_token='***'" in repr(session)


def all_error_texts(error: BaseException) -> str:
    parts = [str(error), repr(error), *map(str, error.args)]
    parts.append("".join(traceback.format_exception(type(error), error, error.__traceback__)))
    return "\n".join(parts)


def test_no_secret_in_errors(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    medusa = logged_in(srv, make_medusa)
    medusa.client.set_store_token(STORE_JWT)
    srv.script("GET", GROUPS, [Reply(401, "Unauthorized", content_type="text/plain")])
    srv.script(
        "POST",
        GROUPS,
        [Reply(422, {"type": "duplicate_error", "message": "Key (name)=(VIP) already exists."})],
    )
    srv.script(
        "GET",
        "/store/customers/me",
        [Reply(500, "<html><title>boom</title></html>", content_type="text/html")],
    )
    srv.script("DELETE", f"{GROUPS}/{GROUP_ID}", [Reset(when="before_response")])
    srv.script("GET", "/store/products", [Reply(200, "not json", content_type="text/plain")])

    calls: List[Callable[[], Any]] = [
        lambda: medusa.admin.customer_groups.list(),
        lambda: medusa.admin.customer_groups.create({"name": "VIP"}),
        lambda: medusa.client.request("GET", "/store/customers/me", JSONResponse, options={"max_retries": 0}),
        lambda: medusa.admin.customer_groups.delete(GROUP_ID),
        lambda: medusa.client.request("GET", "/store/products", JSONResponse, options={}),
    ]
    errors: List[MedusaError] = []
    for call in calls:
        with pytest.raises(MedusaError) as caught:
            call()
        errors.append(caught.value)
    assert {type(e).__name__ for e in errors} >= {"UnauthorizedError", "DuplicateError", "ServerError"}
    for error in errors:
        assert_no_secret(all_error_texts(error), f"{type(error).__name__} text")
        if isinstance(error, APIStatusError):
            assert_no_secret(repr(error.body), "error body")


def test_connection_error_text_has_no_query_string(make_medusa: Callable[..., Medusa]) -> None:
    medusa = make_medusa("http://127.0.0.1:9", max_retries=0, api_key=API_KEY)
    with pytest.raises(APIConnectionError) as caught:
        medusa.admin.customer_groups.list(query={"q": "private-search-term"})
    assert "private-search-term" not in str(caught.value)
    assert_no_secret(all_error_texts(caught.value), "connection error")


# ------------------------------------------------------------------------------- path ids

ODD_IDS = [
    ("a/b", "a%2Fb"),
    ("a?b=c", "a%3Fb%3Dc"),
    ("a#frag", "a%23frag"),
    ("100%", "100%25"),
    ("%2F", "%252F"),
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("../../store/products", "..%2F..%2Fstore%2Fproducts"),
    ("a b", "a%20b"),
    ("ünï€ode😀", "%C3%BCn%C3%AF%E2%82%ACode%F0%9F%98%80"),
    ("a;b,c", "a%3Bb%2Cc"),
    ("a+b&c", "a%2Bb%26c"),
    ("..a", "..a"),
    ("a.b", "a.b"),
]


@pytest.mark.parametrize(("raw", "encoded"), ODD_IDS, ids=[raw for raw, _ in ODD_IDS])
def test_path_ids_become_one_encoded_segment(
    srv: FaultServer, make_medusa: Callable[..., Medusa], raw: str, encoded: str
) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY)
    srv.script_default([Reply(200, {"customer_group": GROUP})])
    medusa.admin.customer_groups.retrieve(raw)
    assert len(srv.requests) == 1
    path = srv.requests[0].path
    assert path == f"{GROUPS}/{encoded}"
    assert path.count("/") == 3
    assert srv.requests[0].query == ""


def test_every_id_of_a_nested_route_is_encoded(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY)
    srv.script_default([Reply(200, {"customer_group": GROUP})])
    medusa.admin.customer_groups.add_customers("g/1", {"customer_ids": [{"id": "cus_1"}]})
    medusa.auth.exists("a/b?c@example.com")
    assert [r.path for r in srv.requests] == [
        "/admin/customer-groups/g%2F1/customers/batch",
        "/store/auth/a%2Fb%3Fc%40example.com",
    ]


# ----------------------------------------------------------------------- header injection

INJECTIONS = ["a\r\nX-Injected: 1", "a\nX-Injected: 1", "a\rb", "a\x00b"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_crlf_in_client_custom_header_is_rejected(srv: FaultServer, value: str) -> None:
    with pytest.raises(ValueError, match="custom_headers"):
        Medusa(srv.url, custom_headers={"X-Trace": value})
    assert srv.requests == []
    assert srv.connections == 0


@pytest.mark.parametrize("value", INJECTIONS)
def test_crlf_in_per_call_header_is_rejected_before_sending(
    srv: FaultServer, make_medusa: Callable[..., Medusa], value: str
) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY)
    with pytest.raises(ValueError, match="custom_headers"):
        medusa.admin.customer_groups.list(custom_headers={"X-Trace": value})
    with pytest.raises(ValueError, match="custom_headers"):
        medusa.admin.customer_groups.create({"name": "x"}, custom_headers={"X-Trace": value})
    assert srv.requests == []
    assert srv.connections == 0


@pytest.mark.parametrize("name", ["X-Trace\r\nX-Injected", "X Trace", "X-Trace:", ""])
def test_bad_header_names_are_rejected_before_sending(
    srv: FaultServer, make_medusa: Callable[..., Medusa], name: str
) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY)
    with pytest.raises(ValueError, match="custom_headers"):
        medusa.admin.customer_groups.list(custom_headers={name: "v"})
    assert srv.connections == 0


@pytest.mark.parametrize("value", [*INJECTIONS, "\n"])
def test_crlf_in_ids_is_rejected_before_sending(
    srv: FaultServer, make_medusa: Callable[..., Medusa], value: str
) -> None:
    medusa = make_medusa(srv.url, api_key=API_KEY)
    with pytest.raises(ValueError):
        medusa.admin.customer_groups.retrieve(value)
    with pytest.raises(ValueError):
        medusa.admin.customer_groups.delete(value)
    with pytest.raises(ValueError):
        medusa.auth.exists(value)
    assert srv.connections == 0


@pytest.mark.parametrize("value", INJECTIONS)
def test_crlf_in_credentials_is_rejected(srv: FaultServer, value: str) -> None:
    with pytest.raises(ValueError):
        Medusa(srv.url, api_key=value)
    with pytest.raises(ValueError):
        Medusa(srv.url, publishable_api_key=value)
    with Medusa(srv.url) as medusa:
        with pytest.raises(ValueError):
            medusa.client.set_admin_token(value)
        with pytest.raises(ValueError):
            medusa.client.set_store_token(value)
        assert medusa.client.admin_token is None
    assert srv.connections == 0
