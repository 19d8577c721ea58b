"""Fixtures and builders of the catalog and settings flow tests (seeded ids: tests/integration/server_v2/README.md)."""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, Iterator, Optional, Tuple, TypeVar

import pytest

from medusa_client.v2 import Medusa
from medusa_client.v2.models import StoreOrder

from .conftest import BASE_URL, CUSTOMER_EMAIL, CUSTOMER_PASSWORD, PUBLISHABLE_KEY, ROOT
from .helpers import ADDRESS, US_REGION, US_STANDARD

VIP_GROUP = "cusgroup_harness_vip"
DEFAULT_CHANNEL = "sc_harness_default"
DEFAULT_PROFILE = "sp_harness_default"
EU_REGION = "reg_harness_eu"
TSHIRT_S_BLACK = "variant_harness_tshirt_s_black"
#: Where the local file provider of the test server writes uploads (and exports).
STATIC_DIR = ROOT / "server" / "static"

T = TypeVar("T")


@pytest.fixture(name="alice")
def alice_fixture() -> Iterator[Medusa]:
    """A storefront client logged in as alice (member of the VIP customer group)."""
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY) as medusa:
        medusa.auth.login("customer", "emailpass", {"email": CUSTOMER_EMAIL, "password": CUSTOMER_PASSWORD})
        yield medusa


def wait_for(fetch: Callable[[], Optional[T]], what: str, timeout: float = 15.0) -> T:
    """Poll ``fetch`` until it returns something truthy (background workflows of the server)."""
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.2)


def campaign_payload(unique: str, **budget: Any) -> Dict[str, Any]:
    """A campaign with a description, dates and a spend budget (by customer)."""
    return {
        "name": f"Campaign {unique}",
        "campaign_identifier": f"camp-{unique}",
        "description": "flow test",
        "starts_at": "2020-01-01T00:00:00Z",
        "ends_at": "2099-01-01T00:00:00Z",
        "budget": budget
        or {"type": "spend", "limit": 1000, "currency_code": "usd", "attribute": "customer_id"},
    }


def promotion_payload(code: str, **extra: Any) -> Dict[str, Any]:
    """10 % off each mug (at most 5), for members of the VIP group."""
    return {
        "code": code,
        "type": "standard",
        "status": "active",
        "application_method": {
            "type": "percentage",
            "value": 10,
            "target_type": "items",
            "allocation": "each",
            "max_quantity": 5,
            "target_rules": [
                {"attribute": "items.product.id", "operator": "in", "values": ["prod_harness_mug"]}
            ],
        },
        "rules": [{"attribute": "customer.groups.id", "operator": "in", "values": [VIP_GROUP]}],
        **extra,
    }


def product_csv(handle: str, usd: int = 7, eur: int = 6) -> bytes:
    """A one-product, one-variant CSV in the format of 2.21's product export/import."""
    header = (
        "Product Handle,Product Title,Product Status,Product Description,Product Discountable,"
        "Product Sales Channel 1,Variant Title,Variant Sku,Variant Manage Inventory,Variant Allow Backorder,"
        "Variant Price USD,Variant Price EUR,Variant Option 1 Name,Variant Option 1 Value"
    )
    row = (
        f"{handle},Imported {handle},published,From CSV,true,{DEFAULT_CHANNEL},One,SKU-{handle},"
        f"false,false,{usd},{eur},Size,One"
    )
    return f"{header}\n{row}\n".encode()


def simple_product(admin: Medusa, title: str, **extra: Any) -> str:
    """A product with one variant (usd 5, eur 4, no inventory) in the default profile; returns its id."""
    body: Dict[str, Any] = {
        "title": title,
        "status": "published",
        "options": [{"title": "Size", "values": ["One"]}],
        "variants": [
            {
                "title": f"{title} One",
                "options": {"Size": "One"},
                "prices": [{"currency_code": "usd", "amount": 5}, {"currency_code": "eur", "amount": 4}],
                "manage_inventory": False,
            }
        ],
        "shipping_profile_id": DEFAULT_PROFILE,
        **extra,
    }
    return admin.admin.product.create(body, query={"fields": "id"}).product.id


def order_of(store: Medusa, variant_id: str, quantity: int, email: str) -> StoreOrder:
    """A completed US guest checkout of ``quantity`` x ``variant_id`` (standard shipping)."""
    cart = store.store.cart.create({"region_id": US_REGION}).cart
    store.store.cart.create_line_item(cart.id, {"variant_id": variant_id, "quantity": quantity})
    store.store.cart.update(
        cart.id, {"email": email, "shipping_address": ADDRESS, "billing_address": ADDRESS}
    )
    cart = store.store.cart.add_shipping_method(cart.id, {"option_id": US_STANDARD}).cart
    store.store.payment.initiate_payment_session(cart, {"provider_id": "pp_system_default"})
    completed = store.store.cart.complete(cart.id)
    assert completed.type == "order", completed
    return completed.order


def location_with_zone(admin: Medusa, unique: str, country: str = "dk") -> Tuple[str, str, str]:
    """A new stock location (linked to the default channel and manual_manual) with a shipping
    fulfillment set and a service zone for ``country``; returns (location, set, zone) ids."""
    location = admin.admin.stock_location.create(
        {
            "name": f"Depot {unique}",
            "address": {"address_1": "1 Dock", "city": "Aarhus", "country_code": "dk"},
        }
    ).stock_location
    admin.admin.stock_location.update_sales_channels(location.id, {"add": [DEFAULT_CHANNEL]})
    admin.admin.stock_location.update_fulfillment_providers(location.id, {"add": ["manual_manual"]})
    admin.admin.stock_location.create_fulfillment_set(
        location.id, {"name": f"Ship {unique}", "type": "shipping"}
    )
    sets = admin.admin.stock_location.retrieve(
        location.id, query={"fields": "id,*fulfillment_sets"}
    ).stock_location.fulfillment_sets
    fulfillment_set = admin.admin.fulfillment_set.create_service_zone(
        sets[0].id, {"name": f"Zone {unique}", "geo_zones": [{"type": "country", "country_code": country}]}
    ).fulfillment_set
    return location.id, fulfillment_set.id, fulfillment_set.service_zones[0].id
