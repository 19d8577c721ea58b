"""Request options (``custom_headers``, ``timeout``) on methods medusa-js got wrong or lacks."""

from __future__ import annotations

import pytest
import responses

from medusa_client import Medusa
from medusa_client.models import Cart
from tests.conftest import BASE_URL, sent

ORDER = {"id": "order_1", "status": "pending", "email": "a@example.com"}
CART_RES = {"cart": {"id": "cart_1", "region_id": "reg_1", "items": [], "total": 2500}}


def test_draft_order_mark_paid_takes_request_options(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/admin/draft-orders/dorder_1/pay", json={"order": ORDER})
    draft_orders = medusa.admin.draft_orders
    result = draft_orders.mark_paid("dorder_1", custom_headers={"x-request-id": "r1"}, timeout=4.0)
    request = sent(mocked)[0]
    assert request.header("x-request-id") == "r1"
    assert request.header("X-Request-Id") == "r1"
    assert request.raw_body is None
    assert mocked.calls[0].request.req_kwargs["timeout"] == 4.0
    assert result.order.id == "order_1"
    with pytest.raises(TypeError, match="unexpected keyword"):
        draft_orders.mark_paid("dorder_1", customHeaders={"a": "b"})  # type: ignore[call-arg]
    assert len(mocked.calls) == 1


def test_calculate_taxes_is_added(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    """medusa-js has no method for ``POST /store/carts/{id}/taxes``; the server does."""
    mocked.add("POST", BASE_URL + "/store/carts/cart_1/taxes", json=CART_RES)
    result = medusa.carts.calculate_taxes("cart_1", custom_headers={"X-Trace": "t1"})
    [request] = sent(mocked)
    assert request.raw_body is None
    assert request.header("Idempotency-Key")
    assert request.header("X-Trace") == "t1"
    assert isinstance(result.cart, Cart)
    assert result.cart.total == 2500
