"""``Client.fetch_stream``: server-sent events, parsed as they arrive, with the client's credentials."""

from __future__ import annotations

from typing import List

import pytest
import responses

from medusa_client._client import ServerSentEvent, parse_events
from medusa_client.v2 import Medusa, UnauthorizedError

BASE = "http://medusa2.test"
SUBSCRIBE = BASE + "/admin/workflows-executions/complete-cart/subscribe"


def split_everywhere(data: bytes) -> List[List[bytes]]:
    """The stream cut into two chunks at every byte: events must not depend on chunk borders."""
    return [[data[:i], data[i:]] for i in range(len(data) + 1)]


STREAM = (
    b": a comment\r\n"
    b'event: ping\r\ndata: {"a":1}\r\nid: 1\r\n\r\n'
    b"data: line1\ndata: line2\nretry: 5000\n\n"
    b"event: done\rdata: bye\r\r"
    b"id: abc\ndata\n\n"
    b"data: cut off: the stream ends before its blank line"
)
EXPECTED = [
    ServerSentEvent("ping", '{"a":1}', 1),
    ServerSentEvent(None, "line1\nline2", None, 5000),
    ServerSentEvent("done", "bye"),
    ServerSentEvent(None, "", "abc"),
]  # the last event is cut off: not dispatched (the WHATWG rule)


@pytest.mark.parametrize("chunks", split_everywhere(STREAM), ids=lambda c: f"cut{len(c[0])}")
def test_events_do_not_depend_on_chunk_borders(chunks: List[bytes]) -> None:
    assert list(parse_events(chunks)) == EXPECTED


def test_event_data_as_json() -> None:
    (event,) = parse_events([b'event: onFinish\ndata: {"result": {"id": "order_1"}}\n\n'])
    assert event.json() == {"result": {"id": "order_1"}}
    assert repr(event).startswith("ServerSentEvent(event='onFinish'")


def test_fetch_stream_sends_the_credentials_and_yields_events() -> None:
    medusa = Medusa(base_url=BASE, api_key="sk_stream_secret", publishable_key="")
    with responses.RequestsMock() as mocked:
        mocked.add("GET", SUBSCRIBE, body=STREAM, content_type="text/event-stream")
        events = list(medusa.client.fetch_stream("/admin/workflows-executions/complete-cart/subscribe"))
        request = mocked.calls[0].request
    assert events == EXPECTED
    assert request.headers["Accept"] == "text/event-stream"
    assert request.headers["Authorization"].startswith("Basic ")


def test_fetch_stream_raises_the_typed_error_on_the_first_next() -> None:
    medusa = Medusa(base_url=BASE, api_key="", publishable_key="")
    with responses.RequestsMock() as mocked:
        mocked.add("GET", SUBSCRIBE, json={"message": "Unauthorized"}, status=401)
        stream = medusa.client.fetch_stream("/admin/workflows-executions/complete-cart/subscribe")
        assert len(mocked.calls) == 0  # nothing is sent before the first next()
        with pytest.raises(UnauthorizedError):
            next(stream)
