"""Payloads and queries on the wire: models and mappings, UNSET left out, datetimes, empty queries, paging."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Any, Dict, List, Optional, Tuple

import pytest
import responses

from medusa_client import UNSET, Medusa
from medusa_client.models import (
    AdminDeleteCustomerGroupsGroupCustomerBatchReq,
    AdminDeleteCustomerGroupsGroupCustomerBatchReqCustomerIdsItem,
    AdminGetBatchParams,
    AdminGetCustomerGroupsParams,
    AdminGetVariantParams,
    AdminPostCustomerGroupsGroupReq,
    AdminPostCustomerGroupsReq,
    AdminPostDiscountsDiscountConditions,
    DateComparison,
    StoreGetProductsParams,
    StorePostCartsCartLineItemsReq,
)
from tests.conftest import BASE_URL, sent

GROUP_RES = {"customer_group": {"id": "cgrp_1", "name": "VIP"}}
LIST_RES = {"customer_groups": [{"id": "cgrp_1"}], "count": 1, "offset": 0, "limit": 10}
CART_RES = {"cart": {"id": "cart_1", "region_id": "reg_1", "items": [], "total": 2500}}
DISCOUNT_RES = {"discount": {"id": "disc_1", "code": "TEN", "is_dynamic": False}}


# --------------------------------------------------------------------------- payloads
def test_model_payload_leaves_unset_fields_out_and_sends_explicit_none(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", BASE_URL + "/admin/customer-groups/cgrp_1", json=GROUP_RES)
    medusa.admin.customer_groups.update("cgrp_1", AdminPostCustomerGroupsGroupReq(metadata={"k": ""}))
    assert sent(mocked)[0].json == {"metadata": {"k": ""}}

    mocked.add("POST", BASE_URL + "/admin/customer-groups/cgrp_1", json=GROUP_RES)
    medusa.admin.customer_groups.update("cgrp_1", AdminPostCustomerGroupsGroupReq(name="X", metadata=None))  # type: ignore[arg-type]
    assert sent(mocked)[1].json == {"name": "X", "metadata": None}


def test_model_payload_with_additional_properties_are_sent(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", BASE_URL + "/admin/customer-groups", json=GROUP_RES)
    payload = AdminPostCustomerGroupsReq(name="VIP", additional_properties={"plugin_field": 1})
    medusa.admin.customer_groups.create(payload)
    assert sent(mocked)[0].json == {"name": "VIP", "plugin_field": 1}


def test_mapping_payload_is_sent_exactly_as_given(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/admin/customer-groups", json=GROUP_RES)
    payload = {"name": "VIP", "unknown_to_the_spec": {"nested": [1, None]}, "metadata": None}
    medusa.admin.customer_groups.create(payload)
    assert json.loads(sent(mocked)[0].raw_body or b"") == payload


def test_remove_customers_with_a_model_sends_a_json_body(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("DELETE", BASE_URL + "/admin/customer-groups/cgrp_1/customers/batch", json=GROUP_RES)
    item = AdminDeleteCustomerGroupsGroupCustomerBatchReqCustomerIdsItem(id="cus_9")
    medusa.admin.customer_groups.remove_customers(
        "cgrp_1", AdminDeleteCustomerGroupsGroupCustomerBatchReq(customer_ids=[item])
    )
    assert sent(mocked)[0].json == {"customer_ids": [{"id": "cus_9"}]}


def test_models_as_payload_and_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/store/carts/cart_1/line-items", json=CART_RES)
    medusa.carts.line_items.create(
        "cart_1", StorePostCartsCartLineItemsReq(variant_id="variant_1", quantity=2)
    )
    assert sent(mocked)[0].json == {"variant_id": "variant_1", "quantity": 2}

    mocked.add(
        "GET", BASE_URL + "/store/products", json={"products": [], "count": 0, "offset": 0, "limit": 5}
    )
    medusa.products.list(StoreGetProductsParams(limit=5, category_id=["pcat_1"], is_giftcard=False))
    assert sent(mocked)[1].query == "is_giftcard=false&category_id%5B0%5D=pcat_1&limit=5"


def test_query_model_with_datetime_range(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=LIST_RES)
    since = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    medusa.admin.customer_groups.list(
        AdminGetCustomerGroupsParams(created_at=DateComparison(gte=since), q=UNSET)
    )
    assert sent(mocked)[0].query == "created_at%5Bgte%5D=2026-01-01T00%3A00%3A00.000Z"


def test_batch_jobs_list_leaves_none_out_and_sends_datetimes_as_iso_8601(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add(
        "GET", BASE_URL + "/admin/batch-jobs", json={"batch_jobs": [], "count": 0, "offset": 0, "limit": 5}
    )
    batch_jobs = medusa.admin.batch_jobs
    when = dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.timezone.utc)
    batch_jobs.list(
        {
            "limit": 5,
            "canceled_at": None,
            "created_at": {"gt": when, "lt": dt.date(2026, 2, 1), "gte": None},
            "type": ["product-export"],
            "order": None,
        }
    )
    batch_jobs.list(
        AdminGetBatchParams(
            limit=5,
            created_at=DateComparison(gt=when),
            completed_at=DateComparison(
                lte=dt.datetime(2026, 1, 2, 4, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
            ),
        )
    )
    first, second = sent(mocked)
    # medusa-js would send canceled_at=null and drop both dates.
    assert first.query == (
        "limit=5&created_at%5Bgt%5D=2026-01-02T03%3A04%3A05.678Z&created_at%5Blt%5D=2026-02-01"
        "&type%5B0%5D=product-export"
    )
    assert second.query == (
        "limit=5&completed_at%5Blte%5D=2026-01-02T03%3A04%3A05.000Z"
        "&created_at%5Bgt%5D=2026-01-02T03%3A04%3A05.678Z"
    )


def test_variants_retrieve_keeps_the_id_with_a_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(
        responses.GET, re.compile(re.escape(BASE_URL) + r"/admin/variants/.*"), json={"variant": {"id": "v1"}}
    )
    variants = medusa.admin.variants
    variants.retrieve("v1", AdminGetVariantParams(expand="options", fields="id,title"))
    variants.retrieve("v1", {})
    variants.retrieve("v1")
    first, empty, bare = sent(mocked)
    assert (first.path, first.query) == ("/admin/variants/v1", "expand=options&fields=id%2Ctitle")
    assert (empty.path, empty.query) == ("/admin/variants/v1", "")
    assert (bare.path, bare.query) == ("/admin/variants/v1", "")


# --------------------------------------------------------------------------- empty queries: no bare "?"
@pytest.mark.parametrize("query", [None, {}, {"expand": None}])
def test_discount_conditions_send_no_bare_question_mark(
    medusa: Medusa, mocked: responses.RequestsMock, query: Optional[Dict[str, Any]]
) -> None:
    mocked.add("POST", BASE_URL + "/admin/discounts/disc_1/conditions", json=DISCOUNT_RES)
    mocked.add("POST", BASE_URL + "/admin/discounts/disc_1/conditions/cond_1", json=DISCOUNT_RES)
    discounts = medusa.admin.discounts
    discounts.create_condition("disc_1", AdminPostDiscountsDiscountConditions(operator="in"), query)
    discounts.update_condition("disc_1", "cond_1", {"products": ["prod_1"]}, query)
    urls = [call.request.url for call in mocked.calls]
    assert urls == [
        BASE_URL + "/admin/discounts/disc_1/conditions",
        BASE_URL + "/admin/discounts/disc_1/conditions/cond_1",
    ]
    assert sent(mocked)[0].json == {"operator": "in"}


# medusa-js leaves a bare "?" for ``list({})`` and a trailing "/" on some collection routes.
@pytest.mark.parametrize(
    ("resource", "method", "args", "verb", "path"),
    [
        ("admin.products", "create", ({"title": "Tee"},), "POST", "/admin/products"),
        ("admin.store", "retrieve", (), "GET", "/admin/store"),
        ("admin.store", "update", ({"name": "Shop"},), "POST", "/admin/store"),
        (
            "admin.shipping_profiles",
            "create",
            ({"name": "P", "type": "custom"},),
            "POST",
            "/admin/shipping-profiles",
        ),
        ("admin.shipping_profiles", "list", (), "GET", "/admin/shipping-profiles"),
        ("admin.price_lists", "list", (), "GET", "/admin/price-lists"),
        ("admin.price_lists", "list", ({},), "GET", "/admin/price-lists"),
        ("admin.returns", "list", (), "GET", "/admin/returns"),
        ("admin.returns", "list", ({},), "GET", "/admin/returns"),
        ("admin.swaps", "list", (), "GET", "/admin/swaps"),
        ("admin.swaps", "list", ({},), "GET", "/admin/swaps"),
        ("products", "list", ({},), "GET", "/store/products"),
    ],
)
def test_no_trailing_slash_and_no_bare_question_mark(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    resource: str,
    method: str,
    args: Tuple[Any, ...],
    verb: str,
    path: str,
) -> None:
    mocked.add(verb, re.compile(".*"), json={})
    getattr(functools.reduce(getattr, resource.split("."), medusa), method)(*args)
    [request] = sent(mocked)
    assert (request.path, request.query) == (path, "")
    assert mocked.calls[0].request.url == BASE_URL + path


# --------------------------------------------------------------------------- list pages keep the query
@pytest.mark.parametrize(
    ("resource", "query", "pages", "expected_ids", "expected_queries"),
    [
        (
            "admin.products",
            {"limit": 1, "expand": "variants"},
            [
                {"products": [{"id": "p1"}], "count": 2, "offset": 0, "limit": 1},
                {"products": [{"id": "p2"}], "count": 2, "offset": 1, "limit": 1},
            ],
            ["p1", "p2"],
            ["limit=1&expand=variants", "limit=1&expand=variants&offset=1"],
        ),
        (
            "products",
            {"limit": 2, "region_id": "reg_1"},
            [
                {"products": [{"id": "prod_1"}, {"id": "prod_1"}], "count": 3, "offset": 0, "limit": 2},
                {"products": [{"id": "prod_3"}], "count": 3, "offset": 2, "limit": 2},
            ],
            ["prod_1", "prod_1", "prod_3"],
            ["limit=2&region_id=reg_1", "limit=2&region_id=reg_1&offset=2"],
        ),
    ],
)
def test_list_pages_keep_the_query(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    resource: str,
    query: Dict[str, Any],
    pages: List[Dict[str, Any]],
    expected_ids: List[str],
    expected_queries: List[str],
) -> None:
    path = "/admin/products" if resource.startswith("admin.") else "/store/products"
    for page in pages:
        mocked.add("GET", BASE_URL + path, json=page)
    result = functools.reduce(getattr, resource.split("."), medusa).list(query)
    assert [product.id for product in result.auto_paging_iter()] == expected_ids
    assert [r.query for r in sent(mocked)] == expected_queries
