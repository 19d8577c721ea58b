"""Every public method of the v1 tree: the request it puts on the wire and the typed result it returns.

One table-driven harness over the rows of ``tests/request_cases/``: each row calls
``medusa.<resource path>.<method>(*args, **kwargs)`` against ``responses`` and checks the exact verb, path,
query, body and headers sent, then the class of the result and fields read from the canned answer.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, List, Set, Tuple

import pytest
import responses

from medusa_client import Medusa
from tests.conftest import API_KEY, BASE_URL, sent
from tests.request_cases import (
    MULTIPART,
    Case,
    v1_admin_catalog,
    v1_admin_customers,
    v1_admin_orders,
    v1_admin_settings,
    v1_store,
)
from tests.request_cases.canned_v1 import CANNED_V1
from tests.test_tree import walk

CASES: List[Case] = [
    *v1_admin_catalog.CASES,
    *v1_admin_orders.CASES,
    *v1_admin_settings.CASES,
    *v1_admin_customers.CASES,
    *v1_store.CASES,
]

#: Admin routes that take no credentials (medusa-js sends none there either).
PUBLIC: Set[Tuple[str, str]] = {
    ("POST", "/admin/auth"),
    ("POST", "/admin/invites/accept"),
    ("POST", "/admin/users/password-token"),
    ("POST", "/admin/users/reset-password"),
}


def _case_id(case: Case) -> str:
    return f"{case.resource}.{case.method}-{case.verb} {case.path}?{case.query}"


def _dig(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = obj[int(part)] if part.isdigit() else obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


def _answer(mocked: responses.RequestsMock, case: Case) -> None:
    canned = CANNED_V1[case.canned or case.result]
    url = BASE_URL + case.path
    if canned.body is None:
        mocked.add(case.verb, url, status=canned.status, body="")
    elif isinstance(canned.body, str):
        mocked.add(
            case.verb, url, status=canned.status, body=canned.body, content_type="text/plain; charset=utf-8"
        )
    else:
        mocked.add(case.verb, url, status=canned.status, json=canned.body)


@pytest.mark.parametrize("case", CASES, ids=[_case_id(case) for case in CASES])
def test_method_sends_the_documented_request(
    medusa: Medusa, mocked: responses.RequestsMock, case: Case
) -> None:
    _answer(mocked, case)
    resource = functools.reduce(getattr, case.resource.split("."), medusa)
    result = getattr(resource, case.method)(*case.args, **case.kwargs)

    [request] = sent(mocked)
    assert (request.method, request.path, request.query) == (case.verb, case.path, case.query)
    assert not mocked.calls[0].request.url.endswith("?")
    if case.body is None:
        assert request.raw_body is None
        assert request.header("Content-Type") is None
    elif case.body == MULTIPART:
        assert (request.header("Content-Type") or "").startswith("multipart/form-data; boundary=")
    else:
        assert request.json == case.body
        assert request.header("Content-Type") == "application/json"
    credentials = case.path.startswith("/admin/") and (case.verb, case.path) not in PUBLIC
    assert request.header("x-medusa-access-token") == (API_KEY if credentials else None)
    assert request.header("Accept") == "application/json"
    assert (request.header("Idempotency-Key") is not None) == (case.verb == "POST")
    for name, value in case.kwargs.get("custom_headers", {}).items():
        assert request.header(name) == value

    canned = CANNED_V1[case.canned or case.result]
    assert type(result).__name__ == case.result
    assert result.response.status_code == canned.status
    assert {field: _dig(result, field) for field in canned.checks} == canned.checks


def test_every_public_method_has_a_case() -> None:
    tree = walk(Medusa(base_url=BASE_URL))
    methods = {
        (path, name)
        for path, resource in tree.items()
        for name, _ in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_")
    }
    covered = {(case.resource, case.method) for case in CASES}
    assert sorted(methods - covered) == []  # methods without a case
    assert sorted(covered - methods) == []  # cases of no method
    assert {"carts.line_items", "customers.addresses", "customers.payment_methods", "products.variants"} <= {
        path for path, _ in covered
    }
    assert len(methods) == 319 + 5  # medusa-js's methods + the ones it lacks (see test_tree.py)


def test_every_canned_answer_is_used() -> None:
    assert {case.canned or case.result for case in CASES} == set(CANNED_V1)
