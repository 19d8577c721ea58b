"""``medusa_client.v2.Medusa``: the v2 entry point, mirroring ``@medusajs/js-sdk`` 2.21.

``medusa.admin.<resource>``, ``medusa.store.<resource>`` and ``medusa.auth`` are generated from
the v2 route table and created on first access; ``medusa.client`` holds the session, the base
URL and the credentials.
"""

from __future__ import annotations

from typing import Mapping, Optional

from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_POOL_SIZE
from .._resource import EntryPoint
from .._types import TimeoutArg
from ._client import Client
from .resources._tree import Root

__all__ = ["Medusa"]


class Medusa(Root, EntryPoint):
    """A Medusa v2 API client: ``medusa.admin``, ``medusa.store`` and ``medusa.auth``.

    Arguments not given fall back to ``MEDUSA_BACKEND_URL``, ``MEDUSA_API_KEY`` (a secret key,
    ``sk_...``) and ``MEDUSA_PUBLISHABLE_API_KEY``; an empty string means none, whatever the
    environment says. ``timeout`` is seconds or ``(connect, read)`` per attempt (default
    ``(5, 60)``); ``max_retries`` bounds the extra attempts of a call that is safe to repeat
    (see docs/reliability.md). ``auth_type="session"`` keeps a login as a cookie session.
    """

    client: Client

    def __init__(
        self,
        base_url: Optional[str] = None,
        *,
        api_key: Optional[str] = None,
        publishable_key: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Optional[TimeoutArg] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        auth_type: str = "jwt",
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        client = Client(
            base_url,
            api_key=api_key,
            publishable_key=publishable_key,
            max_retries=max_retries,
            timeout=timeout,
            custom_headers=custom_headers,
            auth_type=auth_type,
            max_retry_after=max_retry_after,
            pool_size=pool_size,
        )
        self._attach(client)

    def __repr__(self) -> str:
        return f"<medusa_client.v2.Medusa {self.client!r}>"
