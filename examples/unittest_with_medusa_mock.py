"""``medusa_client.testing`` without pytest: a ``unittest.TestCase`` (Django's ``TestCase`` works the same).

Run it with ``python examples/unittest_with_medusa_mock.py`` (see docs/testing.md).
"""

from __future__ import annotations

import unittest

from medusa_client import Medusa, NotAllowedError
from medusa_client.testing import MedusaMock


def add_to_cart(medusa: Medusa, cart_id: str, variant_id: str) -> str:
    """The app code: add one item, answer with a message for the shopper."""
    try:
        cart = medusa.carts.line_items.create(cart_id, {"variant_id": variant_id, "quantity": 1}).cart
    except NotAllowedError as error:
        if error.code == "insufficient_inventory":
            return "sold out"
        raise
    return f"{len(cart.items)} item(s) in your cart"


class AddToCartTest(unittest.TestCase):
    def setUp(self) -> None:
        self.medusa_mock = MedusaMock().start()
        self.addCleanup(self.medusa_mock.stop)
        self.medusa = Medusa(base_url="http://shop.test")

    def test_added(self) -> None:
        self.medusa_mock.carts.line_items.create.returns(
            {"cart": {"id": "cart_1", "items": [{"id": "item_1"}]}}
        )
        assert add_to_cart(self.medusa, "cart_1", "variant_1") == "1 item(s) in your cart"
        call = self.medusa_mock.carts.line_items.create.last_call
        assert call.ids == {"cart_id": "cart_1"}
        assert call.payload == {"variant_id": "variant_1", "quantity": 1}

    def test_sold_out(self) -> None:
        self.medusa_mock.carts.line_items.create.raises(
            NotAllowedError,
            "Variant with id: variant_1 does not have the required inventory",
            code="insufficient_inventory",
        )
        assert add_to_cart(self.medusa, "cart_1", "variant_1") == "sold out"


if __name__ == "__main__":
    unittest.main()
