"""A user's script, type-checked (not run) by ``make lint`` through ``scripts/check_typing.py``.

``mypy --strict`` must pass, and each ``reveal_type`` must show the type in its ``# type:`` comment:
precise types, never ``Any``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, List

from medusa_client import DuplicateError, Medusa, NotFoundError
from medusa_client.models import (
    AdminGetCustomerGroupsParams,
    AdminPostCustomerGroupsGroupReq,
    AdminPostCustomerGroupsReq,
    DateComparison,
)

if not TYPE_CHECKING:  # pragma: no cover - reveal_type exists only for the type checker

    def reveal_type(value: object) -> None:
        pass


def vip_emails(medusa: Medusa, group_id: str) -> List[str]:
    emails: List[str] = []
    page = medusa.admin.customer_groups.list_customers(group_id, {"limit": 50})
    reveal_type(page)  # type: medusa_client.models.admin_customers_list_res.AdminCustomersListRes
    for customer in page.auto_paging_iter():
        reveal_type(customer)  # type: medusa_client.models.customer.Customer
        reveal_type(customer.email)  # type: str
        emails.append(customer.email)
    return emails


def sync(medusa: Medusa, name: str, tier: str) -> str:
    since = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    query = AdminGetCustomerGroupsParams(name=[name], created_at=DateComparison(gte=since), limit=10)
    page = medusa.admin.customer_groups.list(query, timeout=(2, 10))
    reveal_type(page.count)  # type: int
    for group in page.auto_paging_iter():
        reveal_type(group)  # type: medusa_client.models.customer_group.CustomerGroup
        reveal_type(group.created_at)  # type: datetime.datetime
        reveal_type(group.deleted_at)  # type: datetime.datetime | None
        reveal_type(group.metadata)  # type: dict[str, Any] | None
        reveal_type(group.customers)  # type: list[medusa_client.models.customer.Customer] | medusa_client._types.Unset
        return group.id
    try:
        created = medusa.admin.customer_groups.create(
            AdminPostCustomerGroupsReq(name=name, metadata={"tier": tier})
        )
    except DuplicateError as error:
        reveal_type(error.status_code)  # type: int
        reveal_type(error.type)  # type: str | None
        raise
    reveal_type(created.customer_group.id)  # type: str
    reveal_type(created.response.status_code)  # type: int
    medusa.admin.customer_groups.update(
        created.customer_group.id, AdminPostCustomerGroupsGroupReq(metadata={})
    )
    return created.customer_group.id


def remove(medusa: Medusa, group_id: str) -> bool:
    try:
        result = medusa.admin.customer_groups.delete(group_id)
    except NotFoundError as error:
        reveal_type(error.message)  # type: str
        return False
    reveal_type(result.deleted)  # type: bool
    return result.deleted
