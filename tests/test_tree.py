"""The tree on ``Medusa`` is the route table's, and the table is medusa-js's (with the listed fixes).

- every resource and method of the table is on the tree, with its class name and a signature that
  follows the calling convention (path ids, payload, query, ``**options``), and nothing else is;
- every medusa-js 6.1.10 method (``../shared/reference/ENDPOINTS.md``, recorded from the real client)
  is a row with the same JS name, verb and path, except the deliberate fixes below.
"""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import medusa_client.resources as resources
from medusa_client import Medusa
from medusa_client._resource import Resource, children
from medusa_client.resources._table import TABLE

ENDPOINTS = Path(__file__).resolve().parents[2] / "shared" / "reference" / "ENDPOINTS.md"

#: Where the table differs from medusa-js on purpose (docs/parity.md says why): dotted -> (verb, path).
FIXED_ROUTES = {
    "admin.products.create": ("POST", "/admin/products"),
    "admin.shipping_profiles.create": ("POST", "/admin/shipping-profiles"),
    "admin.shipping_profiles.list": ("GET", "/admin/shipping-profiles"),
    "admin.store.add_currency": ("POST", "/admin/store/currencies/{code}"),
    "admin.store.retrieve": ("GET", "/admin/store"),
    "admin.store.update": ("POST", "/admin/store"),
    "admin.users.reset_password": ("POST", "/admin/users/reset-password"),
    "admin.variants.retrieve": ("GET", "/admin/variants/{id}"),
    "admin.custom.get": ("GET", "/admin/{path}"),
    "admin.custom.post": ("POST", "/admin/{path}"),
    "admin.custom.delete": ("DELETE", "/admin/{path}"),
}
#: Methods the server has and medusa-js lacks.
ADDED = {
    "carts.calculate_taxes",
    "admin.orders.create_reservation_for_line_item",
    "admin.orders.list_reservations",
    "admin.apps.authorize",
    "admin.apps.list",
}


def walk(obj: Any, prefix: str = "") -> Dict[str, Resource]:
    found: Dict[str, Resource] = {}
    for name, value in children(obj).items():
        path = f"{prefix}{name}"
        if isinstance(value, Resource):
            found[path] = value
        found.update(walk(value, path + "."))
    return found


def public_methods(resource: Resource) -> Tuple[str, ...]:
    return tuple(
        sorted(
            name
            for name, member in inspect.getmembers(type(resource), inspect.isfunction)
            if not name.startswith("_")
        )
    )


@pytest.fixture(scope="module")
def tree() -> Dict[str, Resource]:
    return walk(Medusa(base_url="http://medusa.test"))


def test_the_tree_is_the_tables(tree: Dict[str, Resource]) -> None:
    nodes = {path: node for path, node in TABLE.nodes.items() if path and node.module != "_tree"}
    assert {path: type(res).__name__ for path, res in tree.items()} == {
        path: node.class_name for path, node in nodes.items()
    }
    assert len(tree) == 61
    for path, resource in tree.items():
        assert public_methods(resource) == tuple(sorted(TABLE.nodes[path].methods)), path


def test_method_count(tree: Dict[str, Resource]) -> None:
    # 319 medusa-js methods per attribute path: customers.payment_methods shares payment_methods' class
    assert len(TABLE.routes) == 318 + len(ADDED)
    assert sum(len(public_methods(res)) for res in tree.values()) == 319 + len(ADDED)


@pytest.mark.parametrize("route", TABLE.routes, ids=lambda route: route.dotted)
def test_every_method_follows_the_calling_convention(tree: Dict[str, Resource], route: Any) -> None:
    """Path ids (str, in the path's order), the payload, the query, then ``**options`` only."""
    params = list(inspect.signature(getattr(tree[route.resource], route.name)).parameters.values())
    assert params[-1].kind is inspect.Parameter.VAR_KEYWORD
    positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    expected: List[str] = list(route.path_params)
    if "upload" in route.flags:
        expected.append("file_or_files")
    elif route.payload:
        expected.append("payload")
    if route.query:
        expected.append("query")
    assert positional == expected


def test_resource_classes_are_importable_from_resources() -> None:
    names = {node.class_name for node in TABLE.nodes.values() if node.module and node.module != "_tree"}
    assert names | {"CustomersResource"} == set(resources.__all__)
    assert all(inspect.isclass(getattr(resources, name)) for name in names)


def test_lazy_packages_load_on_first_use_and_refuse_unknown_names() -> None:
    import medusa_client.models as models

    assert "CustomerGroup" in dir(models) and "AdminCustomerGroupsResource" in dir(resources)
    assert resources.CustomersResource is resources.CustomerResource
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]


def owner(resource: str) -> str:
    """The attribute path whose class holds the methods (``customers.payment_methods`` -> ``payment_methods``)."""
    return TABLE.nodes[resource].same_as or resource


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def medusa_js_methods() -> Dict[str, Tuple[str, str, str]]:
    """dotted Python name -> (JS name, verb, path) from the recorded medusa-js table."""
    methods: Dict[str, Tuple[str, str, str]] = {}
    resource = ""
    for line in ENDPOINTS.read_text().splitlines():
        heading = re.match(r"## (\S+) — `(\w+)`", line)
        if heading:
            resource = ".".join(_snake(part) for part in heading.group(1).split("."))
        elif line.startswith("| ") and resource and not line.startswith(("| JS", "|---")):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            path = re.match(r"`([^`]*)`", cells[3])
            methods[f"{resource}.{cells[1]}"] = (cells[0], cells[2], path.group(1) if path else cells[3])
    return methods


def test_the_table_is_medusa_js() -> None:
    if not ENDPOINTS.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{ENDPOINTS} is missing in CI")
        pytest.skip(f"medusa-js's recorded table is not beside this clone ({ENDPOINTS})")
    recorded = medusa_js_methods()
    assert len(recorded) == 319
    problems = []
    for dotted, (js_name, verb, path) in recorded.items():
        resource, _, name = dotted.rpartition(".")
        route = TABLE.route(owner(resource), name)
        if route.js_name != js_name:
            problems.append(f"{dotted}: JS name {route.js_name} != {js_name}")
        ours = (route.method, re.sub(r"\{\w+\}", "{}", route.path))
        theirs = (verb, re.sub(r"\{\w+\}", "{}", path))
        if dotted in FIXED_ROUTES:
            assert (route.method, route.path) == FIXED_ROUTES[dotted]
            assert ours != theirs, f"{dotted} is listed as fixed but is medusa-js's route"
        elif ours != theirs:
            problems.append(f"{dotted}: {ours} != medusa-js {theirs}")
    assert problems == []
    owned = {f"{owner(d.rpartition('.')[0])}.{d.rpartition('.')[2]}" for d in recorded}
    assert {route.dotted for route in TABLE.routes} - owned == ADDED
    assert all("added" in TABLE.by_name[dotted].flags for dotted in ADDED)
