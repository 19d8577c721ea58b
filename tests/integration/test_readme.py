"""The README's quick start runs verbatim against the real server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.conftest import API_TOKEN, BASE_URL

README = Path(__file__).resolve().parents[2] / "README.md"


def quick_start() -> str:
    text = README.read_text()
    section = text[text.index("## Quick start (Medusa v1)") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "no Python block under '## Quick start (Medusa v1)'"
    return match.group(1)


def test_quick_start_runs_verbatim(reset_server: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = quick_start()
    # verbatim, except that it talks to this suite's server (another port when MEDUSA_PORT is set)
    assert '"http://127.0.0.1:9000"' in code and '"test_api_token_123"' in code
    code = code.replace('"http://127.0.0.1:9000"', repr(BASE_URL)).replace(
        '"test_api_token_123"', repr(API_TOKEN)
    )
    exec(compile(code, str(README), "exec"), {"__name__": "__readme__"})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("cgrp_")
    assert lines[1] == "ada@example.com"
    assert lines[2] == "422 duplicate_error invalid_request_error Key (name)=(VIP) already exists."
