"""Customer groups and customers end to end on a real Medusa 2.21.2 (admin API, secret key)."""

from __future__ import annotations

import pytest

from medusa_client.v2 import UNSET, InvalidDataError, Medusa, NotFoundError
from medusa_client.v2.models import AdminCustomerGroup

BOB = "cus_harness_bob"
ALICE = "cus_harness_alice"
VIP = "cusgroup_harness_vip"


def _group(admin: Medusa, name: str) -> AdminCustomerGroup:
    return admin.admin.customer_group.create({"name": name}).customer_group


def test_create_retrieve_and_delete(admin: Medusa, unique: str) -> None:
    created = admin.admin.customer_group.create({"name": f"Group {unique}", "metadata": {"tier": "silver"}})
    group = created.customer_group
    assert group.id.startswith("cusgroup_")
    assert (group.name, group.metadata) == (f"Group {unique}", {"tier": "silver"})
    assert group.created_by == "apk_harness_secret"  # with a secret key the actor is the key
    assert created.response.status_code == 200  # v2 creates answer 200, not 201

    fetched = admin.admin.customer_group.retrieve(group.id).customer_group
    assert (fetched.id, fetched.name) == (group.id, group.name)
    assert fetched.created_at == group.created_at

    deleted = admin.admin.customer_group.delete(group.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (group.id, "customer_group", True)
    with pytest.raises(NotFoundError):
        admin.admin.customer_group.retrieve(group.id)


def test_duplicate_name_is_a_typed_400(admin: Medusa, unique: str) -> None:
    name = f"Dup {unique}"
    _group(admin, name)
    with pytest.raises(InvalidDataError) as caught:
        admin.admin.customer_group.create({"name": name})
    error = caught.value
    assert (error.status_code, error.type) == (400, "invalid_data")  # v1 said 422 duplicate_error
    assert error.message == f"Customer group with name: {name}, already exists."
    assert f"400 POST /admin/customer-groups: {error.message}" in str(error)


def test_list_with_q_and_fields(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_group.create(
        {"name": f"Searchable {unique}", "metadata": {"k": 1}}
    ).customer_group
    _group(admin, f"Other {unique}")

    found = admin.admin.customer_group.list({"q": f"Searchable {unique}", "fields": "id,name"})
    assert found.count == 1
    assert [g.id for g in found.customer_groups] == [group.id]
    only = found.customer_groups[0]
    assert only.name == f"Searchable {unique}"
    # fields the server did not send are UNSET, not None
    assert only.metadata is UNSET
    assert only.created_at is UNSET
    assert only.customers is UNSET

    everything = admin.admin.customer_group.list({"q": unique})
    assert everything.count == 2
    assert {g.metadata.get("k") if g.metadata else None for g in everything.customer_groups} == {1, None}


def test_auto_paging_iter_walks_several_pages(admin: Medusa, unique: str) -> None:
    names = [f"Page {unique} {n}" for n in range(5)]
    for name in names:
        _group(admin, name)
    first = admin.admin.customer_group.list({"q": f"Page {unique}", "limit": 2, "order": "name"})
    assert (first.count, first.limit, first.offset, len(first.customer_groups)) == (5, 2, 0, 2)
    seen = list(first.auto_paging_iter())
    assert [g.name for g in seen] == names
    # three requests, the last one at offset 4
    assert seen[-1].name == names[-1]


def test_update_metadata(admin: Medusa, unique: str) -> None:
    group = admin.admin.customer_group.create(
        {"name": f"Meta {unique}", "metadata": {"a": "1"}}
    ).customer_group
    updated = admin.admin.customer_group.update(
        group.id, {"metadata": {"a": "2", "b": True}, "name": f"Meta2 {unique}"}
    ).customer_group
    assert updated.name == f"Meta2 {unique}"
    assert updated.metadata == {"a": "2", "b": True}
    assert updated.updated_at >= group.updated_at
    assert admin.admin.customer_group.retrieve(group.id).customer_group.metadata == {"a": "2", "b": True}


def test_batch_customers_add_and_remove(admin: Medusa, unique: str) -> None:
    group = _group(admin, f"Members {unique}")
    result = admin.admin.customer_group.batch_customers(group.id, {"add": [BOB, ALICE]})
    assert result.customer_group.id == group.id

    members = admin.admin.customer.list({"groups": group.id, "order": "email"})
    assert [c.id for c in members.auto_paging_iter()] == [ALICE, BOB]
    with_customers = admin.admin.customer_group.retrieve(group.id, query={"fields": "id,*customers"})
    assert sorted(c.id for c in with_customers.customer_group.customers) == [ALICE, BOB]

    admin.admin.customer_group.batch_customers(group.id, {"remove": [ALICE]})
    members = admin.admin.customer.list({"groups": group.id})
    assert [c.id for c in members.customers] == [BOB]


def test_customer_batch_customer_groups(admin: Medusa, unique: str) -> None:
    first, second = _group(admin, f"Link A {unique}"), _group(admin, f"Link B {unique}")
    customer = admin.admin.customer.batch_customer_groups(BOB, {"add": [first.id, second.id]}).customer
    assert customer.id == BOB
    groups = admin.admin.customer.retrieve(BOB, query={"fields": "id,*groups"}).customer.groups
    assert {first.id, second.id} <= {g.id for g in groups}

    admin.admin.customer.batch_customer_groups(BOB, {"remove": [first.id]})
    assert [c.id for c in admin.admin.customer.list({"groups": first.id}).customers] == []
    assert [c.id for c in admin.admin.customer.list({"groups": second.id}).customers] == [BOB]


def test_seeded_group_and_not_found(admin: Medusa) -> None:
    vip = admin.admin.customer_group.retrieve(
        VIP, query={"fields": "id,name,metadata,*customers"}
    ).customer_group
    assert (vip.name, vip.metadata) == ("VIP", {"tier": "gold"})
    assert ALICE in [c.id for c in vip.customers]
    for call in (
        lambda: admin.admin.customer_group.retrieve("cusgroup_missing"),
        lambda: admin.admin.customer_group.update("cusgroup_missing", {"name": "x"}),
        lambda: admin.admin.customer_group.batch_customers("cusgroup_missing", {"add": [BOB]}),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.status_code == 404
        assert caught.value.type == "not_found"
        assert "cusgroup_missing" in caught.value.message


def test_customers_create_list_retrieve_update_with_fields(admin: Medusa, unique: str) -> None:
    email = f"cust-{unique}@example.com"
    customer = admin.admin.customer.create(
        {"email": email, "first_name": "Ada", "last_name": "Lovelace", "metadata": {"src": "it"}}
    ).customer
    assert customer.id.startswith("cus_")
    assert (customer.email, customer.has_account) == (email, False)

    listed = admin.admin.customer.list({"q": email, "fields": "id,email"})
    assert listed.count == 1
    assert listed.customers[0].email == email
    assert listed.customers[0].first_name is UNSET

    fetched = admin.admin.customer.retrieve(
        customer.id, query={"fields": "id,first_name,*addresses"}
    ).customer
    assert (fetched.first_name, fetched.addresses) == ("Ada", [])
    assert fetched.email is UNSET

    updated = admin.admin.customer.update(
        customer.id, {"last_name": "Byron", "phone": "+4512345678"}, query={"fields": "id,last_name,phone"}
    ).customer
    assert (updated.last_name, updated.phone) == ("Byron", "+4512345678")
    assert updated.email is UNSET

    with pytest.raises(InvalidDataError) as caught:
        admin.admin.customer.create({"email": email})
    assert "already exists" in caught.value.message


def test_list_filters_arrays_operators_and_dates(admin: Medusa, unique: str) -> None:
    first, second = _group(admin, f"Filter A {unique}"), _group(admin, f"Filter B {unique}")
    _group(admin, f"Filter C {unique}")
    by_ids = admin.admin.customer_group.list({"id": [first.id, second.id], "order": "name"})
    assert [g.id for g in by_ids.customer_groups] == [first.id, second.id]
    assert "id%5B0%5D=" in by_ids.response.request.path_url  # qs-style indexed arrays, as js-sdk
    either = admin.admin.customer_group.list(
        {"$or": [{"name": f"Filter A {unique}"}, {"name": f"Filter C {unique}"}], "order": "name"}
    )
    assert [g.name for g in either.customer_groups] == [f"Filter A {unique}", f"Filter C {unique}"]
    since = admin.admin.customer_group.list({"q": unique, "created_at": {"$gt": first.created_at}})
    assert first.id not in [g.id for g in since.customer_groups]
    assert second.id in [g.id for g in since.customer_groups]
