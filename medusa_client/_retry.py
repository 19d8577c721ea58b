"""When a failed attempt is repeated, and after how long.

One table decides (see docs/reliability.md):

- the connection could not be established, 429, 503: retried for every method;
- read timeouts, dropped connections, 409, 500, 502, 504: retried only when the request is
  *replayable*: GET/HEAD, the POSTs that are idempotent on the server by nature (completing a
  cart, creating its payment sessions, calculating its taxes), and calls made with
  ``idempotent=True``;
- anything else, and every failure of a write that may have been processed: not retried.

Counting, classification of urllib3 errors, ``Retry-After`` (seconds or HTTP date) and the
sleep come from urllib3's :class:`~urllib3.util.retry.Retry`; the back-off is exponential from
0.5 s with jitter, at most 8 s.
"""

from __future__ import annotations

import functools
import random
import re
from typing import Any, FrozenSet, Tuple

from urllib3.util.retry import Retry

__all__ = ["REPLAYABLE_POSTS", "MedusaRetry", "is_replayable", "retry_for"]

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0

#: POST routes whose repetition cannot perform a write twice: completing a completed cart returns
#: its order, and payment sessions and taxes are recomputed, not added. Medusa v1 also runs
#: line items, returns, swaps and claims through its idempotency-key machinery, but it only honours
#: keys it issued itself (a caller's ``Idempotency-Key`` is never stored: a repeated request gets a
#: new key and runs again), so those are not here: see docs/reliability.md.
REPLAYABLE_POSTS: Tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"^/store/carts/[^/]+/complete$",
        r"^/store/carts/[^/]+/payment-sessions$",
        r"^/store/carts/[^/]+/taxes$",
    )
)

SAFE_METHODS: FrozenSet[str] = frozenset({"GET", "HEAD", "OPTIONS"})
ALWAYS_RETRIED: FrozenSet[int] = frozenset({429, 503})
RETRIED_IF_REPLAYABLE: FrozenSet[int] = frozenset({409, 429, 500, 502, 503, 504})


class MedusaRetry(Retry):
    """urllib3's Retry with Medusa's back-off: 0.5 s, 1 s, 2 s, ... at most 8 s, minus up to 25 %."""

    #: ``Retry-After`` makes only these statuses retryable (urllib3 also has 413, never retried here).
    RETRY_AFTER_STATUS_CODES = ALWAYS_RETRIED

    def get_backoff_time(self) -> float:
        errors = 0
        for attempt in reversed(self.history):
            if attempt.redirect_location is not None:
                break
            errors += 1
        if errors == 0:
            return 0.0
        delay = min(MAX_BACKOFF, INITIAL_BACKOFF * (2 ** (errors - 1)))
        return float(delay * (1 - 0.25 * random.random()))  # noqa: S311 - jitter, not crypto


def is_replayable(method: str, path: str, idempotent: bool = False) -> bool:
    """Whether repeating this request cannot perform a write twice."""
    if idempotent or method in SAFE_METHODS:
        return True
    return method == "POST" and any(route.match(path) for route in REPLAYABLE_POSTS)


def retry_for(method: str, path: str, max_retries: int, idempotent: bool = False) -> MedusaRetry:
    """The initial retry state for one call (shared: ``increment()`` returns new objects)."""
    return _initial_retry(is_replayable(method, path, idempotent), max_retries)


@functools.lru_cache(maxsize=32)
def _initial_retry(replayable: bool, max_retries: int) -> MedusaRetry:
    options: Any = {
        "total": max_retries,
        "connect": None,
        "read": None if replayable else False,
        "redirect": False,
        "status": None,
        "other": 0,
        "allowed_methods": None,
        "status_forcelist": RETRIED_IF_REPLAYABLE if replayable else ALWAYS_RETRIED,
        "raise_on_status": False,
        "raise_on_redirect": False,
        "respect_retry_after_header": True,
    }
    return MedusaRetry(**options)
