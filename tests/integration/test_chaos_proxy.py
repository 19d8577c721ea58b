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

import uuid
from functools import partial
from typing import Any, Dict, Iterator, List, Optional

import pytest

from medusa_client import APIStatusError, DuplicateError, Medusa, MedusaError, RateLimitError, ServerError
from tests.support import chaos_workload as chaos
from tests.support.chaos_workload import ChaosWorkload, Give, assert_each_once
from tests.support.chaosproxy import ChaosProxy

from .conftest import API_TOKEN, BASE_URL, ENV
from .helpers import ADDRESS, MUG, TSHIRT_M_BLACK, US_REGION, US_STANDARD

SEED = 20261202
CALL_BUDGET = 480  # client calls through the proxy
WALL_BUDGET = 75.0  # seconds of workload at most
TIMEOUT = (2.0, 2.0)
PLAN = chaos.fault_plan(SEED, TIMEOUT[1])
DATABASE_URL = ENV.get("MEDUSA_DATABASE_URL", "postgres://medusa:medusa@127.0.0.1:55432/medusa")
psql = partial(chaos.psql, DATABASE_URL)


class Workload(ChaosWorkload):
    BOUNDS = (0.3, 0.65, 0.75, 0.8, 0.92)

    def __init__(self, proxy_url: str, tag: str, products: List[str]) -> None:
        self.store = Medusa(proxy_url, timeout=TIMEOUT)
        self.admin = Medusa(proxy_url, api_key=API_TOKEN, timeout=TIMEOUT)
        super().__init__(SEED, tag, [self.store, self.admin], products)
        self.page_reads = 0

    def spent(self) -> bool:
        return self.calls >= CALL_BUDGET

    # ------------------------------------------------------------- checkout

    def checkout(self, k: int) -> None:
        store = self.store
        payload = {"region_id": US_REGION, "context": {"chaos": self.tag, "k": k}}
        try:
            cart = self.call("carts.create", lambda o: store.carts.create(payload, **o).cart)
        except (RateLimitError, ServerError) as exc:
            if exc.status_code not in (429, 503):
                return  # unknown whether it was created; a cart without an id is abandoned
            self.by_hand["create-after-refusal"] += 1
            try:
                cart = self.call("carts.create", lambda o: store.carts.create(payload, **o).cart)
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
            lambda o: store.carts.update(
                cart.id,
                {
                    "email": f"{self.tag}-{k}@example.com",
                    "shipping_address": ADDRESS,
                    "billing_address": ADDRESS,
                },
                idempotent=True,
                **o,
            ),
        )
        self.add_shipping_once(cart.id)
        self.repeatable(
            "carts.create_payment_sessions", lambda o: store.carts.create_payment_sessions(cart.id, **o)
        )
        self.repeatable(
            "carts.set_payment_session",
            lambda o: store.carts.set_payment_session(
                cart.id, {"provider_id": "manual"}, idempotent=True, **o
            ),
        )
        result = self.repeatable("carts.complete", lambda o: store.carts.complete(cart.id, **o))
        assert result.type == "order", result.type
        self.orders[cart.id] = result.data

    def retrieve_cart(self, cart_id: str) -> Any:
        return self.read("carts.retrieve", lambda o: self.store.carts.retrieve(cart_id, **o).cart)

    def add_line_once(self, cart_id: str, variant: str, quantity: int) -> None:
        """Not replayable: after an unknown outcome, look at the cart before adding again."""
        for _ in range(3):
            try:
                self.call(
                    "line_items.create",
                    lambda o: self.store.carts.line_items.create(
                        cart_id, {"variant_id": variant, "quantity": quantity}, **o
                    ),
                )
                return
            except APIStatusError as exc:
                if exc.status_code not in (429, 503) and not isinstance(exc, ServerError):
                    raise Give(f"line item refused: {exc}") from None
            except MedusaError:
                pass
            if self.looked(any(item.variant_id == variant for item in self.retrieve_cart(cart_id).items)):
                return
        raise Give("line item: three failures")

    def post_shipping(self, cart_id: str) -> None:
        self.call(
            "carts.add_shipping_method",
            lambda o: self.store.carts.add_shipping_method(cart_id, {"option_id": US_STANDARD}, **o),
        )

    # ---------------------------------------------------------------- groups

    def find_group(self, name: str) -> Optional[Any]:
        page = self.read(
            "customer_groups.list", lambda o: self.admin.admin.customer_groups.list({"name": [name]}, **o)
        )
        return page.customer_groups[0] if page.customer_groups else None

    def post_group(self, name: str) -> Any:
        return self.call(
            "customer_groups.create", lambda o: self.admin.admin.customer_groups.create({"name": name}, **o)
        ).customer_group

    def after_create_error(self, exc: MedusaError) -> str:
        # a DuplicateError: an earlier attempt went through after all
        return "stop" if isinstance(exc, DuplicateError) else "look"

    def set_group_metadata(self, group_id: str, metadata: Dict[str, Any]) -> Any:
        return self.repeatable(
            "customer_groups.update",
            lambda o: self.admin.admin.customer_groups.update(
                group_id, {"metadata": metadata}, idempotent=True, **o
            ),
        ).customer_group

    def remove_group(self, group_id: str) -> None:
        deleted = self.repeatable(
            "customer_groups.delete",
            lambda o: self.admin.admin.customer_groups.delete(group_id, idempotent=True, **o),
        )
        assert (deleted.id, deleted.deleted) == (group_id, True)

    def read_groups_paged(self) -> None:
        """Every page of the run's groups; what came back must be exactly the groups that exist."""
        first = self.read(
            "customer_groups.list",
            lambda o: self.admin.admin.customer_groups.list({"q": self.tag, "limit": 4}, **o),
        )
        seen: List[str] = []
        page = first
        while True:
            seen.extend(g.name for g in page.customer_groups)
            for group in page.customer_groups:
                self.saw_group(group)
            if page.offset + len(page.customer_groups) >= page.count or not page.customer_groups:
                break
            offset = page.offset + len(page.customer_groups)
            page = self.read(
                "customer_groups.list",
                lambda o, offset=offset: self.admin.admin.customer_groups.list(
                    {"q": self.tag, "limit": 4, "offset": offset}, **o
                ),
            )
        self.page_reads += 1
        self.saw_all_groups(seen)

    def read_products_paged(self) -> None:
        ids: List[str] = []
        offset = 0
        while True:
            page = self.read(
                "products.list",
                lambda o, offset=offset: self.store.products.list({"limit": 1, "offset": offset}, **o),
            )
            ids.extend(p.id for p in page.products)
            offset += len(page.products)
            if offset >= page.count or not page.products:
                break
        self.page_reads += 1
        assert ids == self.products


@pytest.fixture
def proxy() -> Iterator[ChaosProxy]:
    with chaos.running_proxy(BASE_URL, ChaosProxy, PLAN) as running:
        yield running


def test_workload_through_the_chaos_proxy_keeps_every_invariant(proxy: ChaosProxy, admin: Medusa) -> None:
    tag = f"chaos{SEED % 10000}-{uuid.uuid4().hex[:6]}"
    with Medusa(BASE_URL) as direct:
        products = [p.id for p in direct.products.list({"limit": 100}).products]
    work = Workload(proxy.url, tag, products)
    try:
        seconds = work.run(WALL_BUDGET)
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
    assert_each_once(lines, "line items", column=2)
    for cart_id, variant, _, quantity in lines:
        if cart_id in work.items:
            assert work.items[cart_id].get(variant) == int(quantity), (cart_id, variant, quantity)
    orders = psql(
        'select cart_id, count(*) from "order" '
        f"where cart_id in (select id from cart where context->>'chaos' = '{tag}') group by 1"
    )
    assert_each_once(orders, "orders")
    assert_each_once(
        psql(f"select name, count(*) from customer_group where name like '{tag}-%' group by 1"), "groups"
    )

    # --- every normal return is what the server holds
    for cart_id, order in work.orders.items():
        held = admin.admin.orders.retrieve(order.id).order
        assert (held.cart_id, held.total, held.email) == (cart_id, order.total, order.email)
        assert sorted((i.variant_id, i.quantity) for i in held.items) == sorted(work.items[cart_id].items())
    live = work.check_groups(
        lambda group_id: admin.admin.customer_groups.retrieve(group_id).customer_group, DATABASE_URL
    )
    assert not live & set(work.deleted)

    report, faults = work.report(
        "chaos run",
        proxy,
        seconds,
        f"{len(work.orders)} orders, {len(work.groups)} groups live, {len(work.deleted)} deleted, "
        f"{work.page_reads} paged reads",
    )
    assert work.calls >= 300 and faults >= 60, report
    assert len(work.orders) >= 5 and work.page_reads >= 5, report
