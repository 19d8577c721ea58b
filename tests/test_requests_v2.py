"""Every v2 method puts on the wire what js-sdk 2.21.2 sends (ids encoded), with v2's credentials.

The cases (``tests/request_cases/v2_*.py``) are written out from js-sdk's recorded requests; the
hand-written methods (login, payment sessions, invites, imports, promotion rules) have their own tests
in ``tests/test_v2_auth_and_handwritten.py``.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Iterator, List

import pytest
import responses

from medusa_client._resource import children
from medusa_client.v2 import Medusa
from medusa_client.v2.resources._table import TABLE
from tests.request_cases import MULTIPART, Case
from tests.request_cases.v2_admin import CASES as ADMIN
from tests.request_cases.v2_store_and_auth import CASES as STORE_AND_AUTH

BASE = "http://medusa2.test"
SECRET_KEY = "sk_test_SECRET_do_not_leak"
PUBLISHABLE = "pk_test_publishable"
CASES: List[Case] = [*ADMIN, *STORE_AND_AUTH]


@pytest.fixture
def medusa() -> Iterator[Medusa]:
    client = Medusa(base_url=BASE, api_key=SECRET_KEY, publishable_key=PUBLISHABLE)
    client.client._sleep = lambda seconds: None
    yield client
    client.close()


def resolve(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.resource}.{c.method}")
def test_method_sends_js_sdks_request(medusa: Medusa, case: Case) -> None:
    with responses.RequestsMock() as mocked:
        mocked.add(case.verb, BASE + case.path, json={}, status=200)
        result = getattr(resolve(medusa, case.resource), case.method)(*case.args, **case.kwargs)
        request = mocked.calls[0].request
    assert request.method == case.verb
    path, _, query = (request.url or "").partition("?")
    assert path == BASE + case.path
    assert query == case.query
    if case.body is None:
        assert request.body is None
        assert "Content-Type" not in request.headers
    elif case.body == MULTIPART:
        assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    else:
        assert json.loads(request.body or b"") == case.body
        assert request.headers["Content-Type"] == "application/json"
    assert ("Idempotency-Key" in request.headers) is (case.verb == "POST")
    domain = case.path.split("/")[1]
    auth = request.headers.get("Authorization")
    if domain == "admin":
        assert auth == "Basic " + base64.b64encode(f"{SECRET_KEY}:".encode()).decode()
    else:
        assert auth is None  # the secret key is for /admin only
    assert request.headers.get("x-publishable-api-key") == (PUBLISHABLE if domain == "store" else None)
    assert type(result).__name__ == case.result
    assert result.response.status_code == 200


def test_every_generated_method_has_a_case() -> None:
    covered = {f"{c.resource}.{c.method}" for c in CASES}
    generated = {r.dotted for r in TABLE.routes if "handwritten" not in r.flags}
    assert covered == generated
    assert sum(1 for r in TABLE.routes if "added" not in r.flags) == 450  # js-sdk's methods
    assert {r.dotted for r in TABLE.routes if "added" in r.flags} == {
        "admin.product.confirm_legacy_import",
        "admin.order_edit.add_shipping_method",
        "admin.order_edit.update_shipping_method",
        "admin.order_edit.remove_shipping_method",
    }


def test_the_tree_has_every_method_of_the_table() -> None:
    medusa = Medusa(base_url=BASE, api_key="")

    def walk(obj: Any, prefix: str) -> List[str]:
        found = []
        for name, child in children(obj).items():
            path = f"{prefix}{name}"
            found += [
                f"{path}.{m}"
                for m in vars(type(child))
                if not m.startswith("_") and callable(getattr(child, m))
            ]
            for base in type(child).__mro__[1:]:
                if base.__name__.endswith("Methods"):
                    found += [f"{path}.{m}" for m in vars(base) if not m.startswith("_")]
            found += walk(child, path + ".")
        return found

    assert sorted(walk(medusa, "")) == sorted(r.dotted for r in TABLE.routes)


def test_empty_and_non_str_ids_fail_before_any_request(medusa: Medusa) -> None:
    with responses.RequestsMock() as mocked:
        with pytest.raises(ValueError, match="id must be a non-empty string"):
            medusa.admin.customer_group.retrieve("")
        with pytest.raises(TypeError, match="id must be a str"):
            medusa.admin.customer_group.retrieve(12)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unexpected keyword argument"):
            medusa.admin.customer_group.list(bogus=1)  # type: ignore[call-arg]
        assert len(mocked.calls) == 0


def test_dot_segments_are_encoded(medusa: Medusa) -> None:
    with responses.RequestsMock() as mocked:
        mocked.add("GET", BASE + "/admin/products/%2E%2E", json={"product": {"id": ".."}})
        assert medusa.admin.product.retrieve("..").product.id == ".."
