"""The generated v2 models (medusa_client.v2.models): names, structuring and unstructuring."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Set

import pytest

from medusa_client import UNSET, Unset
from medusa_client._serde import Page, Response, converter
from medusa_client.v2 import models
from medusa_client.v2.models import (
    AdminApiKey,
    AdminCreateCustomerGroup,
    AdminCustomerGroup,
    AdminCustomerGroupListResponse,
    AdminCustomerGroupResponse,
    AdminGetCustomerGroupsParams,
    AdminGetCustomerGroupsParamsBaseFilterable,
    AdminUpdateCustomerGroup,
    AuthLoginResponse,
    CampaignDeleteResponse,
    StoreCartResponse,
    StoreCompleteCartResponse,
    StoreProductListResponse,
)
from medusa_client.v2.models._names import TYPE_NAMES

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = ROOT.parent / "shared" / "reference" / "v2" / "ENDPOINTS.md"


def endpoint_type_strings() -> Set[str]:
    """Every Request / Query / Response type cell of ENDPOINTS.md, as written."""
    if not ENDPOINTS.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ENDPOINTS} is missing (required in CI)")
        pytest.skip(f"no js-sdk endpoint table at {ENDPOINTS} (it lives beside the repository)")
    found: Set[str] = set()
    columns: List[str] = []
    for line in ENDPOINTS.read_text().splitlines():
        if line.startswith("## "):
            columns = []
        elif line.startswith("| JS method"):
            columns = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        elif line.startswith("|") and not line.startswith("|---") and columns:
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            row = dict(zip(columns, cells))
            for column in ("Request type", "Query type", "Response type"):
                if row[column] != "-":
                    found.add(row[column])
    assert len(found) > 400
    return found


def test_type_names_cover_every_type_of_the_endpoint_table() -> None:
    cells = endpoint_type_strings()
    missing = sorted(c for c in cells if c not in TYPE_NAMES or c.replace("\\|", "|") not in TYPE_NAMES)
    assert not missing
    for cell in cells:
        name = TYPE_NAMES[cell]
        if name is None:
            continue
        cls = getattr(models, name)
        assert cls.__name__ == name


def test_type_names_of_special_forms() -> None:
    assert TYPE_NAMES["AdminCustomerGroupResponse"] == "AdminCustomerGroupResponse"
    assert TYPE_NAMES['DeleteResponse<"campaign">'] == "CampaignDeleteResponse"
    assert TYPE_NAMES['DeleteResponse<"draft-order">'] == "DraftOrderDeleteResponse"
    assert TYPE_NAMES["PaginatedResponse<AdminOrderChangesResponse>"] == "PaginatedAdminOrderChangesResponse"
    assert TYPE_NAMES['Omit<AdminUpdatePropertyLabel, "id">'] == "AdminUpdatePropertyLabelWithoutId"
    assert TYPE_NAMES["FindParams & AdminRegionFilters"] == "AdminRegionFindParams"
    assert TYPE_NAMES["StoreCart, StoreInitializePaymentSession"] == "StoreInitializePaymentSession"
    assert (
        TYPE_NAMES["AdminSignInWithEmailPassword | Record<string, unknown>"] == "AdminSignInWithEmailPassword"
    )
    assert (
        TYPE_NAMES["AdminSignInWithEmailPassword \\| Record<string, unknown>"]
        == "AdminSignInWithEmailPassword"
    )
    for no_model in ("void", "{}", "Record<string, unknown>"):
        assert TYPE_NAMES[no_model] is None
    assert issubclass(CampaignDeleteResponse, Response)
    deleted = CampaignDeleteResponse.from_dict({"id": "camp_1", "object": "campaign", "deleted": True})
    assert (deleted.id, deleted.object, deleted.deleted) == ("camp_1", "campaign", True)


def test_narrowed_fields_leave_the_rest_unset() -> None:
    res = AdminCustomerGroupResponse.from_dict({"customer_group": {"id": "cusgroup_1", "name": "VIP"}})
    group = res.customer_group
    assert isinstance(group, AdminCustomerGroup)
    assert (group.id, group.name) == ("cusgroup_1", "VIP")
    assert group.customers is UNSET and group.metadata is UNSET and isinstance(group.created_at, Unset)
    assert res.to_dict() == {"customer_group": {"id": "cusgroup_1", "name": "VIP"}}
    assert repr(group) == "AdminCustomerGroup(id='cusgroup_1', name='VIP')"


GROUPS_PAGE: Dict[str, Any] = {
    "customer_groups": [
        {
            "id": "cusgroup_harness_vip",
            "name": "VIP",
            "created_by": None,
            "created_at": "2026-12-02T14:56:17.705Z",
            "updated_at": "2026-12-02T14:56:17.705Z",
            "deleted_at": None,
            "metadata": {"tier": "gold"},
            "plugin_field": [1, 2],
        },
        {"id": "cusgroup_2", "name": None},
    ],
    "count": 3,
    "offset": 0,
    "limit": 2,
    "estimate_count": 3,
}


def test_a_list_response_is_a_page_that_walks_every_page() -> None:
    page = AdminCustomerGroupListResponse.from_dict(GROUPS_PAGE)
    assert isinstance(page, Page)
    assert (page.count, page.offset, page.limit) == (3, 0, 2)
    first = page.customer_groups[0]
    assert first.created_at == dt.datetime(2026, 12, 2, 14, 56, 17, 705000, tzinfo=dt.timezone.utc)
    assert first.metadata == {"tier": "gold"} and first.deleted_at is None and first.created_by is None
    assert first.additional_properties == {"plugin_field": [1, 2]}
    assert page.customer_groups[1].name is None
    assert [g.id for g in page.auto_paging_iter()] == ["cusgroup_harness_vip", "cusgroup_2"]

    offsets = []

    def next_page(offset: int) -> AdminCustomerGroupListResponse:
        offsets.append(offset)
        return AdminCustomerGroupListResponse.from_dict(
            {"customer_groups": [{"id": "cusgroup_3"}], "count": 3, "offset": offset, "limit": 2}
        )

    page._next_page = next_page  # type: ignore[attr-defined]
    assert [g.id for g in page.auto_paging_iter()] == ["cusgroup_harness_vip", "cusgroup_2", "cusgroup_3"]
    assert offsets == [2]


def test_unknown_keys_are_kept_at_every_level_and_round_trip() -> None:
    data = {"customer_group": {"id": "cusgroup_1", "brand_new": {"x": 1}}, "extra_top": True}
    res = AdminCustomerGroupResponse.from_dict(data)
    assert res.additional_properties == {"extra_top": True}
    assert res.customer_group.additional_properties == {"brand_new": {"x": 1}}
    assert res.to_dict() == data


CART: Dict[str, Any] = {
    "cart": {
        "id": "cart_1",
        "currency_code": "usd",
        "email": "a@example.com",
        "region_id": "reg_harness_us",
        "region": {
            "id": "reg_harness_us",
            "name": "US",
            "currency_code": "usd",
            "countries": [{"iso_2": "us"}],
        },
        "shipping_address": {"id": "caaddr_1", "first_name": "A", "country_code": "us", "metadata": None},
        "items": [
            {
                "id": "cali_1",
                "title": "Shirt",
                "quantity": 2,
                "unit_price": 12.5,
                "requires_shipping": True,
                "is_discountable": True,
                "is_tax_inclusive": False,
                "total": 25,
                "subtotal": 25,
                "tax_total": 0,
                "variant_id": "variant_1",
                "thumbnail": None,
                "tax_lines": [],
                "adjustments": [],
                "created_at": "2026-12-02T14:56:17.705Z",
            }
        ],
        "shipping_methods": [],
        "total": 25,
        "subtotal": 25,
        "tax_total": 0,
        "discount_total": 0,
        "shipping_total": 0,
        "original_total": 25.0,
        "item_total": 25,
        "metadata": None,
        "created_at": "2026-12-02T14:56:17.705Z",
        "promotions": [],
    }
}


def test_a_cart_with_items_and_totals() -> None:
    res = StoreCartResponse.from_dict(CART)
    cart = res.cart
    assert cart.region is not UNSET and cart.region.countries[0].iso_2 == "us"
    assert not isinstance(cart.items, Unset)
    item = cart.items[0]
    assert (item.title, item.quantity, item.unit_price, item.total) == ("Shirt", 2, 12.5, 25)
    assert item.created_at == dt.datetime(2026, 12, 2, 14, 56, 17, 705000, tzinfo=dt.timezone.utc)
    assert item.tax_lines == []
    assert (cart.total, cart.original_total, cart.discount_total) == (25, 25.0, 0)
    assert cart.shipping_address is not UNSET and cart.shipping_address.first_name == "A"
    assert cart.billing_address is UNSET and cart.gift_card_total is UNSET
    assert res.to_dict() == CART


def test_store_products_with_calculated_prices() -> None:
    page = StoreProductListResponse.from_dict(
        {
            "products": [
                {
                    "id": "prod_1",
                    "title": "Shirt",
                    "variants": [
                        {
                            "id": "variant_1",
                            "calculated_price": {
                                "id": "pset_1",
                                "calculated_amount": 12,
                                "original_amount": 12,
                                "currency_code": "usd",
                                "raw_calculated_amount": {"value": "12", "precision": 20},
                                "calculated_price": {"id": "price_1", "price_list_id": None},
                            },
                        }
                    ],
                }
            ],
            "count": 1,
            "offset": 0,
            "limit": 50,
        }
    )
    variant = page.products[0].variants[0]  # type: ignore[index]
    price = variant.calculated_price
    assert price.calculated_amount == 12 and price.raw_calculated_amount == {"value": "12", "precision": 20}
    assert price.additional_properties == {}


def test_request_models_leave_unset_fields_out() -> None:
    assert AdminCreateCustomerGroup(name="VIP").to_dict() == {"name": "VIP"}
    assert AdminCreateCustomerGroup(name="VIP", metadata=None).to_dict() == {"name": "VIP", "metadata": None}
    assert AdminUpdateCustomerGroup().to_dict() == {}
    with pytest.raises(TypeError):
        AdminCreateCustomerGroup()  # type: ignore[call-arg]
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    params = AdminGetCustomerGroupsParams(
        q="vip", limit=10, and_=[AdminGetCustomerGroupsParams(name="VIP")], additional_properties={"x": 1}
    )
    assert params.to_dict() == {"q": "vip", "limit": 10, "$and": [{"name": "VIP"}], "x": 1}
    assert converter.unstructure(when) == "2026-01-02T03:04:05.000Z"


def test_forward_references_resolve_in_the_v2_package() -> None:
    # AdminGetCustomerGroupsParams exists in v1 too; the v2 class must be the one used here.
    filters = AdminGetCustomerGroupsParamsBaseFilterable.from_dict({"$and": [{"q": "vip", "$or": []}]})
    assert not isinstance(filters.and_, Unset)
    inner = filters.and_[0]
    assert type(inner).__module__.startswith("medusa_client.v2.models.")
    assert inner.to_dict() == {"q": "vip", "$or": []}


def test_unions_of_object_types_and_credentials() -> None:
    done = StoreCompleteCartResponse.from_dict({"type": "order", "order": {"id": "order_1", "display_id": 7}})
    assert done.type == "order" and done.order is not UNSET and done.order.id == "order_1"
    assert done.cart is UNSET
    login = AuthLoginResponse.from_dict({"token": "eyJhbGciOi"})
    assert login.token == "eyJhbGciOi"
    assert "eyJ" not in repr(login)
    key = AdminApiKey.from_dict({"id": "apk_1", "token": "sk_123", "redacted": "sk_***"})
    assert "sk_123" not in repr(key) and "sk_***" in repr(key)


def test_the_package_is_lazy() -> None:
    code = (
        "import sys, medusa_client.v2.models as m\n"
        "loaded = [n for n in sys.modules if n.startswith('medusa_client.v2.models.')]\n"
        "assert loaded == [], loaded\n"
        "assert 'StoreCartResponse' in dir(m)\n"
        "assert m.StoreCartResponse.__module__ == 'medusa_client.v2.models.store_cart_response'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
