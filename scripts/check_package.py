#!/usr/bin/env python3
"""Build the wheel (``pip install .`` installs the same) and check it is complete and typed."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp, str(ROOT)], check=True
        )
        wheel = next(Path(tmp).glob("medusa_client-*.whl"))
        names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        str(p.relative_to(ROOT)).replace("\\", "/")
        for p in (ROOT / "medusa_client").rglob("*")
        if p.suffix in (".py", ".typed")
    }
    missing = sorted(expected - names)
    if missing:
        print(f"package-check: {wheel.name} lacks {len(missing)} files, e.g. {missing[:5]}", file=sys.stderr)
        return 1
    print(f"package-check: {wheel.name} carries all {len(expected)} package files, py.typed included")
    return 0


if __name__ == "__main__":
    sys.exit(main())
