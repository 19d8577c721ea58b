"""The README's v2 quick start runs verbatim against the real v2 server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import BASE_URL, PUBLISHABLE_KEY, SECRET_KEY

README = Path(__file__).resolve().parents[3] / "README.md"


def quick_start() -> str:
    text = README.read_text()
    section = text[text.index("## Quick start (Medusa v2)") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "no Python block under '## Quick start (Medusa v2)'"
    return match.group(1)


def test_v2_quick_start_runs_verbatim(reset_server: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = quick_start()
    # verbatim, except that it talks to this suite's server (its port and keys may be overridden)
    for literal, value in (
        ('"http://127.0.0.1:9200"', BASE_URL),
        ('"sk_harness_test_secret"', SECRET_KEY),
        ('"pk_harness_storefront"', PUBLISHABLE_KEY),
    ):
        assert literal in code
        code = code.replace(literal, repr(value))
    exec(compile(code, str(README), "exec"), {"__name__": "__readme__"})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("cusgroup_") and "+00:00" in lines[0]
    assert lines[1] == "bob@medusa-test.com"
    assert lines[2] == "400 invalid_data Customer group with name: Wholesale, already exists."
    assert lines[3] == "Harness T-Shirt 20"
    assert lines[4] == "admin@medusa-test.com"
    assert len(lines) == 5
