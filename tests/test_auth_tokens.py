"""Credentials per route: the store JWT on store routes (with the caller's custom headers), none on the
public admin routes."""

from __future__ import annotations

import functools
from typing import Any, Tuple

import pytest
import responses

from medusa_client import Medusa
from tests.conftest import BASE_URL, sent


@pytest.mark.parametrize(
    ("target", "call", "args", "verb", "path"),
    [
        ("carts", "create", (), "POST", "/store/carts"),
        (
            "carts.line_items",
            "delete",
            ("cart_1", "item_1"),
            "DELETE",
            "/store/carts/cart_1/line-items/item_1",
        ),
        ("customers", "list_orders", (), "GET", "/store/customers/me/orders"),
        ("customers.payment_methods", "list", (), "GET", "/store/customers/me/payment-methods"),
        ("products.variants", "list", (), "GET", "/store/variants"),
        ("regions", "list", (), "GET", "/store/regions"),
    ],
)
def test_custom_headers_and_the_store_jwt_are_sent(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    target: str,
    call: str,
    args: Tuple[Any, ...],
    verb: str,
    path: str,
) -> None:
    """medusa-js drops ``customHeaders`` in a few places; here every method forwards them."""
    medusa.client.set_store_token("customer.jwt")
    mocked.add(verb, BASE_URL + path, json={})
    getattr(functools.reduce(getattr, target.split("."), medusa), call)(
        *args, custom_headers={"X-Request-Id": "r1"}
    )
    [request] = sent(mocked)
    assert request.header("X-Request-Id") == "r1"
    assert request.header("Authorization") == "Bearer customer.jwt"
    assert request.header("x-medusa-access-token") is None


def test_users_reset_password_uses_the_absolute_route_without_credentials(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add(responses.POST, BASE_URL + "/admin/users/reset-password", json={"user": {"id": "usr_1"}})
    medusa.client.set_admin_token("jwt_admin")
    medusa.admin.users.reset_password({"email": "a@b.c", "token": "t", "password": "p"})
    request = sent(mocked)[0]
    assert request.path == "/admin/users/reset-password"
    assert request.header("x-medusa-access-token") is None
    assert request.header("Authorization") is None
