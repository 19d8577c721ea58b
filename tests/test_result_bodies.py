"""Typed results from the bodies the server really sends: plain-text ``OK``, ``{}``, extra keys, nested
models, datetimes."""

from __future__ import annotations

import datetime as dt

import pytest
import responses

from medusa_client import Medusa
from medusa_client._exceptions import APIResponseValidationError
from medusa_client._serde import EmptyResponse
from medusa_client.models import CustomerGroup, PaymentSession, StorePaymentCollectionsSessionRes
from tests.conftest import BASE_URL, sent
from tests.request_cases.canned_v1 import CANNED_V1

SESSION_RES = {"payment_session": {"id": "ps_1", "provider_id": "manual", "status": "authorized"}}


def test_results_are_typed(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/customer-groups", json=CANNED_V1["AdminCustomerGroupsListRes"].body)
    page = medusa.admin.customer_groups.list()
    group = page.customer_groups[0]
    assert isinstance(group, CustomerGroup)
    assert group.created_at == dt.datetime(2026, 11, 25, 17, 51, 29, 756000, tzinfo=dt.timezone.utc)
    assert group.deleted_at is None
    assert group.metadata == {"tier": "gold"}
    assert (page.count, page.offset, page.limit) == (1, 0, 10)


def test_invites_take_the_plain_ok_body_of_send_status(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    # The server ends accept/create/resend with ``res.sendStatus(200)``: a text/plain "OK".
    invites = medusa.admin.invites
    mocked.add("POST", BASE_URL + "/admin/invites/invite_1/resend", body="OK", content_type="text/plain")
    resent = invites.resend("invite_1")
    assert isinstance(resent, EmptyResponse)
    assert resent.response.text == "OK"

    mocked.add("POST", BASE_URL + "/admin/invites", json={})
    result = invites.create({"user": "a@example.com", "role": "admin"})
    assert isinstance(result, EmptyResponse)
    assert result.response.status_code == 200


@pytest.mark.parametrize(
    ("call", "path"),
    [
        ("request_customer_orders", "/store/orders/batch/customer/token"),
        ("confirm_request", "/store/orders/customer/confirm"),
    ],
)
def test_order_claim_routes_accept_the_plain_text_ok(
    medusa: Medusa, mocked: responses.RequestsMock, call: str, path: str
) -> None:
    """The server answers these with ``res.sendStatus(200)``: ``OK`` as text/plain, not JSON."""
    mocked.add("POST", BASE_URL + path, body="OK", content_type="text/plain; charset=utf-8")
    result = getattr(medusa.orders, call)({"token": "t"}, custom_headers={"X-Trace": "t2"})
    assert isinstance(result, EmptyResponse)
    assert result.response.text == "OK"
    assert sent(mocked)[0].header("X-Trace") == "t2"

    mocked.add("POST", BASE_URL + path, json={"ok": True})
    assert getattr(medusa.orders, call)({"token": "t"}).additional_properties == {"ok": True}

    mocked.replace("POST", BASE_URL + path, body="<html>proxy page</html>", content_type="text/html")
    with pytest.raises(APIResponseValidationError):
        getattr(medusa.orders, call)({"token": "t"})


def test_authorize_payment_session_returns_the_session(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    """medusa-js types the result as a payment collection; the server answers ``{"payment_session": ...}``."""
    path = "/store/payment-collections/paycol_1/sessions/ps_1/authorize"
    mocked.add("POST", BASE_URL + path, json=SESSION_RES)
    result = medusa.payment_collections.authorize_payment_session("paycol_1", "ps_1")
    assert isinstance(result, StorePaymentCollectionsSessionRes)
    assert isinstance(result.payment_session, PaymentSession)
    assert result.payment_session.provider_id == "manual"
    assert result.additional_properties == {}


def test_variant_inventory_as_the_server_sends_it(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    body = {"variant": {"id": "v_1", "inventory": [], "sales_channel_availability": []}}
    mocked.add(responses.GET, BASE_URL + "/admin/variants/v_1/inventory", json=body)
    result = medusa.admin.variants.get_inventory("v_1")
    assert result.variant.inventory == []


def test_store_retrieve_as_the_server_sends_it(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    providers = [{"id": "manual", "is_installed": True}]
    body = {"store": {"id": "store_1", "payment_providers": providers, "fulfillment_providers": providers}}
    mocked.add(responses.GET, BASE_URL + "/admin/store", json=body)
    result = medusa.admin.store.retrieve()
    assert result.store.id == "store_1"
    assert [p.id for p in result.store.payment_providers] == ["manual"]
    assert [p.id for p in result.store.fulfillment_providers] == ["manual"]
