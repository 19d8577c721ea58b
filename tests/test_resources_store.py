"""Store resources (``medusa.carts``, ``medusa.products``, ...): each method's request and its result."""

from __future__ import annotations

import functools
from typing import Any, Dict, Optional, Tuple

import pytest
import responses

from medusa_client import Medusa
from medusa_client._client import Client
from medusa_client._exceptions import APIResponseValidationError
from medusa_client._resource import Resource
from medusa_client._serde import EmptyResponse
from medusa_client.models import (
    Cart,
    PaymentSession,
    StoreCartsRes,
    StoreCollectionsListRes,
    StoreCollectionsRes,
    StoreCompleteCartRes,
    StoreCustomersListOrdersRes,
    StoreCustomersListPaymentMethodsRes,
    StoreCustomersRes,
    StoreGetProductCategoriesCategoryRes,
    StoreGetProductCategoriesRes,
    StoreGetProductsParams,
    StoreGiftCardsRes,
    StoreOrderEditsRes,
    StoreOrdersRes,
    StorePaymentCollectionsRes,
    StorePaymentCollectionsSessionRes,
    StorePostCartsCartLineItemsReq,
    StorePostSearchRes,
    StoreProductsListRes,
    StoreProductsRes,
    StoreProductTagsListRes,
    StoreProductTypesListRes,
    StoreRegionsListRes,
    StoreRegionsRes,
    StoreReturnReasonsListRes,
    StoreReturnReasonsRes,
    StoreReturnsRes,
    StoreShippingOptionsListRes,
    StoreSwapsRes,
    StoreVariantsListRes,
    StoreVariantsRes,
)
from medusa_client.resources.store.addresses import AddressesResource
from medusa_client.resources.store.carts import CartsResource
from medusa_client.resources.store.collections import CollectionsResource
from medusa_client.resources.store.customers import CustomerResource
from medusa_client.resources.store.gift_cards import GiftCardsResource
from medusa_client.resources.store.line_items import LineItemsResource
from medusa_client.resources.store.order_edits import OrderEditsResource
from medusa_client.resources.store.orders import OrdersResource
from medusa_client.resources.store.payment_collections import PaymentCollectionsResource
from medusa_client.resources.store.payment_methods import PaymentMethodsResource
from medusa_client.resources.store.product_categories import ProductCategoriesResource
from medusa_client.resources.store.product_tags import ProductTagsResource
from medusa_client.resources.store.product_types import ProductTypesResource
from medusa_client.resources.store.products import ProductsResource
from medusa_client.resources.store.regions import RegionsResource
from medusa_client.resources.store.return_reasons import ReturnReasonsResource
from medusa_client.resources.store.returns import ReturnsResource
from medusa_client.resources.store.shipping_options import ShippingOptionsResource
from medusa_client.resources.store.swaps import SwapsResource
from medusa_client.resources.store.variants import ProductVariantsResource
from tests.conftest import BASE_URL, sent

# The top-level store resources by attribute name; nested ones are reached through their parent.
ROOTS: Dict[str, type] = {
    "carts": CartsResource,
    "collections": CollectionsResource,
    "customers": CustomerResource,
    "gift_cards": GiftCardsResource,
    "order_edits": OrderEditsResource,
    "orders": OrdersResource,
    "payment_collections": PaymentCollectionsResource,
    "payment_methods": PaymentMethodsResource,
    "product_categories": ProductCategoriesResource,
    "product_tags": ProductTagsResource,
    "product_types": ProductTypesResource,
    "products": ProductsResource,
    "regions": RegionsResource,
    "return_reasons": ReturnReasonsResource,
    "returns": ReturnsResource,
    "shipping_options": ShippingOptionsResource,
    "swaps": SwapsResource,
}


def resource(client: Client, target: str) -> Any:
    """``carts`` -> ``CartsResource(client)``, ``carts.line_items`` -> its ``line_items`` attribute."""
    root, *nested = target.split(".")
    return functools.reduce(getattr, nested, ROOTS[root](client))


def dig(obj: Any, dotted: str) -> Any:
    """``dig(result, "cart.items.0.id")``: attributes, and list indices for digits."""
    for part in dotted.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj


CART_RES = {"cart": {"id": "cart_1", "region_id": "reg_1", "items": [], "total": 2500}}
COMPLETE_RES = {
    "type": "order",
    "data": {"id": "order_1", "object": "order", "display_id": 7, "payment_status": "awaiting"},
}
COLLECTION = {"id": "pcol_1", "title": "Summer", "handle": "summer"}
CUSTOMER_RES = {"customer": {"id": "cus_1", "email": "jo@example.com", "has_account": True}}
ORDER = {"id": "order_1", "display_id": 7, "email": "jo@example.com"}
PAYCOL_RES = {"payment_collection": {"id": "paycol_1", "status": "not_paid", "amount": 1000}}
SESSION_RES = {"payment_session": {"id": "ps_1", "provider_id": "manual", "status": "authorized"}}
CATEGORY = {"id": "pcat_1", "name": "Shirts", "handle": "shirts"}
PRODUCT = {"id": "prod_1", "title": "Tee", "handle": "tee"}
VARIANT = {"id": "variant_1", "title": "S / Black", "product_id": "prod_1"}
REGION = {"id": "reg_1", "name": "US", "currency_code": "usd"}
REASON = {"id": "rr_1", "value": "damaged", "label": "Damaged"}
OPTIONS_RES = {"shipping_options": [{"id": "so_1", "name": "Standard", "amount": 1000}]}
SWAP_RES = {"swap": {"id": "swap_1", "order_id": "order_1", "cart_id": "cart_1"}}

ADDRESS = {"first_name": "Jo", "address_1": "1 Main St", "city": "Springfield", "country_code": "us"}


def case(
    target: str,
    call: str,
    args: Tuple[Any, ...],
    verb: str,
    path: str,
    *,
    query: str = "",
    body: Optional[Any] = None,
    answer: Any,
    result: type,
    check: Tuple[str, Any],
    kwargs: Optional[Dict[str, Any]] = None,
    id: str = "",
) -> Any:
    return pytest.param(
        target,
        call,
        args,
        kwargs or {},
        verb,
        path,
        query,
        body,
        answer,
        result,
        check,
        id=id or f"{target}.{call}",
    )


# Every expected request is written out literally: not derived from the code under test.
CASES = [
    # carts
    case(
        "carts",
        "add_shipping_method",
        ("cart_1", {"option_id": "so_1"}),
        "POST",
        "/store/carts/cart_1/shipping-methods",
        body={"option_id": "so_1"},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "complete",
        ("cart_1",),
        "POST",
        "/store/carts/cart_1/complete",
        answer=COMPLETE_RES,
        result=StoreCompleteCartRes,
        check=("data.id", "order_1"),
    ),
    case(
        "carts",
        "create",
        ({"region_id": "reg_1", "items": [{"variant_id": "variant_1", "quantity": 2}]},),
        "POST",
        "/store/carts",
        body={"region_id": "reg_1", "items": [{"variant_id": "variant_1", "quantity": 2}]},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.total", 2500),
    ),
    case(
        "carts",
        "create",
        (),
        "POST",
        "/store/carts",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
        id="carts.create-without-payload",
    ),
    case(
        "carts",
        "create_payment_sessions",
        ("cart_1",),
        "POST",
        "/store/carts/cart_1/payment-sessions",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "delete_discount",
        ("cart_1", "SUMMER 10%"),
        "DELETE",
        "/store/carts/cart_1/discounts/SUMMER%2010%25",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "delete_payment_session",
        ("cart_1", "manual"),
        "DELETE",
        "/store/carts/cart_1/payment-sessions/manual",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "refresh_payment_session",
        ("cart_1", "stripe"),
        "POST",
        "/store/carts/cart_1/payment-sessions/stripe/refresh",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "retrieve",
        ("a/b",),
        "GET",
        "/store/carts/a%2Fb",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.region_id", "reg_1"),
    ),
    case(
        "carts",
        "set_payment_session",
        ("cart_1", {"provider_id": "manual"}),
        "POST",
        "/store/carts/cart_1/payment-session",
        body={"provider_id": "manual"},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "update",
        ("cart_1", {"email": "jo@example.com"}),
        "POST",
        "/store/carts/cart_1",
        body={"email": "jo@example.com"},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "update_payment_session",
        ("cart_1", "manual", {"data": {"note": "x"}}),
        "POST",
        "/store/carts/cart_1/payment-sessions/manual",
        body={"data": {"note": "x"}},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts",
        "calculate_taxes",
        ("cart?1",),
        "POST",
        "/store/carts/cart%3F1/taxes",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    # carts.line_items
    case(
        "carts.line_items",
        "create",
        ("cart_1", {"variant_id": "variant_1", "quantity": 1}),
        "POST",
        "/store/carts/cart_1/line-items",
        body={"variant_id": "variant_1", "quantity": 1},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts.line_items",
        "update",
        ("cart_1", "item/1", {"quantity": 3}),
        "POST",
        "/store/carts/cart_1/line-items/item%2F1",
        body={"quantity": 3},
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    case(
        "carts.line_items",
        "delete",
        ("cart_1", "item_1"),
        "DELETE",
        "/store/carts/cart_1/line-items/item_1",
        answer=CART_RES,
        result=StoreCartsRes,
        check=("cart.id", "cart_1"),
    ),
    # collections
    case(
        "collections",
        "retrieve",
        ("a/b",),
        "GET",
        "/store/collections/a%2Fb",
        answer={"collection": COLLECTION},
        result=StoreCollectionsRes,
        check=("collection.handle", "summer"),
    ),
    case(
        "collections",
        "list",
        ({"limit": 5, "handle": ["summer", "winter"]},),
        "GET",
        "/store/collections",
        query="limit=5&handle%5B0%5D=summer&handle%5B1%5D=winter",
        answer={"collections": [COLLECTION], "count": 1, "offset": 0, "limit": 5},
        result=StoreCollectionsListRes,
        check=("count", 1),
    ),
    # customers
    case(
        "customers",
        "create",
        ({"first_name": "Jo", "last_name": "Doe", "email": "jo@example.com", "password": "pw"},),
        "POST",
        "/store/customers",
        body={"first_name": "Jo", "last_name": "Doe", "email": "jo@example.com", "password": "pw"},
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.email", "jo@example.com"),
    ),
    case(
        "customers",
        "retrieve",
        (),
        "GET",
        "/store/customers/me",
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.id", "cus_1"),
    ),
    case(
        "customers",
        "update",
        ({"phone": "+1 555"},),
        "POST",
        "/store/customers/me",
        body={"phone": "+1 555"},
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.id", "cus_1"),
    ),
    case(
        "customers",
        "list_orders",
        ({"limit": 5, "expand": "items", "status": ["pending", "completed"]},),
        "GET",
        "/store/customers/me/orders",
        query="limit=5&expand=items&status%5B0%5D=pending&status%5B1%5D=completed",
        answer={"orders": [ORDER], "count": 1, "offset": 0, "limit": 5},
        result=StoreCustomersListOrdersRes,
        check=("limit", 5),
    ),
    case(
        "customers",
        "reset_password",
        ({"email": "jo@example.com", "token": "tok", "password": "new"},),
        "POST",
        "/store/customers/password-reset",
        body={"email": "jo@example.com", "token": "tok", "password": "new"},
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.id", "cus_1"),
    ),
    case(
        "customers",
        "generate_password_token",
        ({"email": "jo@example.com"},),
        "POST",
        "/store/customers/password-token",
        body={"email": "jo@example.com"},
        answer=None,
        result=EmptyResponse,
        check=("additional_properties", {}),
    ),
    # customers.addresses
    case(
        "customers.addresses",
        "add_address",
        ({"address": ADDRESS},),
        "POST",
        "/store/customers/me/addresses",
        body={"address": ADDRESS},
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.id", "cus_1"),
    ),
    case(
        "customers.addresses",
        "delete_address",
        ("addr/1",),
        "DELETE",
        "/store/customers/me/addresses/addr%2F1",
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.id", "cus_1"),
    ),
    case(
        "customers.addresses",
        "update_address",
        ("addr_1", {"city": "Shelbyville"}),
        "POST",
        "/store/customers/me/addresses/addr_1",
        body={"city": "Shelbyville"},
        answer=CUSTOMER_RES,
        result=StoreCustomersRes,
        check=("customer.id", "cus_1"),
    ),
    # customers.payment_methods and payment_methods (the same class)
    case(
        "customers.payment_methods",
        "list",
        (),
        "GET",
        "/store/customers/me/payment-methods",
        answer={"payment_methods": [{"provider_id": "stripe", "data": {"card": "visa"}}]},
        result=StoreCustomersListPaymentMethodsRes,
        check=("payment_methods.0.provider_id", "stripe"),
    ),
    case(
        "payment_methods",
        "list",
        (),
        "GET",
        "/store/customers/me/payment-methods",
        answer={"payment_methods": [{"provider_id": "stripe", "data": {"card": "visa"}}]},
        result=StoreCustomersListPaymentMethodsRes,
        check=("payment_methods.0.data", {"card": "visa"}),
    ),
    # gift_cards
    case(
        "gift_cards",
        "retrieve",
        ("AB/CD",),
        "GET",
        "/store/gift-cards/AB%2FCD",
        answer={"gift_card": {"id": "gift_1", "code": "AB/CD", "value": 1000, "balance": 400}},
        result=StoreGiftCardsRes,
        check=("gift_card.balance", 400),
    ),
    # order_edits
    case(
        "order_edits",
        "retrieve",
        ("oe/1",),
        "GET",
        "/store/order-edits/oe%2F1",
        answer={"order_edit": {"id": "oe_1", "status": "requested"}},
        result=StoreOrderEditsRes,
        check=("order_edit.status", "requested"),
    ),
    case(
        "order_edits",
        "decline",
        ("oe_1", {"declined_reason": "too expensive"}),
        "POST",
        "/store/order-edits/oe_1/decline",
        body={"declined_reason": "too expensive"},
        answer={"order_edit": {"id": "oe_1", "status": "declined"}},
        result=StoreOrderEditsRes,
        check=("order_edit.status", "declined"),
    ),
    case(
        "order_edits",
        "complete",
        ("oe_1",),
        "POST",
        "/store/order-edits/oe_1/complete",
        answer={"order_edit": {"id": "oe_1", "status": "confirmed"}},
        result=StoreOrderEditsRes,
        check=("order_edit.status", "confirmed"),
    ),
    # orders
    case(
        "orders",
        "retrieve",
        ("order/1",),
        "GET",
        "/store/orders/order%2F1",
        answer={"order": ORDER},
        result=StoreOrdersRes,
        check=("order.display_id", 7),
    ),
    case(
        "orders",
        "retrieve_by_cart_id",
        ("cart/1",),
        "GET",
        "/store/orders/cart/cart%2F1",
        answer={"order": ORDER},
        result=StoreOrdersRes,
        check=("order.id", "order_1"),
    ),
    case(
        "orders",
        "lookup_order",
        ({"display_id": 7, "email": "jo+x@example.com", "shipping_address": {"postal_code": "12 345"}},),
        "GET",
        "/store/orders",
        query="display_id=7&email=jo%2Bx%40example.com&shipping_address%5Bpostal_code%5D=12%20345",
        answer={"order": ORDER},
        result=StoreOrdersRes,
        check=("order.email", "jo@example.com"),
    ),
    case(
        "orders",
        "request_customer_orders",
        ({"order_ids": ["order_1", "order_2"]},),
        "POST",
        "/store/orders/batch/customer/token",
        body={"order_ids": ["order_1", "order_2"]},
        answer="OK",
        result=EmptyResponse,
        check=("additional_properties", {}),
    ),
    case(
        "orders",
        "confirm_request",
        ({"token": "tok"},),
        "POST",
        "/store/orders/customer/confirm",
        body={"token": "tok"},
        answer="OK",
        result=EmptyResponse,
        check=("additional_properties", {}),
    ),
    # payment_collections
    case(
        "payment_collections",
        "retrieve",
        ("paycol/1", {"expand": "payment_sessions", "fields": "id,status"}),
        "GET",
        "/store/payment-collections/paycol%2F1",
        query="expand=payment_sessions&fields=id%2Cstatus",
        answer=PAYCOL_RES,
        result=StorePaymentCollectionsRes,
        check=("payment_collection.status", "not_paid"),
    ),
    case(
        "payment_collections",
        "authorize_payment_session",
        ("paycol_1", "ps_1"),
        "POST",
        "/store/payment-collections/paycol_1/sessions/ps_1/authorize",
        answer=SESSION_RES,
        result=StorePaymentCollectionsSessionRes,
        check=("payment_session.status", "authorized"),
    ),
    case(
        "payment_collections",
        "authorize_payment_sessions_batch",
        ("paycol_1", {"session_ids": ["ps_1", "ps_2"]}),
        "POST",
        "/store/payment-collections/paycol_1/sessions/batch/authorize",
        body={"session_ids": ["ps_1", "ps_2"]},
        answer=PAYCOL_RES,
        result=StorePaymentCollectionsRes,
        check=("payment_collection.id", "paycol_1"),
    ),
    case(
        "payment_collections",
        "manage_payment_sessions_batch",
        ("paycol_1", {"sessions": [{"provider_id": "manual", "amount": 1000}]}),
        "POST",
        "/store/payment-collections/paycol_1/sessions/batch",
        body={"sessions": [{"provider_id": "manual", "amount": 1000}]},
        answer=PAYCOL_RES,
        result=StorePaymentCollectionsRes,
        check=("payment_collection.amount", 1000),
    ),
    case(
        "payment_collections",
        "manage_payment_session",
        ("paycol_1", {"provider_id": "manual"}),
        "POST",
        "/store/payment-collections/paycol_1/sessions",
        body={"provider_id": "manual"},
        answer=PAYCOL_RES,
        result=StorePaymentCollectionsRes,
        check=("payment_collection.id", "paycol_1"),
    ),
    case(
        "payment_collections",
        "refresh_payment_session",
        ("paycol_1", "ps/1"),
        "POST",
        "/store/payment-collections/paycol_1/sessions/ps%2F1",
        answer=SESSION_RES,
        result=StorePaymentCollectionsSessionRes,
        check=("payment_session.id", "ps_1"),
    ),
    # product_categories
    case(
        "product_categories",
        "retrieve",
        ("pcat/1", {"expand": "category_children"}),
        "GET",
        "/store/product-categories/pcat%2F1",
        query="expand=category_children",
        answer={"product_category": CATEGORY},
        result=StoreGetProductCategoriesCategoryRes,
        check=("product_category.handle", "shirts"),
    ),
    case(
        "product_categories",
        "list",
        ({"parent_category_id": "pcat_0", "include_descendants_tree": True, "limit": 5},),
        "GET",
        "/store/product-categories",
        query="parent_category_id=pcat_0&include_descendants_tree=true&limit=5",
        answer={"product_categories": [CATEGORY], "count": 1, "offset": 0, "limit": 5},
        result=StoreGetProductCategoriesRes,
        check=("count", 1),
    ),
    # product_tags, product_types
    case(
        "product_tags",
        "list",
        ({"value": ["cotton", "wool"], "order": "-value"},),
        "GET",
        "/store/product-tags",
        query="value%5B0%5D=cotton&value%5B1%5D=wool&order=-value",
        answer={"product_tags": [{"id": "ptag_1", "value": "cotton"}], "count": 1, "offset": 0, "limit": 10},
        result=StoreProductTagsListRes,
        check=("count", 1),
    ),
    case(
        "product_types",
        "list",
        ({"q": "shirt", "limit": 2},),
        "GET",
        "/store/product-types",
        query="q=shirt&limit=2",
        answer={"product_types": [{"id": "ptyp_1", "value": "shirt"}], "count": 1, "offset": 0, "limit": 2},
        result=StoreProductTypesListRes,
        check=("limit", 2),
    ),
    # products
    case(
        "products",
        "retrieve",
        ("prod/1",),
        "GET",
        "/store/products/prod%2F1",
        answer={"product": PRODUCT},
        result=StoreProductsRes,
        check=("product.title", "Tee"),
    ),
    case(
        "products",
        "search",
        ({"q": "tee", "limit": 3},),
        "POST",
        "/store/products/search",
        body={"q": "tee", "limit": 3},
        answer={"hits": [{"id": "prod_1"}]},
        result=StorePostSearchRes,
        check=("hits", [{"id": "prod_1"}]),
    ),
    case(
        "products",
        "list",
        ({"limit": 5, "expand": "variants", "id": ["prod_1", "prod_2"], "region_id": "reg_1"},),
        "GET",
        "/store/products",
        query="limit=5&expand=variants&id%5B0%5D=prod_1&id%5B1%5D=prod_2&region_id=reg_1",
        answer={"products": [PRODUCT], "count": 1, "offset": 0, "limit": 5},
        result=StoreProductsListRes,
        check=("count", 1),
    ),
    # products.variants
    case(
        "products.variants",
        "retrieve",
        ("variant/1",),
        "GET",
        "/store/variants/variant%2F1",
        answer={"variant": VARIANT},
        result=StoreVariantsRes,
        check=("variant.product_id", "prod_1"),
    ),
    case(
        "products.variants",
        "list",
        ({"ids": "variant_1,variant_2", "region_id": "reg_1", "limit": 5},),
        "GET",
        "/store/variants",
        query="ids=variant_1%2Cvariant_2&region_id=reg_1&limit=5",
        answer={"variants": [VARIANT]},
        result=StoreVariantsListRes,
        check=("variants.0.id", "variant_1"),
    ),
    # regions
    case(
        "regions",
        "list",
        (),
        "GET",
        "/store/regions",
        answer={"regions": [REGION], "count": 1, "offset": 0, "limit": 100},
        result=StoreRegionsListRes,
        check=("count", 1),
    ),
    case(
        "regions",
        "retrieve",
        ("reg/1",),
        "GET",
        "/store/regions/reg%2F1",
        answer={"region": REGION},
        result=StoreRegionsRes,
        check=("region.currency_code", "usd"),
    ),
    # return_reasons
    case(
        "return_reasons",
        "retrieve",
        ("rr/1",),
        "GET",
        "/store/return-reasons/rr%2F1",
        answer={"return_reason": REASON},
        result=StoreReturnReasonsRes,
        check=("return_reason.value", "damaged"),
    ),
    case(
        "return_reasons",
        "list",
        (),
        "GET",
        "/store/return-reasons",
        answer={"return_reasons": [REASON]},
        result=StoreReturnReasonsListRes,
        check=("return_reasons.0.label", "Damaged"),
    ),
    # returns
    case(
        "returns",
        "create",
        ({"order_id": "order_1", "items": [{"item_id": "item_1", "quantity": 1}]},),
        "POST",
        "/store/returns",
        body={"order_id": "order_1", "items": [{"item_id": "item_1", "quantity": 1}]},
        answer={"return": {"id": "ret_1", "status": "requested"}},
        result=StoreReturnsRes,
        check=("return_.status", "requested"),
    ),
    # shipping_options
    case(
        "shipping_options",
        "list_cart_options",
        ("cart/1",),
        "GET",
        "/store/shipping-options/cart%2F1",
        answer=OPTIONS_RES,
        result=StoreShippingOptionsListRes,
        check=("shipping_options.0.amount", 1000),
    ),
    case(
        "shipping_options",
        "list",
        ({"is_return": False, "product_ids": "prod_1,prod_2", "region_id": "reg_1"},),
        "GET",
        "/store/shipping-options",
        query="is_return=false&product_ids=prod_1%2Cprod_2&region_id=reg_1",
        answer=OPTIONS_RES,
        result=StoreShippingOptionsListRes,
        check=("shipping_options.0.name", "Standard"),
    ),
    case(
        "shipping_options",
        "list",
        (),
        "GET",
        "/store/shipping-options",
        kwargs={"query": {"region_id": "reg_1"}, "custom_headers": {"X-Trace": "q"}},
        query="region_id=reg_1",
        answer=OPTIONS_RES,
        result=StoreShippingOptionsListRes,
        check=("shipping_options.0.id", "so_1"),
        id="shipping_options.list-query-keyword",
    ),
    # swaps
    case(
        "swaps",
        "create",
        (
            {
                "order_id": "order_1",
                "return_items": [{"item_id": "item_1", "quantity": 1}],
                "additional_items": [{"variant_id": "variant_2", "quantity": 1}],
            },
        ),
        "POST",
        "/store/swaps",
        body={
            "order_id": "order_1",
            "return_items": [{"item_id": "item_1", "quantity": 1}],
            "additional_items": [{"variant_id": "variant_2", "quantity": 1}],
        },
        answer=SWAP_RES,
        result=StoreSwapsRes,
        check=("swap.order_id", "order_1"),
    ),
    case(
        "swaps",
        "retrieve_by_cart_id",
        ("cart/1",),
        "GET",
        "/store/swaps/cart%2F1",
        answer=SWAP_RES,
        result=StoreSwapsRes,
        check=("swap.cart_id", "cart_1"),
    ),
]


def register(mocked: responses.RequestsMock, verb: str, path: str, answer: Any) -> None:
    """A dict answers as JSON (200), a str as text/plain (200), ``None`` as an empty 204."""
    if answer is None:
        mocked.add(verb, BASE_URL + path, status=204, body="")
    elif isinstance(answer, str):
        mocked.add(verb, BASE_URL + path, body=answer, content_type="text/plain")
    else:
        mocked.add(verb, BASE_URL + path, json=answer)


@pytest.mark.parametrize(
    ("target", "call", "args", "kwargs", "verb", "path", "query", "body", "answer", "result_cls", "check"),
    CASES,
)
def test_method_sends_the_documented_request(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    target: str,
    call: str,
    args: Tuple[Any, ...],
    kwargs: Dict[str, Any],
    verb: str,
    path: str,
    query: str,
    body: Optional[Any],
    answer: Any,
    result_cls: type,
    check: Tuple[str, Any],
) -> None:
    register(mocked, verb, path, answer)
    result: Any = getattr(resource(medusa.client, target), call)(*args, **kwargs)

    [request] = sent(mocked)
    assert (request.method, request.path, request.query) == (verb, path, query)
    if body is None:
        assert request.raw_body is None
        assert request.header("Content-Type") is None
    else:
        assert request.json == body
        assert request.header("Content-Type") == "application/json"
    assert request.header("x-medusa-access-token") is None
    assert request.header("Accept") == "application/json"
    assert (request.header("Idempotency-Key") is not None) == (verb == "POST")
    assert result.response.status_code == (204 if answer is None else 200)
    assert dig(result, check[0]) == check[1]
    assert type(result) is result_cls


def test_every_store_method_has_a_case() -> None:
    covered = {(target, call) for target, call, *_ in (c.values for c in CASES)}
    expected = set()
    for target in [
        *ROOTS,
        "carts.line_items",
        "customers.addresses",
        "customers.payment_methods",
        "products.variants",
    ]:
        cls = type(resource(Client("http://medusa.test"), target))
        methods = {name for name in vars(cls) if not name.startswith("_")}
        expected |= {(target, name) for name in methods}
    assert covered == expected
    # 65 medusa-js store methods minus the 5 of ``auth``, plus ``carts.calculate_taxes``.
    assert len(expected) == 61


def test_nested_resources_are_attributes_of_their_parent(medusa: Medusa) -> None:
    carts = CartsResource(medusa.client)
    customers = CustomerResource(medusa.client)
    products = ProductsResource(medusa.client)
    assert isinstance(carts.line_items, LineItemsResource)
    assert isinstance(customers.addresses, AddressesResource)
    assert isinstance(customers.payment_methods, PaymentMethodsResource)
    assert isinstance(products.variants, ProductVariantsResource)
    for child in (carts.line_items, customers.addresses, customers.payment_methods, products.variants):
        assert isinstance(child, Resource)
        assert child._client is medusa.client


def test_calculate_taxes_is_added(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    """medusa-js has no method for ``POST /store/carts/{id}/taxes``; the server does."""
    mocked.add("POST", BASE_URL + "/store/carts/cart_1/taxes", json=CART_RES)
    result = CartsResource(medusa.client).calculate_taxes("cart_1", custom_headers={"X-Trace": "t1"})
    [request] = sent(mocked)
    assert request.raw_body is None
    assert request.header("Idempotency-Key")
    assert request.header("X-Trace") == "t1"
    assert isinstance(result.cart, Cart)
    assert result.cart.total == 2500


@pytest.mark.parametrize(
    ("target", "call", "args", "path", "answer"),
    [
        ("carts", "complete", ("cart_1",), "/store/carts/cart_1/complete", COMPLETE_RES),
        ("carts", "calculate_taxes", ("cart_1",), "/store/carts/cart_1/taxes", CART_RES),
        ("carts", "create_payment_sessions", ("cart_1",), "/store/carts/cart_1/payment-sessions", CART_RES),
    ],
)
def test_replayable_routes_are_retried_with_the_same_key(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    target: str,
    call: str,
    args: Tuple[Any, ...],
    path: str,
    answer: Dict[str, Any],
) -> None:
    """Repeating these cannot write twice (a completed cart returns its order), so a 502 is retried."""
    mocked.add("POST", BASE_URL + path, status=502, body="Bad Gateway")
    mocked.add("POST", BASE_URL + path, json=answer)
    getattr(resource(medusa.client, target), call)(*args)
    first, second = sent(mocked)
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key") is not None
    assert first.raw_body == second.raw_body


@pytest.mark.parametrize(
    ("target", "call", "args", "path"),
    [
        (
            "carts.line_items",
            "create",
            ("cart_1", {"variant_id": "variant_1", "quantity": 1}),
            "/store/carts/cart_1/line-items",
        ),
        ("returns", "create", ({"order_id": "order_1", "items": []},), "/store/returns"),
        ("swaps", "create", ({"order_id": "order_1"},), "/store/swaps"),
    ],
)
def test_writes_the_server_does_not_dedupe_are_sent_once(
    medusa: Medusa, mocked: responses.RequestsMock, target: str, call: str, args: Tuple[Any, ...], path: str
) -> None:
    """The server ignores caller-chosen Idempotency-Keys here, so a retry could add a second line item."""
    mocked.add("POST", BASE_URL + path, status=502, body="Bad Gateway")
    with pytest.raises(Exception, match="502"):
        getattr(resource(medusa.client, target), call)(*args)
    assert len(sent(mocked)) == 1


def test_other_store_writes_are_not_repeated_after_an_ambiguous_failure(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", BASE_URL + "/store/carts/cart_1", status=502, body="Bad Gateway")
    with pytest.raises(Exception, match="502"):
        CartsResource(medusa.client).update("cart_1", {"email": "jo@example.com"})
    assert len(sent(mocked)) == 1


def test_authorize_payment_session_returns_the_session(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    """medusa-js types the result as a payment collection; the server answers ``{"payment_session": ...}``."""
    path = "/store/payment-collections/paycol_1/sessions/ps_1/authorize"
    mocked.add("POST", BASE_URL + path, json=SESSION_RES)
    result = PaymentCollectionsResource(medusa.client).authorize_payment_session("paycol_1", "ps_1")
    assert isinstance(result, StorePaymentCollectionsSessionRes)
    assert isinstance(result.payment_session, PaymentSession)
    assert result.payment_session.provider_id == "manual"
    assert result.additional_properties == {}


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
    result = getattr(OrdersResource(medusa.client), call)({"token": "t"}, custom_headers={"X-Trace": "t2"})
    assert isinstance(result, EmptyResponse)
    assert result.response.text == "OK"
    assert sent(mocked)[0].header("X-Trace") == "t2"

    mocked.add("POST", BASE_URL + path, json={"ok": True})
    assert getattr(OrdersResource(medusa.client), call)({"token": "t"}).additional_properties == {"ok": True}

    mocked.replace("POST", BASE_URL + path, body="<html>proxy page</html>", content_type="text/html")
    with pytest.raises(APIResponseValidationError):
        getattr(OrdersResource(medusa.client), call)({"token": "t"})


def test_generate_password_token_accepts_the_empty_204(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("POST", BASE_URL + "/store/customers/password-token", status=204, body="")
    result = CustomerResource(medusa.client).generate_password_token({"email": "jo@example.com"})
    assert isinstance(result, EmptyResponse)
    assert result.response.status_code == 204


def test_lookup_order_requires_a_query(medusa: Medusa) -> None:
    with pytest.raises(TypeError):
        OrdersResource(medusa.client).lookup_order()  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("target", "call", "args"),
    [
        ("carts", "retrieve", ("",)),
        ("carts", "delete_discount", ("cart_1", " ")),
        ("carts", "update_payment_session", ("", "manual", {})),
        ("carts", "calculate_taxes", ("",)),
        ("carts.line_items", "delete", ("cart_1", "")),
        ("customers.addresses", "delete_address", ("",)),
        ("gift_cards", "retrieve", ("",)),
        ("order_edits", "complete", ("",)),
        ("orders", "retrieve_by_cart_id", ("",)),
        ("payment_collections", "refresh_payment_session", ("paycol_1", "")),
        ("products.variants", "retrieve", ("",)),
        ("shipping_options", "list_cart_options", ("\n",)),
        ("swaps", "retrieve_by_cart_id", ("",)),
    ],
)
def test_empty_ids_fail_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock, target: str, call: str, args: Tuple[Any, ...]
) -> None:
    with pytest.raises(ValueError, match="must"):
        getattr(resource(medusa.client, target), call)(*args)
    assert sent(mocked) == []


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
    getattr(resource(medusa.client, target), call)(*args, custom_headers={"X-Request-Id": "r1"})
    [request] = sent(mocked)
    assert request.header("X-Request-Id") == "r1"
    assert request.header("Authorization") == "Bearer customer.jwt"
    assert request.header("x-medusa-access-token") is None


def test_models_as_payload_and_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/store/carts/cart_1/line-items", json=CART_RES)
    CartsResource(medusa.client).line_items.create(
        "cart_1", StorePostCartsCartLineItemsReq(variant_id="variant_1", quantity=2)
    )
    assert sent(mocked)[0].json == {"variant_id": "variant_1", "quantity": 2}

    mocked.add(
        "GET", BASE_URL + "/store/products", json={"products": [], "count": 0, "offset": 0, "limit": 5}
    )
    ProductsResource(medusa.client).list(
        StoreGetProductsParams(limit=5, category_id=["pcat_1"], is_giftcard=False)
    )
    assert sent(mocked)[1].query == "is_giftcard=false&category_id%5B0%5D=pcat_1&limit=5"


def test_empty_query_adds_no_question_mark(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    """medusa-js leaves a bare ``?`` for ``list({})``."""
    mocked.add(
        "GET", BASE_URL + "/store/products", json={"products": [], "count": 0, "offset": 0, "limit": 5}
    )
    ProductsResource(medusa.client).list({})
    [request] = sent(mocked)
    assert request.query == ""
    assert mocked.calls[0].request.url == BASE_URL + "/store/products"


def test_list_pages_keep_the_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    url = BASE_URL + "/store/products"
    mocked.add("GET", url, json={"products": [PRODUCT, PRODUCT], "count": 3, "offset": 0, "limit": 2})
    mocked.add("GET", url, json={"products": [{"id": "prod_3"}], "count": 3, "offset": 2, "limit": 2})
    page = ProductsResource(medusa.client).list({"limit": 2, "region_id": "reg_1"})
    ids = [product.id for product in page.auto_paging_iter()]
    assert ids == ["prod_1", "prod_1", "prod_3"]
    assert [r.query for r in sent(mocked)] == ["limit=2&region_id=reg_1", "limit=2&region_id=reg_1&offset=2"]
