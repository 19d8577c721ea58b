"""What the tests of examples/ share (``tests/integration/test_examples.py``, and
``test_examples_v2.py`` and ``test_quickstart.py`` of ``tests/integration/v2``): running an example
script against a real server, and checking that the guides show only code the examples run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterable, List, Mapping, Sequence, Tuple

__all__ = ["DOCS", "EXAMPLES", "ROOT", "assert_blocks_in_examples", "python_blocks", "run_example"]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"


def run_example(
    script: str,
    env: Mapping[str, str],
    *,
    expected: Iterable[str] = (),
    dropped: Tuple[str, ...] = ("MEDUSA_",),
    timeout: float = 300,
) -> str:
    """Run ``examples/<script>`` from the repository root with this Python, with the environment
    without the variables whose names start with ``dropped`` and with ``env``; it must exit 0 and print
    every one of the ``expected`` fragments. Its output."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        env={**clean, **env},
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{script} failed:\n{result.stdout}\n{result.stderr}"
    out = result.stdout
    for fragment in expected:
        assert fragment in out, f"{script} did not print {fragment!r}:\n{out}"
    return out


def python_blocks(text: str) -> List[str]:
    """The ```python blocks of a Markdown text."""
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def _lines(text: str) -> List[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def assert_blocks_in_examples(guide: str, blocks: Sequence[str], pattern: str = "*.py") -> None:
    """Each of the ``blocks`` of ``guide`` is a piece of an ``examples/<pattern>`` script (its
    non-blank lines, stripped, stand there in a row): what the guide shows is run with the example."""
    sources = [_lines(p.read_text()) for p in EXAMPLES.glob(pattern)]
    for block in blocks:
        wanted = _lines(block)
        found = any(
            wanted == lines[start : start + len(wanted)]
            for lines in sources
            for start in range(len(lines) - len(wanted) + 1)
        )
        assert found, f"{guide}: this block is not in any examples/{pattern}:\n{block}"
