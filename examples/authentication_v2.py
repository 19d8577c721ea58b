"""The "Medusa v2" section of docs/authentication.md, runnable: secret keys, JWT, cookie sessions,
customer registration, invites, publishable keys and what repr() hides.

For Medusa v2 (2.x) servers. Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9200),
MEDUSA_API_KEY (a secret API key ``sk_...``), MEDUSA_PUBLISHABLE_API_KEY (``pk_...``),
MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD (an admin user); the defaults are the v2 test server's.
Third-party logins need a provider the test server does not have: that part runs against
``medusa_client.testing.MedusaMockV2``.
"""

from __future__ import annotations

import os
import secrets
import uuid
from typing import Optional

from medusa_client.v2 import (
    DuplicateError,
    Medusa,
    NotAllowedError,
    NotFoundError,
    UnauthorizedError,
)
from medusa_client.v2.models import AuthLoginResponse

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9200")
SECRET_KEY = os.environ.get("MEDUSA_API_KEY", "sk_harness_test_secret")
PUBLISHABLE_KEY = os.environ.get("MEDUSA_PUBLISHABLE_API_KEY", "pk_harness_storefront")
ADMIN_EMAIL = os.environ.get("MEDUSA_ADMIN_EMAIL", "admin@medusa-test.com")
ADMIN_PASSWORD = os.environ.get("MEDUSA_ADMIN_PASSWORD", "supersecret")


def secret_key() -> None:
    with Medusa(base_url=BASE_URL, api_key=SECRET_KEY, publishable_key="") as admin:
        key = admin.admin.api_key.create({"title": "ERP bot", "type": "secret"}).api_key
        token = key.token  # sk_...: only this answer carries it; later reads show it redacted

        with Medusa(base_url=BASE_URL, api_key=token, publishable_key="") as bot:
            print("bot key works:", bot.admin.region.list({"limit": 1}).count > 0)
            try:
                bot.admin.user.me()  # the actor is the key, not a user
            except NotFoundError as error:
                print("bot is no user:", error.status_code)

            admin.admin.api_key.revoke(key.id)  # calls with it answer 401 from now on
            try:
                bot.admin.region.list()
            except UnauthorizedError as error:
                print("revoked key:", error.status_code, error.message, error.type)
        admin.admin.api_key.delete(key.id)


def jwt_login() -> None:
    with Medusa(base_url=BASE_URL, api_key="") as medusa:
        token = medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        print("JWT:", medusa.admin.user.me().user.email)
        token = medusa.auth.refresh()  # a new JWT, used from now on; the old one stays valid
        print("refreshed:", medusa.client.get_token() == token)
        medusa.auth.logout()  # forgets the token; no request in jwt mode
        print("after logout:", medusa.client.token)


def wrong_password() -> None:
    with Medusa(base_url=BASE_URL, api_key="") as medusa:
        try:
            medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": "not-it"})
        except UnauthorizedError as error:
            print("wrong password:", error.status_code, error.type, error.message)


def cookie_session() -> None:
    with Medusa(base_url=BASE_URL, api_key="", auth_type="session") as medusa:
        medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        print("cookie session:", medusa.admin.user.me().user.email)  # sent with the cookie, no Authorization
        print("JWT kept:", medusa.client.token)
        medusa.auth.logout()  # DELETE /auth/session, then the jar is emptied
        try:
            medusa.admin.user.me()
        except UnauthorizedError as error:
            print("session after logout:", error.status_code)


def register_customer(email: str, password: str) -> str:
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY) as shopper:
        shopper.auth.register("customer", "emailpass", {"email": email, "password": password})
        customer = shopper.store.customer.create(
            {"email": email, "first_name": "Ann", "last_name": "Lee"}
        ).customer
        try:
            shopper.store.customer.create({"email": email})  # the same registration token again
        except DuplicateError as error:
            print("second create:", error.status_code, error.type)
        shopper.auth.login("customer", "emailpass", {"email": email, "password": password})
        print("customer JWT:", shopper.store.customer.retrieve().customer.id == customer.id)
        return customer.id


def register_twice(email: str) -> None:
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY) as again:
        try:
            again.auth.register("customer", "emailpass", {"email": email, "password": "other"})
        except UnauthorizedError as error:
            print("register twice:", error.status_code, error.message)


def accept_invite(admin: Medusa, email: str) -> str:
    invite = admin.admin.invite.create({"email": email}).invite  # invite.token goes to the person
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as newcomer:
        password = secrets.token_urlsafe(12)
        newcomer.auth.register("user", "emailpass", {"email": email, "password": password})
        user = newcomer.admin.invite.accept(
            {"invite_token": invite.token, "email": email, "first_name": "New", "last_name": "Admin"}
        ).user
        newcomer.auth.login("user", "emailpass", {"email": email, "password": password})
        print("invited user logged in:", newcomer.admin.user.me().user.id == user.id)
    return user.id


JWT_FROM_PROVIDER = "header.payload.signature"  # what the mock answers


def login_with_provider(medusa: Medusa) -> Optional[str]:
    """Start a third-party login; returns where to send the user's browser (None: logged in already)."""
    result = medusa.auth.login("customer", "google", {})
    if isinstance(result, AuthLoginResponse) and result.location:
        return result.location  # send the user's browser there
    return None


def finish_provider_login(medusa: Medusa, code: str, state: str) -> None:
    # in the handler of the provider's redirect, with the query it came back with:
    medusa.auth.callback("customer", "google", {"code": code, "state": state})


def third_party_login() -> None:
    from medusa_client.testing import MedusaMockV2

    with MedusaMockV2() as mock:  # the test server has no Google provider: a mock plays it
        mock.auth.login.returns({"location": "https://accounts.google.com/o/oauth2/v2/auth?client_id=demo"})
        mock.auth.callback.returns({"token": JWT_FROM_PROVIDER})
        medusa = mock.client(api_key="")
        print("redirect to:", login_with_provider(medusa))
        print("token kept before the callback:", medusa.client.token)
        finish_provider_login(medusa, code="4/0Adeu5", state="xyz")
        print("token kept after the callback:", medusa.client.token == JWT_FROM_PROVIDER)


def password_reset(admin: Medusa, user_id: str, email: str) -> None:
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as medusa:
        medusa.auth.reset_password("user", "emailpass", {"identifier": email})
        # the server emits an event with a reset token; your notification subscriber sends it to the user.
        # An admin can also make one (POST /admin/users/{id}/reset-password):
        reset_token = admin.admin.user.generate_reset_password_token(user_id).token
        new_password = secrets.token_urlsafe(12)
        medusa.auth.update_provider("user", "emailpass", {"password": new_password}, reset_token)
        medusa.auth.login("user", "emailpass", {"email": email, "password": new_password})
        print("new password works:", medusa.admin.user.me().user.email == email)
        try:
            medusa.auth.update_provider("user", "emailpass", {"password": "again"}, reset_token)
        except UnauthorizedError as error:
            print("reset token used twice:", error.status_code, error.message)


def publishable_key(admin: Medusa) -> None:
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as medusa:
        try:
            medusa.store.product.list()
        except NotAllowedError as error:
            print("without a publishable key:", error.status_code, error.type)
            print(error.message)

    key = admin.admin.api_key.create({"title": "Second shop", "type": "publishable"}).api_key
    admin.admin.api_key.batch_sales_channels(key.id, {"add": ["sc_harness_default"]})
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=key.token) as shop:
        print("new publishable key: products", shop.store.product.list({"limit": 1}).count)
        admin.admin.api_key.revoke(key.id)
        try:
            shop.store.product.list()
        except NotAllowedError as error:
            print("revoked publishable key:", error.message)
    admin.admin.api_key.delete(key.id)


def what_repr_hides() -> None:
    with Medusa(base_url=BASE_URL, api_key=SECRET_KEY, publishable_key=PUBLISHABLE_KEY) as medusa:
        medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        print(repr(medusa.client))  # names the credentials it holds, never their values


def several_clients() -> None:
    with Medusa(base_url=BASE_URL, api_key="") as medusa:
        medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        fast = medusa.with_options(timeout=5, max_retries=0)  # same pool, starts with the same JWT
        print("copy uses the JWT:", fast.admin.user.me().user.email)
        fast.client.clear_token()  # changes the copy only
        print("original still logged in:", medusa.client.token is not None, fast.client.token is None)


def main() -> None:
    suffix = uuid.uuid4().hex[:8]
    secret_key()
    jwt_login()
    wrong_password()
    cookie_session()

    email, password = f"shopper-{suffix}@example.com", secrets.token_urlsafe(12)
    customer_id = register_customer(email, password)
    register_twice(email)
    third_party_login()

    with Medusa(base_url=BASE_URL, api_key=SECRET_KEY, publishable_key="") as admin:
        user_email = f"new-admin-{suffix}@example.com"
        user_id = accept_invite(admin, user_email)
        password_reset(admin, user_id, user_email)
        publishable_key(admin)
        admin.admin.user.delete(user_id)
        admin.admin.customer.delete(customer_id)

    what_repr_hides()
    several_clients()


if __name__ == "__main__":
    main()
