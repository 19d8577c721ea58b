"""Order flows on a real Medusa v1 server: handling, returns, swaps, claims, drafts, edits, reservations."""

from __future__ import annotations

import datetime as dt
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Iterator, List, Tuple

import pytest

from medusa_client import InvalidDataError, Medusa, NotAllowedError, NotFoundError
from medusa_client.models import (
    AdminDraftOrdersDeleteRes,
    AdminDraftOrdersListRes,
    AdminDraftOrdersRes,
    AdminNotesDeleteRes,
    AdminNotesListRes,
    AdminNotesRes,
    AdminNotificationsListRes,
    AdminOrderEditDeleteRes,
    AdminOrderEditItemChangeDeleteRes,
    AdminOrderEditsListRes,
    AdminOrderEditsRes,
    AdminOrdersListRes,
    AdminOrdersRes,
    AdminPaymentCollectionsRes,
    AdminPaymentRes,
    AdminPostDraftOrdersDraftOrderRegisterPaymentRes,
    AdminPostOrdersOrderClaimsReq,
    AdminPostOrdersOrderClaimsReqAdditionalItemsItem,
    AdminPostOrdersOrderClaimsReqClaimItemsItem,
    AdminPostOrdersOrderClaimsReqShippingMethodsItem,
    AdminPostOrdersOrderReturnsReq,
    AdminPostOrdersOrderReturnsReqItemsItem,
    AdminPostOrdersOrderReturnsReqReturnShipping,
    AdminPostOrdersOrderSwapsReq,
    AdminPostOrdersOrderSwapsReqAdditionalItemsItem,
    AdminPostOrdersOrderSwapsReqCustomShippingOptionsItem,
    AdminPostOrdersOrderSwapsReqReturnItemsItem,
    AdminRefundRes,
    AdminReservationsDeleteRes,
    AdminReservationsListRes,
    AdminReservationsRes,
    AdminReturnsCancelRes,
    AdminReturnsListRes,
    AdminReturnsRes,
    AdminSwapsListRes,
    AdminSwapsRes,
    Cart,
    ClaimOrder,
    DraftOrder,
    ExtendedReservationItem,
    Fulfillment,
    LineItem,
    Note,
    Notification,
    Order,
    OrderEdit,
    Payment,
    PaymentCollection,
    Refund,
    ReservationItemDTO,
    Return,
    StoreOrderEditsRes,
    Swap,
    TrackingLink,
)

from .conftest import API_TOKEN, BASE_URL
from .helpers import ADDRESS, MUG, TSHIRT_M_BLACK, US_REGION, US_RETURN, US_STANDARD, place_order

WAREHOUSE = "sloc_harness_warehouse"
TSHIRT_S_BLACK = "variant_harness_tshirt_s_black"
PANTS_M = "variant_harness_pants_m"


# Every test works on orders of its own. Placing an order takes seven store calls, so the orders of the
# whole file are placed (and, where a test starts from a fulfilled order, captured and fulfilled from the
# warehouse) on a few threads as soon as the first test asks for one; each test then waits for its own.
# key: (variant, quantity, fulfilled); the mug's stock is not managed, so those orders use up no inventory.
ORDERS: Dict[str, Tuple[str, int, bool]] = {
    "handling-a": (TSHIRT_M_BLACK, 2, False),
    "handling-b": (TSHIRT_M_BLACK, 2, False),
    "shipping-method": (MUG, 1, False),
    "cancel-fulfillment": (TSHIRT_M_BLACK, 2, False),
    "return": (TSHIRT_M_BLACK, 2, True),
    "swap": (TSHIRT_M_BLACK, 2, True),
    "swap-cancel": (TSHIRT_M_BLACK, 2, True),
    "swap-idempotency": (MUG, 2, True),
    "claims": (TSHIRT_M_BLACK, 3, True),
    "edit": (TSHIRT_M_BLACK, 2, False),
    "edits": (TSHIRT_M_BLACK, 2, False),
    "notes": (MUG, 1, False),
    "reservations": (TSHIRT_M_BLACK, 2, False),
    "reserve-line-item": (TSHIRT_M_BLACK, 1, False),
}


class OrderPool:
    """The orders of :data:`ORDERS`, placed through the store API in the background."""

    def __init__(self, admin: Medusa, store: Medusa) -> None:
        self.token = uuid.uuid4().hex[:10]
        self._admin, self._store = admin, store
        self._threads = ThreadPoolExecutor(max_workers=4)
        self._orders = {key: self._threads.submit(self._prepare, key, *spec) for key, spec in ORDERS.items()}

    def email(self, key: str) -> str:
        return f"{self.token}-{key}@example.com"

    def take(self, key: str) -> Order:
        return self._orders[key].result()

    def close(self) -> None:
        self._threads.shutdown(wait=True, cancel_futures=True)

    def _prepare(self, key: str, variant_id: str, quantity: int, fulfilled: bool) -> Order:
        order, _ = place_order(self._store, self.email(key), variant_id, quantity)
        if not fulfilled:
            return order
        [item] = order.items
        orders = self._admin.admin.orders
        orders.capture_payment(order.id)
        done = orders.create_fulfillment(
            order.id, {"items": [{"item_id": item.id, "quantity": quantity}], "location_id": WAREHOUSE}
        ).order
        assert done.fulfillment_status == "fulfilled"
        return done


@pytest.fixture(scope="module")
def orders() -> Iterator[OrderPool]:
    with Medusa(base_url=BASE_URL, api_key=API_TOKEN) as admin, Medusa(base_url=BASE_URL) as store:
        pool = OrderPool(admin, store)
        try:
            yield pool
        finally:
            pool.close()


def tracking_numbers(fulfillment: Fulfillment) -> List[str]:
    links = fulfillment.tracking_links
    assert isinstance(links, list) and all(isinstance(link, TrackingLink) for link in links)
    return sorted(link.tracking_number for link in links)


# ------------------------------------------------------------------------------------------ 1. admin orders


def test_order_is_listed_captured_fulfilled_shipped_refunded_completed_archived(
    admin: Medusa, orders: OrderPool
) -> None:
    order, other = orders.take("handling-a"), orders.take("handling-b")
    [item] = order.items

    prefix = f"{orders.token}-handling"
    page = admin.admin.orders.list({"q": prefix, "limit": 1})
    assert isinstance(page, AdminOrdersListRes) and (page.count, page.limit, len(page.orders)) == (2, 1, 1)
    walked = [o.email for o in page.auto_paging_iter()]
    assert sorted(walked) == [orders.email("handling-a"), orders.email("handling-b")]
    assert all(isinstance(o, Order) for o in page.orders)
    by_email = admin.admin.orders.list({"email": orders.email("handling-a")})
    assert [o.id for o in by_email.orders] == [order.id]

    fetched = admin.admin.orders.retrieve(order.id)
    assert isinstance(fetched, AdminOrdersRes)
    assert (fetched.order.status, fetched.order.payment_status, fetched.order.fulfillment_status) == (
        "pending",
        "awaiting",
        "not_fulfilled",
    )
    assert fetched.order.total == 5000 and isinstance(fetched.order.items[0], LineItem)
    assert [(p.amount, p.provider_id) for p in fetched.order.payments] == [(5000, "manual")]
    assert all(isinstance(p, Payment) for p in fetched.order.payments)

    updated = admin.admin.orders.update(
        order.id, {"shipping_address": {**ADDRESS, "address_1": "2 Side St"}, "no_notification": True}
    ).order
    assert updated.shipping_address.address_1 == "2 Side St" and updated.no_notification is True

    with pytest.raises(NotAllowedError, match="Can't archive an unprocessed order"):
        admin.admin.orders.archive(order.id)

    captured = admin.admin.orders.capture_payment(order.id).order
    assert (captured.payment_status, captured.paid_total) == ("captured", 5000)
    assert isinstance(captured.payments[0].captured_at, dt.datetime)

    fulfilled = admin.admin.orders.create_fulfillment(
        order.id, {"items": [{"item_id": item.id, "quantity": 2}], "location_id": WAREHOUSE}
    ).order
    assert fulfilled.fulfillment_status == "fulfilled"
    [fulfillment] = fulfilled.fulfillments
    assert isinstance(fulfillment, Fulfillment) and fulfillment.location_id == WAREHOUSE
    assert [(i.item_id, i.quantity) for i in fulfillment.items] == [(item.id, 2)]
    assert fulfillment.shipped_at is None

    shipped = admin.admin.orders.create_shipment(
        order.id, {"fulfillment_id": fulfillment.id, "tracking_numbers": ["TRK-1", "TRK-2"]}
    ).order
    assert shipped.fulfillment_status == "shipped"
    [shipped_fulfillment] = shipped.fulfillments
    assert isinstance(shipped_fulfillment.shipped_at, dt.datetime)
    # v1 keeps the numbers as tracking links; the legacy tracking_numbers column stays empty.
    assert tracking_numbers(shipped_fulfillment) == ["TRK-1", "TRK-2"]
    assert shipped_fulfillment.tracking_numbers == []

    refunded = admin.admin.orders.refund_payment(
        order.id, {"amount": 500, "reason": "discount", "note": "late delivery"}
    ).order
    assert (refunded.refunded_total, refunded.payment_status) == (500, "partially_refunded")
    [refund] = refunded.refunds
    assert isinstance(refund, Refund) and (refund.amount, refund.reason, refund.note) == (
        500,
        "discount",
        "late delivery",
    )

    completed = admin.admin.orders.complete(order.id).order
    assert completed.status == "completed"
    archived = admin.admin.orders.archive(order.id).order
    assert archived.status == "archived"
    assert admin.admin.orders.list({"q": prefix, "status": ["archived"]}).count == 1

    canceled = admin.admin.orders.cancel(other.id).order
    assert (canceled.status, canceled.payment_status, canceled.fulfillment_status) == (
        "canceled",
        "canceled",
        "canceled",
    )
    assert isinstance(canceled.canceled_at, dt.datetime)
    with pytest.raises(NotAllowedError, match="A shipping method cannot be added to a canceled order"):
        admin.admin.orders.add_shipping_method(other.id, {"option_id": US_STANDARD, "price": 0})


def test_add_shipping_method_for_another_profile(admin: Medusa, orders: OrderPool, unique: str) -> None:
    profile = admin.admin.shipping_profiles.create({"name": f"bulky-{unique}", "type": "custom"})
    option = admin.admin.shipping_options.create(
        {
            "name": f"Freight {unique}",
            "region_id": US_REGION,
            "provider_id": "manual",
            "profile_id": profile.shipping_profile.id,
            "data": {},
            "price_type": "flat_rate",
            "amount": 3000,
            "admin_only": True,
        }
    ).shipping_option
    order = orders.take("shipping-method")

    added = admin.admin.orders.add_shipping_method(order.id, {"option_id": option.id, "price": 2500}).order
    assert sorted((m.shipping_option_id, m.price) for m in added.shipping_methods) == sorted(
        [(US_STANDARD, 1000), (option.id, 2500)]
    )
    assert (added.shipping_total, added.total) == (3500, 1200 + 3500)

    # Replacing the method of the same profile makes 1.20.11 delete a shipping method that still has tax
    # lines: a foreign-key error the server answers as 404 with the message "null"; nothing changes.
    with pytest.raises(NotFoundError) as caught:
        admin.admin.orders.add_shipping_method(
            order.id, {"option_id": "so_harness_us_express", "price": 2500}
        )
    assert caught.value.message == "null"
    again = admin.admin.orders.retrieve(order.id).order
    assert sorted(m.shipping_option_id for m in again.shipping_methods) == sorted([US_STANDARD, option.id])


def test_cancel_fulfillment_then_cancel_order(admin: Medusa, orders: OrderPool) -> None:
    order = orders.take("cancel-fulfillment")
    [item] = order.items
    partly = admin.admin.orders.create_fulfillment(
        order.id, {"items": [{"item_id": item.id, "quantity": 1}], "location_id": WAREHOUSE}
    ).order
    assert partly.fulfillment_status == "partially_fulfilled"
    [fulfillment] = partly.fulfillments

    with pytest.raises(NotAllowedError, match="All fulfillments must be canceled before canceling an order"):
        admin.admin.orders.cancel(order.id)

    undone = admin.admin.orders.cancel_fulfillment(order.id, fulfillment.id).order
    assert undone.fulfillment_status == "canceled"
    assert isinstance(undone.fulfillments[0].canceled_at, dt.datetime)
    canceled = admin.admin.orders.cancel(order.id).order
    assert canceled.status == "canceled"


# ------------------------------------------------------------------------------------------------ 2. returns


def test_return_requested_received_and_another_canceled(admin: Medusa, orders: OrderPool) -> None:
    order = orders.take("return")
    [item] = order.items

    requested = admin.admin.orders.request_return(
        order.id,
        AdminPostOrdersOrderReturnsReq(
            items=[AdminPostOrdersOrderReturnsReqItemsItem(item_id=item.id, quantity=1, note="too small")],
            return_shipping=AdminPostOrdersOrderReturnsReqReturnShipping(option_id=US_RETURN, price=500),
            location_id=WAREHOUSE,
        ),
    ).order
    [ret] = requested.returns
    assert isinstance(ret, Return) and (ret.status, ret.refund_amount) == ("requested", 1500)
    assert [(i.item_id, i.quantity, i.note) for i in ret.items] == [(item.id, 1, "too small")]
    assert (ret.shipping_method.shipping_option_id, ret.shipping_method.price) == (US_RETURN, 500)

    listed = admin.admin.returns.list({"limit": 10})
    assert isinstance(listed, AdminReturnsListRes)
    listed_return = next(r for r in listed.auto_paging_iter() if r.id == ret.id)
    assert isinstance(listed_return, Return) and (listed_return.order_id, listed_return.status) == (
        order.id,
        "requested",
    )

    received = admin.admin.returns.receive(ret.id, {"items": [{"item_id": item.id, "quantity": 1}]})
    assert isinstance(received, AdminReturnsRes)
    assert received.return_.status == "received" and isinstance(received.return_.received_at, dt.datetime)
    assert [i.received_quantity for i in received.return_.items] == [1]
    after = admin.admin.orders.retrieve(order.id).order
    assert (after.fulfillment_status, after.refunded_total) == ("partially_returned", 1500)

    second = admin.admin.orders.request_return(order.id, {"items": [{"item_id": item.id, "quantity": 1}]})
    [pending] = [r for r in second.order.returns if r.status == "requested"]
    canceled = admin.admin.returns.cancel(pending.id)
    assert isinstance(canceled, AdminReturnsCancelRes) and canceled.order.id == order.id
    assert sorted(r.status for r in canceled.order.returns) == ["canceled", "received"]
    with pytest.raises(NotAllowedError, match="Cannot receive a canceled return"):
        admin.admin.returns.receive(pending.id, {"items": [{"item_id": item.id, "quantity": 1}]})


# --------------------------------------------------------------------------------------- 3. swaps and claims


def swap_payload(item_id: str) -> AdminPostOrdersOrderSwapsReq:
    return AdminPostOrdersOrderSwapsReq(
        return_items=[AdminPostOrdersOrderSwapsReqReturnItemsItem(item_id=item_id, quantity=1)],
        additional_items=[
            AdminPostOrdersOrderSwapsReqAdditionalItemsItem(variant_id=TSHIRT_S_BLACK, quantity=1)
        ],
        custom_shipping_options=[
            AdminPostOrdersOrderSwapsReqCustomShippingOptionsItem(option_id=US_STANDARD, price=0)
        ],
        return_location_id=WAREHOUSE,
    )


def test_swap_confirmed_fulfilled_shipped_and_paid(
    admin: Medusa, anonymous: Medusa, orders: OrderPool
) -> None:
    order = orders.take("swap")
    [item] = order.items

    created = admin.admin.orders.create_swap(order.id, swap_payload(item.id)).order
    [swap] = created.swaps
    assert isinstance(swap, Swap) and (swap.fulfillment_status, swap.payment_status) == (
        "not_fulfilled",
        "not_paid",
    )
    assert [(i.variant_id, i.quantity) for i in swap.additional_items] == [(TSHIRT_S_BLACK, 1)]
    assert isinstance(swap.return_order, Return) and swap.return_order.status == "requested"

    fetched = admin.admin.swaps.retrieve(swap.id)
    assert isinstance(fetched, AdminSwapsRes) and fetched.swap.order_id == order.id
    assert isinstance(fetched.swap.cart, Cart) and fetched.swap.cart.type == "swap"
    listed = admin.admin.swaps.list({"limit": 5})
    assert isinstance(listed, AdminSwapsListRes)
    listed_swap = next(s for s in listed.auto_paging_iter() if s.id == swap.id)
    assert isinstance(listed_swap, Swap) and listed_swap.order_id == order.id

    with pytest.raises(NotAllowedError, match="hasn't been confirmed by the customer"):
        admin.admin.orders.process_swap_payment(order.id, swap.id)
    with pytest.raises(NotAllowedError, match="doesn't have shipping methods"):
        admin.admin.orders.fulfill_swap(order.id, swap.id, {"location_id": WAREHOUSE})

    # The customer confirms the swap by completing its cart (same price, free shipping: nothing to pay).
    anonymous.carts.add_shipping_method(swap.cart_id, {"option_id": US_STANDARD})
    anonymous.carts.create_payment_sessions(swap.cart_id)
    done = anonymous.carts.complete(swap.cart_id)
    assert done.type == "swap" and isinstance(done.data, Swap)
    confirmed = admin.admin.swaps.retrieve(swap.id).swap
    assert (confirmed.payment_status, confirmed.difference_due) == ("confirmed", 0)

    fulfilled = admin.admin.orders.fulfill_swap(order.id, swap.id, {"location_id": WAREHOUSE}).order
    [swap_now] = fulfilled.swaps
    assert swap_now.fulfillment_status == "fulfilled"
    [fulfillment] = swap_now.fulfillments
    assert isinstance(fulfillment, Fulfillment) and fulfillment.swap_id == swap.id

    shipped = admin.admin.orders.create_swap_shipment(
        order.id, swap.id, {"fulfillment_id": fulfillment.id, "tracking_numbers": ["SWP-1"]}
    ).order
    assert shipped.swaps[0].fulfillment_status == "shipped"
    assert tracking_numbers(shipped.swaps[0].fulfillments[0]) == ["SWP-1"]

    paid = admin.admin.orders.process_swap_payment(order.id, swap.id).order
    assert paid.swaps[0].payment_status == "difference_refunded"


def test_swap_fulfillment_canceled_then_swap_canceled(
    admin: Medusa, anonymous: Medusa, orders: OrderPool
) -> None:
    order = orders.take("swap-cancel")
    swap = admin.admin.orders.create_swap(order.id, swap_payload(order.items[0].id)).order.swaps[0]
    anonymous.carts.add_shipping_method(swap.cart_id, {"option_id": US_STANDARD})
    anonymous.carts.create_payment_sessions(swap.cart_id)
    anonymous.carts.complete(swap.cart_id)
    fulfilled = admin.admin.orders.fulfill_swap(order.id, swap.id, {"location_id": WAREHOUSE}).order
    fulfillment_id = fulfilled.swaps[0].fulfillments[0].id

    undone = admin.admin.orders.cancel_swap_fulfillment(order.id, swap.id, fulfillment_id).order
    assert undone.swaps[0].fulfillment_status == "canceled"
    with pytest.raises(NotAllowedError, match="Return must be canceled before the swap can be canceled"):
        admin.admin.orders.cancel_swap(order.id, swap.id)
    returned = admin.admin.returns.cancel(swap.return_order.id)
    assert isinstance(returned, AdminReturnsCancelRes) and returned.order.id == order.id
    assert admin.admin.swaps.retrieve(swap.id).swap.return_order.status == "canceled"
    canceled = admin.admin.orders.cancel_swap(order.id, swap.id).order
    [swap_now] = canceled.swaps
    assert (swap_now.fulfillment_status, swap_now.payment_status) == ("canceled", "canceled")
    assert isinstance(swap_now.canceled_at, dt.datetime)


def test_swap_idempotency_key_replays_only_the_key_the_server_issued(
    admin: Medusa, orders: OrderPool
) -> None:
    order = orders.take("swap-idempotency")
    payload = swap_payload(order.items[0].id)

    first = admin.admin.orders.create_swap(order.id, payload)
    client_key = first.response.request.headers["Idempotency-Key"]
    server_key = first.response.headers["Idempotency-Key"]
    [swap] = first.order.swaps
    assert swap.idempotency_key == server_key

    # Replaying the key the server answered with is safe: the same swap, still one on the order.
    replay = admin.admin.orders.create_swap(order.id, payload, custom_headers={"Idempotency-Key": server_key})
    assert replay.response.headers["Idempotency-Key"] == server_key
    assert [s.id for s in replay.order.swaps] == [swap.id]
    again = admin.admin.orders.create_swap(order.id, payload, custom_headers={"Idempotency-Key": server_key})
    assert [s.id for s in again.order.swaps] == [swap.id]

    # Medusa 1.20.11 stores a fresh key when it does not know the one sent (IdempotencyKeyService
    # .initializeRequest), so re-sending the client's own key, as a retry does, creates a second swap.
    assert client_key != server_key
    repeat = admin.admin.orders.create_swap(order.id, payload, custom_headers={"Idempotency-Key": client_key})
    assert repeat.response.headers["Idempotency-Key"] not in (client_key, server_key)
    assert len(repeat.order.swaps) == 2


def test_claims_replace_refund_and_cancel(admin: Medusa, orders: OrderPool, unique: str) -> None:
    order = orders.take("claims")
    [item] = order.items

    replace = admin.admin.orders.create_claim(
        order.id,
        AdminPostOrdersOrderClaimsReq(
            type="replace",
            claim_items=[
                AdminPostOrdersOrderClaimsReqClaimItemsItem(
                    item_id=item.id, quantity=1, reason="production_failure", note="torn", tags=["seam"]
                )
            ],
            additional_items=[
                AdminPostOrdersOrderClaimsReqAdditionalItemsItem(variant_id=TSHIRT_S_BLACK, quantity=1)
            ],
            shipping_methods=[
                AdminPostOrdersOrderClaimsReqShippingMethodsItem(option_id=US_STANDARD, price=0)
            ],
            return_location_id=WAREHOUSE,
        ),
    ).order
    [claim] = replace.claims
    assert isinstance(claim, ClaimOrder)
    assert (claim.type, claim.payment_status, claim.fulfillment_status) == ("replace", "na", "not_fulfilled")
    [claim_item] = claim.claim_items
    assert (claim_item.reason, claim_item.quantity, claim_item.note) == ("production_failure", 1, "torn")
    assert [(i.variant_id, i.quantity) for i in claim.additional_items] == [(TSHIRT_S_BLACK, 1)]

    updated = admin.admin.orders.update_claim(
        order.id,
        claim.id,
        {
            "metadata": {"ticket": unique},
            "claim_items": [{"id": claim_item.id, "note": "very torn", "tags": [], "images": []}],
        },
    ).order
    assert updated.claims[0].metadata == {"ticket": unique}
    assert updated.claims[0].claim_items[0].note == "very torn"

    fulfilled = admin.admin.orders.fulfill_claim(order.id, claim.id, {"location_id": WAREHOUSE}).order
    [claim_now] = fulfilled.claims
    assert claim_now.fulfillment_status == "fulfilled"
    [fulfillment] = claim_now.fulfillments
    assert isinstance(fulfillment, Fulfillment) and fulfillment.claim_order_id == claim.id
    shipped = admin.admin.orders.create_claim_shipment(
        order.id, claim.id, {"fulfillment_id": fulfillment.id, "tracking_numbers": ["CLM-1"]}
    ).order
    assert shipped.claims[0].fulfillment_status == "shipped"
    assert tracking_numbers(shipped.claims[0].fulfillments[0]) == ["CLM-1"]

    refund = admin.admin.orders.create_claim(
        order.id,
        {
            "type": "refund",
            "claim_items": [{"item_id": item.id, "quantity": 1, "reason": "missing_item"}],
            "refund_amount": 300,
        },
    ).order
    [refund_claim] = [c for c in refund.claims if c.type == "refund"]
    assert (refund_claim.payment_status, refund_claim.refund_amount) == ("refunded", 300)
    assert refund.refunded_total == 300
    with pytest.raises(NotAllowedError, match="Claim with a refund cannot be canceled"):
        admin.admin.orders.cancel_claim(order.id, refund_claim.id)

    third = admin.admin.orders.create_claim(
        order.id,
        {
            "type": "replace",
            "claim_items": [{"item_id": item.id, "quantity": 1, "reason": "wrong_item"}],
            "additional_items": [{"variant_id": TSHIRT_S_BLACK, "quantity": 1}],
            "shipping_methods": [{"option_id": US_STANDARD, "price": 0}],
        },
    ).order
    [to_cancel] = [c for c in third.claims if c.id not in (claim.id, refund_claim.id)]
    fulfilled = admin.admin.orders.fulfill_claim(order.id, to_cancel.id, {"location_id": WAREHOUSE}).order
    [claim_fulfillment] = next(c for c in fulfilled.claims if c.id == to_cancel.id).fulfillments
    undone = admin.admin.orders.cancel_claim_fulfillment(order.id, to_cancel.id, claim_fulfillment.id).order
    [undone_claim] = [c for c in undone.claims if c.id == to_cancel.id]
    assert undone_claim.fulfillment_status == "canceled"
    canceled = admin.admin.orders.cancel_claim(order.id, to_cancel.id).order
    [canceled_claim] = [c for c in canceled.claims if c.id == to_cancel.id]
    assert isinstance(canceled_claim.canceled_at, dt.datetime)
    assert len(canceled.claims) == 3


# ------------------------------------------------------------------------------------------ 4. draft orders


def test_draft_order_edited_and_marked_paid(admin: Medusa, unique: str) -> None:
    created = admin.admin.draft_orders.create(
        {
            "email": f"draft-{unique}@example.com",
            "region_id": US_REGION,
            "items": [{"variant_id": TSHIRT_M_BLACK, "quantity": 1}],
            "shipping_methods": [{"option_id": US_STANDARD}],
            "shipping_address": ADDRESS,
        }
    )
    assert isinstance(created, AdminDraftOrdersRes)
    draft = created.draft_order
    assert isinstance(draft, DraftOrder) and draft.status == "open" and isinstance(draft.display_id, int)
    assert isinstance(draft.cart, Cart) and draft.cart.id == draft.cart_id
    assert (draft.cart.subtotal, draft.cart.shipping_total, draft.cart.total) == (2000, 1000, 3000)

    with_pants = admin.admin.draft_orders.add_line_item(draft.id, {"variant_id": PANTS_M, "quantity": 2})
    [pants] = [i for i in with_pants.draft_order.cart.items if i.variant_id == PANTS_M]
    # Changing the cart's items drops its shipping methods (v1 cart behaviour), so no shipping is charged.
    assert (with_pants.draft_order.cart.shipping_methods, with_pants.draft_order.cart.shipping_total) == (
        [],
        0,
    )
    custom = admin.admin.draft_orders.add_line_item(
        draft.id, {"title": f"Gift wrap {unique}", "unit_price": 300, "quantity": 1}
    ).draft_order.cart
    [wrap] = [i for i in custom.items if i.variant_id is None]
    assert (wrap.title, wrap.unit_price, custom.subtotal) == (f"Gift wrap {unique}", 300, 2000 + 9000 + 300)

    more = admin.admin.draft_orders.update_line_item(draft.id, pants.id, {"quantity": 3}).draft_order.cart
    assert sorted((i.variant_id or "", i.quantity) for i in more.items) == [
        ("", 1),
        (PANTS_M, 3),
        (TSHIRT_M_BLACK, 1),
    ]
    removed = admin.admin.draft_orders.remove_line_item(draft.id, wrap.id)
    assert isinstance(removed, AdminDraftOrdersRes)
    assert sorted(i.variant_id for i in removed.draft_order.cart.items) == [PANTS_M, TSHIRT_M_BLACK]
    assert removed.draft_order.cart.total == 2000 + 13500

    admin.admin.draft_orders.update(
        draft.id, {"email": f"paid-{unique}@example.com", "no_notification_order": True}
    )
    fetched = admin.admin.draft_orders.retrieve(draft.id).draft_order
    assert fetched.no_notification_order is True and fetched.cart.email == f"paid-{unique}@example.com"
    listed = admin.admin.draft_orders.list({"q": f"paid-{unique}"})
    assert isinstance(listed, AdminDraftOrdersListRes) and [d.id for d in listed.draft_orders] == [draft.id]

    paid = admin.admin.draft_orders.mark_paid(draft.id)
    assert isinstance(paid, AdminPostDraftOrdersDraftOrderRegisterPaymentRes)
    order = paid.order
    assert (order.status, order.payment_status, order.draft_order_id) == ("pending", "captured", draft.id)
    assert (order.email, order.total, order.no_notification) == (f"paid-{unique}@example.com", 15500, True)
    assert [p.amount for p in order.payments] == [15500]
    closed = admin.admin.draft_orders.retrieve(draft.id).draft_order
    assert (closed.status, closed.order_id) == ("completed", order.id)
    assert isinstance(closed.order, Order) and closed.order.id == order.id


def test_draft_order_deleted(admin: Medusa, unique: str) -> None:
    draft = admin.admin.draft_orders.create(
        {
            "email": f"gone-{unique}@example.com",
            "region_id": US_REGION,
            "items": [{"variant_id": MUG, "quantity": 1}],
            "shipping_methods": [{"option_id": US_STANDARD}],
        }
    ).draft_order
    deleted = admin.admin.draft_orders.delete(draft.id)
    assert isinstance(deleted, AdminDraftOrdersDeleteRes)
    assert (deleted.id, deleted.object, deleted.deleted) == (draft.id, "draft-order", True)
    with pytest.raises(NotFoundError):
        admin.admin.draft_orders.retrieve(draft.id)
    assert admin.admin.draft_orders.list({"q": f"gone-{unique}"}).count == 0


# ------------------------------------------------------------------------------------------- 5. order edits


def test_order_edit_requested_paid_and_completed_by_the_customer(
    admin: Medusa, anonymous: Medusa, orders: OrderPool, unique: str
) -> None:
    order = orders.take("edit")
    created = admin.admin.order_edits.create({"order_id": order.id, "internal_note": "call first"})
    assert isinstance(created, AdminOrderEditsRes)
    edit = created.order_edit
    assert isinstance(edit, OrderEdit) and (edit.status, edit.internal_note) == ("created", "call first")
    [original] = edit.items
    assert original.original_item_id == order.items[0].id and original.quantity == 2

    added = admin.admin.order_edits.add_line_item(edit.id, {"variant_id": PANTS_M, "quantity": 1}).order_edit
    [add_change] = added.changes
    assert add_change.type == "item_add" and added.difference_due == 4500
    dropped = admin.admin.order_edits.delete_item_change(edit.id, add_change.id)
    assert isinstance(dropped, AdminOrderEditItemChangeDeleteRes)
    assert (dropped.id, dropped.object, dropped.deleted) == (add_change.id, "item_change", True)
    undone = admin.admin.order_edits.retrieve(edit.id).order_edit
    assert (undone.changes, undone.difference_due, [i.id for i in undone.items]) == ([], 0, [original.id])

    again = admin.admin.order_edits.add_line_item(edit.id, {"variant_id": PANTS_M, "quantity": 1}).order_edit
    [pants] = [i for i in again.items if i.variant_id == PANTS_M]
    more = admin.admin.order_edits.update_line_item(edit.id, pants.id, {"quantity": 2}).order_edit
    assert more.difference_due == 9000
    removed = admin.admin.order_edits.remove_line_item(edit.id, original.id).order_edit
    assert sorted((c.type, c.original_line_item_id) for c in removed.changes) == [
        ("item_add", None),
        ("item_remove", order.items[0].id),
    ]
    assert removed.difference_due == 9000 - 4000
    noted = admin.admin.order_edits.update(edit.id, {"internal_note": "customer agreed"}).order_edit
    assert noted.internal_note == "customer agreed"

    requested = admin.admin.order_edits.request_confirmation(edit.id).order_edit
    assert requested.status == "requested" and isinstance(requested.requested_at, dt.datetime)
    collection_id = requested.payment_collection_id
    assert collection_id

    seen = anonymous.order_edits.retrieve(edit.id)
    assert isinstance(seen, StoreOrderEditsRes)
    assert (seen.order_edit.status, seen.order_edit.difference_due) == ("requested", 5000)
    assert not seen.order_edit.internal_note  # the store view leaves the internal note out
    with pytest.raises(NotAllowedError, match="payment is not authorized"):
        anonymous.order_edits.complete(edit.id)

    collection = admin.admin.payment_collections.retrieve(collection_id)
    assert isinstance(collection, AdminPaymentCollectionsRes)
    assert isinstance(collection.payment_collection, PaymentCollection)
    assert (collection.payment_collection.type, collection.payment_collection.status) == (
        "order_edit",
        "not_paid",
    )
    assert collection.payment_collection.amount == 5000
    described = admin.admin.payment_collections.update(collection_id, {"description": f"edit {unique}"})
    assert described.payment_collection.description == f"edit {unique}"

    session = anonymous.payment_collections.manage_payment_session(collection_id, {"provider_id": "manual"})
    [payment_session] = session.payment_collection.payment_sessions
    authorized = anonymous.payment_collections.authorize_payment_session(collection_id, payment_session.id)
    assert authorized.payment_session.status == "authorized"
    [payment] = admin.admin.payment_collections.retrieve(collection_id).payment_collection.payments
    assert isinstance(payment, Payment) and payment.amount == 5000

    completed = anonymous.order_edits.complete(edit.id).order_edit
    assert completed.status == "confirmed" and isinstance(completed.confirmed_at, dt.datetime)
    after = admin.admin.orders.retrieve(order.id).order
    assert after.total == 10000 and [(i.variant_id, i.quantity) for i in after.items] == [(PANTS_M, 2)]

    fetched = admin.admin.payments.retrieve(payment.id)
    assert isinstance(fetched, AdminPaymentRes) and (fetched.payment.amount, fetched.payment.order_id) == (
        5000,
        order.id,
    )
    captured = admin.admin.payments.capture_payment(payment.id).payment
    assert isinstance(captured.captured_at, dt.datetime)
    refunded = admin.admin.payments.refund_payment(
        payment.id, {"amount": 200, "reason": "other", "note": "n"}
    )
    assert isinstance(refunded, AdminRefundRes) and isinstance(refunded.refund, Refund)
    assert (refunded.refund.amount, refunded.refund.payment_id) == (200, payment.id)


def test_order_edits_canceled_declined_deleted_and_confirmed(
    admin: Medusa, anonymous: Medusa, orders: OrderPool
) -> None:
    order = orders.take("edits")
    edits = admin.admin.order_edits

    first = edits.create({"order_id": order.id}).order_edit
    edits.add_line_item(first.id, {"variant_id": PANTS_M, "quantity": 1})
    collection_id = edits.request_confirmation(first.id).order_edit.payment_collection_id
    canceled = edits.cancel(first.id).order_edit
    assert canceled.status == "canceled" and isinstance(canceled.canceled_at, dt.datetime)
    # The collection stays; the order edit still references it, so deleting it is a foreign-key error
    # (1.20.11 answers 404 "null").
    assert admin.admin.payment_collections.retrieve(collection_id).payment_collection.status == "not_paid"
    with pytest.raises(NotFoundError):
        admin.admin.payment_collections.delete(collection_id)

    second = edits.create({"order_id": order.id}).order_edit
    edits.update_line_item(second.id, second.items[0].id, {"quantity": 1})
    requested = edits.request_confirmation(second.id).order_edit
    assert requested.difference_due == -2000 and requested.payment_collection_id is None
    declined = anonymous.order_edits.decline(second.id, {"declined_reason": "changed my mind"}).order_edit
    assert (declined.status, declined.declined_reason) == ("declined", "changed my mind")

    third = edits.create({"order_id": order.id}).order_edit
    deleted = edits.delete(third.id)
    assert isinstance(deleted, AdminOrderEditDeleteRes)
    assert (deleted.id, deleted.object, deleted.deleted) == (third.id, "order_edit", True)
    with pytest.raises(NotFoundError):
        edits.retrieve(third.id)

    fourth = edits.create({"order_id": order.id}).order_edit
    edits.add_line_item(fourth.id, {"variant_id": MUG, "quantity": 1})
    fourth_collection = edits.request_confirmation(fourth.id).order_edit.payment_collection_id
    marked = admin.admin.payment_collections.mark_as_authorized(fourth_collection).payment_collection
    assert (marked.status, marked.authorized_amount) == ("authorized", 1200)
    confirmed = edits.confirm(fourth.id).order_edit
    assert confirmed.status == "confirmed" and confirmed.confirmed_by == "usr_harness_admin"

    listed = edits.list({"order_id": order.id})
    assert isinstance(listed, AdminOrderEditsListRes) and listed.count == 3
    assert sorted(e.status for e in listed.order_edits) == ["canceled", "confirmed", "declined"]
    assert all(isinstance(e, OrderEdit) for e in listed.auto_paging_iter())
    assert edits.retrieve(fourth.id).order_edit.status == "confirmed"
    with pytest.raises(NotAllowedError, match="Cannot delete order edit with status confirmed"):
        edits.delete(fourth.id)


# ------------------------------------------------------------------------------- 6. notes and notifications


def test_notes_on_an_order(admin: Medusa, orders: OrderPool) -> None:
    order = orders.take("notes")
    created = admin.admin.notes.create({"resource_id": order.id, "resource_type": "order", "value": "first"})
    assert isinstance(created, AdminNotesRes) and isinstance(created.note, Note)
    note = created.note
    assert (note.resource_type, note.resource_id, note.author_id) == ("order", order.id, "usr_harness_admin")
    admin.admin.notes.create({"resource_id": order.id, "resource_type": "order", "value": "second"})

    listed = admin.admin.notes.list({"resource_id": order.id})
    assert isinstance(listed, AdminNotesListRes) and listed.count == 2
    assert sorted(n.value for n in listed.notes) == ["first", "second"]
    assert admin.admin.notes.update(note.id, {"value": "edited"}).note.value == "edited"
    assert admin.admin.notes.retrieve(note.id).note.value == "edited"

    deleted = admin.admin.notes.delete(note.id)
    assert isinstance(deleted, AdminNotesDeleteRes) and (deleted.id, deleted.object, deleted.deleted) == (
        note.id,
        "note",
        True,
    )
    assert [n.value for n in admin.admin.notes.list({"resource_id": order.id}).notes] == ["second"]
    with pytest.raises(NotFoundError):
        admin.admin.notes.retrieve(note.id)


def test_notifications_list_is_typed_and_resend_needs_a_notification(admin: Medusa) -> None:
    page = admin.admin.notifications.list({"resource_type": "order", "limit": 5})
    assert isinstance(page, AdminNotificationsListRes) and (page.limit, page.offset) == (5, 0)
    assert all(isinstance(n, Notification) for n in page.auto_paging_iter())
    # The test server has no notification provider, so no notification is ever stored.
    assert page.count == 0
    with pytest.raises(NotFoundError) as caught:
        admin.admin.notifications.resend("noti_missing", {"to": "someone@example.com"})
    assert caught.value.message == "Notification with id: noti_missing was not found."


# ------------------------------------------------------------------------------------------- 7. reservations


def test_reservations_of_an_order(admin: Medusa, orders: OrderPool, unique: str) -> None:
    order = orders.take("reservations")
    [item] = order.items

    of_order = admin.admin.orders.list_reservations(order.id)
    assert isinstance(of_order, AdminReservationsListRes) and of_order.count == 1
    [reservation] = of_order.reservations
    assert isinstance(reservation, ExtendedReservationItem)
    assert (reservation.line_item_id, reservation.location_id, reservation.quantity) == (
        item.id,
        WAREHOUSE,
        2,
    )
    assert reservation.inventory_item_id == "iitem_harness_tshirt_m_black"

    by_item = admin.admin.reservations.list({"line_item_id": [item.id]})
    assert [r.id for r in by_item.reservations] == [reservation.id]
    fetched = admin.admin.reservations.retrieve(reservation.id)
    assert isinstance(fetched, AdminReservationsRes) and isinstance(fetched.reservation, ReservationItemDTO)
    assert fetched.reservation.quantity == 2

    # 1.20.11 answers an update with `{}`; the change is visible on the next read.
    updated = admin.admin.reservations.update(reservation.id, {"quantity": 1, "description": unique})
    assert not updated.reservation
    again = admin.admin.reservations.retrieve(reservation.id).reservation
    assert (again.quantity, again.description) == (1, unique)

    deleted = admin.admin.reservations.delete(reservation.id)
    assert isinstance(deleted, AdminReservationsDeleteRes)
    assert (deleted.id, deleted.object, deleted.deleted) == (reservation.id, "reservation", True)
    assert admin.admin.orders.list_reservations(order.id).count == 0

    created = admin.admin.reservations.create(
        {
            "line_item_id": item.id,
            "inventory_item_id": "iitem_harness_tshirt_m_black",
            "location_id": WAREHOUSE,
            "quantity": 2,
        }
    ).reservation
    assert (created.line_item_id, created.quantity, created.created_by) == (item.id, 2, "usr_harness_admin")
    assert [r.id for r in admin.admin.orders.list_reservations(order.id).reservations] == [created.id]


def test_create_reservation_for_line_item_cannot_succeed_on_this_server(
    admin: Medusa, orders: OrderPool
) -> None:
    order = orders.take("reserve-line-item")
    [item] = order.items
    # The route's body class has no validators, so every property is rejected...
    with pytest.raises(InvalidDataError) as caught:
        admin.admin.orders.create_reservation_for_line_item(
            order.id, item.id, {"location_id": WAREHOUSE, "quantity": 1}
        )
    assert caught.value.message == "property location_id should not exist, property quantity should not exist"
    # ...and without a location the inventory module finds no stock.
    with pytest.raises(NotFoundError, match="is not stocked at location undefined"):
        admin.admin.orders.create_reservation_for_line_item(order.id, item.id, {})
    assert admin.admin.orders.list_reservations(order.id).count == 1
