"""A seeded workload through a fault-injecting proxy in front of the real server, then the invariants.

``tests/support/chaosproxy.py`` sits between two clients (store and admin, default retries) and the
server and breaks about a fifth of the requests: refused connections, resets before and after the
server processed a request, answers cut in their head or body, bodies that stall, answers later than
the read timeout, 503 and 429 with and without ``Retry-After``. The workload does what
docs/reliability.md tells a user to do after each error (look before writing again; repeat by hand
only what is safe to repeat), with a fixed seed and bounded loops. Then, talking to the server
directly, it checks:

* no duplicate carts (one per checkout), line items (one line per variant, the quantity asked for),
  orders (one per cart) or customer groups (one per name), in the database;
* every call that returned normally returned what the server holds (orders, groups, pages);
* every error was a ``MedusaError`` (anything else fails the test where it is raised).

Back-off and ``Retry-After`` waits are slept at a quarter of their length to fit the run in about a
minute (the retry policy itself is the default one).
"""

from __future__ import annotations

import random
import subprocess
import time
import uuid
from collections import Counter
from typing import Any, Callable, Dict, Iterator, List, Optional, Set, Tuple, TypeVar

import pytest

from medusa_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    DuplicateError,
    Medusa,
    MedusaError,
    RateLimitError,
    ServerError,
)
from tests.support.chaosproxy import ChaosProxy, FaultPlan

from .conftest import API_TOKEN, BASE_URL, ENV
from .helpers import ADDRESS, MUG, TSHIRT_M_BLACK, US_REGION, US_STANDARD

SEED = 20261202
CALL_BUDGET = 480  # client calls through the proxy
WALL_BUDGET = 75.0  # seconds of workload at most
TIMEOUT = (2.0, 2.0)
PLAN = FaultPlan(
    seed=SEED,
    rate=0.22,
    weights={
        "refuse": 1.0,
        "drop_before": 1.0,
        "drop_after": 1.5,
        "cut_head": 1.5,
        "cut_body": 1.5,
        "stall_body": 0.5,
        "late": 0.5,
        "503": 1.0,
        "503_retry_after": 0.5,
        "429": 1.0,
        "429_retry_after": 0.5,
    },
    late_seconds=TIMEOUT[1] + 0.3,
    refuse_seconds=0.05,
)

T = TypeVar("T")
UNKNOWN: Any = object()


def psql(query: str) -> List[List[str]]:
    url = ENV.get("MEDUSA_DATABASE_URL", "postgres://medusa:medusa@127.0.0.1:55432/medusa")
    out = subprocess.run(
        ["psql", url, "-X", "-At", "-F", "\t", "-c", query], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


class Give(Exception):
    """The workload gives up on one operation (it keeps running)."""


class Workload:
    def __init__(self, proxy_url: str, tag: str) -> None:
        self.rng = random.Random(SEED)
        self.tag = tag
        self.store = Medusa(proxy_url, timeout=TIMEOUT)
        self.admin = Medusa(proxy_url, api_key=API_TOKEN, timeout=TIMEOUT)
        for medusa in (self.store, self.admin):
            medusa.client._sleep = lambda seconds: time.sleep(seconds / 4)
        self.calls = 0
        self.outcomes: Counter[str] = Counter()
        # what the workload knows (checked against the server at the end)
        self.carts: Dict[int, str] = {}  # checkout number -> cart id
        self.items: Dict[str, Dict[str, int]] = {}  # cart id -> variant -> quantity asked for
        self.orders: Dict[str, Any] = {}  # cart id -> the Order a call returned
        self.groups: Dict[str, Tuple[str, Optional[Dict[str, Any]]]] = {}  # name -> (id, metadata)
        self.deleted: Set[str] = set()
        self.unsure: Set[str] = set()  # groups whose existence an unanswered write left open
        self.page_reads = 0
        self.by_hand = Counter[str]()

    def close(self) -> None:
        self.store.close()
        self.admin.close()

    # ---------------------------------------------------------------- calls

    def call(self, name: str, fn: Callable[[], T]) -> T:
        """One client call; a MedusaError is counted and re-raised, anything else fails the test."""
        if self.calls >= CALL_BUDGET:
            raise Give("call budget spent")
        self.calls += 1
        try:
            result = fn()
        except MedusaError as exc:
            self.outcomes[type(exc).__name__] += 1
            raise
        self.outcomes["ok"] += 1
        return result

    def read(self, name: str, fn: Callable[[], T]) -> T:
        """A read: safe to repeat by hand, so repeated (a few times) until it answers."""
        for _ in range(4):
            try:
                return self.call(name, fn)
            except MedusaError:
                self.by_hand["read"] += 1
        raise Give(f"{name}: no answer")

    def repeatable(self, name: str, fn: Callable[[], T]) -> T:
        """A write that is safe to repeat (sets a value, or replayable): repeated by hand on any error
        that is not the server's refusal of the content."""
        for _ in range(3):
            try:
                return self.call(name, fn)
            except (APIConnectionError, APIResponseValidationError, ServerError, RateLimitError):
                self.by_hand["repeat"] += 1
        raise Give(f"{name}: failed three times")

    # ------------------------------------------------------------- checkout

    def checkout(self, k: int) -> None:
        store = self.store
        try:
            cart = self.call(
                "carts.create",
                lambda: (
                    store.carts.create({"region_id": US_REGION, "context": {"chaos": self.tag, "k": k}}).cart
                ),
            )
        except (RateLimitError, ServerError) as exc:
            if exc.status_code not in (429, 503):
                return  # unknown whether it was created; a cart without an id is abandoned
            self.by_hand["create-after-refusal"] += 1
            try:
                cart = self.call(
                    "carts.create",
                    lambda: (
                        store.carts.create(
                            {"region_id": US_REGION, "context": {"chaos": self.tag, "k": k}}
                        ).cart
                    ),
                )
            except MedusaError:
                return
        except MedusaError:
            return  # may exist: abandoned (checked: at most one cart per checkout)
        self.carts[k] = cart.id
        wanted = {TSHIRT_M_BLACK: 1 + k % 2, MUG: 1} if k % 3 == 0 else {TSHIRT_M_BLACK: 1 + k % 2}
        self.items[cart.id] = wanted
        for variant, quantity in wanted.items():
            self.add_line_once(cart.id, variant, quantity)
        self.repeatable(
            "carts.update",
            lambda: store.carts.update(
                cart.id,
                {
                    "email": f"{self.tag}-{k}@example.com",
                    "shipping_address": ADDRESS,
                    "billing_address": ADDRESS,
                },
                idempotent=True,
            ),
        )
        self.add_shipping_once(cart.id)
        self.repeatable("carts.create_payment_sessions", lambda: store.carts.create_payment_sessions(cart.id))
        self.repeatable(
            "carts.set_payment_session",
            lambda: store.carts.set_payment_session(cart.id, {"provider_id": "manual"}, idempotent=True),
        )
        result = self.repeatable("carts.complete", lambda: store.carts.complete(cart.id))
        assert result.type == "order", result.type
        self.orders[cart.id] = result.data

    def add_line_once(self, cart_id: str, variant: str, quantity: int) -> None:
        """Not replayable: after an unknown outcome, look at the cart before adding again."""
        for _ in range(3):
            try:
                self.call(
                    "line_items.create",
                    lambda: self.store.carts.line_items.create(
                        cart_id, {"variant_id": variant, "quantity": quantity}
                    ),
                )
                return
            except APIStatusError as exc:
                if exc.status_code not in (429, 503) and not isinstance(exc, ServerError):
                    raise Give(f"line item refused: {exc}") from None
            except MedusaError:
                pass
            cart = self.read("carts.retrieve", lambda: self.store.carts.retrieve(cart_id).cart)
            if any(item.variant_id == variant for item in cart.items):
                self.by_hand["looked-found"] += 1
                return
            self.by_hand["looked-absent"] += 1
        raise Give("line item: three failures")

    def add_shipping_once(self, cart_id: str) -> None:
        for _ in range(3):
            try:
                self.call(
                    "carts.add_shipping_method",
                    lambda: self.store.carts.add_shipping_method(cart_id, {"option_id": US_STANDARD}),
                )
                return
            except MedusaError:
                pass
            cart = self.read("carts.retrieve", lambda: self.store.carts.retrieve(cart_id).cart)
            if cart.shipping_methods:
                self.by_hand["looked-found"] += 1
                return
            self.by_hand["looked-absent"] += 1
        raise Give("shipping: three failures")

    # ---------------------------------------------------------------- groups

    def find_group(self, name: str) -> Optional[Any]:
        page = self.read(
            "customer_groups.list", lambda: self.admin.admin.customer_groups.list({"name": [name]})
        )
        return page.customer_groups[0] if page.customer_groups else None

    def create_group(self, k: int) -> None:
        name = f"{self.tag}-g{k:03d}"
        for _ in range(3):
            try:
                group = self.call(
                    "customer_groups.create", lambda: self.admin.admin.customer_groups.create({"name": name})
                )
                self.groups[name] = (group.customer_group.id, group.customer_group.metadata)
                return
            except DuplicateError:
                break  # an earlier attempt went through after all
            except MedusaError:
                pass
            found = self.find_group(name)
            if found is not None:
                self.by_hand["looked-found"] += 1
                self.groups[name] = (found.id, found.metadata)
                return
            self.by_hand["looked-absent"] += 1
        self.unsure.add(name)

    def update_group(self, name: str, n: int) -> None:
        group_id, _ = self.groups[name]
        metadata = {"chaos": self.tag, "n": n}
        self.groups[name] = (group_id, UNKNOWN)  # until an answer says which value the server holds
        updated = self.repeatable(
            "customer_groups.update",
            lambda: self.admin.admin.customer_groups.update(
                group_id, {"metadata": metadata}, idempotent=True
            ),
        )
        assert updated.customer_group.metadata == metadata
        self.groups[name] = (group_id, metadata)

    def delete_group(self, name: str) -> None:
        group_id, _ = self.groups.pop(name)
        self.unsure.add(name)
        deleted = self.repeatable(
            "customer_groups.delete",
            lambda: self.admin.admin.customer_groups.delete(group_id, idempotent=True),
        )
        assert (deleted.id, deleted.deleted) == (group_id, True)
        self.unsure.discard(name)
        self.deleted.add(name)

    def read_groups_paged(self) -> None:
        """Every page of the run's groups; what came back must be exactly the groups that exist."""
        first = self.read(
            "customer_groups.list", lambda: self.admin.admin.customer_groups.list({"q": self.tag, "limit": 4})
        )
        seen: List[str] = []
        page = first
        while True:
            seen.extend(g.name for g in page.customer_groups)
            for group in page.customer_groups:
                if group.name in self.unsure:  # an unanswered write happened after all
                    self.unsure.discard(group.name)
                    self.groups[group.name] = (group.id, group.metadata)
            if page.offset + len(page.customer_groups) >= page.count or not page.customer_groups:
                break
            offset = page.offset + len(page.customer_groups)
            page = self.read(
                "customer_groups.list",
                lambda offset=offset: self.admin.admin.customer_groups.list(
                    {"q": self.tag, "limit": 4, "offset": offset}
                ),
            )
        self.page_reads += 1
        assert len(seen) == len(set(seen)), seen
        assert set(seen) == set(self.groups), sorted(set(seen) ^ set(self.groups))
        self.unsure.clear()  # the ones not seen do not exist

    def read_products_paged(self, expected: List[str]) -> None:
        ids: List[str] = []
        offset = 0
        while True:
            page = self.read(
                "products.list",
                lambda offset=offset: self.store.products.list({"limit": 1, "offset": offset}),
            )
            ids.extend(p.id for p in page.products)
            offset += len(page.products)
            if offset >= page.count or not page.products:
                break
        self.page_reads += 1
        assert ids == expected

    # ------------------------------------------------------------------ run

    def run(self, products: List[str]) -> float:
        started = time.monotonic()
        checkouts = groups = 0
        while self.calls < CALL_BUDGET and time.monotonic() - started < WALL_BUDGET:
            choice = self.rng.random()
            if not self.groups and 0.65 <= choice < 0.8:
                choice = 0.5
            try:
                if choice < 0.3:
                    checkouts += 1
                    self.checkout(checkouts)
                elif choice < 0.65 or not self.groups:
                    groups += 1
                    self.create_group(groups)
                elif choice < 0.75:
                    name = self.rng.choice(sorted(self.groups))
                    self.update_group(name, self.calls)
                elif choice < 0.8:
                    self.delete_group(self.rng.choice(sorted(self.groups)))
                elif choice < 0.92:
                    self.read_groups_paged()
                else:
                    self.read_products_paged(products)
            except Give:
                self.outcomes["gave-up"] += 1
            except MedusaError as exc:  # typed, but not one the workload expects: counted, shown
                self.outcomes[f"unexpected-{type(exc).__name__}"] += 1
        return time.monotonic() - started


@pytest.fixture
def proxy() -> Iterator[ChaosProxy]:
    host, port = BASE_URL.split("//", 1)[1].rsplit(":", 1)
    with ChaosProxy((host, int(port)), PLAN) as chaos:
        yield chaos
    assert chaos.threads_alive() == 0, "the proxy left threads behind"


def test_workload_through_the_chaos_proxy_keeps_every_invariant(proxy: ChaosProxy, admin: Medusa) -> None:
    tag = f"chaos{SEED % 10000}-{uuid.uuid4().hex[:6]}"
    with Medusa(BASE_URL) as direct:
        products = [p.id for p in direct.products.list({"limit": 100}).products]
    work = Workload(proxy.url, tag)
    try:
        seconds = work.run(products)
    finally:
        work.close()

    # --- the database: nothing twice
    carts = psql(
        f"select context->>'k', count(*) from cart where context->>'chaos' = '{tag}' group by 1 having count(*) > 1"
    )
    assert carts == [], f"duplicate carts: {carts}"
    lines = psql(
        "select cart_id, variant_id, count(*), sum(quantity) from line_item "
        f"where cart_id in (select id from cart where context->>'chaos' = '{tag}') group by 1, 2"
    )
    assert all(count == "1" for _, _, count, _ in lines), f"duplicate line items: {lines}"
    for cart_id, variant, _, quantity in lines:
        if cart_id in work.items:
            assert work.items[cart_id].get(variant) == int(quantity), (cart_id, variant, quantity)
    orders = psql(
        'select cart_id, count(*) from "order" '
        f"where cart_id in (select id from cart where context->>'chaos' = '{tag}') group by 1"
    )
    assert all(count == "1" for _, count in orders), f"duplicate orders: {orders}"
    groups = psql(f"select name, count(*) from customer_group where name like '{tag}-%' group by 1")
    assert all(count == "1" for _, count in groups), f"duplicate groups: {groups}"

    # --- every normal return is what the server holds
    for cart_id, order in work.orders.items():
        held = admin.admin.orders.retrieve(order.id).order
        assert (held.cart_id, held.total, held.email) == (cart_id, order.total, order.email)
        assert sorted((i.variant_id, i.quantity) for i in held.items) == sorted(work.items[cart_id].items())
    for name, (group_id, metadata) in work.groups.items():
        held_group = admin.admin.customer_groups.retrieve(group_id).customer_group
        assert held_group.name == name
        assert metadata is UNKNOWN or held_group.metadata == metadata, (name, metadata, held_group.metadata)
    live = {
        row[0]
        for row in psql(f"select name from customer_group where name like '{tag}-%' and deleted_at is null")
    }
    assert set(work.groups) <= live <= set(work.groups) | work.unsure
    assert not live & work.deleted

    faults = proxy.counts()
    faults.pop("none", None)
    report = (
        f"\nchaos run (seed {SEED}): {work.calls} calls, {len(proxy.events)} requests at the proxy, "
        f"{sum(faults.values())} faults {dict(sorted(faults.items()))}, refusal windows "
        f"{proxy.refused_windows}; outcomes {dict(sorted(work.outcomes.items()))}; by hand "
        f"{dict(sorted(work.by_hand.items()))}; {len(work.orders)} orders, {len(work.groups)} groups live, "
        f"{len(work.deleted)} deleted, {work.page_reads} paged reads; {seconds:.1f} s"
    )
    print(report)
    assert work.calls >= 300 and sum(faults.values()) >= 60, report
    assert len(work.orders) >= 5 and work.page_reads >= 5, report
