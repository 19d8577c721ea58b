"""When a failed attempt is repeated, and after how long: the whole decision, in one table.

| what failed                                       | GET, replayable POST, idempotent=True | other writes |
|---------------------------------------------------|---------------------------------------|--------------|
| the connection could not be established           | retried                               | retried      |
| 429, 503 (``Retry-After`` honoured up to the cap) | retried                               | retried      |
| read timeout, dropped connection, 409/500/502/504 | retried                               | never        |
| anything else                                     | never                                 | never        |

A write is *replayable* when repeating it cannot act twice: the route table marks those POSTs
(``replayable`` flag; for v1 completing a cart, its payment sessions and its taxes). Back-off is
exponential from 0.5 s with up to 25 % jitter, at most 8 s. See docs/reliability.md.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from typing import FrozenSet, Optional

import requests
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, NewConnectionError

__all__ = ["RetryState", "never_connected", "parse_retry_after"]

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
ALWAYS_RETRIED: FrozenSet[int] = frozenset({429, 503})
RETRIED_IF_REPLAYABLE: FrozenSet[int] = frozenset({409, 429, 500, 502, 503, 504})
_SECONDS = re.compile(r"^\s*[0-9]+\s*$")


def never_connected(exc: requests.RequestException) -> bool:
    """Whether the request cannot have reached the server (refused, DNS, connect timeout)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    inner = exc.args[0] if exc.args else None
    if isinstance(inner, MaxRetryError):
        inner = inner.reason
    return isinstance(inner, (NewConnectionError, ConnectTimeoutError))


def parse_retry_after(value: str) -> Optional[float]:
    """Seconds a ``Retry-After`` value asks for (seconds or an HTTP date); ``None`` if unreadable."""
    if _SECONDS.match(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:  # pragma: no cover - parsedate gives aware dates for HTTP dates
        return None
    return max(0.0, when.timestamp() - time.time())


class RetryState:
    """The retry budget of one call; each method answers "wait this long, then retry" or ``None``."""

    __slots__ = ("max_retry_after", "replayable", "retries", "retries_left")

    def __init__(self, max_retries: int, replayable: bool, max_retry_after: float) -> None:
        self.retries_left = max_retries
        self.replayable = replayable
        self.max_retry_after = max_retry_after
        self.retries = 0

    def after_exception(self, exc: requests.RequestException) -> Optional[float]:
        """No response came back: retry when nothing reached the server, or the call is replayable."""
        if not (never_connected(exc) or self.replayable):
            return None
        return self._take(None)

    def after_status(self, status: int, retry_after: Optional[str]) -> Optional[float]:
        """An error status came back: retry the statuses of the table, honouring ``Retry-After``."""
        if status not in (RETRIED_IF_REPLAYABLE if self.replayable else ALWAYS_RETRIED):
            return None
        wait = None
        if retry_after and status in ALWAYS_RETRIED:
            wait = parse_retry_after(retry_after)
            if wait is not None and wait > self.max_retry_after:
                return None
        return self._take(wait)

    def _take(self, wait: Optional[float]) -> Optional[float]:
        if self.retries_left <= 0:
            return None
        self.retries_left -= 1
        self.retries += 1
        if wait is not None:
            return wait
        delay = min(MAX_BACKOFF, INITIAL_BACKOFF * (2 ** (self.retries - 1)))
        return float(delay * (1 - 0.25 * random.random()))  # noqa: S311 - jitter, not crypto
