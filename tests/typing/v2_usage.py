"""A user's Medusa v2 script, type-checked (not run) by ``make lint`` through ``scripts/check_typing.py``.

``mypy --strict`` must pass, and each ``reveal_type`` must show the type in its ``# type:`` comment.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, List, Optional, Union

from medusa_client.v2 import InvalidDataError, Medusa, NotFoundError
from medusa_client.v2.models import AdminCreateCustomerGroup, AuthLoginResponse, StoreCart

if not TYPE_CHECKING:  # pragma: no cover - reveal_type exists only for the type checker

    def reveal_type(value: object) -> None:
        pass


def group_member_emails(medusa: Medusa, group_id: str) -> List[str]:
    page = medusa.admin.customer.list({"groups": group_id, "limit": 50})
    reveal_type(page)  # type: medusa_client.v2.models.admin_customer_list_response.AdminCustomerListResponse
    emails: List[str] = []
    for customer in page.auto_paging_iter():
        reveal_type(customer)  # type: medusa_client.v2.models.admin_customer.AdminCustomer
        emails.append(customer.email)
    return emails


def create_group(medusa: Medusa, name: str) -> Optional[str]:
    try:
        created = medusa.admin.customer_group.create(AdminCreateCustomerGroup(name=name))
    except InvalidDataError as error:  # v2 answers duplicates with 400 invalid_data
        print(error.status_code, error.type, error.message)
        return None
    group = created.customer_group
    reveal_type(group.created_at)  # type: datetime.datetime
    medusa.admin.customer_group.batch_customers(group.id, {"add": ["cus_1"], "remove": []})
    return group.id


def checkout(medusa: Medusa, cart: StoreCart) -> str:
    medusa.store.payment.initiate_payment_session(cart, {"provider_id": "pp_system_default"})
    done = medusa.store.cart.complete(cart.id)
    reveal_type(done)  # type: medusa_client.v2.models.store_complete_cart_response.StoreCompleteCartResponse
    return done.type


def login(medusa: Medusa) -> str:
    result = medusa.auth.login("user", "emailpass", {"email": "a@example.com", "password": "pw"})
    reveal_type(result)  # type: str | medusa_client.v2.models.auth_login_response.AuthLoginResponse
    if isinstance(result, AuthLoginResponse):
        raise RuntimeError(f"log in at {result.location}")
    medusa.with_options(timeout=2).admin.user.me()
    return medusa.auth.refresh()


def missing(medusa: Medusa) -> bool:
    try:
        medusa.admin.customer_group.retrieve("cusgroup_missing", query={"fields": "id,name"})
    except NotFoundError:
        return True
    return False


_unused: Union[datetime.date, None] = None


def tokens(medusa: Medusa) -> None:
    medusa.client.set_token("jwt")
    reveal_type(medusa.client.get_token())  # type: str | None
    reveal_type(medusa.with_options(max_retries=0))  # type: medusa_client.v2._medusa.Medusa
