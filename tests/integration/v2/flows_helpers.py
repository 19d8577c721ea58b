"""Fixtures and helpers of the order-side flow tests (test_flows_orders*.py) on a real Medusa 2.21.2.

Every answer of these flows fits its generated model (where the server differs from ``@medusajs/types``
the models follow the server: docs/server-vs-types-v2.md), so the flows read typed results with the
server's default fields.
"""

from __future__ import annotations

from typing import Any, Dict, Tuple

from medusa_client.v2 import Medusa

from .helpers import LOCATION, place_order


def fulfilled_order(store: Medusa, admin: Medusa, email: str, quantity: int = 2) -> Tuple[str, str]:
    """A guest checkout of ``quantity`` mugs, fulfilled from the seeded location: (order id, line item id)."""
    order = place_order(store, email, quantity)
    item_id = admin.admin.order.retrieve(order.id, query={"fields": "id,*items"}).order.items[0].id
    admin.admin.order.create_fulfillment(
        order.id, {"items": [{"id": item_id, "quantity": quantity}], "location_id": LOCATION}
    )
    return order.id, item_id


def payment_of(admin: Medusa, order_id: str) -> str:
    """The id of the (single) payment of an order."""
    order = admin.admin.order.retrieve(order_id, query={"fields": "id,*payment_collections.payments"}).order
    payments = [p for c in order.payment_collections for p in c.payments]
    assert len(payments) == 1, payments
    return payments[0].id


def order_state(admin: Medusa, order_id: str) -> Dict[str, Any]:
    """Status, totals and items of an order as the server holds them now."""
    order = admin.admin.order.retrieve(
        order_id,
        query={"fields": "id,status,version,total,payment_status,fulfillment_status,summary.*,*items"},
    ).order
    return {
        "status": order.status,
        "version": order.version,
        "total": order.total,
        "payment_status": order.payment_status,
        "fulfillment_status": order.fulfillment_status,
        "summary": order.summary,
        "items": sorted((i.variant_id, i.quantity) for i in order.items),
    }
