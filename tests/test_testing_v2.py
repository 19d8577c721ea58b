"""``MedusaMockV2``: the testing kit for ``medusa_client.v2`` clients, on the v2 route table."""

from __future__ import annotations

import pytest

from medusa_client.testing import MedusaMockV2, UnmockedRequestError, routes
from medusa_client.v2 import NotFoundError, UnauthorizedError
from medusa_client.v2.models import StoreCartResponse
from medusa_client.v2.resources._table import TABLE


def test_the_v2_mock_tree_is_the_v2_table() -> None:
    found = {spec.dotted for route in routes("v2") for spec in route.specs}
    assert found == {route.dotted for route in TABLE.routes}
    mock = MedusaMockV2()
    assert repr(mock.store.cart.complete).startswith("<MethodMock store.cart.complete: POST")
    assert mock.method("auth.login").template == "/auth/{actor}/{method}"


def test_answers_calls_and_typed_results(medusa_mock_v2: MedusaMockV2) -> None:
    medusa_mock_v2.store.cart.retrieve.returns({"cart": {"id": "cart_1", "email": "a@example.com"}})
    medusa_mock_v2.on(lambda m: m.admin.customer_group.create).returns(
        {"customer_group": {"id": "cusgroup_1", "name": "VIP"}}
    )
    medusa = medusa_mock_v2.client()
    cart = medusa.store.cart.retrieve("cart_1", {"fields": "id,email"})
    assert isinstance(cart, StoreCartResponse) and cart.cart.email == "a@example.com"
    assert medusa.admin.customer_group.create({"name": "VIP"}).customer_group.id == "cusgroup_1"
    call = medusa_mock_v2.store.cart.retrieve.calls[0]
    assert (call.ids, call.query) == ({"id": "cart_1"}, {"fields": "id,email"})
    assert call.headers["x-publishable-api-key"] == "pk_test_key"
    created = medusa_mock_v2.admin.customer_group.create.calls[0]
    assert created.payload == {"name": "VIP"} and created.headers["Authorization"].startswith("Basic ")


def test_errors_have_the_v2_bodies(medusa_mock_v2: MedusaMockV2) -> None:
    medusa_mock_v2.admin.user.me.raises(UnauthorizedError)
    medusa_mock_v2.admin.product.retrieve.with_ids("prod_x").raises(NotFoundError, "Product not found")
    medusa = medusa_mock_v2.client()
    with pytest.raises(UnauthorizedError) as caught:
        medusa.admin.user.me()
    assert caught.value.body == {"message": "Unauthorized"}  # v2: JSON, not v1's plain text
    with pytest.raises(NotFoundError, match="Product not found"):
        medusa.admin.product.retrieve("prod_x")


def test_auth_routes_are_mocked_and_unknown_routes_fail() -> None:
    with MedusaMockV2() as mock:
        mock.auth.login.returns({"token": "jwt_1"})
        medusa = mock.client(api_key="")
        assert medusa.auth.login("user", "emailpass", {"email": "a@b.c", "password": "pw"}) == "jwt_1"
        assert mock.auth.login.calls[0].ids == {"actor": "user", "method": "emailpass"}
        with pytest.raises(UnmockedRequestError, match="is not a route of the Medusa v2 client"):
            medusa.client.request("GET", "/admin/nope", StoreCartResponse, options={})
        mock.unmatched.clear()
