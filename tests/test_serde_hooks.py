"""The structure hooks written for each model give what cattrs' own ``make_dict_structure_fn`` gave.

The reference is the converter as it was built before: the same hooks for every type, with the
model hook made by ``cattrs.gen.make_dict_structure_fn``. Both structure recorded real-server
bodies, the benchmark payloads and generated objects (any JSON value for any field, unknown
keys too): the results are identical (``repr`` and ``to_dict``), or both raise the same error.
The fallbacks the generated models never need (a validator, a field without a default, a
``Factory(takes_self=True)``, a cycle between two models) are covered on hand-written classes.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple, Type, Union

import attrs
import cattrs
import pytest
from cattrs.gen import make_dict_structure_fn, override
from hypothesis import given, settings
from hypothesis import strategies as st

from medusa_client import _serde
from medusa_client._serde import MISSING, Model
from medusa_client._types import UNSET, Unset

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "speedups"


def _reference_converter() -> cattrs.Converter:
    """The converter of the previous release: cattrs writes each model's structure function."""
    conv = _serde._build_converter()

    def make(cls: Any, conv: cattrs.Converter = conv) -> Any:
        _serde._resolve(cls)
        fields = attrs.fields(cls)
        overrides = {
            f.name: override(rename=_serde._json_name(f)) for f in fields if _serde._json_name(f) != f.name
        }
        overrides["additional_properties"] = override(omit=True)
        base = make_dict_structure_fn(cls, conv, **overrides)
        known = frozenset(_serde._json_name(f) for f in fields if f.name != "additional_properties")
        name = cls.__name__

        def structure_model(data: Any, _: Any) -> Any:
            if not isinstance(data, dict):
                raise ValueError(f"{name}: expected a JSON object, got {type(data).__name__}")
            obj = base(data, cls)
            if len(data) > len(known) or not known.issuperset(data):
                extra = {k: v for k, v in data.items() if k not in known}
                if extra:
                    obj.additional_properties = extra
            return obj

        return structure_model

    conv.register_structure_hook_factory(_serde._is_model, make)
    return conv


REFERENCE = _reference_converter()


def _outcome(conv: cattrs.Converter, data: Any, cls: Any) -> Tuple[str, str]:
    try:
        result = conv.structure(data, cls)
    except Exception as exc:  # the error, as the caller would see it
        return ("error", f"{type(exc).__name__}: {exc}")
    dumped = json.dumps(result.to_dict(), sort_keys=True, default=repr) if isinstance(result, Model) else ""
    return (repr(result), dumped)


def assert_same(data: Any, cls: Any) -> None:
    assert _outcome(_serde.converter, data, cls) == _outcome(REFERENCE, data, cls)


# -------------------------------------------------------------- real and benchmark bodies


def _bodies() -> List[Tuple[str, Any, Any]]:
    from tests.test_speedups import RECORDED, _fixture_name, _table

    found = []
    for api, name, _ in RECORDED:
        path = FIXTURES / _fixture_name(api, name)
        found.append((f"{api}:{name}", json.loads(path.read_bytes()), _table(api).by_name[name].result_model))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import payloads
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from medusa_client.models import AdminCustomerGroupsListRes, AdminCustomersListRes, StoreProductsListRes

    found += [
        ("bench:customers", json.loads(payloads.customers_body()), AdminCustomersListRes),
        ("bench:products", json.loads(payloads.products_body()), StoreProductsListRes),
        ("bench:groups", json.loads(payloads.customer_groups_body()), AdminCustomerGroupsListRes),
    ]
    return found


@pytest.mark.parametrize(("data", "cls"), [b[1:] for b in _bodies()], ids=[b[0] for b in _bodies()])
def test_bodies_structure_as_cattrs_did(data: Any, cls: Any) -> None:
    assert_same(data, cls)


# ---------------------------------------------------------------- generated objects

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=6)
    | st.sampled_from(["2024-01-02T03:04:05.678Z", "2024-01-02", "not a date", "12"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)


def _models() -> List[type]:
    from medusa_client import models
    from medusa_client.v2 import models as models_v2

    names = ["Customer", "Address", "CustomerGroup", "MoneyAmount", "PricedProduct", "Region", "Order"]
    picked = [getattr(models, n) for n in names]
    picked += [
        getattr(models_v2, n) for n in sorted(models_v2.__all__)[:: max(1, len(models_v2.__all__) // 12)]
    ]
    return [m for m in picked if attrs.has(m)]


MODELS = _models()


@st.composite
def _objects(draw: Any) -> Tuple[Any, Dict[str, Any]]:
    cls = draw(st.sampled_from(MODELS))
    keys = [_serde._json_name(f) for f in attrs.fields(cls) if f.name != "additional_properties"]
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)))
    data = {key: draw(_json) for key in chosen}
    if draw(st.booleans()):
        data.update(draw(st.dictionaries(st.text(min_size=1, max_size=5), _json, max_size=2)))
    return cls, data


@settings(max_examples=400, deadline=None)
@given(_objects())
def test_generated_objects_structure_as_cattrs_did(case: Tuple[Any, Dict[str, Any]]) -> None:
    cls, data = case
    assert_same(data, cls)


@pytest.mark.parametrize("data", [None, [], "x", 1, [{"id": "a"}]])
def test_not_an_object(data: Any) -> None:
    from medusa_client.models import Customer

    assert_same(data, Customer)
    with pytest.raises(ValueError, match="Customer: expected a JSON object"):
        Customer.from_dict(data)


def test_a_dict_subclass_is_an_object() -> None:
    from medusa_client.models import Customer

    class Ordered(dict):  # type: ignore[type-arg]
        pass

    assert_same(Ordered(id="cus_1", email="a@b.c", extra=1), Customer)


# --------------------------------------------------- classes the generator never writes


def _validated(instance: Any, attribute: Any, value: Any) -> None:
    if value != UNSET and value == "bad":
        raise ValueError("bad value")


@attrs.define(kw_only=True, repr=False)
class WithValidator(Model):
    name: str = attrs.field(default=MISSING, validator=_validated)
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True, repr=False)
class Required(Model):
    id: str
    tags: List[str] = attrs.field(factory=list)
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True, repr=False)
class TakesSelf(Model):
    size: int = 1
    twice: int = attrs.field(default=attrs.Factory(lambda self: self.size * 2, takes_self=True))
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True, repr=False)
class PostInit(Model):
    n: float = MISSING
    seen: bool = False
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.seen = True


@attrs.define(kw_only=True, repr=False)
class Renamed(Model):
    from_: Optional[str] = attrs.field(default=MISSING, metadata={"json": "from"})
    when: Union[dt.datetime, Unset] = UNSET
    when_day: Optional[dt.date] = MISSING
    anything: Any = MISSING
    raw: Optional[dict] = MISSING  # type: ignore[type-arg]
    values: Union[List[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True, repr=False)
class Node(Model):
    name: str = MISSING
    parent: Optional[Node] = MISSING
    children: Union[List[Node], Unset] = UNSET
    other: Optional[Leaf] = MISSING
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True, repr=False)
class Leaf(Model):
    node: Optional[Node] = MISSING
    weight: Union[float, Unset] = UNSET
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


HANDWRITTEN: List[Tuple[Type[Any], Dict[str, Any]]] = [
    (WithValidator, {"name": "ok"}),
    (WithValidator, {"name": "bad"}),
    (WithValidator, {}),
    (Required, {"id": "x", "tags": ["a"]}),
    (Required, {"tags": ["a"]}),
    (Required, {"id": 3}),
    (TakesSelf, {"size": 4}),
    (TakesSelf, {"size": 4, "twice": 1, "more": True}),
    (PostInit, {"n": 1}),
    (PostInit, {"n": "2.5"}),
    (PostInit, {"n": True}),
    (Renamed, {"from": "a", "when": "2024-01-02T03:04:05Z", "when_day": "2024-01-02T00:00:00Z"}),
    (Renamed, {"from": None, "when": dt.datetime(2024, 1, 1), "anything": [1], "raw": {"a": 1}}),
    (Renamed, {"when": 5}),
    (Renamed, {"values": ("a", "b"), "raw": [1]}),
    (Node, {"name": "a", "children": [{"name": "b", "other": {"weight": 2, "node": {"name": "c"}}}]}),
    (Node, {"name": "a", "parent": {"name": "p", "parent": None}, "children": None}),
    (Node, {"name": "a", "children": [{"name": 1}]}),
]


@pytest.mark.parametrize(
    ("cls", "data"), HANDWRITTEN, ids=[f"{c.__name__}-{i}" for i, (c, _) in enumerate(HANDWRITTEN)]
)
def test_handwritten_classes_structure_as_cattrs_did(cls: Any, data: Dict[str, Any]) -> None:
    assert_same(data, cls)


def test_direct_fill_only_for_classes_whose_init_only_stores() -> None:
    assert _serde._direct_fill(Node, attrs.fields(Node))
    assert not _serde._direct_fill(WithValidator, attrs.fields(WithValidator))
    assert not _serde._direct_fill(TakesSelf, attrs.fields(TakesSelf))
    assert not _serde._direct_fill(PostInit, attrs.fields(PostInit))


def test_post_init_runs() -> None:
    assert PostInit.from_dict({"n": 1}).seen is True


def test_building_a_hook_builds_none_of_the_models_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    built: List[type] = []
    real = _serde._make_structure

    def recording(cls: Any, conv: cattrs.Converter) -> Any:
        built.append(cls)
        return real(cls, conv)

    monkeypatch.setattr(_serde, "_make_structure", recording)
    conv = _serde._build_converter()
    conv.get_structure_hook(Node)
    assert built == [Node]
    node = conv.structure({"name": "a", "other": {"weight": 1.5}}, Node)
    assert built == [Node, Leaf]  # when a Leaf first came
    assert node.other.weight == 1.5
    conv.structure({"name": "b", "other": {"weight": 2}}, Node)
    assert built == [Node, Leaf]  # bound once


def test_generated_source_is_in_linecache() -> None:
    import linecache

    Node.from_dict({"name": "n"})
    sources = [key for key in linecache.cache if "structure" in key and key.endswith(".Node>")]
    assert sources
