"""Canned-response HTTP/1.1 server for the benchmarks (standard library only).

Run as its own process: ``python benchmarks/bench_server.py [--delay-ms 5]``. It listens on
127.0.0.1 on a free port, prints ``READY <port>`` on stdout and serves until its stdin is
closed (or it gets SIGTERM/SIGINT). Connections are kept alive, one thread per connection,
and each response (status line, headers and body) goes out in one ``sendall`` so the
client never waits on a delayed ACK between a header write and a body write.

Routes (GET only; anything else is a Medusa-style 404 JSON error):

- ``/admin/customer-groups``: 10 groups; with ``offset``/``limit`` in the query, a page of a
  virtual collection of 100,000 groups, made per request.
- ``/admin/customer-groups/{id}/customers``: 1000 customers (about 1.3 MB).
- ``/store/products``: 100 priced products, 3 variants each (about 0.9 MB).

:class:`ServerProcess` starts and stops it from the benchmark driver.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
from typing import List, Optional
from urllib.parse import parse_qs

import payloads

__all__ = ["ServerProcess"]

_HERE = os.path.dirname(os.path.abspath(__file__))
_MAX_LINE = 65536


def _response(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed"}.get(status, "Unknown")
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "X-Powered-By: Express\r\n"
        "Content-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "Keep-Alive: timeout=60\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


class _Routes:
    def __init__(self) -> None:
        self.groups = _response(200, payloads.customer_groups_body())
        self.customers = _response(200, payloads.customers_body())
        self.products = _response(200, payloads.products_body())
        self.not_found = _response(
            404, b'{"type":"not_found","message":"No route matches","code":"not_found"}'
        )

    def answer(self, method: str, target: str) -> bytes:
        path, _, query = target.partition("?")
        if method != "GET":
            return self.not_found
        if path == "/admin/customer-groups":
            if query:
                params = parse_qs(query)
                if "offset" in params or "limit" in params:
                    offset = int(params.get("offset", ["0"])[0])
                    limit = int(params.get("limit", ["100"])[0])
                    return _response(200, payloads.group_page_body(offset, limit))
            return self.groups
        if path.startswith("/admin/customer-groups/") and path.endswith("/customers"):
            return self.customers
        if path == "/store/products":
            return self.products
        return self.not_found


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        rfile, sock, routes, delay = self.rfile, self.connection, self.server.routes, self.server.delay
        while True:
            line = rfile.readline(_MAX_LINE)
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                continue
            try:
                method, target, _version = line.decode("latin-1").split()
            except ValueError:
                return
            length, close = 0, False
            while True:
                header = rfile.readline(_MAX_LINE)
                if header in (b"\r\n", b"\n", b""):
                    break
                name, _, value = header.decode("latin-1").partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value.strip() or 0)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if length:
                rfile.read(length)
            if delay:
                time.sleep(delay)
            sock.sendall(routes.answer(method, target))
            if close:
                return


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, delay: float) -> None:
        self.routes = _Routes()
        self.delay = delay
        super().__init__(("127.0.0.1", 0), _Handler)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay-ms", type=float, default=0.0, help="sleep before each response")
    args = parser.parse_args(argv)
    server = _Server(args.delay_ms / 1000.0)

    def stop(*_: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    def watch_stdin() -> None:
        # The driver closes our stdin (or dies): stop serving.
        sys.stdin.read()
        stop()

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(f"READY {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


class ServerProcess:
    """The canned server in a child process: ``with ServerProcess(delay_ms=5) as srv: srv.url``."""

    def __init__(self, delay_ms: float = 0.0) -> None:
        self.delay_ms = delay_ms
        self.proc: Optional[subprocess.Popen[str]] = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        cmd = [sys.executable, os.path.join(_HERE, "bench_server.py"), "--delay-ms", str(self.delay_ms)]
        env = dict(os.environ, PYTHONPATH=_HERE)
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=_HERE
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("READY "):
            self.stop()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    sys.exit(main())
