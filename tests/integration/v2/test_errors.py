"""Each class of error a real Medusa 2.21.2 produces, as the v2 client raises it."""

from __future__ import annotations

import pytest

from medusa_client import v2
from medusa_client.v2 import JSONResponse, Medusa

from .helpers import US_REGION, ready_cart


def test_unknown_body_field_is_invalid_data(admin: Medusa, unique: str) -> None:
    with pytest.raises(v2.InvalidDataError) as caught:
        admin.admin.customer_group.create({"name": f"Bogus {unique}", "bogus": 1})
    error = caught.value
    assert (error.status_code, error.type) == (400, "invalid_data")
    assert error.message == "Invalid request: Unrecognized fields: 'bogus'"
    assert isinstance(error, v2.APIStatusError) and isinstance(error, v2.MedusaError)
    assert error.response.status_code == 400
    # nothing was created
    assert admin.admin.customer_group.list({"q": f"Bogus {unique}"}).count == 0


def test_missing_field_and_bad_query_are_invalid_data(admin: Medusa) -> None:
    with pytest.raises(v2.InvalidDataError) as caught:
        admin.admin.customer_group.create({})
    assert caught.value.message == "Invalid request: Field 'name' is required"
    with pytest.raises(v2.InvalidDataError) as caught:
        admin.admin.customer_group.list({"limit": "abc"})
    assert caught.value.message == "Invalid request: Expected type: 'number' for field 'limit', got: 'abc'"
    # v1's expand= is an unknown query field in v2
    with pytest.raises(v2.InvalidDataError) as caught:
        admin.admin.customer_group.list({"expand": "customers"})
    assert "expand" in caught.value.message


def test_not_found_is_typed(admin: Medusa, store: Medusa) -> None:
    with pytest.raises(v2.NotFoundError) as caught:
        admin.admin.product.retrieve("prod_missing")
    error = caught.value
    assert (error.status_code, error.type) == (404, "not_found")
    assert error.message == "Product not found"
    assert str(error).startswith("404 GET /admin/products/prod_missing: ")
    with pytest.raises(v2.NotFoundError):
        store.store.cart.retrieve("cart_missing")


def test_unauthorized_is_typed(anonymous: Medusa) -> None:
    with pytest.raises(v2.UnauthorizedError) as caught:
        anonymous.admin.order.list()
    error = caught.value
    assert (error.status_code, error.type, error.message) == (401, None, "Unauthorized")
    assert str(error) == "401 GET /admin/orders: Unauthorized"


def test_not_allowed_insufficient_inventory(store: Medusa) -> None:
    cart = store.store.cart.create({"region_id": US_REGION}).cart
    with pytest.raises(v2.NotAllowedError) as caught:
        store.store.cart.create_line_item(
            cart.id, {"variant_id": "variant_harness_tshirt_m_black", "quantity": 1000}
        )
    error = caught.value
    assert (error.status_code, error.type, error.code) == (400, "not_allowed", "insufficient_inventory")
    assert error.message == "Some variant does not have the required inventory"


def test_workflow_refusals_are_invalid_data(store: Medusa, unique: str) -> None:
    empty = store.store.cart.create({"region_id": US_REGION}).cart
    with pytest.raises(v2.InvalidDataError) as caught:
        store.store.cart.complete(empty.id)
    assert caught.value.message == "Cannot complete a cart with no items"
    with pytest.raises(v2.InvalidDataError) as caught:
        store.store.cart.create_line_item(
            empty.id, {"variant_id": "variant_harness_draft_one", "quantity": 1}
        )
    assert "not published" in caught.value.message


def test_completing_a_cart_twice_gives_the_same_order(store: Medusa, unique: str) -> None:
    cart = ready_cart(store, f"twice-{unique}@example.com", quantity=1)
    first = store.store.cart.complete(cart.id)
    again = store.store.cart.complete(cart.id)  # the completion workflow is idempotent per cart
    assert (first.type, again.type, again.order.id) == ("order", "order", first.order.id)
    with pytest.raises(v2.InvalidDataError) as caught:
        store.store.cart.create_line_item(cart.id, {"variant_id": "variant_harness_mug_one", "quantity": 1})
    assert caught.value.message == f"Cart {cart.id} is already completed."


def test_html_404_of_an_unknown_route(admin: Medusa) -> None:
    with pytest.raises(v2.NotFoundError) as caught:
        admin.client.request("GET", "/admin/nope", JSONResponse, options={})
    error = caught.value
    assert error.status_code == 404
    assert error.type is None
    assert error.message == "Cannot GET /admin/nope"  # read from the Express HTML page
    assert str(error) == "404 GET /admin/nope: Cannot GET /admin/nope"
    assert "<html" not in str(error).lower()
    assert error.response.headers["Content-Type"].startswith("text/html")


def test_custom_route_on_the_store_without_key(admin: Medusa) -> None:
    """client.request on a /store path sends no secret key there: the publishable key is missing."""
    with pytest.raises(v2.NotAllowedError) as caught:
        admin.client.request("GET", "/store/regions", JSONResponse, options={})
    assert "Authorization" not in caught.value.response.request.headers
    assert "publishable_key=" in caught.value.message
