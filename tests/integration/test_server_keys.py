"""What the real v1 server does with ``expand`` / ``fields`` on routes whose methods take no ``query=`` yet.

The route table's query column (``scripts/routes/v1_methods.tsv``) gives these methods ``query=``;
docs/server-vs-spec.md has the evidence for each.
"""

from __future__ import annotations

import uuid

import pytest
import requests

from medusa_client import InvalidDataError, Medusa
from medusa_client.models import (
    Customer,
    CustomerGroup,
    DecoratedInventoryItemDTO,
    PricedShippingOption,
    ProductVariant,
    Region,
)

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
    plain = admin.admin.customers.retrieve(customer_id).customer
    assert plain.additional_properties == {}
    assert "groups" not in plain.to_dict()  # default relations: orders, shipping_addresses

    expanded = admin.admin.customers.retrieve(customer_id, {"expand": "groups"}).customer
    assert [g.id for g in expanded.groups] == [group_id]
    assert "orders" not in expanded.to_dict()  # expand replaces the defaults

    narrowed = admin.admin.customers.retrieve(customer_id, query={"fields": "id"}).customer
    assert narrowed.email == plain.email  # fields is ignored by this route


def test_admin_customers_update_expands(admin: Medusa, unique: str) -> None:
    """For ``admin.customers.update``: the updated customer comes back with the requested relations."""
    customer_id, group_id = _customer_in_group(admin, unique)
    res = admin.admin.customers.update(customer_id, {"first_name": "Renamed"}, {"expand": "groups"})
    assert isinstance(res.customer, Customer)
    assert res.customer.first_name == "Renamed"
    assert [g.id for g in res.customer.groups] == [group_id]
    assert "orders" not in res.customer.to_dict()


def test_admin_customer_groups_update_expands_customers(admin: Medusa, unique: str) -> None:
    """For ``admin.customer_groups.update``: ``expand=customers`` adds the members; ``fields`` is validated
    but ignored."""
    customer_id, group_id = _customer_in_group(admin, unique)
    res = admin.admin.customer_groups.update(
        group_id, {"name": f"keys-renamed-{unique}"}, query={"expand": "customers"}
    )
    assert isinstance(res.customer_group, CustomerGroup)
    assert [c.id for c in res.customer_group.customers] == [customer_id]
    assert all(isinstance(c, Customer) for c in res.customer_group.customers)

    narrowed = admin.admin.customer_groups.update(
        group_id, {"name": f"keys-again-{unique}"}, query={"fields": "id"}
    ).customer_group
    assert narrowed.name == f"keys-again-{unique}"  # not narrowed to the id


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


def test_store_cart_writes_validate_but_ignore_expand_and_fields() -> None:
    """For ``carts.update`` (store): the route validates ``expand``/``fields`` (FindParams middleware) but the
    handler answers the default cart whatever they say; ``carts.retrieve`` honours them."""
    headers = {"x-publishable-api-key": PUBLISHABLE_KEY}
    cart = requests.post(
        f"{BASE_URL}/store/carts", json={"region_id": US_REGION}, headers=headers, timeout=30
    )
    cart_id = cart.json()["cart"]["id"]
    requests.post(
        f"{BASE_URL}/store/carts/{cart_id}/line-items",
        json={"variant_id": TSHIRT_M_BLACK, "quantity": 1},
        headers=headers,
        timeout=30,
    ).raise_for_status()
    email = f"keys-{uuid.uuid4().hex[:8]}@example.com"
    resp = requests.post(
        f"{BASE_URL}/store/carts/{cart_id}?fields=id,email&expand=no_such_relation",
        json={"email": email, "shipping_address": ADDRESS},
        headers=headers,
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()["cart"]
    assert body["email"] == email
    assert "region" in body and "shipping_address" in body  # not narrowed

    full = requests.get(f"{BASE_URL}/store/carts/{cart_id}", headers=headers, timeout=30).json()["cart"]
    got = requests.get(f"{BASE_URL}/store/carts/{cart_id}?fields=id,email", headers=headers, timeout=30)
    narrowed = got.json()["cart"]
    assert narrowed["email"] == email
    assert set(narrowed) < set(full) and "created_at" not in narrowed and "created_at" in full


# --------------------------------------------------------------------------------------------------------------
# Keys the server sends that the spec lacks (found with tests/support/key_recorder.py), typed via SERVER_FIXES.


def test_price_list_prices_carry_typed_variants(admin: Medusa, unique: str) -> None:
    res = admin.admin.price_lists.create(
        {
            "name": f"keys-{unique}",
            "description": "d",
            "type": "sale",
            "prices": [{"amount": 1500, "variant_id": "variant_harness_mug_one", "currency_code": "usd"}],
        }
    )
    price = res.price_list.prices[0]
    assert price.additional_properties == {}
    assert [v.id for v in price.variants] == ["variant_harness_mug_one"]
    assert isinstance(price.variants[0], ProductVariant)
    assert isinstance(price.variant, ProductVariant)


def test_customer_password_hash_is_typed_and_masked(admin: Medusa, unique: str) -> None:
    customer = admin.admin.customers.create(
        {
            "email": f"keys-pw-{unique}@example.com",
            "first_name": "K",
            "last_name": "Q",
            "password": "pw123456",
        }
    ).customer
    assert customer.additional_properties == {}
    assert isinstance(customer.password_hash, str) and customer.password_hash
    assert customer.password_hash not in repr(customer) and "password_hash='***'" in repr(customer)


def test_admin_shipping_options_are_priced_with_a_typed_region(admin: Medusa) -> None:
    options = admin.admin.shipping_options.list().shipping_options
    assert options and all(isinstance(o, PricedShippingOption) for o in options)
    for option in options:
        assert option.additional_properties == {}
        assert isinstance(option.region, Region)
        assert isinstance(option.price_incl_tax, (int, float))


def test_inventory_item_retrieve_is_decorated(admin: Medusa) -> None:
    item = admin.admin.inventory_items.retrieve("iitem_harness_tshirt_m_black").inventory_item
    assert isinstance(item, DecoratedInventoryItemDTO)
    assert item.additional_properties == {}
    assert item.stocked_quantity == 100
    assert all(level.additional_properties == {} for level in item.location_levels)
    assert isinstance(item.location_levels[0].available_quantity, (int, float))
    levels = admin.admin.inventory_items.list_location_levels("iitem_harness_tshirt_m_black").inventory_item
    assert all(level.additional_properties == {} for level in levels.location_levels)
    assert levels.location_levels[0].inventory_item_id == "iitem_harness_tshirt_m_black"
