"""Testing code that calls Medusa without a server, with ``medusa_client.testing`` (see docs/testing.md).

Run it with ``pytest examples/test_with_medusa_mock.py`` (or ``python examples/test_with_medusa_mock.py``).
The ``medusa_mock`` fixture comes from examples/conftest.py; in a project the app code below would be a
module of its own.
"""

from __future__ import annotations

import sys
from typing import List, Optional

import pytest

from medusa_client import Medusa, NotFoundError
from medusa_client.models import AdminCustomerGroupsRes, CustomerGroup
from medusa_client.testing import MedusaMock

# --------------------------------------------------------------------------- the app under test


def get_medusa() -> Medusa:
    """How the app builds its client (from Django settings, Flask config...): any base URL works."""
    return Medusa(base_url="http://medusa.internal:9000", api_key="from-settings", max_retries=0)


def create_vip_group(medusa: Medusa, name: str) -> str:
    """Create a customer group tagged as VIP and return its id."""
    group = medusa.admin.customer_groups.create({"name": name, "metadata": {"tier": "vip"}}).customer_group
    return group.id


def group_name(medusa: Medusa, group_id: str) -> Optional[str]:
    """The group's name, or None when it does not exist."""
    try:
        return medusa.admin.customer_groups.retrieve(group_id).customer_group.name
    except NotFoundError:
        return None


def all_group_names(medusa: Medusa) -> List[str]:
    return [group.name for group in medusa.admin.customer_groups.list({"limit": 2}).auto_paging_iter()]


# --------------------------------------------------------------------------- the tests


def test_create_vip_group(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.customer_groups.create.returns(
        AdminCustomerGroupsRes(customer_group=CustomerGroup(id="cgrp_1", name="VIP"))
    )

    assert create_vip_group(get_medusa(), "VIP") == "cgrp_1"

    medusa_mock.admin.customer_groups.create.assert_called_once_with(
        payload={"name": "VIP", "metadata": {"tier": "vip"}}
    )


def test_missing_group_is_none(medusa_mock: MedusaMock) -> None:
    groups = medusa_mock.admin.customer_groups
    groups.retrieve.raises(NotFoundError, "CustomerGroup with id cgrp_gone was not found")
    groups.retrieve.with_ids("cgrp_1").returns({"customer_group": {"id": "cgrp_1", "name": "VIP"}})

    medusa = get_medusa()
    assert group_name(medusa, "cgrp_1") == "VIP"
    assert group_name(medusa, "cgrp_gone") is None
    assert [call.ids["id"] for call in groups.retrieve.calls] == ["cgrp_1", "cgrp_gone"]


def test_every_page_is_read(medusa_mock: MedusaMock) -> None:
    def page(names: List[str], offset: int) -> dict:  # type: ignore[type-arg]
        groups = [{"id": f"cgrp_{name}", "name": name} for name in names]
        return {"customer_groups": groups, "count": 3, "offset": offset, "limit": 2}

    medusa_mock.admin.customer_groups.list.returns(page(["a", "b"], 0), page(["c"], 2))

    assert all_group_names(get_medusa()) == ["a", "b", "c"]
    assert [call.query for call in medusa_mock.admin.customer_groups.list.calls] == [
        {"limit": "2"},
        {"limit": "2", "offset": "2"},
    ]


def test_typed_selection(medusa_mock: MedusaMock) -> None:
    create = medusa_mock.on(lambda m: m.admin.customer_groups.create)  # MethodMock[AdminCustomerGroupsRes]
    create.returns(AdminCustomerGroupsRes(customer_group=CustomerGroup(id="cgrp_9", name="Gold")))
    assert create_vip_group(get_medusa(), "Gold") == "cgrp_9"
    assert create.calls[0].payload["name"] == "Gold"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
