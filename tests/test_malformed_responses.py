"""Sweep: every way a response can be malformed ends in a result or the ``MedusaError`` of its cause.

Real transport (requests + urllib3) against ``FaultServer`` sending exact bytes (``Raw``), default
retries on (sleeps recorded, not slept). Three calls stand for the three kinds of routes:

* ``get``: ``admin.customer_groups.list()``, a replayable GET (retried after broken reads);
* ``post``: ``carts.create()``, a JSON write (never retried once it may have been processed);
* ``empty``: ``auth.delete_session()``, an ``EmptyResponse`` route (answers the text ``OK``).

Outcomes are named: ``ok`` (a result), ``validation`` (``APIResponseValidationError``), ``connection``
(exactly ``APIConnectionError``: no usable response), ``timeout`` (``APITimeoutError``), or the status
error class. The cause decides the class:

* the peer stalls (no more bytes, connection open) -> ``timeout``, wherever the stall falls;
* the peer resets, or closes before the status line, or inside framed bytes it announced
  (``Content-Length``, chunks), or the framing or content coding is broken -> ``connection``;
* a 2xx whose body is empty, cut, not JSON or the wrong shape -> ``validation``
  (an ``EmptyResponse`` route accepts an empty or plain-text body);
* an error status whatever its body, charset or truncation -> the class of the status.

Part 1 cuts well-formed responses at every byte of their head and at sampled bytes of their body,
then closes (FIN), resets (RST) or stalls; the expected outcome is computed from where the cut falls,
the way ``http.client`` reads a response. Part 2 is a table of named malformations. Part 3 is
property-based (hypothesis, derandomized): any body, any JSON, any cut and any byte corruption.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple, Type

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medusa_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Medusa,
    MedusaError,
    NotFoundError,
    ServerError,
)
from medusa_client._exceptions import _class_for
from tests.support.faultserver import FaultServer, Raw

#: (connect, read): reads that should not stall never wait this long.
TIMEOUT = (2.0, 2.0)
#: Read timeout of the cases that stall on purpose.
STALL_TIMEOUT = (2.0, 0.1)

ROUTES: Dict[str, Tuple[str, str]] = {
    "get": ("GET", "/admin/customer-groups"),
    "post": ("POST", "/store/carts"),
    "empty": ("DELETE", "/store/auth"),
}
GROUP = {"id": "cgrp_1", "name": "VIP", "metadata": None, "created_at": "2026-11-25T17:51:29.756Z"}
OK_BODIES: Dict[str, Tuple[bytes, str]] = {
    "get": (
        json.dumps({"customer_groups": [GROUP], "count": 1, "offset": 0, "limit": 10}).encode(),
        "application/json; charset=utf-8",
    ),
    "post": (
        json.dumps({"cart": {"id": "cart_1", "region_id": "reg_us", "items": []}}).encode(),
        "application/json; charset=utf-8",
    ),
    "empty": (b"OK", "text/plain; charset=utf-8"),
}
STATUS_CLASS: Dict[int, Type[APIStatusError]] = {404: NotFoundError, 500: ServerError, 503: ServerError}


class Recorder:
    def __init__(self) -> None:
        self.calls: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def medusa(server: FaultServer) -> Iterator[Medusa]:
    with Medusa(server.url, api_key="sk_sweep", timeout=TIMEOUT) as client:
        client.client._sleep = Recorder()
        yield client


def call(medusa: Medusa, route: str, timeout: Any = None) -> Any:
    # a stall is one attempt (tests/test_reliability.py covers the retries after a read timeout)
    options: Dict[str, Any] = {"timeout": timeout, "max_retries": 0} if timeout else {}
    if route == "get":
        return medusa.admin.customer_groups.list(**options)
    if route == "post":
        return medusa.carts.create({"region_id": "reg_us"}, **options)
    return medusa.auth.delete_session(**options)


def outcome(server: FaultServer, medusa: Medusa, route: str, raw: Raw) -> Tuple[str, Optional[BaseException]]:
    """Run the call against ``raw`` and name what came out; anything not a MedusaError propagates."""
    server.reset()
    # Raw closes every connection: a pooled one could be reused before its FIN is seen (a stale
    # keep-alive, which is another fault), so each case starts on a new connection
    medusa.client.session.close()
    method, path = ROUTES[route]
    server.script(method, path, [raw])
    try:
        call(medusa, route, STALL_TIMEOUT if raw.end == "stall" else None)
    except APITimeoutError as exc:
        return "timeout", exc
    except APIConnectionError as exc:
        return "connection", exc
    except APIResponseValidationError as exc:
        return "validation", exc
    except APIStatusError as exc:
        return f"{type(exc).__name__}:{exc.status_code}", exc
    except MedusaError as exc:  # pragma: no cover - a MedusaError that is none of the above
        return f"other:{type(exc).__name__}", exc
    return "ok", None


# ----------------------------------------------------------------------------- response builder


@dataclass(frozen=True)
class Template:
    """A well-formed response split into its head and its body as they go on the wire."""

    name: str
    status: int
    head: bytes
    body: bytes
    framing: str  # "cl", "chunked" or "close"
    content: bytes  # the body after de-framing

    @property
    def wire(self) -> bytes:
        return self.head + self.body


REASONS = {200: "OK", 404: "Not Found", 500: "Internal Server Error", 503: "Service Unavailable"}


def chunked(content: bytes, pieces: int = 2) -> bytes:
    size = max(1, len(content) // pieces)
    parts = [content[i : i + size] for i in range(0, len(content), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def template(status: int, content: bytes, content_type: str, framing: str) -> Template:
    lines = [f"HTTP/1.1 {status} {REASONS[status]}", f"Content-Type: {content_type}", "X-Powered-By: Express"]
    # before the framing: every cut that keeps the framing keeps this (no reuse of a closed connection)
    lines.append("Connection: close")
    if framing == "cl":
        lines.append(f"Content-Length: {len(content)}")
        body = content
    elif framing == "chunked":
        lines.append("Transfer-Encoding: chunked")
        body = chunked(content)
    else:
        body = content
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return Template(f"{status}-{framing}", status, head, body, framing, content)


def templates(route: str) -> List[Template]:
    content, content_type = OK_BODIES[route]
    return [
        *(template(200, content, content_type, framing) for framing in ("cl", "chunked", "close")),
        template(
            404, b'{"type":"not_found","message":"Cart with id x was not found"}', "application/json", "cl"
        ),
        template(503, b"Service Unavailable", "text/plain", "chunked"),
        template(500, b"<html><title>500</title><body><pre>boom</pre></body></html>", "text/html", "close"),
    ]


# ---------------------------------------------------------------------- the oracle (part 1)


def final(route: str, status: int, content: bytes, full: bytes) -> str:
    """The outcome of a complete HTTP exchange whose (de-framed) body is ``content``."""
    if status >= 300:
        return f"{STATUS_CLASS[status].__name__}:{status}"
    if route == "empty":
        return "ok"  # text/plain: any part of "OK", or nothing
    return "ok" if content == full else "validation"


def status_of(prefix: bytes) -> Optional[int]:
    """The status ``http.client`` reads from the start of a response, None when it cannot."""
    line = prefix.split(b"\n", 1)[0]
    words = line.split(None, 2)
    if len(words) < 2 or not words[0].startswith(b"HTTP/1."):
        return None
    try:
        status = int(words[1])
    except ValueError:
        return None
    return status if 100 <= status <= 999 else None


def framing_of(head_prefix: bytes) -> Tuple[Optional[int], bool]:
    """(Content-Length, chunked) as read from a head cut anywhere (the last line may be partial)."""
    length: Optional[int] = None
    is_chunked = False
    for line in head_prefix.split(b"\n")[1:]:
        name, sep, value = line.partition(b":")
        if not sep:
            continue
        if name.lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
        if name.lower() == b"transfer-encoding" and value.strip().lower() == b"chunked":
            is_chunked = True
    return length, is_chunked


def expected_cut(route: str, t: Template, cut: int, end: str) -> str:
    if end == "stall":
        return "timeout"
    if end == "reset":
        return "connection"
    prefix = t.wire[:cut]
    status = status_of(prefix)
    if status is None:
        return "connection"
    if cut < len(t.head):
        length, is_chunked = framing_of(prefix)
        if is_chunked or (length is not None and length > 0):
            return "connection"  # the announced body never comes
        return final(route, status, b"", t.content)
    body = prefix[len(t.head) :]
    if t.framing == "cl":
        return "connection"
    if t.framing == "chunked":
        # the content is complete once the size line of the last chunk ("0") has started: urllib3
        # takes a "0" at the end of the stream for it, and the CRLF and trailer may be cut
        last = t.body.rindex(b"0\r\n\r\n") + 1
        return final(route, status, t.content, t.content) if len(body) >= last else "connection"
    return final(route, status, body, t.content)


def body_points(t: Template) -> List[int]:
    """Sampled cuts inside the body: the first bytes, every 7th byte, around the chunk boundaries."""
    n = len(t.body)
    points = {0, 1, 2, n - 1, n - 2, n - 3, *range(0, n, 7)}
    if t.framing == "chunked":
        for marker in (b"\r\n0\r\n", b"0\r\n\r\n"):
            at = t.body.rindex(marker)
            points.update(range(at - 1, at + len(marker) + 1))
    return sorted(p for p in points if 0 <= p < n)


def cut_cases() -> Iterator[Any]:
    for route in ROUTES:
        for t in templates(route):
            head_cuts = list(range(len(t.head)))
            body_cuts = [len(t.head) + p for p in body_points(t)]
            for cut in head_cuts + body_cuts:
                yield pytest.param(route, t, cut, "close", id=f"{route}-{t.name}-fin@{cut}")
            for cut in (head_cuts + body_cuts)[::15]:
                yield pytest.param(route, t, cut, "reset", id=f"{route}-{t.name}-rst@{cut}")
            if t.status in (200, 404):
                for cut in (len(t.head) // 2, len(t.head) + len(t.body) // 2):
                    yield pytest.param(route, t, cut, "stall", id=f"{route}-{t.name}-stall@{cut}")


@pytest.mark.parametrize(("route", "t", "cut", "end"), list(cut_cases()))
def test_cut_response(
    server: FaultServer, medusa: Medusa, route: str, t: Template, cut: int, end: str
) -> None:
    got, _ = outcome(server, medusa, route, Raw(t.wire[:cut], end=end, seconds=1.0))  # type: ignore[arg-type]
    assert got == expected_cut(route, t, cut, end), t.wire[:cut]


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_whole_templates_are_well_formed(server: FaultServer, medusa: Medusa, route: str) -> None:
    """The control: uncut, each template gives its normal outcome."""
    for t in templates(route):
        got, _ = outcome(server, medusa, route, Raw(t.wire, end="close"))
        assert got == final(route, t.status, t.content, t.content), t.name


# ----------------------------------------------------------------- named malformations (part 2)


def response(
    status: int = 200,
    body: bytes = b"",
    content_type: Optional[str] = "application/json",
    headers: Tuple[str, ...] = (),
    length: Any = "auto",
    status_line: Optional[bytes] = None,
) -> bytes:
    lines = [status_line or f"HTTP/1.1 {status} {REASONS.get(status, 'X')}".encode(), b"Connection: close"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}".encode())
    if length == "auto":
        lines.append(b"Content-Length: %d" % len(body))
    elif length is not None:
        lines.append(f"Content-Length: {length}".encode())
    lines.extend(h.encode("latin-1") for h in headers)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


#: A 2xx body every route accepts: the list page with a cart in it.
GET_JSON = json.dumps({**json.loads(OK_BODIES["get"][0]), **json.loads(OK_BODIES["post"][0])}).encode()
OK = {"*": "ok"}
GZIP_JSON = gzip.compress(GET_JSON)
NOT_FOUND = b'{"type":"not_found","message":"nope"}'
HTML = b"<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>hi</body></html>"
NF = "NotFoundError:404"
SE = "ServerError:503"

#: name -> (raw response, end, {route: expected outcome}); "*" is every route.
CASES: Dict[str, Tuple[bytes, str, Dict[str, str]]] = {
    # -- status line
    "nothing-then-fin": (b"", "close", {"*": "connection"}),
    "garbage-status-line": (b"FOO BAR\r\n\r\n", "close", {"*": "connection"}),
    "non-numeric-status": (response(status_line=b"HTTP/1.1 abc OK"), "close", {"*": "connection"}),
    "status-below-100": (response(status_line=b"HTTP/1.1 99 Weird"), "close", {"*": "connection"}),
    "status-above-999": (response(status_line=b"HTTP/1.1 1000 Weird"), "close", {"*": "connection"}),
    "http-2-status-line": (response(status_line=b"HTTP/2 200 OK"), "close", {"*": "connection"}),
    "http-1.0-status-line": (
        response(body=GET_JSON, status_line=b"HTTP/1.0 200 OK"),
        "close",
        OK,
    ),
    "unknown-status-299": (
        response(body=GET_JSON, status_line=b"HTTP/1.1 299 Fine"),
        "close",
        OK,
    ),
    "unknown-status-599": (response(599, b"?"), "close", {"*": "ServerError:599"}),
    "unknown-status-418": (response(418, b"teapot"), "close", {"*": "APIStatusError:418"}),
    "informational-final-102": (response(102, b"", length=None), "close", {"*": "APIStatusError:102"}),
    "redirect-without-location": (response(302, b""), "close", {"*": "APIStatusError:302"}),
    "lf-only-line-ends": (
        response(body=GET_JSON).replace(b"\r\n", b"\n"),
        "close",
        OK,
    ),
    # -- header block
    "header-without-colon": (
        response(body=GET_JSON, headers=("NoColonHere",)),
        "close",
        OK,
    ),
    "header-obs-fold": (
        response(body=GET_JSON, headers=("X-Folded: a", " b")),
        "close",
        OK,
    ),
    "header-latin1-bytes": (
        response(body=GET_JSON, headers=("X-Name: caf\xe9",)),
        "close",
        OK,
    ),
    "101-headers": (
        response(body=GET_JSON, headers=tuple(f"X-H{i}: {i}" for i in range(101))),
        "close",
        {"*": "connection"},
    ),
    "header-line-over-64k": (
        response(body=GET_JSON, headers=("X-Big: " + "a" * 70_000,)),
        "close",
        {"*": "connection"},
    ),
    "no-blank-line-after-head": (
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n" + GET_JSON,
        "close",
        {"*": "validation", "empty": "ok"},
    ),
    # -- Content-Length
    "content-length-shorter": (
        response(body=GET_JSON, length=len(GET_JSON) // 2),
        "close",
        {"*": "validation"},
    ),
    "content-length-longer-fin": (
        response(body=GET_JSON, length=len(GET_JSON) + 50),
        "close",
        {"*": "connection"},
    ),
    "content-length-longer-rst": (
        response(body=GET_JSON, length=len(GET_JSON) + 50),
        "reset",
        {"*": "connection"},
    ),
    "content-length-longer-stall": (
        response(body=GET_JSON, length=len(GET_JSON) + 50),
        "stall",
        {"*": "timeout"},
    ),
    "content-length-not-a-number": (
        response(body=GET_JSON, length="abc"),
        "close",
        OK,
    ),
    "content-length-negative": (
        response(body=GET_JSON, length=-5),
        "close",
        OK,
    ),
    "content-length-longer-on-404": (response(404, NOT_FOUND, length=200), "close", {"*": "connection"}),
    "content-length-shorter-on-404": (response(404, NOT_FOUND, length=10), "close", {"*": NF}),
    # -- chunked framing
    "chunk-size-not-hex": (
        response(
            body=b"zz\r\n" + GET_JSON + b"\r\n0\r\n\r\n", length=None, headers=("Transfer-Encoding: chunked",)
        ),
        "close",
        {"*": "connection"},
    ),
    "chunk-longer-than-announced": (
        response(
            body=b"5\r\n" + GET_JSON + b"\r\n0\r\n\r\n", length=None, headers=("Transfer-Encoding: chunked",)
        ),
        "close",
        {"*": "connection"},
    ),
    "chunk-shorter-than-announced-fin": (
        response(
            body=b"%x\r\n" % (len(GET_JSON) + 40) + GET_JSON,
            length=None,
            headers=("Transfer-Encoding: chunked",),
        ),
        "close",
        {"*": "connection"},
    ),
    "chunk-without-crlf": (
        response(
            body=b"%x\r\n" % len(GET_JSON) + GET_JSON + b"0\r\n\r\n",
            length=None,
            headers=("Transfer-Encoding: chunked",),
        ),
        "close",
        {"*": "connection"},
    ),
    "no-last-chunk-fin": (
        response(body=chunked(GET_JSON)[:-5], length=None, headers=("Transfer-Encoding: chunked",)),
        "close",
        {"*": "connection"},
    ),
    "no-last-chunk-stall": (
        response(body=chunked(GET_JSON)[:-5], length=None, headers=("Transfer-Encoding: chunked",)),
        "stall",
        {"*": "timeout"},
    ),
    "chunk-extensions-and-trailer": (
        response(
            body=b"%x;ext=1\r\n" % len(GET_JSON) + GET_JSON + b"\r\n0\r\nX-Trailer: 1\r\n\r\n",
            length=None,
            headers=("Transfer-Encoding: chunked",),
        ),
        "close",
        OK,
    ),
    "chunked-and-content-length": (
        response(body=chunked(GET_JSON), length=7, headers=("Transfer-Encoding: chunked",)),
        "close",
        OK,
    ),
    "chunk-size-not-hex-on-503": (
        response(
            503,
            b"zz\r\nbusy\r\n0\r\n\r\n",
            "text/plain",
            length=None,
            headers=("Transfer-Encoding: chunked",),
        ),
        "close",
        {"*": "connection"},
    ),
    # -- content coding
    "gzip": (
        response(body=GZIP_JSON, headers=("Content-Encoding: gzip",)),
        "close",
        OK,
    ),
    "gzip-corrupt": (
        response(body=b"\x1f\x8b\x08\x00garbage-not-deflate" * 3, headers=("Content-Encoding: gzip",)),
        "close",
        {"*": "connection"},
    ),
    "gzip-not-gzip-at-all": (
        response(body=GET_JSON, headers=("Content-Encoding: gzip",)),
        "close",
        {"*": "connection"},
    ),
    "gzip-truncated": (
        response(body=GZIP_JSON[: len(GZIP_JSON) // 2], headers=("Content-Encoding: gzip",)),
        "close",
        {"*": "validation"},
    ),
    "gzip-corrupt-on-503": (
        response(503, b"not gzip", "text/plain", headers=("Content-Encoding: gzip",)),
        "close",
        {"*": "connection"},
    ),
    "deflate-corrupt": (
        response(body=b"\x00\x01garbage", headers=("Content-Encoding: deflate",)),
        "close",
        {"*": "connection"},
    ),
    "deflate": (
        response(body=zlib.compress(GET_JSON), headers=("Content-Encoding: deflate",)),
        "close",
        OK,
    ),
    "unknown-coding-passed-through": (
        response(body=b"\x8b\x00\xff compressed?", headers=("Content-Encoding: x-snappy",)),
        "close",
        {"*": "validation"},
    ),
    # -- bodies of 2xx
    "invalid-json": (response(body=b'{"customer_groups": [}'), "close", {"*": "validation"}),
    "json-not-utf8": (response(body=b'{"a": "\xff\xfe"}'), "close", {"*": "validation"}),
    "json-utf16-bom": (
        response(body=GET_JSON.decode().encode("utf-16")),
        "close",
        OK,
    ),
    "json-deeply-nested": (response(body=b"[" * 100_000), "close", {"*": "validation"}),
    "json-list": (response(body=b"[1, 2]"), "close", {"*": "validation"}),
    "json-string": (response(body=b'"OK"'), "close", {"*": "validation"}),
    "json-null": (response(body=b"null"), "close", {"*": "validation"}),
    "json-number": (response(body=b"1e400"), "close", {"*": "validation"}),
    "json-wrong-field-types": (
        response(body=b'{"customer_groups": "x", "count": "many", "cart": [1]}'),
        "close",
        {"*": "validation", "empty": "ok"},  # an EmptyResponse keeps any JSON object
    ),
    "json-nan": (
        response(body=b'{"count": NaN, "cart": {"total": NaN}}'),
        "close",
        {"*": "validation", "empty": "ok"},
    ),
    "html-200": (response(body=HTML, content_type="text/html"), "close", {"*": "validation"}),
    "text-200": (
        response(body=b"Success", content_type="text/plain"),
        "close",
        {"*": "validation", "empty": "ok"},
    ),
    "empty-200-no-content-type": (
        response(body=b"", content_type=None),
        "close",
        {"*": "validation", "empty": "ok"},
    ),
    "binary-200": (
        response(body=bytes(range(256)), content_type="application/octet-stream"),
        "close",
        {"*": "validation"},
    ),
    # -- charsets
    "2xx-utf8mb4": (
        response(body=GET_JSON, content_type="application/json; charset=utf8mb4"),
        "close",
        OK,
    ),
    "text-404-utf8mb4": (response(404, b"Not here \xff", "text/plain; charset=utf8mb4"), "close", {"*": NF}),
    "text-404-rot13": (response(404, b"Not here", "text/plain; charset=rot13"), "close", {"*": NF}),
    "text-404-idna": (response(404, b"Not \xffhere", "text/plain; charset=idna"), "close", {"*": NF}),
    "text-404-empty-charset": (response(404, b"Not here", "text/plain; charset="), "close", {"*": NF}),
    "text-404-quoted-charset": (
        response(404, b"Not here", 'text/plain; charset="latin-1"'),
        "close",
        {"*": NF},
    ),
    "json-404-utf8mb4": (response(404, NOT_FOUND, "application/json; charset=utf8mb4"), "close", {"*": NF}),
    "html-503-unknown-charset": (response(503, HTML, "text/html; charset=x-mac-klingon"), "close", {"*": SE}),
    # -- bodies of errors
    "invalid-json-404": (response(404, b'{"type": "not_found",'), "close", {"*": NF}),
    "json-list-404": (response(404, b'["not_found"]'), "close", {"*": NF}),
    "json-wrong-types-404": (response(404, b'{"type": 1, "message": ["x"]}'), "close", {"*": NF}),
    "deeply-nested-404": (response(404, b'{"a":' * 100_000), "close", {"*": NF}),
    "binary-503": (response(503, bytes(range(256)), "application/octet-stream"), "close", {"*": SE}),
    "empty-503": (response(503, b""), "close", {"*": SE}),
    "html-404": (response(404, HTML, "text/html"), "close", {"*": NF}),
    # -- timing
    "head-then-stall": (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n", "stall", {"*": "timeout"}),
    "nothing-then-stall": (b"", "stall", {"*": "timeout"}),
    "error-head-then-stall": (response(404, NOT_FOUND)[:-10], "stall", {"*": "timeout"}),
}


def named_cases() -> Iterator[Any]:
    for name, (raw, end, expected) in CASES.items():
        for route in ROUTES:
            yield pytest.param(raw, end, expected.get(route, expected.get("*")), route, id=f"{name}-{route}")


@pytest.mark.parametrize(("raw", "end", "expected", "route"), list(named_cases()))
def test_named_malformation(
    server: FaultServer, medusa: Medusa, raw: bytes, end: str, expected: str, route: str
) -> None:
    got, error = outcome(server, medusa, route, Raw(raw, end=end, seconds=1.0))  # type: ignore[arg-type]
    assert got == expected, error
    if error is not None:
        assert "\n" not in str(error)


# ------------------------------------------------------------------- property-based (part 3)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
content_types = st.sampled_from(
    [
        None,
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "text/plain; charset=utf8mb4",
        "text/html; charset=rot13",
        "application/octet-stream",
        "text/plain; charset=",
    ]
)
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(route=st.sampled_from(sorted(ROUTES)), value=json_values, content_type=content_types)
def test_any_json_on_a_2xx_is_a_result_or_a_validation_error(
    server: FaultServer, medusa: Medusa, route: str, value: Any, content_type: Optional[str]
) -> None:
    body = json.dumps(value).encode()
    got, error = outcome(server, medusa, route, Raw(response(body=body, content_type=content_type)))
    assert got in ("ok", "validation"), error


@PROPERTY
@given(
    route=st.sampled_from(sorted(ROUTES)),
    status=st.sampled_from([400, 401, 404, 409, 422, 500, 502, 503, 504]),
    body=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()),
    content_type=content_types,
)
def test_any_body_of_an_error_keeps_the_class_of_its_status(
    server: FaultServer, medusa: Medusa, route: str, status: int, body: bytes, content_type: Optional[str]
) -> None:
    got, error = outcome(server, medusa, route, Raw(response(status, body, content_type)))
    assert isinstance(error, APIStatusError), got
    assert error.status_code == status
    assert type(error) is _class_for(status, error.type)  # Medusa's "type" first, then the status


@PROPERTY
@given(
    route=st.sampled_from(sorted(ROUTES)),
    which=st.integers(0, 5),
    cut=st.floats(0, 1, exclude_max=True),
    end=st.sampled_from(["close", "reset"]),
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=3),
)
def test_any_cut_and_corruption_ends_in_a_result_or_a_typed_error(
    server: FaultServer,
    medusa: Medusa,
    route: str,
    which: int,
    cut: float,
    end: str,
    flips: List[Tuple[float, int]],
) -> None:
    wire = bytearray(templates(route)[which].wire)
    for where, byte in flips:
        wire[int(where * len(wire))] = byte
    raw = bytes(wire[: int(cut * len(wire))])
    got, error = outcome(server, medusa, route, Raw(raw, end=end))  # type: ignore[arg-type]
    # typed (outcome() lets anything else through) and, with no stall, never a timeout
    assert got != "timeout", error


def test_the_sweep_covers_every_route_and_kind() -> None:
    """Guards the sweep itself: each route sees cuts, resets and stalls, in head and body."""
    kinds = {(p.values[0], p.values[3]) for p in cut_cases()}
    assert kinds == {(route, end) for route in ROUTES for end in ("close", "reset", "stall")}
    outcomes: Dict[str, Set[str]] = {}
    for p in cut_cases():
        route, t, cut, end = p.values
        outcomes.setdefault(route, set()).add(expected_cut(route, t, cut, end))
    assert {"connection", "timeout", "validation", NF, "ServerError:503", "ServerError:500"} <= outcomes[
        "get"
    ]
    assert "ok" in outcomes["empty"]
