"""Routes as data: the one place the facts about every API method live at run time.

Each API version has a generated table (``medusa_client/resources/_table.py`` for v1,
``medusa_client/v2/resources/_table.py`` for v2, written by ``scripts/generate_routes.py`` from
``scripts/routes/*.tsv``). A row says where a method sits in the tree, its verb, path template,
payload, query and result models and the flags the core needs. The resource classes, the
``Medusa`` tree, the CLI, ``medusa_client.testing`` and the tests all read it from here.
"""

from __future__ import annotations

import importlib
import re
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from ._paths import segment

__all__ = ["FLAGS", "ResourceNode", "Route", "RouteTable", "kebab"]

#: Flags a row may carry (the generator refuses others):
#:
#: - ``upload``: the payload is files, sent as multipart ``files`` parts;
#: - ``public``: sent without credentials (login, password reset, invite acceptance);
#: - ``replayable``: a POST that cannot act twice, so it is retried like a GET;
#: - ``token``: the result carries a token this client keeps (login);
#: - ``payload_optional`` / ``query_required``: the payload may be left out / the query must be given;
#: - ``wide``: the path parameter may span several segments (custom routes);
#: - ``pages``: the result is a :class:`~medusa_client.Page` (``--all`` in the CLI);
#: - ``added``: not in the JS client (the server has it);
#: - ``handwritten``: the method is written by hand in its resource module (custom routes).
FLAGS: FrozenSet[str] = frozenset(
    {
        "upload",
        "public",
        "replayable",
        "token",
        "payload_optional",
        "query_required",
        "wide",
        "pages",
        "added",
        "handwritten",
    }
)

_PARAM = re.compile(r"\{(\w+)\}")


def kebab(name: str) -> str:
    """``customer_groups`` -> ``customer-groups``."""
    return name.rstrip("_").replace("_", "-")


class Route:
    """One method of one resource: where it sits, what it sends, what it returns."""

    __slots__ = (
        "_models",
        "_regex",
        "_result_model",
        "api",
        "flags",
        "js_name",
        "method",
        "name",
        "path",
        "path_params",
        "payload",
        "query",
        "resource",
        "result",
        "summary",
    )

    def __init__(
        self,
        api: str,
        models: str,
        resource: str,
        name: str,
        js_name: str,
        method: str,
        path: str,
        payload: str,
        query: str,
        result: str,
        flags: str,
        summary: str,
    ) -> None:
        self.api = api
        self.resource = resource  #: attribute path of the resource: ``admin.customer_groups``
        self.name = name  #: Python method name: ``list_customers``
        self.js_name = js_name  #: the JS client's method name (empty for added methods)
        self.method = method  #: HTTP verb
        self.path = path  #: template: ``/admin/customer-groups/{id}/customers``
        self.path_params: Tuple[str, ...] = tuple(_PARAM.findall(path))
        self.payload = payload  #: payload model name, ``Mapping``, or empty for none
        self.query = query  #: query model name, ``Mapping``, or empty for none
        self.result = result  #: result model name
        self.flags: FrozenSet[str] = frozenset(flags.split(",")) if flags else frozenset()
        self.summary = summary  #: one line: what the method does
        self._models = models
        self._regex: Optional[re.Pattern[str]] = None
        self._result_model: Optional[type] = None

    def __repr__(self) -> str:
        return f"<Route {self.dotted}: {self.method} {self.path}>"

    # ------------------------------------------------------------------ names
    @property
    def dotted(self) -> str:
        """``admin.customer_groups.list_customers``."""
        return f"{self.resource}.{self.name}"

    @property
    def command(self) -> str:
        """The CLI command: ``admin customer-groups list-customers``."""
        return " ".join(kebab(part) for part in self.dotted.split("."))

    @property
    def pages(self) -> bool:
        return "pages" in self.flags

    # ----------------------------------------------------------------- models
    def model(self, name: str) -> Optional[type]:
        """The generated class called ``name`` (``None`` for ``Mapping`` and empty names)."""
        if not name or name == "Mapping":
            return None
        from . import _serde

        if name in ("EmptyResponse", "JSONResponse"):
            return getattr(_serde, name)  # type: ignore[no-any-return]
        return getattr(importlib.import_module(self._models), name)  # type: ignore[no-any-return]

    @property
    def result_model(self) -> type:
        """The result class, imported on the first call and kept (every call of the method reads it)."""
        if self._result_model is None:
            result = self.model(self.result)
            assert result is not None, self.dotted
            self._result_model = result
        return self._result_model

    # ------------------------------------------------------------------- path
    def build_path(self, ids: Sequence[object]) -> str:
        """The path with every id encoded as one segment (``_paths.segment``), in order."""
        params = self.path_params
        if len(ids) != len(params):  # pragma: no cover - generated signatures pass them all
            raise TypeError(f"{self.dotted} takes {len(params)} path ids, got {len(ids)}")
        if not params:
            return self.path
        values = {name: segment(value, name) for name, value in zip(params, ids)}
        return self.path.format_map(values)

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern of the path: one group per id, ``[^/]+`` (``.+`` for ``wide`` routes)."""
        if self._regex is None:
            pattern, last = "", 0
            for found in _PARAM.finditer(self.path):
                pattern += re.escape(self.path[last : found.start()])
                name = found.group(1)
                pattern += f"(?P<{name}>.+)" if "wide" in self.flags else f"(?P<{name}>[^/]+)"
                last = found.end()
            pattern += re.escape(self.path[last:])
            self._regex = re.compile(pattern + "$")
        return self._regex

    def match(self, method: str, path: str) -> Optional[Dict[str, str]]:
        """The (still encoded) ids when ``method path`` is this route, else ``None``."""
        if method != self.method:
            return None
        found = self.regex.match(path)
        return found.groupdict() if found else None

    @property
    def rank(self) -> Tuple[int, ...]:
        """Sorts specific templates (literal segments first) before general ones."""
        ranks = []
        for part in self.path.strip("/").split("/"):
            if "{" not in part:
                ranks.append(0)
            else:
                ranks.append(2 if "wide" in self.flags else 1)
        return tuple(ranks)


class ResourceNode:
    """A node of the tree: the root, ``admin``, or a resource with its methods and children."""

    __slots__ = ("children", "class_name", "methods", "module", "path", "same_as", "summary")

    def __init__(self, path: str, class_name: str, module: str, summary: str, same_as: str = "") -> None:
        self.path = path  #: ``""`` for the root, ``admin``, ``admin.customer_groups``, ``carts.line_items``
        self.class_name = class_name
        self.module = module
        self.summary = summary
        self.same_as = same_as  #: another attribute path holding the same class (shared methods)
        self.methods: Dict[str, Route] = {}
        self.children: Dict[str, ResourceNode] = {}

    @property
    def parts(self) -> Tuple[str, ...]:
        return tuple(self.path.split(".")) if self.path else ()

    def walk(self) -> Iterator[ResourceNode]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children.values():
            yield from child.walk()

    def all_methods(self) -> Iterator[Route]:
        for node in self.walk():
            yield from node.methods.values()

    def __repr__(self) -> str:
        return f"<ResourceNode {self.path or '(root)'}>"


class RouteTable:
    """Every route of one API version, with the resource tree they form."""

    def __init__(
        self,
        *,
        api: str,
        models: str,
        resources_package: str,
        summary: str,
        resources: Sequence[Tuple[str, str, str, str, str]],
        routes: Sequence[Tuple[str, ...]],
    ) -> None:
        self.api = api
        self.models = models
        self.resources_package = resources_package
        self.routes: Tuple[Route, ...] = tuple(Route(api, models, *row) for row in routes)
        self.by_name: Dict[str, Route] = {route.dotted: route for route in self.routes}
        self.root = ResourceNode("", "", "", summary)
        nodes: Dict[str, ResourceNode] = {"": self.root}
        for path, class_name, module, same_as, doc in resources:
            node = ResourceNode(path, class_name, module, doc, same_as)
            nodes[path] = node
            parent, _, attribute = path.rpartition(".")
            nodes[parent].children[attribute] = node
        for route in self.routes:
            nodes[route.resource].methods[route.name] = route
        for node in nodes.values():
            if node.same_as:
                node.methods = nodes[node.same_as].methods
        self.nodes = nodes
        self._ranked: Optional[Dict[str, List[Route]]] = None

    def route(self, resource: str, name: str) -> Route:
        return self.by_name[f"{resource}.{name}"]

    def resource_class(self, resource: str) -> type:
        """The resource class at an attribute path (imported on first use)."""
        node = self.nodes[resource]
        module = importlib.import_module(f"{self.resources_package}.{node.module}")
        return getattr(module, node.class_name)  # type: ignore[no-any-return]

    def matching(self, method: str, path: str) -> List[Tuple[Route, Dict[str, str]]]:
        """Routes (most specific first) that ``method path`` matches, with their ids."""
        return list(self._matches(method, path))

    def find(self, method: str, path: str) -> Optional[Route]:
        """The most specific route ``method path`` (ids encoded, no query) is a call of, if any."""
        first = next(self._matches(method, path), None)
        return first[0] if first else None

    def _matches(self, method: str, path: str) -> Iterator[Tuple[Route, Dict[str, str]]]:
        if self._ranked is None:  # per verb, most specific first: built once
            ranked: Dict[str, List[Route]] = {}
            for route in sorted(self.routes, key=lambda r: (r.rank, r.path)):
                ranked.setdefault(route.method, []).append(route)
            self._ranked = ranked
        for route in self._ranked.get(method, ()):
            found = route.regex.match(path)
            if found:
                yield route, found.groupdict()
