"""Every admin list of the order side, walked with ``auto_paging_iter`` one or two records a page on a
real Medusa 2.21.2: the iterator yields ``count`` records, none twice, and those this test made."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from medusa_client.v2 import InvalidDataError, Medusa

from .helpers import ADDRESS, MUG, US_REGION, place_order


def _draft(admin: Medusa, email: str) -> str:
    return admin.admin.draft_order.create(
        {
            "email": email,
            "region_id": US_REGION,
            "sales_channel_id": "sc_harness_default",
            "items": [{"variant_id": MUG, "quantity": 1}],
            "shipping_address": ADDRESS,
        },
        query={"fields": "id"},
    ).draft_order.id


def test_order_side_lists_page_through_every_record(store: Medusa, admin: Medusa, unique: str) -> None:
    placed = place_order(store, f"pages-{unique}@example.com", quantity=1)
    # two orders made from drafts, two drafts left as drafts
    converted = [_draft(admin, f"pages-{i}-{unique}@example.com") for i in range(2)]
    for draft_id in converted:
        admin.admin.draft_order.convert_to_order(draft_id, query={"fields": "id"})
    drafts = [_draft(admin, f"pages-d{i}-{unique}@example.com") for i in range(2)]
    # one order change on each order: a return, an exchange, a claim
    return_id = admin.admin.return_.initiate_request(
        {"order_id": placed.id}, query={"fields": "id"}
    ).return_.id
    exchange_id = admin.admin.exchange.create({"order_id": converted[0]}, query={"fields": "id"}).exchange.id
    claim_id = admin.admin.claim.create(
        {"order_id": converted[1], "type": "refund"}, query={"fields": "id"}
    ).claim.id
    return_reasons = [
        admin.admin.return_reason.create(
            {"value": f"rr{i}_{unique}", "label": f"Reason {i} {unique}"}
        ).return_reason.id
        for i in range(2)
    ]
    refund_reasons = [
        admin.admin.refund_reason.create(
            {"label": f"Refund {i} {unique}", "code": f"rf{i}_{unique}"}
        ).refund_reason.id
        for i in range(2)
    ]

    a = admin.admin
    # list, query (limit 1 or 2, default fields unless said), what must be there
    lists: Dict[str, Any] = {
        "orders": (a.order.list, {"limit": 2}, [placed.id, *converted]),
        "returns": (a.return_.list, {"limit": 1}, [return_id]),
        "exchanges": (a.exchange.list, {"limit": 1}, [exchange_id]),
        "claims": (a.claim.list, {"limit": 1}, [claim_id]),
        "draft_orders": (a.draft_order.list, {"limit": 1}, drafts),
        "payments": (a.payment.list, {"limit": 2}, []),
        "payment_providers": (a.payment.list_payment_providers, {"limit": 1}, ["pp_system_default"]),
        "refund_reasons": (a.refund_reason.list, {"limit": 2}, refund_reasons),
        "return_reasons": (a.return_reason.list, {"limit": 1}, return_reasons),
        "fulfillment_providers": (a.fulfillment_provider.list, {"limit": 1}, ["manual_manual"]),
        "promotions": (a.promotion.list, {"limit": 2}, []),
        "reservations": (a.reservation.list, {"limit": 2}, []),
    }
    for name, (method, query, expected) in lists.items():
        page = method(query)
        assert (page.limit, page.offset) == (query["limit"], 0), name
        assert len(page.page_items()) == min(query["limit"], page.count), name
        ids: List[str] = [item.id for item in page.auto_paging_iter()]
        assert len(ids) == page.count, (name, len(ids), page.count)
        assert len(set(ids)) == len(ids), (name, "duplicates")
        assert set(expected) <= set(ids), (name, set(expected) - set(ids))
    # the payment of the checkout is among the payments
    payments = {p.id for p in a.payment.list({"limit": 2}).auto_paging_iter()}
    order = a.order.retrieve(placed.id, query={"fields": "id,*payment_collections.payments"}).order
    assert {p.id for c in order.payment_collections for p in c.payments} <= payments


def test_order_changes_and_line_items_are_not_paged(store: Medusa, admin: Medusa, unique: str) -> None:
    """``list_changes`` is flagged ``pages`` but 2.21.2 answers no count and refuses ``limit``."""
    order = place_order(store, f"changes-{unique}@example.com", quantity=1)
    admin.admin.order_edit.initiate_request({"order_id": order.id})
    changes = admin.admin.order.list_changes(order.id)
    assert [(c.change_type, c.status) for c in changes.order_changes] == [("edit", "pending")]
    assert set(changes.response.json()) == {"order_changes"}  # no count/offset/limit
    assert [c.id for c in changes.auto_paging_iter()] == [changes.order_changes[0].id]
    with pytest.raises(InvalidDataError) as caught:
        admin.admin.order.list_changes(order.id, {"limit": 1})
    assert caught.value.message == "Invalid request: Unrecognized fields: 'limit'"
    items = admin.admin.order.list_line_items(order.id).order_items
    assert [(i.order_id, i.item.variant_id) for i in items] == [(order.id, MUG)]
    # the order item's own id (and its quantity when asked), which the types leave out
    assert items[0].id.startswith("orditem_")
    asked = admin.admin.order.list_line_items(order.id, {"fields": "id,quantity"}).order_items
    assert [i.quantity for i in asked] == [1]
