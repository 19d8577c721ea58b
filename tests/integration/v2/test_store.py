"""The store API of a real Medusa 2.21.2: browsing with the publishable key, and a full checkout."""

from __future__ import annotations

import pytest

from medusa_client.v2 import UNSET, Medusa, NotAllowedError, NotFoundError

from .conftest import BASE_URL, PUBLISHABLE_KEY
from .helpers import ADDRESS, EU_REGION, LOCATION, MUG, US_EXPRESS, US_REGION, US_STANDARD, place_order


def test_full_checkout_and_the_order_in_admin(store: Medusa, admin: Medusa, unique: str) -> None:
    email = f"buyer-{unique}@example.com"
    created = store.store.cart.create({"region_id": US_REGION})
    assert created.response.request.headers["x-publishable-api-key"] == PUBLISHABLE_KEY
    assert "Authorization" not in created.response.request.headers
    cart = created.cart
    assert (cart.region_id, cart.currency_code, cart.sales_channel_id) == (
        US_REGION,
        "usd",
        "sc_harness_default",
    )

    cart = store.store.cart.create_line_item(cart.id, {"variant_id": MUG, "quantity": 2}).cart
    assert [(i.variant_id, i.quantity, i.unit_price) for i in cart.items] == [(MUG, 2, 12)]

    cart = store.store.cart.update(
        cart.id, {"email": email, "shipping_address": ADDRESS, "billing_address": ADDRESS}
    ).cart
    assert (cart.email, cart.shipping_address.country_code, cart.shipping_address.city) == (
        email,
        "us",
        "New York",
    )

    options = store.store.fulfillment.list_cart_options({"cart_id": cart.id}).shipping_options
    assert {o.id: o.amount for o in options} == {US_STANDARD: 10, US_EXPRESS: 25}

    cart = store.store.cart.add_shipping_method(cart.id, {"option_id": US_EXPRESS}).cart
    assert [m.shipping_option_id for m in cart.shipping_methods] == [US_EXPRESS]
    assert (cart.item_subtotal, cart.shipping_subtotal, cart.total) == (24, 25, 49)  # US: no tax rate

    # no payment collection yet: initiate_payment_session creates it first
    assert cart.payment_collection in (UNSET, None)
    collection = store.store.payment.initiate_payment_session(cart, {"provider_id": "pp_system_default"})
    sessions = collection.payment_collection.payment_sessions
    assert [(s.provider_id, s.amount, s.status) for s in sessions] == [("pp_system_default", 49, "pending")]

    completed = store.store.cart.complete(cart.id)
    assert completed.type == "order"
    order = completed.order
    assert order.id.startswith("order_")
    assert (order.email, order.status, order.total, order.currency_code) == (email, "pending", 49, "usd")

    seen = admin.admin.order.retrieve(order.id, query={"fields": "id,email,status,total,*items"}).order
    assert (seen.id, seen.email, seen.status, seen.total) == (order.id, email, "pending", 49)
    assert [(i.variant_id, i.quantity) for i in seen.items] == [(MUG, 2)]
    listed = admin.admin.order.list({"q": email, "fields": "id,email"})
    assert [o.id for o in listed.orders] == [order.id]


def test_payment_session_on_a_cart_with_a_collection(store: Medusa, unique: str) -> None:
    from .helpers import ready_cart

    cart = ready_cart(store, f"again-{unique}@example.com", quantity=1)
    collection_id = cart.payment_collection.id
    # the cart's collection is reused (one request) when the cart carries it
    again = store.store.payment.initiate_payment_session(
        store.store.cart.retrieve(cart.id, query={"fields": "id,*payment_collection"}).cart,
        {"provider_id": "pp_system_default"},
    )
    assert again.payment_collection.id == collection_id
    assert again.response.request.path_url.startswith(f"/store/payment-collections/{collection_id}/")


def test_completed_order_can_be_fulfilled(store: Medusa, admin: Medusa, unique: str) -> None:
    order = place_order(store, f"ship-{unique}@example.com", quantity=3)
    items = admin.admin.order.retrieve(order.id, query={"fields": "id,*items"}).order.items
    fulfilled = admin.admin.order.create_fulfillment(
        order.id,
        {"items": [{"id": items[0].id, "quantity": 3}], "location_id": LOCATION},
    ).order
    assert fulfilled.id == order.id
    # the answer of the fulfilment carries no computed statuses: read the order again
    fulfilled = admin.admin.order.retrieve(order.id).order
    assert (fulfilled.fulfillment_status, fulfilled.payment_status) == ("fulfilled", "authorized")
    assert len(fulfilled.fulfillments) == 1
    assert fulfilled.fulfillments[0].location_id == LOCATION


def test_products_with_prices_for_a_region(store: Medusa) -> None:
    fields = "*variants.calculated_price"
    us = store.store.product.list({"region_id": US_REGION, "fields": fields, "order": "title"})
    assert [p.id for p in us.products] == ["prod_harness_mug", "prod_harness_pants", "prod_harness_tshirt"]
    prices = {v.id: v.calculated_price.calculated_amount for p in us.products for v in p.variants}
    assert prices["variant_harness_mug_one"] == 12
    assert prices["variant_harness_tshirt_m_white"] == 22
    assert {v.calculated_price.currency_code for p in us.products for v in p.variants} == {"usd"}

    mug = store.store.product.retrieve("prod_harness_mug", query={"region_id": EU_REGION, "fields": fields})
    price = mug.product.variants[0].calculated_price
    assert (price.calculated_amount, price.currency_code) == (10, "eur")

    # without a region the server cannot price: no calculated_price
    plain = store.store.product.retrieve("prod_harness_mug").product
    assert plain.variants[0].calculated_price in (UNSET, None)
    # a draft product does not exist for the store
    with pytest.raises(NotFoundError):
        store.store.product.retrieve("prod_harness_draft")


def test_categories_collections_and_regions(store: Medusa) -> None:
    categories = store.store.category.list({"fields": "id,name,parent_category_id"}).product_categories
    assert {c.id: c.parent_category_id for c in categories} == {
        "pcat_harness_apparel": None,
        "pcat_harness_shirts": "pcat_harness_apparel",
        "pcat_harness_pants": "pcat_harness_apparel",
        "pcat_harness_merch": None,
    }
    apparel = store.store.category.retrieve("pcat_harness_apparel", query={"fields": "id,*category_children"})
    assert sorted(c.id for c in apparel.product_category.category_children) == [
        "pcat_harness_pants",
        "pcat_harness_shirts",
    ]
    in_merch = store.store.product.list({"category_id": ["pcat_harness_merch"]}).products
    assert [p.id for p in in_merch] == ["prod_harness_mug"]

    collections = store.store.collection.list().collections
    assert [(c.id, c.handle) for c in collections] == [("pcol_harness_summer", "summer")]
    summer = store.store.product.list({"collection_id": ["pcol_harness_summer"], "order": "title"}).products
    assert [p.id for p in summer] == ["prod_harness_pants", "prod_harness_tshirt"]

    regions = store.store.region.list({"order": "name"}).regions
    assert [(r.id, r.currency_code) for r in regions] == [(US_REGION, "usd"), (EU_REGION, "eur")] or [
        (r.id, r.currency_code) for r in regions
    ] == [(EU_REGION, "eur"), (US_REGION, "usd")]
    us = store.store.region.retrieve(US_REGION, query={"fields": "id,*countries"}).region
    assert sorted(c.iso_2 for c in us.countries) == ["ca", "us"]


def test_store_call_without_publishable_key_says_how_to_pass_it(anonymous: Medusa) -> None:
    with pytest.raises(NotAllowedError) as caught:
        anonymous.store.product.list()
    error = caught.value
    assert (error.status_code, error.type) == (400, "not_allowed")
    assert error.message.startswith(
        "Publishable API key required in the request header: x-publishable-api-key"
    )
    assert "publishable_key=" in error.message and "MEDUSA_PUBLISHABLE_API_KEY" in error.message
    assert "publishable_key=" in str(error)


def test_unknown_publishable_key_is_not_allowed() -> None:
    medusa = Medusa(base_url=BASE_URL, api_key="", publishable_key="pk_unknown")
    with medusa, pytest.raises(NotAllowedError) as caught:
        medusa.store.region.list()
    assert caught.value.message == "A valid publishable key is required to proceed with the request"
    assert "pk_unknown" not in str(caught.value)
