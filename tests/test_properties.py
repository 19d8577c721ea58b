"""Property tests: the query encoder against qs, payload models round-trip, bad arguments fail early.

- ``encode_query`` is checked against ``tests/support/qs_reference.parse`` (an independent
  port of ``qs.parse``) and, when ``node``/``npm`` are there, against the real ``qs`` package
  installed into a temporary folder for this run (one long-lived node process answers every
  example).
- Request models survive ``unstructure`` -> ``structure``.
- Every public method of the customer-group and auth resources rejects bad arguments with
  ``TypeError``/``ValueError`` before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import re
import shutil
import subprocess
import tempfile
import typing
from typing import Any, Callable, Dict, Iterator, List, Mapping, Tuple, Type
from urllib.parse import unquote

import attrs
import pytest
import responses
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import medusa_client.models as models
from medusa_client import UNSET, Medusa, Unset
from medusa_client._paths import segment
from medusa_client._qs import encode_query
from medusa_client._serde import Model, _resolve, converter
from medusa_client.resources import AdminAuthResource, AdminCustomerGroupsResource, AuthResource
from tests.support.qs_reference import OBJECT_PROTOTYPE_KEYS, parse

PROPERTY_SETTINGS = settings(
    max_examples=100,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the work tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
MAX_SAFE_INTEGER = 2**53 - 1

# ------------------------------------------------------------------------ query strategies
#
# Restrictions, each one a property of qs rather than of the encoder:
# - no "[" or "]" in keys (qs reads them as structure), no empty keys (``a[]`` appends);
# - no all-digit keys: qs reads ``a[0]`` as an array index, and JavaScript objects list
#   integer-like keys first, so their order could not match;
# - no names of Object.prototype properties (qs drops them);
# - at most 5 bracket levels under the root key and short lists (qs's depth 5, arrayLimit 20).

_KEY_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="[]")
keys = st.text(_KEY_CHARS, min_size=1, max_size=6).filter(
    lambda k: not (k.isascii() and k.isdigit()) and k not in OBJECT_PROTOTYPE_KEYS
)
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
safe_ints = st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)


def query_values(depth: int, *, with_none: bool) -> st.SearchStrategy[Any]:
    scalars = st.one_of(texts, safe_ints, st.booleans(), *([st.none()] if with_none else []))
    if depth == 0:
        return scalars
    inner = query_values(depth - 1, with_none=with_none)
    return st.one_of(
        scalars,
        st.lists(inner, max_size=3),
        st.dictionaries(keys, inner, max_size=3),
    )


def queries(*, with_none: bool = True) -> st.SearchStrategy[Dict[str, Any]]:
    return st.dictionaries(keys, query_values(5, with_none=with_none), max_size=4)


_DROP = object()


def as_qs_parses_it(value: Any) -> Any:
    """What qs.parse gives back for ``value`` encoded by the client: strings, no empties, no None."""
    if value is None:
        return _DROP
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, list):
        items = [item for item in map(as_qs_parses_it, value) if item is not _DROP]
        return items if items else _DROP
    if isinstance(value, dict):
        mapping = {k: v for k, v in ((k, as_qs_parses_it(v)) for k, v in value.items()) if v is not _DROP}
        return mapping if mapping else _DROP
    raise AssertionError(f"unexpected value {value!r}")


# ------------------------------------------------------------ encoder vs the reference parser


@PROPERTY_SETTINGS
@given(queries())
def test_encoded_query_parses_back_to_the_same_data(query: Dict[str, Any]) -> None:
    encoded = encode_query(query)
    expected = as_qs_parses_it(query)
    assert parse(encoded) == ({} if expected is _DROP else expected)


@PROPERTY_SETTINGS
@given(queries())
def test_encoded_query_is_plain_ascii_with_encoded_brackets(query: Dict[str, Any]) -> None:
    encoded = encode_query(query)
    assert encoded.isascii()
    assert re.fullmatch(r"[A-Za-z0-9\-_.~%=&]*", encoded), encoded
    assert not encoded.startswith("?")
    assert "[" not in encoded
    assert "]" not in encoded
    assert " " not in encoded
    assert "+" not in encoded


@pytest.mark.parametrize(
    ("query", "encoded"),
    [
        ({"a": {"b": ["x"]}}, "a%5Bb%5D%5B0%5D=x"),
        ({"name": ["vip", "gold"]}, "name%5B0%5D=vip&name%5B1%5D=gold"),
        ({"created_at": {"gt": "2024-01-01"}}, "created_at%5Bgt%5D=2024-01-01"),
        ({"items": [{"id": "x"}, {"id": "y"}]}, "items%5B0%5D%5Bid%5D=x&items%5B1%5D%5Bid%5D=y"),
        ({"q": "a b&c=d/é"}, "q=a%20b%26c%3Dd%2F%C3%A9"),
        ({"flag": True, "off": False, "n": 0}, "flag=true&off=false&n=0"),
        ({"gone": None, "empty": [], "nothing": {}}, ""),
        (
            {"at": dt.datetime(2026, 11, 25, 17, 51, 29, 756000, tzinfo=dt.timezone.utc)},
            "at=2026-11-25T17%3A51%3A29.756Z",
        ),
    ],
)
def test_encoder_known_answers(query: Dict[str, Any], encoded: str) -> None:
    assert encode_query(query) == encoded
    if encoded:
        assert parse(encoded)


def test_reference_parser_known_answers() -> None:
    """qs.parse's documented behaviour, so the reference is itself checked."""
    assert parse("a%5Bb%5D%5B0%5D=x") == {"a": {"b": ["x"]}}
    assert parse("a[1]=x&a[3]=y") == {"a": ["x", "y"]}
    assert parse("a[]=1&a[]=2") == {"a": ["1", "2"]}
    assert parse("a=1&a=2") == {"a": ["1", "2"]}
    assert parse("a[21]=x") == {"a": {"21": "x"}}
    assert parse("a[b][c][d][e][f][g][h]=x") == {"a": {"b": {"c": {"d": {"e": {"f": {"[g][h]": "x"}}}}}}}
    assert parse("toString=1&b[constructor]=2&c=3") == {"c": "3"}
    assert parse("a[0][x]=1&a[0][y]=2&a[1]=z") == {"a": [{"x": "1", "y": "2"}, "z"]}
    assert parse("x=%zz+1") == {"x": "%zz 1"}
    assert parse("a%5B0%5D=1&a%5Bb%5D=2") == {"a": {"0": "1", "b": "2"}}
    assert parse("?a=%20b+c") == {"a": " b c"}
    assert parse("") == {}


# ----------------------------------------------------------------------- against real qs

_NODE_SCRIPT = r"""
const qs = require(process.argv[1]);
const readline = require('readline');
function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    if (Object.keys(value).length === 1 && '$date' in value) return new Date(value['$date']);
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = revive(v);
    return out;
  }
  return value;
}
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
  const request = JSON.parse(line);
  let reply;
  try {
    reply = { stringify: qs.stringify(revive(request.value)), parse: qs.parse(request.encoded) };
  } catch (e) {
    reply = { error: String(e) };
  }
  process.stdout.write(JSON.stringify(reply) + '\n');
});
"""


class NodeQs:
    """A node process with the real ``qs``: one JSON line in, one JSON line out."""

    def __init__(self, module_dir: str) -> None:
        self._process = subprocess.Popen(
            ["node", "-e", _NODE_SCRIPT, module_dir],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def ask(self, value: Any, encoded: str) -> Dict[str, Any]:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write(json.dumps({"value": value, "encoded": encoded}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        assert line, "the node process stopped"
        reply: Dict[str, Any] = json.loads(line)
        assert "error" not in reply, reply
        return reply

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


@pytest.fixture(scope="module")
def node_qs() -> Iterator[NodeQs]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node and npm are needed to compare with the real qs package (not installed)")
    with tempfile.TemporaryDirectory(prefix="medusa-qs-") as folder:
        try:
            subprocess.run(
                [npm, "install", "qs@6", "--prefix", folder, "--no-audit", "--no-fund", "--silent"],
                check=True,
                capture_output=True,
                timeout=120,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            pytest.skip(f"could not install qs@6 with npm (offline?): {exc}")
        process = NodeQs(f"{folder}/node_modules/qs")
        try:
            yield process
        finally:
            process.close()


def for_js(value: Any) -> Any:
    """``value`` as JSON for the node side (aware datetimes as ``{"$date": epoch ms}``)."""
    if isinstance(value, dt.datetime):
        epoch = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
        return {"$date": (value - epoch) // dt.timedelta(milliseconds=1)}
    if isinstance(value, list):
        return [for_js(item) for item in value]
    if isinstance(value, dict):
        return {k: for_js(v) for k, v in value.items()}
    return value


aware_datetimes = st.datetimes(
    min_value=dt.datetime(1970, 1, 2),
    max_value=dt.datetime(2200, 1, 1),
    timezones=st.sampled_from(
        [dt.timezone.utc, dt.timezone(dt.timedelta(hours=5, minutes=30)), dt.timezone(dt.timedelta(hours=-8))]
    ),
)


def node_values(depth: int) -> st.SearchStrategy[Any]:
    scalars = st.one_of(texts, safe_ints, st.booleans(), aware_datetimes)
    if depth == 0:
        return scalars
    inner = node_values(depth - 1)
    return st.one_of(scalars, st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3))


@PROPERTY_SETTINGS
@given(query=st.dictionaries(keys, node_values(5), max_size=4))
def test_encoder_matches_real_qs_stringify(node_qs: NodeQs, query: Dict[str, Any]) -> None:
    encoded = encode_query(query)
    reply = node_qs.ask(for_js(query), encoded)
    assert encoded == reply["stringify"]


@PROPERTY_SETTINGS
@given(queries(with_none=False))
def test_reference_parser_matches_real_qs_parse(node_qs: NodeQs, query: Dict[str, Any]) -> None:
    encoded = encode_query(query)
    reply = node_qs.ask(query, encoded)
    assert parse(encoded) == reply["parse"]


NUMBERS = [
    0.1,
    1.5,
    -2.25,
    1e-4,
    1e-5,
    1e-6,
    1e-7,
    1.5e-7,
    1e16,
    1e20,
    1e21,
    1.2345e25,
    123456789012345680000.0,
]


@pytest.mark.parametrize("number", NUMBERS, ids=[repr(n) for n in NUMBERS])
def test_float_query_values_match_javascript(node_qs: NodeQs, number: float) -> None:
    """qs writes numbers with JavaScript's ``String(n)``; Medusa reads them back with it."""
    encoded = encode_query({"n": number})
    assert encoded == node_qs.ask({"n": number}, encoded)["stringify"]


@PROPERTY_SETTINGS
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_float_query_value_matches_javascript(node_qs: NodeQs, number: float) -> None:
    encoded = encode_query({"n": number})
    assert encoded == node_qs.ask({"n": number}, encoded)["stringify"]


# ------------------------------------------------------------------ payload model round trip

REQUEST_MODELS: List[Type[Model]] = sorted(
    (
        cls
        for name in dir(models)
        if name.endswith("Req")
        and isinstance(cls := getattr(models, name), type)
        and issubclass(cls, Model)
        and attrs.has(cls)
    ),
    key=lambda cls: cls.__name__,
)
NAMED_MODELS = [
    "AdminPostCustomerGroupsReq",
    "AdminPostCustomerGroupsGroupReq",
    "AdminPostCustomerGroupsGroupCustomersBatchReq",
    "AdminDeleteCustomerGroupsGroupCustomerBatchReq",
    "AdminPostAuthReq",
    "AdminPostProductsReq",
    "AdminPostProductsProductReq",
    "AdminPostOrdersOrderClaimsReq",
    "AdminPostDraftOrdersReq",
    "AdminPostPriceListsPriceListReq",
    "StorePostCartsCartReq",
    "StorePostCartReq",
    "StorePostCustomersReq",
    "StorePostReturnsReq",
]

json_scalars = st.one_of(
    st.none(), st.booleans(), safe_ints, st.floats(allow_nan=False, allow_infinity=False), texts
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(texts, inner, max_size=3)),
    max_leaves=4,
)
#: Date-times the JSON form keeps exactly: UTC with whole milliseconds (JavaScript's precision).
utc_millisecond_datetimes = st.datetimes(
    min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(dt.timezone.utc)
).map(lambda value: value.replace(microsecond=value.microsecond // 1000 * 1000))


def json_name(field: Any) -> str:
    return str(field.metadata.get("json", field.name))


def value_strategy(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    if tp is Any:
        return json_values
    if tp is str:
        return texts
    if tp is bool:
        return st.booleans()
    if tp is int:
        return safe_ints
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if tp is dt.datetime:
        return utc_millisecond_datetimes
    if tp is dt.date:
        return st.dates()
    if tp is type(None):
        return st.none()
    if tp is Unset:
        return st.just(UNSET)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:
        members = list(args)
        if dt.datetime in members and str in members:
            # a date-time written as a string comes back as that string: generate strings
            members.remove(dt.datetime)
        return st.one_of(*(value_strategy(member, depth) for member in members))
    if origin is list:
        if depth <= 0:
            return st.just([])
        return st.lists(value_strategy(args[0], depth - 1), max_size=2)
    if origin is dict:
        return st.dictionaries(texts, json_values, max_size=3)
    if isinstance(tp, type) and issubclass(tp, Model):
        return model_strategy(tp, depth - 1)
    if tp is dict:
        return st.dictionaries(texts, json_values, max_size=3)
    if tp is list:
        return st.lists(json_values, max_size=3)
    raise NotImplementedError(f"no strategy for {tp!r}")


@functools.cache
def model_strategy(cls: Type[Model], depth: int = 2) -> st.SearchStrategy[Any]:
    """Instances of ``cls`` with every field drawn (nested models down to ``depth`` levels)."""
    _resolve(cls)
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    taken = {json_name(f) for f in fields}
    kwargs: Dict[str, st.SearchStrategy[Any]] = {}
    for field in fields:
        if field.name == "additional_properties":
            extra_keys = texts.filter(lambda key: key not in taken)
            kwargs[field.name] = st.dictionaries(extra_keys, json_values, max_size=2)
        else:
            kwargs[field.name] = value_strategy(field.type, max(depth, 0))
    return st.builds(cls, **kwargs)


def assert_round_trip(obj: Model) -> None:
    data = converter.unstructure(obj)
    assert json.loads(json.dumps(data)) == data  # JSON-ready
    again = converter.structure(data, type(obj))
    assert again == obj
    assert converter.unstructure(again) == data


@pytest.mark.parametrize("name", NAMED_MODELS)
@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_named_request_models_round_trip(name: str, data: st.DataObject) -> None:
    assert_round_trip(data.draw(model_strategy(getattr(models, name))))


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_request_model_round_trips(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(REQUEST_MODELS))
    assert_round_trip(data.draw(model_strategy(cls)))


def test_unset_fields_are_left_out_and_none_is_kept() -> None:
    payload = models.AdminPostCustomerGroupsGroupReq(name=UNSET, metadata=None)
    assert converter.unstructure(payload) == {"metadata": None}
    assert converter.unstructure(models.AdminPostCustomerGroupsReq(name="VIP")) == {"name": "VIP"}


# -------------------------------------------------- bad arguments never reach the network

RESOURCES: List[Tuple[Type[Any], Callable[[Medusa], Any]]] = [
    (AdminCustomerGroupsResource, lambda medusa: medusa.admin.customer_groups),
    (AdminAuthResource, lambda medusa: medusa.admin.auth),
    (AuthResource, lambda medusa: medusa.auth),
]
ID_PARAMETERS = {"id", "email"}
GOOD: Dict[str, Any] = {"id": "cgrp_1", "email": "a@example.com", "payload": {"name": "x"}, "query": None}

BAD_IDS: List[Any] = [
    None,
    "",
    "   ",
    "\t",
    1,
    0,
    1.5,
    True,
    b"cgrp_1",
    ["cgrp_1"],
    {"id": "x"},
    "a\r\nb",
    "a\nb",
    "a\x00b",
]
BAD_PAYLOADS: List[Any] = [["name", "x"], [], "name=x", "", 42, 1.5, True, b"{}", ("name", "x"), {"name"}]
BAD_QUERIES: List[Any] = [
    [("q", "x")],
    "q=x",
    42,
    b"q=x",
    {"q": {"a", "b"}},
    {1: "x"},
    {"q": object()},
    {"n": float("nan")},
]
BAD_OPTIONS: List[Dict[str, Any]] = [
    {"foo": 1},
    {"query_params": {}},
    {"headers": {"X": "y"}},
    {"timeout": 0},
    {"timeout": -1},
    {"timeout": "5"},
    {"timeout": (1, 2, 3)},
    {"timeout": True},
    {"max_retries": -1},
    {"max_retries": "2"},
    {"max_retries": 1.5},
    {"max_retries": True},
    {"idempotent": "yes"},
    {"idempotent": 1},
    {"custom_headers": "X-A: b"},
    {"custom_headers": [("X-A", "b")]},
    {"custom_headers": {"X-A": 1}},
    {"custom_headers": {"X A": "b"}},
    {"custom_headers": {"X-A": "b\r\nX-Injected: 1"}},
]


def public_methods(resource_class: Type[Any]) -> List[str]:
    return sorted(
        name
        for name, member in vars(resource_class).items()
        if not name.startswith("_") and inspect.isfunction(member)
    )


def parameters(resource_class: Type[Any], method: str) -> List[str]:
    signature = inspect.signature(getattr(resource_class, method))
    return [
        name
        for name, parameter in signature.parameters.items()
        if name != "self" and parameter.kind is not inspect.Parameter.VAR_KEYWORD
    ]


def bad_calls() -> Iterator[Any]:
    for resource_class, _ in RESOURCES:
        for method in public_methods(resource_class):
            names = parameters(resource_class, method)
            base = {name: GOOD[name] for name in names}
            label = f"{resource_class.__name__}.{method}"
            for name in names:
                bad_values = (
                    BAD_IDS if name in ID_PARAMETERS else BAD_PAYLOADS if name == "payload" else BAD_QUERIES
                )
                for index, value in enumerate(bad_values):
                    yield pytest.param(
                        resource_class, method, {**base, name: value}, id=f"{label}-{name}-{index}"
                    )
            for index, options in enumerate(BAD_OPTIONS):
                yield pytest.param(resource_class, method, {**base, **options}, id=f"{label}-option-{index}")


def test_the_expected_methods_are_covered() -> None:
    assert public_methods(AdminCustomerGroupsResource) == [
        "add_customers",
        "create",
        "delete",
        "list",
        "list_customers",
        "remove_customers",
        "retrieve",
        "update",
    ]
    assert public_methods(AdminAuthResource) == [
        "create_session",
        "delete_session",
        "get_session",
        "get_token",
    ]
    assert public_methods(AuthResource) == [
        "authenticate",
        "delete_session",
        "exists",
        "get_session",
        "get_token",
    ]


def resource_of(medusa: Medusa, resource_class: Type[Any]) -> Any:
    for cls, getter in RESOURCES:
        if cls is resource_class:
            return getter(medusa)
    raise AssertionError(resource_class)


@pytest.mark.parametrize(("resource_class", "method", "arguments"), list(bad_calls()))
def test_bad_arguments_fail_before_any_request(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    resource_class: Type[Any],
    method: str,
    arguments: Mapping[str, Any],
) -> None:
    bound = getattr(resource_of(medusa, resource_class), method)
    with pytest.raises((TypeError, ValueError)):
        bound(**arguments)
    assert len(mocked.calls) == 0
    assert medusa.client.admin_token is None
    assert medusa.client.store_token is None


@PROPERTY_SETTINGS
@given(
    bad=st.one_of(
        st.none(),
        st.integers(),
        st.floats(),
        st.binary(),
        st.lists(st.text(max_size=3), max_size=2),
        st.text(" \t\r\n\x0b\x0c", max_size=4),
        st.tuples(st.text(max_size=3), st.sampled_from("\r\n\x00\x1f\x7f"), st.text(max_size=3)).map("".join),
    )
)
def test_any_bad_id_is_rejected_before_sending(bad: Any) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        medusa = Medusa("http://medusa.test", api_key="sk_test")
        with pytest.raises((TypeError, ValueError)):
            medusa.admin.customer_groups.retrieve(bad)
        with pytest.raises((TypeError, ValueError)):
            medusa.admin.customer_groups.delete(bad)
        with pytest.raises((TypeError, ValueError)):
            medusa.auth.exists(bad)
        assert len(mocked.calls) == 0
        medusa.close()


@PROPERTY_SETTINGS
@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(lambda s: s.strip() != "")
)
def test_any_printable_id_is_one_segment(value: str) -> None:
    encoded = segment(value)
    assert "/" not in encoded
    assert "?" not in encoded
    assert "#" not in encoded
    assert encoded not in (".", "..")
    assert encoded.isascii()
    assert unquote(encoded) == value
