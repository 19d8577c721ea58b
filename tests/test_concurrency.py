"""One client shared by many threads: no errors, no cross-talk, a bounded connection pool."""

from __future__ import annotations

import json
import logging
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterator, List, Set

import pytest

from medusa_client import Medusa
from tests.support.faultserver import FaultServer, Reply

API_KEY = "sk_concurrency_api_key"
GROUPS = "/admin/customer-groups"
THREADS = 16
ROUNDS = 12  # per thread; each round is 4 calls
TOKENS = [
    "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoiYSJ9." + "A" * 43,
    "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoiYmIifQ." + "B" * 86,
    "short.token.C",
]


def group_json(group_id: str, name: str = "VIP") -> Dict[str, Any]:
    return {
        "id": group_id,
        "name": name,
        "metadata": {"tier": "gold"},
        "created_at": "2026-11-25T17:51:29.756Z",
        "updated_at": "2026-11-25T17:51:29.756Z",
        "deleted_at": None,
    }


def group_id(thread: int, round_: int) -> str:
    return f"cgrp_t{thread:02d}_r{round_:03d}"


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer(host="127.0.0.1") as server:
        server.script(
            "GET",
            GROUPS,
            [
                Reply(
                    200,
                    {
                        "customer_groups": [group_json(f"cgrp_list_{i}") for i in range(10)],
                        "count": 42,
                        "offset": 0,
                        "limit": 10,
                    },
                )
            ],
        )
        server.script("POST", GROUPS, [Reply(200, {"customer_group": group_json("cgrp_created")})])
        for thread in range(THREADS):
            for round_ in range(ROUNDS):
                gid = group_id(thread, round_)
                server.script("GET", f"{GROUPS}/{gid}", [Reply(200, {"customer_group": group_json(gid)})])
                server.script(
                    "DELETE",
                    f"{GROUPS}/{gid}",
                    [Reply(200, {"id": gid, "object": "customer_group", "deleted": True})],
                )
        yield server


def run_threads(worker: Any, count: int = THREADS) -> List[Any]:
    barrier = threading.Barrier(count)

    def start(index: int) -> Any:
        barrier.wait()
        return worker(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(start, range(count)))


def test_shared_client_mixed_calls_from_16_threads(
    srv: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="urllib3.connectionpool")
    medusa = Medusa(srv.url, api_key=API_KEY)  # default settings

    def worker(thread: int) -> int:
        done = 0
        for round_ in range(ROUNDS):
            gid = group_id(thread, round_)
            listed = medusa.admin.customer_groups.list({"limit": 10, "offset": round_})
            assert listed.count == 42
            assert len(listed.customer_groups) == 10
            created = medusa.admin.customer_groups.create({"name": f"group-{thread}-{round_}"})
            assert created.customer_group.id == "cgrp_created"
            retrieved = medusa.admin.customer_groups.retrieve(gid)
            assert retrieved.customer_group.id == gid  # no cross-talk between threads
            deleted = medusa.admin.customer_groups.delete(gid)
            assert deleted.id == gid
            assert deleted.deleted is True
            done += 4
        return done

    try:
        results = run_threads(worker)
    finally:
        medusa.close()

    total = THREADS * ROUNDS * 4
    assert sum(results) == total
    assert len(srv.requests) == total
    names = sorted(json.loads(r.body)["name"] for r in srv.requests if r.method == "POST")
    assert names == sorted(f"group-{t}-{r}" for t in range(THREADS) for r in range(ROUNDS))
    keys = [r.headers["Idempotency-Key"] for r in srv.requests if r.method == "POST"]
    assert len(set(keys)) == len(keys)  # one key per call, never shared between threads
    assert all(r.headers["x-medusa-access-token"] == API_KEY for r in srv.requests)
    for thread in range(THREADS):
        for round_ in range(ROUNDS):
            path = f"{GROUPS}/{group_id(thread, round_)}"
            assert srv.count("GET", path) == 1
            assert srv.count("DELETE", path) == 1

    pool_warnings = [r.getMessage() for r in caplog.records if "Connection pool is full" in r.getMessage()]
    assert pool_warnings == []
    assert srv.connections <= 32
    assert srv.connections * 10 <= total  # connections are reused, far fewer than requests


def test_retries_in_many_threads_do_not_interfere(srv: FaultServer) -> None:
    medusa = Medusa(srv.url, api_key=API_KEY)
    slept: List[float] = []
    medusa.client._sleep = slept.append
    for thread in range(THREADS):
        gid = group_id(thread, 0)
        srv.script(
            "GET",
            f"{GROUPS}/{gid}",
            [
                Reply(503, "busy", content_type="text/plain"),
                Reply(502, "<html><h1>502</h1></html>", content_type="text/html"),
                Reply(200, {"customer_group": group_json(gid)}),
            ],
        )

    def worker(thread: int) -> str:
        return str(medusa.admin.customer_groups.retrieve(group_id(thread, 0)).customer_group.id)

    try:
        ids = run_threads(worker)
    finally:
        medusa.close()
    assert ids == [group_id(t, 0) for t in range(THREADS)]
    assert all(srv.count("GET", f"{GROUPS}/{group_id(t, 0)}") == 3 for t in range(THREADS))
    assert len(slept) == 2 * THREADS


def test_set_admin_token_while_requests_run(srv: FaultServer) -> None:
    """Swapping the JWT mid-flight: every request has zero or one Authorization, always a whole token."""
    medusa = Medusa(srv.url, api_key=API_KEY)
    medusa.client.set_admin_token(TOKENS[0])
    stop = threading.Event()
    swaps = 0

    def swapper() -> None:
        nonlocal swaps
        choices = [*TOKENS, None]
        while not stop.is_set():
            medusa.client.set_admin_token(choices[swaps % len(choices)])
            swaps += 1

    def worker(thread: int) -> None:
        for round_ in range(ROUNDS):
            medusa.admin.customer_groups.list()
            medusa.admin.customer_groups.retrieve(group_id(thread, round_))

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, to interleave with the swaps
    swapping = threading.Thread(target=swapper, daemon=True)
    swapping.start()
    try:
        run_threads(worker)
    finally:
        stop.set()
        swapping.join(5)
        sys.setswitchinterval(old_interval)
        medusa.close()

    assert swaps > 10
    allowed: Set[str] = {f"Bearer {token}" for token in TOKENS}
    seen: Set[str] = set()
    for recorded in srv.requests:
        names = [name for name in recorded.headers if name.lower() == "authorization"]
        assert len(names) <= 1
        if names:
            value = recorded.headers["Authorization"]
            assert value in allowed, value  # a duplicate would read "Bearer a, Bearer b"
            seen.add(value)
        assert recorded.headers["x-medusa-access-token"] == API_KEY
    assert len(srv.requests) == THREADS * ROUNDS * 2
    assert len(seen) >= 2  # the swaps really happened under the requests
