"""``client.fetch_stream`` on the only server-sent-events routes of 2.21.2: workflow subscriptions."""

from __future__ import annotations

import threading
from typing import List

import pytest

from medusa_client.v2 import Medusa, ServerSentEvent, UnauthorizedError

from .helpers import ready_cart


def test_a_cart_completion_streams_its_workflow_events(admin: Medusa, store: Medusa, unique: str) -> None:
    cart = ready_cart(store, f"sse-{unique}@example.com", quantity=1)
    events: List[ServerSentEvent] = []
    subscribed = threading.Event()

    def listen() -> None:
        stream = admin.client.fetch_stream(
            "/admin/workflows-executions/complete-cart/subscribe", options={"timeout": (5, 15)}
        )
        subscribed.set()
        for event in stream:  # the server keeps the stream open after onFinish: leave it there
            events.append(event)
            if event.event == "onFinish":
                break

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    subscribed.wait(5)
    # the subscription is registered when the request reaches the server: give it a moment
    threading.Event().wait(1.0)
    completed = store.store.cart.complete(cart.id)
    listener.join(30)
    assert not listener.is_alive()
    assert completed.type == "order"
    assert events[0].event == "onBegin" and events[-1].event == "onFinish"
    finish = events[-1].json()
    assert finish["workflow_id"] == "complete-cart"
    assert finish["result"]["id"] == completed.order.id
    assert all(event.json()["workflow_id"] == "complete-cart" for event in events)


def test_a_subscription_needs_admin_credentials(store: Medusa) -> None:
    stream = store.client.fetch_stream("/admin/workflows-executions/complete-cart/subscribe")
    with pytest.raises(UnauthorizedError) as caught:
        next(stream)
    assert caught.value.status_code == 401
