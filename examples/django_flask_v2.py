"""docs/django-flask-v2.md, runnable: medusa_client.v2 in a web app (Django, Flask, any WSGI framework).

One client per process, settings from the environment, short timeouts per request, Medusa's errors
turned into HTTP answers, a shopper's login kept in the web session (never on the shared client),
and tests without a server. The views are framework-neutral functions; the Flask and Django wiring
runs only when those packages are installed (they are not dependencies of medusa_client).

For Medusa v2 (2.x) servers. Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9200),
MEDUSA_API_KEY (a secret API key ``sk_...``), MEDUSA_PUBLISHABLE_API_KEY (``pk_...``); the defaults
are the v2 test server's.
"""

from __future__ import annotations

import functools
import os
import secrets
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Dict, MutableMapping, Tuple

from medusa_client.v2 import (
    InvalidDataError,
    Medusa,
    MedusaError,
    NotFoundError,
    UnauthorizedError,
)

if TYPE_CHECKING:  # medusa_client.testing needs `responses`, a test dependency
    from medusa_client.testing import MedusaMockV2

try:  # not a dependency: the wiring below is defined only when Flask is installed
    import flask
except ImportError:
    flask = None  # type: ignore[assignment]

try:
    import django
except ImportError:
    django = None  # type: ignore[assignment]

# --------------------------------------------------------------------------- shop/medusa_setup.py


@functools.cache
def get_medusa() -> Medusa:
    """The process's one client for the backend's own calls: created on first use, shared by every
    request and thread. It holds the secret key (your backend's identity) and the publishable key."""
    return Medusa(
        base_url=os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9200"),
        api_key=os.environ.get("MEDUSA_API_KEY", "sk_harness_test_secret"),
        publishable_key=os.environ.get("MEDUSA_PUBLISHABLE_API_KEY", "pk_harness_storefront"),
        timeout=(3, 10),
        max_retries=1,
    )


@functools.cache
def get_storefront() -> Medusa:
    """The process's one client for shoppers: the publishable key only, never the secret key."""
    return Medusa(
        base_url=os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9200"),
        api_key="",
        publishable_key=os.environ.get("MEDUSA_PUBLISHABLE_API_KEY", "pk_harness_storefront"),
        timeout=(3, 10),
        max_retries=1,
    )


# --------------------------------------------------------------------------- shop/views.py (any framework)

JSON = Dict[str, Any]


def product_by_handle(handle: str) -> Tuple[int, JSON]:
    """What a view returns: an HTTP status and a JSON body, with Medusa's errors mapped."""
    medusa = get_medusa().with_options(timeout=(2, 5))  # this request's budget, on the shared pool
    try:
        products = medusa.store.product.list(
            {"handle": handle, "region_id": "reg_harness_us", "fields": "id,title,*variants.calculated_price"}
        ).products
    except InvalidDataError as error:  # 400: the request was wrong
        return 400, {"error": error.message}
    except MedusaError:  # the shop is down, slow or refusing: do not turn it into a 500 of ours
        return 503, {"error": "the shop is unavailable, try again later"}
    if not products:
        return 404, {"error": f"no product {handle}"}
    prices = [v.calculated_price.calculated_amount for v in products[0].variants or []]
    return 200, {"id": products[0].id, "title": products[0].title, "from": min(prices)}


def customer_client(web_session: MutableMapping[str, Any]) -> Medusa:
    """A client for this request only, acting as the shopper of this web session (if logged in).

    ``with_options`` copies the shared storefront client (same connection pool, no new connections);
    ``set_token`` changes the copy only, so two requests never see each other's login.
    """
    medusa = get_storefront().with_options(timeout=(2, 5))
    medusa.client.set_token(web_session.get("medusa_token"))
    return medusa


def login_view(web_session: MutableMapping[str, Any], email: str, password: str) -> Tuple[int, JSON]:
    medusa = customer_client(web_session)
    try:
        token = medusa.auth.login("customer", "emailpass", {"email": email, "password": password})
    except UnauthorizedError:
        return 401, {"error": "wrong email or password"}
    except MedusaError:
        return 503, {"error": "the shop is unavailable, try again later"}
    web_session["medusa_token"] = token  # the shopper's JWT lives in their own web session
    return 200, {"logged_in": email}


def account_view(web_session: MutableMapping[str, Any]) -> Tuple[int, JSON]:
    if "medusa_token" not in web_session:
        return 401, {"error": "log in first"}
    try:
        customer = customer_client(web_session).store.customer.retrieve().customer
    except UnauthorizedError:  # the JWT expired (24 h): ask for a new login
        web_session.pop("medusa_token", None)
        return 401, {"error": "log in again"}
    except NotFoundError:
        return 404, {"error": "no customer for this login"}
    except MedusaError:
        return 503, {"error": "the shop is unavailable, try again later"}
    return 200, {"email": customer.email, "first_name": customer.first_name}


def logout_view(web_session: MutableMapping[str, Any]) -> Tuple[int, JSON]:
    web_session.pop("medusa_token", None)  # a JWT cannot be revoked: forgetting it is the logout
    return 200, {"logged_in": None}


# --------------------------------------------------------------------------- Flask

if flask is not None:

    def create_flask_app() -> Any:
        app = flask.Flask(__name__)
        app.secret_key = os.environ.get("FLASK_SECRET_KEY", "dev-only")  # signs the session cookie

        @app.get("/products/<handle>")
        def product(handle: str) -> Any:
            status, body = product_by_handle(handle)
            return flask.jsonify(body), status

        @app.post("/login")
        def login() -> Any:
            form = flask.request.get_json()
            status, body = login_view(flask.session, form["email"], form["password"])
            return flask.jsonify(body), status

        @app.get("/account")
        def account() -> Any:
            status, body = account_view(flask.session)
            return flask.jsonify(body), status

        return app


# --------------------------------------------------------------------------- Django

if django is not None:

    def django_account_view(request: Any) -> Any:
        from django.http import JsonResponse

        status, body = account_view(request.session)  # django.contrib.sessions: server-side storage
        return JsonResponse(body, status=status)


# --------------------------------------------------------------------------- tests of the views


def test_product_view_maps_errors(medusa_mock_v2: MedusaMockV2) -> None:
    medusa_mock_v2.store.product.list.returns(
        {"products": [], "count": 0, "offset": 0, "limit": 50},
    )
    assert product_by_handle("nope") == (404, {"error": "no product nope"})

    medusa_mock_v2.store.product.list.raises(InvalidDataError, "Invalid request: Unrecognized fields: 'x'")
    assert product_by_handle("bad")[0] == 400

    medusa_mock_v2.store.product.list.raises_status(503)
    assert product_by_handle("any")[0] == 503


def test_account_view_after_login(medusa_mock_v2: MedusaMockV2) -> None:
    medusa_mock_v2.auth.login.returns({"token": "jwt-of-ann"})
    medusa_mock_v2.store.customer.retrieve.returns(
        {"customer": {"id": "cus_1", "email": "ann@example.com", "first_name": "Ann"}}
    )
    web_session: Dict[str, Any] = {}

    assert login_view(web_session, "ann@example.com", "pw")[0] == 200
    assert account_view(web_session) == (200, {"email": "ann@example.com", "first_name": "Ann"})
    assert medusa_mock_v2.store.customer.retrieve.last_call.headers["Authorization"] == "Bearer jwt-of-ann"


# --------------------------------------------------------------------------- demo


def main() -> None:
    suffix = uuid.uuid4().hex[:8]
    medusa = get_medusa()
    assert get_medusa() is medusa  # one client per process
    print("client:", medusa)  # names the credentials it holds, never their values

    handles = ["harness-tshirt", "harness-pants", "harness-mug", "no-such-product"] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:  # one client, many threads
        results = list(pool.map(product_by_handle, handles))
    print("16 calls from 8 threads:", sorted({status for status, _ in results}))
    print("view:", product_by_handle("harness-mug"))

    # Two shoppers, each with a web session of their own, logging in and reading their account at once.
    password = secrets.token_urlsafe(12)
    shoppers: Dict[str, Dict[str, Any]] = {f"ann-{suffix}@example.com": {}, f"bob-{suffix}@example.com": {}}
    created = []
    for email in shoppers:
        with Medusa(
            base_url=medusa.client.base_url, api_key="", publishable_key=medusa.client.publishable_key
        ) as signup:
            signup.auth.register("customer", "emailpass", {"email": email, "password": password})
            created.append(signup.store.customer.create({"email": email}).customer.id)
    for email, web_session in shoppers.items():
        print("login:", login_view(web_session, email, password)[0])
    with ThreadPoolExecutor(max_workers=8) as pool:
        seen = list(
            pool.map(lambda item: (item[0], account_view(item[1])[1]["email"]), list(shoppers.items()) * 8)
        )
    print("each shopper saw only their own account:", all(email == got for email, got in seen))
    print("wrong password:", login_view({}, next(iter(shoppers)), "wrong"))
    web_session = shoppers[next(iter(shoppers))]
    logout_view(web_session)
    print("after logout:", account_view(web_session))
    print("shared clients hold no login:", get_storefront().client.token, get_medusa().client.token)

    from medusa_client.testing import MedusaMockV2

    for test in (test_product_view_maps_errors, test_account_view_after_login):
        with MedusaMockV2() as mock:  # what the medusa_mock_v2 fixture gives a pytest test
            test(mock)
        print(f"{test.__name__}: passed")

    if flask is not None:
        client = create_flask_app().test_client()
        print("Flask:", client.get("/products/harness-mug").status_code)
    else:
        print("Flask: not installed, skipped")
    print("Django:", "installed" if django is not None else "not installed, skipped")

    for customer_id in created:
        medusa.admin.customer.delete(customer_id)
    get_medusa().close()  # at process exit (atexit, a worker shutdown hook, ...)
    get_storefront().close()


if __name__ == "__main__":
    main()
