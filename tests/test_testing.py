"""``medusa_client.testing`` used the way an application's test suite would use it (no server, no network)."""

# the fixture is imported as a user's conftest.py does, then named by test parameters:
# ruff: noqa: F811

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import requests
import responses

import medusa_client as mc
from medusa_client import Medusa
from medusa_client.cli import resource_tree
from medusa_client.models import (
    AdminCustomerGroupsListRes,
    AdminCustomerGroupsRes,
    AdminGetCustomerGroupsParams,
    AdminPostCustomerGroupsReq,
    CustomerGroup,
    StoreCartsRes,
)
from medusa_client.testing import (
    ANY,
    MedusaMock,
    Reply,
    UnmockedRequestError,
    error_reply,
    medusa_mock,  # noqa: F401
    routes,
    status_reply,
)

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- a small "app"


class LoyaltyService:
    """What a Django/Flask app might have: business logic on top of one Medusa client."""

    def __init__(self, medusa: Medusa) -> None:
        self.medusa = medusa

    def ensure_group(self, name: str) -> str:
        found = self.medusa.admin.customer_groups.list({"name": [name], "limit": 1})
        if found.customer_groups:
            return found.customer_groups[0].id
        try:
            return self.medusa.admin.customer_groups.create({"name": name}).customer_group.id
        except mc.DuplicateError:  # created concurrently
            return self.medusa.admin.customer_groups.list({"name": [name]}).customer_groups[0].id

    def enroll(self, group_id: str, customer_ids: List[str]) -> bool:
        try:
            self.medusa.admin.customer_groups.add_customers(
                group_id, {"customer_ids": [{"id": c} for c in customer_ids]}
            )
        except mc.NotFoundError:
            return False
        return True

    def group_names(self) -> List[str]:
        return [g.name for g in self.medusa.admin.customer_groups.list({"limit": 2}).auto_paging_iter()]

    def cart_total(self, cart_id: str) -> Optional[int]:
        try:
            total = self.medusa.carts.retrieve(cart_id).cart.total
        except mc.NotFoundError:
            return None
        return total if isinstance(total, int) else None


@pytest.fixture
def service() -> LoyaltyService:
    # the app's own client: another host than the mock's default, retries on
    return LoyaltyService(Medusa(base_url="http://shop.internal:9000", api_key="app_key"))


def group(group_id: str, name: str) -> Dict[str, Any]:
    return {"id": group_id, "name": name, "created_at": "2026-01-01T00:00:00.000Z"}


def page(items: List[Dict[str, Any]], offset: int, count: int, limit: int = 2) -> Dict[str, Any]:
    return {"customer_groups": items, "count": count, "offset": offset, "limit": limit}


# --------------------------------------------------------------------------- the app, tested


def test_ensure_group_creates_it_when_missing(medusa_mock: MedusaMock, service: LoyaltyService) -> None:
    medusa_mock.admin.customer_groups.list.returns(page([], 0, 0))
    medusa_mock.admin.customer_groups.create.returns(
        AdminCustomerGroupsRes(customer_group=CustomerGroup(id="cgrp_1", name="VIP"))
    )

    assert service.ensure_group("VIP") == "cgrp_1"

    medusa_mock.admin.customer_groups.list.assert_called_once_with(query={"name": ["VIP"], "limit": "1"})
    medusa_mock.admin.customer_groups.list.assert_called_once_with(query={"name": ["VIP"], "limit": 1})
    medusa_mock.admin.customer_groups.list.assert_called_once_with(
        query=AdminGetCustomerGroupsParams(name=["VIP"], limit=1)
    )
    medusa_mock.admin.customer_groups.create.assert_called_once_with(payload={"name": "VIP"})
    medusa_mock.admin.customer_groups.create.assert_called_once_with(
        payload=AdminPostCustomerGroupsReq(name="VIP")
    )
    assert medusa_mock.admin.customer_groups.create.calls[0].payload == {"name": "VIP"}


def test_ensure_group_reuses_an_existing_one(medusa_mock: MedusaMock, service: LoyaltyService) -> None:
    medusa_mock.admin.customer_groups.list.returns(page([group("cgrp_old", "VIP")], 0, 1))
    assert service.ensure_group("VIP") == "cgrp_old"
    medusa_mock.admin.customer_groups.create.assert_not_called()


def test_ensure_group_survives_a_concurrent_create(medusa_mock: MedusaMock, service: LoyaltyService) -> None:
    medusa_mock.admin.customer_groups.list.returns(page([], 0, 0), page([group("cgrp_2", "VIP")], 0, 1))
    medusa_mock.admin.customer_groups.create.raises(mc.DuplicateError, "Key (name)=(VIP) already exists.")
    assert service.ensure_group("VIP") == "cgrp_2"
    assert medusa_mock.admin.customer_groups.list.call_count == 2


def test_enroll_reports_a_missing_group(medusa_mock: MedusaMock, service: LoyaltyService) -> None:
    add = medusa_mock.admin.customer_groups.add_customers
    add.returns({"customer_group": group("cgrp_1", "VIP")})
    add.with_ids("cgrp_gone").raises_status(
        404, type="not_found", message="CustomerGroup with id cgrp_gone was not found"
    )

    assert service.enroll("cgrp_1", ["cus_1", "cus_2"]) is True
    assert service.enroll("cgrp_gone", ["cus_1"]) is False

    add.with_ids("cgrp_1").assert_called_once_with(
        "cgrp_1", payload={"customer_ids": [{"id": "cus_1"}, {"id": "cus_2"}]}
    )
    add.with_ids("cgrp_gone").assert_called_once_with(id="cgrp_gone")
    assert add.call_count == 2


def test_group_names_reads_every_page(medusa_mock: MedusaMock, service: LoyaltyService) -> None:
    medusa_mock.admin.customer_groups.list.returns(
        page([group("a", "A"), group("b", "B")], 0, 3), page([group("c", "C")], 2, 3)
    )
    assert service.group_names() == ["A", "B", "C"]
    assert [c.query.get("offset") for c in medusa_mock.admin.customer_groups.list.calls] == [None, "2"]


def test_cart_total_and_store_routes(medusa_mock: MedusaMock, service: LoyaltyService) -> None:
    medusa_mock.carts.retrieve.with_ids("cart_1").returns({"cart": {"id": "cart_1", "total": 4200}})
    medusa_mock.carts.retrieve.raises(mc.NotFoundError)
    assert service.cart_total("cart_1") == 4200
    assert service.cart_total("cart_x") is None
    assert medusa_mock.carts.retrieve.with_ids("cart_x").last_call.path == "/store/carts/cart_x"


# --------------------------------------------------------------------------- the kit itself


def test_tree_mirrors_medusa() -> None:
    with MedusaMock() as mock:
        for spec in resource_tree().all_methods():
            node: Any = mock
            for name in (*spec.path, spec.name):
                node = getattr(node, name)
            assert node.name == spec.dotted
            assert node is mock.method(spec.dotted)
        assert "customer_groups" in dir(mock.admin)
        assert repr(mock.admin.customer_groups) == "<ResourceMock admin.customer_groups>"
        assert repr(mock.carts.line_items.create).startswith("<MethodMock carts.line_items.create: POST")


def test_routes_are_the_route_table() -> None:
    """Every method of the tree has exactly one mock route, with the table's verb and template."""
    found = {}
    for route in routes():
        for spec in route.specs:
            assert spec.dotted not in found
            found[spec.dotted] = (route.http_method, route.template)
    expected = {spec.dotted: (spec.route.method, spec.route.path) for spec in resource_tree().all_methods()}
    assert found == expected
    assert found["admin.customer_groups.list_customers"] == ("GET", "/admin/customer-groups/{id}/customers")
    assert found["customers.payment_methods.list"] == found["payment_methods.list"]


def test_literal_routes_win_over_ids(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.products.list_types.returns({"types": []})
    medusa_mock.admin.products.retrieve.returns({"product": {"id": "prod_1"}})
    medusa = Medusa(base_url="http://x.test", api_key="k")
    medusa.admin.products.list_types()
    medusa.admin.products.retrieve("prod_1")
    assert medusa_mock.admin.products.list_types.call_count == 1
    assert medusa_mock.admin.products.retrieve.calls[0].ids == {"id": "prod_1"}


def test_unknown_attribute_suggests_names() -> None:
    mock = MedusaMock()
    with pytest.raises(AttributeError, match="did you mean customer_groups"):
        _ = mock.admin.customer_group
    with pytest.raises(AttributeError):
        _ = mock._private


def test_unanswered_request_fails_loudly(service: LoyaltyService) -> None:
    mock = MedusaMock().start()
    with pytest.raises(
        UnmockedRequestError, match=r"GET /store/carts/c1 is carts.retrieve, which has no answer"
    ):
        service.cart_total("c1")
    assert mock.carts.retrieve.calls[0].ids == {"cart_id": "c1"}
    with pytest.raises(UnmockedRequestError, match="requests without a mocked answer: GET /store/carts/c1"):
        mock.stop()


def test_unknown_route_fails_loudly() -> None:
    with MedusaMock() as mock:
        medusa = mock.client()
        with pytest.raises(UnmockedRequestError, match="not a route of the Medusa v1 client"):
            medusa.client.request("GET", "/store/nothing-here", AdminCustomerGroupsRes, options={})
        mock.reset()
        assert mock.unmatched == [] and mock.calls == []


def test_with_ids_answer_is_preferred_and_last_setting_wins(medusa_mock: MedusaMock) -> None:
    retrieve = medusa_mock.admin.customer_groups.retrieve
    retrieve.with_ids("cgrp_1").returns({"customer_group": group("cgrp_1", "first")})
    retrieve.returns({"customer_group": group("any", "general")})
    retrieve.with_ids(id="cgrp_1").returns({"customer_group": group("cgrp_1", "second")})
    medusa = medusa_mock.client()
    assert medusa.admin.customer_groups.retrieve("cgrp_1").customer_group.name == "second"
    assert medusa.admin.customer_groups.retrieve("other").customer_group.name == "general"
    with pytest.raises(TypeError, match="has 1 path id"):
        retrieve.with_ids("a", "b")
    with pytest.raises(TypeError, match="has no path id cart_id"):
        retrieve.with_ids(cart_id="a")
    with pytest.raises(TypeError, match="must be str"):
        retrieve.with_ids(1)  # type: ignore[arg-type]


def test_two_ids_and_encoded_ids(medusa_mock: MedusaMock) -> None:
    delete = medusa_mock.carts.delete_payment_session
    delete.with_ids("cart_1", "manual").returns({"cart": {"id": "cart_1"}})
    medusa_mock.admin.customer_groups.retrieve.with_ids("a/b c").returns(
        {"customer_group": group("a/b c", "x")}
    )
    medusa = medusa_mock.client()
    medusa.carts.delete_payment_session("cart_1", "manual")
    medusa.admin.customer_groups.retrieve("a/b c")
    assert delete.calls[0].ids == {"cart_id": "cart_1", "provider_id": "manual"}
    assert medusa_mock.admin.customer_groups.retrieve.calls[0].path == "/admin/customer-groups/a%2Fb%20c"


def test_typed_selection_with_on(medusa_mock: MedusaMock) -> None:
    create = medusa_mock.on(lambda m: m.admin.customer_groups.create)
    assert create is medusa_mock.admin.customer_groups.create
    assert (create.http_method, create.template, create.id_names) == ("POST", "/admin/customer-groups", ())
    create.returns(AdminCustomerGroupsRes(customer_group=CustomerGroup(id="cgrp_1", name="VIP")))
    assert medusa_mock.client().admin.customer_groups.create({"name": "VIP"}).customer_group.id == "cgrp_1"
    nested = medusa_mock.on(lambda m: m.customers.payment_methods.list)
    assert nested.name == "customers.payment_methods.list"
    with pytest.raises(TypeError, match="must return a method of the Medusa tree"):
        medusa_mock.on(lambda m: m.close)
    with pytest.raises(KeyError):
        medusa_mock.method("admin.nothing")


def test_aliased_route_answers_from_whichever_is_set(medusa_mock: MedusaMock) -> None:
    """``payment_methods.list`` and ``customers.payment_methods.list`` share GET /store/customers/me/payment-methods."""
    medusa_mock.payment_methods.list.returns({"payment_methods": []})
    medusa_mock.client().customers.payment_methods.list()
    assert medusa_mock.payment_methods.list.call_count == 1
    assert medusa_mock.customers.payment_methods.list.call_count == 0


def test_callable_outcome_and_sequence(medusa_mock: MedusaMock) -> None:
    def echo(call: Any) -> Dict[str, Any]:
        return {"customer_group": group("cgrp_new", call.payload["name"])}

    medusa_mock.admin.customer_groups.create.returns(status_reply(503), echo)
    medusa = Medusa(base_url="http://x.test", api_key="k")  # max_retries=2: the 503 is retried
    sleeps: List[float] = []
    medusa.client._sleep = sleeps.append
    assert medusa.admin.customer_groups.create({"name": "Echo"}).customer_group.name == "Echo"
    assert sleeps == [0]  # Retry-After: 0 on the 503: the retry waited 0 s, not the back-off
    calls = medusa_mock.admin.customer_groups.create.calls
    assert len(calls) == 2 and calls[0].idempotency_key == calls[1].idempotency_key


def test_returns_checks_its_arguments(medusa_mock: MedusaMock) -> None:
    with pytest.raises(TypeError, match="at least one outcome"):
        medusa_mock.admin.customer_groups.list.returns()
    medusa_mock.admin.customer_groups.list.returns(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="cannot answer with a int"):
        medusa_mock.client().admin.customer_groups.list()
    medusa_mock.reset()


def test_none_answers_methods_without_a_body(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.auth.delete_session.returns(None)
    medusa_mock.carts.create.returns(None)
    medusa = medusa_mock.client()
    medusa.admin.auth.delete_session()
    assert medusa_mock.admin.auth.delete_session.calls[0].payload is None
    assert isinstance(medusa.carts.create(), StoreCartsRes)


def test_models_and_datetimes_in_answers(medusa_mock: MedusaMock) -> None:
    import datetime as dt

    created = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    medusa_mock.admin.customer_groups.list.returns(
        AdminCustomerGroupsListRes(
            customer_groups=[CustomerGroup(id="g", name="n", created_at=created)], count=1, offset=0, limit=10
        )
    )
    result = medusa_mock.client().admin.customer_groups.list()
    assert result.customer_groups[0].created_at == created


# --------------------------------------------------------------------------- error bodies


@pytest.mark.parametrize(
    ("error", "status", "body"),
    [
        (mc.InvalidDataError, 400, {"type": "invalid_data", "message": "Invalid request data"}),
        (mc.NotAllowedError, 400, {"type": "not_allowed", "message": "Not allowed"}),
        (mc.NotFoundError, 404, {"type": "not_found", "message": "Not found"}),
        (
            mc.ConflictError,
            409,
            {
                "code": "invalid_state_error",
                "type": "conflict",
                "message": "The request conflicted with another request. You may retry the request with the "
                "provided Idempotency-Key.",
            },
        ),
        (
            mc.DuplicateError,
            422,
            {"code": "invalid_request_error", "type": "duplicate_error", "message": "Key already exists."},
        ),
        (
            mc.PaymentAuthorizationError,
            422,
            {"type": "payment_authorization_error", "message": "Payment authorization failed"},
        ),
        (
            mc.ServerError,
            500,
            {"code": "unknown_error", "type": "unknown_error", "message": "An unknown error occurred."},
        ),
    ],
)
def test_raises_sends_the_real_json_error_body(
    medusa_mock: MedusaMock, error: type, status: int, body: Dict[str, str]
) -> None:
    medusa_mock.admin.customer_groups.create.raises(error)
    medusa = medusa_mock.client()
    with pytest.raises(error) as caught:
        medusa.admin.customer_groups.create({"name": "x"})
    assert caught.value.status_code == status
    assert caught.value.body == body
    assert caught.value.response.headers["Content-Type"].startswith("application/json")
    assert list(caught.value.body) == list(body)  # key order as the server writes it


def test_raises_with_message_and_code(medusa_mock: MedusaMock) -> None:
    medusa_mock.carts.line_items.create.raises(
        mc.NotAllowedError, "Variant v does not have the required inventory", code="insufficient_inventory"
    )
    with pytest.raises(mc.NotAllowedError) as caught:
        medusa_mock.client().carts.line_items.create("cart_1", {"variant_id": "v", "quantity": 1})
    assert caught.value.body == {
        "code": "insufficient_inventory",
        "type": "not_allowed",
        "message": "Variant v does not have the required inventory",
    }


def test_unauthorized_is_plain_text(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.customer_groups.list.raises(mc.UnauthorizedError)
    with pytest.raises(mc.UnauthorizedError) as caught:
        medusa_mock.client().admin.customer_groups.list()
    assert (caught.value.body, caught.value.message, caught.value.type) == (
        "Unauthorized",
        "Unauthorized",
        None,
    )
    assert "Content-Type" not in caught.value.response.headers
    medusa_mock.admin.customer_groups.list.raises_status(401)
    with pytest.raises(mc.UnauthorizedError):
        medusa_mock.client().admin.customer_groups.list()
    medusa_mock.admin.customer_groups.list.raises(mc.UnauthorizedError, "Token expired")
    with pytest.raises(mc.UnauthorizedError, match="Token expired"):
        medusa_mock.client().admin.customer_groups.list()


def test_rate_limit_and_other_statuses(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.customer_groups.list.raises(mc.RateLimitError)
    with pytest.raises(mc.RateLimitError) as caught:
        medusa_mock.client().admin.customer_groups.list()
    assert caught.value.response.headers["Retry-After"] == "0"
    medusa_mock.admin.customer_groups.list.raises(mc.RateLimitError, "slow down")
    with pytest.raises(mc.RateLimitError, match="slow down"):
        medusa_mock.client().admin.customer_groups.list()
    medusa_mock.admin.customer_groups.list.raises_status(418, type="teapot", message="short and stout")
    with pytest.raises(mc.APIStatusError) as status:
        medusa_mock.client().admin.customer_groups.list()
    assert (status.value.status_code, status.value.type, status.value.message) == (
        418,
        "teapot",
        "short and stout",
    )
    medusa_mock.admin.customer_groups.list.raises_status(502, body="<html><title>Bad gateway</title></html>")
    with pytest.raises(mc.ServerError, match="Bad gateway"):
        medusa_mock.client().admin.customer_groups.list()
    medusa_mock.admin.customer_groups.list.raises_status(400, body={"errors": ["x"]})
    with pytest.raises(mc.InvalidDataError):
        medusa_mock.client().admin.customer_groups.list()
    for status_code, expected in (
        (404, mc.NotFoundError),
        (409, mc.ConflictError),
        (503, mc.ServerError),
        (429, mc.RateLimitError),
    ):
        medusa_mock.admin.customer_groups.list.raises_status(status_code)
        with pytest.raises(expected):
            medusa_mock.client().admin.customer_groups.list()


def test_transport_failures(medusa_mock: MedusaMock) -> None:
    medusa = medusa_mock.client()  # max_retries=0
    medusa_mock.admin.customer_groups.list.raises(mc.APIConnectionError)
    with pytest.raises(mc.APIConnectionError):
        medusa.admin.customer_groups.list()
    medusa_mock.admin.customer_groups.list.raises(mc.APITimeoutError)
    with pytest.raises(mc.APITimeoutError):
        medusa.admin.customer_groups.list()
    medusa_mock.admin.customer_groups.list.raises(mc.APIResponseValidationError)
    with pytest.raises(mc.APIResponseValidationError):
        medusa.admin.customer_groups.list()


def test_error_reply_rejects_what_has_no_single_answer() -> None:
    for error in (mc.APIStatusError, mc.MedusaError):
        with pytest.raises(TypeError, match="raises_status"):
            error_reply(error)
    with pytest.raises(TypeError, match="MedusaError subclass"):
        error_reply(ValueError)  # type: ignore[arg-type]


def test_reply_objects_directly(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.customer_groups.list.returns(
        Reply(
            200,
            body='{"customer_groups": [], "count": 0, "offset": 0, "limit": 1}',
            content_type="application/json",
        )
    )
    assert medusa_mock.client().admin.customer_groups.list().count == 0


# --------------------------------------------------------------------------- calls


def test_calls_decode_query_headers_and_uploads(medusa_mock: MedusaMock) -> None:
    import datetime as dt

    medusa_mock.admin.customer_groups.list.returns(page([], 0, 0))
    medusa_mock.admin.uploads.create.returns({"uploads": [{"url": "u", "key": "k"}]})
    medusa = medusa_mock.client(custom_headers={"X-Trace": "t1"})
    medusa.admin.customer_groups.list(
        {
            "created_at": {"gt": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)},
            "name": ["a", "b"],
            "q": "v i p",
        }
    )
    medusa.admin.uploads.create([b"one", b"two"])
    call = medusa_mock.admin.customer_groups.list.calls[0]
    assert call.query == {"created_at": {"gt": "2024-01-01T00:00:00.000Z"}, "name": ["a", "b"], "q": "v i p"}
    assert call.headers["x-trace"] == "t1" and call.headers["x-medusa-access-token"] == "test_api_key"
    assert call.name == "admin.customer_groups.list" and call.http_method == "GET"
    assert medusa_mock.admin.uploads.create.calls[0].files == [("file0", b"one"), ("file1", b"two")]
    assert [c.name for c in medusa_mock.calls] == ["admin.customer_groups.list", "admin.uploads.create"]


def test_custom_routes_span_segments(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.custom.get.with_ids("blog/posts").returns({"posts": []})
    medusa_mock.admin.custom.post.returns({"ok": True})
    medusa = medusa_mock.client()
    assert medusa.admin.custom.get("blog/posts", {"limit": 5}).data == {"posts": []}
    assert medusa.admin.custom.post("/admin/blog/posts/1/publish").data == {"ok": True}
    assert medusa_mock.admin.custom.get.calls[0].query == {"limit": "5"}
    assert medusa_mock.admin.custom.post.calls[0].ids == {"path": "blog/posts/1/publish"}
    assert medusa_mock.admin.custom.post.calls[0].payload is None


def test_custom_answers_when_the_specific_route_has_none(medusa_mock: MedusaMock) -> None:
    medusa_mock.admin.custom.get.returns({"types": ["from custom"]})
    assert medusa_mock.client().admin.custom.get("products/types").data == {"types": ["from custom"]}
    assert medusa_mock.admin.custom.get.call_count == 1


def test_assertion_messages(medusa_mock: MedusaMock) -> None:
    create = medusa_mock.admin.customer_groups.create
    create.returns({"customer_group": group("g", "n")})
    with pytest.raises(AssertionError, match="to be called; it was not"):
        create.assert_called()
    with pytest.raises(AssertionError, match="was not called"):
        _ = create.last_call
    medusa = medusa_mock.client()
    medusa.admin.customer_groups.create({"name": "A"})
    create.assert_called()
    create.assert_called_once_with(payload=ANY)
    with pytest.raises(
        AssertionError, match=r"expected call with .* payload=\{'name': 'B'\}.*last call: POST"
    ):
        create.assert_called_once_with(payload={"name": "B"})
    with pytest.raises(AssertionError, match="not to be called; it was called 1 time"):
        create.assert_not_called()
    medusa.admin.customer_groups.create({"name": "B"})
    create.assert_called_with(payload={"name": "B"}, query={})
    with pytest.raises(AssertionError, match="to be called once; it was called 2 time"):
        create.assert_called_once()
    create.reset()
    assert create.calls == [] and not create.called
    assert repr(create.with_ids()).startswith("<MethodMock admin.customer_groups.create")
    assert "with_ids('x',)" in repr(medusa_mock.admin.customer_groups.retrieve.with_ids("x"))
    anything: Any = object()
    assert anything == ANY and repr(ANY) == "ANY"
    assert not ANY.__ne__(1)


# --------------------------------------------------------------------------- setups


def test_base_url_with_a_path_prefix() -> None:
    with MedusaMock("https://shop.example/api") as mock:
        mock.regions.list.returns({"regions": []})
        Medusa(base_url="https://shop.example/api").regions.list()
        assert mock.regions.list.calls[0].path == "/store/regions"
        assert "shop.example/api" in repr(mock)


def test_shared_requests_mock_and_passthrough() -> None:
    with responses.RequestsMock() as rsps:
        rsps.get("https://payments.example/status", json={"ok": True})
        mock = MedusaMock(requests_mock=rsps).start()
        mock.start()  # idempotent
        mock.regions.list.returns({"regions": []})
        Medusa(base_url="http://x.test").regions.list()
        assert requests.get("https://payments.example/status", timeout=1).json() == {"ok": True}
        mock.stop()
        mock.stop()  # idempotent
        assert len(rsps.registered()) == 1  # only the test's own response is left
    passing = MedusaMock(passthrough=["http://127.0.0.1:1/"])
    with passing, pytest.raises(requests.ConnectionError):
        requests.get("http://127.0.0.1:1/admin/x", timeout=1)


def test_assert_all_used() -> None:
    mock = MedusaMock(assert_all_used=True).start()
    mock.regions.list.returns({"regions": []})
    mock.regions.retrieve.with_ids("reg_1").returns({"region": {"id": "reg_1"}})
    mock.client().regions.list()
    with pytest.raises(UnmockedRequestError, match=r"never requested: regions.retrieve with_ids\('reg_1',\)"):
        mock.stop()


def test_exit_with_an_exception_skips_the_checks() -> None:
    mock = MedusaMock()

    def failing_test() -> None:
        with mock:
            with pytest.raises(UnmockedRequestError):
                mock.client().regions.list()
            raise RuntimeError("the test failed already")

    with pytest.raises(RuntimeError):
        failing_test()
    assert mock.unmatched  # recorded, but not raised over the test's own error


def test_kit_has_no_real_network(medusa_mock: MedusaMock) -> None:
    with pytest.raises(requests.ConnectionError, match="Connection refused by Responses"):
        requests.get("http://example.invalid/other", timeout=1)


def test_example_file_runs_under_pytest() -> None:
    """examples/test_with_medusa_mock.py is what docs/testing.md shows: it must pass."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(ROOT / "examples" / "test_with_medusa_mock.py"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
