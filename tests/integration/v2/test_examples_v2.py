"""Every v2 example runs to the end against the real v2 server and prints what its guide shows; every
Python block of the v2 guides is a piece of a v2 example (so it is run here)."""

from __future__ import annotations

import re
from typing import Dict, List

import pytest

from tests.support.examples import DOCS, EXAMPLES, assert_blocks_in_examples, python_blocks, run_example

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, PUBLISHABLE_KEY, SECRET_KEY

#: Lines (or fragments of lines) each v2 example must print (quickstart_v2.py: test_quickstart.py).
EXPECTED: Dict[str, List[str]] = {
    "getting_started_v2.py": [
        "region reg_harness_eu: Europe (eur)",
        "region reg_harness_us: United States (usd)",
        "  prod_harness_tshirt: Harness T-Shirt, from 20.00 USD",
        "by handle: 'Harness T-Shirt' with 3 variants",
        "no publishable key: 400 not_allowed",
        "store: Harness Store",
        "group 'Getting started ",
        "as JSON: ['customers', 'id', 'metadata', 'name']",
        "after delete: 404 not_found",
    ],
    "authentication_v2.py": [
        "bot key works: True",
        "bot is no user: 404",
        "revoked key: 401 Unauthorized None",
        f"JWT: {ADMIN_EMAIL}",
        "refreshed: True",
        "after logout: None",
        "wrong password: 401 unauthorized Invalid email or password",
        f"cookie session: {ADMIN_EMAIL}",
        "JWT kept: None",
        "session after logout: 401",
        "second create: 422 duplicate_error",
        "customer JWT: True",
        "register twice: 401 Identity with email already exists",
        "redirect to: https://accounts.google.com/",
        "token kept before the callback: None",
        "token kept after the callback: True",
        "invited user logged in: True",
        "new password works: True",
        "reset token used twice: 401 Invalid token",
        "without a publishable key: 400 not_allowed",
        "(this client has no publishable key: pass publishable_key=... to Medusa() or set "
        "MEDUSA_PUBLISHABLE_API_KEY)",
        "new publishable key: products 3",
        "revoked publishable key: A valid publishable key is required to proceed with the request",
        "['api_key', 'token', 'publishable_key']>",
        f"copy uses the JWT: {ADMIN_EMAIL}",
        "original still logged in: True True",
    ],
    "django_flask_v2.py": [
        "credentials=['api_key', 'publishable_key']",
        "16 calls from 8 threads: [200, 404]",
        "view: (200, {'id': 'prod_harness_mug', 'title': 'Harness Mug', 'from': 12})",
        "login: 200",
        "each shopper saw only their own account: True",
        "wrong password: (401, {'error': 'wrong email or password'})",
        "after logout: (401, {'error': 'log in first'})",
        "shared clients hold no login: None None",
        "test_product_view_maps_errors: passed",
        "test_account_view_after_login: passed",
        "Flask: ",
        "Django: ",
    ],
    "cron_and_bulk_v2.py": [
        "id,handle,title,status,variants",
        "customers as JSON lines",
        "products, first run: created=2 updated=0 unchanged=0 failed=1",
        "products, second run: created=0 updated=0 unchanged=2 failed=1",
        "products, after a change: created=0 updated=1 unchanged=1 failed=1",
        "400 invalid_data: Invalid request: Expected: 'draft, proposed, published, rejected' for field 'status'",
        "customers, first run: created=3 updated=0 unchanged=0 failed=0",
        "customers, second run: created=0 updated=0 unchanged=3 failed=0",
        "the same Idempotency-Key twice: quantities [2]",
        "checked before adding, run twice: quantities [1]",
    ],
}

#: The v2 guides, each with the part of it that is about v2 (None: the whole page).
GUIDES = {
    "getting-started-v2.md": None,
    "django-flask-v2.md": None,
    "cron-and-bulk-v2.md": None,
    "authentication.md": "## Medusa v2",
}


def test_every_v2_example_is_listed() -> None:
    from tests.integration.test_examples import V2_EXAMPLES

    v2 = sorted(p.name for p in EXAMPLES.glob("*_v2.py"))
    assert sorted(V2_EXAMPLES) == v2, (
        "tests/integration/test_examples.py: V2_EXAMPLES must list every v2 example"
    )
    assert sorted([*EXPECTED, "quickstart_v2.py"]) == v2


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_v2_example_runs(script: str) -> None:
    env = {
        "MEDUSA_BACKEND_URL": BASE_URL,
        "MEDUSA_API_KEY": SECRET_KEY,
        "MEDUSA_PUBLISHABLE_API_KEY": PUBLISHABLE_KEY,
        "MEDUSA_ADMIN_EMAIL": ADMIN_EMAIL,
        "MEDUSA_ADMIN_PASSWORD": ADMIN_PASSWORD,
    }
    out = run_example(script, env, expected=EXPECTED[script], dropped=("MEDUSA_", "MEDUSA2_"))
    for secret in (SECRET_KEY, PUBLISHABLE_KEY, ADMIN_PASSWORD):
        assert secret not in out, f"{script} printed a credential"


def guide_blocks(guide: str) -> List[str]:
    """The ```python blocks of a v2 guide (of its v2 section only, for a page about both APIs)."""
    text = (DOCS / guide).read_text()
    heading = GUIDES[guide]
    if heading is not None:
        assert f"\n{heading}\n" in text, f"{guide} has no {heading!r} section"
        text = text.split(f"\n{heading}\n", 1)[1]
        text = re.split(r"\n## ", text, maxsplit=1)[0]  # up to the next section of the same level
    return python_blocks(text)


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_python_blocks_of_the_v2_guides_are_parts_of_v2_examples(guide: str) -> None:
    blocks = guide_blocks(guide)
    assert blocks, f"{guide}: no Python block found"
    assert_blocks_in_examples(guide, blocks, "*_v2.py")
