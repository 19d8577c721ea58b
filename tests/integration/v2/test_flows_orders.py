"""Order flows on a real Medusa 2.21.2, driven through the v2 client: fulfilment to delivery, a return
with its refund, an exchange, a claim, an order edit, a draft order made an order.

Each test checks out its own order; amounts are major units (a mug is 12 USD, standard shipping 10).
Every answer is read through its typed model, with the server's default fields (the models follow the
server where it differs from the types: docs/server-vs-types-v2.md).
"""

from __future__ import annotations

import pytest

from medusa_client.v2 import Medusa, NotAllowedError

from .flows_helpers import fulfilled_order, order_state, payment_of
from .helpers import ADDRESS, LOCATION, MUG, US_REGION, US_STANDARD, place_order

TSHIRT = "variant_harness_tshirt_m_black"  # 20 USD
PANTS = "variant_harness_pants_m"  # 45 USD


def test_fulfilment_shipment_and_delivery(store: Medusa, admin: Medusa, unique: str) -> None:
    order = place_order(store, f"ship-{unique}@example.com", quantity=3)
    item_id = admin.admin.order.retrieve(order.id, query={"fields": "id,*items"}).order.items[0].id
    assert order_state(admin, order.id)["fulfillment_status"] == "not_fulfilled"

    admin.admin.order.create_fulfillment(
        order.id, {"items": [{"id": item_id, "quantity": 3}], "location_id": LOCATION}
    )
    seen = admin.admin.order.retrieve(order.id).order
    assert (seen.status, seen.fulfillment_status, seen.payment_status) == (
        "pending",
        "fulfilled",
        "authorized",
    )
    [fulfillment] = seen.fulfillments
    assert (fulfillment.location_id, fulfillment.provider_id) == (LOCATION, "manual_manual")
    assert (fulfillment.shipped_at, fulfillment.delivered_at) == (None, None)

    label = {
        "tracking_number": f"TN-{unique}",
        "tracking_url": "https://t.example/1",
        "label_url": "https://l.example/1",
    }
    shipped = admin.admin.order.create_shipment(
        order.id, fulfillment.id, {"items": [{"id": item_id, "quantity": 3}], "labels": [label]}
    )
    assert shipped.order.id == order.id
    seen = admin.admin.order.retrieve(
        order.id, query={"fields": "id,fulfillment_status,*fulfillments.labels"}
    ).order
    assert seen.fulfillment_status == "shipped"
    assert seen.fulfillments[0].shipped_at is not None and seen.fulfillments[0].delivered_at is None
    labels = seen.fulfillments[0].labels
    assert [(x["tracking_number"], x["tracking_url"]) for x in labels] == [
        (f"TN-{unique}", "https://t.example/1")
    ]

    with pytest.raises(NotAllowedError) as caught:
        admin.admin.order.create_shipment(
            order.id, fulfillment.id, {"items": [{"id": item_id, "quantity": 3}]}
        )
    assert (caught.value.status_code, caught.value.type) == (400, "not_allowed")
    assert caught.value.message == "Shipment has already been created"

    # the route's body is optional (js-sdk): no payload sends none
    admin.admin.order.mark_as_delivered(order.id, fulfillment.id)
    seen = admin.admin.order.retrieve(order.id).order
    assert (seen.status, seen.fulfillment_status) == ("pending", "delivered")
    assert seen.fulfillments[0].delivered_at is not None
    with pytest.raises(NotAllowedError) as caught:
        admin.admin.order.mark_as_delivered(order.id, fulfillment.id, {})
    assert caught.value.message == "Fulfillment has already been marked delivered"


def test_return_received_then_refunded(store: Medusa, admin: Medusa, unique: str) -> None:
    order_id, item_id = fulfilled_order(store, admin, f"return-{unique}@example.com", quantity=3)
    payment_id = payment_of(admin, order_id)
    # capture before the return: an only-authorized collection is canceled when the return changes the total
    captured = admin.admin.payment.capture(payment_id, {}).payment
    assert (captured.amount, [c.amount for c in captured.captures]) == (46, [46])  # 3 x 12 + 10 shipping
    assert order_state(admin, order_id)["payment_status"] == "captured"

    begun = admin.admin.return_.initiate_request({"order_id": order_id, "location_id": LOCATION})
    return_id = begun.return_.id
    assert (begun.return_.status, begun.return_.order_id, begun.return_.items) == ("open", order_id, [])
    assert (begun.return_.requested_at, begun.return_.received_at, begun.return_.canceled_at) == (
        None,
        None,
        None,
    )
    assert begun.order.id == order_id  # the server answers {"order", "return"}

    added = admin.admin.return_.add_return_item(return_id, {"items": [{"id": item_id, "quantity": 2}]})
    # the item is an action of the pending order change until the request is confirmed; the server
    # answers {"order_preview", "return"}
    assert added.return_.items == []
    preview = added.order_preview
    assert [(i.id, [a.action for a in i.actions]) for i in preview.items] == [(item_id, ["RETURN_ITEM"])]
    assert preview.order_change.return_id == return_id
    assert (preview.order_change.exchange_id, preview.order_change.claim_id) == (None, None)

    requested = admin.admin.return_.confirm_request(return_id, {}).return_
    assert requested.status == "requested" and requested.requested_at is not None
    assert [(i.item_id, i.quantity, i.received_quantity) for i in requested.items] == [(item_id, 2, 0)]
    assert admin.admin.return_.initiate_receive(return_id, {}).return_.status == "requested"
    received = admin.admin.return_.receive_items(return_id, {"items": [{"id": item_id, "quantity": 2}]})
    assert received.return_.items[0].quantity == 2
    done = admin.admin.return_.confirm_receive(return_id, {}).return_
    assert done.status == "received" and done.received_at is not None
    assert [(i.quantity, i.received_quantity) for i in done.items] == [(2, 2)]

    state = order_state(admin, order_id)
    assert (state["total"], state["summary"].pending_difference) == (22, -24)  # 2 mugs owed back
    refunded = admin.admin.payment.refund(payment_id, {"amount": 24, "note": f"return {unique}"}).payment
    assert [(r.amount, r.note) for r in refunded.refunds] == [(24, f"return {unique}")]
    state = order_state(admin, order_id)
    assert state["payment_status"] == "partially_refunded"
    assert (state["summary"].refunded_total, state["summary"].pending_difference) == (24, 0)
    listed = admin.admin.return_.list({"order_id": order_id, "fields": "id,status"}).returns
    assert [(r.id, r.status) for r in listed] == [(return_id, "received")]


def test_exchange_a_mug_for_a_tshirt(store: Medusa, admin: Medusa, unique: str) -> None:
    order_id, item_id = fulfilled_order(store, admin, f"exchange-{unique}@example.com", quantity=2)
    created = admin.admin.exchange.create({"order_id": order_id, "description": unique})
    exchange_id = created.exchange.id
    assert (created.exchange.order_id, created.exchange.additional_items) == (order_id, [])
    # the version of the order it was made on (the fulfilment made it 2), a number
    assert (created.exchange.order_version, created.exchange.canceled_at) == (2, None)
    assert created.exchange.display_id >= 1  # a number (the types say string)

    inbound = admin.admin.exchange.add_inbound_items(
        exchange_id, {"items": [{"id": item_id, "quantity": 1}], "location_id": LOCATION}
    )
    assert inbound.return_.items == []  # an action of the order change until the request
    assert [(i.id, [a.action for a in i.actions]) for i in inbound.order_preview.items] == [
        (item_id, ["RETURN_ITEM"])
    ]
    outbound = admin.admin.exchange.add_outbound_items(
        exchange_id, {"items": [{"variant_id": TSHIRT, "quantity": 1}]}
    )
    assert outbound.exchange.additional_items == []  # likewise until the request
    assert outbound.order_preview.order_change.exchange_id == exchange_id
    added = [i for i in outbound.order_preview.items if i.variant_id == TSHIRT]
    assert [(i.quantity, [a.action for a in i.actions]) for i in added] == [(1, ["ITEM_ADD"])]
    shipping = admin.admin.exchange.add_outbound_shipping(exchange_id, {"shipping_option_id": US_STANDARD})
    methods = shipping.order_preview.shipping_methods
    assert (methods[-1].shipping_option_id, methods[-1].amount) == (US_STANDARD, 10)
    admin.admin.exchange.add_inbound_shipping(
        exchange_id, {"shipping_option_id": US_STANDARD, "custom_amount": 0}
    )
    requested = admin.admin.exchange.request(exchange_id, {})
    assert requested.exchange.return_id == requested.return_.id
    assert [i.quantity for i in requested.exchange.additional_items] == [1]
    assert requested.return_.status == "requested"
    assert [(i.item_id, i.quantity) for i in requested.return_.items] == [(item_id, 1)]
    assert requested.order_preview.total == 64  # 24 + 10, plus the t-shirt 20 and its shipping 10

    state = order_state(admin, order_id)
    assert state["items"] == [(MUG, 2), (TSHIRT, 1)]
    assert state["total"] == 64
    exchange = admin.admin.exchange.retrieve(exchange_id).exchange
    assert exchange.return_id == requested.return_.id
    assert [i.quantity for i in exchange.additional_items] == [1]
    listed = admin.admin.exchange.list({"order_id": order_id, "fields": "id,order_id"}).exchanges
    assert [x.id for x in listed] == [exchange_id]


def test_claim_replaces_a_broken_mug(store: Medusa, admin: Medusa, unique: str) -> None:
    order_id, item_id = fulfilled_order(store, admin, f"claim-{unique}@example.com", quantity=2)
    created = admin.admin.claim.create({"order_id": order_id, "type": "replace", "description": unique})
    claim_id = created.claim.id
    assert (created.claim.type, created.claim.order_id, created.claim.order_version) == (
        "replace",
        order_id,
        2,  # the version of the fulfilled order
    )
    # the order answered with it carries the new order change: a claim's, so no return or exchange
    change = created.order.order_change
    assert (change.change_type, change.claim_id, change.return_id, change.exchange_id) == (
        "claim",
        claim_id,
        None,
        None,
    )

    admin.admin.claim.add_inbound_items(
        claim_id, {"items": [{"id": item_id, "quantity": 1}], "location_id": LOCATION}
    )
    claimed = admin.admin.claim.add_items(
        claim_id, {"items": [{"id": item_id, "quantity": 1, "reason": "production_failure"}]}
    )
    assert claimed.order_preview.order_change.claim_id == claim_id
    admin.admin.claim.add_outbound_items(claim_id, {"items": [{"variant_id": MUG, "quantity": 1}]})
    admin.admin.claim.add_outbound_shipping(claim_id, {"shipping_option_id": US_STANDARD, "custom_amount": 0})
    requested = admin.admin.claim.request(claim_id, {})
    assert requested.claim.return_id == requested.return_.id
    assert requested.claim.canceled_at is None

    claim = admin.admin.claim.retrieve(claim_id, query={"fields": "id,type,return_id,*claim_items"}).claim
    assert claim.return_id == requested.return_.id
    assert [(c.item_id, c.quantity, c.reason) for c in claim.claim_items] == [
        (item_id, 1, "production_failure")
    ]
    state = order_state(admin, order_id)
    assert state["items"] == [(MUG, 1), (MUG, 2)]  # the replacement is a new line
    listed = admin.admin.claim.list({"order_id": order_id, "fields": "id,type"}).claims
    assert [(c.id, c.type) for c in listed] == [(claim_id, "replace")]


def test_order_edit_adds_pants_and_a_mug(store: Medusa, admin: Medusa, unique: str) -> None:
    order = place_order(store, f"edit-{unique}@example.com", quantity=2)
    before = order_state(admin, order.id)
    assert (before["total"], before["version"]) == (34, 1)
    item_id = admin.admin.order.retrieve(order.id, query={"fields": "id,*items"}).order.items[0].id

    change = admin.admin.order_edit.initiate_request(
        {"order_id": order.id, "description": unique}
    ).order_change
    assert (change.order_id, change.change_type, change.status, change.version) == (
        order.id,
        "edit",
        "pending",
        2,
    )
    assert (change.return_id, change.exchange_id, change.claim_id) == (None, None, None)

    # order-edit routes take the ORDER id
    preview = admin.admin.order_edit.add_items(
        order.id, {"items": [{"variant_id": PANTS, "quantity": 1}]}
    ).order_preview
    assert preview.total == 79
    assert [(i.variant_id, [a.action for a in i.actions or []]) for i in preview.items] == [
        (MUG, []),
        (PANTS, ["ITEM_ADD"]),
    ]
    [add] = [a for i in preview.items for a in i.actions or []]
    assert (add.reference, add.reference_id) == (None, None)  # an edit's actions have no reference
    updated = admin.admin.order_edit.update_original_item(order.id, item_id, {"quantity": 3})
    assert updated.order_preview.total == 91
    admin.admin.order_edit.request(order.id)  # the body is optional
    confirmed = admin.admin.order_edit.confirm(order.id)
    assert confirmed.order_preview.total == 91

    after = order_state(admin, order.id)
    assert (after["total"], after["version"], after["items"]) == (91, 2, [(MUG, 3), (PANTS, 1)])
    assert after["summary"].pending_difference == 91  # authorized, never captured: paid_total is 0
    changes = admin.admin.order.list_changes(order.id, {"fields": "id,change_type,status"})
    assert [(c.change_type, c.status) for c in changes.order_changes] == [("edit", "confirmed")]


def test_draft_order_converted_to_an_order(admin: Medusa, unique: str) -> None:
    email = f"draft-{unique}@example.com"
    draft = admin.admin.draft_order.create(
        {
            "email": email,
            "region_id": US_REGION,
            "sales_channel_id": "sc_harness_default",
            "items": [{"variant_id": MUG, "quantity": 2}],
            "shipping_address": ADDRESS,
            "billing_address": ADDRESS,
            "shipping_methods": [{"name": "Standard", "shipping_option_id": US_STANDARD, "amount": 10}],
        }
    ).draft_order
    assert (draft.status, draft.email, draft.region_id, draft.total) == ("draft", email, US_REGION, 34)
    assert [(i.variant_id, i.quantity, i.unit_price) for i in draft.items] == [(MUG, 2, 12)]
    assert draft.id in [d.id for d in admin.admin.draft_order.list({"q": email, "fields": "id"}).draft_orders]

    order = admin.admin.draft_order.convert_to_order(draft.id).order
    assert (order.id, order.status, order.total) == (draft.id, "pending", 34)  # the same id
    seen = admin.admin.order.retrieve(
        draft.id, query={"fields": "id,status,is_draft_order,+email,payment_status"}
    )
    assert (seen.order.status, seen.order.email, seen.order.payment_status) == ("pending", email, "not_paid")
    assert seen.order.is_draft_order is False
    assert draft.id not in [
        d.id for d in admin.admin.draft_order.list({"q": email, "fields": "id"}).draft_orders
    ]


# --- default fields: answers that did not fit the models before docs/server-vs-types-v2.md ---


def test_model_return_with_default_fields(store: Medusa, admin: Medusa, unique: str) -> None:
    order = place_order(store, f"m-return-{unique}@example.com", quantity=1)
    begun = admin.admin.return_.initiate_request({"order_id": order.id}).return_
    assert (begun.status, begun.requested_at, begun.received_at, begun.canceled_at) == (
        "open",
        None,
        None,
        None,
    )


def test_model_exchange_with_default_fields(store: Medusa, admin: Medusa, unique: str) -> None:
    order = place_order(store, f"m-exchange-{unique}@example.com", quantity=1)
    exchange = admin.admin.exchange.create({"order_id": order.id}).exchange
    assert (exchange.order_id, exchange.order_version, exchange.canceled_at) == (order.id, 1, None)


def test_model_order_edit_preview(store: Medusa, admin: Medusa, unique: str) -> None:
    order = place_order(store, f"m-edit-{unique}@example.com", quantity=1)
    admin.admin.order_edit.initiate_request({"order_id": order.id})
    preview = admin.admin.order_edit.add_items(order.id, {"items": [{"variant_id": MUG, "quantity": 1}]})
    assert preview.order_preview.total == 34
    # the order change's order is the order module's raw entity: summary rows, order-item rows
    raw = preview.order_preview.order_change.order
    assert [row["totals"]["current_order_total"] for row in raw["summary"]] == [22]
    assert [(row["item"]["variant_id"], row["quantity"]) for row in raw["items"]] == [(MUG, 1)]
