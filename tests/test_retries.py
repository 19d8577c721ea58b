"""The retry policy, attempt by attempt (responses); real sockets are in test_reliability.py."""

from __future__ import annotations

import email.utils
import time
from typing import List

import pytest
import requests
import responses
from urllib3.exceptions import MaxRetryError, NewConnectionError, ProtocolError

from medusa_client import (
    APIConnectionError,
    APITimeoutError,
    ConflictError,
    JSONResponse,
    Medusa,
    RateLimitError,
    ServerError,
)
from medusa_client._retry import RetryState
from medusa_client.resources._table import TABLE
from tests.conftest import BASE_URL, sent

GROUPS = {"customer_groups": [], "count": 0, "offset": 0, "limit": 10}
LIST = BASE_URL + "/admin/customer-groups"


def connect_error() -> requests.ConnectionError:
    reason = NewConnectionError(None, "Connection refused")  # type: ignore[arg-type]
    return requests.ConnectionError(MaxRetryError(None, LIST, reason))  # type: ignore[arg-type]


@pytest.fixture
def sleeps(medusa: Medusa) -> List[float]:
    recorded: List[float] = []
    medusa.client._sleep = recorded.append
    return recorded


@pytest.mark.parametrize("status", [409, 429, 500, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses(
    medusa: Medusa, mocked: responses.RequestsMock, sleeps: List[float], status: int
) -> None:
    mocked.add("GET", LIST, json={"type": "x", "message": "busy"}, status=status)
    mocked.add("GET", LIST, json=GROUPS)
    assert medusa.admin.customer_groups.list().count == 0
    assert len(mocked.calls) == 2
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


@pytest.mark.parametrize(
    ("status", "error"), [(500, ServerError), (409, ConflictError), (429, RateLimitError), (503, ServerError)]
)
def test_gives_up_after_max_retries_with_the_last_status(
    medusa: Medusa, mocked: responses.RequestsMock, sleeps: List[float], status: int, error: type
) -> None:
    mocked.add("GET", LIST, json={"message": "first"}, status=status)
    mocked.add("GET", LIST, json={"message": "second"}, status=status)
    mocked.add("GET", LIST, json={"message": "last"}, status=status)
    with pytest.raises(error) as caught:
        medusa.admin.customer_groups.list()
    assert caught.value.status_code == status
    assert caught.value.message == "last"
    assert len(mocked.calls) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    retry = RetryState(10, replayable=True, max_retry_after=60)
    delays = []
    for _ in range(7):
        wait = retry.after_exception(requests.ConnectionError(ProtocolError("x")))
        assert wait is not None
        delays.append(wait)
    upper = [0.5, 1, 2, 4, 8, 8, 8]
    assert all(0.75 * u <= d <= u for d, u in zip(delays, upper)), delays


@pytest.mark.parametrize(
    ("status", "error"), [(500, ServerError), (502, ServerError), (504, ServerError), (409, ConflictError)]
)
def test_non_idempotent_post_is_sent_once_after_a_server_error(
    medusa: Medusa, mocked: responses.RequestsMock, sleeps: List[float], status: int, error: type
) -> None:
    mocked.add("POST", LIST, json={"type": "unknown_error", "message": "boom"}, status=status)
    with pytest.raises(error):
        medusa.admin.customer_groups.create({"name": "x"})
    assert len(mocked.calls) == 1
    assert sleeps == []


def test_non_idempotent_post_is_not_retried_after_a_dropped_connection(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", LIST, body=requests.ConnectionError(ProtocolError("Connection aborted.")))
    with pytest.raises(APIConnectionError):
        medusa.admin.customer_groups.create({"name": "x"})
    assert len(mocked.calls) == 1


def test_non_idempotent_post_is_not_retried_after_a_read_timeout(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", LIST, body=requests.ReadTimeout("read timed out"))
    with pytest.raises(APITimeoutError):
        medusa.admin.customer_groups.create({"name": "x"})
    assert len(mocked.calls) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_post_is_retried_on_429_and_503_with_the_same_key(
    medusa: Medusa, mocked: responses.RequestsMock, status: int
) -> None:
    mocked.add("POST", LIST, json={"message": "later"}, status=status)
    mocked.add("POST", LIST, json={"customer_group": {"id": "cgrp_1"}})
    assert medusa.admin.customer_groups.create({"name": "x"}).customer_group.id == "cgrp_1"
    first, second = sent(mocked)
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key")
    assert first.json == second.json == {"name": "x"}


def test_post_is_retried_when_the_connection_could_not_be_established(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", LIST, body=connect_error())
    mocked.add("POST", LIST, json={"customer_group": {"id": "cgrp_1"}})
    medusa.admin.customer_groups.create({"name": "x"})
    assert len(mocked.calls) == 2


def test_connection_failures_give_up_with_a_connection_error(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", LIST, body=connect_error())
    with pytest.raises(APIConnectionError, match="after 3 attempts") as caught:
        medusa.admin.customer_groups.list()
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.method == "GET" and caught.value.url == LIST
    assert len(mocked.calls) == 3


def test_get_retries_read_timeouts_then_raises_timeout_error(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", LIST, body=requests.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError, match="read timeout"):
        medusa.admin.customer_groups.list()
    assert len(mocked.calls) == 3


def test_connect_timeout_is_a_timeout_error(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", LIST, body=requests.ConnectTimeout("connect timed out"))
    with pytest.raises(APITimeoutError, match="connect timeout"):
        medusa.admin.customer_groups.list(max_retries=0)
    assert len(mocked.calls) == 1


def test_idempotency_route_post_is_retried_after_500_with_the_same_key(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    url = BASE_URL + "/store/carts/cart_1/complete"
    mocked.add("POST", url, json={"type": "unknown_error"}, status=500)
    mocked.add("POST", url, body=requests.ReadTimeout("slow"))
    mocked.add("POST", url, json={"type": "order", "data": {}})
    medusa.client.request("POST", "/store/carts/cart_1/complete", JSONResponse, payload={}, options={})
    keys = {r.header("Idempotency-Key") for r in sent(mocked)}
    assert len(mocked.calls) == 3 and len(keys) == 1


def test_idempotent_opt_in_retries_an_unsafe_write(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", LIST, json={"type": "unknown_error"}, status=502)
    mocked.add("POST", LIST, json={"customer_group": {"id": "cgrp_1"}})
    medusa.admin.customer_groups.create({"name": "x"}, idempotent=True)
    assert len(mocked.calls) == 2


def test_per_call_max_retries(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", LIST, json={}, status=503)
    with pytest.raises(ServerError):
        medusa.admin.customer_groups.list(max_retries=0)
    assert len(mocked.calls) == 1
    with pytest.raises(ServerError):
        medusa.admin.customer_groups.list(max_retries=4)
    assert len(mocked.calls) == 6
    with pytest.raises(ValueError, match="max_retries"):
        medusa.admin.customer_groups.list(max_retries=-1)


def test_retry_after_seconds_is_honoured(
    medusa: Medusa, mocked: responses.RequestsMock, sleeps: List[float]
) -> None:
    mocked.add("GET", LIST, json={}, status=429, headers={"Retry-After": "3"})
    mocked.add("GET", LIST, json=GROUPS)
    medusa.admin.customer_groups.list()
    assert sleeps == [3.0]


def test_retry_after_http_date_is_honoured(
    medusa: Medusa, mocked: responses.RequestsMock, sleeps: List[float]
) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    mocked.add("GET", LIST, json={}, status=503, headers={"Retry-After": when})
    mocked.add("GET", LIST, json=GROUPS)
    medusa.admin.customer_groups.list()
    assert len(sleeps) == 1 and 8 <= sleeps[0] <= 10


def test_retry_after_above_the_cap_fails_at_once(
    medusa: Medusa, mocked: responses.RequestsMock, sleeps: List[float]
) -> None:
    mocked.add("GET", LIST, json={"message": "slow down"}, status=429, headers={"Retry-After": "61"})
    with pytest.raises(RateLimitError, match="slow down"):
        medusa.admin.customer_groups.list()
    assert len(mocked.calls) == 1 and sleeps == []


def test_retry_after_cap_is_configurable(mocked: responses.RequestsMock) -> None:
    medusa = Medusa(base_url=BASE_URL, max_retry_after=5)
    medusa.client._sleep = lambda s: None
    mocked.add("GET", LIST, json={}, status=503, headers={"Retry-After": "6"})
    with pytest.raises(ServerError):
        medusa.admin.customer_groups.list()
    assert len(mocked.calls) == 1


def test_client_errors_are_not_retried(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", LIST, json={"type": "invalid_data", "message": "bad"}, status=400)
    with pytest.raises(Exception, match="bad"):
        medusa.admin.customer_groups.list()
    assert len(mocked.calls) == 1


@pytest.mark.parametrize(
    ("method", "path", "idempotent", "expected"),
    [
        ("GET", "/admin/products", False, True),
        ("HEAD", "/admin/products", False, True),
        ("POST", "/store/carts/c/complete", False, True),
        ("POST", "/store/carts/c/line-items", False, False),
        ("POST", "/store/carts/c/line-items/li_1", False, False),
        ("POST", "/store/carts/c/payment-sessions", False, True),
        ("POST", "/store/carts/c/taxes", False, True),
        ("POST", "/store/returns", False, False),
        ("POST", "/store/swaps", False, False),
        ("POST", "/admin/orders/o/claims", False, False),
        ("POST", "/admin/orders/o/claims/c/cancel", False, False),
        ("POST", "/admin/orders/o/swaps", False, False),
        ("POST", "/admin/orders/o/return", False, False),
        ("POST", "/admin/customer-groups", False, False),
        ("DELETE", "/admin/customer-groups/x", False, False),
        ("DELETE", "/admin/customer-groups/x", True, True),
        ("POST", "/store/carts", False, False),
    ],
)
def test_replayable_routes(method: str, path: str, idempotent: bool, expected: bool) -> None:
    """The table's ``replayable`` flag, GET/HEAD and ``idempotent=True`` make a call replayable."""
    matches = TABLE.matching(method, path)
    assert matches or method == "HEAD", f"{method} {path} is not a route"
    flagged = any("replayable" in route.flags for route, _ in matches[:1])
    assert (flagged or idempotent or method in ("GET", "HEAD")) is expected
