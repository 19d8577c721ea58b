"""Fault matrix: what the client does when the network or the server misbehaves.

Every test runs the real transport (requests + urllib3) against ``FaultServer`` on loopback
and counts the attempts on the server side. Sleeps between attempts go to a recorder
(``client._sleep``) except in the few tests marked "real sleep", which measure the back-off
and ``Retry-After`` against the server's ``received_at`` timestamps.

The table at the end of docs/reliability.md is filled from these tests.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import math
import socket
import time
import uuid
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Type

import pytest

import medusa_client as mc
from medusa_client import JSONResponse, Medusa
from medusa_client._client import DEFAULT_TIMEOUT
from medusa_client.models import AdminCustomerGroupsRes, CustomerGroup
from tests.support.faultserver import FaultServer, Hang, Raw, Reply, Reset, huge_json

API_KEY = "sk_reliability_api_key"
GROUPS = "/admin/customer-groups"
GROUP_ID = "cgrp_01HQ8Z6ZC3KZ1V2N3M4P5Q6R7S"
GROUP_PATH = f"{GROUPS}/{GROUP_ID}"
#: Short per-attempt timeouts keep the suite fast: (connect, read) seconds.
FAST_TIMEOUT = (2.0, 0.5)


def group_json(group_id: str = GROUP_ID, name: str = "VIP") -> Dict[str, Any]:
    return {
        "id": group_id,
        "name": name,
        "metadata": None,
        "created_at": "2026-11-25T17:51:29.756Z",
        "updated_at": "2026-11-25T17:51:29.756Z",
        "deleted_at": None,
    }


LIST_BODY = {"customer_groups": [group_json()], "count": 1, "offset": 0, "limit": 10}
GROUP_BODY = {"customer_group": group_json()}
UNKNOWN_ERROR = {"code": "unknown_error", "type": "unknown_error", "message": "An unknown error occurred."}
CONFLICT = {
    "code": "invalid_state_error",
    "type": "conflict",
    "message": "Failed to obtain idempotency key lock",
}

#: Error replies and the class each one maps to (bodies as the v1 server sends them).
STATUS_REPLIES: Dict[int, Tuple[Reply, Type[mc.APIStatusError]]] = {
    409: (Reply(409, CONFLICT), mc.ConflictError),
    429: (Reply(429, {"type": "too_many_requests", "message": "Slow down"}), mc.RateLimitError),
    500: (Reply(500, UNKNOWN_ERROR), mc.ServerError),
    502: (
        Reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", content_type="text/html"),
        mc.ServerError,
    ),
    503: (Reply(503, "Service Unavailable", content_type="text/plain"), mc.ServerError),
    504: (
        Reply(504, "<html><title>504 Gateway Time-out</title></html>", content_type="text/html"),
        mc.ServerError,
    ),
}


class SleepRecorder:
    """Stands in for ``time.sleep`` between attempts: records the seconds, returns at once."""

    def __init__(self) -> None:
        self.calls: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FaultServer]:
    with FaultServer(host="127.0.0.1") as server:
        yield server


@pytest.fixture
def srv(shared_server: FaultServer) -> FaultServer:
    """One server for the module (stopping one takes ~50 ms), with a clean slate per test."""
    shared_server.reset()
    return shared_server


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def make_medusa(sleeps: SleepRecorder) -> Iterator[Callable[..., Medusa]]:
    """Build clients (fast timeouts, sleep recorder); all are closed after the test."""
    made: List[Medusa] = []

    def make(base_url: str, *, real_sleep: bool = False, **kwargs: Any) -> Medusa:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("timeout", FAST_TIMEOUT)
        medusa = Medusa(base_url, **kwargs)
        if not real_sleep:
            medusa.client._sleep = sleeps
        made.append(medusa)
        return medusa

    yield make
    for medusa in made:
        medusa.close()


@pytest.fixture
def medusa(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> Medusa:
    return make_medusa(srv.url)


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def unaccepting_listener() -> Iterator[str]:
    """A loopback listener whose accept queue is full: new connections time out in connect()."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    address = listener.getsockname()
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            filler.connect_ex(address)
            fillers.append(filler)
        time.sleep(0.05)
        yield f"http://127.0.0.1:{address[1]}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def keys_seen(srv: FaultServer, method: str, path: str) -> List[Optional[str]]:
    return [r.headers.get("Idempotency-Key") for r in srv.requests if r.method == method and r.path == path]


def assert_backoff(recorded: List[float]) -> None:
    """Exponential from 0.5 s with up to 25 % jitter taken off, capped at 8 s."""
    for attempt, seconds in enumerate(recorded):
        nominal = min(8.0, 0.5 * 2**attempt)
        assert nominal * 0.75 - 1e-9 <= seconds <= nominal + 1e-9, (attempt, seconds)


def create(medusa: Medusa, **options: Any) -> Any:
    return medusa.admin.customer_groups.create({"name": "VIP"}, **options)


# --------------------------------------------------------------------------- GET: retried


@pytest.mark.parametrize("status", sorted(STATUS_REPLIES))
def test_get_retries_retryable_status_then_raises_typed_error(
    srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder, status: int
) -> None:
    reply, error_class = STATUS_REPLIES[status]
    srv.script("GET", GROUPS, [reply])
    with pytest.raises(error_class) as caught:
        medusa.admin.customer_groups.list()
    assert srv.count("GET", GROUPS) == 3  # 1 + max_retries (2)
    assert caught.value.status_code == status
    assert len(sleeps.calls) == 2
    assert_backoff(sleeps.calls)


@pytest.mark.parametrize(
    ("statuses", "error_class"),
    [
        ((500, 502, 504), mc.ServerError),
        ((503, 500, 429), mc.RateLimitError),
        ((502, 504, 409), mc.ConflictError),
        ((429, 503, 500), mc.ServerError),
    ],
)
def test_error_carries_the_last_status(
    srv: FaultServer, medusa: Medusa, statuses: Tuple[int, ...], error_class: Type[mc.APIStatusError]
) -> None:
    srv.script("GET", GROUPS, [STATUS_REPLIES[s][0] for s in statuses])
    with pytest.raises(error_class) as caught:
        medusa.admin.customer_groups.list()
    assert srv.count("GET", GROUPS) == 3
    assert caught.value.status_code == statuses[-1]
    assert type(caught.value) is error_class


def test_get_recovers_after_failures(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    srv.script("GET", GROUPS, [STATUS_REPLIES[503][0], Reset(when="before_response"), Reply(200, LIST_BODY)])
    result = medusa.admin.customer_groups.list()
    assert result.count == 1
    assert result.customer_groups[0].id == GROUP_ID
    assert srv.count("GET", GROUPS) == 3
    assert_backoff(sleeps.calls)


def test_get_retried_when_the_connection_is_refused(
    make_medusa: Callable[..., Medusa], sleeps: SleepRecorder
) -> None:
    medusa = make_medusa(f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(mc.APIConnectionError) as caught:
        medusa.admin.customer_groups.list()
    assert not isinstance(caught.value, mc.APITimeoutError)
    assert "after 3 attempts" in str(caught.value)
    assert len(sleeps.calls) == 2
    assert_backoff(sleeps.calls)


@pytest.mark.parametrize("when", ["before_response", "on_accept"])
def test_get_retried_after_reset(srv: FaultServer, medusa: Medusa, when: str) -> None:
    srv.script("GET", GROUPS, [Reset(when=when)])  # type: ignore[arg-type]
    with pytest.raises(mc.APIConnectionError) as caught:
        medusa.admin.customer_groups.list()
    assert not isinstance(caught.value, mc.APITimeoutError)
    assert srv.count("GET", GROUPS) == 3
    assert "after 3 attempts" in str(caught.value)


def test_get_retried_after_read_timeout(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("GET", GROUPS, [Hang(seconds=2)])
    started = time.monotonic()
    with pytest.raises(mc.APITimeoutError) as caught:
        medusa.admin.customer_groups.list()
    elapsed = time.monotonic() - started
    assert srv.count("GET", GROUPS) == 3
    assert "read timeout" in str(caught.value)
    assert elapsed < 3 * FAST_TIMEOUT[1] + 1.0


def test_get_retried_after_reset_mid_body(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("GET", GROUPS, [Reset(when="mid_body", after_bytes=200), Reply(200, LIST_BODY)])
    assert medusa.admin.customer_groups.list().count == 1
    assert srv.count("GET", GROUPS) == 2


# ------------------------------------------------------------- non-idempotent writes


@pytest.mark.parametrize("status", [409, 500, 502, 504])
def test_plain_post_not_retried_after_status_that_may_follow_processing(
    srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder, status: int
) -> None:
    reply, error_class = STATUS_REPLIES[status]
    srv.script("POST", GROUPS, [reply, Reply(200, GROUP_BODY)])
    with pytest.raises(error_class) as caught:
        create(medusa)
    assert srv.count("POST", GROUPS) == 1
    assert caught.value.status_code == status
    assert sleeps.calls == []


def test_plain_post_not_retried_after_read_timeout(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("POST", GROUPS, [Hang(seconds=2), Reply(200, GROUP_BODY)])
    with pytest.raises(mc.APITimeoutError) as caught:
        create(medusa)
    assert srv.count("POST", GROUPS) == 1
    assert "read timeout" in str(caught.value)
    assert "after 1 attempt" in str(caught.value)


@pytest.mark.parametrize("when", ["before_response", "on_accept", "mid_body"])
def test_plain_post_not_retried_after_reset(srv: FaultServer, medusa: Medusa, when: str) -> None:
    reset = Reset(when=when, after_bytes=10) if when == "mid_body" else Reset(when=when)  # type: ignore[arg-type]
    srv.script("POST", GROUPS, [reset, Reply(200, GROUP_BODY)])
    with pytest.raises(mc.APIConnectionError):
        create(medusa)
    assert srv.count("POST", GROUPS) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_plain_post_retried_on_429_and_503_with_one_idempotency_key(
    srv: FaultServer, medusa: Medusa, status: int
) -> None:
    reply, error_class = STATUS_REPLIES[status]
    srv.script("POST", GROUPS, [reply])
    with pytest.raises(error_class):
        create(medusa)
    assert srv.count("POST", GROUPS) == 3
    keys = keys_seen(srv, "POST", GROUPS)
    assert len(set(keys)) == 1
    assert keys[0] is not None
    assert uuid.UUID(keys[0]).version == 4


def test_plain_post_retried_when_the_connection_is_refused(
    make_medusa: Callable[..., Medusa], sleeps: SleepRecorder
) -> None:
    medusa = make_medusa(f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(mc.APIConnectionError) as caught:
        create(medusa)
    assert "after 3 attempts" in str(caught.value)
    assert len(sleeps.calls) == 2


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connect_timeout_retried_for_every_method(
    make_medusa: Callable[..., Medusa], sleeps: SleepRecorder, method: str
) -> None:
    with unaccepting_listener() as url:
        medusa = make_medusa(url, timeout=(0.1, 5.0))
        call: Callable[[], Any] = (
            medusa.admin.customer_groups.list if method == "GET" else lambda: create(medusa)
        )
        started = time.monotonic()
        with pytest.raises(mc.APITimeoutError) as caught:
            call()
        elapsed = time.monotonic() - started
    assert "connect timeout" in str(caught.value)
    assert "after 3 attempts" in str(caught.value)
    assert len(sleeps.calls) == 2
    assert elapsed < 3 * 0.1 + 1.0


def test_plain_post_retried_when_a_503_precedes_success(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("POST", GROUPS, [STATUS_REPLIES[503][0], Reply(200, GROUP_BODY)])
    assert create(medusa).customer_group.id == GROUP_ID
    assert srv.count("POST", GROUPS) == 2
    assert len(set(keys_seen(srv, "POST", GROUPS))) == 1


@pytest.mark.parametrize(
    ("behaviour", "attempts"),
    [
        (Reply(502, "Bad Gateway", content_type="text/plain"), 1),
        (Reply(500, UNKNOWN_ERROR), 1),
        (Reset(when="before_response"), 1),
        (Hang(seconds=2), 1),
        (Reply(503, "Service Unavailable", content_type="text/plain"), 3),
        (Reply(429, "Too Many Requests", content_type="text/plain"), 3),
    ],
    ids=["502", "500", "reset", "hang", "503", "429"],
)
def test_delete_follows_the_write_rules(
    srv: FaultServer, medusa: Medusa, behaviour: Any, attempts: int
) -> None:
    srv.script("DELETE", GROUP_PATH, [behaviour])
    with pytest.raises(mc.MedusaError):
        medusa.admin.customer_groups.delete(GROUP_ID)
    assert srv.count("DELETE", GROUP_PATH) == attempts
    assert all("Idempotency-Key" not in r.headers for r in srv.requests)


# ------------------------------------------------------------------ opting in: idempotent=True


def test_idempotent_opt_in_retries_a_plain_post(srv: FaultServer, medusa: Medusa) -> None:
    srv.script(
        "POST",
        GROUPS,
        [
            Reply(500, UNKNOWN_ERROR),
            Reset(when="before_response"),
            Hang(seconds=2),
            Reply(200, GROUP_BODY),
        ],
    )
    result = create(medusa, idempotent=True, max_retries=3)
    assert result.customer_group.id == GROUP_ID
    assert srv.count("POST", GROUPS) == 4
    assert len(set(keys_seen(srv, "POST", GROUPS))) == 1


def test_idempotent_opt_in_retries_a_delete(srv: FaultServer, medusa: Medusa) -> None:
    deleted = {"id": GROUP_ID, "object": "customer_group", "deleted": True}
    srv.script(
        "DELETE", GROUP_PATH, [Reply(502, "Bad Gateway", content_type="text/plain"), Reply(200, deleted)]
    )
    assert medusa.admin.customer_groups.delete(GROUP_ID, idempotent=True).deleted is True
    assert srv.count("DELETE", GROUP_PATH) == 2


def test_idempotent_false_is_the_default(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("POST", GROUPS, [Reply(500, UNKNOWN_ERROR), Reply(200, GROUP_BODY)])
    with pytest.raises(mc.ServerError):
        create(medusa, idempotent=False)
    assert srv.count("POST", GROUPS) == 1


# ------------------------------------------------------------------ idempotency-key routes

REPLAYABLE_ROUTES = [
    "/store/carts/cart_1/complete",
    "/store/carts/cart_1/payment-sessions",
    "/store/carts/cart_1/taxes",
]
# The server runs these through its idempotency-key machinery but ignores keys it did not issue,
# so a repeated request runs again: they are written once, like any other POST.
KEY_IGNORING_ROUTES = [
    "/store/carts/cart_1/line-items",
    "/store/returns",
    "/store/swaps",
    "/admin/orders/order_1/claims",
    "/admin/orders/order_1/swaps",
    "/admin/orders/order_1/return",
]


@pytest.mark.parametrize("route", KEY_IGNORING_ROUTES)
@pytest.mark.parametrize(
    "behaviour",
    [Reset(when="before_response"), Reply(502, "Bad Gateway", content_type="text/plain")],
    ids=["reset", "502"],
)
def test_writes_the_server_does_not_dedupe_are_sent_once(
    srv: FaultServer, medusa: Medusa, route: str, behaviour: Any
) -> None:
    srv.script("POST", route, [behaviour, Reply(200, {"ok": 1})])
    with pytest.raises((mc.APIConnectionError, mc.ServerError)):
        medusa.client.request("POST", route, JSONResponse, payload={}, options={})
    assert srv.count("POST", route) == 1


@pytest.mark.parametrize("route", REPLAYABLE_ROUTES)
def test_replayable_route_post_retried_with_the_same_key(
    srv: FaultServer, medusa: Medusa, route: str
) -> None:
    srv.script(
        "POST",
        route,
        [
            Reset(when="before_response"),
            Reply(502, "Bad Gateway", content_type="text/plain"),
            Reply(200, {"ok": 1}),
        ],
    )
    result = medusa.client.request("POST", route, JSONResponse, payload={}, options={})
    assert result["ok"] == 1
    assert srv.count("POST", route) == 3
    keys = keys_seen(srv, "POST", route)
    assert len(set(keys)) == 1
    assert keys[0] is not None
    assert uuid.UUID(keys[0]).version == 4


def test_cart_completion_retried_after_read_timeout_and_409(srv: FaultServer, medusa: Medusa) -> None:
    route = "/store/carts/cart_1/complete"
    order = {"type": "order", "data": {"id": "order_1", "object": "order"}}
    srv.script(
        "POST",
        route,
        [
            Hang(seconds=2),
            Reply(409, "Failed to create idempotency key", content_type="text/plain"),
            Reply(200, order),
        ],
    )
    result = medusa.client.request("POST", route, JSONResponse, payload={}, options={})
    assert result["type"] == "order"
    assert srv.count("POST", route) == 3
    assert len(set(keys_seen(srv, "POST", route))) == 1


@pytest.mark.parametrize(
    "route",
    [
        "/store/carts/cart_1",
        "/store/carts/cart_1/complete/extra",
        "/admin/orders/order_1/refund",
        "/store/customers",
    ],
)
def test_near_miss_routes_are_not_idempotent(srv: FaultServer, medusa: Medusa, route: str) -> None:
    srv.script("POST", route, [Reply(500, UNKNOWN_ERROR), Reply(200, {"ok": 1})])
    with pytest.raises(mc.ServerError):
        medusa.client.request("POST", route, JSONResponse, payload={}, options={})
    assert srv.count("POST", route) == 1


@pytest.mark.parametrize("name", ["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"])
def test_callers_idempotency_key_wins_on_every_attempt(srv: FaultServer, medusa: Medusa, name: str) -> None:
    route = "/store/carts/cart_1/complete"
    srv.script("POST", route, [Reply(503, "busy", content_type="text/plain"), Reply(200, {"ok": 1})])
    medusa.client.request(
        "POST", route, JSONResponse, payload={}, options={"custom_headers": {name: "my-key-1"}}
    )
    assert keys_seen(srv, "POST", route) == ["my-key-1", "my-key-1"]


def test_client_level_idempotency_key_is_used_and_per_call_beats_it(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    medusa = make_medusa(srv.url, custom_headers={"idempotency-key": "client-key"})
    srv.script("POST", GROUPS, [Reply(200, GROUP_BODY)])
    create(medusa)
    create(medusa, custom_headers={"Idempotency-Key": "call-key"})
    assert keys_seen(srv, "POST", GROUPS) == ["client-key", "call-key"]


def test_each_post_gets_its_own_key_and_get_none(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("POST", GROUPS, [Reply(200, GROUP_BODY)])
    srv.script("GET", GROUPS, [Reply(200, LIST_BODY)])
    create(medusa)
    create(medusa)
    medusa.admin.customer_groups.list()
    keys = keys_seen(srv, "POST", GROUPS)
    assert len(set(keys)) == 2
    assert keys_seen(srv, "GET", GROUPS) == [None]


# ------------------------------------------------------------------------- Retry-After


def test_retry_after_seconds_is_used_instead_of_backoff(
    srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder
) -> None:
    srv.script(
        "GET",
        GROUPS,
        [Reply(429, "slow", content_type="text/plain", headers={"Retry-After": "7"}), Reply(200, LIST_BODY)],
    )
    medusa.admin.customer_groups.list()
    assert sleeps.calls == [7]


def test_retry_after_http_date_is_used(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    srv.script(
        "GET",
        GROUPS,
        [Reply(503, "busy", content_type="text/plain", headers={"Retry-After": when}), Reply(200, LIST_BODY)],
    )
    medusa.admin.customer_groups.list()
    assert len(sleeps.calls) == 1
    assert 28 <= sleeps.calls[0] <= 30


def test_retry_after_zero_retries_at_once(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    srv.script(
        "GET",
        GROUPS,
        [Reply(503, "busy", content_type="text/plain", headers={"Retry-After": "0"}), Reply(200, LIST_BODY)],
    )
    medusa.admin.customer_groups.list()
    assert sleeps.calls == [0]


def test_retry_after_at_the_cap_is_honoured(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    srv.script(
        "POST",
        GROUPS,
        [
            Reply(429, "slow", content_type="text/plain", headers={"Retry-After": "60"}),
            Reply(200, GROUP_BODY),
        ],
    )
    create(medusa)
    assert sleeps.calls == [60]
    assert srv.count("POST", GROUPS) == 2


@pytest.mark.parametrize("kind", ["seconds", "http-date"])
def test_retry_after_above_the_cap_fails_at_once(
    srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder, kind: str
) -> None:
    value = "3600" if kind == "seconds" else email.utils.formatdate(time.time() + 3600, usegmt=True)
    srv.script(
        "GET",
        GROUPS,
        [
            Reply(429, {"type": "too_many_requests", "message": "later"}, headers={"Retry-After": value}),
            Reply(200, LIST_BODY),
        ],
    )
    started = time.monotonic()
    with pytest.raises(mc.RateLimitError) as caught:
        medusa.admin.customer_groups.list()
    assert time.monotonic() - started < 0.5
    assert srv.count("GET", GROUPS) == 1
    assert caught.value.status_code == 429
    assert sleeps.calls == []


def test_max_retry_after_is_configurable(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    medusa = make_medusa(srv.url, max_retry_after=1)
    srv.script(
        "GET",
        GROUPS,
        [Reply(503, "busy", content_type="text/plain", headers={"Retry-After": "2"}), Reply(200, LIST_BODY)],
    )
    with pytest.raises(mc.ServerError) as caught:
        medusa.admin.customer_groups.list()
    assert caught.value.status_code == 503
    assert srv.count("GET", GROUPS) == 1


@pytest.mark.parametrize("value", ["soon", "1.5", "Tue, 99 Foo 2024"])
def test_unparseable_retry_after_falls_back_to_backoff(
    srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder, value: str
) -> None:
    """A malformed Retry-After must not leak urllib3's InvalidHeader: use the back-off."""
    srv.script(
        "GET",
        GROUPS,
        [
            Reply(503, "busy", content_type="text/plain", headers={"Retry-After": value}),
            Reply(200, LIST_BODY),
        ],
    )
    assert medusa.admin.customer_groups.list().count == 1
    assert srv.count("GET", GROUPS) == 2
    assert_backoff(sleeps.calls)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_413_with_retry_after_is_not_retried(srv: FaultServer, medusa: Medusa, method: str) -> None:
    """413 is not in the retry policy (only 429/503 are retried whatever the method)."""
    srv.script(
        method,
        GROUPS,
        [
            Reply(413, "Payload Too Large", content_type="text/plain", headers={"Retry-After": "1"}),
            Reply(200, LIST_BODY if method == "GET" else GROUP_BODY),
        ],
    )
    call: Callable[[], Any] = medusa.admin.customer_groups.list if method == "GET" else lambda: create(medusa)
    with pytest.raises(mc.APIStatusError) as caught:
        call()
    assert caught.value.status_code == 413
    assert srv.count(method, GROUPS) == 1


# ------------------------------------------------------------------ real sleeps: timing


def test_real_backoff_between_attempts(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    """Real sleep: 0.5 s then 1 s (minus up to 25 % jitter), measured on the server."""
    medusa = make_medusa(srv.url, real_sleep=True)
    srv.script(
        "GET",
        GROUPS,
        [
            Reply(503, "busy", content_type="text/plain"),
            Reply(503, "busy", content_type="text/plain"),
            Reply(200, LIST_BODY),
        ],
    )
    medusa.admin.customer_groups.list()
    first, second, third = (r.received_at for r in srv.requests)
    assert 0.375 - 0.02 <= second - first <= 0.5 + 0.25
    assert 0.75 - 0.02 <= third - second <= 1.0 + 0.25


def test_real_retry_after_seconds(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    """Real sleep: ``Retry-After: 1`` waits one second, not the 0.5 s back-off."""
    medusa = make_medusa(srv.url, real_sleep=True)
    srv.script(
        "GET",
        GROUPS,
        [Reply(429, "slow", content_type="text/plain", headers={"Retry-After": "1"}), Reply(200, LIST_BODY)],
    )
    medusa.admin.customer_groups.list()
    first, second = (r.received_at for r in srv.requests)
    assert 0.98 <= second - first <= 1.5


def test_real_retry_after_http_date(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    """Real sleep: an HTTP date 0.5-1.5 s ahead (whole seconds) is waited for."""
    medusa = make_medusa(srv.url, real_sleep=True)
    target = math.ceil(time.time() + 0.5)
    when = email.utils.formatdate(target, usegmt=True)
    srv.script(
        "GET",
        GROUPS,
        [
            Reply(503, "busy", content_type="text/plain", headers={"Retry-After": when}),
            Reply(200, LIST_BODY),
        ],
    )
    medusa.admin.customer_groups.list()
    first, second = srv.requests
    waited = second.received_at - first.received_at
    assert 0.4 <= waited <= 2.0
    # the retry arrived at (or just after) the announced wall-clock time
    assert time.time() - (time.monotonic() - second.received_at) >= target - 0.1


# ---------------------------------------------------------------- retries, timeouts: options


def test_max_retries_zero_per_call(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    srv.script("GET", GROUPS, [Reply(503, "busy", content_type="text/plain"), Reply(200, LIST_BODY)])
    with pytest.raises(mc.ServerError):
        medusa.admin.customer_groups.list(max_retries=0)
    assert srv.count("GET", GROUPS) == 1
    assert sleeps.calls == []


def test_max_retries_zero_on_the_client_and_more_per_call(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    medusa = make_medusa(srv.url, max_retries=0)
    srv.script("GET", GROUPS, [Reply(502, "Bad Gateway", content_type="text/plain")])
    with pytest.raises(mc.ServerError):
        medusa.admin.customer_groups.list()
    assert srv.count("GET", GROUPS) == 1
    with pytest.raises(mc.ServerError):
        medusa.admin.customer_groups.list(max_retries=4)
    assert srv.count("GET", GROUPS) == 1 + 5


def test_backoff_is_capped_at_8_seconds(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    srv.script("GET", GROUPS, [Reply(503, "busy", content_type="text/plain")])
    with pytest.raises(mc.ServerError):
        medusa.admin.customer_groups.list(max_retries=7)
    assert srv.count("GET", GROUPS) == 8
    assert len(sleeps.calls) == 7
    assert_backoff(sleeps.calls)
    assert max(sleeps.calls) <= 8.0
    assert sleeps.calls[-1] >= 6.0


def test_connect_timeout_and_read_timeout_are_told_apart(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    srv.script("GET", GROUPS, [Hang(seconds=2)])
    reader = make_medusa(srv.url, timeout=(1.0, 0.2), max_retries=0)
    with pytest.raises(mc.APITimeoutError) as read_error:
        reader.admin.customer_groups.list()
    assert "read timeout" in str(read_error.value)

    with unaccepting_listener() as url:
        connector = make_medusa(url, timeout=(0.1, 5.0), max_retries=0)
        with pytest.raises(mc.APITimeoutError) as connect_error:
            connector.admin.customer_groups.list()
    assert "connect timeout" in str(connect_error.value)

    refused = make_medusa(f"http://127.0.0.1:{closed_port()}", max_retries=0)
    with pytest.raises(mc.APIConnectionError) as refused_error:
        refused.admin.customer_groups.list()
    assert type(refused_error.value) is mc.APIConnectionError
    assert "connection failed" in str(refused_error.value)


def test_default_timeout() -> None:
    assert DEFAULT_TIMEOUT == (5.0, 60.0)
    with Medusa("http://127.0.0.1:9") as medusa:
        assert medusa.client.timeout == (5.0, 60.0)


def test_per_call_timeout_overrides_the_clients(srv: FaultServer, make_medusa: Callable[..., Medusa]) -> None:
    medusa = make_medusa(srv.url, timeout=(1.0, 5.0), max_retries=0)
    srv.script("GET", GROUPS, [Hang(seconds=2)])
    started = time.monotonic()
    with pytest.raises(mc.APITimeoutError):
        medusa.admin.customer_groups.list(timeout=0.2)
    assert time.monotonic() - started < 1.0
    started = time.monotonic()
    with pytest.raises(mc.APITimeoutError):
        medusa.admin.customer_groups.list(timeout=(1.0, 0.3))
    assert 0.25 <= time.monotonic() - started < 1.0


def test_client_timeout_is_used_without_a_per_call_one(
    srv: FaultServer, make_medusa: Callable[..., Medusa]
) -> None:
    medusa = make_medusa(srv.url, timeout=0.3, max_retries=0)
    srv.script("GET", GROUPS, [Hang(seconds=2)])
    started = time.monotonic()
    with pytest.raises(mc.APITimeoutError):
        medusa.admin.customer_groups.list()
    assert 0.25 <= time.monotonic() - started < 1.0


def test_total_time_is_bounded(srv: FaultServer, medusa: Medusa, sleeps: SleepRecorder) -> None:
    """attempts x read timeout + the back-off sleeps, nothing more."""
    srv.script("GET", GROUPS, [Hang(seconds=2)])
    started = time.monotonic()
    with pytest.raises(mc.APITimeoutError):
        medusa.admin.customer_groups.list()
    elapsed = time.monotonic() - started
    assert srv.count("GET", GROUPS) == 3
    assert elapsed < 3 * FAST_TIMEOUT[1] + 0.75
    assert sum(sleeps.calls) <= 0.5 + 1.0


# ------------------------------------------------------------------------ bad 2xx bodies


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b'{"customer_groups": [', content_type="application/json"),
        Reply(200, b"{'customer_groups': []}", content_type="application/json"),
        Reply(200, json.dumps(LIST_BODY).encode(), content_length=40),
        Reply(200, "<html><body><h1>Welcome to nginx!</h1></body></html>", content_type="text/html"),
        Reply(200, "OK", content_type="text/plain"),
        Reply(200, b"\xff\xfe\x00garbage", content_type="application/octet-stream"),
        Reply(200, [1, 2, 3]),
        Reply(200, {"customer_groups": "nope", "count": "many"}),
    ],
    ids=[
        "invalid-json",
        "single-quotes",
        "truncated-by-content-length",
        "html",
        "text",
        "binary",
        "json-list",
        "wrong-types",
    ],
)
def test_bad_2xx_body_is_a_validation_error(srv: FaultServer, medusa: Medusa, reply: Reply) -> None:
    srv.script("GET", GROUPS, [reply])
    with pytest.raises(mc.APIResponseValidationError) as caught:
        medusa.admin.customer_groups.list()
    error = caught.value
    assert isinstance(error, mc.MedusaError)
    assert not isinstance(error, ValueError)  # no JSONDecodeError/ValueError leaks
    assert error.status_code == 200
    assert "GET /admin/customer-groups" in str(error)
    assert srv.count("GET", GROUPS) == 1  # a bad body is not retried


def test_body_shorter_than_content_length_is_a_dropped_connection(srv: FaultServer, medusa: Medusa) -> None:
    """The server announces more bytes than it sends: a broken read, retried for a GET."""
    srv.script("GET", GROUPS, [Reply(200, json.dumps(LIST_BODY).encode(), content_length=5000)])
    with pytest.raises(mc.APIConnectionError) as caught:
        medusa.admin.customer_groups.list()
    assert not isinstance(caught.value, ValueError)
    assert srv.count("GET", GROUPS) == 3


def test_empty_2xx_body_of_a_json_route_is_a_validation_error(srv: FaultServer, medusa: Medusa) -> None:
    """Routes that answer JSON never answer nothing (see the tests at the end of this file)."""
    deleted = f"{GROUPS}/{GROUP_ID}"
    srv.script("DELETE", deleted, [Reply(200, b"", content_type="application/json")])
    with pytest.raises(mc.APIResponseValidationError) as caught:
        medusa.admin.customer_groups.delete(GROUP_ID)
    assert caught.value.status_code == 200
    assert "empty body" in str(caught.value)


# --------------------------------------------------------------------------- error bodies

HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"
)
HTML_404 = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n'
    "</head>\n<body>\n<pre>Cannot DELETE /admin/customer-groups</pre>\n</body>\n</html>\n"
)


@pytest.mark.parametrize(
    ("reply", "error_class", "expected_text"),
    [
        (Reply(502, HTML_502, content_type="text/html"), mc.ServerError, "502 Bad Gateway"),
        (
            Reply(404, HTML_404, content_type="text/html; charset=utf-8"),
            mc.NotFoundError,
            "Cannot DELETE /admin/customer-groups",
        ),
        (
            Reply(401, "Unauthorized", content_type="text/plain; charset=utf-8"),
            mc.UnauthorizedError,
            "Unauthorized",
        ),
        (
            Reply(409, "Failed to create idempotency key", content_type="text/plain"),
            mc.ConflictError,
            "Failed to create idempotency key",
        ),
        (
            Reply(
                400,
                "<html><body><pre>SyntaxError: Unexpected token } in JSON at position 9</pre></body></html>",
                content_type="text/html",
            ),
            mc.InvalidDataError,
            "SyntaxError: Unexpected token } in JSON at position 9",
        ),
    ],
    ids=["html-502", "html-404", "text-401", "text-409", "html-400"],
)
def test_non_json_error_pages_give_readable_one_line_messages(
    srv: FaultServer,
    medusa: Medusa,
    reply: Reply,
    error_class: Type[mc.APIStatusError],
    expected_text: str,
) -> None:
    srv.script("GET", GROUPS, [reply])
    with pytest.raises(error_class) as caught:
        medusa.admin.customer_groups.list(max_retries=0)
    error = caught.value
    assert error.status_code == reply.status
    assert error.message == expected_text
    text = str(error)
    assert "<" not in text
    assert ">" not in text.replace("->", "")
    assert "\n" not in text
    assert "\r" not in text
    assert text.startswith(f"{reply.status} GET /admin/customer-groups: ")
    assert error.type is None
    assert error.code is None


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (
            404,
            {"type": "not_found", "message": "CustomerGroup with id cgrp_x was not found"},
            mc.NotFoundError,
        ),
        (400, {"type": "invalid_data", "message": "name must be a string"}, mc.InvalidDataError),
        (400, {"type": "invalid_data", "message": "property foo should not exist"}, mc.InvalidDataError),
        (400, {"type": "not_allowed", "message": "Cannot do that now"}, mc.NotAllowedError),
        (401, {"type": "unauthorized", "message": "Unauthorized"}, mc.UnauthorizedError),
        (
            422,
            {
                "code": "invalid_request_error",
                "type": "duplicate_error",
                "message": "Key (name)=(VIP) already exists.",
            },
            mc.DuplicateError,
        ),
        (
            422,
            {"type": "payment_authorization_error", "message": "Payment declined"},
            mc.PaymentAuthorizationError,
        ),
        (409, CONFLICT, mc.ConflictError),
        (500, UNKNOWN_ERROR, mc.ServerError),
        (500, {"code": "api_error", "type": "database_error", "message": "db down"}, mc.ServerError),
        (
            404,
            {"type": "not_found", "message": 'The following customer ids do not exist: "cus_missing"'},
            mc.NotFoundError,
        ),
    ],
    ids=[
        "not-found",
        "invalid-name",
        "unknown-property",
        "not-allowed",
        "unauthorized",
        "duplicate",
        "payment",
        "conflict",
        "unknown-error",
        "database-error",
        "missing-customers",
    ],
)
def test_medusa_json_errors_map_to_classes(
    srv: FaultServer, medusa: Medusa, status: int, body: Dict[str, str], error_class: Type[mc.APIStatusError]
) -> None:
    srv.script("POST", GROUPS, [Reply(status, body)])
    with pytest.raises(error_class) as caught:
        create(medusa)
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.type == body["type"]
    assert error.code == body.get("code")
    assert error.message == body["message"]
    assert error.body == body
    assert body["message"] in str(error)
    assert str(error).startswith(f"{status} POST /admin/customer-groups: ")
    assert srv.count("POST", GROUPS) == 1


# ------------------------------------------------------------------- big bodies, the pool


def test_20_mb_list_is_structured(srv: FaultServer, medusa: Medusa) -> None:
    body = huge_json(20_000_000)
    srv.script("GET", GROUPS, [Reply(200, body)])
    result = medusa.admin.customer_groups.list(timeout=(1.0, 10.0))
    assert len(result.response.content) == 20_000_000
    assert result.count == len(result.customer_groups) > 30_000
    first = result.customer_groups[0]
    assert isinstance(first, CustomerGroup)
    assert first.id == "cgrp_0000000000"
    assert first.metadata is not None
    assert first.metadata["tier"] == "standard"
    assert first.created_at.year == 2024


def test_pool_is_usable_after_a_reset_mid_body(srv: FaultServer, medusa: Medusa) -> None:
    srv.script(
        "GET", GROUPS, [Reply(200, LIST_BODY), Reset(when="mid_body", after_bytes=100), Reply(200, LIST_BODY)]
    )
    assert medusa.admin.customer_groups.list().count == 1
    with pytest.raises(mc.APIConnectionError):
        medusa.admin.customer_groups.list(max_retries=0)
    assert medusa.admin.customer_groups.list().count == 1
    assert srv.count("GET", GROUPS) == 3
    conn_ids = [r.conn_id for r in srv.requests]
    assert conn_ids[0] == conn_ids[1]  # keep-alive reused before the reset
    assert conn_ids[2] != conn_ids[1]  # a fresh connection after it


def test_pool_is_usable_after_a_read_timeout(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("GET", GROUPS, [Hang(seconds=2), Reply(200, LIST_BODY)])
    with pytest.raises(mc.APITimeoutError):
        medusa.admin.customer_groups.list(max_retries=0)
    assert medusa.admin.customer_groups.list().count == 1


def test_keep_alive_survives_retried_error_statuses(srv: FaultServer, medusa: Medusa) -> None:
    for _ in range(3):
        srv.script("GET", GROUPS, [Reply(503, "busy", content_type="text/plain"), Reply(200, LIST_BODY)])
        assert medusa.admin.customer_groups.list().count == 1
    assert srv.count("GET", GROUPS) == 6
    assert srv.connections == 1  # the 503 bodies are drained, the connection goes back to the pool


# ------------------------------------------------------------------------------- logging


def test_debug_log_records_method_path_status_attempt_duration(
    srv: FaultServer, medusa: Medusa, caplog: pytest.LogCaptureFixture
) -> None:
    srv.script("GET", GROUPS, [Reply(503, "busy", content_type="text/plain"), Reply(200, LIST_BODY)])
    with caplog.at_level(logging.DEBUG, logger="medusa_client"):
        medusa.admin.customer_groups.list(query={"q": "vip"})
    lines = [r.getMessage() for r in caplog.records if r.name == "medusa_client"]
    assert any(
        line.startswith("GET /admin/customer-groups -> 503 (attempt 1, ") and " ms)" in line for line in lines
    )
    assert any(
        line.startswith("GET /admin/customer-groups -> 200 (attempt 2, ") and " ms)" in line for line in lines
    )


def test_debug_log_records_transport_failures(
    srv: FaultServer, medusa: Medusa, caplog: pytest.LogCaptureFixture
) -> None:
    srv.script("GET", GROUPS, [Reset(when="before_response"), Reply(200, LIST_BODY)])
    with caplog.at_level(logging.DEBUG, logger="medusa_client"):
        medusa.admin.customer_groups.list()
    lines = [r.getMessage() for r in caplog.records if r.name == "medusa_client"]
    assert any(
        line.startswith("GET /admin/customer-groups failed: ") and "(attempt 1, " in line for line in lines
    )


# ------------------------------------------- issue "Faults in front of the real server"
# The three defects a fault-injecting proxy in front of the real server found; the whole class
# of malformed responses is swept by tests/test_malformed_responses.py.

CARTS = "/store/carts"
JSON_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"


@pytest.mark.parametrize(
    "raw",
    [
        Raw(JSON_HEAD, end="close"),  # cut inside the head, closed with FIN
        Raw(b"HTTP/1.1 200 OK\r\n", end="close"),
        Raw(JSON_HEAD + b"Content-Length: 0\r\n\r\n", end="close"),
        Raw(JSON_HEAD + b"Content-Length: 2\r\n\r\n  ", end="close"),  # only whitespace
    ],
    ids=["cut-in-head", "status-line-only", "content-length-0", "whitespace"],
)
def test_empty_2xx_body_is_a_validation_error_not_an_empty_model(
    srv: FaultServer, medusa: Medusa, raw: Raw
) -> None:
    srv.script("POST", CARTS, [raw])
    with pytest.raises(mc.APIResponseValidationError) as caught:
        medusa.carts.create({"region_id": "reg_x"})
    error = caught.value
    assert error.status_code == 200
    assert str(error) == "200 response to POST /store/carts has an empty body, StoreCartsRes expected"
    assert srv.count("POST", CARTS) == 1


def test_empty_2xx_body_of_a_list_is_a_validation_error_and_not_retried(
    srv: FaultServer, medusa: Medusa
) -> None:
    srv.script("GET", GROUPS, [Raw(b"HTTP/1.1 200 OK\r\n", end="close")])
    with pytest.raises(mc.APIResponseValidationError):
        medusa.admin.customer_groups.list()
    assert srv.count("GET", GROUPS) == 1


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b"", content_type="text/plain"),
        Reply(200, "OK", content_type="text/plain; charset=utf-8"),
        Reply(204, b""),
        Reply(200, b"", content_type="application/json"),
    ],
    ids=["empty-text", "ok-text", "204", "empty-json"],
)
def test_empty_response_routes_may_answer_nothing(srv: FaultServer, medusa: Medusa, reply: Reply) -> None:
    srv.script("DELETE", "/store/auth", [reply])
    result = medusa.auth.delete_session()
    assert result.response.status_code == reply.status


def test_untyped_custom_route_may_answer_nothing_a_typed_one_may_not(
    srv: FaultServer, medusa: Medusa
) -> None:
    srv.script("POST", "/admin/blog/ping", [Reply(204, b""), Reply(200, b"")])
    assert medusa.admin.custom.post("blog/ping").data == {}
    assert medusa.admin.custom.post("blog/ping").data == {}
    with pytest.raises(mc.APIResponseValidationError):
        medusa.admin.custom.post("blog/ping", cast_to=AdminCustomerGroupsRes)


MID_BODY_STALLS = {
    "content-length": JSON_HEAD + b'Content-Length: 5000\r\n\r\n{"customer_groups":[',
    "chunked": JSON_HEAD + b'Transfer-Encoding: chunked\r\n\r\n14\r\n{"customer_groups":[\r\n',
    "close-delimited": JSON_HEAD + b'Connection: close\r\n\r\n{"customer_groups":[',
}


@pytest.mark.parametrize("framing", sorted(MID_BODY_STALLS))
def test_read_timeout_in_the_middle_of_a_body_is_a_timeout(
    srv: FaultServer, medusa: Medusa, framing: str
) -> None:
    srv.script("GET", GROUPS, [Raw(MID_BODY_STALLS[framing], end="stall", seconds=2)])
    with pytest.raises(mc.APITimeoutError) as caught:
        medusa.admin.customer_groups.list(timeout=(1.0, 0.2))
    assert "GET http://127.0.0.1:" in str(caught.value)
    assert "/admin/customer-groups: read timeout after 3 attempts" in str(caught.value)
    assert srv.count("GET", GROUPS) == 3  # a read timeout: retried for a GET


def test_read_timeout_in_the_middle_of_a_body_of_a_write_is_a_timeout_not_retried(
    srv: FaultServer, medusa: Medusa
) -> None:
    srv.script("POST", GROUPS, [Raw(MID_BODY_STALLS["content-length"], end="stall", seconds=2)])
    with pytest.raises(mc.APITimeoutError) as caught:
        create(medusa, timeout=(1.0, 0.2))
    assert "read timeout after 1 attempt" in str(caught.value)
    assert srv.count("POST", GROUPS) == 1


@pytest.mark.parametrize("charset", ["utf8mb4", "rot13", "idna", "", "no-such-charset"])
def test_unknown_charset_of_an_error_body_is_read_as_utf8(
    srv: FaultServer, medusa: Medusa, charset: str
) -> None:
    text = "Failed to create idempotency key \u2013 r\u00e9essayez".encode() + b" \xff"
    srv.script("GET", GROUPS, [Reply(409, text, content_type=f"text/plain; charset={charset}")])
    with pytest.raises(mc.ConflictError) as caught:
        medusa.admin.customer_groups.list(max_retries=0)
    error = caught.value
    assert error.status_code == 409
    assert error.message == "Failed to create idempotency key \u2013 r\u00e9essayez \ufffd"


def test_unknown_charset_keeps_the_medusa_type_of_a_json_error(srv: FaultServer, medusa: Medusa) -> None:
    body = {"type": "not_allowed", "code": "insufficient_inventory", "message": "Variant out of stock"}
    srv.script("POST", GROUPS, [Reply(400, body, content_type="application/json; charset=utf8mb4")])
    with pytest.raises(mc.NotAllowedError) as caught:
        create(medusa)
    assert (caught.value.type, caught.value.code, caught.value.message) == (
        "not_allowed",
        "insufficient_inventory",
        "Variant out of stock",
    )


def test_unknown_charset_on_a_2xx_still_parses_the_json(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("GET", GROUPS, [Reply(200, LIST_BODY, content_type="application/json; charset=utf8mb4")])
    assert medusa.admin.customer_groups.list().count == 1


def test_deeply_nested_json_is_a_validation_error_not_a_recursion_error(
    srv: FaultServer, medusa: Medusa
) -> None:
    srv.script("GET", GROUPS, [Reply(200, b"[" * 200_000)])
    with pytest.raises(mc.APIResponseValidationError):
        medusa.admin.customer_groups.list()
    srv.script("GET", GROUPS, [Reply(400, b'{"a":' * 200_000)])
    with pytest.raises(mc.InvalidDataError):
        medusa.admin.customer_groups.list()


def test_a_1xx_final_answer_is_not_a_success(srv: FaultServer, medusa: Medusa) -> None:
    srv.script("DELETE", "/store/auth", [Raw(b"HTTP/1.1 102 Processing\r\n\r\n", end="close")])
    with pytest.raises(mc.APIStatusError) as caught:
        medusa.auth.delete_session()
    assert caught.value.status_code == 102
