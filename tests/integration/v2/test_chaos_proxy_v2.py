"""The v2 client through a fault-injecting proxy in front of a real Medusa 2.21.2, then the invariants.

The v2 counterpart of ``tests/integration/test_chaos_proxy.py``: ``tests/support/chaosproxy.py``
sits between two ``medusa_client.v2`` clients (store with the publishable key, admin with the secret
key; default retries) and the server and breaks about a fifth of the requests: refused connections,
resets before and after the server processed a request, answers cut in their head or body, bodies
that stall, answers later than the read timeout, 503 and 429 with and without ``Retry-After``. The
workload (fixed seed, bounded in requests and time) makes v2 checkouts (cart, line items,
email/address, shipping option from ``list_cart_options``, ``initiate_payment_session``, complete),
customer-group creates/updates/deletes and paged reads (``auto_paging_iter``, limit 2-5), and after
each error does what docs/reliability.md tells a user to do: look before writing again, repeat by
hand only what is safe to repeat. Then, talking to the server directly (and to its database), it
checks:

* nothing twice: one cart per checkout, one live line per (cart, variant) with the quantity asked
  for, one shipping method, one payment collection and at most one live payment session per cart,
  one order per cart, one live group per name;
* every call that returned normally returned what the server holds (carts, orders, groups, deletes,
  pages);
* every error was a ``MedusaError`` (anything else fails the test where it is raised);
* the client never repeated a write that is not replayable after the server may have received it
  (counted at the proxy: every call sends its number in ``X-Chaos-Call``, the same on each attempt).

Back-off and ``Retry-After`` waits are slept at a quarter of their length to fit the run in about a
minute (the retry policy itself is the default one).
"""

from __future__ import annotations

import uuid
from collections import Counter
from functools import partial
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from medusa_client.v2 import (
    APIStatusError,
    InvalidDataError,
    Medusa,
    MedusaError,
    RateLimitError,
    ServerError,
)
from tests.support import chaos_workload as chaos
from tests.support.chaos_workload import UNKNOWN, ChaosWorkload, Give, assert_each_once
from tests.support.chaosproxy import Event, TaggedChaosProxy

from .conftest import BASE_URL, ENV, PUBLISHABLE_KEY, SECRET_KEY, _pg_port
from .helpers import ADDRESS, MUG, US_REGION, US_STANDARD

SEED = 20261203
REQUEST_BUDGET = 400  # requests at the proxy (client retries included)
WALL_BUDGET = 60.0  # seconds of workload at most
TIMEOUT = (2.0, 2.5)
TSHIRT = "variant_harness_tshirt_m_black"  # usd 20, stock 100 (mug: usd 12, no inventory)
PRICES = {MUG: 12, TSHIRT: 20}
SHIPPING = 10  # so_harness_us_standard
PROVIDER = "pp_system_default"
PLAN = chaos.fault_plan(SEED, TIMEOUT[1])
#: calls whose requests the client must never repeat once the server may have received them
NOT_REPLAYABLE = {
    "cart.create",
    "cart.create_line_item",
    "cart.add_shipping_method",
    "payment.initiate_payment_session",  # POST /store/payment-collections, then .../payment-sessions
    "customer_group.create",
}
#: faults after which nothing reached the server (any call may be repeated)
TURNED_AWAY = {"503", "503_retry_after", "429", "429_retry_after"}
TAG_HEADER = "X-Chaos-Call"
DATABASE_URL = ENV.get("MEDUSA_DATABASE_URL") or f"postgres://medusa:medusa@127.0.0.1:{_pg_port()}/medusa"
psql = partial(chaos.psql, DATABASE_URL)


class Workload(ChaosWorkload):
    BOUNDS = (0.25, 0.55, 0.65, 0.73, 0.88)

    def __init__(self, proxy: TaggedChaosProxy, tag: str, products: List[str]) -> None:
        self.proxy = proxy
        self.store = Medusa(base_url=proxy.url, api_key="", publishable_key=PUBLISHABLE_KEY, timeout=TIMEOUT)
        self.admin = Medusa(base_url=proxy.url, api_key=SECRET_KEY, publishable_key="", timeout=TIMEOUT)
        super().__init__(SEED, tag, [self.store, self.admin], products)
        self.names: Dict[str, str] = {}  # call number -> call name
        self.seen_carts: Dict[str, Any] = {}  # cart id -> the last StoreCart a call returned (or UNKNOWN)
        self.collections: Dict[str, str] = {}  # cart id -> payment collection id a call returned
        self.page_reads: Counter[str] = Counter()

    def spent(self) -> bool:
        return len(self.proxy.events) >= REQUEST_BUDGET

    def options(self, name: str) -> Dict[str, Any]:
        """Each call tagged for the proxy with its number."""
        self.names[str(self.calls)] = name
        return {"custom_headers": {TAG_HEADER: str(self.calls)}}

    def retrieve_cart(self, cart_id: str) -> Any:
        cart = self.read("cart.retrieve", lambda o: self.store.store.cart.retrieve(cart_id, **o).cart)
        self.seen_carts[cart_id] = cart
        return cart

    # ------------------------------------------------------------- checkout

    def checkout(self, k: int) -> None:
        store = self.store.store
        payload = {"region_id": US_REGION, "metadata": {"chaos": self.tag, "k": k}}
        for _ in range(2):
            try:
                cart = self.call("cart.create", lambda o: store.cart.create(payload, **o).cart)
                break
            except (RateLimitError, ServerError) as exc:
                if exc.status_code != 429 and exc.status_code != 503:
                    return  # maybe created: the only handle on it is lost, abandoned
                self.by_hand["create-after-refusal"] += 1  # turned away: nothing was created
            except MedusaError:
                return  # maybe created (checked: at most one cart per checkout)
        else:
            return
        self.carts[k] = cart.id
        self.seen_carts[cart.id] = cart
        wanted = {MUG: 1 + k % 2, TSHIRT: 1} if k % 3 == 0 else {MUG: 1 + k % 2}
        self.items[cart.id] = wanted
        for variant, quantity in wanted.items():
            self.add_line_once(cart.id, variant, quantity)
        self.seen_carts[cart.id] = UNKNOWN
        self.seen_carts[cart.id] = self.repeatable(
            "cart.update",
            lambda o: (
                store.cart.update(
                    cart.id,
                    {
                        "email": f"{self.tag}-{k}@example.com",
                        "shipping_address": ADDRESS,
                        "billing_address": ADDRESS,
                    },
                    **o,
                ).cart
            ),
        )
        options = self.read(
            "fulfillment.list_cart_options",
            lambda o: store.fulfillment.list_cart_options({"cart_id": cart.id}, **o).shipping_options,
        )
        assert US_STANDARD in [option.id for option in options], [option.id for option in options]
        self.add_shipping_once(cart.id)
        self.pay_once(cart.id)
        result = self.repeatable("cart.complete", lambda o: store.cart.complete(cart.id, **o))
        assert result.type == "order", result
        self.orders[cart.id] = result.order

    def add_line_once(self, cart_id: str, variant: str, quantity: int) -> None:
        """Not replayable (v2 adds the quantity again): after an unknown outcome, look at the cart
        before adding again."""
        for _ in range(3):
            self.seen_carts[cart_id] = UNKNOWN
            try:
                self.seen_carts[cart_id] = self.call(
                    "cart.create_line_item",
                    lambda o: (
                        self.store.store.cart.create_line_item(
                            cart_id, {"variant_id": variant, "quantity": quantity}, **o
                        ).cart
                    ),
                )
                return
            except APIStatusError as exc:
                if exc.status_code in (429, 503):
                    self.by_hand["repeat-after-refusal"] += 1
                    continue  # turned away: nothing was added
                if not isinstance(exc, ServerError):
                    raise Give(f"line item refused: {exc}") from None
            except MedusaError:
                pass
            lines = [item for item in self.retrieve_cart(cart_id).items if item.variant_id == variant]
            if self.looked(lines):
                assert [line.quantity for line in lines] == [quantity], (cart_id, variant, lines)
                return
        raise Give("line item: three failures")

    def post_shipping(self, cart_id: str) -> None:
        self.seen_carts[cart_id] = UNKNOWN
        self.seen_carts[cart_id] = self.call(
            "cart.add_shipping_method",
            lambda o: (
                self.store.store.cart.add_shipping_method(cart_id, {"option_id": US_STANDARD}, **o).cart
            ),
        )

    def pay_once(self, cart_id: str) -> None:
        """``initiate_payment_session`` creates the cart's payment collection first (one more POST)
        when the cart it is given has none: after an error, look at the cart's collection."""
        cart: Any = cart_id
        for _ in range(3):
            try:
                result = self.call(
                    "payment.initiate_payment_session",
                    lambda o, cart=cart: self.store.store.payment.initiate_payment_session(
                        cart, {"provider_id": PROVIDER}, **o
                    ),
                )
                collection = result.payment_collection
                assert [s.provider_id for s in collection.payment_sessions] == [PROVIDER]
                self.collections[cart_id] = collection.id
                return
            except MedusaError:
                pass
            cart = self.retrieve_cart(cart_id)
            collection = cart.payment_collection
            if self.looked(
                collection and any(s.provider_id == PROVIDER for s in collection.payment_sessions or [])
            ):
                self.collections[cart_id] = collection.id
                return
            # again, with the collection if it was created
        raise Give("payment session: three failures")

    # ---------------------------------------------------------------- groups

    def find_group(self, name: str) -> Optional[Any]:
        page = self.read(
            "customer_group.list", lambda o: self.admin.admin.customer_group.list({"q": name}, **o)
        )
        found = [group for group in page.customer_groups if group.name == name]  # q is a substring
        assert len(found) <= 1, found
        return found[0] if found else None

    def post_group(self, name: str) -> Any:
        return self.call(
            "customer_group.create",
            lambda o: self.admin.admin.customer_group.create({"name": name}, **o).customer_group,
        )

    def after_create_error(self, exc: MedusaError) -> str:
        if isinstance(exc, InvalidDataError):
            if "already exists" not in exc.message:
                raise exc  # a refusal of the content: counted as unexpected by run()
            self.by_hand["already-exists"] += 1  # an earlier attempt went through: look it up
        elif isinstance(exc, (RateLimitError, ServerError)) and exc.status_code in (429, 503):
            self.by_hand["repeat-after-refusal"] += 1
            return "again"
        return "look"

    def set_group_metadata(self, group_id: str, metadata: Dict[str, Any]) -> Any:
        return self.repeatable(
            "customer_group.update",
            lambda o: (
                self.admin.admin.customer_group.update(
                    group_id, {"metadata": metadata}, idempotent=True, **o
                ).customer_group
            ),
        )

    def remove_group(self, group_id: str) -> None:
        deleted = self.repeatable(
            "customer_group.delete", lambda o: self.admin.admin.customer_group.delete(group_id, **o)
        )
        assert (deleted.id, deleted.object, deleted.deleted) == (group_id, "customer_group", True)

    # ----------------------------------------------------------------- pages

    def read_groups_paged(self) -> None:
        """Every page of the run's groups (``auto_paging_iter``); they must be exactly the groups that
        exist, each once."""
        limit = self.rng.randint(2, 5)
        groups = self.read(
            "customer_group.list",
            lambda o: list(
                self.admin.admin.customer_group.list(
                    {"q": self.tag, "limit": limit, "order": "name"}, **o
                ).auto_paging_iter()
            ),
        )
        names = [group.name for group in groups]
        assert names == sorted(names), names
        for group in groups:
            if not self.saw_group(group):
                assert group.name in self.groups, (group.name, sorted(self.groups))
                group_id, metadata = self.groups[group.name]
                assert group.id == group_id
                if metadata is UNKNOWN:
                    self.groups[group.name] = (group_id, group.metadata)
                else:
                    assert group.metadata == metadata, (group.name, group.metadata, metadata)
        self.saw_all_groups(names)
        self.page_reads["customer_group"] += 1

    def read_products_paged(self) -> None:
        limit = self.rng.randint(2, 5)
        ids = self.read(
            "product.list",
            lambda o: [
                p.id
                for p in self.store.store.product.list(
                    {"limit": limit, "order": "id", "fields": "id"}, **o
                ).auto_paging_iter()
            ],
        )
        assert ids == self.products
        self.page_reads["product"] += 1


def client_retries(
    proxy: TaggedChaosProxy, names: Dict[str, str]
) -> Tuple[Counter[str], List[Tuple[str, List[Event]]]]:
    """The client's own repeats, counted at the proxy: (repeats by call name and by the fault that
    preceded them, the repeats of a non-replayable call after the server may have received it)."""
    retried: Counter[str] = Counter()
    unsafe: List[Tuple[str, List[Event]]] = []
    for (tag, _, _), attempts in proxy.attempts().items():
        name = names.get(tag or "", "untagged")
        for before in attempts[:-1]:
            retried[f"{name} after {before.fault}"] += 1
        if name in NOT_REPLAYABLE and any(before.fault not in TURNED_AWAY for before in attempts[:-1]):
            unsafe.append((name, attempts))
    return retried, unsafe


@pytest.fixture
def proxy() -> Iterator[TaggedChaosProxy]:
    with chaos.running_proxy(BASE_URL, TaggedChaosProxy, PLAN, tag_header=TAG_HEADER) as running:
        yield running


def test_v2_workload_through_the_chaos_proxy_keeps_every_invariant(
    proxy: TaggedChaosProxy, admin: Medusa, store: Medusa
) -> None:
    tag = f"v2chaos{SEED % 10000}-{uuid.uuid4().hex[:6]}"
    products = [
        p.id for p in store.store.product.list({"limit": 100, "order": "id", "fields": "id"}).products
    ]
    work = Workload(proxy, tag, products)
    try:
        seconds = work.run(WALL_BUDGET)
    finally:
        work.close()
    ours = f"select id from cart where metadata->>'chaos' = '{tag}'"

    # --- the database: nothing twice
    carts = psql(f"select metadata->>'k', count(*) from cart where metadata->>'chaos' = '{tag}' group by 1")
    assert_each_once(carts, "carts")
    assert {int(k) for k, _ in carts} >= set(work.carts)
    lines = psql(
        "select cart_id, variant_id, count(*), sum(quantity) from cart_line_item "
        f"where deleted_at is null and cart_id in ({ours}) group by 1, 2"
    )
    assert_each_once(lines, "line items", column=2)
    for cart_id, variant, _, quantity in lines:
        assert work.items[cart_id].get(variant) == int(quantity), (cart_id, variant, quantity)
    shipping = psql(
        f"select cart_id, count(*) from cart_shipping_method where deleted_at is null and cart_id in ({ours}) "
        "group by 1"
    )
    assert_each_once(shipping, "shipping methods")
    collections = dict(
        (row[0], row[1])
        for row in psql(
            "select cart_id, string_agg(payment_collection_id, ',') from cart_payment_collection "
            f"where deleted_at is null and cart_id in ({ours}) group by 1"
        )
    )
    assert all("," not in ids for ids in collections.values()), (
        f"duplicate payment collections: {collections}"
    )
    sessions = psql(
        "select payment_collection_id, count(*) from payment_session where deleted_at is null and "
        "payment_collection_id in (select payment_collection_id from cart_payment_collection "
        f"where cart_id in ({ours})) group by 1"
    )
    assert_each_once(sessions, "payment sessions")
    order_links = psql(
        "select cart_id, string_agg(order_id, ',') from order_cart "
        f"where deleted_at is null and cart_id in ({ours}) group by 1"
    )
    assert all("," not in ids for _, ids in order_links), f"duplicate orders: {order_links}"
    order_of = dict((row[0], row[1]) for row in order_links)
    groups = psql(
        f"select name, count(*) from customer_group where name like '{tag}-%' and deleted_at is null group by 1"
    )
    assert_each_once(groups, "groups")

    # --- every normal return is what the server holds (read directly, not through the proxy)
    for cart_id, seen in work.seen_carts.items():
        if seen is UNKNOWN:
            continue
        held = store.store.cart.retrieve(cart_id).cart
        assert held.email == seen.email, (cart_id, held.email, seen.email)
        assert sorted((i.variant_id, i.quantity) for i in held.items) == sorted(
            (i.variant_id, i.quantity) for i in seen.items
        ), cart_id
        assert [m.shipping_option_id for m in held.shipping_methods or []] == [
            m.shipping_option_id for m in seen.shipping_methods or []
        ], cart_id
    for cart_id, collection_id in work.collections.items():
        assert collections.get(cart_id) == collection_id, (cart_id, collection_id, collections.get(cart_id))
    for cart_id, order in work.orders.items():
        assert order_of.get(cart_id) == order.id, (cart_id, order.id, order_of.get(cart_id))
        held_order = admin.admin.order.retrieve(order.id, query={"fields": "id,email,total,*items"}).order
        wanted = work.items[cart_id]
        assert (held_order.email, held_order.total) == (order.email, order.total), order.id
        assert order.total == SHIPPING + sum(PRICES[v] * q for v, q in wanted.items()), (
            order.id,
            order.total,
        )
        assert sorted((i.variant_id, i.quantity) for i in held_order.items) == sorted(wanted.items())
    work.check_groups(
        lambda group_id: admin.admin.customer_group.retrieve(group_id).customer_group, DATABASE_URL
    )
    if work.deleted:
        gone = psql(
            "select id from customer_group where deleted_at is not null and id in ("
            + ", ".join(f"'{group_id}'" for group_id in work.deleted.values())
            + ")"
        )
        assert {row[0] for row in gone} == set(work.deleted.values())

    # --- the client's own retries, counted at the proxy
    retried, unsafe = client_retries(proxy, work.names)
    assert unsafe == [], (
        f"non-replayable writes repeated by the client after the server may have had them: {unsafe}"
    )

    report, faults = work.report(
        "v2 chaos run",
        proxy,
        seconds,
        f"client retries {sum(retried.values())} {dict(sorted(retried.items()))}",
        f"{len(work.carts)} carts, {len(work.orders)} orders, {len(work.groups)} groups live, "
        f"{len(work.deleted)} deleted, paged reads {dict(work.page_reads)}",
    )
    # the server's cart writes take 0.3-0.7 s on a shared machine: the time budget ends the run first
    assert len(proxy.events) >= 120 and faults >= 25, report
    assert len(work.orders) >= 5 and sum(work.page_reads.values()) >= 5, report
    assert not [k for k in work.outcomes if k.startswith("unexpected-")], report
