"""What the real v1 server does with ``expand`` / ``fields`` on routes whose methods take no ``query=`` yet.

The full table is ``scripts/data/v1_query_routes.json``. These tests go through
``medusa.admin.custom`` (a query in the path is kept) or plain ``requests`` until the resource
methods named in each test take ``query=``.
"""

from __future__ import annotations

import uuid

import pytest
import requests

from medusa_client import InvalidDataError, Medusa
from medusa_client.models import AdminCustomerGroupsRes, AdminCustomersRes, Customer, CustomerGroup

from .conftest import API_TOKEN, BASE_URL, PUBLISHABLE_KEY
from .helpers import ADDRESS, TSHIRT_M_BLACK, US_REGION


def _customer_in_group(admin: Medusa, unique: str) -> tuple:
    customer = admin.admin.customers.create(
        {"email": f"keys-{unique}@example.com", "first_name": "K", "last_name": "Q", "password": "pw123456"}
    ).customer
    group = admin.admin.customer_groups.create({"name": f"keys-{unique}"}).customer_group
    admin.admin.customer_groups.add_customers(group.id, {"customer_ids": [{"id": customer.id}]})
    return customer.id, group.id


def test_admin_customers_retrieve_expands_groups(admin: Medusa, unique: str) -> None:
    """For ``admin.customers.retrieve``: ``expand`` replaces the default relations; ``fields`` is accepted
    (validated) but has no effect."""
    customer_id, group_id = _customer_in_group(admin, unique)
    plain = admin.admin.custom.get(f"/customers/{customer_id}", cast_to=AdminCustomersRes).customer
    assert plain.additional_properties == {}
    assert "groups" not in plain.to_dict()  # default relations: orders, shipping_addresses

    expanded = admin.admin.custom.get(
        f"/customers/{customer_id}", {"expand": "groups"}, cast_to=AdminCustomersRes
    ).customer
    assert [g.id for g in expanded.groups] == [group_id]
    assert "orders" not in expanded.to_dict()  # expand replaces the defaults

    narrowed = admin.admin.custom.get(
        f"/customers/{customer_id}", {"fields": "id"}, cast_to=AdminCustomersRes
    ).customer
    assert narrowed.email == plain.email  # fields is ignored by this route


def test_admin_customers_update_expands(admin: Medusa, unique: str) -> None:
    """For ``admin.customers.update``: the updated customer comes back with the requested relations."""
    customer_id, group_id = _customer_in_group(admin, unique)
    res = admin.admin.custom.post(
        f"/customers/{customer_id}?expand=groups", {"first_name": "Renamed"}, cast_to=AdminCustomersRes
    )
    assert isinstance(res.customer, Customer)
    assert res.customer.first_name == "Renamed"
    assert [g.id for g in res.customer.groups] == [group_id]
    assert "orders" not in res.customer.to_dict()


def test_admin_customer_groups_update_expands_customers(admin: Medusa, unique: str) -> None:
    """For ``admin.customer_groups.update``: ``expand=customers`` adds the members, ``fields=id`` narrows."""
    customer_id, group_id = _customer_in_group(admin, unique)
    res = admin.admin.custom.post(
        f"/customer-groups/{group_id}?expand=customers", {"name": f"keys-renamed-{unique}"},
        cast_to=AdminCustomerGroupsRes,
    )
    assert isinstance(res.customer_group, CustomerGroup)
    assert [c.id for c in res.customer_group.customers] == [customer_id]
    assert all(isinstance(c, Customer) for c in res.customer_group.customers)

    narrowed = admin.admin.custom.post(
        f"/customer-groups/{group_id}?fields=id", {"name": f"keys-again-{unique}"},
        cast_to=AdminCustomerGroupsRes,
    ).customer_group
    assert set(narrowed.to_dict()) == {"id"}


def test_an_unknown_relation_fails_where_expand_is_honoured(admin: Medusa, unique: str) -> None:
    """For ``admin.customer_groups.update``: the relation list reaches the database (500 for an unknown one)."""
    _, group_id = _customer_in_group(admin, unique)
    resp = requests.post(
        f"{BASE_URL}/admin/customer-groups/{group_id}?expand=no_such_relation",
        json={"name": f"keys-x-{unique}"},
        headers={"x-medusa-access-token": API_TOKEN},
        timeout=30,
    )
    assert resp.status_code == 500


@pytest.mark.parametrize("path", ["/collections", "/product-tags", "/returns", "/notes"])
def test_list_routes_that_reject_expand(admin: Medusa, path: str) -> None:
    """``admin.collections.list`` and others take ``query=`` but their parameter class has no expand/fields."""
    with pytest.raises(InvalidDataError, match="property expand should not exist"):
        admin.admin.custom.get(path, {"expand": "x"})
    with pytest.raises(InvalidDataError, match="property fields should not exist"):
        admin.admin.custom.get(path, {"fields": "id"})


def test_store_cart_update_narrows_with_fields() -> None:
    """For ``carts.update`` (store): ``fields`` narrows and ``expand`` picks the relations of the cart returned."""
    headers = {"x-publishable-api-key": PUBLISHABLE_KEY}
    cart = requests.post(f"{BASE_URL}/store/carts", json={"region_id": US_REGION}, headers=headers, timeout=30)
    cart_id = cart.json()["cart"]["id"]
    requests.post(
        f"{BASE_URL}/store/carts/{cart_id}/line-items",
        json={"variant_id": TSHIRT_M_BLACK, "quantity": 1},
        headers=headers,
        timeout=30,
    ).raise_for_status()
    email = f"keys-{uuid.uuid4().hex[:8]}@example.com"
    resp = requests.post(
        f"{BASE_URL}/store/carts/{cart_id}?fields=id,email&expand=items",
        json={"email": email, "shipping_address": ADDRESS},
        headers=headers,
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()["cart"]
    assert body["email"] == email
    assert "region" not in body and "shipping_address" not in body
    assert [i["variant_id"] for i in body["items"]] == [TSHIRT_M_BLACK]
