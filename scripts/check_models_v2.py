#!/usr/bin/env python3
"""Fail when medusa_client/v2/models/ differs from what the generator makes of @medusajs/types.

Usage: ``python scripts/check_models_v2.py [ENDPOINTS.md]``. Where ENDPOINTS.md (the js-sdk
endpoint table, default ``../shared/reference/v2/ENDPOINTS.md``) or the pinned packages
(``npm ci`` in ``scripts/v2types``) are missing, say why the check did not run and succeed;
under CI (``CI=true``) that is an error.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES_DIR = ROOT / "scripts" / "v2types"


def main() -> int:
    endpoints = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else ROOT.parent / "shared" / "reference" / "v2" / "ENDPOINTS.md"
    )
    missing = None
    if not endpoints.is_file():
        missing = f"no js-sdk endpoint table at {endpoints}"
    elif shutil.which("node") is None:
        missing = "no node"
    elif not (TYPES_DIR / "node_modules" / "@medusajs" / "types").is_dir():
        missing = "scripts/v2types/node_modules is missing (run `npm ci` there)"
    if missing:
        message = f"check-models-v2: {missing}; generated v2 models not compared"
        if os.environ.get("CI") == "true":
            print(message + " (required in CI)", file=sys.stderr)
            return 1
        print(message + " (make models-v2 installs the packages; ENDPOINTS=path/to/ENDPOINTS.md)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "models"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "generate_models_v2.py"),
                "--endpoints",
                str(endpoints),
                str(out),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        committed = ROOT / "medusa_client" / "v2" / "models"
        names = sorted({p.name for p in out.glob("*.py")} | {p.name for p in committed.glob("*.py")})
        _, mismatch, errors = filecmp.cmpfiles(out, committed, names, shallow=False)
        if mismatch or errors:
            for name in mismatch + errors:
                print(
                    f"check-models-v2: medusa_client/v2/models/{name} is not what the generator makes",
                    file=sys.stderr,
                )
            print("check-models-v2: run `make models-v2` and commit the result", file=sys.stderr)
            return 1
    print(f"check-models-v2: {len(names)} generated files match @medusajs/types and {endpoints}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
