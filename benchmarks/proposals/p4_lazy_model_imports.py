"""Proposal P4 (codemod): resource modules stop importing their model classes at import time.

In each ``medusa_client/resources/**.py``, ``from ...models import A, B`` becomes
``from ... import models`` plus the same import under ``if TYPE_CHECKING:`` (annotations
are strings, ``from __future__ import annotations``; mypy still sees the names), and every
runtime use of ``A`` (the ``cast_to`` argument of ``_get``/``_post``...) becomes
``models.A``, which ``models.__getattr__`` imports on first use and then caches. So the
first ``medusa.admin.<resource>`` access imports the resource modules but no model module.
Run ``ruff format`` on the result (a few lines get longer than 110 characters), and apply
p4-cli-model-lookup.patch (the CLI resolved annotation names in the resource modules).

Usage: ``python benchmarks/proposals/p4_lazy_model_imports.py PACKAGE_DIR``
"""

from __future__ import annotations

import ast
import pathlib
import sys
from typing import List, Set, Tuple


def _annotation_node_ids(tree: ast.AST) -> Set[int]:
    ids: Set[int] = set()
    for node in ast.walk(tree):
        annotations: List[ast.expr] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                if arg is not None and arg.annotation is not None:
                    annotations.append(arg.annotation)
            if node.returns is not None:
                annotations.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        for annotation in annotations:
            ids.update(id(sub) for sub in ast.walk(annotation))
    return ids


def rewrite(path: pathlib.Path) -> bool:
    """Rewrite one resource module; False when it imports no models."""
    src = path.read_text()
    tree = ast.parse(src)
    imp = next(
        (n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "models" and n.level >= 2),
        None,
    )
    if imp is None or imp.end_lineno is None:
        return False
    names = {alias.asname or alias.name for alias in imp.names}
    in_annotations = _annotation_node_ids(tree)
    lines = src.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    edits: List[Tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in names and id(node) not in in_annotations:
            start = offsets[node.lineno - 1] + node.col_offset
            edits.append((start, start + len(node.id), f"models.{node.id}"))
    original_import = "".join(lines[imp.lineno - 1 : imp.end_lineno])
    guarded = "if TYPE_CHECKING:  # pragma: no cover\n" + "".join(
        "    " + line if line.strip() else line for line in original_import.splitlines(keepends=True)
    )
    edits.append(
        (offsets[imp.lineno - 1], offsets[imp.end_lineno], f"from {'.' * imp.level} import models\n")
    )
    out = src
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    # the guarded import goes after the last top-level import
    last = max(
        n.end_lineno or n.lineno for n in ast.parse(out).body if isinstance(n, (ast.Import, ast.ImportFrom))
    )
    out_lines = out.splitlines(keepends=True)
    out = "".join(out_lines[:last]) + "\n" + guarded + "".join(out_lines[last:])
    if "TYPE_CHECKING" not in out.split("if TYPE_CHECKING", 1)[0]:
        if "from typing import " in out:
            out = out.replace("from typing import ", "from typing import TYPE_CHECKING, ", 1)
        else:
            out = out.replace(
                "from __future__ import annotations\n",
                "from __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n",
                1,
            )
    path.write_text(out)
    return True


def main(argv: List[str]) -> int:
    root = pathlib.Path(argv[1]) / "resources"
    changed = [p for p in sorted(root.rglob("*.py")) if rewrite(p)]
    print(f"rewrote {len(changed)} resource modules under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
