"""The exceptions the client raises, all subclasses of :class:`MedusaError`.

Status errors are chosen by Medusa's ``type`` first, then by HTTP status
(:func:`make_status_error`); plain-text and HTML bodies (``Unauthorized``, proxy error
pages) give the same classes with a readable message.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any, Dict, Optional, Type

if TYPE_CHECKING:  # pragma: no cover
    import requests

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ConflictError",
    "DuplicateError",
    "InvalidDataError",
    "MedusaError",
    "NotAllowedError",
    "NotFoundError",
    "PaymentAuthorizationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "make_status_error",
]

#: The names of the error classes (what ``medusa_client`` and ``medusa_client.v2`` export).
ERRORS = tuple(name for name in __all__ if name != "make_status_error")

_MESSAGE_LIMIT = 500


class MedusaError(Exception):
    """Base of every exception raised by medusa_client."""


class APIConnectionError(MedusaError):
    """No HTTP response came back (connection refused or dropped, DNS, TLS, ...)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The connection or the read timed out."""


class APIResponseValidationError(MedusaError):
    """A 2xx response whose body is not the JSON expected."""

    def __init__(self, message: str, *, response: requests.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code: int = response.status_code


class APIStatusError(MedusaError):
    """The server answered with an error status (4xx/5xx, or an unexpected 3xx).

    ``type``, ``code`` and ``message`` come from Medusa's JSON error body when there is one;
    for other bodies ``message`` is the readable text of the body.
    """

    def __init__(
        self,
        message: str,
        *,
        response: requests.Response,
        body: Any,
        type: Optional[str] = None,
        code: Optional[str] = None,
    ) -> None:
        self.status_code: int = response.status_code
        self.type = type
        self.code = code
        self.message = message
        self.body = body
        self.response = response
        super().__init__(self._describe())

    def _describe(self) -> str:
        method = getattr(self.response.request, "method", None) or "?"
        url = getattr(self.response.request, "path_url", None) or "?"
        details = ", ".join(
            f"{name}={value}" for name, value in (("type", self.type), ("code", self.code)) if value
        )
        where = f"{method} {url.split('?', 1)[0]}"
        return f"{self.status_code} {where}: {self.message}" + (f" ({details})" if details else "")


class InvalidDataError(APIStatusError):
    """400 ``invalid_data``: the payload or query failed the server's validation."""


class NotAllowedError(APIStatusError):
    """400 ``not_allowed``: the operation is not allowed in the resource's state."""


class UnauthorizedError(APIStatusError):
    """401: missing or invalid credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404 ``not_found``, or a route the server does not have."""


class ConflictError(APIStatusError):
    """409 ``conflict``: e.g. an idempotency key in use by a concurrent request."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed (base of the 422 types below)."""


class DuplicateError(UnprocessableEntityError):
    """422 ``duplicate_error``: a unique value already exists."""


class PaymentAuthorizationError(UnprocessableEntityError):
    """422 ``payment_authorization_error``: the payment could not be authorised."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class ServerError(APIStatusError):
    """5xx: the server failed (``unknown_error``, ``database_error``, proxy errors, ...)."""


_BY_TYPE: Dict[str, Type[APIStatusError]] = {
    "invalid_data": InvalidDataError,
    "not_allowed": NotAllowedError,
    "unauthorized": UnauthorizedError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "duplicate_error": DuplicateError,
    "payment_authorization_error": PaymentAuthorizationError,
}

_BY_STATUS: Dict[int, Type[APIStatusError]] = {
    400: InvalidDataError,
    401: UnauthorizedError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


def _text_of(body: str) -> str:
    """Readable one-line text of a plain-text or HTML body, at most 500 characters."""
    if "<" in body and ">" in body:
        title = re.search(r"<title[^>]*>(.*?)</title>", body, re.IGNORECASE | re.DOTALL)
        pre = re.search(r"<pre[^>]*>(.*?)</pre>", body, re.IGNORECASE | re.DOTALL)
        chosen = pre or title
        body = chosen.group(1) if chosen else _TAG.sub(" ", body)
        body = _TAG.sub(" ", html.unescape(body))
    text = _SPACE.sub(" ", body).strip()
    if len(text) > _MESSAGE_LIMIT:
        text = text[: _MESSAGE_LIMIT - 3] + "..."
    return text


def _decode(content: bytes, charset: Optional[str]) -> str:
    """The body as text in its declared charset; UTF-8 when Python does not know that charset
    (``utf8mb4``, ``rot13``, an empty name) or its codec cannot replace bad bytes (``idna``)."""
    try:
        return content.decode(charset or "utf-8", errors="replace")
    except (LookupError, UnicodeError):
        return content.decode("utf-8", errors="replace")


def _class_for(status: int, medusa_type: Optional[str]) -> Type[APIStatusError]:
    if medusa_type in _BY_TYPE:
        return _BY_TYPE[medusa_type]
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return APIStatusError


def make_status_error(response: requests.Response, body: Any = None) -> APIStatusError:
    """The typed error for an error response; ``body`` is its decoded JSON, if any."""
    medusa_type = code = None
    message = ""
    if isinstance(body, dict):
        medusa_type = body.get("type") if isinstance(body.get("type"), str) else None
        code = body.get("code") if isinstance(body.get("code"), str) else None
        raw = body.get("message")
        message = raw if isinstance(raw, str) else ""
    else:
        text = _decode(response.content, response.encoding)
        message = _text_of(text)
        body = text
    location = response.headers.get("Location")
    if 300 <= response.status_code < 400 and location:
        message = f"redirect to {location.split('?', 1)[0]} not followed"
    if not message:
        message = response.reason or f"HTTP {response.status_code}"
    cls = _class_for(response.status_code, medusa_type)
    return cls(message, response=response, body=body, type=medusa_type, code=code)
