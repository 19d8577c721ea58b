"""``medusa.admin.uploads``: multipart bodies from paths, bytes and file objects; retries resend them."""

from __future__ import annotations

import io
import re
from typing import Any, List, Tuple

import pytest
import responses

from medusa_client import Medusa
from tests.conftest import API_KEY, BASE_URL, sent


def multipart_parts(raw: bytes, content_type: str) -> Tuple[str, List[Tuple[str, str, bytes]]]:
    match = re.fullmatch(r"multipart/form-data; boundary=(\S+)", content_type)
    assert match, content_type
    boundary = match.group(1)
    assert b"--" + boundary.encode() in raw
    assert raw.rstrip().endswith(b"--" + boundary.encode() + b"--")
    parts = []
    for chunk in raw.split(b"--" + boundary.encode())[1:-1]:
        head, _, data = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = re.search(rb'name="([^"]*)"; filename="([^"]*)"', head)
        assert disposition, head
        parts.append((disposition.group(1).decode(), disposition.group(2).decode(), data))
    return boundary, parts


def upload_request(mocked: responses.RequestsMock) -> Tuple[Any, List[Tuple[str, str, bytes]]]:
    request = sent(mocked)[0]
    assert request.raw_body is not None
    _, parts = multipart_parts(request.raw_body, request.header("Content-Type") or "")
    return request, parts


@pytest.fixture
def upload_route(mocked: responses.RequestsMock) -> responses.RequestsMock:
    body = {"uploads": [{"url": "http://files/x", "key": "x"}]}
    mocked.add(responses.POST, BASE_URL + "/admin/uploads", json=body)
    mocked.add(responses.POST, BASE_URL + "/admin/uploads/protected", json=body)
    return mocked


def test_upload_one_path(medusa: Medusa, upload_route: responses.RequestsMock, tmp_path: Any) -> None:
    file = tmp_path / "photo.jpg"
    file.write_bytes(b"\xff\xd8 jpeg bytes")
    result = medusa.admin.uploads.create(str(file))
    request, parts = upload_request(upload_route)
    assert parts == [("files", "photo.jpg", b"\xff\xd8 jpeg bytes")]
    assert request.header("x-medusa-access-token") == API_KEY
    assert request.header("Idempotency-Key")
    assert result.uploads[0].key == "x"


def test_upload_several_files_of_each_kind(
    medusa: Medusa, upload_route: responses.RequestsMock, tmp_path: Any
) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"from a path")
    handle = io.BytesIO(b"from a file object")
    handle.name = "/some/dir/b.csv"
    medusa.admin.uploads.create_protected([file, b"raw one", handle, b"raw two"])
    request, parts = upload_request(upload_route)
    assert request.path == "/admin/uploads/protected"
    assert parts == [
        ("files", "a.txt", b"from a path"),
        ("files", "file1", b"raw one"),
        ("files", "b.csv", b"from a file object"),
        ("files", "file3", b"raw two"),
    ]


def test_upload_bytes_are_named_file0_file1(medusa: Medusa, upload_route: responses.RequestsMock) -> None:
    medusa.admin.uploads.create((b"one", b"two"))
    _, parts = upload_request(upload_route)
    assert [(name, filename, data) for name, filename, data in parts] == [
        ("files", "file0", b"one"),
        ("files", "file1", b"two"),
    ]


def test_upload_custom_headers_keep_the_multipart_content_type(
    medusa: Medusa, upload_route: responses.RequestsMock
) -> None:
    medusa.admin.uploads.create(b"x", custom_headers={"X-Trace": "up"})
    request, parts = upload_request(upload_route)
    assert request.header("X-Trace") == "up"
    assert len(parts) == 1


def test_upload_is_read_once_and_resent_on_retry(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(responses.POST, BASE_URL + "/admin/uploads", status=503, json={"type": "unknown_error"})
    mocked.add(responses.POST, BASE_URL + "/admin/uploads", json={"uploads": [{"url": "u", "key": "k"}]})
    handle = io.BytesIO(b"stream content")
    handle.name = "s.bin"
    result = medusa.admin.uploads.create(handle, idempotent=True, max_retries=1)
    first, second = sent(mocked)
    assert first.raw_body is not None
    assert second.raw_body is not None
    for request in (first, second):
        _, parts = multipart_parts(request.raw_body or b"", request.header("Content-Type") or "")
        assert parts == [("files", "s.bin", b"stream content")]
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key")
    assert result.uploads[0].key == "k"


def test_upload_of_nothing_or_a_wrong_type_fails_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    uploads = medusa.admin.uploads
    with pytest.raises(ValueError, match="no file"):
        uploads.create([])
    with pytest.raises(TypeError, match="cannot upload"):
        uploads.create([123])  # type: ignore[list-item]
    assert sent(mocked) == []


def test_uploads_delete_sends_json(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(
        responses.DELETE, BASE_URL + "/admin/uploads", json={"id": "k", "object": "file", "deleted": True}
    )
    result = medusa.admin.uploads.delete({"file_key": "k"})
    request = sent(mocked)[0]
    assert request.json == {"file_key": "k"}
    assert request.header("Content-Type") == "application/json"
    assert result.deleted is True
