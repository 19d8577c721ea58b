"""A fault-injecting HTTP/1.1 proxy on loopback, between a client and a real server.

It knows HTTP framing and nothing of any API: it reads each request from the client, and for each
one draws from a seeded :class:`FaultPlan` (in arrival order) whether and how to break it::

    plan = FaultPlan(seed=7, rate=0.25, late_seconds=2.5)
    with ChaosProxy(("127.0.0.1", 9000), plan) as proxy:
        ...  # point the client at proxy.url
        proxy.counts()  # {"none": 380, "drop_after": 12, ...}

Fault kinds (:data:`KINDS`):

* ``refuse``: the request goes through, but its answer closes the connection, the proxy closes its
  idle client connections and stops listening for ``refuse_seconds``: the next connection attempts
  are refused (nothing reaches the server);
* ``drop_before``: the connection is reset after the request is read, before it is forwarded;
* ``drop_after``: the request is forwarded and fully answered by the server, then the client's
  connection is reset without a byte of the answer (the server processed it);
* ``cut_head`` / ``cut_body``: the server's answer is cut at a random point of its head / its body,
  then the connection is closed (FIN) or, for ``cut_body``, reset;
* ``stall_body``: the head and part of the body are sent, then nothing for ``late_seconds``;
* ``late``: the whole answer is sent after ``late_seconds`` (set it above the client's read timeout);
* ``503``, ``503_retry_after``, ``429``, ``429_retry_after``: the proxy answers that status itself,
  with ``Retry-After: 1`` or without, and does not forward the request.

Standard library only. One daemon thread accepts, one serves each client connection; each request
is forwarded on a new upstream connection. ``close()`` (or leaving the ``with`` block) stops
everything, also during a stall, and joins the threads.
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

__all__ = ["KINDS", "ChaosProxy", "Event", "FaultPlan", "TaggedChaosProxy"]

KINDS: Sequence[str] = (
    "refuse",
    "drop_before",
    "drop_after",
    "cut_head",
    "cut_body",
    "stall_body",
    "late",
    "503",
    "503_retry_after",
    "429",
    "429_retry_after",
)
DEFAULT_WEIGHTS: Mapping[str, float] = {kind: 1.0 for kind in KINDS}

_MAX_HEAD = 64 * 1024
_POLL = 0.05
_JOIN_SECONDS = 2.0
_SETTLE = 0.02  # between the last bytes sent and a RST


@dataclass(frozen=True)
class FaultPlan:
    """Which requests get which fault: request ``i`` (in arrival order) gets the ``i``-th draw of
    ``random.Random(seed)``: a fault with probability ``rate``, its kind by ``weights``."""

    seed: int
    rate: float = 0.25
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    late_seconds: float = 3.0
    refuse_seconds: float = 0.2

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        if not 0 <= self.rate <= 1:
            raise ValueError("rate must be within [0, 1]")


@dataclass(frozen=True)
class Event:
    """One request the proxy received, and what it did with it."""

    index: int
    method: str
    target: str
    fault: str  # "none" or one of KINDS
    forwarded: bool
    status: Optional[int]  # the server's status, when it answered
    at: float  # time.monotonic() when the request was read


class _Gone(Exception):
    """The peer closed (or the proxy is stopping)."""


class _Conn:
    """A socket with a read buffer."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = bytearray()

    def fill(self) -> bool:
        data = self.sock.recv(65536)
        if not data:
            return False
        self.buf += data
        return True

    def until(self, delimiter: bytes) -> bytes:
        while True:
            at = self.buf.find(delimiter)
            if at >= 0:
                end = at + len(delimiter)
                data = bytes(self.buf[:end])
                del self.buf[:end]
                return data
            if len(self.buf) > _MAX_HEAD or not self.fill():
                raise _Gone
            continue

    def exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self.fill():
                raise _Gone
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data

    def rest(self) -> bytes:
        while self.fill():
            pass
        data = bytes(self.buf)
        self.buf.clear()
        return data


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    found: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if sep:
            found[name.strip().lower()] = value.strip()
    return found


def _chunked(conn: _Conn) -> bytes:
    """The raw bytes of a chunked body, through its trailer."""
    parts = []
    while True:
        line = conn.until(b"\r\n")
        parts.append(line)
        size = int(line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            while True:
                trailer = conn.until(b"\r\n")
                parts.append(trailer)
                if trailer == b"\r\n":
                    return b"".join(parts)
        parts.append(conn.exact(size + 2))


def _body(conn: _Conn, headers: Mapping[str, str], *, response: bool, no_body: bool) -> bytes:
    if no_body:
        return b""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return _chunked(conn)
    if "content-length" in headers:
        return conn.exact(int(headers["content-length"]))
    return conn.rest() if response else b""


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _fin(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
    sock.close()


def _with_close(head: bytes) -> bytes:
    """The head with ``Connection: close`` instead of any Connection / Keep-Alive header."""
    lines = head[:-4].split(b"\r\n")
    kept = [line for line in lines if not line.lower().startswith((b"connection:", b"keep-alive:"))]
    return b"\r\n".join([*kept, b"Connection: close"]) + b"\r\n\r\n"


class ChaosProxy:
    """Listens on ``host``, a free port, as soon as it is constructed; forwards to ``upstream``."""

    def __init__(self, upstream: tuple[str, int], plan: FaultPlan, host: str = "127.0.0.1") -> None:
        self.upstream = upstream
        self.plan = plan
        self._rng = random.Random(plan.seed)
        self._kinds = [k for k in KINDS if plan.weights.get(k, 0) > 0]
        self._weights = [plan.weights[k] for k in self._kinds]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._events: list[Event] = []
        self._live: dict[int, tuple[socket.socket, bool]] = {}  # id -> (socket, busy)
        self._threads: list[threading.Thread] = []
        self._listener: Optional[socket.socket] = self._listen(host, 0)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self._reopen_at = 0.0
        self.refused_windows = 0
        self._accepter = threading.Thread(target=self._accept_loop, name="chaosproxy-accept", daemon=True)
        self._accepter.start()

    # ------------------------------------------------------------------ public

    def __enter__(self) -> ChaosProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def events(self) -> list[Event]:
        with self._lock:
            return list(self._events)

    def counts(self) -> Counter[str]:
        """Requests by fault kind ("none" for the ones passed through untouched)."""
        return Counter(event.fault for event in self.events)

    def close(self) -> None:
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._accepter.join(_JOIN_SECONDS)
        with self._lock:
            if self._listener is not None:
                self._listener.close()
                self._listener = None
            for sock, _ in self._live.values():
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            threads = list(self._threads)
        deadline = time.monotonic() + _JOIN_SECONDS
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    def threads_alive(self) -> int:
        with self._lock:
            threads = [*self._threads, self._accepter]
        return sum(1 for thread in threads if thread.is_alive())

    # --------------------------------------------------------------- listening

    @staticmethod
    def _listen(host: str, port: int) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        return sock

    def _refuse_for_a_while(self) -> None:
        """Stop listening (connection attempts are refused) and drop idle client connections."""
        with self._lock:
            if self._listener is not None:
                self._listener.close()
                self._listener = None
            self._reopen_at = time.monotonic() + self.plan.refuse_seconds
            self.refused_windows += 1
            for sock, busy in self._live.values():
                if not busy:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            with self._lock:
                listener = self._listener
                if listener is None and time.monotonic() >= self._reopen_at:
                    listener = self._listener = self._listen(self.host, self.port)
            if listener is None:
                self._stopping.wait(0.01)
                continue
            try:
                readable, _, _ = select.select([listener], [], [], _POLL)
                if not readable:
                    continue
                sock, _ = listener.accept()
            except (OSError, ValueError):  # closed by a refusal window or close()
                continue
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            thread = threading.Thread(target=self._serve, args=(sock,), name="chaosproxy-conn", daemon=True)
            with self._lock:
                self._live[id(sock)] = (sock, False)
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)
            thread.start()

    # ------------------------------------------------------------------ serving

    def _draw(self) -> str:
        if self._rng.random() >= self.plan.rate or not self._kinds:
            return "none"
        return self._rng.choices(self._kinds, self._weights)[0]

    def _busy(self, sock: socket.socket, busy: bool) -> None:
        with self._lock:
            if id(sock) in self._live:
                self._live[id(sock)] = (sock, busy)

    def _serve(self, sock: socket.socket) -> None:
        client = _Conn(sock)
        try:
            while not self._stopping.is_set():
                head = client.until(b"\r\n\r\n")
                self._busy(sock, True)
                headers = _headers(head)
                body = _body(client, headers, response=False, no_body=False)
                method, target = head.split(b" ", 2)[:2]
                with self._lock:
                    index = len(self._events)
                    fault = self._draw()
                    rng = random.Random(self._rng.random())  # where to cut: drawn in order too
                self._received(index, headers)
                keep = self._handle(client, head + body, method.decode(), target.decode(), index, fault, rng)
                if not keep:
                    return
                self._busy(sock, False)
        except (_Gone, OSError, ValueError):
            pass
        finally:
            with self._lock:
                self._live.pop(id(sock), None)
            _fin(sock)

    def _received(self, index: int, headers: Mapping[str, str]) -> None:
        """Called with the headers (lower-case names) of request ``index`` before it is served."""

    def _record(
        self, index: int, method: str, target: str, fault: str, forwarded: bool, status: Optional[int]
    ) -> None:
        with self._lock:
            self._events.append(Event(index, method, target, fault, forwarded, status, time.monotonic()))
            self._events.sort(key=lambda e: e.index)

    def _answer(self, client: _Conn, status: int, retry_after: bool) -> None:
        body = b'{"type":"proxy","message":"injected by chaosproxy"}'
        reason = b"Too Many Requests" if status == 429 else b"Service Unavailable"
        head = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (
            status,
            reason,
            len(body),
        )
        if retry_after:
            head += b"Retry-After: 1\r\n"
        client.sock.sendall(head + b"\r\n" + body)

    def _forward(self, request: bytes, method: str) -> tuple[bytes, bytes, int]:
        """Send the request upstream on a new connection: (head, body, status) of the answer."""
        upstream = socket.create_connection(self.upstream, timeout=30)
        try:
            upstream.sendall(request)
            conn = _Conn(upstream)
            while True:
                head = conn.until(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                if status >= 200 or status == 101:
                    break
            no_body = method == "HEAD" or status in (204, 304)
            body = _body(conn, _headers(head), response=True, no_body=no_body)
            return head, body, status
        finally:
            upstream.close()

    def _handle(
        self,
        client: _Conn,
        request: bytes,
        method: str,
        target: str,
        index: int,
        fault: str,
        rng: random.Random,
    ) -> bool:
        """Serve one request; True to keep the client connection for the next one."""
        sock = client.sock
        if fault in ("503", "503_retry_after", "429", "429_retry_after"):
            self._record(index, method, target, fault, False, None)
            self._answer(client, int(fault[:3]), fault.endswith("retry_after"))
            return True
        if fault == "drop_before":
            self._record(index, method, target, fault, False, None)
            time.sleep(_SETTLE)
            _reset(sock)
            return False
        try:
            head, body, status = self._forward(request, method)
        except (OSError, _Gone, ValueError, IndexError):
            self._record(index, method, target, f"{fault}:upstream_failed", True, None)
            _reset(sock)
            return False
        self._record(index, method, target, fault, True, status)
        if fault == "none":
            sock.sendall(head + body)
            return "close" not in _headers(head).get("connection", "").lower()
        if fault == "refuse":
            sock.sendall(_with_close(head) + body)
            self._refuse_for_a_while()
            return False
        if fault == "drop_after":
            _reset(sock)
            return False
        if fault == "late":
            if self._stopping.wait(self.plan.late_seconds):
                return False
            with contextlib.suppress(OSError):
                sock.sendall(head + body)
            return False
        if fault == "cut_head":
            sock.sendall(head[: rng.randrange(1, len(head) - 1)])
            return False
        cut = rng.randrange(0, max(1, len(body)))
        sock.sendall(head + body[:cut])
        if fault == "stall_body":
            self._stopping.wait(self.plan.late_seconds)
            return False
        # cut_body
        if rng.random() < 0.5:
            time.sleep(_SETTLE)
            _reset(sock)
        return False


class TaggedChaosProxy(ChaosProxy):
    """A :class:`ChaosProxy` that also keeps one request header per request (``tag_header``).

    A client that sends a number of its own per call in that header (the same on every attempt, as
    ``custom_headers`` are) lets :meth:`attempts` tell the client's own retries (same tag, method and
    target) from the calls it was asked to make::

        with TaggedChaosProxy(upstream, plan) as proxy:
            medusa.store.cart.complete(cart_id, custom_headers={"X-Chaos-Call": "17"})
            proxy.attempts()  # {("17", "POST", "/store/carts/.../complete"): [Event, Event], ...}

    Requests refused while the proxy is not listening never reach it and are not counted.
    """

    def __init__(
        self,
        upstream: tuple[str, int],
        plan: FaultPlan,
        host: str = "127.0.0.1",
        tag_header: str = "X-Chaos-Call",
    ) -> None:
        self.tag_header = tag_header.lower()
        self._tags: dict[int, Optional[str]] = {}
        super().__init__(upstream, plan, host)

    def tag(self, index: int) -> Optional[str]:
        """The tag header of request ``index`` (``None`` when it had none)."""
        with self._lock:
            return self._tags.get(index)

    def attempts(self) -> dict[tuple[Optional[str], str, str], list[Event]]:
        """The requests grouped by (tag, method, target), each group in arrival order."""
        groups: dict[tuple[Optional[str], str, str], list[Event]] = {}
        for event in self.events:
            groups.setdefault((self.tag(event.index), event.method, event.target), []).append(event)
        return groups

    def _received(self, index: int, headers: Mapping[str, str]) -> None:
        with self._lock:
            self._tags[index] = headers.get(self.tag_header)
