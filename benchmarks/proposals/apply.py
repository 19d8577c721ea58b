#!/usr/bin/env python3
"""Copy ``medusa_client`` to a folder and apply the proposed optimisations there (never in the tree).

``python benchmarks/proposals/apply.py DEST [P1 P2 P3 P4 P5]`` (default: all), then
``python benchmarks/run.py --package-path DEST`` measures the patched copy against the same
baselines. The patches are ``git diff`` output against the tree they were written for
(see docs/performance.md); a hunk that no longer applies is reported and the run stops.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PATCHES = {
    "P1": ["p1-serde-fast-paths.patch"],
    "P2": ["p2-generated-structure-functions.patch"],
    "P3": ["p3-request-path.patch"],
    "P4": ["p4-cli-model-lookup.patch"],  # plus the codemod, run first
    "P5": ["p5-no-netrc.patch"],
}


def main(argv: List[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    dest = os.path.abspath(argv[1])
    wanted = argv[2:] or list(PATCHES)
    target = os.path.join(dest, "medusa_client")
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(dest, exist_ok=True)
    shutil.copytree(os.path.join(ROOT, "medusa_client"), target, ignore=shutil.ignore_patterns("__pycache__"))
    for name in wanted:
        if name == "P4":
            codemod = os.path.join(HERE, "p4_lazy_model_imports.py")
            subprocess.run([sys.executable, codemod, target], check=True)
            resources = os.path.join(target, "resources")
            config = ["--config", os.path.join(ROOT, "pyproject.toml")]
            ruff = [sys.executable, "-m", "ruff"]
            subprocess.run([*ruff, "check", "-q", "--fix", "--select", "I", *config, resources], check=True)
            subprocess.run([*ruff, "format", "-q", *config, resources], check=True)
        for patch in PATCHES[name]:
            with open(os.path.join(HERE, patch)) as f:
                done = subprocess.run(["patch", "-p1", "-s", "-d", dest], stdin=f, check=False)
            if done.returncode != 0:
                print(f"{patch} does not apply to this tree any more", file=sys.stderr)
                return 1
        print(f"applied {name}")
    print(f"patched copy: {target}\nnext: python benchmarks/run.py --package-path {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
