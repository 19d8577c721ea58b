"""A scripted HTTP/1.1 server on real loopback sockets for fault-injection tests.

Each ``(method, path)`` route gets a list of behaviours that are consumed in
order, one per request; when the list runs out, its last behaviour repeats::

    with FaultServer() as srv:
        srv.script("GET", "/admin/customer-groups", [
            Reply(503, {"type": "unknown_error"}, headers={"Retry-After": "1"}),
            Reset(when="before_response"),
            Reply(200, {"customer_groups": []}),
        ])
        ...  # point the client at srv.url
        assert srv.count("GET", "/admin/customer-groups") == 3

Standard library only. One daemon thread accepts connections and one daemon
thread serves each connection (HTTP/1.1 keep-alive included). ``close()``, or
leaving the ``with`` block, stops everything promptly, even during a ``Hang``.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, final

__all__ = [
    "Behaviour",
    "FaultServer",
    "Hang",
    "Headers",
    "Raw",
    "RecordedRequest",
    "Redirect",
    "Reply",
    "Reset",
    "huge_json",
]

ResetWhen = Literal["before_response", "mid_body", "on_accept"]

_MAX_HEAD_BYTES = 64 * 1024
_RECV_SIZE = 64 * 1024
_SEND_CHUNK = 256 * 1024
# Bodies up to this size go out in the same sendall() as the status line and
# headers, so the client never waits on a delayed ACK between the two writes.
_SINGLE_WRITE_LIMIT = 64 * 1024
# Pause between the last bytes sent and the RST of Reset(when="mid_body"), so
# the partial response has reached the client before the reset does.
_RESET_SETTLE_SECONDS = 0.02
_ACCEPT_POLL = 0.05  # seconds between checks for close()
_JOIN_TIMEOUT_SECONDS = 1.0

_REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


# --------------------------------------------------------------------------
# Behaviours
# --------------------------------------------------------------------------


class Behaviour:
    """What the server does with one request: Reply, Reset, Hang or Redirect."""


@dataclass(frozen=True)
class Reply(Behaviour):
    """Answer with ``status`` and ``body``.

    ``body`` may be a dict or list (JSON-encoded), ``str`` (UTF-8) or ``bytes``;
    the content type defaults to ``application/json`` whatever the body is.
    ``content_length`` overrides the announced Content-Length (to lie about
    it); the connection is then closed after the body. ``delay`` waits before
    the status line, ``body_delay`` between the headers and the body.
    ``close=True`` closes the connection after the reply (with
    ``Connection: close``).
    """

    status: int
    body: dict[str, Any] | list[Any] | str | bytes = b""
    headers: Mapping[str, str] | None = None
    content_type: str | None = None
    content_length: int | None = None
    delay: float = 0
    body_delay: float = 0
    close: bool = False

    def payload(self) -> bytes:
        """The body exactly as it goes on the wire."""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Reset(Behaviour):
    """Abort the connection with a TCP RST (``SO_LINGER`` on, timeout 0).

    * ``"on_accept"``: as soon as the request line and headers are in, without
      reading the body (the head has to be read to know the route). The
      attempt is recorded with ``complete=False``.
    * ``"before_response"``: after reading and recording the whole request.
    * ``"mid_body"``: send the status line, headers and the first
      ``after_bytes`` bytes of the body, then reset. The partial response is
      ``reply`` if given, else a 200 with a generated JSON body longer than
      ``after_bytes``.
    """

    when: ResetWhen = "before_response"
    after_bytes: int = 0
    reply: Reply | None = None

    def __post_init__(self) -> None:
        if self.when not in ("before_response", "mid_body", "on_accept"):
            raise ValueError(f"unknown Reset.when: {self.when!r}")
        if self.after_bytes < 0:
            raise ValueError("after_bytes must be >= 0")
        if self.reply is not None and self.after_bytes >= len(self.reply.payload()):
            raise ValueError("Reset(mid_body) needs a reply body longer than after_bytes")


@dataclass(frozen=True)
class Hang(Behaviour):
    """Read and record the request, wait ``seconds`` (cut short when the
    server stops), then close the connection without answering."""

    seconds: float


@dataclass(frozen=True)
class Redirect(Behaviour):
    """Answer a 3xx with ``Location: location`` and an empty body."""

    status: int
    location: str
    headers: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        if not 300 <= self.status < 400:
            raise ValueError(f"not a redirect status: {self.status}")


def huge_json(n_bytes: int) -> bytes:
    """A valid JSON list page of about ``n_bytes`` (exactly, when n >= 128).

    Shaped like ``{"customer_groups":[{...}, ...],"count":K,"offset":0,"limit":K}``;
    whitespace before the final ``}`` pads it to the requested size.
    """
    # A long string per item keeps the object count (and so the client's JSON
    # parsing time) low: 20 MB parses in about 0.3 s.
    note = b"generated by faultserver.huge_json " * 8
    template = (
        b'{"id":"cgrp_%010d","name":"Customer group %010d",'
        b'"metadata":{"tier":"standard","note":"' + note + b'"},'
        b'"created_at":"2024-01-01T00:00:00.000Z",'
        b'"updated_at":"2024-01-01T00:00:00.000Z","deleted_at":null}'
    )
    item_size = len(template % (0, 0)) + 1  # with its separating comma
    count = max(0, (n_bytes - 128) // item_size)
    items = b",".join(template % (i, i) for i in range(count))
    head = b'{"customer_groups":['
    tail = b'],"count":%d,"offset":0,"limit":%d' % (count, count)
    padding = b" " * max(0, n_bytes - len(head) - len(items) - len(tail) - 1)
    return b"".join((head, items, tail, padding, b"}"))


# --------------------------------------------------------------------------
# Recorded requests
# --------------------------------------------------------------------------


class Headers(MutableMapping[str, str]):
    """Case-insensitive header mapping that keeps the names as received.

    A repeated header keeps every value, joined with ``", "``.
    """

    def __init__(self, items: Sequence[tuple[str, str]] = ()) -> None:
        self._store: dict[str, tuple[str, str]] = {}
        for name, value in items:
            key = name.lower()
            if key in self._store:
                value = f"{self._store[key][1]}, {value}"
            self._store[key] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._store[name.lower()][1]

    def __setitem__(self, name: str, value: str) -> None:
        self._store[name.lower()] = (name, value)

    def __delitem__(self, name: str) -> None:
        del self._store[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._store.values())

    def __len__(self) -> int:
        return len(self._store)

    def __repr__(self) -> str:
        return f"Headers({dict(self._store.values())!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it.

    ``received_at`` is a ``time.monotonic()`` timestamp taken once the request
    was read (compare two of them to measure a client's backoff).
    ``complete`` is False for a ``Reset(when="on_accept")`` attempt, whose body
    was never read.
    """

    method: str
    path: str
    query: str
    headers: Headers
    body: bytes
    conn_id: int
    received_at: float
    complete: bool = True


# --------------------------------------------------------------------------
# Wire helpers
# --------------------------------------------------------------------------


class _ClientGone(Exception):
    """The peer closed the connection (or the server is stopping)."""


class _BadRequest(Exception):
    """The bytes received are not an HTTP/1.x request we understand."""


class _Reader:
    """Buffered reads from a blocking socket; leftovers stay for the next
    request on a keep-alive connection."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buf = bytearray()

    def _fill(self) -> None:
        data = self._sock.recv(_RECV_SIZE)
        if not data:
            raise _ClientGone
        self._buf += data

    def read_until(self, delimiter: bytes, limit: int) -> bytes | None:
        """Bytes up to and including ``delimiter``; None on a clean EOF
        before any byte of it arrived."""
        while True:
            end = self._buf.find(delimiter)
            if end >= 0:
                end += len(delimiter)
                data = bytes(self._buf[:end])
                del self._buf[:end]
                return data
            if len(self._buf) > limit:
                raise _BadRequest("header section too large")
            try:
                self._fill()
            except _ClientGone:
                if self._buf:
                    raise
                return None

    def read_line(self) -> bytes:
        line = self.read_until(b"\r\n", _MAX_HEAD_BYTES)
        if line is None:
            raise _ClientGone
        return line[:-2]

    def read_exact(self, n: int) -> bytes:
        while len(self._buf) < n:
            self._fill()
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data


def _parse_head(head: bytes) -> tuple[str, str, str, Headers]:
    """Split a request head into (method, target, version, headers)."""
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _BadRequest(f"bad request line: {lines[0]!r}")
    method, target, version = parts
    items: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise _BadRequest(f"bad header line: {line!r}")
        items.append((name, value.strip()))
    return method, target, version, Headers(items)


def _read_body(reader: _Reader, headers: Headers) -> bytes:
    if "chunked" in headers.get("Transfer-Encoding", "").lower():
        return _read_chunked(reader)
    length = headers.get("Content-Length")
    if length is None:
        return b""
    try:
        size = int(length)
    except ValueError:
        raise _BadRequest(f"bad Content-Length: {length!r}") from None
    if size < 0:
        raise _BadRequest(f"bad Content-Length: {length!r}")
    return reader.read_exact(size)


def _read_chunked(reader: _Reader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size_field = reader.read_line().split(b";", 1)[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            raise _BadRequest(f"bad chunk size: {size_field!r}") from None
        if size == 0:
            break
        chunks.append(reader.read_exact(size))
        if reader.read_exact(2) != b"\r\n":
            raise _BadRequest("chunk not followed by CRLF")
    while reader.read_line():  # trailer fields, up to the empty line
        pass
    return b"".join(chunks)


def _client_keeps_alive(version: str, headers: Headers) -> bool:
    tokens = {t.strip().lower() for t in headers.get("Connection", "").split(",")}
    if version == "HTTP/1.0":
        return "keep-alive" in tokens
    return "close" not in tokens


def _status_line(status: int) -> str:
    return f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}\r\n"


def _response_head(
    status: int,
    content_type: str | None,
    content_length: int,
    extra: Mapping[str, str] | None,
    close: bool,
) -> bytes:
    headers = Headers()
    if content_type is not None:
        headers["Content-Type"] = content_type
    headers["Content-Length"] = str(content_length)
    if close:
        headers["Connection"] = "close"
    for name, value in (extra or {}).items():
        headers[name] = value
    lines = [_status_line(status)]
    lines.extend(f"{name}: {value}\r\n" for name, value in headers.items())
    lines.append("\r\n")
    return "".join(lines).encode("latin-1")


def _has_body(method: str, status: int) -> bool:
    return method != "HEAD" and status >= 200 and status not in (204, 304)


class _Script:
    """Behaviours consumed in order; the last one repeats."""

    def __init__(self, behaviours: Sequence[Behaviour]) -> None:
        if not behaviours:
            raise ValueError("a script needs at least one behaviour")
        for behaviour in behaviours:
            if not isinstance(behaviour, (Reply, Reset, Hang, Redirect, Raw)):
                raise TypeError(f"not a behaviour: {behaviour!r}")
        self._behaviours = list(behaviours)
        self._next = 0

    def take(self) -> Behaviour:
        behaviour = self._behaviours[min(self._next, len(self._behaviours) - 1)]
        self._next += 1
        return behaviour


# --------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------


@dataclass
class _Connection:
    conn_id: int
    sock: socket.socket
    closed: bool = False
    thread: threading.Thread | None = field(default=None, repr=False)


@final
class FaultServer:
    """Scripted HTTP/1.1 server; listening as soon as it is constructed.

    ``host`` is any loopback address (all of 127/8 works on Linux); ``port=0``
    picks a free port. Use it as a context manager, or call ``close()``.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.create_server((host, port), family=family, backlog=128)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        url_host = f"[{host}]" if family == socket.AF_INET6 else host
        self.url = f"http://{url_host}:{self.port}"

        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._scripts: dict[tuple[str, str], _Script] = {}
        self._default: _Script | None = None
        self._requests: list[RecordedRequest] = []
        self._accepted = 0
        self._next_conn_id = 1
        self._live: dict[int, _Connection] = {}

        self._accept_thread = threading.Thread(
            target=self._accept_loop,
            name=f"faultserver-accept-{self.port}",
            daemon=True,
        )
        self._accept_thread.start()

    # -- context manager ---------------------------------------------------

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FaultServer({self.url})"

    # -- scripting ---------------------------------------------------------

    def script(self, method: str, path: str, behaviours: Sequence[Behaviour]) -> None:
        """Set (or replace) the behaviours of ``method path``; ``path`` has no
        query string."""
        with self._lock:
            self._scripts[(method.upper(), path)] = _Script(behaviours)

    def script_default(self, behaviours: Sequence[Behaviour]) -> None:
        """Behaviours for every route without a script of its own."""
        with self._lock:
            self._default = _Script(behaviours)

    def reset(self) -> None:
        """Forget all scripts, recorded requests and the connection count."""
        with self._lock:
            self._scripts.clear()
            self._default = None
            self._requests.clear()
            self._accepted = 0

    # -- observations ------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received, in arrival order."""
        with self._lock:
            return list(self._requests)

    def count(self, method: str, path: str) -> int:
        """Attempts seen for ``method path`` (query string ignored)."""
        method = method.upper()
        with self._lock:
            return sum(1 for r in self._requests if r.method == method and r.path == path)

    @property
    def connections(self) -> int:
        """TCP connections accepted so far."""
        with self._lock:
            return self._accepted

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        """Stop accepting, abort open connections and join the threads."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._accept_thread.join(_JOIN_TIMEOUT_SECONDS)
        self._listener.close()
        with self._lock:
            live = list(self._live.values())
            for conn in live:
                # Wakes a thread blocked in recv() or sendall(); a plain
                # close() from another thread would not, on Linux.
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + _JOIN_TIMEOUT_SECONDS
        for conn in live:
            if conn.thread is not None:
                conn.thread.join(max(0.0, deadline - time.monotonic()))

    # -- internals: accepting ----------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                readable, _, _ = select.select([self._listener], [], [], _ACCEPT_POLL)
                if not readable:
                    continue
                sock, _ = self._listener.accept()
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                conn = _Connection(self._next_conn_id, sock)
                self._next_conn_id += 1
                self._accepted += 1
                self._live[conn.conn_id] = conn
            conn.thread = threading.Thread(
                target=self._serve,
                args=(conn,),
                name=f"faultserver-conn-{conn.conn_id}",
                daemon=True,
            )
            conn.thread.start()

    def _take_behaviour(self, method: str, path: str) -> Behaviour | None:
        with self._lock:
            script = self._scripts.get((method, path), self._default)
            return script.take() if script is not None else None

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    # -- internals: one connection -----------------------------------------

    def _serve(self, conn: _Connection) -> None:
        reader = _Reader(conn.sock)
        try:
            while not self._stopping.is_set():
                if not self._serve_one(conn, reader):
                    break
        except _BadRequest as exc:
            self._send_bad_request(conn, str(exc))
        except (_ClientGone, OSError):
            pass
        finally:
            self._close(conn)

    def _serve_one(self, conn: _Connection, reader: _Reader) -> bool:
        """Handle one request; True to keep the connection open."""
        head = reader.read_until(b"\r\n\r\n", _MAX_HEAD_BYTES)
        if head is None:
            return False
        method, target, version, headers = _parse_head(head)
        path, _, query = target.partition("?")
        behaviour = self._take_behaviour(method, path)

        if isinstance(behaviour, Reset) and behaviour.when == "on_accept":
            attempt = RecordedRequest(
                method, path, query, headers, b"", conn.conn_id, time.monotonic(), complete=False
            )
            self._record(attempt)
            self._reset(conn)
            return False

        if headers.get("Expect", "").lower() == "100-continue":
            conn.sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = _read_body(reader, headers)
        self._record(RecordedRequest(method, path, query, headers, body, conn.conn_id, time.monotonic()))
        keep_alive = _client_keeps_alive(version, headers)

        if behaviour is None:
            message = {"type": "not_found", "message": f"no script for {method} {path}"}
            behaviour = Reply(404, message)
        if isinstance(behaviour, Reply):
            return self._reply(conn, method, behaviour, keep_alive)
        if isinstance(behaviour, Redirect):
            redirect_headers = {
                "Location": behaviour.location,
                **(behaviour.headers or {}),
            }
            reply = Reply(behaviour.status, b"", headers=redirect_headers)
            return self._reply(conn, method, reply, keep_alive)
        if isinstance(behaviour, Hang):
            self._stopping.wait(behaviour.seconds)
            return False
        if isinstance(behaviour, Raw):
            self._raw(conn, behaviour)
            return False
        assert isinstance(behaviour, Reset)
        if behaviour.when == "mid_body":
            self._reset_mid_body(conn, behaviour)
        else:
            self._reset(conn)
        return False

    def _reply(self, conn: _Connection, method: str, reply: Reply, keep_alive: bool) -> bool:
        if reply.delay and self._stopping.wait(reply.delay):
            return False
        full = reply.payload()
        payload = full if _has_body(method, reply.status) else b""
        length = len(full) if reply.content_length is None else reply.content_length
        lying = method != "HEAD" and length != len(payload)
        close = reply.close or not keep_alive or lying
        content_type = reply.content_type or "application/json"
        head = _response_head(reply.status, content_type, length, reply.headers, close)
        self._send(conn, head, payload, reply.body_delay)
        return not close

    def _reset_mid_body(self, conn: _Connection, reset: Reset) -> None:
        reply = reset.reply or Reply(200, huge_json(reset.after_bytes + 4096))
        payload = reply.payload()
        length = len(payload) if reply.content_length is None else reply.content_length
        content_type = reply.content_type or "application/json"
        head = _response_head(reply.status, content_type, length, reply.headers, False)
        self._send(conn, head, payload[: reset.after_bytes], reply.body_delay)
        time.sleep(_RESET_SETTLE_SECONDS)
        self._reset(conn)

    def _raw(self, conn: _Connection, raw: Raw) -> None:
        if raw.data:
            conn.sock.sendall(raw.data)
        if raw.end == "reset":
            time.sleep(_RESET_SETTLE_SECONDS)
            self._reset(conn)
        elif raw.end == "stall":
            self._stopping.wait(raw.seconds)

    def _send(self, conn: _Connection, head: bytes, body: bytes, body_delay: float) -> None:
        """Send head and body; a small body goes in the same write as the head."""
        if not body_delay and len(body) <= _SINGLE_WRITE_LIMIT:
            conn.sock.sendall(head + body)
            return
        conn.sock.sendall(head)
        if body_delay and self._stopping.wait(body_delay):
            raise _ClientGone
        view = memoryview(body)
        for start in range(0, len(view), _SEND_CHUNK):
            if self._stopping.is_set():
                raise _ClientGone
            conn.sock.sendall(view[start : start + _SEND_CHUNK])

    def _send_bad_request(self, conn: _Connection, message: str) -> None:
        payload = json.dumps({"type": "invalid_request", "message": message}).encode()
        head = _response_head(400, "application/json", len(payload), None, True)
        with contextlib.suppress(OSError):
            conn.sock.sendall(head + payload)

    def _reset(self, conn: _Connection) -> None:
        """Close with RST instead of FIN: SO_LINGER on with a zero timeout."""
        with self._lock:
            if conn.closed:
                return
            conn.closed = True
            del self._live[conn.conn_id]
            with contextlib.suppress(OSError):
                conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.sock.close()

    def _close(self, conn: _Connection) -> None:
        """Orderly close (FIN) unless already closed."""
        with self._lock:
            if conn.closed:
                return
            conn.closed = True
            del self._live[conn.conn_id]
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_WR)
            conn.sock.close()


# --------------------------------------------------------------------------
# Raw bytes (appended: malformed responses for tests/test_malformed_responses.py)
# --------------------------------------------------------------------------

RawEnd = Literal["close", "reset", "stall"]


@dataclass(frozen=True)
class Raw(Behaviour):
    """Read and record the request, send ``data`` exactly as given (any bytes: a cut status
    line, a broken header block, lying framing, ...), then end the connection:

    * ``"close"``: an orderly close (FIN), the way a crashed or cut-off peer looks;
    * ``"reset"``: a TCP RST after a short settle pause (the bytes arrive first);
    * ``"stall"``: keep the connection open and silent for ``seconds`` (cut short when
      the server stops), then close it: the client's read timeout fires first.
    """

    data: bytes
    end: RawEnd = "close"
    seconds: float = 5.0

    def __post_init__(self) -> None:
        if self.end not in ("close", "reset", "stall"):
            raise ValueError(f"unknown Raw.end: {self.end!r}")
