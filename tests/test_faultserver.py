"""Tests of the fault-injection test server itself, with plain requests and sockets."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from tests.support.faultserver import (
    FaultServer,
    Hang,
    Redirect,
    Reply,
    Reset,
    huge_json,
)

ROUTE = "/admin/customer-groups"


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer(host="127.0.0.1") as server:
        yield server


def wait_until(condition: object, timeout: float = 2.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def recv_until_closed(sock: socket.socket, received: bytearray) -> None:
    while chunk := sock.recv(65536):
        received += chunk


def test_url_and_free_port(srv: FaultServer) -> None:
    assert srv.port > 0
    assert srv.url == f"http://127.0.0.1:{srv.port}"


def test_keep_alive_reuses_one_connection(srv: FaultServer) -> None:
    srv.script("GET", ROUTE, [Reply(200, {"ok": True})])
    with requests.Session() as session:
        assert session.get(srv.url + ROUTE).json() == {"ok": True}
        assert session.get(srv.url + ROUTE).json() == {"ok": True}
    assert srv.connections == 1
    assert [r.conn_id for r in srv.requests] == [1, 1]


def test_sequence_is_consumed_in_order_and_last_repeats(srv: FaultServer) -> None:
    srv.script(
        "GET",
        ROUTE,
        [
            Reply(503, {"type": "unknown_error"}, headers={"Retry-After": "1"}),
            Reply(200, {"n": 2}),
        ],
    )
    with requests.Session() as session:
        first = session.get(srv.url + ROUTE, params={"limit": 10})
        assert first.status_code == 503
        assert first.headers["Retry-After"] == "1"
        assert first.json() == {"type": "unknown_error"}
        for _ in range(3):
            assert session.get(srv.url + ROUTE + "?offset=20").json() == {"n": 2}
    assert srv.count("GET", ROUTE) == 4
    assert srv.count("get", ROUTE) == 4
    assert srv.count("POST", ROUTE) == 0
    assert srv.requests[0].query == "limit=10"
    assert srv.requests[1].path == ROUTE


def test_unscripted_route_default_replace_and_reset(srv: FaultServer) -> None:
    missing = requests.get(srv.url + "/store/products")
    assert missing.status_code == 404
    assert missing.json() == {
        "type": "not_found",
        "message": "no script for GET /store/products",
    }

    srv.script_default([Reply(418, "teapot", content_type="text/plain")])
    teapot = requests.get(srv.url + "/anything")
    assert (teapot.status_code, teapot.text) == (418, "teapot")
    assert teapot.headers["Content-Type"] == "text/plain"

    srv.script("POST", ROUTE, [Reply(201, {"v": 1})])
    srv.script("POST", ROUTE, [Reply(200, {"v": 2})])
    assert requests.post(srv.url + ROUTE, json={}).json() == {"v": 2}

    srv.reset()
    assert srv.requests == []
    assert srv.connections == 0
    assert requests.post(srv.url + ROUTE, json={}).status_code == 404


def test_recorded_request_details(srv: FaultServer) -> None:
    srv.script("POST", ROUTE, [Reply(200, {})])
    before = time.monotonic()
    requests.post(
        srv.url + ROUTE + "?expand=customers",
        json={"name": "VIP"},
        headers={"X-Medusa-Access-Token": "secret"},
    )
    (recorded,) = srv.requests
    assert recorded.method == "POST"
    assert recorded.path == ROUTE
    assert recorded.query == "expand=customers"
    assert json.loads(recorded.body) == {"name": "VIP"}
    assert recorded.headers["x-medusa-access-token"] == "secret"
    assert recorded.headers["CONTENT-TYPE"] == "application/json"
    assert "X-Medusa-Access-Token" in list(recorded.headers)
    assert recorded.complete
    assert before <= recorded.received_at <= time.monotonic()


def test_chunked_request_body_is_recorded(srv: FaultServer) -> None:
    srv.script("POST", "/upload", [Reply(200, {"ok": True})])

    def parts() -> Iterator[bytes]:
        yield b'{"name":'
        yield b'"chunked"}'

    response = requests.post(srv.url + "/upload", data=parts())
    assert response.json() == {"ok": True}
    (recorded,) = srv.requests
    assert recorded.headers["Transfer-Encoding"] == "chunked"
    assert recorded.body == b'{"name":"chunked"}'


def test_reset_before_response_is_a_connection_error(srv: FaultServer) -> None:
    srv.script("POST", ROUTE, [Reset(when="before_response")])
    with pytest.raises(requests.ConnectionError):
        requests.post(srv.url + ROUTE, json={"a": 1})
    (recorded,) = srv.requests
    assert recorded.body == b'{"a": 1}'
    assert recorded.complete


def test_reset_on_accept_is_a_connection_error(srv: FaultServer) -> None:
    srv.script("POST", ROUTE, [Reset(when="on_accept"), Reply(200, {})])
    with pytest.raises(requests.ConnectionError):
        requests.post(srv.url + ROUTE, json={"a": 1})
    assert requests.post(srv.url + ROUTE, json={"a": 1}).status_code == 200
    assert srv.count("POST", ROUTE) == 2
    assert [r.complete for r in srv.requests] == [False, True]
    assert srv.requests[0].body == b""


def test_reset_mid_body_fails_while_reading(srv: FaultServer) -> None:
    srv.script("GET", ROUTE, [Reset(when="mid_body", after_bytes=10)])
    response = requests.get(srv.url + ROUTE, stream=True)
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) > 10
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.ConnectionError)):
        _ = response.content


def test_reset_mid_body_with_given_reply(srv: FaultServer) -> None:
    body = b'{"customer_groups":[]}'
    srv.script("GET", ROUTE, [Reset(when="mid_body", after_bytes=5, reply=Reply(200, body))])
    received = bytearray()
    with socket.create_connection(("127.0.0.1", srv.port), timeout=2) as sock:
        sock.sendall(f"GET {ROUTE} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        with pytest.raises(ConnectionResetError):
            recv_until_closed(sock, received)
    head, _, partial = bytes(received).partition(b"\r\n\r\n")
    assert f"Content-Length: {len(body)}".encode() in head
    assert partial == body[:5]


def test_hang_gives_read_timeout(srv: FaultServer) -> None:
    srv.script("GET", ROUTE, [Hang(seconds=3)])
    started = time.monotonic()
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(srv.url + ROUTE, timeout=(1, 0.3))
    assert time.monotonic() - started < 1.0
    assert srv.count("GET", ROUTE) == 1


def test_too_large_content_length_errors_on_read(srv: FaultServer) -> None:
    srv.script("GET", ROUTE, [Reply(200, '{"trunc', content_length=100)])
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.ConnectionError)):
        requests.get(srv.url + ROUTE)


def test_body_types_and_content_types(srv: FaultServer) -> None:
    srv.script(
        "GET",
        ROUTE,
        [
            Reply(502, "<html>Bad gateway</html>", content_type="text/html"),
            Reply(401, "Unauthorized", content_type="text/plain"),
            Reply(200, [1, 2]),
            Reply(204, b""),
        ],
    )
    with requests.Session() as session:
        html = session.get(srv.url + ROUTE)
        assert (html.status_code, html.text) == (502, "<html>Bad gateway</html>")
        assert html.headers["Content-Type"] == "text/html"
        assert session.get(srv.url + ROUTE).text == "Unauthorized"
        listed = session.get(srv.url + ROUTE)
        assert listed.headers["Content-Type"] == "application/json"
        assert listed.json() == [1, 2]
        assert session.get(srv.url + ROUTE).status_code == 204
    assert srv.connections == 1


def test_delays_before_headers_and_body(srv: FaultServer) -> None:
    srv.script("GET", ROUTE, [Reply(200, {"ok": True}, delay=0.2, body_delay=0.1)])
    started = time.monotonic()
    assert requests.get(srv.url + ROUTE).json() == {"ok": True}
    assert 0.3 <= time.monotonic() - started < 1.0


def test_connection_close_from_client_and_server(srv: FaultServer) -> None:
    srv.script("GET", "/a", [Reply(200, {})])
    srv.script("GET", "/b", [Reply(200, {}, close=True)])
    with requests.Session() as session:
        session.get(srv.url + "/a", headers={"Connection": "close"})
        session.get(srv.url + "/a")
        closing = session.get(srv.url + "/b")
        assert closing.headers["Connection"] == "close"
        session.get(srv.url + "/a")
    assert srv.connections == 3


def test_pipelined_requests_on_raw_socket(srv: FaultServer) -> None:
    srv.script("GET", "/a", [Reply(200, "first", content_type="text/plain")])
    srv.script("GET", "/b", [Reply(200, "second", content_type="text/plain")])
    request = "GET {} HTTP/1.1\r\nHost: x\r\n{}\r\n"
    with socket.create_connection(("127.0.0.1", srv.port), timeout=2) as sock:
        sock.sendall((request.format("/a", "") + request.format("/b", "Connection: close\r\n")).encode())
        received = bytearray()
        recv_until_closed(sock, received)
    assert received.count(b"HTTP/1.1 200 OK") == 2
    assert received.endswith(b"second")
    assert b"first" in received


def test_redirect_location_and_other_loopback_address(srv: FaultServer) -> None:
    with FaultServer(host="127.0.0.2") as other:
        assert other.url.startswith("http://127.0.0.2:")
        other.script("GET", "/x", [Reply(200, {"moved": True})])
        target = other.url + "/x"
        srv.script("GET", ROUTE, [Redirect(307, target)])

        response = requests.get(srv.url + ROUTE, allow_redirects=False)
        assert response.status_code == 307
        assert response.headers["Location"] == target

        followed = requests.get(srv.url + ROUTE)
        assert followed.json() == {"moved": True}
        assert followed.url == target
        assert other.count("GET", "/x") == 1
        (recorded,) = other.requests
        assert recorded.headers["Host"] == f"127.0.0.2:{other.port}"


def test_huge_json_size_and_shape() -> None:
    small = huge_json(10_000)
    assert len(small) == 10_000
    document = json.loads(small)
    assert document["count"] == len(document["customer_groups"]) > 0
    assert document["offset"] == 0


def test_twenty_megabyte_body_arrives_complete(srv: FaultServer) -> None:
    size = 20 * 1024 * 1024
    srv.script("GET", ROUTE, [Reply(200, huge_json(size))])
    response = requests.get(srv.url + ROUTE, timeout=(1, 5))
    assert len(response.content) == size
    document = response.json()
    assert document["count"] == len(document["customer_groups"])


def test_close_is_prompt_during_hang() -> None:
    server = FaultServer()
    server.script("GET", ROUTE, [Hang(seconds=30)])
    errors: list[BaseException] = []

    def client() -> None:
        try:
            requests.get(server.url + ROUTE, timeout=(1, 10))
        except requests.RequestException as exc:
            errors.append(exc)

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    wait_until(lambda: server.count("GET", ROUTE) == 1)
    started = time.monotonic()
    server.close()
    assert time.monotonic() - started < 2.0
    thread.join(2.0)
    assert not thread.is_alive()
    assert len(errors) == 1
    server.close()  # idempotent
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + ROUTE, timeout=(0.5, 0.5))
