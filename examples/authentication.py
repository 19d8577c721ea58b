"""docs/authentication.md, runnable: API token, admin JWT, cookie session, customer JWT, publishable key,
and giving a (bot) admin user an API token.

Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9000), MEDUSA_API_KEY (default the test
server's token), MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD (default the test server's admin) and
MEDUSA_PUBLISHABLE_KEY (default the test server's publishable key).
"""

from __future__ import annotations

import os
import secrets
import uuid

from medusa_client import Medusa, UnauthorizedError

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000")
API_KEY = os.environ.get("MEDUSA_API_KEY", "test_api_token_123")
ADMIN_EMAIL = os.environ.get("MEDUSA_ADMIN_EMAIL", "admin@medusa-test.com")
ADMIN_PASSWORD = os.environ.get("MEDUSA_ADMIN_PASSWORD", "supersecret")
PUBLISHABLE_KEY = os.environ.get("MEDUSA_PUBLISHABLE_KEY", "pk_harness_storefront")


def api_token() -> None:
    # x-medusa-access-token on /admin routes; the usual choice for a backend or a job.
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as medusa:
        print("api token: logged in as", medusa.admin.auth.get_session().user.email)


def without_api_key() -> Medusa:
    """A client with no API token even when MEDUSA_API_KEY is set: pass an empty key."""
    return Medusa(base_url=BASE_URL, api_key="")


def admin_jwt() -> None:
    # POST /admin/auth/token returns a JWT that this client then sends as Authorization: Bearer.
    with without_api_key() as medusa:
        medusa.admin.auth.get_token({"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        print("admin JWT: logged in as", medusa.admin.auth.get_session().user.email)
        token = medusa.client.admin_token  # keep it to reuse in another client
    with without_api_key() as other:
        other.client.set_admin_token(token)
        print("admin JWT reused:", other.admin.users.list().users[0].email is not None)


def cookie_session() -> None:
    # POST /admin/auth sets a session cookie, kept in this client's cookie jar only.
    with without_api_key() as medusa:
        medusa.admin.auth.create_session({"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        print("cookie session:", medusa.admin.auth.get_session().user.email)
        medusa.admin.auth.delete_session()
        try:
            medusa.admin.auth.get_session()
        except UnauthorizedError as error:
            print("after logout:", error.status_code, error.message)


def customer_jwt() -> None:
    # Customers log in on /store/auth; the JWT is used for /store routes only.
    email, password = f"shopper-{uuid.uuid4().hex[:8]}@example.com", "s3cret-pw"
    with Medusa(base_url=BASE_URL) as medusa:
        medusa.customers.create(
            {"email": email, "password": password, "first_name": "Ann", "last_name": "Lee"}
        )
        medusa.client.clear_auth()  # registering also logged in with a cookie: start from nothing
        medusa.auth.get_token({"email": email, "password": password})
        print("customer JWT:", medusa.customers.retrieve().customer.email == email)


def publishable_key() -> None:
    # x-publishable-api-key on every request: scopes the store API to the key's sales channels.
    with Medusa(base_url=BASE_URL, publishable_api_key=PUBLISHABLE_KEY) as medusa:
        print("publishable key: products in its channels:", medusa.products.list({"limit": 1}).count)


def give_a_bot_user_an_api_token() -> None:
    # An admin creates a user for the integration and sets its api_token (POST /admin/users/{id}).
    suffix = uuid.uuid4().hex[:8]
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as admin:
        bot = admin.admin.users.create(
            {
                "email": f"erp-bot-{suffix}@example.com",
                "password": secrets.token_urlsafe(16),
                "role": "member",
            }
        ).user
        token = secrets.token_urlsafe(32)
        admin.admin.users.update(bot.id, {"api_token": token})

        with Medusa(base_url=BASE_URL, api_key=token) as as_bot:
            print("bot token works:", as_bot.admin.auth.get_session().user.id == bot.id)

        admin.admin.users.delete(bot.id)


if __name__ == "__main__":
    api_token()
    admin_jwt()
    cookie_session()
    customer_jwt()
    publishable_key()
    give_a_bot_user_an_api_token()
