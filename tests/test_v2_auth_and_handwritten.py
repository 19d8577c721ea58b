"""v2 credentials and the hand-written v2 methods, on the wire (``responses``)."""

from __future__ import annotations

import base64
import json
from typing import Any, Iterator, List
from urllib.parse import parse_qs, urlsplit

import pytest
import responses

from medusa_client.v2 import (
    APIResponseValidationError,
    InvalidDataError,
    Medusa,
    NotAllowedError,
    UnauthorizedError,
)
from medusa_client.v2.models import AuthLoginResponse, StoreCart

BASE = "http://medusa2.test"
SECRET_KEY = "sk_unit_SECRET_key"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6InVzZXJfMSJ9.SIG_SECRET"
JWT2 = "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6InVzZXJfMiJ9.SIG2_SECRET"


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=True) as rsps:
        yield rsps


def anonymous(**kwargs: Any) -> Medusa:
    return Medusa(base_url=BASE, api_key="", publishable_key="", **kwargs)


def auth_of(mocked: responses.RequestsMock, index: int = -1) -> Any:
    return mocked.calls[index].request.headers.get("Authorization")


# ------------------------------------------------------------------------------------ credentials


def test_environment_fallbacks_and_empty_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDUSA_BACKEND_URL", "http://env.test")
    monkeypatch.setenv("MEDUSA_API_KEY", "sk_env")
    monkeypatch.setenv("MEDUSA_PUBLISHABLE_API_KEY", "pk_env")
    from_env = Medusa()
    assert (from_env.client.base_url, from_env.client.api_key, from_env.client.publishable_key) == (
        "http://env.test",
        "sk_env",
        "pk_env",
    )
    none = Medusa(api_key="", publishable_key="")
    assert (none.client.api_key, none.client.publishable_key) == (None, None)


def test_secret_key_goes_to_admin_only_and_publishable_key_to_store_only(
    mocked: responses.RequestsMock,
) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="pk_1")
    mocked.add("GET", BASE + "/admin/regions", json={"regions": [], "count": 0, "offset": 0, "limit": 50})
    mocked.add("GET", BASE + "/store/regions", json={"regions": [], "count": 0, "offset": 0, "limit": 50})
    mocked.add("GET", BASE + "/auth/user/providers", json={})
    medusa.admin.region.list()
    medusa.store.region.list()
    medusa.auth.list_providers("user")
    admin, store, auth = (call.request.headers for call in mocked.calls)
    assert admin["Authorization"] == "Basic " + base64.b64encode(f"{SECRET_KEY}:".encode()).decode()
    assert "x-publishable-api-key" not in admin
    assert store["x-publishable-api-key"] == "pk_1" and "Authorization" not in store
    assert "Authorization" not in auth and "x-publishable-api-key" not in auth


def test_credentials_are_never_in_repr_or_errors(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="pk_secret_value")
    medusa.client.set_token(JWT)
    text = repr(medusa) + repr(medusa.client)
    assert "token" in text and "api_key" in text
    for secret in (SECRET_KEY, JWT, "pk_secret_value"):
        assert secret not in text
    mocked.add("GET", BASE + "/admin/users/me", json={"message": "Unauthorized"}, status=401)
    with pytest.raises(UnauthorizedError) as caught:
        medusa.admin.user.me()
    assert JWT not in str(caught.value) and SECRET_KEY not in str(caught.value)


def test_a_missing_publishable_key_is_named_in_the_error(mocked: responses.RequestsMock) -> None:
    body = {
        "type": "not_allowed",
        "message": "Publishable API key required in the request header: x-publishable-api-key.",
    }
    mocked.add("GET", BASE + "/store/products", json=body, status=400)
    with pytest.raises(NotAllowedError, match="this client has no publishable key: pass publishable_key="):
        anonymous().store.product.list()


def test_with_options_shares_the_pool_and_keeps_the_token(mocked: responses.RequestsMock) -> None:
    medusa = anonymous()
    medusa.client.set_token(JWT)
    fast = medusa.with_options(timeout=2, max_retries=0, custom_headers={"X-Trace": "1"})
    assert fast.client.session is medusa.client.session
    assert (fast.client.timeout, fast.client.max_retries) == (2, 0)
    assert medusa.client.timeout != 2
    mocked.add("GET", BASE + "/admin/users/me", json={"user": {"id": "user_1"}})
    fast.admin.user.me()
    assert auth_of(mocked) == f"Bearer {JWT}"
    assert mocked.calls[0].request.headers["X-Trace"] == "1"


# ------------------------------------------------------------------------------------------ login


def test_login_returns_the_jwt_and_uses_it(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    mocked.add("POST", BASE + "/auth/user/emailpass", json={"token": JWT})
    mocked.add("GET", BASE + "/admin/users/me", json={"user": {"id": "user_1"}})
    assert medusa.auth.login("user", "emailpass", {"email": "a@b.c", "password": "pw"}) == JWT
    login = mocked.calls[0].request
    assert json.loads(login.body or b"") == {"email": "a@b.c", "password": "pw"}
    assert "Authorization" not in login.headers  # no credentials on a login
    medusa.admin.user.me()
    assert auth_of(mocked) == f"Bearer {JWT}"  # the token wins over the secret key


def test_a_redirect_login_returns_the_location_and_keeps_no_token(mocked: responses.RequestsMock) -> None:
    medusa = anonymous()
    mocked.add("POST", BASE + "/auth/customer/google", json={"location": "https://accounts.example/o"})
    result = medusa.auth.login("customer", "google", {})
    assert isinstance(result, AuthLoginResponse)
    assert result.location == "https://accounts.example/o"
    assert medusa.client.token is None


def test_login_without_a_token_is_a_validation_error(mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE + "/auth/user/emailpass", json={})
    with pytest.raises(APIResponseValidationError, match="login: the server answered without a token"):
        anonymous().auth.login("user", "emailpass", {})


def test_wrong_password_is_typed(mocked: responses.RequestsMock) -> None:
    body = {"type": "unauthorized", "message": "Invalid email or password"}
    mocked.add("POST", BASE + "/auth/user/emailpass", json=body, status=401)
    with pytest.raises(UnauthorizedError, match="Invalid email or password"):
        anonymous().auth.login("user", "emailpass", {"email": "a@b.c", "password": "bad"})


def test_session_mode_exchanges_the_token_for_a_cookie(mocked: responses.RequestsMock) -> None:
    medusa = anonymous(auth_type="session")
    mocked.add("POST", BASE + "/auth/user/emailpass", json={"token": JWT})
    mocked.add(
        "POST",
        BASE + "/auth/session",
        json={"user": {}},
        headers={"Set-Cookie": "connect.sid=s%3Asecret; Path=/; HttpOnly"},
    )
    mocked.add("GET", BASE + "/admin/users/me", json={"user": {"id": "user_1"}})
    mocked.add("DELETE", BASE + "/auth/session", json={"success": True})
    medusa.auth.login("user", "emailpass", {})
    assert auth_of(mocked, 1) == f"Bearer {JWT}"
    assert medusa.client.token is None
    medusa.admin.user.me()
    me = mocked.calls[2].request
    assert "Authorization" not in me.headers and "connect.sid=" in me.headers["Cookie"]
    medusa.auth.logout()
    assert not medusa.client.session.cookies
    assert repr(medusa.client).endswith("credentials=[]>")


def test_jwt_logout_makes_no_request(mocked: responses.RequestsMock) -> None:
    medusa = anonymous()
    medusa.client.set_token(JWT)
    medusa.auth.logout()
    assert medusa.client.token is None and len(mocked.calls) == 0


def test_refresh_uses_the_new_token_and_refuses_an_answer_without_one(mocked: responses.RequestsMock) -> None:
    medusa = anonymous()
    medusa.client.set_token(JWT)
    mocked.add("POST", BASE + "/auth/token/refresh", json={"token": JWT2})
    mocked.add("POST", BASE + "/auth/token/refresh", json={})
    assert medusa.auth.refresh() == JWT2
    assert auth_of(mocked, 0) == f"Bearer {JWT}"
    with pytest.raises(APIResponseValidationError):
        medusa.auth.refresh()
    assert medusa.client.token == JWT2  # js-sdk would now hold "undefined"


def test_register_keeps_the_registration_token_for_the_next_call(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key="", publishable_key="pk_1", auth_type="session")
    mocked.add("POST", BASE + "/auth/customer/emailpass/register", json={"token": JWT})
    mocked.add("POST", BASE + "/store/customers", json={"customer": {"id": "cus_1"}})
    assert medusa.auth.register("customer", "emailpass", {"email": "n@b.c", "password": "pw"}) == JWT
    medusa.store.customer.create({"email": "n@b.c"})
    assert auth_of(mocked) == f"Bearer {JWT}"  # js-sdk sends nothing here in session mode


def test_update_provider_sends_the_reset_token_instead_of_the_clients(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    medusa.client.set_token(JWT)
    mocked.add("POST", BASE + "/auth/user/emailpass/update", body="", status=200)
    medusa.auth.update_provider("user", "emailpass", {"password": "new"}, "reset_tok")
    assert auth_of(mocked) == "Bearer reset_tok"
    assert json.loads(mocked.calls[0].request.body or b"") == {"password": "new"}


def test_callback_takes_the_providers_query(mocked: responses.RequestsMock) -> None:
    medusa = anonymous()
    mocked.add("GET", BASE + "/auth/customer/google/callback", json={"token": JWT})
    assert medusa.auth.callback("customer", "google", {"code": "c 1", "state": "s"}) == JWT
    assert parse_qs(urlsplit(mocked.calls[0].request.url).query) == {"code": ["c 1"], "state": ["s"]}
    assert medusa.client.token == JWT


# ------------------------------------------------------------------------------- other hand-written


def test_initiate_payment_session_creates_the_collection_when_the_cart_has_none(
    mocked: responses.RequestsMock,
) -> None:
    medusa = Medusa(base_url=BASE, api_key="", publishable_key="pk_1")
    collection = {"payment_collection": {"id": "pay_col_1", "payment_sessions": []}}
    mocked.add("POST", BASE + "/store/payment-collections", json=collection)
    mocked.add("POST", BASE + "/store/payment-collections/pay_col_1/payment-sessions", json=collection)
    cart = StoreCart.from_dict({"id": "cart_1"})
    result = medusa.store.payment.initiate_payment_session(cart, {"provider_id": "pp_system_default"})
    assert result.payment_collection.id == "pay_col_1"
    first, second = (call.request for call in mocked.calls)
    assert json.loads(first.body or b"") == {"cart_id": "cart_1"}
    assert json.loads(second.body or b"") == {"provider_id": "pp_system_default"}
    assert second.headers["x-publishable-api-key"] == "pk_1"


@pytest.mark.parametrize(
    "cart", [{"id": "cart_1", "payment_collection": {"id": "pay col/2"}}, "cart_1"], ids=["mapping", "id"]
)
def test_initiate_payment_session_takes_a_mapping_or_an_id(mocked: responses.RequestsMock, cart: Any) -> None:
    medusa = Medusa(base_url=BASE, api_key="", publishable_key="pk_1")
    body = {"payment_collection": {"id": "pay col/2"}}
    if isinstance(cart, str):
        mocked.add("POST", BASE + "/store/payment-collections", json=body)
    mocked.add("POST", BASE + "/store/payment-collections/pay%20col%2F2/payment-sessions", json=body)
    medusa.store.payment.initiate_payment_session(cart, {"provider_id": "pp"}, {"fields": "id"})
    assert urlsplit(mocked.calls[-1].request.url).query == "fields=id"
    with pytest.raises(TypeError, match="cart must be"):
        medusa.store.payment.initiate_payment_session(42, {})  # type: ignore[arg-type]


def test_invite_accept_sends_the_token_as_one_query_value_without_credentials(
    mocked: responses.RequestsMock,
) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    mocked.add("POST", BASE + "/admin/invites/accept", json={"user": {"id": "user_2"}})
    medusa.admin.invite.accept({"invite_token": "a&b=c d", "email": "n@b.c", "first_name": "N"})
    request = mocked.calls[0].request
    assert parse_qs(urlsplit(request.url).query) == {"token": ["a&b=c d"]}
    assert json.loads(request.body or b"") == {"email": "n@b.c", "first_name": "N"}
    assert "Authorization" not in request.headers
    with pytest.raises(ValueError, match="invite_token"):
        medusa.admin.invite.accept({"email": "n@b.c"})


def test_promotion_rules_send_the_servers_batch_bodies(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    url = BASE + "/admin/promotions/promo_1/target-rules/batch"
    for _ in range(3):
        mocked.add("POST", url, json={"promotion": {"id": "promo_1"}})
    rule = {"attribute": "customer_group_id", "operator": "in", "values": ["g"]}
    medusa.admin.promotion.add_rules("promo_1", "target-rules", {"rules": [rule]})
    medusa.admin.promotion.update_rules("promo_1", "target-rules", {"rules": [{"id": "r1", **rule}]})
    medusa.admin.promotion.remove_rules("promo_1", "target-rules", {"rule_ids": ["r1"]})
    bodies: List[Any] = [json.loads(call.request.body or b"") for call in mocked.calls]
    assert bodies == [{"create": [rule]}, {"update": [{"id": "r1", **rule}]}, {"delete": ["r1"]}]
    with pytest.raises(ValueError, match="rule_type must be one of"):
        medusa.admin.promotion.add_rules("promo_1", "../x", {"rules": []})


def test_list_rule_attributes_builds_its_query(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    url = BASE + "/admin/promotions/rule-attribute-options/rules"
    mocked.add("GET", url, json={"attributes": []})
    mocked.add("GET", url, json={"attributes": []})
    medusa.admin.promotion.list_rule_attributes("rules", "standard", "items")
    medusa.admin.promotion.list_rule_attributes("rules")
    first, second = (call.request.url for call in mocked.calls)
    assert urlsplit(first).query == "promotion_type=standard&application_method_target_type=items"
    assert urlsplit(second).query == ""


def test_product_import_uploads_the_csv_as_the_file_part(
    mocked: responses.RequestsMock, tmp_path: Any
) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    csv = tmp_path / "products.csv"
    csv.write_bytes(b"Product Handle\nshirt\n")
    mocked.add("POST", BASE + "/admin/products/import", json={"transaction_id": "tx_1", "summary": {}})
    assert medusa.admin.product.import_(str(csv)).transaction_id == "tx_1"
    request = mocked.calls[0].request
    body = request.body if isinstance(request.body, bytes) else b""
    assert b'name="file"; filename="products.csv"' in body and b"Product Handle" in body


def test_product_create_import_through_a_local_file_service(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    mocked.add(
        "POST",
        BASE + "/admin/uploads/presigned-urls",
        json={"url": "/admin/uploads", "filename": "key_1", "mime_type": "text/csv", "size": 5},
    )
    mocked.add("POST", BASE + "/admin/uploads", json={"files": [{"id": "file_key_1", "url": "/u/1"}]})
    mocked.add("POST", BASE + "/admin/products/imports", json={"transaction_id": "tx_2"})
    medusa.admin.product.create_import(("p.csv", b"a,b\n", "text/csv"))
    presign, upload, start = (call.request for call in mocked.calls)
    assert b"a,b" in (upload.body if isinstance(upload.body, bytes) else b"")
    assert json.loads(presign.body or b"")["originalname"] == "p.csv"
    assert json.loads(start.body or b"")["file_key"] == "file_key_1"


def test_validation_errors_keep_the_servers_type(mocked: responses.RequestsMock) -> None:
    body = {"type": "invalid_data", "message": "Invalid request: Unrecognized fields: 'bogus'"}
    mocked.add("POST", BASE + "/admin/customer-groups", json=body, status=400)
    with pytest.raises(InvalidDataError) as caught:
        Medusa(base_url=BASE, api_key=SECRET_KEY).admin.customer_group.create({"name": "x", "bogus": 1})
    assert (caught.value.status_code, caught.value.type) == (400, "invalid_data")


def test_mfa_challenge_answer_logs_in(mocked: responses.RequestsMock) -> None:
    medusa = anonymous()
    mocked.add("POST", BASE + "/auth/mfa/challenges/ch_1/verify", json={"token": JWT})
    assert medusa.auth.mfa.verify_challenge("ch_1", {"code": "123456"}) == JWT
    assert medusa.client.token == JWT
    mocked.replace("POST", BASE + "/auth/mfa/challenges/ch_1/verify", json={})
    with pytest.raises(
        APIResponseValidationError, match="verify_challenge: the server answered without a token"
    ):
        medusa.auth.mfa.verify_challenge("ch_1", {"code": "123456"})


def test_logout_forgets_the_session_even_when_the_server_refuses(mocked: responses.RequestsMock) -> None:
    medusa = anonymous(auth_type="session")
    medusa.client.session.cookies.set("connect.sid", "s%3Aexpired", domain="medusa2.test")
    mocked.add("DELETE", BASE + "/auth/session", json={"message": "Unauthorized"}, status=401)
    with pytest.raises(UnauthorizedError):
        medusa.auth.logout()
    assert not medusa.client.session.cookies and medusa.client.token is None


def test_product_import_keeps_the_mime_type_a_tuple_gives(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key="")
    mocked.add("POST", BASE + "/admin/products/import", json={"transaction_id": "tx_1", "summary": {}})
    mocked.add("POST", BASE + "/admin/products/import", json={"transaction_id": "tx_2", "summary": {}})
    medusa.admin.product.import_(("export.data", b"Product Handle\n", "text/csv"))
    medusa.admin.product.import_(b"Product Handle\n")
    given, guessed = (call.request.body for call in mocked.calls)
    assert isinstance(given, bytes) and isinstance(guessed, bytes)
    assert b'filename="export.data"\r\nContent-Type: text/csv' in given
    assert b'filename="file0"\r\nContent-Type: application/octet-stream' in guessed
