"""Lazy package attributes (PEP 562): a name is imported from its module on first access.

Used by ``medusa_client.models`` and ``medusa_client.resources`` so that importing the package
loads none of the hundreds of modules behind it.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable, List, Mapping, Optional, Tuple

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str, modules: Mapping[str, str], aliases: Optional[Mapping[str, str]] = None
) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """A module ``__getattr__`` and ``__dir__`` for ``package``.

    ``modules`` maps each exported name to the submodule defining it; ``aliases`` maps other
    names to exported ones. A loaded value is stored on the package, so later reads are plain.
    """
    other_names = dict(aliases or {})

    def __getattr__(name: str) -> Any:
        target = other_names.get(name, name)
        module = modules.get(target)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), target)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> List[str]:
        return sorted(set(vars(sys.modules[package])) | set(modules) | set(other_names))

    return __getattr__, __dir__
