"""Customer groups on a real Medusa v1 server: everything the core promises, end to end."""

from __future__ import annotations

import datetime as dt
from typing import List

import pytest

from medusa_client import (
    DuplicateError,
    InvalidDataError,
    Medusa,
    NotFoundError,
    ServerError,
)
from medusa_client.models import (
    AdminCustomerGroupsListRes,
    AdminCustomerGroupsRes,
    AdminGetCustomerGroupsParams,
    AdminPostCustomerGroupsGroupReq,
    AdminPostCustomerGroupsReq,
    Customer,
    CustomerGroup,
    DateComparison,
)


def make_customers(admin: Medusa, unique: str, n: int) -> List[str]:
    ids = []
    for i in range(n):
        res = admin.admin.customers.create(
            {
                "email": f"cg-{unique}-{i}@example.com",
                "first_name": "F",
                "last_name": str(i),
                "password": "pw123456",
            }
        )
        ids.append(res.customer.id)
    return ids


def test_full_lifecycle(admin: Medusa, unique: str) -> None:
    created = admin.admin.customer_groups.create(
        AdminPostCustomerGroupsReq(name=f"vip-{unique}", metadata={"a": "1"})
    )
    assert isinstance(created, AdminCustomerGroupsRes)
    group = created.customer_group
    assert group.name == f"vip-{unique}" and group.metadata == {"a": "1"}
    assert isinstance(group.created_at, dt.datetime) and group.created_at.tzinfo is not None
    assert created.response.status_code == 200

    fetched = admin.admin.customer_groups.retrieve(group.id).customer_group
    assert fetched.id == group.id and fetched.deleted_at is None

    updated = admin.admin.customer_groups.update(group.id, {"name": f"gold-{unique}"}).customer_group
    assert updated.name == f"gold-{unique}"

    deleted = admin.admin.customer_groups.delete(group.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (group.id, "customer_group", True)
    with pytest.raises(NotFoundError) as missing:
        admin.admin.customer_groups.retrieve(group.id)
    assert missing.value.type == "not_found"
    assert missing.value.message == f"CustomerGroup with id {group.id} was not found"


def test_pagination_and_auto_paging_iter_visit_every_group_once(admin: Medusa, unique: str) -> None:
    names = [f"page-{unique}-{i:02d}" for i in range(23)]
    for name in names:
        admin.admin.customer_groups.create({"name": name})
    first = admin.admin.customer_groups.list({"q": f"page-{unique}", "limit": 5})
    assert isinstance(first, AdminCustomerGroupsListRes)
    assert (first.count, first.limit, first.offset, len(first.customer_groups)) == (23, 5, 0, 5)
    second = admin.admin.customer_groups.list({"q": f"page-{unique}", "limit": 5, "offset": 5})
    assert not {g.id for g in first.customer_groups} & {g.id for g in second.customer_groups}
    seen = [g.name for g in first.auto_paging_iter()]
    assert sorted(seen) == names and len(seen) == len(set(seen))


def test_filters_name_order_and_dates(admin: Medusa, unique: str) -> None:
    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    for suffix in ("b", "a", "c"):
        admin.admin.customer_groups.create({"name": f"flt-{unique}-{suffix}"})
    after = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5)

    by_name = admin.admin.customer_groups.list({"name": [f"flt-{unique}-a", f"flt-{unique}-c"]})
    assert sorted(g.name for g in by_name.customer_groups) == [f"flt-{unique}-a", f"flt-{unique}-c"]

    ascending = admin.admin.customer_groups.list({"q": f"flt-{unique}", "order": "name"})
    descending = admin.admin.customer_groups.list({"q": f"flt-{unique}", "order": "-name"})
    assert [g.name[-1] for g in ascending.customer_groups] == ["a", "b", "c"]
    assert [g.name[-1] for g in descending.customer_groups] == ["c", "b", "a"]

    as_datetimes = AdminGetCustomerGroupsParams(
        q=f"flt-{unique}", created_at=DateComparison(gte=before, lte=after)
    )
    assert admin.admin.customer_groups.list(as_datetimes).count == 3
    as_strings = {"q": f"flt-{unique}", "created_at": {"gt": before.isoformat(), "lt": after.isoformat()}}
    assert admin.admin.customer_groups.list(as_strings).count == 3
    future = {"q": f"flt-{unique}", "created_at": {"gt": after.isoformat()}}
    assert admin.admin.customer_groups.list(future).count == 0


def test_add_list_remove_customers_and_expand(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_groups.create({"name": f"members-{unique}"}).customer_group
    c1, c2 = make_customers(admin, unique, 2)
    added = admin.admin.customer_groups.add_customers(group.id, {"customer_ids": [{"id": c1}, {"id": c2}]})
    assert added.customer_group.id == group.id

    members = admin.admin.customer_groups.list_customers(group.id)
    assert members.count == 2 and {c.id for c in members.customers} == {c1, c2}
    assert all(isinstance(c, Customer) for c in members.customers)

    expanded = admin.admin.customer_groups.retrieve(group.id, {"expand": "customers"}).customer_group
    assert isinstance(expanded.customers, list) and {c.id for c in expanded.customers} == {c1, c2}
    assert all(isinstance(c, Customer) for c in expanded.customers)

    admin.admin.customer_groups.remove_customers(group.id, {"customer_ids": [{"id": c1}]})
    remaining = admin.admin.customer_groups.list_customers(group.id, {"limit": 5})
    assert [c.id for c in remaining.customers] == [c2] and remaining.limit == 5


def test_fields_narrowing_leaves_other_fields_unset(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_groups.create(
        {"name": f"narrow-{unique}", "metadata": {"k": "v"}}
    ).customer_group
    narrowed = admin.admin.customer_groups.retrieve(group.id, {"fields": "name"}).customer_group
    assert narrowed.name == f"narrow-{unique}"
    assert not narrowed.metadata and "metadata" not in narrowed.to_dict()


def test_batch_add_with_an_unknown_customer_adds_nothing(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_groups.create({"name": f"batch-{unique}"}).customer_group
    [known] = make_customers(admin, unique, 1)
    with pytest.raises(NotFoundError) as caught:
        admin.admin.customer_groups.add_customers(
            group.id, {"customer_ids": [{"id": known}, {"id": "cus_missing"}]}
        )
    assert caught.value.status_code == 404
    assert caught.value.message == 'The following customer ids do not exist: "cus_missing"'
    assert admin.admin.customer_groups.list_customers(group.id).count == 0


def test_duplicate_name_is_a_typed_422(admin: Medusa, unique: str) -> None:
    admin.admin.customer_groups.create({"name": f"dup-{unique}"})
    with pytest.raises(DuplicateError) as caught:
        admin.admin.customer_groups.create({"name": f"dup-{unique}"})
    error = caught.value
    assert (error.status_code, error.type, error.code) == (422, "duplicate_error", "invalid_request_error")
    assert error.message == f"Key (name)=(dup-{unique}) already exists."


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "name must be a string"),
        ({"name": 5}, "name must be a string"),
        ({"name": "x", "foo": 1}, "property foo should not exist"),
    ],
)
def test_invalid_payloads_are_typed_400s(admin: Medusa, payload: dict, message: str) -> None:
    with pytest.raises(InvalidDataError) as caught:
        admin.admin.customer_groups.create(payload)
    assert (caught.value.status_code, caught.value.type, caught.value.message) == (
        400,
        "invalid_data",
        message,
    )


def test_invalid_query_is_a_typed_400(admin: Medusa) -> None:
    with pytest.raises(InvalidDataError, match="limit must be a number"):
        admin.admin.customer_groups.list({"limit": "many"})


def test_batch_with_an_empty_body_is_the_servers_500(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_groups.create({"name": f"empty-{unique}"}).customer_group
    with pytest.raises(ServerError) as caught:
        admin.admin.customer_groups.add_customers(group.id, {}, max_retries=0)
    assert (caught.value.type, caught.value.code) == ("unknown_error", "unknown_error")


def test_delete_keeps_the_customers(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_groups.create({"name": f"keep-{unique}"}).customer_group
    [customer] = make_customers(admin, unique, 1)
    admin.admin.customer_groups.add_customers(group.id, {"customer_ids": [{"id": customer}]})
    admin.admin.customer_groups.delete(group.id)
    assert admin.admin.customers.retrieve(customer).customer.id == customer
    again = admin.admin.customer_groups.delete(group.id)
    assert again.deleted is True


def test_metadata_only_update_through_a_model_keeps_the_name(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_groups.create(
        {"name": f"meta-{unique}", "metadata": {"a": "1", "b": "2"}}
    ).customer_group
    updated = admin.admin.customer_groups.update(
        group.id, AdminPostCustomerGroupsGroupReq(metadata={"a": "", "c": "3"})
    )
    assert updated.customer_group.name == f"meta-{unique}"
    assert updated.customer_group.metadata == {"b": "2", "c": "3"}


@pytest.mark.parametrize(
    "bad_id", ["a/b", "x?expand=customers", "frag#ment", "..", "../customer-groups", "%2F"]
)
def test_ids_with_special_characters_stay_one_segment(admin: Medusa, bad_id: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        admin.admin.customer_groups.retrieve(bad_id)
    assert caught.value.type == "not_found"
    assert caught.value.message == f"CustomerGroup with id {bad_id} was not found"


def test_results_are_typed_models(admin: Medusa, unique: str) -> None:
    admin.admin.customer_groups.create({"name": f"typed-{unique}"})
    page = admin.admin.customer_groups.list({"q": f"typed-{unique}"})
    [group] = page.customer_groups
    assert isinstance(group, CustomerGroup) and isinstance(group.updated_at, dt.datetime)
    assert group.additional_properties == {}
