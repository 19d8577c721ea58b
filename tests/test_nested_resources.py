"""Nested resources (``carts.line_items``, ``customers.addresses``, ...) share their parent's client.

(Their class names and methods: ``test_tree.py``; their requests: ``test_requests_v1.py``.)
"""

from __future__ import annotations

from medusa_client import Medusa
from medusa_client._resource import Resource


def test_nested_resources_are_attributes_of_their_parent(medusa: Medusa) -> None:
    nested = (
        medusa.carts.line_items,
        medusa.customers.addresses,
        medusa.customers.payment_methods,
        medusa.products.variants,
    )
    assert [type(child).__name__ for child in nested] == [
        "LineItemsResource",
        "AddressesResource",
        "PaymentMethodsResource",
        "ProductVariantsResource",
    ]
    for child in nested:
        assert isinstance(child, Resource)
        assert child._client is medusa.client
