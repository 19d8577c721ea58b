"""Debug logging says what happened; secrets appear in no log line, repr or error text."""

from __future__ import annotations

import logging

import pytest
import requests
import responses

from medusa_client import Medusa, UnauthorizedError
from tests.conftest import BASE_URL

SECRETS = ("sk_secret_api_key", "pk_secret_publishable", "admin.jwt.secret", "store.jwt.secret", "s%3Acookie")


def make_client() -> Medusa:
    medusa = Medusa(base_url=BASE_URL, api_key=SECRETS[0], publishable_api_key=SECRETS[1])
    medusa.client.set_admin_token(SECRETS[2])
    medusa.client.set_store_token(SECRETS[3])
    medusa.client.session.cookies.set("connect.sid", SECRETS[4], domain="medusa.test")
    medusa.client._sleep = lambda s: None
    return medusa


def test_debug_log_records_method_path_status_attempt_and_duration(
    mocked: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json={}, status=503)
    mocked.add(
        "GET",
        BASE_URL + "/admin/customer-groups",
        json={"customer_groups": [], "count": 0, "offset": 0, "limit": 10},
    )
    caplog.set_level(logging.DEBUG)
    make_client().admin.customer_groups.list({"q": "vip@example.com"})
    lines = [r.getMessage() for r in caplog.records if r.name == "medusa_client"]
    assert lines[0].startswith("GET /admin/customer-groups -> 503 (attempt 1, ")
    assert lines[1].startswith("GET /admin/customer-groups -> 200 (attempt 2, ")
    assert lines[1].endswith(" ms)")
    assert not any("vip@example.com" in line for line in lines)


def test_no_secret_in_any_log_record_repr_or_error(
    mocked: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mocked.add("GET", BASE_URL + "/admin/auth", json={"user": {"id": "u", "api_token": "tok_user_secret"}})
    mocked.add("GET", BASE_URL + "/store/auth", body="Unauthorized", status=401, content_type="text/plain")
    mocked.add("POST", BASE_URL + "/admin/auth/token", json={"access_token": "fresh.jwt.secret"})
    mocked.add("GET", BASE_URL + "/admin/customer-groups", body=requests.ConnectionError("refused"))
    medusa = make_client()
    texts = [repr(medusa), repr(medusa.client), repr(medusa.admin), repr(medusa.admin.customer_groups)]
    session = medusa.admin.auth.get_session()
    texts += [repr(session), repr(session.user), str(session.to_dict().keys())]
    with pytest.raises(UnauthorizedError) as unauthorized:
        medusa.auth.get_session()
    texts += [str(unauthorized.value), repr(unauthorized.value)]
    token = medusa.admin.auth.get_token({"email": "a@b.c", "password": "pw_secret"})
    texts += [repr(token)]
    with pytest.raises(Exception) as failed:
        medusa.admin.customer_groups.list()
    texts += [str(failed.value), repr(failed.value)]
    texts += [record.getMessage() for record in caplog.records]
    joined = "\n".join(texts)
    for secret in (*SECRETS, "tok_user_secret", "fresh.jwt.secret", "pw_secret"):
        assert secret not in joined, secret


def test_repr_masks_credential_like_keys_everywhere() -> None:
    """Fields and JSON keys named like credentials are masked, in models and in additional_properties."""
    from medusa_client.models import Customer
    from medusa_client.v2.models import AuthLoginResponse

    customer = Customer.from_dict(
        {
            "id": "cus_1",
            "email": "a@example.com",
            "password_hash": "scrypt$HASH_VALUE",
            "metadata": {"erp_secret": "META_SECRET", "plan": "gold"},
            "reset_token": "RESET_TOKEN_VALUE",
            "extra": [{"password": "PW_VALUE", "token": "TOKEN_VALUE", "name": "kept"}],
        }
    )
    text = repr(customer)
    for secret in ("HASH_VALUE", "META_SECRET", "RESET_TOKEN_VALUE", "PW_VALUE", "TOKEN_VALUE"):
        assert secret not in text
    assert "'plan': 'gold'" in text and "'name': 'kept'" in text and "a@example.com" in text
    assert repr(AuthLoginResponse.from_dict({"token": "JWT_VALUE"})) == "AuthLoginResponse(token='***')"
    assert customer.password_hash == "scrypt$HASH_VALUE"  # only the repr is masked
