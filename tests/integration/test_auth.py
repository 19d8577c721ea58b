"""Auth modes on a real server: API token, admin JWT per instance, cookie sessions, store JWT."""

from __future__ import annotations

import pytest

from medusa_client import JSONResponse, Medusa, UnauthorizedError
from tests.integration.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, API_TOKEN, BASE_URL

CREDENTIALS = {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}


def test_no_credentials_is_a_typed_401(anonymous: Medusa) -> None:
    with pytest.raises(UnauthorizedError) as caught:
        anonymous.admin.customer_groups.list()
    assert caught.value.status_code == 401 and caught.value.message == "Unauthorized"
    assert caught.value.type is None


def test_api_token(admin: Medusa) -> None:
    assert admin.admin.auth.get_session().user.email == ADMIN_EMAIL


def test_wrong_api_token_is_401() -> None:
    with Medusa(base_url=BASE_URL, api_key="wrong-token") as medusa, pytest.raises(UnauthorizedError):
        medusa.admin.customer_groups.list()


def test_admin_jwt_is_per_instance(anonymous: Medusa) -> None:
    result = anonymous.admin.auth.get_token(CREDENTIALS)
    assert isinstance(result.access_token, str) and result.access_token.count(".") == 2
    assert result.access_token not in repr(result)
    assert anonymous.admin.customer_groups.list().response.status_code == 200
    with Medusa(base_url=BASE_URL) as second, pytest.raises(UnauthorizedError):
        second.admin.customer_groups.list()
    anonymous.client.set_admin_token(None)
    with pytest.raises(UnauthorizedError):
        anonymous.admin.customer_groups.list()


def test_wrong_password_is_401(anonymous: Medusa) -> None:
    with pytest.raises(UnauthorizedError):
        anonymous.admin.auth.get_token({"email": ADMIN_EMAIL, "password": "wrong"})
    assert anonymous.client.admin_token is None


def test_cookie_session_login_and_logout(anonymous: Medusa) -> None:
    user = anonymous.admin.auth.create_session(CREDENTIALS).user
    assert user.email == ADMIN_EMAIL and "connect.sid" in anonymous.client.session.cookies
    assert anonymous.admin.auth.get_session().user.id == user.id
    assert anonymous.admin.customer_groups.list().count >= 0
    with Medusa(base_url=BASE_URL) as other, pytest.raises(UnauthorizedError):
        other.admin.auth.get_session()
    anonymous.admin.auth.delete_session()
    with pytest.raises(UnauthorizedError):
        anonymous.admin.auth.get_session()


def test_store_jwt_and_domains(anonymous: Medusa, unique: str) -> None:
    email = f"shopper-{unique}@example.com"
    anonymous.customers.create({"email": email, "password": "pw123456", "first_name": "S", "last_name": "P"})
    anonymous.client.clear_auth()
    assert anonymous.auth.exists(email).exists is True
    token = anonymous.auth.get_token({"email": email, "password": "pw123456"})
    assert isinstance(token.access_token, str)
    assert anonymous.auth.get_session().customer.email == email
    assert anonymous.customers.retrieve().customer.email == email
    # the store JWT is never sent to /admin
    with pytest.raises(UnauthorizedError):
        anonymous.admin.customer_groups.list()


def test_store_customer_cookie_session(anonymous: Medusa, unique: str) -> None:
    email = f"cookie-{unique}@example.com"
    anonymous.customers.create({"email": email, "password": "pw123456", "first_name": "C", "last_name": "K"})
    anonymous.client.clear_auth()
    assert anonymous.auth.authenticate({"email": email, "password": "pw123456"}).customer.email == email
    assert anonymous.auth.get_session().customer.email == email
    anonymous.auth.delete_session()
    with pytest.raises(UnauthorizedError):
        anonymous.auth.get_session()


def test_api_key_is_never_sent_to_store_routes(admin: Medusa) -> None:
    products = admin.client.request("GET", "/store/products", JSONResponse, options={})
    sent = products.response.request.headers
    assert "x-medusa-access-token" not in {k.lower() for k in sent}
    assert admin.admin.auth.get_session().response.request.headers["x-medusa-access-token"] == API_TOKEN


def test_publishable_key_narrows_nothing_in_v1_but_is_sent() -> None:
    from tests.integration.conftest import PUBLISHABLE_KEY

    with Medusa(base_url=BASE_URL, publishable_api_key=PUBLISHABLE_KEY) as medusa:
        result = medusa.products.list()
        assert result.response.request.headers["x-publishable-api-key"] == PUBLISHABLE_KEY
        assert result.count == 3
