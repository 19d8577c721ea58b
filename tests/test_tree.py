"""The tree on ``Medusa`` is medusa-js's: same attribute paths, class names and methods (snake_case)."""

from __future__ import annotations

import inspect
from typing import Any, Dict, List, Tuple

import pytest

import medusa_client.resources as resources
from medusa_client import Medusa
from medusa_client._medusa import children
from medusa_client._resource import Resource
from tests.medusa_js_tree import MEDUSA_JS_TREE

#: Methods the server has and medusa-js lacks.
ADDED = {
    "carts": ("calculate_taxes",),
    "admin.orders": ("create_reservation_for_line_item", "list_reservations"),
    "admin.apps": ("authorize", "list"),
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


def test_every_medusa_js_resource_is_there_with_its_class_name(tree: Dict[str, Resource]) -> None:
    expected = {path: cls for path, (cls, _) in MEDUSA_JS_TREE.items()} | {"admin.apps": "AdminAppsResource"}
    assert {path: type(res).__name__ for path, res in tree.items()} == expected
    assert len(tree) == 61


@pytest.mark.parametrize("path", sorted(MEDUSA_JS_TREE))
def test_every_medusa_js_method_is_there(tree: Dict[str, Resource], path: str) -> None:
    _, methods = MEDUSA_JS_TREE[path]
    assert public_methods(tree[path]) == tuple(sorted(methods + ADDED.get(path, ())))


def test_method_count_is_319_plus_the_added_ones(tree: Dict[str, Resource]) -> None:
    counted = sum(len(public_methods(res)) for res in tree.values())
    assert sum(len(m) for _, m in MEDUSA_JS_TREE.values()) == 319
    assert counted == 319 + sum(len(m) for m in ADDED.values())


@pytest.mark.parametrize("path", sorted(MEDUSA_JS_TREE))
def test_every_method_follows_the_calling_convention(tree: Dict[str, Resource], path: str) -> None:
    """ids (str), payload, query, then ``**options``; a query parameter is always named ``query``."""
    problems: List[str] = []
    for name in public_methods(tree[path]):
        params = list(inspect.signature(getattr(tree[path], name)).parameters.values())
        if not params or params[-1].kind is not inspect.Parameter.VAR_KEYWORD:
            problems.append(f"{name}: no **options")
        for param in params[:-1]:
            if "query" in param.name and param.name != "query":
                problems.append(f"{name}: query parameter named {param.name}")
    assert problems == []


def test_resource_classes_are_importable_from_resources() -> None:
    names = {cls for cls, _ in MEDUSA_JS_TREE.values()} | {"AdminAppsResource", "CustomersResource"}
    assert names <= set(resources.__all__)
    assert all(inspect.isclass(getattr(resources, n)) for n in names)


def test_lazy_packages_load_on_first_use_and_refuse_unknown_names() -> None:
    import medusa_client.models as models

    assert "CustomerGroup" in dir(models) and "AdminCustomerGroupsResource" in dir(resources)
    assert resources.CustomersResource is resources.CustomerResource
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]
