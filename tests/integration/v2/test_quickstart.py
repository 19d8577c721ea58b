"""examples/quickstart_v2.py, the README-style quick start for v2, runs to the end against the server."""

from __future__ import annotations

from tests.support.examples import run_example

from .conftest import BASE_URL, PUBLISHABLE_KEY, SECRET_KEY


def test_quickstart_v2_runs() -> None:
    env = {
        "MEDUSA_BACKEND_URL": BASE_URL,
        "MEDUSA_API_KEY": SECRET_KEY,
        "MEDUSA_PUBLISHABLE_API_KEY": PUBLISHABLE_KEY,
    }
    expected = (
        "created group cusgroup_",
        "duplicate refused: 400 invalid_data: Customer group with name: VIP ",
        "1 member(s): vip-",
        "fetched 2 at a time: ",
        "group deleted: Customer group with id: cusgroup_",
        "the store sells 3 products in Europe (eur):",
        "  - Harness Mug: 10.00 EUR",
        "  - Harness T-Shirt: 18.00, 20.00 EUR",
    )
    out = run_example(
        "quickstart_v2.py", env, expected=expected, dropped=("MEDUSA_", "MEDUSA2_"), timeout=120
    )
    assert SECRET_KEY not in out and PUBLISHABLE_KEY not in out
