"""Every script in examples/ runs to the end against the real server and prints what its guide shows."""

from __future__ import annotations

from typing import Dict, List

import pytest

from tests.integration.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, API_TOKEN, BASE_URL, PUBLISHABLE_KEY
from tests.support.examples import DOCS, EXAMPLES, assert_blocks_in_examples, python_blocks, run_example

#: Examples for the v2 client: run against the v2 server by tests/integration/v2 instead.
V2_EXAMPLES = {
    "quickstart_v2.py",
    "getting_started_v2.py",
    "authentication_v2.py",
    "django_flask_v2.py",
    "cron_and_bulk_v2.py",
}

#: Lines (or fragments of lines) each example must print; a script not listed must still exit 0.
EXPECTED: Dict[str, List[str]] = {
    "quickstart.py": [
        "created group cgrp_",
        "duplicate refused: 422 duplicate_error",
        "2 members:",
        "group deleted:",
    ],
    "getting_started.py": [
        "region reg_harness_us: United States (usd)",
        "store: ",
        "after delete: 404 not_found",
    ],
    "authentication.py": [
        "api token: logged in as",
        "admin JWT reused: True",
        "after logout: 401 Unauthorized",
        "customer JWT: True",
        "publishable key: products in its channels:",
        "bot token works: True",
    ],
    "errors.py": [
        "NotFoundError: status=404 type=not_found code=None",
        "InvalidDataError: status=400 type=invalid_data",
        "DuplicateError: status=422 type=duplicate_error code=invalid_request_error",
        "NotAllowedError: status=400 type=not_allowed code=insufficient_inventory",
        "UnauthorizedError: status=401 type=None code=None",
        "APIConnectionError: GET http://127.0.0.1:9/store/regions: connection failed",
        "caught as MedusaError: NotFoundError",
    ],
    "cron_and_bulk.py": [
        "id,title,status,variants",
        "import: 3 groups, re-run kept the same ids: True",
        "re-run with the server's key: quantities [1]",
        "a key of the client's own is not honoured: quantities [2]",
    ],
    "django_flask.py": ["16 calls from 8 threads: [200, 404]", "WSGI: ('200 OK'", "WSGI: ('404 Error'"],
    "migrating_from_medusa_js.py": [
        "products.list: ",
        "auto_paging_iter: ['Migrated ",
        "typed error instead of err.response: 404",
    ],
    "test_with_medusa_mock.py": ["4 passed"],
    "conftest.py": [],
    "unittest_with_medusa_mock.py": [],
}


def test_every_example_is_listed() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py") if p.name not in V2_EXAMPLES) == sorted(EXPECTED)


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py") if p.name not in V2_EXAMPLES))
def test_example_runs(script: str) -> None:
    env = {
        "MEDUSA_BACKEND_URL": BASE_URL,
        "MEDUSA_API_KEY": API_TOKEN,
        "MEDUSA_ADMIN_EMAIL": ADMIN_EMAIL,
        "MEDUSA_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "MEDUSA_PUBLISHABLE_KEY": PUBLISHABLE_KEY,
    }
    run_example(script, env, expected=EXPECTED.get(script, []))


GUIDES = [
    "getting-started.md",
    "authentication.md",
    "django-flask.md",
    "cron-and-bulk.md",
    "errors.md",
    "cli.md",
    "migrating-from-medusa-js.md",
    "testing.md",
]


@pytest.mark.parametrize("guide", GUIDES)
def test_python_blocks_of_the_guides_are_parts_of_examples(guide: str) -> None:
    """Each ```python block of a guide is a piece of an example script (so it is run above)."""
    assert_blocks_in_examples(guide, python_blocks((DOCS / guide).read_text()))
