#!/usr/bin/env python3
"""Type-check tests/typing/*.py as a user would, and compare every ``reveal_type`` with its comment.

Each ``reveal_type(x)  # type: T`` line must reveal exactly ``T``; mypy --strict must otherwise pass.
Only ``metadata``-like free-form dicts may contain ``Any`` (their values are free-form by nature).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECT = re.compile(r"reveal_type\(.*\)\s+# type: (.+)$")
REVEALED = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+): note: Revealed type is "(?P<type>.+)"$')


def main() -> int:
    files = sorted((ROOT / "tests" / "typing").glob("*.py"))
    expected = {}
    for path in files:
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            match = EXPECT.search(line)
            if match:
                expected[(path.resolve(), number)] = match.group(1).strip()
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    problems = []
    seen = set()
    for line in run.stdout.splitlines():
        match = REVEALED.match(line)
        if match:
            key = ((ROOT / match["file"]).resolve(), int(match["line"]))
            seen.add(key)
            want = expected.get(key)
            if want != match["type"]:
                problems.append(f"{line}\n    expected: {want}")
        elif line.strip():
            problems.append(line)
    problems += [
        f"{path}:{number}: reveal_type not reported by mypy" for path, number in set(expected) - seen
    ]
    if problems:
        print("check-typing:\n" + "\n".join(problems), file=sys.stderr)
        return 1
    print(f"check-typing: {len(expected)} revealed types as expected, mypy --strict clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
