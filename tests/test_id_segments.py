"""Ids in resource paths: each is one percent-encoded segment, so no id (``..``, ``../x``, ``?``, ``#``)
can reach another route. (The encoder itself: ``test_paths.py``.)"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict

import pytest
import responses

from medusa_client import Medusa
from tests.conftest import sent

ORDER = {"id": "order_1", "status": "pending", "email": "a@example.com"}


@pytest.mark.parametrize(
    ("call", "verb", "expected_path", "answer"),
    [
        (lambda m: m.admin.orders.retrieve(".."), "GET", "/admin/orders/%2E%2E", {"order": ORDER}),
        (lambda m: m.admin.regions.retrieve(".."), "GET", "/admin/regions/%2E%2E", {"region": {"id": ".."}}),
        (
            lambda m: m.admin.orders.cancel_claim_fulfillment("o 1", "c?1", "f#1"),
            "POST",
            "/admin/orders/o%201/claims/c%3F1/fulfillments/f%231/cancel",
            {"order": ORDER},
        ),
        (
            lambda m: m.admin.orders.create_reservation_for_line_item("order_1", "../x", {"quantity": 1}),
            "POST",
            "/admin/orders/order_1/line-items/..%2Fx/reserve",
            {"reservation": {"id": "r"}},
        ),
    ],
    ids=[
        "orders.retrieve",
        "regions.retrieve",
        "orders.cancel_claim_fulfillment",
        "orders.reserve_line_item",
    ],
)
def test_ids_cannot_leave_their_segment(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    call: Callable[[Medusa], Any],
    verb: str,
    expected_path: str,
    answer: Dict[str, Any],
) -> None:
    mocked.add(verb, re.compile(".*"), json=answer)
    call(medusa)
    assert sent(mocked)[0].path == expected_path
