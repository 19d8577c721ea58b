"""Query encoding: the qs.stringify contract the v1 server parses."""

from __future__ import annotations

import datetime as dt
import decimal
import enum

import pytest

from medusa_client import UNSET
from medusa_client._qs import encode_query, flatten_query, format_scalar
from medusa_client.models import AdminGetCustomerGroupsParams, DateComparison


class Color(enum.Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ""),
        ({"limit": 10, "offset": 0}, "limit=10&offset=0"),
        ({"q": "a b&c=d"}, "q=a%20b%26c%3Dd"),
        ({"name": ["vip", "gold"]}, "name%5B0%5D=vip&name%5B1%5D=gold"),
        (
            {"created_at": {"gt": "2024-01-01", "lt": "2024-02-01"}},
            "created_at%5Bgt%5D=2024-01-01&created_at%5Blt%5D=2024-02-01",
        ),
        ({"items": [{"id": "x"}, {"id": "y"}]}, "items%5B0%5D%5Bid%5D=x&items%5B1%5D%5Bid%5D=y"),
        ({"a": {"b": [1, {"c": True}]}}, "a%5Bb%5D%5B0%5D=1&a%5Bb%5D%5B1%5D%5Bc%5D=true"),
        ({"is_giftcard": False}, "is_giftcard=false"),
        ({"x": None, "y": 1}, "y=1"),
        ({"x": UNSET, "y": 1}, "y=1"),
        ({"tags": [], "y": 1}, "y=1"),
        ({"range": {}, "y": 1}, "y=1"),
        ({"u": "é/ü~-._"}, "u=%C3%A9%2F%C3%BC~-._"),
        ({"k[weird]": "v"}, "k%5Bweird%5D=v"),
        ({"price": 1.5, "whole": 2.0}, "price=1.5&whole=2"),
        ({"d": dt.date(2024, 1, 31)}, "d=2024-01-31"),
        ({"color": Color.RED}, "color=red"),
        ({"amount": decimal.Decimal("10.50")}, "amount=10.50"),
        ({"t": ("a", "b")}, "t%5B0%5D=a&t%5B1%5D=b"),
    ],
)
def test_encodes_like_qs_stringify(query: dict, expected: str) -> None:
    assert encode_query(query) == expected


def test_aware_datetime_is_utc_iso_with_milliseconds_like_js_dates() -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    value = dt.datetime(2024, 5, 1, 12, 30, 0, 123456, tzinfo=plus_two)
    assert encode_query({"created_at": {"gte": value}}) == "created_at%5Bgte%5D=2024-05-01T10%3A30%3A00.123Z"


def test_naive_datetime_keeps_its_wall_time() -> None:
    assert format_scalar(dt.datetime(2024, 5, 1, 8, 0)) == "2024-05-01T08:00:00.000"


def test_model_query_is_encoded_after_unstructuring_unset_fields_away() -> None:
    from medusa_client._client import _query_mapping

    params = AdminGetCustomerGroupsParams(
        name=["a", "b"], created_at=DateComparison(gt=dt.date(2024, 1, 1)), limit=5
    )
    assert encode_query(_query_mapping(params)) == (
        "name%5B0%5D=a&name%5B1%5D=b&created_at%5Bgt%5D=2024-01-01&limit=5"
    )


def test_flatten_keeps_order_and_brackets() -> None:
    assert flatten_query({"b": 1, "a": {"x": [2]}}) == [("b", "1"), ("a[x][0]", "2")]


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ({1: "a"}, TypeError),
        ({"s": {1, 2}}, TypeError),
        ({"o": object()}, TypeError),
        ({"f": float("nan")}, ValueError),
        ({"f": float("inf")}, ValueError),
    ],
)
def test_rejects_what_cannot_be_encoded(query: dict, error: type) -> None:
    with pytest.raises(error):
        encode_query(query)
