"""``Medusa``: the entry point, holding the client and the resource tree of medusa-js."""

from __future__ import annotations

from typing import Mapping, Optional

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_POOL_SIZE, Client
from ._types import TimeoutArg
from .resources.admin import AdminAuthResource, AdminCustomerGroupsResource
from .resources.store import AuthResource

__all__ = ["Admin", "Medusa"]


class Admin:
    """The admin resources (``medusa.admin``)."""

    def __init__(self, client: Client) -> None:
        self.auth = AdminAuthResource(client)
        self.customer_groups = AdminCustomerGroupsResource(client)

    def __repr__(self) -> str:
        return "<Admin>"


class Medusa:
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
        self.client = Client(
            base_url,
            api_key=api_key,
            publishable_api_key=publishable_api_key,
            max_retries=max_retries,
            timeout=timeout,
            custom_headers=custom_headers,
            max_retry_after=max_retry_after,
            pool_size=pool_size,
        )
        self.admin = Admin(self.client)
        self.auth = AuthResource(self.client)

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def __enter__(self) -> Medusa:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Medusa {self.client!r}>"
