"""docs/django-flask.md, runnable: one client per process, settings, timeouts, threads, a view.

The framework-free parts always run; the Flask and Django parts run when those packages are installed
(they are not dependencies of medusa_client). Environment: MEDUSA_BACKEND_URL (default
http://127.0.0.1:9000), MEDUSA_API_KEY (default the test server's admin API token).
"""

from __future__ import annotations

import functools
import importlib.util
import io
import json
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Dict, Iterable, List, Tuple

from medusa_client import Medusa, MedusaError, NotFoundError

# --------------------------------------------------------------------------- medusa_setup.py


@functools.cache
def get_medusa() -> Medusa:
    """The process's one client: created on first use, shared by every request and thread.

    Web requests should fail fast: 3 s to connect, 10 s to read, one retry of what is safe to repeat.
    """
    return Medusa(
        base_url=os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000"),
        api_key=os.environ.get("MEDUSA_API_KEY", "test_api_token_123"),
        timeout=(3, 10),
        max_retries=1,
    )


# --------------------------------------------------------------------------- views (any framework)


def product_summary(product_id: str) -> Tuple[int, Dict[str, Any]]:
    """What a view returns: an HTTP status and a JSON body, with Medusa's errors mapped."""
    try:
        product = get_medusa().products.retrieve(product_id).product
    except NotFoundError:
        return 404, {"error": f"no product {product_id}"}
    except MedusaError:  # the shop is down, slow or refusing: do not turn it into a 500 of ours
        return 503, {"error": "the shop is unavailable, try again later"}
    return 200, {"id": product.id, "title": product.title, "variants": len(product.variants or [])}


# --------------------------------------------------------------------------- plain WSGI


def wsgi_app(environ: Dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    product_id = environ.get("PATH_INFO", "/").rstrip("/").rsplit("/", 1)[-1]
    status, body = product_summary(product_id)
    start_response(f"{status} {'OK' if status == 200 else 'Error'}", [("Content-Type", "application/json")])
    return [json.dumps(body).encode()]


def call_wsgi(path: str) -> Tuple[str, Dict[str, Any]]:
    from wsgiref.util import setup_testing_defaults

    environ: Dict[str, Any] = {"PATH_INFO": path, "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    seen: List[str] = []
    body = b"".join(wsgi_app(environ, lambda status, headers: seen.append(status)))
    return seen[0], json.loads(body)


# --------------------------------------------------------------------------- Flask


def create_flask_app() -> Any:
    from flask import Flask, jsonify

    app = Flask(__name__)

    @app.get("/products/<product_id>")
    def product(product_id: str) -> Any:
        status, body = product_summary(product_id)
        return jsonify(body), status

    return app


# --------------------------------------------------------------------------- Django


def django_product_view(request: Any, product_id: str) -> Any:
    from django.http import JsonResponse

    status, body = product_summary(product_id)
    return JsonResponse(body, status=status)


def run_django_view(product_id: str) -> Tuple[int, Dict[str, Any]]:
    import django
    from django.conf import settings
    from django.test import RequestFactory

    if not settings.configured:
        settings.configure(DEBUG=False, ALLOWED_HOSTS=["testserver"], ROOT_URLCONF=__name__)
        django.setup()
    response = django_product_view(RequestFactory().get(f"/products/{product_id}"), product_id)
    return response.status_code, json.loads(response.content)


urlpatterns: List[Any] = []  # ROOT_URLCONF of the Django demo


# --------------------------------------------------------------------------- demo


def main() -> None:
    medusa = get_medusa()
    assert get_medusa() is medusa  # one client per process
    print("client:", medusa)  # shows which credentials are set, never their values

    ids = ["prod_harness_tshirt", "prod_harness_pants", "prod_harness_mug", "prod_missing"] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:  # one client, many threads
        results = list(pool.map(product_summary, ids))
    print("16 calls from 8 threads:", sorted({status for status, _ in results}))

    print("WSGI:", call_wsgi("/products/prod_harness_mug"))
    print("WSGI:", call_wsgi("/products/prod_missing"))

    if importlib.util.find_spec("flask"):
        client = create_flask_app().test_client()
        response = client.get("/products/prod_harness_tshirt")
        print("Flask:", response.status_code, response.get_json())
    else:
        print("Flask: not installed, skipped")

    if importlib.util.find_spec("django"):
        print("Django:", run_django_view("prod_harness_pants"))
    else:
        print("Django: not installed, skipped")

    get_medusa().close()  # at process exit (atexit, a worker shutdown hook, ...)


if __name__ == "__main__":
    main()
