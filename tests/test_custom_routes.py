"""``medusa.admin.custom``: plugin routes under ``/admin`` (path normalisation, query, options, typed results)."""

from __future__ import annotations

from typing import Any

import pytest
import responses

from medusa_client import Medusa
from medusa_client._serde import EmptyResponse, JSONResponse
from medusa_client.models import AdminGetBatchParams, AdminOrdersRes
from tests.conftest import API_KEY, BASE_URL, sent

ORDER = {
    "id": "order_1",
    "status": "pending",
    "email": "a@example.com",
    "created_at": "2026-11-25T17:51:29.756Z",
}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("blog/posts", "/admin/blog/posts"),
        ("/blog/posts", "/admin/blog/posts"),
        ("/admin/blog/posts", "/admin/blog/posts"),
        ("admin/blog/posts", "/admin/blog/posts"),
        ("/store/x", "/admin/store/x"),
        ("/admin", "/admin"),
        ("/adminx", "/adminx"),  # medusa-js's rule: only a "/admin" prefix is checked
        ("/blog/posts?status=draft", "/admin/blog/posts"),
        ("/blog posts/é", "/admin/blog%20posts/%C3%A9"),
        ("/files/a%2Fb", "/admin/files/a%2Fb"),
        ("/discount/100%", "/admin/discount/100%25"),
    ],
)
def test_custom_path_normalisation(
    medusa: Medusa, mocked: responses.RequestsMock, given: str, expected: str
) -> None:
    mocked.add("GET", BASE_URL + expected, json={"ok": True})
    result = medusa.admin.custom.get(given)
    assert sent(mocked)[0].path == expected
    assert isinstance(result, JSONResponse)
    assert result["ok"] is True


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (None, TypeError),
        (b"/blog", TypeError),
        ("", ValueError),
        ("  ", ValueError),
        ("http://evil.example/admin/x", ValueError),
        ("https://evil.example", ValueError),
        ("/x?next=http://evil.example", ValueError),
        ("//evil.example/x", ValueError),
        ("/blog\r\nX-Injected: 1", ValueError),
        ("/blog\x00", ValueError),
        ("/blog\t", ValueError),
        ("/blog#frag", ValueError),
        ("/admin/../store/carts", ValueError),
        ("/admin/%2e%2E/store/carts", ValueError),
        ("./blog", ValueError),
        ("/blog/.", ValueError),
    ],
)
def test_custom_rejects_bad_paths_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock, bad: Any, error: type
) -> None:
    custom = medusa.admin.custom
    with pytest.raises(error):
        custom.get(bad)
    with pytest.raises(error):
        custom.post(bad, {"a": 1})
    with pytest.raises(error):
        custom.delete(bad)
    assert len(mocked.calls) == 0


def test_custom_get_merges_the_query_into_a_path_that_has_one(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", BASE_URL + "/admin/blog/posts", json={"posts": []})
    custom = medusa.admin.custom
    custom.get("/blog/posts?status=draft", {"limit": 5, "tags": ["a b"]})
    custom.get("/blog/posts?status=draft")
    custom.get("/blog/posts?status=draft", {})
    first, second, third = sent(mocked)
    # medusa-js would request "/admin/blog/posts?status=draft?limit=5&..." (a second "?").
    assert first.query == "status=draft&limit=5&tags%5B0%5D=a%20b"
    assert second.query == third.query == "status=draft"
    assert [c.request.url.count("?") for c in mocked.calls] == [1, 1, 1]


def test_custom_encodes_spaces_in_the_query_of_the_path(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", BASE_URL + "/admin/blog/posts", json={"posts": []})
    medusa.admin.custom.get("blog/posts?q=a b&tag=x%2Fy", {"limit": 1})
    assert sent(mocked)[0].query == "q=a%20b&tag=x%2Fy&limit=1"


def test_custom_options_are_real_request_options(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    custom = medusa.admin.custom
    mocked.add("GET", BASE_URL + "/admin/blog/posts", status=502, json={"type": "unknown_error"})
    mocked.add("GET", BASE_URL + "/admin/blog/posts", json={"posts": []})
    result = custom.get("/blog/posts", timeout=(1.0, 2.0), max_retries=1, custom_headers={"X-Trace": "t1"})
    assert result.data == {"posts": []}
    assert len(mocked.calls) == 2  # the 502 was retried, as max_retries asked
    for call in mocked.calls:
        assert call.request.req_kwargs["timeout"] == (1.0, 2.0)
        assert call.request.headers["X-Trace"] == "t1"
        # medusa-js sent its {timeout, numberOfRetries} options as junk headers.
        assert "timeout" not in {name.lower() for name in call.request.headers}
    with pytest.raises(TypeError, match="unexpected keyword"):
        custom.get("/blog/posts", numberOfRetries=2)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="unexpected keyword"):
        custom.delete("/blog/posts/1", options={"timeout": 1})  # type: ignore[call-overload]
    assert len(mocked.calls) == 2


def test_custom_post_and_delete_bodies_headers_and_idempotency(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    custom = medusa.admin.custom
    mocked.add("POST", BASE_URL + "/admin/blog/posts", json={"post": {"id": "post_1"}})
    mocked.add("DELETE", BASE_URL + "/admin/blog/posts/post_1", body="")
    custom.post("blog/posts")
    custom.post("blog/posts", {"title": "T"}, idempotent=True)
    deleted = custom.delete("blog/posts/post_1")
    no_body, with_body, delete = sent(mocked)
    assert no_body.raw_body is None
    assert with_body.json == {"title": "T"}
    assert delete.raw_body is None
    assert no_body.header("Idempotency-Key")
    assert with_body.header("Idempotency-Key")
    assert delete.header("Idempotency-Key") is None
    assert all(r.header("x-medusa-access-token") == API_KEY for r in (no_body, with_body, delete))
    assert isinstance(deleted, JSONResponse)
    assert deleted.data == {}


def test_custom_cast_to_types_the_result(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    custom = medusa.admin.custom
    mocked.add("GET", BASE_URL + "/admin/orders/order_1", json={"order": ORDER})
    mocked.add("POST", BASE_URL + "/admin/orders/order_1", json={"order": ORDER})
    mocked.add("DELETE", BASE_URL + "/admin/x", body="")
    got = custom.get("/orders/order_1", cast_to=AdminOrdersRes)
    posted = custom.post("/orders/order_1", {"email": "a@example.com"}, cast_to=AdminOrdersRes)
    empty = custom.delete("/x", cast_to=EmptyResponse)
    assert isinstance(got, AdminOrdersRes)
    assert got.order.email == "a@example.com"
    assert isinstance(posted, AdminOrdersRes)
    assert isinstance(empty, EmptyResponse)
    with pytest.raises(TypeError, match="cast_to"):
        custom.get("/x", cast_to=dict)  # type: ignore[type-var]
    assert len(mocked.calls) == 3


def test_custom_accepts_a_params_model_as_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/batch-jobs", json={"batch_jobs": []})
    medusa.admin.custom.get("batch-jobs", AdminGetBatchParams(limit=2, type=["x"]))
    assert sent(mocked)[0].query == "limit=2&type%5B0%5D=x"
