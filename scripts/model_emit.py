"""What the two model generators (v1 from OpenAPI, v2 from @medusajs/types) write the same way.

``generate_models.py`` and ``generate_models_v2.py`` decide the classes and their fields; the text of
a module's tail (its ``TYPE_CHECKING`` imports, ``__all__`` and the attrs classes) and of the lazy
``__init__.py`` comes from here.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Set


class ClassDef:
    """One attrs class to write: its name, base, field lines, secret fields and page items field."""

    def __init__(self, name: str, strict: bool, base: str) -> None:
        self.name = name
        self.strict = strict
        self.base = base
        self.fields: List[str] = []
        self.secrets: List[str] = []
        self.items_field: Optional[str] = None


class Module:
    """One module to write: its classes and what their annotations need."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.classes: List[ClassDef] = []
        self.imports: Set[str] = set()  # model names used in annotations
        self.typing: Set[str] = set()
        self.datetime = False


def module_tail(classes: Iterable[Any], external: List[str], owner: Dict[str, str], core: str) -> str:
    """The ``.._types`` import, the type-checking imports, ``__all__`` and the classes of a module.

    ``classes`` have ``name``, ``base``, ``fields`` (source lines), ``items_field`` and ``secrets``;
    ``core`` is the relative path of the package core (``..`` for v1, ``...`` for v2).
    """
    classes = list(classes)
    out: List[str] = []
    types = sorted(n for n in ("UNSET", "Unset") if any(n in f for c in classes for f in c.fields))
    if types:
        out.append(f"from {core}_types import {', '.join(types)}\n")
    if external:
        out.append("\nif TYPE_CHECKING:\n")
        for name in external:
            out.append(f"    from .{owner[name]} import {name}\n")
    out.append(
        "\n__all__ = [" + ", ".join(f'"{c.name}"' for c in sorted(classes, key=lambda c: c.name)) + "]\n"
    )
    for cls in classes:
        out.append("\n\n@attrs.define(kw_only=True, repr=False)\n")
        out.append(f"class {cls.name}({cls.base}):\n")
        if cls.items_field:
            out.append(f'    _items_field = "{cls.items_field}"\n')
        if cls.secrets:
            names = ", ".join(f'"{s}"' for s in cls.secrets)
            out.append(f"    _secret_fields: ClassVar[FrozenSet[str]] = frozenset({{{names}}})\n")
        if cls.items_field or cls.secrets:
            out.append("\n")
        out.append("\n".join(cls.fields) + "\n")
    return "".join(out)


def lazy_init(header: str, doc: str, owner: Dict[str, str], core: str) -> str:
    """``models/__init__.py``: every class imported on first use (PEP 562), statically for type checkers."""
    names = sorted(owner)
    out = [
        header,
        f'"""{doc}"""\n\n',
        "from __future__ import annotations\n\n",
        "from typing import TYPE_CHECKING, Dict\n\n",
        f"from {core}_lazy import lazy_attributes\n\n",
        "if TYPE_CHECKING:\n",
    ]
    out += [f"    from .{owner[name]} import {name} as {name}\n" for name in names]
    out.append("\n_MODULES: Dict[str, str] = {\n")
    out += [f'    "{name}": "{owner[name]}",\n' for name in names]
    out.append("}\n\n__all__ = [\n")
    out += [f'    "{name}",\n' for name in names]
    out.append("]\n\n")
    out.append("if not TYPE_CHECKING:\n    __getattr__, __dir__ = lazy_attributes(__name__, _MODULES)\n")
    return "".join(out)
