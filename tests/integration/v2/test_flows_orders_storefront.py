"""Storefront order flows on a real Medusa 2.21.2: a registered customer (addresses, cart transfer,
order history) and a checkout with a promotion code created by the admin."""

from __future__ import annotations

from typing import Iterator

import pytest

from medusa_client.v2 import InvalidDataError, Medusa, UnauthorizedError

from .conftest import BASE_URL, PUBLISHABLE_KEY
from .helpers import MUG, US_REGION, ready_cart


@pytest.fixture
def shopper() -> Iterator[Medusa]:
    """A second storefront client, for a customer who logs in."""
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY) as medusa:
        yield medusa


def test_customer_registers_keeps_addresses_and_sees_its_orders(
    store: Medusa, shopper: Medusa, unique: str
) -> None:
    email, password = f"shopper-{unique}@example.com", f"pw-{unique}"
    shopper.auth.register("customer", "emailpass", {"email": email, "password": password})
    customer = shopper.store.customer.create(
        {"email": email, "first_name": "Flo", "last_name": unique}
    ).customer
    assert customer.id.startswith("cus_") and customer.email == email
    token = shopper.auth.login("customer", "emailpass", {"email": email, "password": password})
    assert isinstance(token, str)
    me = shopper.store.customer.retrieve().customer
    assert me.id == customer.id
    assert me.has_account is True

    address = {
        "first_name": "Flo",
        "address_1": "2 Side St",
        "city": "Boston",
        "country_code": "us",
        "postal_code": "02101",
    }
    created = shopper.store.customer.create_address({**address, "address_name": "home"}).customer
    [home] = created.addresses
    assert (home.city, home.address_name) == ("Boston", "home")
    updated = shopper.store.customer.update_address(home.id, {"city": "Cambridge"}).customer
    assert [(a.id, a.city) for a in updated.addresses] == [(home.id, "Cambridge")]
    listed = shopper.store.customer.list_address()
    assert (listed.count, [a.id for a in listed.addresses]) == (1, [home.id])
    deleted = shopper.store.customer.delete_address(home.id)
    # 2.21.2 answers the CUSTOMER's id (not the address's), with the customer as parent
    assert (deleted.id, deleted.object, deleted.deleted) == (customer.id, "address", True)
    assert deleted.parent.addresses == []
    assert shopper.store.customer.list_address().count == 0

    # a guest cart, taken over by the customer once logged in
    cart = store.store.cart.create({"region_id": US_REGION}).cart
    assert cart.customer_id is None
    taken = shopper.store.cart.transfer_cart(cart.id).cart
    assert (taken.id, taken.customer_id, taken.email) == (cart.id, customer.id, email)

    ready = ready_cart(shopper, email, quantity=1)
    order = shopper.store.cart.complete(ready.id).order
    history = shopper.store.order.list({"fields": "id,total,customer_id"})
    assert [(o.id, o.total, o.customer_id) for o in history.orders] == [(order.id, 22, customer.id)]
    assert shopper.store.order.retrieve(order.id).order.email == email
    # a guest has no order history
    with pytest.raises(UnauthorizedError):
        store.store.order.list()


def test_checkout_with_a_promotion_code(admin: Medusa, store: Medusa, unique: str) -> None:
    code = f"TENOFF-{unique}".upper()
    promotion = admin.admin.promotion.create(
        {
            "code": code,
            "type": "standard",
            "status": "active",
            "application_method": {
                "type": "percentage",
                "target_type": "order",
                "value": 10,
                "allocation": "across",
                "currency_code": "usd",
            },
        }
    ).promotion
    assert (promotion.code, promotion.status) == (code, "active")

    cart = ready_cart(store, f"promo-{unique}@example.com", quantity=2)
    assert (cart.item_subtotal, cart.discount_total, cart.total) == (24, 0, 34)
    cart = store.store.cart.add_promotions(cart.id, {"promo_codes": [code]}).cart
    assert [p.code for p in cart.promotions] == [code]
    method = cart.promotions[0].application_method
    assert (method.type, method.value, method.currency_code) == ("percentage", 10, "usd")
    assert [(a.code, a.amount) for i in cart.items for a in i.adjustments] == [(code, 2.4)]
    assert (cart.item_subtotal, cart.discount_total, cart.total) == (24, 2.4, 31.6)  # 10 % of the items only
    # the collection follows the new total, and its session is gone: completing now is refused
    assert cart.payment_collection.amount == 31.6
    with pytest.raises(InvalidDataError) as caught:
        store.store.cart.complete(cart.id)
    assert caught.value.message == "Payment sessions are required to complete cart"
    store.store.payment.initiate_payment_session(cart, {"provider_id": "pp_system_default"})
    order = store.store.cart.complete(cart.id).order
    assert (order.total, order.discount_total) == (31.6, 2.4)
    seen = admin.admin.order.retrieve(
        order.id, query={"fields": "id,total,*items.adjustments,*payment_collections"}
    )
    assert [(a.code, a.amount) for i in seen.order.items for a in i.adjustments] == [(code, 2.4)]
    assert [c.amount for c in seen.order.payment_collections] == [31.6]


def test_model_cart_with_a_promotion(admin: Medusa, store: Medusa, unique: str) -> None:
    code = f"FIVE-{unique}".upper()
    admin.admin.promotion.create(
        {
            "code": code,
            "type": "standard",
            "status": "active",
            "application_method": {
                "type": "fixed",
                "target_type": "order",
                "value": 5,
                "currency_code": "usd",
                "allocation": "across",
            },
        }
    )
    cart = store.store.cart.create({"region_id": US_REGION}).cart
    store.store.cart.create_line_item(cart.id, {"variant_id": MUG, "quantity": 1})
    promoted = store.store.cart.add_promotions(cart.id, {"promo_codes": [code]}).cart
    assert promoted.promotions[0].application_method.value == 5
