"""Routes of 2.21.2 that js-sdk lacks or mistypes, as the table has them (flag ``added`` or a fixed result)."""

from __future__ import annotations

from medusa_client.v2 import Medusa

from .helpers import LOCATION, US_EXPRESS, place_order


def test_cancelling_a_return_request_answers_a_typed_deletion(
    admin: Medusa, store: Medusa, unique: str
) -> None:
    order = place_order(store, f"return-cancel-{unique}@example.com", quantity=1)
    begun = admin.admin.return_.initiate_request({"order_id": order.id, "location_id": LOCATION}).return_
    cancelled = admin.admin.return_.cancel_request(begun.id)
    assert (cancelled.id, cancelled.object, cancelled.deleted) == (begun.id, "return", True)
    assert cancelled.additional_properties == {}


def test_an_order_edit_adds_and_removes_a_shipping_method(admin: Medusa, store: Medusa, unique: str) -> None:
    order = place_order(store, f"edit-shipping-{unique}@example.com", quantity=1)
    admin.admin.order_edit.initiate_request({"order_id": order.id})
    added = admin.admin.order_edit.add_shipping_method(
        order.id, {"shipping_option_id": US_EXPRESS, "custom_amount": 5}
    ).order_preview
    new = [m for m in added.shipping_methods if m.shipping_option_id == US_EXPRESS and m.amount == 5]
    assert len(new) == 1
    # the preview lists the edit's actions on what they change
    action = next(a for a in new[0].actions if a.action == "SHIPPING_ADD")
    changed = admin.admin.order_edit.update_shipping_method(order.id, action.id, {"custom_amount": 7})
    assert [
        m.amount for m in changed.order_preview.shipping_methods if m.shipping_option_id == US_EXPRESS
    ] == [7]
    removed = admin.admin.order_edit.remove_shipping_method(order.id, action.id).order_preview
    assert all(m.shipping_option_id != US_EXPRESS for m in removed.shipping_methods)
    admin.admin.order_edit.cancel_request(order.id)
