"""What the v1 and v2 chaos workloads share (``tests/integration/test_chaos_proxy.py``,
``tests/integration/v2/test_chaos_proxy_v2.py``): the fault plan, the proxy in front of the server,
the bookkeeping and the by-hand repeats of a workload, the database checks and the report.

A workload subclasses :class:`ChaosWorkload` with the operations of its API (checkouts, customer
groups, paged reads) and one :meth:`~ChaosWorkload.step`; every client call goes through
:meth:`~ChaosWorkload.call`, which counts it and its outcome, and after each error the workload does
what docs/reliability.md tells a user to do: :meth:`~ChaosWorkload.read` repeats a read by hand,
:meth:`~ChaosWorkload.repeatable` a write that is safe to repeat, and a write that is not looks
(:meth:`~ChaosWorkload.looked`) before writing again. Back-off and ``Retry-After`` waits of the
clients are slept at a quarter of their length (the retry policy itself is the default one).
"""

from __future__ import annotations

import contextlib
import random
import subprocess
import time
from collections import Counter
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Set, Tuple, Type, TypeVar

from medusa_client import (
    APIConnectionError,
    APIResponseValidationError,
    MedusaError,
    RateLimitError,
    ServerError,
)
from tests.support.chaosproxy import ChaosProxy, FaultPlan

__all__ = [
    "UNKNOWN",
    "ChaosWorkload",
    "Give",
    "assert_each_once",
    "fault_plan",
    "psql",
    "running_proxy",
]

T = TypeVar("T")
P = TypeVar("P", bound=ChaosProxy)
#: a value a write may or may not have set (an answer, or a read, will tell which)
UNKNOWN: Any = object()


def fault_plan(seed: int, read_timeout: float) -> FaultPlan:
    """About a fifth of the requests broken, by every kind of fault; ``late`` answers come 0.3 s
    after the client's ``read_timeout``."""
    return FaultPlan(
        seed=seed,
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
        late_seconds=read_timeout + 0.3,
        refuse_seconds=0.05,
    )


@contextlib.contextmanager
def running_proxy(base_url: str, proxy_class: Type[P], plan: FaultPlan, **kwargs: Any) -> Iterator[P]:
    """A ``proxy_class`` in front of the server at ``base_url``; it must leave no thread behind."""
    host, port = base_url.split("//", 1)[1].rsplit(":", 1)
    chaos = proxy_class((host, int(port)), plan, **kwargs)
    with chaos:
        yield chaos
    assert chaos.threads_alive() == 0, "the proxy left threads behind"


def psql(url: str, query: str) -> List[List[str]]:
    """The rows of ``query`` on the database at ``url`` (each a list of text columns)."""
    out = subprocess.run(
        ["psql", url, "-X", "-At", "-F", "\t", "-c", query], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def assert_each_once(rows: Sequence[Sequence[str]], what: str, column: int = 1) -> None:
    """Rows of a ``count(*) ... group by`` query: every group counted once (``column`` holds the count)."""
    assert all(row[column] == "1" for row in rows), f"duplicate {what}: {rows}"


class Give(Exception):
    """The workload gives up on one operation (it keeps running)."""


class ChaosWorkload:
    """The bookkeeping of a workload with the ``clients`` (closed by :meth:`close`).

    What the workload knows is checked against the server at the end: the carts of its checkouts,
    the quantities asked for, the orders and the customer groups calls returned.
    """

    #: where a draw of :attr:`rng` falls in [0, 1) picks a :meth:`step`: a checkout below the first
    #: bound, below the next ones a group created, updated, deleted, the groups read page by page, and
    #: above them all the products read page by page
    BOUNDS: Tuple[float, float, float, float, float]

    def __init__(self, seed: int, tag: str, clients: Sequence[Any], products: List[str]) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.tag = tag
        self.clients = clients
        self.products = products  # the ids of the products, in the order the workload reads them
        for medusa in clients:
            medusa.client._sleep = lambda seconds: time.sleep(seconds / 4)
        self.calls = 0
        self.outcomes: Counter[str] = Counter()
        self.by_hand: Counter[str] = Counter()
        self.checkouts = 0  # checkouts started
        self.groups_made = 0  # customer groups created
        self.carts: Dict[int, str] = {}  # checkout number -> cart id
        self.items: Dict[str, Dict[str, int]] = {}  # cart id -> variant -> quantity asked for
        self.orders: Dict[str, Any] = {}  # cart id -> the order a call returned
        self.groups: Dict[str, Tuple[str, Any]] = {}  # name -> (id, metadata or UNKNOWN)
        self.unsure: Set[str] = set()  # groups whose existence an unanswered write left open
        self.deleted: Dict[str, str] = {}  # name -> id, deleted by a call that returned normally

    def close(self) -> None:
        for medusa in self.clients:
            medusa.close()

    # ------------------------------------------------------- the subclass's part

    def spent(self) -> bool:
        """Whether the workload's budget (of calls, or of requests) is spent."""
        raise NotImplementedError

    def options(self, name: str) -> Dict[str, Any]:
        """The request options of call number :attr:`calls` (``name``): none by default."""
        return {}

    def checkout(self, k: int) -> None:
        """Checkout number ``k``: a cart, its lines, shipping, payment, and the order."""
        raise NotImplementedError

    def retrieve_cart(self, cart_id: str) -> Any:
        """The cart (read by hand until it answers)."""
        raise NotImplementedError

    def post_shipping(self, cart_id: str) -> None:
        """Add the standard shipping method to the cart (one :meth:`call`)."""
        raise NotImplementedError

    def read_groups_paged(self) -> None:
        """Read the run's groups page by page (:meth:`saw_group`, :meth:`saw_all_groups`)."""
        raise NotImplementedError

    def read_products_paged(self) -> None:
        """Read the products page by page (they must be :attr:`products`)."""
        raise NotImplementedError

    # ---------------------------------------------------------------- calls

    def call(self, name: str, fn: Callable[[Dict[str, Any]], T]) -> T:
        """One client call, given the call's :meth:`options`; a MedusaError is counted and re-raised,
        anything else fails the test."""
        if self.spent():
            raise Give("budget spent")
        self.calls += 1
        try:
            result = fn(self.options(name))
        except MedusaError as exc:
            self.outcomes[type(exc).__name__] += 1
            raise
        self.outcomes["ok"] += 1
        return result

    def read(self, name: str, fn: Callable[[Dict[str, Any]], T]) -> T:
        """A read: safe to repeat by hand, so repeated (a few times) until it answers."""
        for _ in range(4):
            try:
                return self.call(name, fn)
            except MedusaError:
                self.by_hand["read"] += 1
        raise Give(f"{name}: no answer")

    def repeatable(self, name: str, fn: Callable[[Dict[str, Any]], T]) -> T:
        """A write that is safe to repeat (replayable, or it sets a value): repeated by hand on any
        error that is not the server's refusal of the content."""
        for _ in range(3):
            try:
                return self.call(name, fn)
            except (APIConnectionError, APIResponseValidationError, ServerError, RateLimitError):
                self.by_hand["repeat"] += 1
        raise Give(f"{name}: failed three times")

    def looked(self, found: object) -> bool:
        """Counts a look after a write of unknown outcome: whether the write was ``found`` done."""
        self.by_hand["looked-found" if found else "looked-absent"] += 1
        return bool(found)

    # ------------------------------------------------------------- checkout

    def add_shipping_once(self, cart_id: str) -> None:
        """Not replayable: after an error, look at the cart before adding the shipping method again."""
        for _ in range(3):
            try:
                self.post_shipping(cart_id)
                return
            except MedusaError:
                pass
            if self.looked(self.retrieve_cart(cart_id).shipping_methods):
                return
        raise Give("shipping: three failures")

    # ------------------------------------------------------ customer groups

    def find_group(self, name: str) -> Optional[Any]:
        """The customer group named ``name`` (read by hand until it answers), or ``None``."""
        raise NotImplementedError

    def post_group(self, name: str) -> Any:
        """Create the customer group ``name`` (one :meth:`call`): the group."""
        raise NotImplementedError

    def after_create_error(self, exc: MedusaError) -> str:
        """What to do after a create of a group failed with ``exc``: ``"look"`` whether it exists
        (the default), create it ``"again"`` (nothing reached the server) or ``"stop"``."""
        return "look"

    def set_group_metadata(self, group_id: str, metadata: Dict[str, Any]) -> Any:
        """Set the metadata of a group (a write safe to repeat: :meth:`repeatable`): the group."""
        raise NotImplementedError

    def remove_group(self, group_id: str) -> None:
        """Delete a group (a write safe to repeat: :meth:`repeatable`) and check the answer."""
        raise NotImplementedError

    def create_group(self, k: int) -> None:
        """Create the run's group number ``k`` once: a create is not replayable, so after an error of
        unknown outcome, look for the group before creating it again. After three failures, whether
        it exists is left open (:attr:`unsure`)."""
        name = f"{self.tag}-g{k:03d}"
        for _ in range(3):
            try:
                created = self.post_group(name)
                assert created.name == name
                self.groups[name] = (created.id, created.metadata)
                return
            except MedusaError as exc:
                then = self.after_create_error(exc)
            if then == "stop":
                break
            if then == "look" and self.look_for_group(name):
                return
        self.unsure.add(name)

    def look_for_group(self, name: str) -> bool:
        """After a create of unknown outcome: whether group ``name`` exists (then the workload knows it)."""
        found = self.find_group(name)
        if self.looked(found is not None):
            self.groups[name] = (found.id, found.metadata)
            return True
        return False

    def update_group(self, name: str, n: int) -> None:
        group_id, _ = self.groups[name]
        metadata = {"chaos": self.tag, "n": n}
        self.groups[name] = (group_id, UNKNOWN)  # until an answer says which value the server holds
        updated = self.set_group_metadata(group_id, metadata)
        assert (updated.id, updated.metadata) == (group_id, metadata)
        self.groups[name] = (group_id, metadata)

    def delete_group(self, name: str) -> None:
        group_id, _ = self.groups.pop(name)
        self.unsure.add(name)  # until the delete answers
        self.remove_group(group_id)
        self.unsure.discard(name)
        self.deleted[name] = group_id

    def saw_group(self, group: Any) -> bool:
        """A group a read returned: whether it was an unsure one (an unanswered write happened after
        all: the workload knows it now)."""
        if group.name not in self.unsure:
            return False
        self.unsure.discard(group.name)
        self.groups[group.name] = (group.id, group.metadata)
        return True

    def saw_all_groups(self, names: Sequence[str]) -> None:
        """The names of every group of the run, read page by page: each once, exactly the groups that
        exist (the unsure ones not among them do not)."""
        assert len(names) == len(set(names)), names
        assert set(names) == set(self.groups), sorted(set(names) ^ set(self.groups))
        self.unsure.clear()

    # ------------------------------------------------------------------ run

    def step(self) -> None:
        """One operation, drawn with :attr:`rng` by :attr:`BOUNDS` (without groups yet, one is created)."""
        choice = self.rng.random()
        checkout, create, update, delete, read_groups = self.BOUNDS
        if choice < checkout:
            self.checkouts += 1
            self.checkout(self.checkouts)
        elif choice < create or not self.groups:
            self.groups_made += 1
            self.create_group(self.groups_made)
        elif choice < update:
            self.update_group(self.rng.choice(sorted(self.groups)), self.calls)
        elif choice < delete:
            self.delete_group(self.rng.choice(sorted(self.groups)))
        elif choice < read_groups:
            self.read_groups_paged()
        else:
            self.read_products_paged()

    def run(self, seconds: float) -> float:
        """:meth:`step` until the budget is spent or ``seconds`` have passed: the time it took."""
        started = time.monotonic()
        while not self.spent() and time.monotonic() - started < seconds:
            try:
                self.step()
            except Give:
                self.outcomes["gave-up"] += 1
            except MedusaError as exc:  # typed, but not one the workload expects: counted, shown
                self.outcomes[f"unexpected-{type(exc).__name__}"] += 1
        return time.monotonic() - started

    # --------------------------------------------------------------- checks

    def check_groups(self, retrieve: Callable[[str], Any], database_url: str) -> Set[str]:
        """Every group a call returned is what the server holds (``retrieve``: by id, read directly),
        and the groups of the run that live in the database are those, and some of the unsure ones:
        their names."""
        for name, (group_id, metadata) in self.groups.items():
            held_group = retrieve(group_id)
            assert held_group.name == name
            assert metadata is UNKNOWN or held_group.metadata == metadata, (
                name,
                metadata,
                held_group.metadata,
            )
        live = {
            row[0]
            for row in psql(
                database_url,
                f"select name from customer_group where name like '{self.tag}-%' and deleted_at is null",
            )
        }
        assert set(self.groups) <= live <= set(self.groups) | self.unsure, (sorted(live), sorted(self.groups))
        return live

    def report(self, label: str, proxy: ChaosProxy, seconds: float, *details: str) -> Tuple[str, int]:
        """The run's report (printed) and the number of faults the proxy injected."""
        faults = proxy.counts()
        faults.pop("none", None)
        report = "; ".join(
            [
                f"\n{label} (seed {self.seed}): {self.calls} calls, {len(proxy.events)} requests at the "
                f"proxy, {sum(faults.values())} faults {dict(sorted(faults.items()))}, refusal windows "
                f"{proxy.refused_windows}",
                f"outcomes {dict(sorted(self.outcomes.items()))}",
                f"by hand {dict(sorted(self.by_hand.items()))}",
                *details,
                f"{seconds:.1f} s",
            ]
        )
        print(report)
        return report, sum(faults.values())
