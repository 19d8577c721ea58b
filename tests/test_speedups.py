"""The ``speedups`` extra (orjson) gives what the default install gives, and both paths run.

- Response bodies recorded once from the real servers (``tests/fixtures/speedups``, read-only
  GETs; ``python tests/test_speedups.py record`` records them again) are parsed by both paths:
  the decoded values are identical, type for type, and so are the models structured from them.
- Generated JSON documents (hypothesis) parse to identical values on both paths, including
  what orjson refuses or reads differently (NaN, integers beyond 64 bits, lone surrogates...).
- The pure path (no orjson) is what the default install runs: a call goes through it too.

CI installs ``.[dev]``, which includes ``speedups``: both paths run there.
"""

from __future__ import annotations

import base64
import json
import math
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medusa_client import _serde
from medusa_client._serde import json_loads

FIXTURES = Path(__file__).parent / "fixtures" / "speedups"

#: (api, table name of the method, path with query): what ``record`` asks the servers for.
RECORDED: List[Tuple[str, str, str]] = [
    ("v1", "admin.customer_groups.list", "/admin/customer-groups?limit=5"),
    ("v1", "admin.customers.list", "/admin/customers?limit=5"),
    ("v1", "products.list", "/store/products?limit=3"),
    ("v1", "admin.products.list", "/admin/products?limit=3"),
    ("v1", "admin.regions.list", "/admin/regions?limit=3"),
    ("v1", "regions.list", "/store/regions"),
    ("v1", "admin.store.retrieve", "/admin/store"),
    ("v1", "collections.list", "/store/collections"),
    ("v2", "admin.product.list", "/admin/products?limit=3"),
    ("v2", "admin.customer.list", "/admin/customers?limit=5"),
    ("v2", "admin.region.list", "/admin/regions?limit=3"),
    ("v2", "admin.order.list", "/admin/orders?limit=2"),
    ("v2", "admin.customer_group.list", "/admin/customer-groups?limit=5"),
    ("v2", "admin.store.list", "/admin/stores"),
    ("v2", "store.product.list", "/store/products?limit=3"),
    ("v2", "store.region.list", "/store/regions"),
    ("v2", "store.collection.list", "/store/collections"),
]

needs_orjson = pytest.mark.skipif(_serde._orjson is None, reason="the speedups extra is not installed")


def _table(api: str) -> Any:
    if api == "v2":
        from medusa_client.v2.resources._table import TABLE as V2

        return V2
    from medusa_client.resources._table import TABLE

    return TABLE


def _fixture_name(api: str, name: str) -> str:
    return f"{api}_{name.replace('.', '_')}.json"


def _recorded() -> List[Tuple[str, str, bytes]]:
    found = []
    for api, name, _ in RECORDED:
        path = FIXTURES / _fixture_name(api, name)
        if path.exists():
            found.append((api, name, path.read_bytes()))
    return found


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (``1 == 1.0 == True`` is not enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    return bool(a == b)


def _pure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_serde, "_orjson", None)


# ------------------------------------------------------------------- real bodies


def test_every_recorded_body_is_there() -> None:
    assert len(_recorded()) == len(RECORDED)


@needs_orjson
@pytest.mark.parametrize(("api", "name", "body"), _recorded(), ids=[f"{a}:{n}" for a, n, _ in _recorded()])
def test_real_bodies_parse_and_structure_identically(
    api: str, name: str, body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = json_loads(body)
    model = _table(api).by_name[name].result_model
    fast_result = _serde.converter.structure(fast, model)
    with monkeypatch.context() as patch:
        _pure(patch)
        pure = json_loads(body)
        pure_result = _serde.converter.structure(pure, model)
    assert same(fast, pure)
    assert same(fast, json.loads(body))
    assert repr(fast_result) == repr(pure_result)
    assert same(fast_result.to_dict(), pure_result.to_dict())


# ------------------------------------------------------------- generated documents

_keys = st.text(max_size=8)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
_documents = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(document=_documents, ascii_only=st.booleans(), indent=st.sampled_from([None, 1]))
def test_generated_documents_parse_identically(document: Any, ascii_only: bool, indent: Any) -> None:
    body = json.dumps(document, ensure_ascii=ascii_only, indent=indent).encode("utf-8", "surrogatepass")
    try:
        expected = json.loads(body)
    except ValueError:  # a lone surrogate written raw is not UTF-8: both paths must refuse
        with pytest.raises(ValueError):
            json_loads(body)
        return
    assert same(json_loads(body), expected)


@pytest.mark.parametrize(
    "body",
    [
        b"123456789012345678901234567890",
        b"-9223372036854775809",
        b"18446744073709551616",
        b'{"id": "12345678901234567890123"}',
        b"1e400",
        b"NaN",
        b'["\\ud800"]',
        b"\xef\xbb\xbf{}",
        '{"a": "é"}'.encode("utf-16"),
        b"-0.0",
        b"5e-324",
        b'  {"a": [1, 2.5, null, true]}\n',
    ],
)
def test_what_orjson_reads_otherwise_is_left_to_json(body: bytes) -> None:
    assert same(json_loads(body), json.loads(body))


@pytest.mark.parametrize("body", [b"", b"[1,", b"{'a': 1}", b"\x00", b"[" * 100_000])
def test_invalid_bodies_fail_as_on_the_pure_path(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises((ValueError, RecursionError)) as fast:
        json_loads(body)
    _pure(monkeypatch)
    with pytest.raises((ValueError, RecursionError)) as pure:
        json_loads(body)
    assert type(fast.value) is type(pure.value)


# -------------------------------------------------------------------- both paths


def test_speedups_flag_says_which_path_runs() -> None:
    assert _serde.SPEEDUPS is (_serde._orjson is not None)


def _call(body: bytes) -> Any:
    import responses

    from medusa_client import Medusa

    with responses.RequestsMock() as mock:
        mock.get("http://medusa.test/admin/regions", body=body, content_type="application/json")
        return Medusa("http://medusa.test", api_key="k", max_retries=0).admin.regions.list()


def test_a_call_gives_the_same_result_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    body = (FIXTURES / _fixture_name("v1", "admin.regions.list")).read_bytes()
    fast = _call(body)
    parsed: List[bytes] = []
    real_loads = json.loads

    def loads(content: Any) -> Any:
        parsed.append(content)
        return real_loads(content)

    with monkeypatch.context() as patch:
        _pure(patch)
        patch.setattr(_serde.json, "loads", loads)
        pure = _call(body)
    assert parsed == [body]  # the default install's path parsed it
    assert repr(fast) == repr(pure)
    assert same(fast.to_dict(), pure.to_dict())
    assert fast.count == len(fast.regions) == 2


# ----------------------------------------------------------------------- record


def record(v1: str = "http://127.0.0.1:9000", v2: str = "http://127.0.0.1:9200") -> None:  # pragma: no cover
    """GET every body of ``RECORDED`` from the real servers (read-only) into ``FIXTURES``.

    Credentials come from the environment: ``MEDUSA_API_KEY`` (v1 admin), ``MEDUSA2_SECRET_KEY``
    and ``MEDUSA2_PUBLISHABLE_KEY`` (v2); none is written to the fixtures.
    """
    import requests

    FIXTURES.mkdir(parents=True, exist_ok=True)
    for api, name, path in RECORDED:
        headers: Dict[str, str] = {"Accept": "application/json"}
        if api == "v1":
            base = v1
            if path.startswith("/admin"):
                headers["x-medusa-access-token"] = os.environ["MEDUSA_API_KEY"]
        else:
            base = v2
            if path.startswith("/admin"):
                token = base64.b64encode(f"{os.environ['MEDUSA2_SECRET_KEY']}:".encode()).decode()
                headers["Authorization"] = f"Basic {token}"
            else:
                headers["x-publishable-api-key"] = os.environ["MEDUSA2_PUBLISHABLE_KEY"]
        response = requests.get(base + path, headers=headers, timeout=30)
        response.raise_for_status()
        (FIXTURES / _fixture_name(api, name)).write_bytes(response.content)
        print(f"{api} {path}: {len(response.content)} bytes")


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["record"]:
        record()
    else:
        sys.exit("usage: python tests/test_speedups.py record")
