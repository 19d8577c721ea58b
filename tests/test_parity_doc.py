"""docs/parity.md lists every method of the tree, and nothing that is not there."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Set

from medusa_client import Medusa
from tests.test_tree import public_methods, walk

DOC = Path(__file__).resolve().parent.parent / "docs" / "parity.md"


def documented() -> Set[str]:
    names = set()
    for line in DOC.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[1].startswith("`"):
            match = re.match(r"`([a-z_.]+)", cells[1])
            assert match, line
            names.add(match.group(1))
    return names


def test_every_python_method_has_a_row() -> None:
    tree = walk(Medusa(base_url="http://medusa.test"))
    methods = {f"{path}.{name}" for path, res in tree.items() for name in public_methods(res)}
    assert documented() == methods
    assert len(methods) == 324
