"""Every way the v2 client authenticates, against a real Medusa 2.21.2."""

from __future__ import annotations

import base64
from typing import Any, List

import pytest
import requests

from medusa_client.v2 import Medusa, NotAllowedError, NotFoundError, UnauthorizedError

from .conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ADMIN_USER_ID,
    BASE_URL,
    CUSTOMER_EMAIL,
    CUSTOMER_PASSWORD,
    PUBLISHABLE_KEY,
    SECRET_KEY,
)

ADMIN_LOGIN = {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}


def _client(**kwargs: str) -> Medusa:
    settings = {"api_key": "", "publishable_key": "", **kwargs}
    return Medusa(base_url=BASE_URL, **settings)  # type: ignore[arg-type]


def test_secret_key_is_sent_as_basic(admin: Medusa) -> None:
    regions = admin.admin.region.list({"limit": 1})
    sent = regions.response.request.headers
    assert sent["Authorization"] == "Basic " + base64.b64encode(f"{SECRET_KEY}:".encode()).decode()
    assert "x-publishable-api-key" not in sent
    assert regions.count == 2
    # the actor of a secret key is the key, not a user
    with pytest.raises(NotFoundError) as caught:
        admin.admin.user.me()
    assert caught.value.message == "User with id: apk_harness_secret was not found"


def test_wrong_secret_key_is_401() -> None:
    with _client(api_key="sk_not_a_real_key") as medusa, pytest.raises(UnauthorizedError) as caught:
        medusa.admin.region.list()
    assert (caught.value.status_code, caught.value.message) == (401, "Unauthorized")
    assert "sk_not_a_real_key" not in str(caught.value)


def test_jwt_login_refresh_logout() -> None:
    with _client() as medusa:
        token = medusa.auth.login("user", "emailpass", ADMIN_LOGIN)
        assert isinstance(token, str) and token.count(".") == 2
        assert medusa.client.token == token
        me = medusa.admin.user.me()
        assert (me.user.id, me.user.email) == (ADMIN_USER_ID, ADMIN_EMAIL)
        assert me.response.request.headers["Authorization"] == f"Bearer {token}"

        refreshed = medusa.auth.refresh()
        assert isinstance(refreshed, str) and refreshed.count(".") == 2
        assert medusa.client.token == refreshed
        after_refresh = medusa.admin.user.me()
        assert after_refresh.user.id == ADMIN_USER_ID
        assert after_refresh.response.request.headers["Authorization"] == f"Bearer {refreshed}"

        medusa.auth.logout()  # jwt mode: the token is forgotten, no request
        assert medusa.client.token is None
        with pytest.raises(UnauthorizedError) as caught:
            medusa.admin.user.me()
        assert caught.value.status_code == 401
        assert "Authorization" not in caught.value.response.request.headers


def test_jwt_works_on_the_store_and_admin_lists(admin_jwt: Medusa) -> None:
    users = admin_jwt.admin.user.list()
    assert ADMIN_USER_ID in [u.id for u in users.users]
    # the user is the actor: created_by is the user id
    group = admin_jwt.admin.customer_group.create({"name": f"By user {id(users)}"}).customer_group
    assert group.created_by == ADMIN_USER_ID
    admin_jwt.admin.customer_group.delete(group.id)


def test_cookie_session_login_and_logout() -> None:
    with _client(auth_type="session") as medusa:
        medusa.auth.login("user", "emailpass", ADMIN_LOGIN)
        assert medusa.client.token is None  # no JWT kept in session mode
        cookie = medusa.client.session.cookies.get("connect.sid")
        assert cookie
        me = medusa.admin.user.me()
        assert me.user.id == ADMIN_USER_ID
        assert "Authorization" not in me.response.request.headers
        assert "connect.sid=" in me.response.request.headers["Cookie"]
        assert "credentials=['session_cookie']" in repr(medusa)

        medusa.auth.logout()
        assert not medusa.client.session.cookies
        with pytest.raises(UnauthorizedError):
            medusa.admin.user.me()
    # the server ended the session: the old cookie no longer works
    replay = requests.get(BASE_URL + "/admin/users/me", cookies={"connect.sid": cookie}, timeout=10)
    assert replay.status_code == 401


def test_wrong_password_is_a_typed_401() -> None:
    with _client() as medusa:
        with pytest.raises(UnauthorizedError) as caught:
            medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": "not-the-password"})
        error = caught.value
        assert (error.status_code, error.type, error.message) == (
            401,
            "unauthorized",
            "Invalid email or password",
        )
        assert "not-the-password" not in str(error) and "not-the-password" not in repr(error)
        assert medusa.client.token is None


def test_missing_credentials_are_401(anonymous: Medusa) -> None:
    with pytest.raises(UnauthorizedError) as caught:
        anonymous.admin.customer_group.list()
    assert (caught.value.status_code, caught.value.message, caught.value.type) == (401, "Unauthorized", None)
    with pytest.raises(UnauthorizedError):
        anonymous.auth.refresh()


def test_customer_register_create_login_retrieve(unique: str) -> None:
    email = f"shopper-{unique}@example.com"
    with _client(publishable_key=PUBLISHABLE_KEY) as shopper:
        registration = shopper.auth.register(
            "customer", "emailpass", {"email": email, "password": "pw-" + unique}
        )
        assert shopper.client.token == registration
        customer = shopper.store.customer.create(
            {"email": email, "first_name": "New", "last_name": "Shopper"}
        )
        assert customer.customer.email == email
        assert customer.response.request.headers["Authorization"] == f"Bearer {registration}"

        token = shopper.auth.login("customer", "emailpass", {"email": email, "password": "pw-" + unique})
        assert token != registration
        me = shopper.store.customer.retrieve()
        assert (me.customer.id, me.customer.email, me.customer.first_name) == (
            customer.customer.id,
            email,
            "New",
        )
        updated = shopper.store.customer.update({"last_name": "Regular"}).customer
        assert updated.last_name == "Regular"
        # a customer token is no admin credential
        with pytest.raises(UnauthorizedError):
            shopper.admin.customer_group.list()

    with Medusa(base_url=BASE_URL, api_key=SECRET_KEY, publishable_key="") as admin:
        seen = admin.admin.customer.retrieve(customer.customer.id).customer
        assert (seen.email, seen.has_account) == (email, True)


def test_seeded_customer_login(store: Medusa) -> None:
    store.auth.login("customer", "emailpass", {"email": CUSTOMER_EMAIL, "password": CUSTOMER_PASSWORD})
    me = store.store.customer.retrieve()
    assert me.customer.id == "cus_harness_alice"
    with pytest.raises(UnauthorizedError):
        Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY).store.customer.retrieve()


def test_register_twice_is_refused(unique: str) -> None:
    email = f"twice-{unique}@example.com"
    with _client(publishable_key=PUBLISHABLE_KEY) as shopper:
        shopper.auth.register("customer", "emailpass", {"email": email, "password": "pw"})
        shopper.store.customer.create({"email": email})
    with _client(publishable_key=PUBLISHABLE_KEY) as again, pytest.raises(UnauthorizedError) as caught:
        again.auth.register("customer", "emailpass", {"email": email, "password": "pw"})
    # the server answers a duplicate identity with 401 unauthorized (not 400 invalid_data)
    error = caught.value
    assert (error.status_code, error.type, error.message) == (
        401,
        "unauthorized",
        "Identity with email already exists",
    )
    assert again.client.token is None


def test_empty_keys_ignore_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDUSA_API_KEY", SECRET_KEY)
    monkeypatch.setenv("MEDUSA_PUBLISHABLE_API_KEY", PUBLISHABLE_KEY)
    monkeypatch.setenv("MEDUSA_BACKEND_URL", BASE_URL)
    # None (not given): the environment's keys are used
    with Medusa() as from_env:
        assert from_env.client.base_url == BASE_URL
        assert from_env.admin.region.list({"limit": 1}).count == 2
        assert from_env.store.region.list().count == 2
    # "": no key, whatever the environment says
    with Medusa(api_key="", publishable_key="") as without:
        assert repr(without.client) == f"<Client base_url={BASE_URL!r} credentials=[]>"
        with pytest.raises(UnauthorizedError):
            without.admin.region.list()
        with pytest.raises(NotAllowedError):
            without.store.region.list()


def test_credentials_never_show_in_reprs_or_errors(unique: str) -> None:
    with _client(api_key=SECRET_KEY, publishable_key=PUBLISHABLE_KEY) as medusa:
        token = medusa.auth.login("user", "emailpass", ADMIN_LOGIN)
        texts = [repr(medusa), repr(medusa.client), str(medusa.client)]
        try:
            medusa.admin.customer_group.retrieve(f"cusgroup_{unique}")
        except NotFoundError as error:
            texts += [str(error), repr(error), error.message]
        try:
            medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": "pw-" + unique})
        except UnauthorizedError as error:
            texts += [str(error), repr(error)]
        assert len(texts) == 8
        for text in texts:
            for secret in (SECRET_KEY, PUBLISHABLE_KEY, token, ADMIN_PASSWORD, "pw-" + unique):
                assert secret not in text, text
        assert repr(medusa.client).endswith("credentials=['api_key', 'token', 'publishable_key']>")


def _record_paths(medusa: Medusa) -> List[str]:
    """The method and path of every request the client sends from now on."""
    seen: List[str] = []

    def hook(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        seen.append(f"{response.request.method} {response.request.path_url.split('?')[0]}")

    medusa.client.session.hooks["response"].append(hook)
    return seen


def test_session_login_and_refresh_open_one_session_each() -> None:
    with _client(auth_type="session") as medusa:
        sent = _record_paths(medusa)
        medusa.auth.login("user", "emailpass", ADMIN_LOGIN)
        assert sent == ["POST /auth/user/emailpass", "POST /auth/session"]
        first_cookie = medusa.client.session.cookies.get("connect.sid")

        del sent[:]
        new_token = medusa.auth.refresh()
        assert sent == ["POST /auth/token/refresh", "POST /auth/session"]
        assert new_token.count(".") == 2 and medusa.client.token is None
        # the server keeps the session id of the cookie it was sent
        assert medusa.client.session.cookies.get("connect.sid") == first_cookie
        assert medusa.admin.user.me().user.id == ADMIN_USER_ID


def test_session_customer_register_then_login_drops_the_registration_token(unique: str) -> None:
    email = f"session-{unique}@example.com"
    with _client(publishable_key=PUBLISHABLE_KEY, auth_type="session") as shopper:
        sent = _record_paths(shopper)
        registration = shopper.auth.register("customer", "emailpass", {"email": email, "password": "pw"})
        # the registration token is used as a Bearer token (no session is opened with it)
        assert sent == ["POST /auth/customer/emailpass/register"]
        assert shopper.client.token == registration and not shopper.client.session.cookies
        created = shopper.store.customer.create({"email": email})
        assert created.response.request.headers["Authorization"] == f"Bearer {registration}"

        shopper.auth.login("customer", "emailpass", {"email": email, "password": "pw"})
        assert shopper.client.token is None  # the session replaces the registration token
        me = shopper.store.customer.retrieve()
        assert me.customer.id == created.customer.id
        assert "Authorization" not in me.response.request.headers
