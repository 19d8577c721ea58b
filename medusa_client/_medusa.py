"""``Medusa``: the v1 entry point, holding the client and the resource tree of medusa-js.

The tree (``resources/_tree.py``) and the resources are generated from the route table; each
resource is created on first access (and then kept), so importing the package or building a
``Medusa`` loads no resource module: scripts and cron jobs pay only for what they use.
"""

from __future__ import annotations

from typing import Mapping, Optional

from ._client import Client
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_POOL_SIZE
from ._resource import EntryPoint, children
from ._types import TimeoutArg
from .resources._tree import Admin, Root

__all__ = ["Admin", "Medusa", "children"]


class Medusa(Root, EntryPoint):
    """A Medusa v1 API client: ``medusa.<store resource>`` and ``medusa.admin.<resource>``.

    Arguments not given fall back to ``MEDUSA_BACKEND_URL``, ``MEDUSA_API_KEY`` and
    ``MEDUSA_PUBLISHABLE_API_KEY``; ``base_url`` defaults to ``http://localhost:9000``.
    ``timeout`` is seconds or ``(connect, read)`` per attempt (default ``(5, 60)``);
    ``max_retries`` bounds the extra attempts of one call (see docs/reliability.md).
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        publishable_api_key: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Optional[TimeoutArg] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        *,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        client = Client(
            base_url,
            api_key=api_key,
            publishable_api_key=publishable_api_key,
            max_retries=max_retries,
            timeout=timeout,
            custom_headers=custom_headers,
            max_retry_after=max_retry_after,
            pool_size=pool_size,
        )
        self._attach(client)

    def __repr__(self) -> str:
        return f"<Medusa {self.client!r}>"
