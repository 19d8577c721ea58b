"""Store writes and retries: replayable routes are retried with the same key, the others are sent once."""

from __future__ import annotations

import functools
from typing import Any, Dict, Tuple

import pytest
import responses

from medusa_client import Medusa
from tests.conftest import BASE_URL, sent

CART_RES = {"cart": {"id": "cart_1", "region_id": "reg_1", "items": [], "total": 2500}}
COMPLETE_RES = {
    "type": "order",
    "data": {"id": "order_1", "object": "order", "display_id": 7, "payment_status": "awaiting"},
}


@pytest.mark.parametrize(
    ("target", "call", "args", "path", "answer"),
    [
        ("carts", "complete", ("cart_1",), "/store/carts/cart_1/complete", COMPLETE_RES),
        ("carts", "calculate_taxes", ("cart_1",), "/store/carts/cart_1/taxes", CART_RES),
        ("carts", "create_payment_sessions", ("cart_1",), "/store/carts/cart_1/payment-sessions", CART_RES),
    ],
)
def test_replayable_routes_are_retried_with_the_same_key(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    target: str,
    call: str,
    args: Tuple[Any, ...],
    path: str,
    answer: Dict[str, Any],
) -> None:
    """Repeating these cannot write twice (a completed cart returns its order), so a 502 is retried."""
    mocked.add("POST", BASE_URL + path, status=502, body="Bad Gateway")
    mocked.add("POST", BASE_URL + path, json=answer)
    getattr(functools.reduce(getattr, target.split("."), medusa), call)(*args)
    first, second = sent(mocked)
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key") is not None
    assert first.raw_body == second.raw_body


@pytest.mark.parametrize(
    ("target", "call", "args", "path"),
    [
        (
            "carts.line_items",
            "create",
            ("cart_1", {"variant_id": "variant_1", "quantity": 1}),
            "/store/carts/cart_1/line-items",
        ),
        ("returns", "create", ({"order_id": "order_1", "items": []},), "/store/returns"),
        ("swaps", "create", ({"order_id": "order_1"},), "/store/swaps"),
    ],
)
def test_writes_the_server_does_not_dedupe_are_sent_once(
    medusa: Medusa, mocked: responses.RequestsMock, target: str, call: str, args: Tuple[Any, ...], path: str
) -> None:
    """The server ignores caller-chosen Idempotency-Keys here, so a retry could add a second line item."""
    mocked.add("POST", BASE_URL + path, status=502, body="Bad Gateway")
    with pytest.raises(Exception, match="502"):
        getattr(functools.reduce(getattr, target.split("."), medusa), call)(*args)
    assert len(sent(mocked)) == 1


def test_other_store_writes_are_not_repeated_after_an_ambiguous_failure(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", BASE_URL + "/store/carts/cart_1", status=502, body="Bad Gateway")
    with pytest.raises(Exception, match="502"):
        medusa.carts.update("cart_1", {"email": "jo@example.com"})
    assert len(sent(mocked)) == 1
