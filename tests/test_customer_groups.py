"""AdminCustomerGroupsResource: each method's request on the wire and its typed result."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Dict, Optional

import pytest
import responses

from medusa_client import UNSET, Medusa
from medusa_client.models import (
    AdminCustomerGroupsDeleteRes,
    AdminCustomerGroupsListRes,
    AdminCustomerGroupsRes,
    AdminCustomersListRes,
    AdminDeleteCustomerGroupsGroupCustomerBatchReq,
    AdminDeleteCustomerGroupsGroupCustomerBatchReqCustomerIdsItem,
    AdminGetCustomerGroupsParams,
    AdminPostCustomerGroupsGroupReq,
    AdminPostCustomerGroupsReq,
    CustomerGroup,
    DateComparison,
)
from tests.conftest import API_KEY, BASE_URL, sent

GROUP = {
    "id": "cgrp_1",
    "name": "VIP",
    "created_at": "2026-11-25T17:51:29.756Z",
    "updated_at": "2026-11-25T17:51:29.756Z",
    "deleted_at": None,
    "metadata": {"tier": "gold"},
}
GROUP_RES = {"customer_group": GROUP}
LIST_RES = {"customer_groups": [GROUP], "count": 1, "offset": 0, "limit": 10}
CUSTOMERS_RES = {
    "customers": [{"id": "cus_1", "email": "a@example.com"}],
    "count": 1,
    "offset": 0,
    "limit": 50,
}
DELETE_RES = {"id": "cgrp_1", "object": "customer_group", "deleted": True}

# (call, args, kwargs, verb, path, query, body, response, result class) - written out, not derived.
CASES = [
    (
        "create",
        ({"name": "VIP"},),
        {},
        "POST",
        "/admin/customer-groups",
        "",
        {"name": "VIP"},
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
    (
        "retrieve",
        ("cgrp_1",),
        {},
        "GET",
        "/admin/customer-groups/cgrp_1",
        "",
        None,
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
    (
        "retrieve",
        ("cgrp_1", {"expand": "customers"}),
        {},
        "GET",
        "/admin/customer-groups/cgrp_1",
        "expand=customers",
        None,
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
    (
        "update",
        ("cgrp_1", {"name": "Gold"}),
        {},
        "POST",
        "/admin/customer-groups/cgrp_1",
        "",
        {"name": "Gold"},
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
    (
        "delete",
        ("cgrp_1",),
        {},
        "DELETE",
        "/admin/customer-groups/cgrp_1",
        "",
        None,
        DELETE_RES,
        AdminCustomerGroupsDeleteRes,
    ),
    ("list", (), {}, "GET", "/admin/customer-groups", "", None, LIST_RES, AdminCustomerGroupsListRes),
    (
        "list",
        ({"q": "vip", "limit": 5, "offset": 10},),
        {},
        "GET",
        "/admin/customer-groups",
        "q=vip&limit=5&offset=10",
        None,
        LIST_RES,
        AdminCustomerGroupsListRes,
    ),
    (
        "list",
        (),
        {"query": {"name": ["a b", "c"], "order": "-created_at"}},
        "GET",
        "/admin/customer-groups",
        "name%5B0%5D=a%20b&name%5B1%5D=c&order=-created_at",
        None,
        LIST_RES,
        AdminCustomerGroupsListRes,
    ),
    ("list", ({},), {}, "GET", "/admin/customer-groups", "", None, LIST_RES, AdminCustomerGroupsListRes),
    (
        "list_customers",
        ("cgrp_1",),
        {},
        "GET",
        "/admin/customer-groups/cgrp_1/customers",
        "",
        None,
        CUSTOMERS_RES,
        AdminCustomersListRes,
    ),
    (
        "list_customers",
        ("cgrp_1", {"limit": 2}),
        {},
        "GET",
        "/admin/customer-groups/cgrp_1/customers",
        "limit=2",
        None,
        CUSTOMERS_RES,
        AdminCustomersListRes,
    ),
    (
        "add_customers",
        ("cgrp_1", {"customer_ids": [{"id": "cus_1"}, {"id": "cus_2"}]}),
        {},
        "POST",
        "/admin/customer-groups/cgrp_1/customers/batch",
        "",
        {"customer_ids": [{"id": "cus_1"}, {"id": "cus_2"}]},
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
    (
        "remove_customers",
        ("cgrp_1", {"customer_ids": [{"id": "cus_1"}]}),
        {},
        "DELETE",
        "/admin/customer-groups/cgrp_1/customers/batch",
        "",
        {"customer_ids": [{"id": "cus_1"}]},
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
    (
        "retrieve",
        ("a/b?c#d",),
        {},
        "GET",
        "/admin/customer-groups/a%2Fb%3Fc%23d",
        "",
        None,
        GROUP_RES,
        AdminCustomerGroupsRes,
    ),
]


@pytest.mark.parametrize(
    ("call", "args", "kwargs", "verb", "path", "query", "body", "answer", "result_cls"), CASES
)
def test_method_sends_the_documented_request(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    call: str,
    args: tuple,
    kwargs: Dict[str, Any],
    verb: str,
    path: str,
    query: str,
    body: Optional[Dict[str, Any]],
    answer: Dict[str, Any],
    result_cls: type,
) -> None:
    mocked.add(verb, BASE_URL + path, json=answer)
    result = getattr(medusa.admin.customer_groups, call)(*args, **kwargs)

    [request] = sent(mocked)
    assert (request.method, request.path, request.query) == (verb, path, query)
    if body is None:
        assert request.raw_body is None
        assert request.header("Content-Type") is None
    else:
        assert request.json == body
        assert request.header("Content-Type") == "application/json"
    assert request.header("x-medusa-access-token") == API_KEY
    assert request.header("Accept") == "application/json"
    assert (request.header("Idempotency-Key") is not None) == (verb == "POST")
    assert type(result) is result_cls
    assert result.response.status_code == 200


def test_results_are_typed(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=LIST_RES)
    page = medusa.admin.customer_groups.list()
    group = page.customer_groups[0]
    assert isinstance(group, CustomerGroup)
    assert group.created_at == dt.datetime(2026, 11, 25, 17, 51, 29, 756000, tzinfo=dt.timezone.utc)
    assert group.deleted_at is None
    assert group.metadata == {"tier": "gold"}
    assert (page.count, page.offset, page.limit) == (1, 0, 10)


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


def test_query_model_with_datetime_range(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=LIST_RES)
    since = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    medusa.admin.customer_groups.list(
        AdminGetCustomerGroupsParams(created_at=DateComparison(gte=since), q=UNSET)
    )
    assert sent(mocked)[0].query == "created_at%5Bgte%5D=2026-01-01T00%3A00%3A00.000Z"


@pytest.mark.parametrize(
    ("call", "args", "error"),
    [
        ("retrieve", ("",), ValueError),
        ("retrieve", (None,), TypeError),
        ("retrieve", (123,), TypeError),
        ("update", ("", {}), ValueError),
        ("delete", ("  ",), ValueError),
        ("list_customers", ("a\r\nb",), ValueError),
        ("create", (["name"],), TypeError),
        ("create", ("VIP",), TypeError),
        ("list", ("q=vip",), TypeError),
        ("add_customers", ("cgrp_1", 5), TypeError),
    ],
)
def test_bad_arguments_fail_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock, call: str, args: tuple, error: type
) -> None:
    with pytest.raises(error):
        getattr(medusa.admin.customer_groups, call)(*args)
    assert len(mocked.calls) == 0


def test_unknown_option_is_a_type_error(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    with pytest.raises(TypeError, match="retries"):
        medusa.admin.customer_groups.list(retries=3)  # type: ignore[call-arg]
    assert len(mocked.calls) == 0
