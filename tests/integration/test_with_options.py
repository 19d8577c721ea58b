"""``with_options`` on the real v1 server: other defaults, the same pool and credentials."""

from __future__ import annotations

import pytest

from medusa_client import APITimeoutError, Medusa


def test_with_options_changes_defaults_but_not_the_original(admin: Medusa) -> None:
    impatient = admin.with_options(timeout=(5, 0.0001), max_retries=0)
    assert impatient.client.session is admin.client.session  # one connection pool
    with pytest.raises(APITimeoutError, match="read timeout after 1 attempt"):
        impatient.admin.customer_groups.list({"limit": 50, "expand": "customers"})
    # the original keeps its timeout and retries, and the copy its credentials
    assert admin.admin.customer_groups.list({"limit": 1}).limit == 1
    assert admin.with_options(max_retries=1).admin.customer_groups.list({"limit": 1}).limit == 1
