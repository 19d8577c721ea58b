"""Flows shared by the real-server tests (seeded ids from tests/integration/server/README.md)."""

from __future__ import annotations

from typing import Optional, Tuple

from medusa_client import Medusa
from medusa_client.models import Cart, Order

US_REGION = "reg_harness_us"
EU_REGION = "reg_harness_eu"
TSHIRT_M_BLACK = "variant_harness_tshirt_m_black"
MUG = "variant_harness_mug_one"
US_STANDARD = "so_harness_us_standard"
US_RETURN = "so_harness_us_return"
ADDRESS = {
    "first_name": "Guest",
    "last_name": "Shopper",
    "address_1": "1 Main St",
    "city": "New York",
    "country_code": "us",
    "postal_code": "10001",
}


def ready_cart(store: Medusa, email: str, variant_id: str = TSHIRT_M_BLACK, quantity: int = 2) -> Cart:
    """A US cart with a line item, address, email, standard shipping and the manual payment selected."""
    cart = store.carts.create({"region_id": US_REGION}).cart
    store.carts.line_items.create(cart.id, {"variant_id": variant_id, "quantity": quantity})
    store.carts.update(cart.id, {"email": email, "shipping_address": ADDRESS, "billing_address": ADDRESS})
    store.carts.add_shipping_method(cart.id, {"option_id": US_STANDARD})
    store.carts.create_payment_sessions(cart.id)
    return store.carts.set_payment_session(cart.id, {"provider_id": "manual"}).cart


def place_order(
    store: Medusa, email: str, variant_id: str = TSHIRT_M_BLACK, quantity: int = 2
) -> Tuple[Order, Optional[str]]:
    """A completed guest checkout: the order and the Idempotency-Key the completion used."""
    cart = ready_cart(store, email, variant_id, quantity)
    result = store.carts.complete(cart.id)
    assert result.type == "order", result.type
    order = result.data
    assert isinstance(order, Order), type(order)
    return order, result.response.request.headers.get("Idempotency-Key")
