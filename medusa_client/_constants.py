"""Defaults shared by the clients (v1 and v2) and the command line, in one place."""

from __future__ import annotations

from typing import Tuple

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_POOL_SIZE",
    "DEFAULT_TIMEOUT",
    "PUBLISHABLE_KEY_ENV",
]

#: Base URL when neither the argument nor ``MEDUSA_BACKEND_URL`` gives one.
DEFAULT_BASE_URL = "http://localhost:9000"
#: (connect, read) seconds for each attempt.
DEFAULT_TIMEOUT: Tuple[float, float] = (5.0, 60.0)
#: Extra attempts of one call (only where repeating cannot act twice: see ``_retry``).
DEFAULT_MAX_RETRIES = 2
#: A ``Retry-After`` asking for more seconds than this fails the call at once.
DEFAULT_MAX_RETRY_AFTER = 60.0
#: Connections kept per host.
DEFAULT_POOL_SIZE = 32

BASE_URL_ENV = "MEDUSA_BACKEND_URL"
API_KEY_ENV = "MEDUSA_API_KEY"
PUBLISHABLE_KEY_ENV = "MEDUSA_PUBLISHABLE_API_KEY"
