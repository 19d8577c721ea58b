"""Unit tests of the admin resources from price lists to variants, plus ``admin.apps``.

Every case writes out the request medusa-js would send (with its bugs fixed): verb, path,
encoded query, JSON body, and the class of the result.
"""

from __future__ import annotations

import io
import re
from typing import Any, Dict, List, Tuple, Type

import pytest
import responses
from responses import matchers

from medusa_client import Medusa
from medusa_client._resource import Resource
from medusa_client.models import AdminGetVariantParams
from medusa_client.resources.admin.apps import AdminAppsResource
from medusa_client.resources.admin.price_lists import AdminPriceListResource
from medusa_client.resources.admin.product_categories import AdminProductCategoriesResource
from medusa_client.resources.admin.product_tags import AdminProductTagsResource
from medusa_client.resources.admin.product_types import AdminProductTypesResource
from medusa_client.resources.admin.products import AdminProductsResource
from medusa_client.resources.admin.publishable_api_keys import AdminPublishableApiKeyResource
from medusa_client.resources.admin.regions import AdminRegionsResource
from medusa_client.resources.admin.reservations import AdminReservationsResource
from medusa_client.resources.admin.return_reasons import AdminReturnReasonsResource
from medusa_client.resources.admin.returns import AdminReturnsResource
from medusa_client.resources.admin.sales_channels import AdminSalesChannelsResource
from medusa_client.resources.admin.shipping_options import AdminShippingOptionsResource
from medusa_client.resources.admin.shipping_profiles import AdminShippingProfilesResource
from medusa_client.resources.admin.stock_locations import AdminStockLocationsResource
from medusa_client.resources.admin.store import AdminStoresResource
from medusa_client.resources.admin.swaps import AdminSwapsResource
from medusa_client.resources.admin.tax_rates import AdminTaxRatesResource
from medusa_client.resources.admin.uploads import AdminUploadsResource
from medusa_client.resources.admin.users import AdminUsersResource
from medusa_client.resources.admin.variants import AdminVariantsResource

from .conftest import API_KEY, BASE_URL, sent

#: Attribute under ``medusa.admin`` -> resource class (the tree wiring is tested elsewhere).
RESOURCES: Dict[str, Type[Resource]] = {
    "apps": AdminAppsResource,
    "price_lists": AdminPriceListResource,
    "product_categories": AdminProductCategoriesResource,
    "product_tags": AdminProductTagsResource,
    "product_types": AdminProductTypesResource,
    "products": AdminProductsResource,
    "publishable_api_keys": AdminPublishableApiKeyResource,
    "regions": AdminRegionsResource,
    "reservations": AdminReservationsResource,
    "return_reasons": AdminReturnReasonsResource,
    "returns": AdminReturnsResource,
    "sales_channels": AdminSalesChannelsResource,
    "shipping_options": AdminShippingOptionsResource,
    "shipping_profiles": AdminShippingProfilesResource,
    "stock_locations": AdminStockLocationsResource,
    "store": AdminStoresResource,
    "swaps": AdminSwapsResource,
    "tax_rates": AdminTaxRatesResource,
    "uploads": AdminUploadsResource,
    "users": AdminUsersResource,
    "variants": AdminVariantsResource,
}

#: Routes that must not carry the API key (medusa-js sends none there either).
PUBLIC = {"/admin/users/password-token", "/admin/users/reset-password"}

MULTIPART = "multipart"
LIST_Q = {"limit": 5, "expand": "items"}
LIST_QS = "limit=5&expand=items"


def case(
    target: str,
    args: Tuple[Any, ...],
    verb: str,
    path: str,
    query: str,
    body: Any,
    result: str,
    canned: Dict[str, Any],
    check: Tuple[Tuple[Any, ...], Any],
) -> Any:
    """One method call and the request it must produce; ``target`` is ``attribute.method``."""
    return pytest.param(target, args, verb, path, query, body, result, canned, check, id=target)


DELETED = {"object": "x", "deleted": True}

# fmt: off
CASES = [
    # ---------------------------------------------------------------- apps (added)
    case(
        "apps.list", (), "GET", "/admin/apps", "", None, "AdminAppsListRes",
        {"apps": [{"id": "app_1", "application_name": "slack"}]}, (("apps", 0, "id"), "app_1"),
    ),
    case(
        "apps.authorize", ({"application_name": "slack", "state": "s", "code": "c"},),
        "POST", "/admin/apps/authorizations", "", {"application_name": "slack", "state": "s", "code": "c"},
        "AdminAppsRes", {"apps": {"id": "app_1"}}, (("apps", "id"), "app_1"),
    ),
    # ---------------------------------------------------------------- price lists
    case(
        "price_lists.create", ({"name": "Sale", "type": "sale", "prices": []},),
        "POST", "/admin/price-lists", "", {"name": "Sale", "type": "sale", "prices": []},
        "AdminPriceListRes", {"price_list": {"id": "pl_1"}}, (("price_list", "id"), "pl_1"),
    ),
    case(
        "price_lists.update", ("a/b", {"name": "Winter"}), "POST", "/admin/price-lists/a%2Fb", "",
        {"name": "Winter"}, "AdminPriceListRes", {"price_list": {"id": "a/b"}}, (("price_list", "id"), "a/b"),
    ),
    case(
        "price_lists.delete", ("pl_1",), "DELETE", "/admin/price-lists/pl_1", "", None,
        "AdminPriceListDeleteRes", {"id": "pl_1", **DELETED}, (("id",), "pl_1"),
    ),
    case(
        "price_lists.retrieve", ("pl 1",), "GET", "/admin/price-lists/pl%201", "", None,
        "AdminPriceListRes", {"price_list": {"id": "pl 1"}}, (("price_list", "id"), "pl 1"),
    ),
    case(
        "price_lists.list", ({"limit": 5, "status": ["active", "draft"]},), "GET", "/admin/price-lists",
        "limit=5&status%5B0%5D=active&status%5B1%5D=draft", None, "AdminPriceListsListRes",
        {"price_lists": [{"id": "pl_1"}], "count": 1, "offset": 0, "limit": 5},
        (("price_lists", 0, "id"), "pl_1"),
    ),
    case(
        "price_lists.list_products", ("pl_1", {"q": "shirt", "limit": 2}), "GET",
        "/admin/price-lists/pl_1/products", "q=shirt&limit=2", None, "AdminPriceListsProductsListRes",
        {"products": [{"id": "prod_1"}], "count": 1, "offset": 0, "limit": 2}, (("count",), 1),
    ),
    case(
        "price_lists.add_prices", ("pl_1", {"prices": [{"amount": 100, "currency_code": "usd"}]}),
        "POST", "/admin/price-lists/pl_1/prices/batch", "",
        {"prices": [{"amount": 100, "currency_code": "usd"}]}, "AdminPriceListRes",
        {"price_list": {"id": "pl_1"}}, (("price_list", "id"), "pl_1"),
    ),
    case(
        "price_lists.delete_prices", ("pl_1", {"price_ids": ["ma_1"]}), "DELETE",
        "/admin/price-lists/pl_1/prices/batch", "", {"price_ids": ["ma_1"]}, "AdminPriceListDeleteBatchRes",
        {"ids": ["ma_1"], **DELETED}, (("ids", 0), "ma_1"),
    ),
    case(
        "price_lists.delete_product_prices", ("pl/1", "prod?1"), "DELETE",
        "/admin/price-lists/pl%2F1/products/prod%3F1/prices", "", None,
        "AdminPriceListDeleteProductPricesRes", {"ids": ["ma_1"], **DELETED}, (("deleted",), True),
    ),
    case(
        "price_lists.delete_variant_prices", ("pl_1", "variant#1"), "DELETE",
        "/admin/price-lists/pl_1/variants/variant%231/prices", "", None,
        "AdminPriceListDeleteVariantPricesRes", {"ids": ["ma_2"], **DELETED}, (("ids", 0), "ma_2"),
    ),
    case(
        "price_lists.delete_products_prices", ("pl_1", {"product_ids": ["prod_1"]}), "DELETE",
        "/admin/price-lists/pl_1/products/prices/batch", "", {"product_ids": ["prod_1"]},
        "AdminPriceListDeleteProductPricesRes", {"ids": ["ma_1"], **DELETED}, (("object",), "x"),
    ),
    # ---------------------------------------------------------------- product categories
    case(
        "product_categories.retrieve", ("pcat/1", {"expand": "category_children"}), "GET",
        "/admin/product-categories/pcat%2F1", "expand=category_children", None,
        "AdminProductCategoriesCategoryRes", {"product_category": {"id": "pcat/1"}},
        (("product_category", "id"), "pcat/1"),
    ),
    case(
        "product_categories.create", ({"name": "Shirts"},), "POST", "/admin/product-categories", "",
        {"name": "Shirts"}, "AdminProductCategoriesCategoryRes", {"product_category": {"id": "pcat_1"}},
        (("product_category", "id"), "pcat_1"),
    ),
    case(
        "product_categories.update", ("pcat_1", {"handle": "shirts"}), "POST",
        "/admin/product-categories/pcat_1", "", {"handle": "shirts"}, "AdminProductCategoriesCategoryRes",
        {"product_category": {"id": "pcat_1", "handle": "shirts"}},
        (("product_category", "handle"), "shirts"),
    ),
    case(
        "product_categories.list", ({"parent_category_id": "null", "limit": 5, "expand": "items"},),
        "GET", "/admin/product-categories", "parent_category_id=null&limit=5&expand=items", None,
        "AdminProductCategoriesListRes",
        {"product_categories": [{"id": "pcat_1"}], "count": 1, "offset": 0, "limit": 5}, (("limit",), 5),
    ),
    case(
        "product_categories.delete", ("pcat_1",), "DELETE", "/admin/product-categories/pcat_1", "", None,
        "AdminProductCategoriesCategoryDeleteRes", {"id": "pcat_1", **DELETED}, (("id",), "pcat_1"),
    ),
    case(
        "product_categories.remove_products", ("pcat_1", {"product_ids": [{"id": "prod_1"}]}), "DELETE",
        "/admin/product-categories/pcat_1/products/batch", "", {"product_ids": [{"id": "prod_1"}]},
        "AdminProductCategoriesCategoryRes", {"product_category": {"id": "pcat_1"}},
        (("product_category", "id"), "pcat_1"),
    ),
    case(
        "product_categories.add_products", ("pcat_1", {"product_ids": [{"id": "prod_1"}]}), "POST",
        "/admin/product-categories/pcat_1/products/batch", "", {"product_ids": [{"id": "prod_1"}]},
        "AdminProductCategoriesCategoryRes", {"product_category": {"id": "pcat_1"}},
        (("product_category", "id"), "pcat_1"),
    ),
    # ---------------------------------------------------------------- product tags / types
    case(
        "product_tags.list", ({"value": ["summer", "sale"], "limit": 5},), "GET", "/admin/product-tags",
        "value%5B0%5D=summer&value%5B1%5D=sale&limit=5", None, "AdminProductTagsListRes",
        {"product_tags": [{"id": "ptag_1", "value": "summer"}], "count": 1, "offset": 0, "limit": 5},
        (("product_tags", 0, "value"), "summer"),
    ),
    case(
        "product_types.list", (LIST_Q,), "GET", "/admin/product-types", LIST_QS, None,
        "AdminProductTypesListRes",
        {"product_types": [{"id": "ptyp_1", "value": "Shirt"}], "count": 1, "offset": 0, "limit": 5},
        (("product_types", 0, "id"), "ptyp_1"),
    ),
    # ---------------------------------------------------------------- products
    case(
        "products.create", ({"title": "Tee", "is_giftcard": False},), "POST", "/admin/products", "",
        {"title": "Tee", "is_giftcard": False}, "AdminProductsRes", {"product": {"id": "prod_1"}},
        (("product", "id"), "prod_1"),
    ),
    case(
        "products.retrieve", ("a/b",), "GET", "/admin/products/a%2Fb", "", None, "AdminProductsRes",
        {"product": {"id": "a/b", "title": "Tee"}}, (("product", "title"), "Tee"),
    ),
    case(
        "products.update", ("prod_1", {"title": "Shirt"}), "POST", "/admin/products/prod_1", "",
        {"title": "Shirt"}, "AdminProductsRes", {"product": {"id": "prod_1"}}, (("product", "id"), "prod_1"),
    ),
    case(
        "products.delete", ("prod_1",), "DELETE", "/admin/products/prod_1", "", None,
        "AdminProductsDeleteRes", {"id": "prod_1", **DELETED}, (("id",), "prod_1"),
    ),
    case(
        "products.list", ({"status": ["draft"], "limit": 5, "expand": "variants"},), "GET",
        "/admin/products", "status%5B0%5D=draft&limit=5&expand=variants", None, "AdminProductsListRes",
        {"products": [{"id": "prod_1"}], "count": 1, "offset": 0, "limit": 5},
        (("products", 0, "id"), "prod_1"),
    ),
    case(
        "products.list_types", (), "GET", "/admin/products/types", "", None, "AdminProductsListTypesRes",
        {"types": [{"id": "ptyp_1", "value": "Shirt"}]}, (("types", 0, "value"), "Shirt"),
    ),
    case(
        "products.list_tags", (), "GET", "/admin/products/tag-usage", "", None, "AdminProductsListTagsRes",
        {"tags": [{"id": "ptag_1", "value": "summer", "usage_count": "3"}]}, (("tags", 0, "id"), "ptag_1"),
    ),
    case(
        "products.set_metadata", ("prod_1", {"key": "color", "value": "red"}), "POST",
        "/admin/products/prod_1/metadata", "", {"key": "color", "value": "red"}, "AdminProductsRes",
        {"product": {"id": "prod_1"}}, (("product", "id"), "prod_1"),
    ),
    case(
        "products.create_variant", ("prod_1", {"title": "S", "prices": [], "options": []}), "POST",
        "/admin/products/prod_1/variants", "", {"title": "S", "prices": [], "options": []},
        "AdminProductsRes", {"product": {"id": "prod_1"}}, (("product", "id"), "prod_1"),
    ),
    case(
        "products.update_variant", ("prod_1", "v/1", {"title": "M"}), "POST",
        "/admin/products/prod_1/variants/v%2F1", "", {"title": "M"}, "AdminProductsRes",
        {"product": {"id": "prod_1"}}, (("product", "id"), "prod_1"),
    ),
    case(
        "products.list_variants", ("prod_1", {"limit": 5, "offset": 10}), "GET",
        "/admin/products/prod_1/variants", "limit=5&offset=10", None, "AdminProductsListVariantsRes",
        {"variants": [{"id": "variant_1"}], "count": 11, "offset": 10, "limit": 5},
        (("variants", 0, "id"), "variant_1"),
    ),
    case(
        "products.delete_variant", ("prod_1", "variant_1"), "DELETE",
        "/admin/products/prod_1/variants/variant_1", "", None, "AdminProductsDeleteVariantRes",
        {"variant_id": "variant_1", "object": "product-variant", "deleted": True,
         "product": {"id": "prod_1"}},
        (("variant_id",), "variant_1"),
    ),
    case(
        "products.add_option", ("prod_1", {"title": "Size"}), "POST", "/admin/products/prod_1/options", "",
        {"title": "Size"}, "AdminProductsRes", {"product": {"id": "prod_1"}}, (("product", "id"), "prod_1"),
    ),
    case(
        "products.update_option", ("prod_1", "opt 1", {"title": "Colour"}), "POST",
        "/admin/products/prod_1/options/opt%201", "", {"title": "Colour"}, "AdminProductsRes",
        {"product": {"id": "prod_1"}}, (("product", "id"), "prod_1"),
    ),
    case(
        "products.delete_option", ("prod_1", "opt_1"), "DELETE", "/admin/products/prod_1/options/opt_1", "",
        None, "AdminProductsDeleteOptionRes",
        {"option_id": "opt_1", "object": "option", "deleted": True, "product": {"id": "prod_1"}},
        (("option_id",), "opt_1"),
    ),
    # ---------------------------------------------------------------- publishable api keys
    case(
        "publishable_api_keys.retrieve", ("pk/1",), "GET", "/admin/publishable-api-keys/pk%2F1", "", None,
        "AdminPublishableApiKeysRes", {"publishable_api_key": {"id": "pk/1"}},
        (("publishable_api_key", "id"), "pk/1"),
    ),
    case(
        "publishable_api_keys.list", ({"q": "web", "limit": 5},), "GET", "/admin/publishable-api-keys",
        "q=web&limit=5", None, "AdminPublishableApiKeysListRes",
        {"publishable_api_keys": [{"id": "pk_1"}], "count": 1, "offset": 0, "limit": 5},
        (("publishable_api_keys", 0, "id"), "pk_1"),
    ),
    case(
        "publishable_api_keys.create", ({"title": "Web"},), "POST", "/admin/publishable-api-keys", "",
        {"title": "Web"}, "AdminPublishableApiKeysRes",
        {"publishable_api_key": {"id": "pk_1", "title": "Web"}},
        (("publishable_api_key", "title"), "Web"),
    ),
    case(
        "publishable_api_keys.update", ("pk_1", {"title": "App"}), "POST",
        "/admin/publishable-api-keys/pk_1", "", {"title": "App"}, "AdminPublishableApiKeysRes",
        {"publishable_api_key": {"id": "pk_1"}}, (("publishable_api_key", "id"), "pk_1"),
    ),
    case(
        "publishable_api_keys.delete", ("pk_1",), "DELETE", "/admin/publishable-api-keys/pk_1", "", None,
        "AdminPublishableApiKeyDeleteRes", {"id": "pk_1", **DELETED}, (("id",), "pk_1"),
    ),
    case(
        "publishable_api_keys.revoke", ("pk_1",), "POST", "/admin/publishable-api-keys/pk_1/revoke", "",
        None, "AdminPublishableApiKeysRes", {"publishable_api_key": {"id": "pk_1"}},
        (("publishable_api_key", "id"), "pk_1"),
    ),
    case(
        "publishable_api_keys.add_sales_channels_batch", ("pk_1", {"sales_channel_ids": [{"id": "sc_1"}]}),
        "POST", "/admin/publishable-api-keys/pk_1/sales-channels/batch", "",
        {"sales_channel_ids": [{"id": "sc_1"}]}, "AdminPublishableApiKeysRes",
        {"publishable_api_key": {"id": "pk_1"}}, (("publishable_api_key", "id"), "pk_1"),
    ),
    case(
        "publishable_api_keys.delete_sales_channels_batch",
        ("pk_1", {"sales_channel_ids": [{"id": "sc_1"}]}), "DELETE",
        "/admin/publishable-api-keys/pk_1/sales-channels/batch", "", {"sales_channel_ids": [{"id": "sc_1"}]},
        "AdminPublishableApiKeysRes", {"publishable_api_key": {"id": "pk_1"}},
        (("publishable_api_key", "id"), "pk_1"),
    ),
    case(
        "publishable_api_keys.list_sales_channels", ("pk_1", {"q": "web shop"}), "GET",
        "/admin/publishable-api-keys/pk_1/sales-channels", "q=web%20shop", None,
        "AdminPublishableApiKeysListSalesChannelsRes", {"sales_channels": [{"id": "sc_1"}]},
        (("sales_channels", 0, "id"), "sc_1"),
    ),
    # ---------------------------------------------------------------- regions
    case(
        "regions.create",
        ({"name": "EU", "currency_code": "eur", "tax_rate": 0, "payment_providers": [],
          "fulfillment_providers": [], "countries": ["de"]},),
        "POST", "/admin/regions", "",
        {"name": "EU", "currency_code": "eur", "tax_rate": 0, "payment_providers": [],
         "fulfillment_providers": [], "countries": ["de"]},
        "AdminRegionsRes", {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    case(
        "regions.update", ("reg/1", {"name": "Europe"}), "POST", "/admin/regions/reg%2F1", "",
        {"name": "Europe"}, "AdminRegionsRes", {"region": {"id": "reg/1", "name": "Europe"}},
        (("region", "name"), "Europe"),
    ),
    case(
        "regions.delete", ("reg_1",), "DELETE", "/admin/regions/reg_1", "", None, "AdminRegionsDeleteRes",
        {"id": "reg_1", **DELETED}, (("id",), "reg_1"),
    ),
    case(
        "regions.retrieve", ("reg_1", {"expand": "countries", "fields": "id,name"}), "GET",
        "/admin/regions/reg_1", "expand=countries&fields=id%2Cname", None, "AdminRegionsRes",
        {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    case(
        "regions.list", ({"limit": 5, "offset": 0},), "GET", "/admin/regions", "limit=5&offset=0", None,
        "AdminRegionsListRes", {"regions": [{"id": "reg_1"}], "count": 1, "offset": 0, "limit": 5},
        (("regions", 0, "id"), "reg_1"),
    ),
    case(
        "regions.add_country", ("reg_1", {"country_code": "dk"}), "POST", "/admin/regions/reg_1/countries",
        "", {"country_code": "dk"}, "AdminRegionsRes", {"region": {"id": "reg_1"}},
        (("region", "id"), "reg_1"),
    ),
    case(
        "regions.delete_country", ("reg_1", "dk"), "DELETE", "/admin/regions/reg_1/countries/dk", "", None,
        "AdminRegionsRes", {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    case(
        "regions.add_fulfillment_provider", ("reg_1", {"provider_id": "manual"}), "POST",
        "/admin/regions/reg_1/fulfillment-providers", "", {"provider_id": "manual"}, "AdminRegionsRes",
        {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    case(
        "regions.delete_fulfillment_provider", ("reg_1", "manual/x"), "DELETE",
        "/admin/regions/reg_1/fulfillment-providers/manual%2Fx", "", None, "AdminRegionsRes",
        {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    case(
        "regions.retrieve_fulfillment_options", ("reg_1",), "GET", "/admin/regions/reg_1/fulfillment-options",
        "", None, "AdminGetRegionsRegionFulfillmentOptionsRes",
        {"fulfillment_options": [{"provider_id": "manual", "options": [{"id": "manual-fulfillment"}]}]},
        (("fulfillment_options", 0, "provider_id"), "manual"),
    ),
    case(
        "regions.add_payment_provider", ("reg_1", {"provider_id": "manual"}), "POST",
        "/admin/regions/reg_1/payment-providers", "", {"provider_id": "manual"}, "AdminRegionsRes",
        {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    case(
        "regions.delete_payment_provider", ("reg_1", "manual"), "DELETE",
        "/admin/regions/reg_1/payment-providers/manual", "", None, "AdminRegionsRes",
        {"region": {"id": "reg_1"}}, (("region", "id"), "reg_1"),
    ),
    # ---------------------------------------------------------------- reservations
    case(
        "reservations.retrieve", ("res/1",), "GET", "/admin/reservations/res%2F1", "", None,
        "AdminReservationsRes", {"reservation": {"id": "res/1"}}, (("reservation", "id"), "res/1"),
    ),
    case(
        "reservations.list", ({"location_id": ["sloc_1"], "limit": 5},), "GET", "/admin/reservations",
        "location_id%5B0%5D=sloc_1&limit=5", None, "AdminReservationsListRes",
        {"reservations": [{"id": "res_1"}], "count": 1, "offset": 0, "limit": 5},
        (("reservations", 0, "id"), "res_1"),
    ),
    case(
        "reservations.create", ({"location_id": "sloc_1", "inventory_item_id": "iitem_1", "quantity": 1},),
        "POST", "/admin/reservations", "",
        {"location_id": "sloc_1", "inventory_item_id": "iitem_1", "quantity": 1},
        "AdminReservationsRes", {"reservation": {"id": "res_1"}}, (("reservation", "id"), "res_1"),
    ),
    case(
        "reservations.update", ("res_1", {"quantity": 2}), "POST", "/admin/reservations/res_1", "",
        {"quantity": 2}, "AdminReservationsRes", {"reservation": {"id": "res_1", "quantity": 2}},
        (("reservation", "quantity"), 2),
    ),
    case(
        "reservations.delete", ("res_1",), "DELETE", "/admin/reservations/res_1", "", None,
        "AdminReservationsDeleteRes", {"id": "res_1", **DELETED}, (("id",), "res_1"),
    ),
    # ---------------------------------------------------------------- return reasons
    case(
        "return_reasons.create", ({"label": "Too big", "value": "too_big"},), "POST", "/admin/return-reasons",
        "", {"label": "Too big", "value": "too_big"}, "AdminReturnReasonsRes",
        {"return_reason": {"id": "rr_1"}}, (("return_reason", "id"), "rr_1"),
    ),
    case(
        "return_reasons.update", ("rr/1", {"label": "Large"}), "POST", "/admin/return-reasons/rr%2F1", "",
        {"label": "Large"}, "AdminReturnReasonsRes", {"return_reason": {"id": "rr/1"}},
        (("return_reason", "id"), "rr/1"),
    ),
    case(
        "return_reasons.delete", ("rr_1",), "DELETE", "/admin/return-reasons/rr_1", "", None,
        "AdminReturnReasonsDeleteRes", {"id": "rr_1", **DELETED}, (("id",), "rr_1"),
    ),
    case(
        "return_reasons.retrieve", ("rr_1",), "GET", "/admin/return-reasons/rr_1", "", None,
        "AdminReturnReasonsRes", {"return_reason": {"id": "rr_1"}}, (("return_reason", "id"), "rr_1"),
    ),
    case(
        "return_reasons.list", (), "GET", "/admin/return-reasons", "", None, "AdminReturnReasonsListRes",
        {"return_reasons": [{"id": "rr_1"}]}, (("return_reasons", 0, "id"), "rr_1"),
    ),
    # ---------------------------------------------------------------- returns
    case(
        "returns.cancel", ("ret/1",), "POST", "/admin/returns/ret%2F1/cancel", "", None,
        "AdminReturnsCancelRes", {"order": {"id": "order_1"}}, (("order", "id"), "order_1"),
    ),
    case(
        "returns.receive", ("ret_1", {"items": [{"item_id": "item_1", "quantity": 1}]}), "POST",
        "/admin/returns/ret_1/receive", "", {"items": [{"item_id": "item_1", "quantity": 1}]},
        "AdminReturnsRes", {"return": {"id": "ret_1"}}, (("return_", "id"), "ret_1"),
    ),
    case(
        "returns.list", ({"limit": 5, "offset": 5},), "GET", "/admin/returns", "limit=5&offset=5", None,
        "AdminReturnsListRes", {"returns": [{"id": "ret_1"}], "count": 6, "offset": 5, "limit": 5},
        (("returns", 0, "id"), "ret_1"),
    ),
    # ---------------------------------------------------------------- sales channels
    case(
        "sales_channels.retrieve", ("sc/1",), "GET", "/admin/sales-channels/sc%2F1", "", None,
        "AdminSalesChannelsRes", {"sales_channel": {"id": "sc/1"}}, (("sales_channel", "id"), "sc/1"),
    ),
    case(
        "sales_channels.create", ({"name": "Web"},), "POST", "/admin/sales-channels", "", {"name": "Web"},
        "AdminSalesChannelsRes", {"sales_channel": {"id": "sc_1"}}, (("sales_channel", "id"), "sc_1"),
    ),
    case(
        "sales_channels.update", ("sc_1", {"is_disabled": True}), "POST", "/admin/sales-channels/sc_1", "",
        {"is_disabled": True}, "AdminSalesChannelsRes",
        {"sales_channel": {"id": "sc_1", "is_disabled": True}},
        (("sales_channel", "is_disabled"), True),
    ),
    case(
        "sales_channels.list", ({"q": "web", "order": "-created_at", "limit": 5},), "GET",
        "/admin/sales-channels", "q=web&order=-created_at&limit=5", None, "AdminSalesChannelsListRes",
        {"sales_channels": [{"id": "sc_1"}], "count": 1, "offset": 0, "limit": 5},
        (("sales_channels", 0, "id"), "sc_1"),
    ),
    case(
        "sales_channels.delete", ("sc_1",), "DELETE", "/admin/sales-channels/sc_1", "", None,
        "AdminSalesChannelsDeleteRes", {"id": "sc_1", **DELETED}, (("id",), "sc_1"),
    ),
    case(
        "sales_channels.remove_products", ("sc_1", {"product_ids": [{"id": "prod_1"}]}), "DELETE",
        "/admin/sales-channels/sc_1/products/batch", "", {"product_ids": [{"id": "prod_1"}]},
        "AdminSalesChannelsRes", {"sales_channel": {"id": "sc_1"}}, (("sales_channel", "id"), "sc_1"),
    ),
    case(
        "sales_channels.add_products", ("sc_1", {"product_ids": [{"id": "prod_1"}]}), "POST",
        "/admin/sales-channels/sc_1/products/batch", "", {"product_ids": [{"id": "prod_1"}]},
        "AdminSalesChannelsRes", {"sales_channel": {"id": "sc_1"}}, (("sales_channel", "id"), "sc_1"),
    ),
    case(
        "sales_channels.add_location", ("sc_1", {"location_id": "sloc_1"}), "POST",
        "/admin/sales-channels/sc_1/stock-locations", "", {"location_id": "sloc_1"},
        "AdminSalesChannelsRes", {"sales_channel": {"id": "sc_1"}}, (("sales_channel", "id"), "sc_1"),
    ),
    case(
        "sales_channels.remove_location", ("sc_1", {"location_id": "sloc_1"}), "DELETE",
        "/admin/sales-channels/sc_1/stock-locations", "", {"location_id": "sloc_1"},
        "AdminSalesChannelsDeleteLocationRes", {"id": "sc_1", "object": "stock-location", "deleted": True},
        (("id",), "sc_1"),
    ),
    # ---------------------------------------------------------------- shipping options
    case(
        "shipping_options.create",
        ({"name": "Std", "region_id": "reg_1", "provider_id": "manual", "data": {},
          "price_type": "flat_rate", "amount": 1000},),
        "POST", "/admin/shipping-options", "",
        {"name": "Std", "region_id": "reg_1", "provider_id": "manual", "data": {},
         "price_type": "flat_rate", "amount": 1000},
        "AdminShippingOptionsRes", {"shipping_option": {"id": "so_1"}}, (("shipping_option", "id"), "so_1"),
    ),
    case(
        "shipping_options.update", ("so/1", {"amount": 1200, "requirements": []}), "POST",
        "/admin/shipping-options/so%2F1", "", {"amount": 1200, "requirements": []},
        "AdminShippingOptionsRes", {"shipping_option": {"id": "so/1", "amount": 1200}},
        (("shipping_option", "amount"), 1200),
    ),
    case(
        "shipping_options.delete", ("so_1",), "DELETE", "/admin/shipping-options/so_1", "", None,
        "AdminShippingOptionsDeleteRes", {"id": "so_1", **DELETED}, (("id",), "so_1"),
    ),
    case(
        "shipping_options.retrieve", ("so_1",), "GET", "/admin/shipping-options/so_1", "", None,
        "AdminShippingOptionsRes", {"shipping_option": {"id": "so_1"}}, (("shipping_option", "id"), "so_1"),
    ),
    case(
        "shipping_options.list", ({"region_id": "reg_1", "is_return": "false"},), "GET",
        "/admin/shipping-options", "region_id=reg_1&is_return=false", None, "AdminShippingOptionsListRes",
        {"shipping_options": [{"id": "so_1"}], "count": 1}, (("shipping_options", 0, "id"), "so_1"),
    ),
    # ---------------------------------------------------------------- shipping profiles
    case(
        "shipping_profiles.create", ({"name": "Big", "type": "default"},), "POST", "/admin/shipping-profiles",
        "", {"name": "Big", "type": "default"}, "AdminShippingProfilesRes",
        {"shipping_profile": {"id": "sp_1"}}, (("shipping_profile", "id"), "sp_1"),
    ),
    case(
        "shipping_profiles.update", ("sp/1", {"name": "Bulky"}), "POST", "/admin/shipping-profiles/sp%2F1",
        "", {"name": "Bulky"}, "AdminShippingProfilesRes", {"shipping_profile": {"id": "sp/1"}},
        (("shipping_profile", "id"), "sp/1"),
    ),
    case(
        "shipping_profiles.delete", ("sp_1",), "DELETE", "/admin/shipping-profiles/sp_1", "", None,
        "AdminDeleteShippingProfileRes", {"id": "sp_1", **DELETED}, (("id",), "sp_1"),
    ),
    case(
        "shipping_profiles.retrieve", ("sp_1",), "GET", "/admin/shipping-profiles/sp_1", "", None,
        "AdminShippingProfilesRes", {"shipping_profile": {"id": "sp_1"}},
        (("shipping_profile", "id"), "sp_1"),
    ),
    case(
        "shipping_profiles.list", (), "GET", "/admin/shipping-profiles", "", None,
        "AdminShippingProfilesListRes", {"shipping_profiles": [{"id": "sp_1"}]},
        (("shipping_profiles", 0, "id"), "sp_1"),
    ),
    # ---------------------------------------------------------------- stock locations
    case(
        "stock_locations.create", ({"name": "Main"},), "POST", "/admin/stock-locations", "", {"name": "Main"},
        "AdminStockLocationsRes", {"stock_location": {"id": "sloc_1"}}, (("stock_location", "id"), "sloc_1"),
    ),
    case(
        "stock_locations.retrieve", ("sloc/1",), "GET", "/admin/stock-locations/sloc%2F1", "", None,
        "AdminStockLocationsRes", {"stock_location": {"id": "sloc/1"}}, (("stock_location", "id"), "sloc/1"),
    ),
    case(
        "stock_locations.update", ("sloc_1", {"name": "Back"}), "POST", "/admin/stock-locations/sloc_1", "",
        {"name": "Back"}, "AdminStockLocationsRes", {"stock_location": {"id": "sloc_1", "name": "Back"}},
        (("stock_location", "name"), "Back"),
    ),
    case(
        "stock_locations.delete", ("sloc_1",), "DELETE", "/admin/stock-locations/sloc_1", "", None,
        "AdminStockLocationsDeleteRes", {"id": "sloc_1", **DELETED}, (("id",), "sloc_1"),
    ),
    case(
        "stock_locations.list", ({"limit": 5, "expand": "address"},), "GET", "/admin/stock-locations",
        "limit=5&expand=address", None, "AdminStockLocationsListRes",
        {"stock_locations": [{"id": "sloc_1"}], "count": 1, "offset": 0, "limit": 5},
        (("stock_locations", 0, "id"), "sloc_1"),
    ),
    # ---------------------------------------------------------------- store
    case(
        "store.update", ({"name": "Shop"},), "POST", "/admin/store", "", {"name": "Shop"}, "AdminStoresRes",
        {"store": {"id": "store_1", "name": "Shop"}}, (("store", "name"), "Shop"),
    ),
    case(
        "store.add_currency", ("dkk",), "POST", "/admin/store/currencies/dkk", "", None, "AdminStoresRes",
        {"store": {"id": "store_1"}}, (("store", "id"), "store_1"),
    ),
    case(
        "store.delete_currency", ("a/b",), "DELETE", "/admin/store/currencies/a%2Fb", "", None,
        "AdminStoresRes", {"store": {"id": "store_1"}}, (("store", "id"), "store_1"),
    ),
    case(
        "store.retrieve", (), "GET", "/admin/store", "", None, "AdminExtendedStoresRes",
        {"store": {"id": "store_1"}}, (("store", "id"), "store_1"),
    ),
    case(
        "store.list_payment_providers", (), "GET", "/admin/store/payment-providers", "", None,
        "AdminPaymentProvidersList", {"payment_providers": [{"id": "manual", "is_installed": True}]},
        (("payment_providers", 0, "id"), "manual"),
    ),
    case(
        "store.list_tax_providers", (), "GET", "/admin/store/tax-providers", "", None,
        "AdminTaxProvidersList",
        {"tax_providers": [{"id": "system", "is_installed": True}]}, (("tax_providers", 0, "id"), "system"),
    ),
    # ---------------------------------------------------------------- swaps
    case(
        "swaps.retrieve", ("swap/1",), "GET", "/admin/swaps/swap%2F1", "", None, "AdminSwapsRes",
        {"swap": {"id": "swap/1"}}, (("swap", "id"), "swap/1"),
    ),
    case(
        "swaps.list", ({"limit": 5, "offset": 0},), "GET", "/admin/swaps", "limit=5&offset=0", None,
        "AdminSwapsListRes", {"swaps": [{"id": "swap_1"}], "count": 1, "offset": 0, "limit": 5},
        (("swaps", 0, "id"), "swap_1"),
    ),
    # ---------------------------------------------------------------- tax rates
    case(
        "tax_rates.retrieve", ("txr/1", {"expand": ["products"]}), "GET", "/admin/tax-rates/txr%2F1",
        "expand%5B0%5D=products", None, "AdminTaxRatesRes", {"tax_rate": {"id": "txr/1"}},
        (("tax_rate", "id"), "txr/1"),
    ),
    case(
        "tax_rates.list", ({"region_id": ["reg_1"], "limit": 5},), "GET", "/admin/tax-rates",
        "region_id%5B0%5D=reg_1&limit=5", None, "AdminTaxRatesListRes",
        {"tax_rates": [{"id": "txr_1"}], "count": 1, "offset": 0, "limit": 5},
        (("tax_rates", 0, "id"), "txr_1"),
    ),
    case(
        "tax_rates.create",
        ({"code": "VAT", "name": "VAT", "region_id": "reg_1"}, {"fields": ["id", "rate"]}),
        "POST", "/admin/tax-rates", "fields%5B0%5D=id&fields%5B1%5D=rate",
        {"code": "VAT", "name": "VAT", "region_id": "reg_1"}, "AdminTaxRatesRes",
        {"tax_rate": {"id": "txr_1"}}, (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.update", ("txr_1", {"rate": 25}), "POST", "/admin/tax-rates/txr_1", "", {"rate": 25},
        "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1", "rate": 25}}, (("tax_rate", "rate"), 25),
    ),
    case(
        "tax_rates.add_products", ("txr_1", {"products": ["prod_1"]}, {"expand": ["products"]}), "POST",
        "/admin/tax-rates/txr_1/products/batch", "expand%5B0%5D=products", {"products": ["prod_1"]},
        "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1"}}, (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.add_product_types", ("txr_1", {"product_types": ["ptyp_1"]}), "POST",
        "/admin/tax-rates/txr_1/product-types/batch", "", {"product_types": ["ptyp_1"]},
        "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1"}}, (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.add_shipping_options", ("txr_1", {"shipping_options": ["so_1"]}, {"fields": ["id"]}),
        "POST", "/admin/tax-rates/txr_1/shipping-options/batch", "fields%5B0%5D=id",
        {"shipping_options": ["so_1"]}, "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1"}},
        (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.remove_products", ("txr_1", {"products": ["prod_1"]}, {"fields": ["id"]}), "DELETE",
        "/admin/tax-rates/txr_1/products/batch", "fields%5B0%5D=id", {"products": ["prod_1"]},
        "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1"}}, (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.remove_product_types", ("txr_1", {"product_types": ["ptyp_1"]}), "DELETE",
        "/admin/tax-rates/txr_1/product-types/batch", "", {"product_types": ["ptyp_1"]},
        "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1"}}, (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.remove_shipping_options", ("txr_1", {"shipping_options": ["so_1"]}, {"expand": ["x"]}),
        "DELETE", "/admin/tax-rates/txr_1/shipping-options/batch", "expand%5B0%5D=x",
        {"shipping_options": ["so_1"]}, "AdminTaxRatesRes", {"tax_rate": {"id": "txr_1"}},
        (("tax_rate", "id"), "txr_1"),
    ),
    case(
        "tax_rates.delete", ("txr_1",), "DELETE", "/admin/tax-rates/txr_1", "", None,
        "AdminTaxRatesDeleteRes", {"id": "txr_1", **DELETED}, (("id",), "txr_1"),
    ),
    # ---------------------------------------------------------------- uploads
    case(
        "uploads.create", (b"hello",), "POST", "/admin/uploads", "", MULTIPART, "AdminUploadsRes",
        {"uploads": [{"url": "http://files/file0", "key": "file0"}]}, (("uploads", 0, "key"), "file0"),
    ),
    case(
        "uploads.create_protected", (b"secret",), "POST", "/admin/uploads/protected", "", MULTIPART,
        "AdminUploadsRes", {"uploads": [{"url": "http://files/p", "key": "p"}]}, (("uploads", 0, "key"), "p"),
    ),
    case(
        "uploads.delete", ({"file_key": "k1"},), "DELETE", "/admin/uploads", "", {"file_key": "k1"},
        "AdminDeleteUploadsRes", {"id": "k1", "object": "file", "deleted": True}, (("id",), "k1"),
    ),
    case(
        "uploads.get_presigned_download_url", ({"file_key": "k1"},), "POST", "/admin/uploads/download-url",
        "", {"file_key": "k1"}, "AdminUploadsDownloadUrlRes", {"download_url": "http://files/k1?sig=x"},
        (("download_url",), "http://files/k1?sig=x"),
    ),
    # ---------------------------------------------------------------- users
    case(
        "users.send_reset_password_token", ({"email": "a@b.c"},), "POST", "/admin/users/password-token", "",
        {"email": "a@b.c"}, "EmptyResponse", {}, (("additional_properties",), {}),
    ),
    case(
        "users.reset_password", ({"token": "t", "password": "p"},), "POST", "/admin/users/reset-password", "",
        {"token": "t", "password": "p"}, "AdminUserRes", {"user": {"id": "usr_1"}}, (("user", "id"), "usr_1"),
    ),
    case(
        "users.retrieve", ("usr/1",), "GET", "/admin/users/usr%2F1", "", None, "AdminUserRes",
        {"user": {"id": "usr/1"}}, (("user", "id"), "usr/1"),
    ),
    case(
        "users.create", ({"email": "a@b.c", "password": "p"},), "POST", "/admin/users", "",
        {"email": "a@b.c", "password": "p"}, "AdminUserRes", {"user": {"id": "usr_1", "email": "a@b.c"}},
        (("user", "email"), "a@b.c"),
    ),
    case(
        "users.update", ("usr_1", {"first_name": "Ann"}), "POST", "/admin/users/usr_1", "",
        {"first_name": "Ann"}, "AdminUserRes", {"user": {"id": "usr_1"}}, (("user", "id"), "usr_1"),
    ),
    case(
        "users.delete", ("usr_1",), "DELETE", "/admin/users/usr_1", "", None, "AdminDeleteUserRes",
        {"id": "usr_1", "object": "user", "deleted": True}, (("deleted",), True),
    ),
    case(
        "users.list", ({"q": "ann", "limit": 5},), "GET", "/admin/users", "q=ann&limit=5", None,
        "AdminUsersListRes", {"users": [{"id": "usr_1"}], "count": 1, "offset": 0, "limit": 5},
        (("users", 0, "id"), "usr_1"),
    ),
    # ---------------------------------------------------------------- variants
    case(
        "variants.list", ({"id": ["v1", "v2"], "limit": 5},), "GET", "/admin/variants",
        "id%5B0%5D=v1&id%5B1%5D=v2&limit=5", None, "AdminVariantsListRes",
        {"variants": [{"id": "v1"}], "count": 2, "offset": 0, "limit": 5}, (("variants", 0, "id"), "v1"),
    ),
    case(
        "variants.retrieve", ("v/1", {"expand": "options"}), "GET", "/admin/variants/v%2F1", "expand=options",
        None, "AdminVariantsRes", {"variant": {"id": "v/1"}}, (("variant", "id"), "v/1"),
    ),
    case(
        "variants.get_inventory", ("v_1",), "GET", "/admin/variants/v_1/inventory", "", None,
        "AdminGetVariantsVariantInventoryRes",
        {"variant": {"id": "v_1", "sales_channel_availability": [
            {"channel_name": "Web", "channel_id": "sc_1", "available_quantity": 4}]}},
        (("variant", "sales_channel_availability", 0, "available_quantity"), 4),
    ),
]
# fmt: on


def resource(medusa: Medusa, attribute: str) -> Any:
    return RESOURCES[attribute](medusa.client)


def dig(value: Any, path: Tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


@pytest.mark.parametrize(
    ("target", "args", "verb", "path", "query", "body", "result", "canned", "check"), CASES
)
def test_method_sends_the_expected_request(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    target: str,
    args: Tuple[Any, ...],
    verb: str,
    path: str,
    query: str,
    body: Any,
    result: str,
    canned: Dict[str, Any],
    check: Tuple[Tuple[Any, ...], Any],
) -> None:
    attribute, method = target.split(".")
    mocked.add(getattr(responses, verb), re.compile(re.escape(BASE_URL + path) + r"(\?.*)?$"), json=canned)

    out = getattr(resource(medusa, attribute), method)(*args)

    calls = sent(mocked)
    assert len(calls) == 1
    request = calls[0]
    assert request.method == verb
    assert request.path == path
    assert request.query == query
    if body is None:
        assert request.raw_body is None
        assert request.header("Content-Type") is None
    elif body == MULTIPART:
        assert (request.header("Content-Type") or "").startswith("multipart/form-data; boundary=")
    else:
        assert request.header("Content-Type") == "application/json"
        assert request.json == body
    if path in PUBLIC:
        assert request.header("x-medusa-access-token") is None
    else:
        assert request.header("x-medusa-access-token") == API_KEY
    assert (request.header("Idempotency-Key") is not None) == (verb == "POST")
    assert type(out).__name__ == result
    expected_path, expected_value = check
    assert dig(out, expected_path) == expected_value
    assert out.response.status_code == 200


def test_every_public_method_has_a_case() -> None:
    covered = {c.values[0] for c in CASES}
    defined = {
        f"{attribute}.{name}"
        for attribute, cls in RESOURCES.items()
        for name in vars(cls)
        if not name.startswith("_") and callable(getattr(cls, name))
    }
    assert covered == defined
    assert len(defined) == 128


# ---------------------------------------------------------------------------- medusa-js differences


def test_store_add_currency_uses_the_currencies_route(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(responses.POST, BASE_URL + "/admin/store/currencies/eur", json={"store": {"id": "store_1"}})
    AdminStoresResource(medusa.client).add_currency("eur")
    request = sent(mocked)[0]
    assert request.path == "/admin/store/currencies/eur"  # medusa-js: /admin/store/eur
    assert request.raw_body is None


def test_variants_retrieve_keeps_the_id_with_a_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(
        responses.GET, re.compile(re.escape(BASE_URL) + r"/admin/variants/.*"), json={"variant": {"id": "v1"}}
    )
    variants = AdminVariantsResource(medusa.client)
    variants.retrieve("v1", AdminGetVariantParams(expand="options", fields="id,title"))
    variants.retrieve("v1", {})
    variants.retrieve("v1")
    first, empty, bare = sent(mocked)
    assert (first.path, first.query) == ("/admin/variants/v1", "expand=options&fields=id%2Ctitle")
    assert (empty.path, empty.query) == ("/admin/variants/v1", "")
    assert (bare.path, bare.query) == ("/admin/variants/v1", "")


def test_users_reset_password_uses_the_absolute_route_without_credentials(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add(responses.POST, BASE_URL + "/admin/users/reset-password", json={"user": {"id": "usr_1"}})
    medusa.client.set_admin_token("jwt_admin")
    AdminUsersResource(medusa.client).reset_password({"email": "a@b.c", "token": "t", "password": "p"})
    request = sent(mocked)[0]
    assert request.path == "/admin/users/reset-password"
    assert request.header("x-medusa-access-token") is None
    assert request.header("Authorization") is None


def test_product_tags_list_accepts_custom_headers(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(responses.GET, BASE_URL + "/admin/product-tags", json={"product_tags": [], "count": 0})
    AdminProductTagsResource(medusa.client).list(custom_headers={"X-Trace": "t1"})
    request = sent(mocked)[0]
    assert request.header("X-Trace") == "t1"
    assert request.query == ""


@pytest.mark.parametrize(
    ("attribute", "method", "args", "verb", "path"),
    [
        ("products", "create", ({"title": "Tee"},), "POST", "/admin/products"),
        ("store", "retrieve", (), "GET", "/admin/store"),
        ("store", "update", ({"name": "Shop"},), "POST", "/admin/store"),
        (
            "shipping_profiles",
            "create",
            ({"name": "P", "type": "custom"},),
            "POST",
            "/admin/shipping-profiles",
        ),
        ("shipping_profiles", "list", (), "GET", "/admin/shipping-profiles"),
        ("price_lists", "list", (), "GET", "/admin/price-lists"),
        ("returns", "list", (), "GET", "/admin/returns"),
        ("swaps", "list", (), "GET", "/admin/swaps"),
    ],
)
def test_no_trailing_slash_and_no_bare_question_mark(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    attribute: str,
    method: str,
    args: Tuple[Any, ...],
    verb: str,
    path: str,
) -> None:
    mocked.add(getattr(responses, verb), re.compile(".*"), json={})
    getattr(resource(medusa, attribute), method)(*args)
    if attribute in ("price_lists", "returns", "swaps"):
        getattr(resource(medusa, attribute), method)({})  # an empty query adds no bare "?"
    for request in sent(mocked):
        assert request.path == path
        assert request.query == ""
        assert not request.path.endswith("/")


@pytest.mark.parametrize("bad", ["", "   ", "a\r\nb"])
def test_bad_ids_fail_before_any_request(medusa: Medusa, mocked: responses.RequestsMock, bad: str) -> None:
    with pytest.raises(ValueError, match="must"):
        AdminProductsResource(medusa.client).update_variant("prod_1", bad, {"title": "x"})
    with pytest.raises(ValueError, match="code"):
        AdminStoresResource(medusa.client).add_currency(bad)
    assert sent(mocked) == []


def test_dot_ids_cannot_reach_another_route(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(responses.GET, re.compile(".*"), json={"region": {"id": ".."}})
    AdminRegionsResource(medusa.client).retrieve("..")
    assert sent(mocked)[0].path == "/admin/regions/%2E%2E"


def test_tax_rates_create_with_a_query_and_custom_headers(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add(responses.POST, re.compile(".*"), json={"tax_rate": {"id": "txr_1"}})
    AdminTaxRatesResource(medusa.client).create(
        {"code": "V", "name": "V", "region_id": "r"},
        query={"expand": ["products"]},
        custom_headers={"X-A": "1"},
    )
    request = sent(mocked)[0]
    assert request.query == "expand%5B0%5D=products"
    assert request.header("X-A") == "1"
    assert request.json == {"code": "V", "name": "V", "region_id": "r"}


def test_list_results_page_through_with_the_same_query(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add(
        responses.GET,
        BASE_URL + "/admin/products?limit=1&expand=variants",
        json={"products": [{"id": "p1"}], "count": 2, "offset": 0, "limit": 1},
        match=[matchers.query_string_matcher("limit=1&expand=variants")],
    )
    mocked.add(
        responses.GET,
        BASE_URL + "/admin/products?limit=1&expand=variants&offset=1",
        json={"products": [{"id": "p2"}], "count": 2, "offset": 1, "limit": 1},
        match=[matchers.query_string_matcher("limit=1&expand=variants&offset=1")],
    )
    page = AdminProductsResource(medusa.client).list({"limit": 1, "expand": "variants"})
    assert [p.id for p in page.auto_paging_iter()] == ["p1", "p2"]


def test_variant_inventory_as_the_server_sends_it(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    body = {"variant": {"id": "v_1", "inventory": [], "sales_channel_availability": []}}
    mocked.add(responses.GET, BASE_URL + "/admin/variants/v_1/inventory", json=body)
    result = AdminVariantsResource(medusa.client).get_inventory("v_1")
    assert result.variant.inventory == []


def test_store_retrieve_as_the_server_sends_it(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    providers = [{"id": "manual", "is_installed": True}]
    body = {"store": {"id": "store_1", "payment_providers": providers, "fulfillment_providers": providers}}
    mocked.add(responses.GET, BASE_URL + "/admin/store", json=body)
    result = AdminStoresResource(medusa.client).retrieve()
    assert result.store.id == "store_1"
    assert [p.id for p in result.store.payment_providers] == ["manual"]
    assert [p.id for p in result.store.fulfillment_providers] == ["manual"]


# ---------------------------------------------------------------------------- uploads (multipart)


def multipart_parts(raw: bytes, content_type: str) -> Tuple[str, List[Tuple[str, str, bytes]]]:
    match = re.fullmatch(r"multipart/form-data; boundary=(\S+)", content_type)
    assert match, content_type
    boundary = match.group(1)
    assert b"--" + boundary.encode() in raw
    assert raw.rstrip().endswith(b"--" + boundary.encode() + b"--")
    parts = []
    for chunk in raw.split(b"--" + boundary.encode())[1:-1]:
        head, _, data = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = re.search(rb'name="([^"]*)"; filename="([^"]*)"', head)
        assert disposition, head
        parts.append((disposition.group(1).decode(), disposition.group(2).decode(), data))
    return boundary, parts


def upload_request(mocked: responses.RequestsMock) -> Tuple[Any, List[Tuple[str, str, bytes]]]:
    request = sent(mocked)[0]
    assert request.raw_body is not None
    _, parts = multipart_parts(request.raw_body, request.header("Content-Type") or "")
    return request, parts


@pytest.fixture
def upload_route(mocked: responses.RequestsMock) -> responses.RequestsMock:
    body = {"uploads": [{"url": "http://files/x", "key": "x"}]}
    mocked.add(responses.POST, BASE_URL + "/admin/uploads", json=body)
    mocked.add(responses.POST, BASE_URL + "/admin/uploads/protected", json=body)
    return mocked


def test_upload_one_path(medusa: Medusa, upload_route: responses.RequestsMock, tmp_path: Any) -> None:
    file = tmp_path / "photo.jpg"
    file.write_bytes(b"\xff\xd8 jpeg bytes")
    result = AdminUploadsResource(medusa.client).create(str(file))
    request, parts = upload_request(upload_route)
    assert parts == [("files", "photo.jpg", b"\xff\xd8 jpeg bytes")]
    assert request.header("x-medusa-access-token") == API_KEY
    assert request.header("Idempotency-Key")
    assert result.uploads[0].key == "x"


def test_upload_several_files_of_each_kind(
    medusa: Medusa, upload_route: responses.RequestsMock, tmp_path: Any
) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"from a path")
    handle = io.BytesIO(b"from a file object")
    handle.name = "/some/dir/b.csv"
    AdminUploadsResource(medusa.client).create_protected([file, b"raw one", handle, b"raw two"])
    request, parts = upload_request(upload_route)
    assert request.path == "/admin/uploads/protected"
    assert parts == [
        ("files", "a.txt", b"from a path"),
        ("files", "file1", b"raw one"),
        ("files", "b.csv", b"from a file object"),
        ("files", "file3", b"raw two"),
    ]


def test_upload_bytes_are_named_file0_file1(medusa: Medusa, upload_route: responses.RequestsMock) -> None:
    AdminUploadsResource(medusa.client).create((b"one", b"two"))
    _, parts = upload_request(upload_route)
    assert [(name, filename, data) for name, filename, data in parts] == [
        ("files", "file0", b"one"),
        ("files", "file1", b"two"),
    ]


def test_upload_custom_headers_keep_the_multipart_content_type(
    medusa: Medusa, upload_route: responses.RequestsMock
) -> None:
    AdminUploadsResource(medusa.client).create(b"x", custom_headers={"X-Trace": "up"})
    request, parts = upload_request(upload_route)
    assert request.header("X-Trace") == "up"
    assert len(parts) == 1


def test_upload_is_read_once_and_resent_on_retry(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(responses.POST, BASE_URL + "/admin/uploads", status=503, json={"type": "unknown_error"})
    mocked.add(responses.POST, BASE_URL + "/admin/uploads", json={"uploads": [{"url": "u", "key": "k"}]})
    handle = io.BytesIO(b"stream content")
    handle.name = "s.bin"
    result = AdminUploadsResource(medusa.client).create(handle, idempotent=True, max_retries=1)
    first, second = sent(mocked)
    assert first.raw_body is not None
    assert second.raw_body is not None
    for request in (first, second):
        _, parts = multipart_parts(request.raw_body or b"", request.header("Content-Type") or "")
        assert parts == [("files", "s.bin", b"stream content")]
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key")
    assert result.uploads[0].key == "k"


def test_upload_of_nothing_or_a_wrong_type_fails_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    uploads = AdminUploadsResource(medusa.client)
    with pytest.raises(ValueError, match="no file"):
        uploads.create([])
    with pytest.raises(TypeError, match="cannot upload"):
        uploads.create([123])  # type: ignore[list-item]
    assert sent(mocked) == []


def test_uploads_delete_sends_json(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add(
        responses.DELETE, BASE_URL + "/admin/uploads", json={"id": "k", "object": "file", "deleted": True}
    )
    result = AdminUploadsResource(medusa.client).delete({"file_key": "k"})
    request = sent(mocked)[0]
    assert request.json == {"file_key": "k"}
    assert request.header("Content-Type") == "application/json"
    assert result.deleted is True
