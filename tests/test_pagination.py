"""auto_paging_iter: every item of every page, lazily, with the same query, headers and options."""

from __future__ import annotations

from typing import Any, Dict, List
from urllib.parse import parse_qs, urlsplit

import responses

from medusa_client import Medusa
from tests.conftest import BASE_URL, sent

LIST = BASE_URL + "/admin/customer-groups"


def serve_groups(mocked: responses.RequestsMock, total: int, shrink_to: int = -1) -> None:
    def answer(request: Any) -> Any:
        query = parse_qs(urlsplit(request.url).query)
        offset = int(query.get("offset", ["0"])[0])
        limit = int(query.get("limit", ["10"])[0])
        count = total if shrink_to < 0 or offset == 0 else shrink_to
        groups = [{"id": f"cgrp_{i}", "name": f"g{i}"} for i in range(offset, min(offset + limit, count))]
        import json

        return (
            200,
            {},
            json.dumps({"customer_groups": groups, "count": count, "offset": offset, "limit": limit}),
        )

    mocked.add_callback("GET", LIST, callback=answer)


def test_every_item_exactly_once_across_pages(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    serve_groups(mocked, total=23)
    page = medusa.admin.customer_groups.list(
        {"limit": 10, "q": "g"}, custom_headers={"X-Trace": "t1"}, timeout=9
    )
    ids = [group.id for group in page.auto_paging_iter()]
    assert ids == [f"cgrp_{i}" for i in range(23)]
    requests_sent = sent(mocked)
    assert [r.query for r in requests_sent] == [
        "limit=10&q=g",
        "limit=10&q=g&offset=10",
        "limit=10&q=g&offset=20",
    ]
    assert all(r.header("X-Trace") == "t1" for r in requests_sent)


def test_pages_are_fetched_lazily(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    serve_groups(mocked, total=30)
    iterator = medusa.admin.customer_groups.list({"limit": 10}).auto_paging_iter()
    first: List[Any] = [next(iterator) for _ in range(10)]
    assert len(first) == 10 and len(mocked.calls) == 1
    next(iterator)
    assert len(mocked.calls) == 2


def test_a_query_model_pages_too(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    from medusa_client.models import AdminGetCustomerGroupsParams

    serve_groups(mocked, total=5)
    page = medusa.admin.customer_groups.list(AdminGetCustomerGroupsParams(limit=2))
    assert len(list(page.auto_paging_iter())) == 5
    assert [r.query for r in sent(mocked)] == ["limit=2", "limit=2&offset=2", "limit=2&offset=4"]


def test_stops_on_an_empty_page_even_if_count_says_more(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    serve_groups(mocked, total=15, shrink_to=12)
    assert len(list(medusa.admin.customer_groups.list({"limit": 10}).auto_paging_iter())) == 12


def test_single_page_makes_one_request(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    serve_groups(mocked, total=3)
    page = medusa.admin.customer_groups.list()
    assert [g.id for g in page.page_items()] == ["cgrp_0", "cgrp_1", "cgrp_2"]
    assert len(list(page.auto_paging_iter())) == 3
    assert len(mocked.calls) == 1


def test_list_customers_of_a_group_pages_with_the_group_id(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    pages: Dict[str, Any] = {
        "": {"customers": [{"id": "cus_1"}], "count": 2, "offset": 0, "limit": 1},
        "offset=1": {"customers": [{"id": "cus_2"}], "count": 2, "offset": 1, "limit": 1},
    }
    url = BASE_URL + "/admin/customer-groups/cgrp%2F1/customers"
    mocked.add("GET", url + "?limit=1", json=pages[""])
    mocked.add("GET", url + "?limit=1&offset=1", json=pages["offset=1"])
    result = medusa.admin.customer_groups.list_customers("cgrp/1", {"limit": 1})
    assert [c.id for c in result.auto_paging_iter()] == ["cus_1", "cus_2"]


def test_a_hand_built_page_iterates_its_own_items_only() -> None:
    from medusa_client.models import AdminCustomerGroupsListRes, CustomerGroup

    page = AdminCustomerGroupsListRes(customer_groups=[CustomerGroup(id="a")], count=5, offset=0, limit=1)
    assert [g.id for g in page.auto_paging_iter()] == ["a"]
