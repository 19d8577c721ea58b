"""Flows shared by the v2 real-server tests (seeded ids: tests/integration/server_v2/README.md)."""

from __future__ import annotations

from typing import Any, Dict

from medusa_client.v2 import Medusa
from medusa_client.v2.models import StoreCart, StoreOrder

US_REGION = "reg_harness_us"
EU_REGION = "reg_harness_eu"
MUG = "variant_harness_mug_one"
US_STANDARD = "so_harness_us_standard"
US_EXPRESS = "so_harness_us_express"
LOCATION = "sloc_harness_main"
ADDRESS: Dict[str, Any] = {
    "first_name": "Guest",
    "last_name": "Shopper",
    "address_1": "1 Main St",
    "city": "New York",
    "country_code": "us",
    "postal_code": "10001",
}


def ready_cart(store: Medusa, email: str, quantity: int = 2) -> StoreCart:
    """A US cart with mugs, email, address, standard shipping and a pp_system_default payment session."""
    cart = store.store.cart.create({"region_id": US_REGION}).cart
    store.store.cart.create_line_item(cart.id, {"variant_id": MUG, "quantity": quantity})
    store.store.cart.update(
        cart.id, {"email": email, "shipping_address": ADDRESS, "billing_address": ADDRESS}
    )
    cart = store.store.cart.add_shipping_method(cart.id, {"option_id": US_STANDARD}).cart
    store.store.payment.initiate_payment_session(cart, {"provider_id": "pp_system_default"})
    return store.store.cart.retrieve(cart.id).cart


def place_order(store: Medusa, email: str, quantity: int = 2) -> StoreOrder:
    """A completed guest checkout."""
    cart = ready_cart(store, email, quantity)
    completed = store.store.cart.complete(cart.id)
    assert completed.type == "order", completed
    return completed.order
