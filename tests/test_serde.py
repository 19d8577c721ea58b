"""Structuring responses into models and unstructuring payloads."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from medusa_client import UNSET, Unset
from medusa_client._serde import converter
from medusa_client.models import (
    AdminBearerAuthRes,
    AdminCustomerGroupsListRes,
    AdminCustomerGroupsRes,
    AdminPostCustomerGroupsReq,
    AdminPostDraftOrdersReq,
    BatchJob,
    Customer,
    CustomerGroup,
    StoreCompleteCartRes,
    User,
)

CUSTOMER = {
    "id": "cus_1",
    "email": "a@example.com",
    "first_name": "A",
    "last_name": None,
    "billing_address_id": None,
    "phone": None,
    "has_account": True,
    "created_at": "2026-11-25T17:51:29.756Z",
    "updated_at": "2026-11-25T17:51:29.756+02:00",
    "deleted_at": None,
    "metadata": None,
    "groups": [{"id": "cgrp_1", "name": "VIP"}],
}


def test_unknown_fields_are_kept_and_survive_a_round_trip() -> None:
    data = {"customer_group": {"id": "cgrp_1", "name": "VIP", "plugin_field": {"x": 1}}, "extra_top": True}
    res = AdminCustomerGroupsRes.from_dict(data)
    assert res.customer_group.additional_properties == {"plugin_field": {"x": 1}}
    assert res.additional_properties == {"extra_top": True}
    assert res.to_dict() == data


def test_missing_fields_do_not_fail_and_stay_unset() -> None:
    group = CustomerGroup.from_dict({"id": "cgrp_1"})
    assert group.id == "cgrp_1"
    assert group.name is UNSET and isinstance(group.customers, Unset)
    assert not group.name
    assert group.to_dict() == {"id": "cgrp_1"}


def test_nested_relations_dates_and_nulls_are_typed() -> None:
    customer = Customer.from_dict(CUSTOMER)
    assert customer.created_at == dt.datetime(2026, 11, 25, 17, 51, 29, 756000, tzinfo=dt.timezone.utc)
    assert customer.updated_at.utcoffset() == dt.timedelta(hours=2)
    assert customer.last_name is None
    assert isinstance(customer.groups, list) and isinstance(customer.groups[0], CustomerGroup)
    assert customer.to_dict()["created_at"] == "2026-11-25T17:51:29.756Z"


def test_expanded_customers_of_a_group_are_customer_models() -> None:
    group = CustomerGroup.from_dict({"id": "cgrp_1", "customers": [CUSTOMER]})
    assert isinstance(group.customers, list) and isinstance(group.customers[0], Customer)


def test_request_models_require_what_the_spec_requires() -> None:
    with pytest.raises(TypeError):
        AdminPostCustomerGroupsReq()  # type: ignore[call-arg]
    assert AdminPostCustomerGroupsReq(name="VIP").to_dict() == {"name": "VIP"}


def test_enums_tolerate_values_the_spec_does_not_list() -> None:
    job = BatchJob.from_dict({"id": "batch_1", "type": "product-export", "status": "some_future_status"})
    assert job.status == "some_future_status"


def test_one_of_picks_the_member_that_fits() -> None:
    address = {"first_name": "A", "address_1": "1 Main St", "city": "NYC", "country_code": "us"}
    by_id = AdminPostDraftOrdersReq.from_dict(
        {
            "email": "a@b.c",
            "region_id": "r",
            "shipping_methods": [],
            "items": [],
            "shipping_address": "addr_1",
        }
    )
    assert by_id.shipping_address == "addr_1"
    inline = AdminPostDraftOrdersReq.from_dict(
        {"email": "a@b.c", "region_id": "r", "shipping_methods": [], "items": [], "shipping_address": address}
    )
    assert type(inline.shipping_address).__name__ == "AddressPayload"
    assert inline.to_dict()["shipping_address"] == address


def test_complete_cart_result_data_is_structured() -> None:
    res = StoreCompleteCartRes.from_dict(
        {"type": "order", "data": {"id": "order_1", "status": "pending", "display_id": 1}}
    )
    assert res.type == "order"
    assert type(res.data).__name__ in ("Order", "Cart", "Swap")


def test_wrong_types_are_errors_not_silent_conversions() -> None:
    with pytest.raises(ValueError, match="string"):
        CustomerGroup.from_dict({"id": 5})
    with pytest.raises(ValueError, match="boolean"):
        Customer.from_dict({"has_account": "yes"})
    with pytest.raises(ValueError, match="date-time"):
        Customer.from_dict({"created_at": 5})
    with pytest.raises(ValueError, match="JSON object"):
        converter.structure([1], CustomerGroup)


def test_numbers_accept_ints_and_numeric_strings() -> None:
    page = AdminCustomerGroupsListRes.from_dict(
        {"customer_groups": [], "count": "3", "offset": 0.0, "limit": 10}
    )
    assert (page.count, page.offset, page.limit) == (3, 0, 10)


def test_secrets_are_masked_in_repr() -> None:
    token = AdminBearerAuthRes.from_dict({"access_token": "eyJ.secret.jwt"})
    user = User.from_dict({"id": "usr_1", "email": "a@b.c", "api_token": "tok_secret_123"})
    assert "eyJ.secret.jwt" not in repr(token) and "'***'" in repr(token)
    assert "tok_secret_123" not in repr(user) and "a@b.c" in repr(user)
    assert token.access_token == "eyJ.secret.jwt"


def test_repr_shows_only_set_fields() -> None:
    assert repr(CustomerGroup(id="cgrp_1", name="VIP")) == "CustomerGroup(id='cgrp_1', name='VIP')"
    assert repr(UNSET) == "UNSET"


def test_unset_is_a_falsy_singleton_that_survives_copy_and_pickle() -> None:
    import copy

    assert Unset() is UNSET
    assert copy.deepcopy(UNSET) is UNSET and copy.copy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert bool(UNSET) is False


def test_result_built_by_hand_has_no_response() -> None:
    with pytest.raises(AttributeError, match="not returned by an API call"):
        _ = AdminCustomerGroupsRes(customer_group=CustomerGroup(id="x")).response


def test_structuring_1000_customers_in_one_page() -> None:
    data = {
        "customers": [dict(CUSTOMER, id=f"cus_{i}") for i in range(1000)],
        "count": 1000,
        "offset": 0,
        "limit": 1000,
    }
    from medusa_client.models import AdminCustomersListRes

    page = AdminCustomersListRes.from_dict(data)
    assert len(page.customers) == 1000 and page.customers[999].id == "cus_999"
    assert all(isinstance(c.created_at, dt.datetime) for c in page.customers)


def test_a_list_field_refuses_an_object_instead_of_taking_its_keys() -> None:
    """cattrs' own list hook takes any iterable: a JSON object became the list of its keys."""
    from typing import List

    from medusa_client._serde import converter

    assert converter.structure(["a", "b"], List[str]) == ["a", "b"]
    with pytest.raises(ValueError, match="expected a JSON array, got dict"):
        converter.structure({"__type": "Symbol(WorkflowWorkflowData)"}, List[str])
