"""The resource tree as the CLI and ``medusa_client.testing`` see it, read from a route table.

No method is called or inspected: every fact comes from the version's table (``_routes``), and
models are imported only when a command or a mock needs them.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Type

import attrs

from ._routes import ResourceNode, Route, RouteTable, kebab
from ._serde import Response

__all__ = [
    "MethodSpec",
    "ParamSpec",
    "ResourceSpec",
    "UsageError",
    "kebab",
    "nest_pairs",
    "resolve",
    "resource_tree",
    "table_for",
]


class ParamSpec:
    """The payload or query parameter of a method."""

    __slots__ = ("_route", "model_name", "required")

    def __init__(self, route: Route, model_name: str, required: bool) -> None:
        self._route = route
        self.model_name = model_name
        self.required = required

    @property
    def model(self) -> Optional[type]:
        """The attrs model (``None`` for a plain mapping); imported on first use."""
        return self._route.model(self.model_name)

    def field_names(self) -> List[Tuple[str, bool]]:
        """``(json name, required)`` of the model's fields (empty for plain mappings)."""
        model = self.model
        if model is None or not attrs.has(model):
            return []
        names = []
        for item in attrs.fields(model):
            if item.name == "additional_properties":
                continue
            names.append((item.metadata.get("json", item.name), item.default is attrs.NOTHING))
        return names


class MethodSpec:
    """One public method of a resource: its route plus the Python view of its parameters."""

    __slots__ = ("files", "ids", "name", "path", "payload", "query", "route", "summary")

    def __init__(self, route: Route, path: Tuple[str, ...]) -> None:
        self.route = route
        self.path = path  #: attribute path of the resource: ("admin", "customer_groups")
        self.name = route.name
        self.ids = route.path_params  #: positional path parameters, in order
        upload = "upload" in route.flags
        self.files: Optional[str] = "file_or_files" if upload else None
        self.payload = (
            ParamSpec(route, route.payload, "payload_optional" not in route.flags)
            if route.payload and not upload
            else None
        )
        self.query = ParamSpec(route, route.query, "query_required" in route.flags) if route.query else None
        self.summary = route.summary or route.name.replace("_", " ")

    @property
    def result(self) -> Type[Response]:
        return self.route.result_model

    @property
    def dotted(self) -> str:
        return ".".join((*self.path, self.name))

    @property
    def command(self) -> str:
        return " ".join(kebab(part) for part in (*self.path, self.name))

    @property
    def pages(self) -> bool:
        return self.route.pages

    def __repr__(self) -> str:
        return f"<MethodSpec {self.dotted}: {self.route.method} {self.route.path}>"


class ResourceSpec:
    """A node of the tree: the root, ``admin``, or a resource, with its methods and children."""

    __slots__ = ("children", "methods", "path", "summary")

    def __init__(self, node: ResourceNode) -> None:
        self.path = node.parts
        self.summary = node.summary
        self.methods: Dict[str, MethodSpec] = {
            name: MethodSpec(route, node.parts) for name, route in sorted(node.methods.items())
        }
        self.children: Dict[str, ResourceSpec] = {
            name: ResourceSpec(child) for name, child in sorted(node.children.items())
        }

    def walk(self) -> Iterator[ResourceSpec]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children.values():
            yield from child.walk()

    def all_methods(self) -> Iterator[MethodSpec]:
        for node in self.walk():
            yield from node.methods.values()


def table_for(api: str) -> RouteTable:
    """The route table of an API version (``v1`` or ``v2``), imported on first use."""
    if api == "v2":
        from .v2.resources._table import TABLE as V2_TABLE

        return V2_TABLE
    if api != "v1":
        raise ValueError(f"api must be 'v1' or 'v2', got {api!r}")
    from .resources._table import TABLE

    return TABLE


@functools.lru_cache(maxsize=4)
def resource_tree(table: Optional[RouteTable] = None) -> ResourceSpec:
    """The whole tree of ``table`` (default: the v1 table): root, namespaces, resources."""
    return ResourceSpec((table or table_for("v1")).root)


def resolve(obj: object, path: Sequence[str]) -> Any:
    """``medusa.admin.customer_groups`` from ``("admin", "customer_groups")``."""
    for name in path:
        obj = getattr(obj, name)
    return obj


class UsageError(Exception):
    """A command line the CLI cannot run (exit code 2)."""


_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


def _split_key(key: str) -> List[str]:
    match = _KEY.match(key)
    if not match:
        raise UsageError(f"bad query key {key!r}: expected name, name[key] or name[0] (qs style)")
    return [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))]


def nest_pairs(pairs: Iterable[Tuple[str, Any]]) -> Dict[str, Any]:
    """Nested dicts and lists from qs-style ``(key, value)`` pairs, as ``qs.parse`` builds them.

    ``created_at[gt]=x`` -> ``{"created_at": {"gt": "x"}}``; ``name[0]=a`` and ``name[]=a`` ->
    ``{"name": ["a"]}``; a plain key given twice becomes a list. Objects whose keys are all indices
    become lists (in index order). Raises :class:`UsageError` when a key is both a value and an object.
    """
    root: Dict[str, Any] = {}
    for key, value in pairs:
        parts = _split_key(key)
        target: Dict[str, Any] = root
        for depth, part in enumerate(parts):
            last = depth == len(parts) - 1
            if part == "":
                part = str(sum(1 for k in target if k.isdigit()))
            if last:
                if part in target:
                    existing = target[part]
                    if isinstance(existing, dict):
                        raise UsageError(f"query key {key!r} is both a value and an object")
                    if isinstance(existing, _Repeated):
                        existing.append(value)
                    else:
                        target[part] = _Repeated([existing, value])
                else:
                    target[part] = value
            else:
                child = target.setdefault(part, {})
                if not isinstance(child, dict):
                    raise UsageError(f"query key {key!r} is both a value and an object")
                target = child
    return _finish(root)  # type: ignore[no-any-return]


class _Repeated(List[Any]):
    """Values of a key given more than once (``id=a&id=b``)."""


def _finish(value: Any) -> Any:
    if isinstance(value, _Repeated):
        return list(value)
    if isinstance(value, dict):
        done = {key: _finish(item) for key, item in value.items()}
        if done and all(key.isdigit() for key in done):
            return [done[key] for key in sorted(done, key=int)]
        return done
    return value
