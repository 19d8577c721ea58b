"""Error mapping from the exact bodies a real v1 server sends (see SERVER_FACTS.md)."""

from __future__ import annotations

from typing import Any, Optional

import pytest
import responses

import medusa_client as mc
from medusa_client import Medusa
from tests.conftest import BASE_URL

LIST = BASE_URL + "/admin/customer-groups"
NOT_FOUND = {"type": "not_found", "message": "CustomerGroup with id cgrp_x was not found"}
DUPLICATE = {
    "code": "invalid_request_error",
    "type": "duplicate_error",
    "message": "Key (name)=(VIP) already exists.",
}
UNKNOWN = {"code": "unknown_error", "type": "unknown_error", "message": "An unknown error occurred."}
HTML_404 = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n'
    "<body>\n<pre>Cannot DELETE /admin/nope</pre>\n</body>\n</html>\n"
)
HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error", "type_", "code", "message"),
    [
        (404, NOT_FOUND, None, mc.NotFoundError, "not_found", None, NOT_FOUND["message"]),
        (
            400,
            {"type": "invalid_data", "message": "name must be a string"},
            None,
            mc.InvalidDataError,
            "invalid_data",
            None,
            "name must be a string",
        ),
        (
            400,
            {"type": "invalid_data", "message": "property foo should not exist"},
            None,
            mc.InvalidDataError,
            "invalid_data",
            None,
            "property foo should not exist",
        ),
        (
            400,
            {"type": "not_allowed", "message": "Cannot cancel"},
            None,
            mc.NotAllowedError,
            "not_allowed",
            None,
            "Cannot cancel",
        ),
        (
            422,
            DUPLICATE,
            None,
            mc.DuplicateError,
            "duplicate_error",
            "invalid_request_error",
            DUPLICATE["message"],
        ),
        (
            422,
            {"type": "payment_authorization_error", "message": "declined"},
            None,
            mc.PaymentAuthorizationError,
            "payment_authorization_error",
            None,
            "declined",
        ),
        (
            409,
            {"type": "conflict", "code": "invalid_state_error", "message": "locked"},
            None,
            mc.ConflictError,
            "conflict",
            "invalid_state_error",
            "locked",
        ),
        (500, UNKNOWN, None, mc.ServerError, "unknown_error", "unknown_error", UNKNOWN["message"]),
        (
            500,
            {"type": "database_error", "message": "db"},
            None,
            mc.ServerError,
            "database_error",
            None,
            "db",
        ),
        (401, "Unauthorized", "text/plain; charset=utf-8", mc.UnauthorizedError, None, None, "Unauthorized"),
        (
            409,
            "Failed to create idempotency key",
            "text/plain",
            mc.ConflictError,
            None,
            None,
            "Failed to create idempotency key",
        ),
        (
            404,
            HTML_404,
            "text/html; charset=utf-8",
            mc.NotFoundError,
            None,
            None,
            "Cannot DELETE /admin/nope",
        ),
        (502, HTML_502, "text/html", mc.ServerError, None, None, "502 Bad Gateway"),
        (429, "", "text/plain", mc.RateLimitError, None, None, "Too Many Requests"),
        (418, {"message": "teapot"}, None, mc.APIStatusError, None, None, "teapot"),
        (403, {"message": "Forbidden"}, None, mc.PermissionDeniedError, None, None, "Forbidden"),
        (
            422,
            {"type": "unexpected_state", "message": "Cannot do that now"},
            None,
            mc.UnprocessableEntityError,
            "unexpected_state",
            None,
            "Cannot do that now",
        ),
        (
            400,
            "<html><body>Bad Request</body></html>",
            "text/html",
            mc.InvalidDataError,
            None,
            None,
            "Bad Request",
        ),
    ],
)
def test_status_errors_are_typed(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    status: int,
    body: Any,
    content_type: Optional[str],
    error: type,
    type_: Optional[str],
    code: Optional[str],
    message: str,
) -> None:
    if isinstance(body, dict):
        mocked.add("GET", LIST, json=body, status=status)
    else:
        mocked.add("GET", LIST, body=body, status=status, content_type=content_type)
    with pytest.raises(error) as caught:
        medusa.admin.customer_groups.list(max_retries=0)
    exc = caught.value
    assert type(exc) is error
    assert isinstance(exc, mc.MedusaError)
    assert (exc.status_code, exc.type, exc.code, exc.message) == (status, type_, code, message)
    assert exc.response.status_code == status
    assert "<" not in str(exc)
    assert str(exc).startswith(f"{status} GET /admin/customer-groups: {message}")
    if isinstance(body, dict):
        assert exc.body == body


def test_the_type_decides_before_the_status(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", LIST, json={"type": "not_found", "message": "x"}, status=400)
    with pytest.raises(mc.NotFoundError):
        medusa.admin.customer_groups.list()


def test_long_html_messages_are_shortened(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(
        "GET",
        LIST,
        body="<html><body>" + "x " * 2000 + "</body></html>",
        status=503,
        content_type="text/html",
    )
    with pytest.raises(mc.ServerError) as caught:
        medusa.admin.customer_groups.list(max_retries=0)
    assert len(caught.value.message) == 500 and caught.value.message.endswith("...")


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        ("{not json", "application/json", "not valid JSON"),
        ('{"customer_groups": [', "application/json", "not valid JSON"),
        ("<html>ok</html>", "text/html", r"not valid JSON \(text/html\)"),
        (
            '{"customer_groups": "nope", "count": 1}',
            "application/json",
            "does not fit AdminCustomerGroupsListRes",
        ),
        ("[1, 2]", "application/json", "does not fit"),
        ('{"customer_groups": [], "count": "many"}', "application/json", "does not fit"),
    ],
)
def test_bad_2xx_bodies_raise_a_client_error_not_a_decoder_error(
    medusa: Medusa, mocked: responses.RequestsMock, body: str, content_type: str, fragment: str
) -> None:
    mocked.add("GET", LIST, body=body, status=200, content_type=content_type)
    with pytest.raises(mc.APIResponseValidationError, match=fragment) as caught:
        medusa.admin.customer_groups.list()
    assert caught.value.status_code == 200
    assert isinstance(caught.value, mc.MedusaError)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@pytest.mark.parametrize(("body", "content_type"), [("", "text/plain"), ("OK", "text/plain; charset=utf-8")])
def test_void_methods_accept_empty_and_plain_ok_bodies(
    medusa: Medusa, mocked: responses.RequestsMock, body: str, content_type: str
) -> None:
    mocked.add("DELETE", BASE_URL + "/admin/auth", body=body, status=200, content_type=content_type)
    result = medusa.admin.auth.delete_session()
    assert result.response.status_code == 200 and result.additional_properties == {}


def test_typed_methods_still_reject_plain_ok(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/auth", body="OK", status=200, content_type="text/plain")
    with pytest.raises(mc.APIResponseValidationError):
        medusa.admin.auth.get_session()


def test_the_422_classes_share_a_base_and_other_422s_are_not_payment_errors(
    mocked: responses.RequestsMock, medusa: Medusa
) -> None:
    for body, expected in (
        (DUPLICATE, mc.DuplicateError),
        ({"type": "payment_authorization_error", "message": "declined"}, mc.PaymentAuthorizationError),
        ({"type": "unexpected_state", "message": "no"}, mc.UnprocessableEntityError),
    ):
        mocked.upsert("GET", LIST, json=body, status=422)
        with pytest.raises(mc.UnprocessableEntityError) as caught:
            medusa.admin.customer_groups.list()
        assert type(caught.value) is expected
        assert isinstance(caught.value, mc.PaymentAuthorizationError) is (
            expected is mc.PaymentAuthorizationError
        )
