"""examples/quickstart_v2.py, the README-style quick start for v2, runs to the end against the server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import BASE_URL, PUBLISHABLE_KEY, SECRET_KEY

ROOT = Path(__file__).resolve().parents[3]


def test_quickstart_v2_runs() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDUSA_", "MEDUSA2_"))}
    env.update(
        {
            "MEDUSA_BACKEND_URL": BASE_URL,
            "MEDUSA_API_KEY": SECRET_KEY,
            "MEDUSA_PUBLISHABLE_API_KEY": PUBLISHABLE_KEY,
        }
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart_v2.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"quickstart_v2.py failed:\n{result.stdout}\n{result.stderr}"
    out = result.stdout
    for fragment in (
        "created group cusgroup_",
        "duplicate refused: 400 invalid_data: Customer group with name: VIP ",
        "1 member(s): vip-",
        "fetched 2 at a time: ",
        "group deleted: Customer group with id: cusgroup_",
        "the store sells 3 products in Europe (eur):",
        "  - Harness Mug: 10.00 EUR",
        "  - Harness T-Shirt: 18.00, 20.00 EUR",
    ):
        assert fragment in out, f"quickstart_v2.py did not print {fragment!r}:\n{out}"
    assert SECRET_KEY not in out and PUBLISHABLE_KEY not in out
