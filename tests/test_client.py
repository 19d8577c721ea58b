"""Client configuration, header building and per-instance auth state."""

from __future__ import annotations

from pathlib import Path

import pytest
import responses

from medusa_client import Client, JSONResponse, Medusa
from medusa_client._client import DEFAULT_TIMEOUT
from tests.conftest import API_KEY, BASE_URL, sent

GROUPS = {"customer_groups": [], "count": 0, "offset": 0, "limit": 10}
TOKEN = {"access_token": "eyJhbGciOiJIUzI1NiJ9.admin.sig"}
USER = {"user": {"id": "usr_1", "email": "admin@example.com"}}
CUSTOMER = {"customer": {"id": "cus_1", "email": "c@example.com"}}


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    medusa = Medusa()
    assert medusa.client.base_url == "http://localhost:9000"
    assert medusa.client.api_key is None
    assert medusa.client.max_retries == 2
    assert medusa.client.timeout == DEFAULT_TIMEOUT == (5.0, 60.0)


def test_environment_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDUSA_BACKEND_URL", "https://shop.example.com/")
    monkeypatch.setenv("MEDUSA_API_KEY", "env_key")
    monkeypatch.setenv("MEDUSA_PUBLISHABLE_API_KEY", "pk_env")
    client = Medusa().client
    assert (client.base_url, client.api_key, client.publishable_api_key) == (
        "https://shop.example.com",
        "env_key",
        "pk_env",
    )
    explicit = Medusa(base_url="http://other:9000", api_key="arg_key").client
    assert (explicit.base_url, explicit.api_key) == ("http://other:9000", "arg_key")
    opted_out = Medusa(api_key="", publishable_api_key="").client
    assert (opted_out.api_key, opted_out.publishable_api_key) == (None, None)


def test_base_url_path_prefix_is_kept(mocked: responses.RequestsMock) -> None:
    mocked.add("GET", "http://proxy.test/api/v1/admin/customer-groups", json=GROUPS)
    with Medusa(base_url="http://proxy.test/api/v1/", api_key="k") as medusa:
        medusa.admin.customer_groups.list()
    assert sent(mocked)[0].path == "/api/v1/admin/customer-groups"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"base_url": "localhost:9000"}, ValueError),
        ({"base_url": "http://h/?x=1"}, ValueError),
        ({"max_retries": -1}, ValueError),
        ({"max_retries": True}, ValueError),
        ({"timeout": 0}, ValueError),
        ({"timeout": (1, 2, 3)}, ValueError),
        ({"timeout": "5"}, ValueError),
        ({"custom_headers": {"X-A": "b\r\nc"}}, ValueError),
        ({"custom_headers": {"Bad Name": "v"}}, ValueError),
        ({"custom_headers": {"X-A": 1}}, TypeError),
        ({"custom_headers": [("X-A", "b")]}, TypeError),
        ({"api_key": "key\n"}, ValueError),
        ({"api_key": 5}, TypeError),
        ({"pool_size": 2}, ValueError),
    ],
)
def test_bad_configuration_is_refused(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        Medusa(**kwargs)


def test_default_headers(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=GROUPS)
    medusa.admin.customer_groups.list()
    request = sent(mocked)[0]
    assert request.header("Accept") == "application/json"
    assert request.header(
        "User-Agent",
    ).startswith("medusa-client-python/")  # type: ignore[union-attr]
    assert request.header("Content-Type") is None
    assert request.header("Idempotency-Key") is None
    assert request.header("Authorization") is None


def test_header_precedence_is_case_insensitive(mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/admin/customer-groups", json={"customer_group": {}})
    medusa = Medusa(base_url=BASE_URL, api_key="k", custom_headers={"accept": "text/plain", "X-Tenant": "a"})
    medusa.admin.customer_groups.create(
        {"name": "x"},
        custom_headers={"x-tenant": "b", "content-type": "application/vnd+json", "idempotency-key": "mine"},
    )
    headers = sent(mocked)[0].headers
    lowered = [name.lower() for name in headers]
    assert len(lowered) == len(set(lowered)), headers
    assert sent(mocked)[0].header("Accept") == "text/plain"
    assert sent(mocked)[0].header("X-Tenant") == "b"
    assert sent(mocked)[0].header("Content-Type") == "application/vnd+json"
    assert sent(mocked)[0].header("Idempotency-Key") == "mine"


def test_every_post_gets_its_own_uuid_idempotency_key(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/admin/customer-groups", json={"customer_group": {}})
    medusa.admin.customer_groups.create({"name": "a"})
    medusa.admin.customer_groups.create({"name": "b"})
    keys = [r.header("Idempotency-Key") for r in sent(mocked)]
    assert all(k and len(k) == 36 for k in keys) and keys[0] != keys[1]


def test_api_key_goes_to_admin_routes_only(mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/auth", json=USER)
    mocked.add("GET", BASE_URL + "/store/auth", json=CUSTOMER)
    mocked.add("POST", BASE_URL + "/admin/auth", json=USER)
    mocked.add("POST", BASE_URL + "/admin/auth/token", json=TOKEN)
    medusa = Medusa(base_url=BASE_URL, api_key=API_KEY)
    medusa.admin.auth.get_session()
    medusa.auth.get_session()
    medusa.admin.auth.create_session({"email": "a", "password": "b"})
    medusa.admin.auth.get_token({"email": "a", "password": "b"})
    tokens = [r.header("x-medusa-access-token") for r in sent(mocked)]
    assert tokens == [API_KEY, None, None, API_KEY]


def test_public_admin_posts_carry_no_credentials(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE_URL, api_key=API_KEY)
    medusa.client.set_admin_token("jwt")
    for path in (
        "/admin/auth",
        "/admin/users/password-token",
        "/admin/users/reset-password",
        "/admin/invites/accept",
    ):
        mocked.add("POST", BASE_URL + path, json={})
        medusa.client.request("POST", path, JSONResponse, payload={}, options={})
    for request in sent(mocked):
        assert request.header("x-medusa-access-token") is None
        assert request.header("Authorization") is None


def test_admin_jwt_is_per_instance_and_only_for_admin(mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/admin/auth/token", json=TOKEN)
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=GROUPS)
    mocked.add("GET", BASE_URL + "/store/auth", json=CUSTOMER)
    first, second = Medusa(base_url=BASE_URL), Medusa(base_url=BASE_URL)
    result = first.admin.auth.get_token({"email": "a@b.c", "password": "pw"})
    assert result.access_token == TOKEN["access_token"]
    assert first.client.admin_token == TOKEN["access_token"]
    assert second.client.admin_token is None
    first.admin.customer_groups.list()
    second.admin.customer_groups.list()
    first.auth.get_session()
    _, mine, theirs, store = sent(mocked)
    assert mine.header("Authorization") == f"Bearer {TOKEN['access_token']}"
    assert theirs.header("Authorization") is None
    assert store.header("Authorization") is None


def test_store_jwt_only_for_store_routes_decided_by_prefix(mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/store/auth/token", json={"access_token": "store.jwt"})
    mocked.add("GET", BASE_URL + "/store/products/admin-x", json={})
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=GROUPS)
    mocked.add("GET", BASE_URL + "/adminish", json={})
    medusa = Medusa(base_url=BASE_URL)
    medusa.client.set_admin_token("admin.jwt")
    medusa.auth.get_token({"email": "c@example.com", "password": "pw"})
    assert medusa.client.store_token == "store.jwt"
    medusa.client.request("GET", "/store/products/admin-x", JSONResponse, options={})
    medusa.admin.customer_groups.list()
    medusa.client.request("GET", "/adminish", JSONResponse, options={})
    _, product, admin, other = sent(mocked)
    assert product.header("Authorization") == "Bearer store.jwt"
    assert admin.header("Authorization") == "Bearer admin.jwt"
    assert other.header("Authorization") is None


def test_tokens_can_be_set_and_cleared(mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=GROUPS)
    medusa = Medusa(base_url=BASE_URL)
    medusa.client.set_admin_token("t1")
    medusa.admin.customer_groups.list()
    medusa.client.clear_auth()
    medusa.admin.customer_groups.list()
    medusa.client.set_admin_token("t2")
    medusa.client.set_admin_token(None)
    medusa.admin.customer_groups.list()
    assert [r.header("Authorization") for r in sent(mocked)] == ["Bearer t1", None, None]


def test_publishable_key_on_every_request_and_settable(mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/store/auth", json=CUSTOMER)
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=GROUPS)
    medusa = Medusa(base_url=BASE_URL, publishable_api_key="pk_1")
    medusa.auth.get_session()
    medusa.admin.customer_groups.list()
    medusa.client.publishable_api_key = "pk_2"
    medusa.auth.get_session()
    medusa.client.publishable_api_key = None
    medusa.auth.get_session()
    assert [r.header("x-publishable-api-key") for r in sent(mocked)] == ["pk_1", "pk_1", "pk_2", None]


def test_cookie_session_is_kept_per_instance(mocked: responses.RequestsMock) -> None:
    mocked.add(
        "POST",
        BASE_URL + "/admin/auth",
        json=USER,
        headers={"Set-Cookie": "connect.sid=s%3Aabc; Path=/; HttpOnly"},
    )
    mocked.add("GET", BASE_URL + "/admin/auth", json=USER)
    mocked.add("DELETE", BASE_URL + "/admin/auth", body="")
    logged_in, other = Medusa(base_url=BASE_URL), Medusa(base_url=BASE_URL)
    assert logged_in.admin.auth.create_session({"email": "a", "password": "b"}).user.id == "usr_1"
    logged_in.admin.auth.get_session()
    other.admin.auth.get_session()
    logged_in.admin.auth.delete_session()
    _, mine, theirs, delete = sent(mocked)
    assert mine.header("Cookie") == "connect.sid=s%3Aabc"
    assert theirs.header("Cookie") is None
    assert delete.header("Cookie") == "connect.sid=s%3Aabc"
    logged_in.client.clear_auth()
    assert len(logged_in.client.session.cookies) == 0


def test_store_auth_resource(mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/store/auth", json=CUSTOMER)
    mocked.add("DELETE", BASE_URL + "/store/auth", body="")
    mocked.add("GET", BASE_URL + "/store/auth/c%40example.com", json={"exists": True})
    medusa = Medusa(base_url=BASE_URL)
    assert medusa.auth.authenticate({"email": "c@example.com", "password": "pw"}).customer.id == "cus_1"
    medusa.auth.delete_session()
    assert medusa.auth.exists("c@example.com").exists is True
    methods = [(r.method, r.path) for r in sent(mocked)]
    assert methods == [
        ("POST", "/store/auth"),
        ("DELETE", "/store/auth"),
        ("GET", "/store/auth/c%40example.com"),
    ]


def test_per_call_timeout_and_client_timeout(mocked: responses.RequestsMock) -> None:
    seen = []
    mocked.add_callback("GET", BASE_URL + "/admin/customer-groups", callback=lambda r: (200, {}, "{}"))
    medusa = Medusa(base_url=BASE_URL, timeout=(2, 7))
    original = medusa.client.session.send

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs["timeout"])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    medusa.client.session.send = spy  # type: ignore[method-assign]
    medusa.admin.customer_groups.list()
    medusa.admin.customer_groups.list(timeout=1.5)
    medusa.admin.customer_groups.list(timeout=(0.5, 3))
    assert seen == [(2, 7), 1.5, (0.5, 3)]
    with pytest.raises(ValueError, match="timeout"):
        medusa.admin.customer_groups.list(timeout=-1)


def test_client_can_be_used_alone_and_closed() -> None:
    client = Client(BASE_URL, api_key="k")
    with client as same:
        assert same is client
    assert repr(client) == "<Client base_url='http://medusa.test' credentials=['api_key']>"


def test_netrc_credentials_never_replace_the_jwt(
    mocked: responses.RequestsMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine medusa.test login someone password hunter2\n")
    monkeypatch.setenv("NETRC", str(netrc))
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=GROUPS)
    mocked.add("GET", BASE_URL + "/store/auth", json=CUSTOMER)
    medusa = Medusa(base_url=BASE_URL)
    medusa.client.set_admin_token("admin.jwt")
    medusa.admin.customer_groups.list()
    medusa.auth.get_session()
    admin, store = sent(mocked)
    assert admin.header("Authorization") == "Bearer admin.jwt"
    assert store.header("Authorization") is None
