"""Bad arguments (empty, blank or non-str ids, wrong payload or query types, unknown options) fail before
any request is sent."""

from __future__ import annotations

import functools
from typing import Any, Optional, Tuple, Type, Union

import pytest
import responses

from medusa_client import Medusa

Error = Union[Type[Exception], Tuple[Type[Exception], ...]]
EITHER = (ValueError, TypeError)


@pytest.mark.parametrize(
    ("resource", "method", "args", "error", "match"),
    [
        # ids: empty, blank, with a line break, not a str
        ("admin.customer_groups", "retrieve", ("",), ValueError, None),
        ("admin.customer_groups", "retrieve", (None,), TypeError, None),
        ("admin.customer_groups", "retrieve", (123,), TypeError, None),
        ("admin.customer_groups", "update", ("", {}), ValueError, None),
        ("admin.customer_groups", "delete", ("  ",), ValueError, None),
        ("admin.customer_groups", "list_customers", ("a\r\nb",), ValueError, None),
        *[("admin.orders", "list_reservations", (bad,), EITHER, None) for bad in ("", "   ", None, 5)],
        *[
            ("admin.discounts", "get_condition", ("disc_1", bad), EITHER, None)
            for bad in ("", "   ", None, 5)
        ],
        *[
            ("admin.products", "update_variant", ("prod_1", bad, {"title": "x"}), ValueError, "must")
            for bad in ("", "   ", "a\r\nb")
        ],
        *[("admin.store", "add_currency", (bad,), ValueError, "code") for bad in ("", "   ", "a\r\nb")],
        ("carts", "retrieve", ("",), ValueError, "must"),
        ("carts", "delete_discount", ("cart_1", " "), ValueError, "must"),
        ("carts", "update_payment_session", ("", "manual", {}), ValueError, "must"),
        ("carts", "calculate_taxes", ("",), ValueError, "must"),
        ("carts.line_items", "delete", ("cart_1", ""), ValueError, "must"),
        ("customers.addresses", "delete_address", ("",), ValueError, "must"),
        ("gift_cards", "retrieve", ("",), ValueError, "must"),
        ("order_edits", "complete", ("",), ValueError, "must"),
        ("orders", "retrieve_by_cart_id", ("",), ValueError, "must"),
        ("payment_collections", "refresh_payment_session", ("paycol_1", ""), ValueError, "must"),
        ("products.variants", "retrieve", ("",), ValueError, "must"),
        ("shipping_options", "list_cart_options", ("\n",), ValueError, "must"),
        ("swaps", "retrieve_by_cart_id", ("",), ValueError, "must"),
        # payloads and queries of the wrong type; a required query left out
        ("admin.customer_groups", "create", (["name"],), TypeError, None),
        ("admin.customer_groups", "create", ("VIP",), TypeError, None),
        ("admin.customer_groups", "list", ("q=vip",), TypeError, None),
        ("admin.customer_groups", "add_customers", ("cgrp_1", 5), TypeError, None),
        ("orders", "lookup_order", (), TypeError, None),
    ],
)
def test_bad_arguments_fail_before_any_request(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    resource: str,
    method: str,
    args: Tuple[Any, ...],
    error: Error,
    match: Optional[str],
) -> None:
    with pytest.raises(error, match=match):
        getattr(functools.reduce(getattr, resource.split("."), medusa), method)(*args)
    assert len(mocked.calls) == 0


def test_unknown_option_is_a_type_error(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    with pytest.raises(TypeError, match="retries"):
        medusa.admin.customer_groups.list(retries=3)  # type: ignore[call-arg]
    assert len(mocked.calls) == 0
