"""Admin resources, part A: each method's request on the wire and its typed result, plus the fixes.

Resources: batch_jobs, collections, currencies, custom, customers, discounts, draft_orders, gift_cards,
inventory_items, invites, notes, notifications, order_edits, orders, payment_collections, payments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Dict, Optional

import pytest
import responses

from medusa_client import Medusa
from medusa_client._serde import EmptyResponse, JSONResponse
from medusa_client.models import (
    AdminGetBatchParams,
    AdminOrdersRes,
    AdminPostDiscountsDiscountConditions,
    DateComparison,
)
from medusa_client.resources.admin.batch_jobs import AdminBatchJobsResource
from medusa_client.resources.admin.collections import AdminCollectionsResource
from medusa_client.resources.admin.currencies import AdminCurrenciesResource
from medusa_client.resources.admin.custom import AdminCustomResource
from medusa_client.resources.admin.customers import AdminCustomersResource
from medusa_client.resources.admin.discounts import AdminDiscountsResource
from medusa_client.resources.admin.draft_orders import AdminDraftOrdersResource
from medusa_client.resources.admin.gift_cards import AdminGiftCardsResource
from medusa_client.resources.admin.inventory_items import AdminInventoryItemsResource
from medusa_client.resources.admin.invites import AdminInvitesResource
from medusa_client.resources.admin.notes import AdminNotesResource
from medusa_client.resources.admin.notifications import AdminNotificationsResource
from medusa_client.resources.admin.order_edits import AdminOrderEditsResource
from medusa_client.resources.admin.orders import AdminOrdersResource
from medusa_client.resources.admin.payment_collections import AdminPaymentCollectionsResource
from medusa_client.resources.admin.payments import AdminPaymentsResource
from tests.conftest import API_KEY, BASE_URL, sent

RESOURCES: Dict[str, Any] = {
    "batch_jobs": AdminBatchJobsResource,
    "collections": AdminCollectionsResource,
    "currencies": AdminCurrenciesResource,
    "custom": AdminCustomResource,
    "customers": AdminCustomersResource,
    "discounts": AdminDiscountsResource,
    "draft_orders": AdminDraftOrdersResource,
    "gift_cards": AdminGiftCardsResource,
    "inventory_items": AdminInventoryItemsResource,
    "invites": AdminInvitesResource,
    "notes": AdminNotesResource,
    "notifications": AdminNotificationsResource,
    "order_edits": AdminOrderEditsResource,
    "orders": AdminOrdersResource,
    "payment_collections": AdminPaymentCollectionsResource,
    "payments": AdminPaymentsResource,
}

TS = "2026-11-25T17:51:29.756Z"
ORDER = {"id": "order_1", "status": "pending", "email": "a@example.com", "created_at": TS}
DISCOUNT = {"id": "disc_1", "code": "TEN", "is_dynamic": False}


def _deleted(id: str, obj: str) -> Dict[str, Any]:
    return {"id": id, "object": obj, "deleted": True}


def _page(key: str, item: Dict[str, Any]) -> Dict[str, Any]:
    return {key: [item], "count": 1, "offset": 0, "limit": 10}


# Result class name -> (canned JSON body, dotted path of a field to read, its value). ``None`` body: the
# plain-text ``OK`` that ``res.sendStatus(200)`` answers.
CANNED: Dict[str, Any] = {
    "AdminBatchJobRes": (
        {"batch_job": {"id": "batch_1", "type": "product-export"}},
        "batch_job.id",
        "batch_1",
    ),
    "AdminBatchJobListRes": (_page("batch_jobs", {"id": "batch_1"}), "batch_jobs.0.id", "batch_1"),
    "AdminCollectionsRes": (
        {"collection": {"id": "pcol_1", "title": "Summer"}},
        "collection.title",
        "Summer",
    ),
    "AdminCollectionsDeleteRes": (_deleted("pcol_1", "product-collection"), "deleted", True),
    "AdminCollectionsListRes": (_page("collections", {"id": "pcol_1"}), "collections.0.id", "pcol_1"),
    "AdminDeleteProductsFromCollectionRes": (
        {"id": "pcol_1", "object": "product-collection", "removed_products": ["prod_1"]},
        "removed_products.0",
        "prod_1",
    ),
    "AdminCurrenciesListRes": (_page("currencies", {"code": "usd"}), "currencies.0.code", "usd"),
    "AdminCurrenciesRes": (
        {"currency": {"code": "usd", "includes_tax": True}},
        "currency.includes_tax",
        True,
    ),
    "JSONResponse": ({"posts": [{"id": "post_1"}]}, "data.posts.0.id", "post_1"),
    "AdminCustomersRes": (
        {"customer": {"id": "cus_1", "email": "a@example.com"}},
        "customer.email",
        "a@example.com",
    ),
    "AdminCustomersListRes": (_page("customers", {"id": "cus_1"}), "customers.0.id", "cus_1"),
    "AdminDiscountsRes": ({"discount": DISCOUNT}, "discount.code", "TEN"),
    "AdminDiscountsDeleteRes": (_deleted("disc_1", "discount"), "id", "disc_1"),
    "AdminDiscountConditionsRes": (
        {"discount_condition": {"id": "cond_1", "type": "products", "operator": "in"}},
        "discount_condition.id",
        "cond_1",
    ),
    "AdminDiscountsListRes": (_page("discounts", DISCOUNT), "discounts.0.id", "disc_1"),
    "AdminDraftOrdersRes": (
        {"draft_order": {"id": "dorder_1", "status": "open"}},
        "draft_order.id",
        "dorder_1",
    ),
    "AdminDraftOrdersDeleteRes": (_deleted("dorder_1", "draft-order"), "object", "draft-order"),
    "AdminDraftOrdersListRes": (_page("draft_orders", {"id": "dorder_1"}), "draft_orders.0.id", "dorder_1"),
    "AdminPostDraftOrdersDraftOrderRegisterPaymentRes": ({"order": ORDER}, "order.id", "order_1"),
    "AdminGiftCardsRes": (
        {"gift_card": {"id": "gift_1", "code": "ABCD", "value": 1000}},
        "gift_card.value",
        1000,
    ),
    "AdminGiftCardsDeleteRes": (_deleted("gift_1", "gift-card"), "id", "gift_1"),
    "AdminGiftCardsListRes": (_page("gift_cards", {"id": "gift_1"}), "gift_cards.0.id", "gift_1"),
    "AdminInventoryItemsRes": (
        {"inventory_item": {"id": "iitem_1", "sku": "SKU-1"}},
        "inventory_item.sku",
        "SKU-1",
    ),
    "AdminInventoryItemsDeleteRes": (_deleted("iitem_1", "inventory_item"), "deleted", True),
    "AdminInventoryItemsListWithVariantsAndLocationLevelsRes": (
        _page("inventory_items", {"id": "iitem_1"}),
        "inventory_items.0.id",
        "iitem_1",
    ),
    "AdminInventoryItemsLocationLevelsRes": (
        {"inventory_item": {"id": "iitem_1", "location_levels": []}},
        "inventory_item.id",
        "iitem_1",
    ),
    "EmptyResponse": (None, "response.text", "OK"),
    "AdminInviteDeleteRes": (_deleted("invite_1", "invite"), "id", "invite_1"),
    "AdminListInvitesRes": (
        {"invites": [{"id": "invite_1", "user_email": "new@example.com"}]},
        "invites.0.id",
        "invite_1",
    ),
    "AdminNotesRes": ({"note": {"id": "note_1", "value": "Call back"}}, "note.value", "Call back"),
    "AdminNotesDeleteRes": (_deleted("note_1", "note"), "id", "note_1"),
    "AdminNotesListRes": (_page("notes", {"id": "note_1"}), "notes.0.id", "note_1"),
    "AdminNotificationsListRes": (_page("notifications", {"id": "noti_1"}), "notifications.0.id", "noti_1"),
    "AdminNotificationsRes": (
        {"notification": {"id": "noti_1", "to": "b@example.com"}},
        "notification.to",
        "b@example.com",
    ),
    "AdminOrderEditsRes": (
        {"order_edit": {"id": "oe_1", "order_id": "order_1"}},
        "order_edit.order_id",
        "order_1",
    ),
    "AdminOrderEditDeleteRes": (_deleted("oe_1", "order_edit"), "id", "oe_1"),
    "AdminOrderEditItemChangeDeleteRes": (_deleted("oeic_1", "item_change"), "object", "item_change"),
    "AdminOrderEditsListRes": (_page("order_edits", {"id": "oe_1"}), "order_edits.0.id", "oe_1"),
    "AdminOrdersRes": ({"order": ORDER}, "order.email", "a@example.com"),
    "AdminOrdersListRes": (_page("orders", ORDER), "orders.0.id", "order_1"),
    "AdminReservationsListRes": (
        _page("reservations", {"id": "resitem_1", "line_item_id": "item_1", "quantity": 1}),
        "reservations.0.quantity",
        1,
    ),
    "AdminReservationsRes": (
        {"reservation": {"id": "resitem_1", "quantity": 1}},
        "reservation.id",
        "resitem_1",
    ),
    "AdminPaymentCollectionsRes": (
        {"payment_collection": {"id": "paycol_1", "status": "authorized"}},
        "payment_collection.status",
        "authorized",
    ),
    "AdminPaymentCollectionDeleteRes": (_deleted("paycol_1", "payment_collection"), "id", "paycol_1"),
    "AdminPaymentRes": ({"payment": {"id": "pay_1", "amount": 1000}}, "payment.amount", 1000),
    "AdminRefundRes": ({"refund": {"id": "ref_1", "amount": 100}}, "refund.amount", 100),
}

# (resource, method, args, kwargs, verb, path, query, JSON body or None, result class) - written out.
CASES = [
    # batch_jobs
    (
        "batch_jobs",
        "create",
        ({"type": "product-export", "context": {}, "dry_run": False},),
        {},
        "POST",
        "/admin/batch-jobs",
        "",
        {"type": "product-export", "context": {}, "dry_run": False},
        "AdminBatchJobRes",
    ),
    (
        "batch_jobs",
        "list",
        ({"limit": 5, "type": ["product-export", "product-import"]},),
        {},
        "GET",
        "/admin/batch-jobs",
        "limit=5&type%5B0%5D=product-export&type%5B1%5D=product-import",
        None,
        "AdminBatchJobListRes",
    ),
    (
        "batch_jobs",
        "retrieve",
        ("batch/1",),
        {},
        "GET",
        "/admin/batch-jobs/batch%2F1",
        "",
        None,
        "AdminBatchJobRes",
    ),
    (
        "batch_jobs",
        "cancel",
        ("batch_1",),
        {},
        "POST",
        "/admin/batch-jobs/batch_1/cancel",
        "",
        None,
        "AdminBatchJobRes",
    ),
    (
        "batch_jobs",
        "confirm",
        ("batch_1",),
        {},
        "POST",
        "/admin/batch-jobs/batch_1/confirm",
        "",
        None,
        "AdminBatchJobRes",
    ),
    # collections
    (
        "collections",
        "create",
        ({"title": "Summer", "handle": "summer"},),
        {},
        "POST",
        "/admin/collections",
        "",
        {"title": "Summer", "handle": "summer"},
        "AdminCollectionsRes",
    ),
    (
        "collections",
        "update",
        ("pcol/1", {"title": "Winter"}),
        {},
        "POST",
        "/admin/collections/pcol%2F1",
        "",
        {"title": "Winter"},
        "AdminCollectionsRes",
    ),
    (
        "collections",
        "delete",
        ("pcol_1",),
        {},
        "DELETE",
        "/admin/collections/pcol_1",
        "",
        None,
        "AdminCollectionsDeleteRes",
    ),
    (
        "collections",
        "retrieve",
        ("pcol_1",),
        {},
        "GET",
        "/admin/collections/pcol_1",
        "",
        None,
        "AdminCollectionsRes",
    ),
    (
        "collections",
        "list",
        ({"limit": 5, "q": "sum mer"},),
        {},
        "GET",
        "/admin/collections",
        "limit=5&q=sum%20mer",
        None,
        "AdminCollectionsListRes",
    ),
    (
        "collections",
        "add_products",
        ("pcol_1", {"product_ids": ["prod_1", "prod_2"]}),
        {},
        "POST",
        "/admin/collections/pcol_1/products/batch",
        "",
        {"product_ids": ["prod_1", "prod_2"]},
        "AdminCollectionsRes",
    ),
    (
        "collections",
        "remove_products",
        ("pcol_1", {"product_ids": ["prod_1"]}),
        {},
        "DELETE",
        "/admin/collections/pcol_1/products/batch",
        "",
        {"product_ids": ["prod_1"]},
        "AdminDeleteProductsFromCollectionRes",
    ),
    # currencies
    (
        "currencies",
        "list",
        ({"code": "usd", "limit": 5},),
        {},
        "GET",
        "/admin/currencies",
        "code=usd&limit=5",
        None,
        "AdminCurrenciesListRes",
    ),
    (
        "currencies",
        "update",
        ("us/d", {"includes_tax": True}),
        {},
        "POST",
        "/admin/currencies/us%2Fd",
        "",
        {"includes_tax": True},
        "AdminCurrenciesRes",
    ),
    # custom
    (
        "custom",
        "get",
        ("blog/posts", {"limit": 5, "tags": ["a", "b"]}),
        {},
        "GET",
        "/admin/blog/posts",
        "limit=5&tags%5B0%5D=a&tags%5B1%5D=b",
        None,
        "JSONResponse",
    ),
    (
        "custom",
        "post",
        ("/blog/posts", {"title": "Hi"}),
        {},
        "POST",
        "/admin/blog/posts",
        "",
        {"title": "Hi"},
        "JSONResponse",
    ),
    (
        "custom",
        "delete",
        ("/admin/blog/posts/post_1",),
        {},
        "DELETE",
        "/admin/blog/posts/post_1",
        "",
        None,
        "JSONResponse",
    ),
    # customers
    (
        "customers",
        "create",
        ({"email": "a@example.com", "first_name": "A", "last_name": "B", "password": "pw"},),
        {},
        "POST",
        "/admin/customers",
        "",
        {"email": "a@example.com", "first_name": "A", "last_name": "B", "password": "pw"},
        "AdminCustomersRes",
    ),
    (
        "customers",
        "update",
        ("cus/1", {"first_name": "C"}),
        {},
        "POST",
        "/admin/customers/cus%2F1",
        "",
        {"first_name": "C"},
        "AdminCustomersRes",
    ),
    ("customers", "retrieve", ("cus_1",), {}, "GET", "/admin/customers/cus_1", "", None, "AdminCustomersRes"),
    (
        "customers",
        "list",
        ({"q": "a@example.com", "limit": 5, "expand": "orders"},),
        {},
        "GET",
        "/admin/customers",
        "q=a%40example.com&limit=5&expand=orders",
        None,
        "AdminCustomersListRes",
    ),
    # discounts
    (
        "discounts",
        "add_region",
        ("disc/1", "reg_1"),
        {},
        "POST",
        "/admin/discounts/disc%2F1/regions/reg_1",
        "",
        None,
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "create",
        (
            {
                "code": "TEN",
                "rule": {"type": "percentage", "value": 10, "allocation": "total"},
                "regions": ["reg_1"],
            },
        ),
        {},
        "POST",
        "/admin/discounts",
        "",
        {
            "code": "TEN",
            "rule": {"type": "percentage", "value": 10, "allocation": "total"},
            "regions": ["reg_1"],
        },
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "update",
        ("disc_1", {"code": "TWENTY"}),
        {},
        "POST",
        "/admin/discounts/disc_1",
        "",
        {"code": "TWENTY"},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "create_dynamic_code",
        ("disc_1", {"code": "DYN1", "usage_limit": 1}),
        {},
        "POST",
        "/admin/discounts/disc_1/dynamic-codes",
        "",
        {"code": "DYN1", "usage_limit": 1},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "delete",
        ("disc_1",),
        {},
        "DELETE",
        "/admin/discounts/disc_1",
        "",
        None,
        "AdminDiscountsDeleteRes",
    ),
    (
        "discounts",
        "delete_dynamic_code",
        ("disc_1", "DYN 1"),
        {},
        "DELETE",
        "/admin/discounts/disc_1/dynamic-codes/DYN%201",
        "",
        None,
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "retrieve",
        ("disc_1", {"expand": "rule,regions"}),
        {},
        "GET",
        "/admin/discounts/disc_1",
        "expand=rule%2Cregions",
        None,
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "retrieve_by_code",
        ("TEN/OFF",),
        {},
        "GET",
        "/admin/discounts/code/TEN%2FOFF",
        "",
        None,
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "list",
        ({"q": "TEN", "is_dynamic": False, "limit": 5},),
        {},
        "GET",
        "/admin/discounts",
        "q=TEN&is_dynamic=false&limit=5",
        None,
        "AdminDiscountsListRes",
    ),
    (
        "discounts",
        "remove_region",
        ("disc_1", "reg_1"),
        {},
        "DELETE",
        "/admin/discounts/disc_1/regions/reg_1",
        "",
        None,
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "create_condition",
        ("disc_1", {"operator": "in", "products": ["prod_1"]}),
        {},
        "POST",
        "/admin/discounts/disc_1/conditions",
        "",
        {"operator": "in", "products": ["prod_1"]},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "create_condition",
        ("disc_1", {"operator": "in", "products": ["prod_1"]}, {"expand": "rule"}),
        {},
        "POST",
        "/admin/discounts/disc_1/conditions",
        "expand=rule",
        {"operator": "in", "products": ["prod_1"]},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "update_condition",
        ("disc_1", "cond_1", {"products": ["prod_2"]}),
        {},
        "POST",
        "/admin/discounts/disc_1/conditions/cond_1",
        "",
        {"products": ["prod_2"]},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "update_condition",
        ("disc_1", "cond_1", {"products": ["prod_2"]}),
        {"query": {"fields": "id"}},
        "POST",
        "/admin/discounts/disc_1/conditions/cond_1",
        "fields=id",
        {"products": ["prod_2"]},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "delete_condition",
        ("disc_1", "cond_1"),
        {},
        "DELETE",
        "/admin/discounts/disc_1/conditions/cond_1",
        "",
        None,
        "AdminDiscountsDeleteRes",
    ),
    (
        "discounts",
        "get_condition",
        ("disc_1", "cond/1", {"expand": "products"}),
        {},
        "GET",
        "/admin/discounts/disc_1/conditions/cond%2F1",
        "expand=products",
        None,
        "AdminDiscountConditionsRes",
    ),
    (
        "discounts",
        "add_condition_resource_batch",
        ("disc_1", "cond_1", {"resources": [{"id": "prod_1"}]}, {"expand": "products"}),
        {},
        "POST",
        "/admin/discounts/disc_1/conditions/cond_1/batch",
        "expand=products",
        {"resources": [{"id": "prod_1"}]},
        "AdminDiscountsRes",
    ),
    (
        "discounts",
        "delete_condition_resource_batch",
        ("disc_1", "cond_1", {"resources": [{"id": "prod_1"}]}),
        {},
        "DELETE",
        "/admin/discounts/disc_1/conditions/cond_1/batch",
        "",
        {"resources": [{"id": "prod_1"}]},
        "AdminDiscountsRes",
    ),
    # draft_orders
    (
        "draft_orders",
        "create",
        ({"email": "a@example.com", "region_id": "reg_1", "shipping_methods": [{"option_id": "so_1"}]},),
        {},
        "POST",
        "/admin/draft-orders",
        "",
        {"email": "a@example.com", "region_id": "reg_1", "shipping_methods": [{"option_id": "so_1"}]},
        "AdminDraftOrdersRes",
    ),
    (
        "draft_orders",
        "add_line_item",
        ("dorder_1", {"variant_id": "variant_1", "quantity": 2}),
        {},
        "POST",
        "/admin/draft-orders/dorder_1/line-items",
        "",
        {"variant_id": "variant_1", "quantity": 2},
        "AdminDraftOrdersRes",
    ),
    (
        "draft_orders",
        "delete",
        ("dorder_1",),
        {},
        "DELETE",
        "/admin/draft-orders/dorder_1",
        "",
        None,
        "AdminDraftOrdersDeleteRes",
    ),
    (
        "draft_orders",
        "remove_line_item",
        ("dorder_1", "item/1"),
        {},
        "DELETE",
        "/admin/draft-orders/dorder_1/line-items/item%2F1",
        "",
        None,
        "AdminDraftOrdersRes",
    ),
    (
        "draft_orders",
        "retrieve",
        ("dorder/1",),
        {},
        "GET",
        "/admin/draft-orders/dorder%2F1",
        "",
        None,
        "AdminDraftOrdersRes",
    ),
    (
        "draft_orders",
        "list",
        ({"q": "a@example.com", "limit": 5},),
        {},
        "GET",
        "/admin/draft-orders",
        "q=a%40example.com&limit=5",
        None,
        "AdminDraftOrdersListRes",
    ),
    (
        "draft_orders",
        "mark_paid",
        ("dorder_1",),
        {},
        "POST",
        "/admin/draft-orders/dorder_1/pay",
        "",
        None,
        "AdminPostDraftOrdersDraftOrderRegisterPaymentRes",
    ),
    (
        "draft_orders",
        "update",
        ("dorder_1", {"email": "b@example.com"}),
        {},
        "POST",
        "/admin/draft-orders/dorder_1",
        "",
        {"email": "b@example.com"},
        "AdminDraftOrdersRes",
    ),
    (
        "draft_orders",
        "update_line_item",
        ("dorder_1", "item_1", {"quantity": 3}),
        {},
        "POST",
        "/admin/draft-orders/dorder_1/line-items/item_1",
        "",
        {"quantity": 3},
        "AdminDraftOrdersRes",
    ),
    # gift_cards
    (
        "gift_cards",
        "create",
        ({"region_id": "reg_1", "value": 1000},),
        {},
        "POST",
        "/admin/gift-cards",
        "",
        {"region_id": "reg_1", "value": 1000},
        "AdminGiftCardsRes",
    ),
    (
        "gift_cards",
        "update",
        ("gift/1", {"balance": 500}),
        {},
        "POST",
        "/admin/gift-cards/gift%2F1",
        "",
        {"balance": 500},
        "AdminGiftCardsRes",
    ),
    (
        "gift_cards",
        "delete",
        ("gift_1",),
        {},
        "DELETE",
        "/admin/gift-cards/gift_1",
        "",
        None,
        "AdminGiftCardsDeleteRes",
    ),
    (
        "gift_cards",
        "retrieve",
        ("gift_1",),
        {},
        "GET",
        "/admin/gift-cards/gift_1",
        "",
        None,
        "AdminGiftCardsRes",
    ),
    (
        "gift_cards",
        "list",
        ({"q": "ABCD", "limit": 5},),
        {},
        "GET",
        "/admin/gift-cards",
        "q=ABCD&limit=5",
        None,
        "AdminGiftCardsListRes",
    ),
    ("gift_cards", "list", (), {}, "GET", "/admin/gift-cards", "", None, "AdminGiftCardsListRes"),
    # inventory_items
    (
        "inventory_items",
        "retrieve",
        ("iitem/1", {"expand": "location_levels"}),
        {},
        "GET",
        "/admin/inventory-items/iitem%2F1",
        "expand=location_levels",
        None,
        "AdminInventoryItemsRes",
    ),
    (
        "inventory_items",
        "update",
        ("iitem_1", {"sku": "SKU-1"}, {"expand": "location_levels"}),
        {},
        "POST",
        "/admin/inventory-items/iitem_1",
        "expand=location_levels",
        {"sku": "SKU-1"},
        "AdminInventoryItemsRes",
    ),
    (
        "inventory_items",
        "delete",
        ("iitem_1",),
        {},
        "DELETE",
        "/admin/inventory-items/iitem_1",
        "",
        None,
        "AdminInventoryItemsDeleteRes",
    ),
    (
        "inventory_items",
        "create",
        ({"variant_id": "variant_1", "sku": "SKU-1"},),
        {},
        "POST",
        "/admin/inventory-items",
        "",
        {"variant_id": "variant_1", "sku": "SKU-1"},
        "AdminInventoryItemsRes",
    ),
    (
        "inventory_items",
        "list",
        ({"limit": 5, "location_id": ["sloc_1"]},),
        {},
        "GET",
        "/admin/inventory-items",
        "limit=5&location_id%5B0%5D=sloc_1",
        None,
        "AdminInventoryItemsListWithVariantsAndLocationLevelsRes",
    ),
    (
        "inventory_items",
        "update_location_level",
        ("iitem_1", "sloc_1", {"stocked_quantity": 10}),
        {},
        "POST",
        "/admin/inventory-items/iitem_1/location-levels/sloc_1",
        "",
        {"stocked_quantity": 10},
        "AdminInventoryItemsRes",
    ),
    (
        "inventory_items",
        "delete_location_level",
        ("iitem_1", "sloc/1"),
        {},
        "DELETE",
        "/admin/inventory-items/iitem_1/location-levels/sloc%2F1",
        "",
        None,
        "AdminInventoryItemsRes",
    ),
    (
        "inventory_items",
        "create_location_level",
        ("iitem_1", {"location_id": "sloc_1", "stocked_quantity": 5}, {"fields": "id"}),
        {},
        "POST",
        "/admin/inventory-items/iitem_1/location-levels",
        "fields=id",
        {"location_id": "sloc_1", "stocked_quantity": 5},
        "AdminInventoryItemsRes",
    ),
    (
        "inventory_items",
        "list_location_levels",
        ("iitem_1", {"location_id": ["sloc_1", "sloc_2"]}),
        {},
        "GET",
        "/admin/inventory-items/iitem_1/location-levels",
        "location_id%5B0%5D=sloc_1&location_id%5B1%5D=sloc_2",
        None,
        "AdminInventoryItemsLocationLevelsRes",
    ),
    # invites
    (
        "invites",
        "accept",
        ({"token": "tok", "user": {"first_name": "A", "last_name": "B", "password": "pw"}},),
        {},
        "POST",
        "/admin/invites/accept",
        "",
        {"token": "tok", "user": {"first_name": "A", "last_name": "B", "password": "pw"}},
        "EmptyResponse",
    ),
    (
        "invites",
        "create",
        ({"user": "new@example.com", "role": "member"},),
        {},
        "POST",
        "/admin/invites",
        "",
        {"user": "new@example.com", "role": "member"},
        "EmptyResponse",
    ),
    (
        "invites",
        "delete",
        ("invite/1",),
        {},
        "DELETE",
        "/admin/invites/invite%2F1",
        "",
        None,
        "AdminInviteDeleteRes",
    ),
    ("invites", "list", (), {}, "GET", "/admin/invites", "", None, "AdminListInvitesRes"),
    (
        "invites",
        "resend",
        ("invite_1",),
        {},
        "POST",
        "/admin/invites/invite_1/resend",
        "",
        None,
        "EmptyResponse",
    ),
    # notes
    (
        "notes",
        "create",
        ({"resource_id": "order_1", "resource_type": "order", "value": "Call back"},),
        {},
        "POST",
        "/admin/notes",
        "",
        {"resource_id": "order_1", "resource_type": "order", "value": "Call back"},
        "AdminNotesRes",
    ),
    (
        "notes",
        "update",
        ("note/1", {"value": "Done"}),
        {},
        "POST",
        "/admin/notes/note%2F1",
        "",
        {"value": "Done"},
        "AdminNotesRes",
    ),
    ("notes", "delete", ("note_1",), {}, "DELETE", "/admin/notes/note_1", "", None, "AdminNotesDeleteRes"),
    ("notes", "retrieve", ("note_1",), {}, "GET", "/admin/notes/note_1", "", None, "AdminNotesRes"),
    (
        "notes",
        "list",
        ({"resource_id": "order_1", "limit": 5},),
        {},
        "GET",
        "/admin/notes",
        "resource_id=order_1&limit=5",
        None,
        "AdminNotesListRes",
    ),
    ("notes", "list", (), {}, "GET", "/admin/notes", "", None, "AdminNotesListRes"),
    # notifications
    (
        "notifications",
        "list",
        ({"limit": 5, "event_name": "order.placed", "include_resends": True},),
        {},
        "GET",
        "/admin/notifications",
        "limit=5&event_name=order.placed&include_resends=true",
        None,
        "AdminNotificationsListRes",
    ),
    (
        "notifications",
        "resend",
        ("noti/1", {"to": "b@example.com"}),
        {},
        "POST",
        "/admin/notifications/noti%2F1/resend",
        "",
        {"to": "b@example.com"},
        "AdminNotificationsRes",
    ),
    # order_edits
    (
        "order_edits",
        "retrieve",
        ("oe/1", {"expand": "changes"}),
        {},
        "GET",
        "/admin/order-edits/oe%2F1",
        "expand=changes",
        None,
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "list",
        ({"order_id": "order_1", "limit": 5},),
        {},
        "GET",
        "/admin/order-edits",
        "order_id=order_1&limit=5",
        None,
        "AdminOrderEditsListRes",
    ),
    (
        "order_edits",
        "create",
        ({"order_id": "order_1", "internal_note": "n"},),
        {},
        "POST",
        "/admin/order-edits",
        "",
        {"order_id": "order_1", "internal_note": "n"},
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "update",
        ("oe_1", {"internal_note": "m"}),
        {},
        "POST",
        "/admin/order-edits/oe_1",
        "",
        {"internal_note": "m"},
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "delete",
        ("oe_1",),
        {},
        "DELETE",
        "/admin/order-edits/oe_1",
        "",
        None,
        "AdminOrderEditDeleteRes",
    ),
    (
        "order_edits",
        "add_line_item",
        ("oe_1", {"variant_id": "variant_1", "quantity": 1}),
        {},
        "POST",
        "/admin/order-edits/oe_1/items",
        "",
        {"variant_id": "variant_1", "quantity": 1},
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "delete_item_change",
        ("oe_1", "oeic/1"),
        {},
        "DELETE",
        "/admin/order-edits/oe_1/changes/oeic%2F1",
        "",
        None,
        "AdminOrderEditItemChangeDeleteRes",
    ),
    (
        "order_edits",
        "request_confirmation",
        ("oe_1",),
        {},
        "POST",
        "/admin/order-edits/oe_1/request",
        "",
        None,
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "cancel",
        ("oe_1",),
        {},
        "POST",
        "/admin/order-edits/oe_1/cancel",
        "",
        None,
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "confirm",
        ("oe_1",),
        {},
        "POST",
        "/admin/order-edits/oe_1/confirm",
        "",
        None,
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "update_line_item",
        ("oe_1", "item_1", {"quantity": 2}),
        {},
        "POST",
        "/admin/order-edits/oe_1/items/item_1",
        "",
        {"quantity": 2},
        "AdminOrderEditsRes",
    ),
    (
        "order_edits",
        "remove_line_item",
        ("oe_1", "item_1"),
        {},
        "DELETE",
        "/admin/order-edits/oe_1/items/item_1",
        "",
        None,
        "AdminOrderEditsRes",
    ),
    # orders
    (
        "orders",
        "update",
        ("order_1", {"email": "b@example.com"}),
        {},
        "POST",
        "/admin/orders/order_1",
        "",
        {"email": "b@example.com"},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "retrieve",
        ("order/1", {"expand": "items", "fields": "id,total"}),
        {},
        "GET",
        "/admin/orders/order%2F1",
        "expand=items&fields=id%2Ctotal",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "list",
        ({"limit": 5, "expand": "items", "status": ["pending", "completed"]},),
        {},
        "GET",
        "/admin/orders",
        "limit=5&expand=items&status%5B0%5D=pending&status%5B1%5D=completed",
        None,
        "AdminOrdersListRes",
    ),
    (
        "orders",
        "complete",
        ("order_1",),
        {},
        "POST",
        "/admin/orders/order_1/complete",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "capture_payment",
        ("order_1",),
        {},
        "POST",
        "/admin/orders/order_1/capture",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "refund_payment",
        ("order_1", {"amount": 500, "reason": "discount", "no_notification": True}),
        {},
        "POST",
        "/admin/orders/order_1/refund",
        "",
        {"amount": 500, "reason": "discount", "no_notification": True},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "create_fulfillment",
        ("order_1", {"items": [{"item_id": "item_1", "quantity": 1}]}),
        {},
        "POST",
        "/admin/orders/order_1/fulfillment",
        "",
        {"items": [{"item_id": "item_1", "quantity": 1}]},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "cancel_fulfillment",
        ("order_1", "ful_1"),
        {},
        "POST",
        "/admin/orders/order_1/fulfillments/ful_1/cancel",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "cancel_swap_fulfillment",
        ("order_1", "swap_1", "ful_1"),
        {},
        "POST",
        "/admin/orders/order_1/swaps/swap_1/fulfillments/ful_1/cancel",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "cancel_claim_fulfillment",
        ("order_1", "claim_1", "ful_1"),
        {},
        "POST",
        "/admin/orders/order_1/claims/claim_1/fulfillments/ful_1/cancel",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "create_shipment",
        ("order_1", {"fulfillment_id": "ful_1", "tracking_numbers": ["T1"]}),
        {},
        "POST",
        "/admin/orders/order_1/shipment",
        "",
        {"fulfillment_id": "ful_1", "tracking_numbers": ["T1"]},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "request_return",
        ("order_1", {"items": [{"item_id": "item_1", "quantity": 1}]}),
        {},
        "POST",
        "/admin/orders/order_1/return",
        "",
        {"items": [{"item_id": "item_1", "quantity": 1}]},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "cancel",
        ("order_1",),
        {},
        "POST",
        "/admin/orders/order_1/cancel",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "add_shipping_method",
        ("order_1", {"price": 1000, "option_id": "so_1"}),
        {},
        "POST",
        "/admin/orders/order_1/shipping-methods",
        "",
        {"price": 1000, "option_id": "so_1"},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "archive",
        ("order_1",),
        {},
        "POST",
        "/admin/orders/order_1/archive",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "create_swap",
        ("order_1", {"return_items": [{"item_id": "item_1", "quantity": 1}]}),
        {},
        "POST",
        "/admin/orders/order_1/swaps",
        "",
        {"return_items": [{"item_id": "item_1", "quantity": 1}]},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "cancel_swap",
        ("order_1", "swap_1"),
        {},
        "POST",
        "/admin/orders/order_1/swaps/swap_1/cancel",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "fulfill_swap",
        ("order_1", "swap_1", {"no_notification": True}),
        {},
        "POST",
        "/admin/orders/order_1/swaps/swap_1/fulfillments",
        "",
        {"no_notification": True},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "create_swap_shipment",
        ("order_1", "swap_1", {"fulfillment_id": "ful_1"}),
        {},
        "POST",
        "/admin/orders/order_1/swaps/swap_1/shipments",
        "",
        {"fulfillment_id": "ful_1"},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "process_swap_payment",
        ("order_1", "swap_1"),
        {},
        "POST",
        "/admin/orders/order_1/swaps/swap_1/process-payment",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "create_claim",
        (
            "order_1",
            {
                "type": "refund",
                "claim_items": [{"item_id": "item_1", "quantity": 1, "reason": "missing_item"}],
            },
        ),
        {},
        "POST",
        "/admin/orders/order_1/claims",
        "",
        {"type": "refund", "claim_items": [{"item_id": "item_1", "quantity": 1, "reason": "missing_item"}]},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "cancel_claim",
        ("order_1", "claim_1"),
        {},
        "POST",
        "/admin/orders/order_1/claims/claim_1/cancel",
        "",
        None,
        "AdminOrdersRes",
    ),
    (
        "orders",
        "update_claim",
        ("order_1", "claim_1", {"no_notification": True}),
        {},
        "POST",
        "/admin/orders/order_1/claims/claim_1",
        "",
        {"no_notification": True},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "fulfill_claim",
        ("order_1", "claim_1", {"metadata": {"k": "v"}}),
        {},
        "POST",
        "/admin/orders/order_1/claims/claim_1/fulfillments",
        "",
        {"metadata": {"k": "v"}},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "create_claim_shipment",
        ("order_1", "claim_1", {"fulfillment_id": "ful_1"}),
        {},
        "POST",
        "/admin/orders/order_1/claims/claim_1/shipments",
        "",
        {"fulfillment_id": "ful_1"},
        "AdminOrdersRes",
    ),
    (
        "orders",
        "list_reservations",
        ("order_1", {"limit": 5, "offset": 10}),
        {},
        "GET",
        "/admin/orders/order_1/reservations",
        "limit=5&offset=10",
        None,
        "AdminReservationsListRes",
    ),
    (
        "orders",
        "create_reservation_for_line_item",
        ("order_1", "item/1", {"location_id": "sloc_1", "quantity": 1}),
        {},
        "POST",
        "/admin/orders/order_1/line-items/item%2F1/reserve",
        "",
        {"location_id": "sloc_1", "quantity": 1},
        "AdminReservationsRes",
    ),
    # payment_collections
    (
        "payment_collections",
        "retrieve",
        ("paycol/1", {"expand": "payments"}),
        {},
        "GET",
        "/admin/payment-collections/paycol%2F1",
        "expand=payments",
        None,
        "AdminPaymentCollectionsRes",
    ),
    (
        "payment_collections",
        "update",
        ("paycol_1", {"description": "d"}),
        {},
        "POST",
        "/admin/payment-collections/paycol_1",
        "",
        {"description": "d"},
        "AdminPaymentCollectionsRes",
    ),
    (
        "payment_collections",
        "delete",
        ("paycol_1",),
        {},
        "DELETE",
        "/admin/payment-collections/paycol_1",
        "",
        None,
        "AdminPaymentCollectionDeleteRes",
    ),
    (
        "payment_collections",
        "mark_as_authorized",
        ("paycol_1",),
        {},
        "POST",
        "/admin/payment-collections/paycol_1/authorize",
        "",
        None,
        "AdminPaymentCollectionsRes",
    ),
    # payments
    (
        "payments",
        "retrieve",
        ("pay/1", {"expand": "captures", "fields": "id"}),
        {},
        "GET",
        "/admin/payments/pay%2F1",
        "expand=captures&fields=id",
        None,
        "AdminPaymentRes",
    ),
    (
        "payments",
        "capture_payment",
        ("pay_1",),
        {},
        "POST",
        "/admin/payments/pay_1/capture",
        "",
        None,
        "AdminPaymentRes",
    ),
    (
        "payments",
        "refund_payment",
        ("pay_1", {"amount": 100, "reason": "other"}),
        {},
        "POST",
        "/admin/payments/pay_1/refund",
        "",
        {"amount": 100, "reason": "other"},
        "AdminRefundRes",
    ),
]

#: Admin routes that take no credentials.
PUBLIC = {"/admin/invites/accept"}


def _dig(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = obj[int(part)] if part.isdigit() else obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


def _answer(mocked: responses.RequestsMock, verb: str, path: str, result_cls: str) -> None:
    body = CANNED[result_cls][0]
    if body is None:
        mocked.add(verb, BASE_URL + path, body="OK", content_type="text/plain; charset=utf-8")
    else:
        mocked.add(verb, BASE_URL + path, json=body)


def _case_id(case: tuple) -> str:
    return f"{case[0]}.{case[1]}-{case[5]}?{case[6]}"


@pytest.mark.parametrize(
    ("resource", "call", "args", "kwargs", "verb", "path", "query", "body", "result_cls"),
    CASES,
    ids=[_case_id(case) for case in CASES],
)
def test_method_sends_the_documented_request(
    medusa: Medusa,
    mocked: responses.RequestsMock,
    resource: str,
    call: str,
    args: tuple,
    kwargs: Dict[str, Any],
    verb: str,
    path: str,
    query: str,
    body: Optional[Dict[str, Any]],
    result_cls: str,
) -> None:
    _answer(mocked, verb, path, result_cls)
    result = getattr(RESOURCES[resource](medusa.client), call)(*args, **kwargs)

    [request] = sent(mocked)
    assert (request.method, request.path, request.query) == (verb, path, query)
    assert not mocked.calls[0].request.url.endswith("?")
    if body is None:
        assert request.raw_body is None
        assert request.header("Content-Type") is None
    else:
        assert request.json == body
        assert request.header("Content-Type") == "application/json"
    assert request.header("x-medusa-access-token") == (None if path in PUBLIC else API_KEY)
    assert request.header("Accept") == "application/json"
    assert (request.header("Idempotency-Key") is not None) == (verb == "POST")
    assert type(result).__name__ == result_cls
    assert result.response.status_code == 200
    _, field, value = CANNED[result_cls]
    assert _dig(result, field) == value


def test_every_public_method_has_a_case() -> None:
    covered = {(resource, call) for resource, call, *_ in CASES}
    for name, cls in RESOURCES.items():
        methods = {m for m in vars(cls) if not m.startswith("_")}
        assert methods == {call for resource, call in covered if resource == name}, name
    assert (
        len(covered) == 118
    )  # 116 medusa-js methods + orders.list_reservations / create_reservation_for_line_item


# --------------------------------------------------------------------------- discounts: no stray "?"
@pytest.mark.parametrize("query", [None, {}, {"expand": None}])
def test_discount_conditions_send_no_bare_question_mark(
    medusa: Medusa, mocked: responses.RequestsMock, query: Optional[Dict[str, Any]]
) -> None:
    mocked.add("POST", BASE_URL + "/admin/discounts/disc_1/conditions", json={"discount": DISCOUNT})
    mocked.add("POST", BASE_URL + "/admin/discounts/disc_1/conditions/cond_1", json={"discount": DISCOUNT})
    discounts = AdminDiscountsResource(medusa.client)
    discounts.create_condition("disc_1", AdminPostDiscountsDiscountConditions(operator="in"), query)
    discounts.update_condition("disc_1", "cond_1", {"products": ["prod_1"]}, query)
    urls = [call.request.url for call in mocked.calls]
    assert urls == [
        BASE_URL + "/admin/discounts/disc_1/conditions",
        BASE_URL + "/admin/discounts/disc_1/conditions/cond_1",
    ]
    assert sent(mocked)[0].json == {"operator": "in"}


# --------------------------------------------------------------------------- batch_jobs.list query encoding
def test_batch_jobs_list_leaves_none_out_and_sends_datetimes_as_iso_8601(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", BASE_URL + "/admin/batch-jobs", json=CANNED["AdminBatchJobListRes"][0])
    batch_jobs = AdminBatchJobsResource(medusa.client)
    when = dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.timezone.utc)
    batch_jobs.list(
        {
            "limit": 5,
            "canceled_at": None,
            "created_at": {"gt": when, "lt": dt.date(2026, 2, 1), "gte": None},
            "type": ["product-export"],
            "order": None,
        }
    )
    batch_jobs.list(
        AdminGetBatchParams(
            limit=5,
            created_at=DateComparison(gt=when),
            completed_at=DateComparison(
                lte=dt.datetime(2026, 1, 2, 4, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
            ),
        )
    )
    first, second = sent(mocked)
    # medusa-js would send canceled_at=null and drop both dates.
    assert first.query == (
        "limit=5&created_at%5Bgt%5D=2026-01-02T03%3A04%3A05.678Z&created_at%5Blt%5D=2026-02-01"
        "&type%5B0%5D=product-export"
    )
    assert second.query == (
        "limit=5&completed_at%5Blte%5D=2026-01-02T03%3A04%3A05.000Z"
        "&created_at%5Bgt%5D=2026-01-02T03%3A04%3A05.678Z"
    )


# --------------------------------------------------------------------------- draft_orders.mark_paid options
def test_draft_order_mark_paid_takes_request_options(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("POST", BASE_URL + "/admin/draft-orders/dorder_1/pay", json={"order": ORDER})
    draft_orders = AdminDraftOrdersResource(medusa.client)
    result = draft_orders.mark_paid("dorder_1", custom_headers={"x-request-id": "r1"}, timeout=4.0)
    request = sent(mocked)[0]
    assert request.header("x-request-id") == "r1"
    assert request.header("X-Request-Id") == "r1"
    assert request.raw_body is None
    assert mocked.calls[0].request.req_kwargs["timeout"] == 4.0
    assert result.order.id == "order_1"
    with pytest.raises(TypeError, match="unexpected keyword"):
        draft_orders.mark_paid("dorder_1", customHeaders={"a": "b"})  # type: ignore[call-arg]
    assert len(mocked.calls) == 1


# --------------------------------------------------------------------------- ids are one encoded segment
@pytest.mark.parametrize(
    ("call", "expected_path"),
    [
        (lambda o: o.retrieve(".."), "/admin/orders/%2E%2E"),
        (
            lambda o: o.cancel_claim_fulfillment("o 1", "c?1", "f#1"),
            "/admin/orders/o%201/claims/c%3F1/fulfillments/f%231/cancel",
        ),
        (
            lambda o: o.create_reservation_for_line_item("order_1", "../x", {"quantity": 1}),
            "/admin/orders/order_1/line-items/..%2Fx/reserve",
        ),
    ],
)
def test_ids_cannot_leave_their_segment(
    medusa: Medusa, mocked: responses.RequestsMock, call: Any, expected_path: str
) -> None:
    mocked.add(responses.GET, BASE_URL + expected_path, json={"order": ORDER})
    mocked.add(responses.POST, BASE_URL + expected_path, json={"order": ORDER, "reservation": {"id": "r"}})
    call(AdminOrdersResource(medusa.client))
    assert sent(mocked)[0].path == expected_path


@pytest.mark.parametrize("bad", ["", "   ", None, 5])
def test_empty_or_non_str_ids_fail_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock, bad: Any
) -> None:
    with pytest.raises((ValueError, TypeError)):
        AdminOrdersResource(medusa.client).list_reservations(bad)
    with pytest.raises((ValueError, TypeError)):
        AdminDiscountsResource(medusa.client).get_condition("disc_1", bad)
    assert len(mocked.calls) == 0


# --------------------------------------------------------------------------- invites: plain-text "OK"
def test_invites_take_the_plain_ok_body_of_send_status(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    # The server ends accept/create/resend with ``res.sendStatus(200)``: a text/plain "OK".
    invites = AdminInvitesResource(medusa.client)
    mocked.add("POST", BASE_URL + "/admin/invites/invite_1/resend", body="OK", content_type="text/plain")
    resent = invites.resend("invite_1")
    assert isinstance(resent, EmptyResponse)
    assert resent.response.text == "OK"

    mocked.add("POST", BASE_URL + "/admin/invites", json={})
    result = invites.create({"user": "a@example.com", "role": "admin"})
    assert isinstance(result, EmptyResponse)
    assert result.response.status_code == 200


# --------------------------------------------------------------------------- admin.custom
@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("blog/posts", "/admin/blog/posts"),
        ("/blog/posts", "/admin/blog/posts"),
        ("/admin/blog/posts", "/admin/blog/posts"),
        ("admin/blog/posts", "/admin/blog/posts"),
        ("/store/x", "/admin/store/x"),
        ("/admin", "/admin"),
        ("/adminx", "/adminx"),  # medusa-js's rule: only a "/admin" prefix is checked
        ("/blog/posts?status=draft", "/admin/blog/posts"),
        ("/blog posts/é", "/admin/blog%20posts/%C3%A9"),
        ("/files/a%2Fb", "/admin/files/a%2Fb"),
        ("/discount/100%", "/admin/discount/100%25"),
    ],
)
def test_custom_path_normalisation(
    medusa: Medusa, mocked: responses.RequestsMock, given: str, expected: str
) -> None:
    mocked.add("GET", BASE_URL + expected, json={"ok": True})
    result = AdminCustomResource(medusa.client).get(given)
    assert sent(mocked)[0].path == expected
    assert isinstance(result, JSONResponse)
    assert result["ok"] is True


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (None, TypeError),
        (b"/blog", TypeError),
        ("", ValueError),
        ("  ", ValueError),
        ("http://evil.example/admin/x", ValueError),
        ("https://evil.example", ValueError),
        ("/x?next=http://evil.example", ValueError),
        ("//evil.example/x", ValueError),
        ("/blog\r\nX-Injected: 1", ValueError),
        ("/blog\x00", ValueError),
        ("/blog\t", ValueError),
        ("/blog#frag", ValueError),
        ("/admin/../store/carts", ValueError),
        ("/admin/%2e%2E/store/carts", ValueError),
        ("./blog", ValueError),
        ("/blog/.", ValueError),
    ],
)
def test_custom_rejects_bad_paths_before_any_request(
    medusa: Medusa, mocked: responses.RequestsMock, bad: Any, error: type
) -> None:
    custom = AdminCustomResource(medusa.client)
    with pytest.raises(error):
        custom.get(bad)
    with pytest.raises(error):
        custom.post(bad, {"a": 1})
    with pytest.raises(error):
        custom.delete(bad)
    assert len(mocked.calls) == 0


def test_custom_get_merges_the_query_into_a_path_that_has_one(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", BASE_URL + "/admin/blog/posts", json={"posts": []})
    custom = AdminCustomResource(medusa.client)
    custom.get("/blog/posts?status=draft", {"limit": 5, "tags": ["a b"]})
    custom.get("/blog/posts?status=draft")
    custom.get("/blog/posts?status=draft", {})
    first, second, third = sent(mocked)
    # medusa-js would request "/admin/blog/posts?status=draft?limit=5&..." (a second "?").
    assert first.query == "status=draft&limit=5&tags%5B0%5D=a%20b"
    assert second.query == third.query == "status=draft"
    assert [c.request.url.count("?") for c in mocked.calls] == [1, 1, 1]


def test_custom_encodes_spaces_in_the_query_of_the_path(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    mocked.add("GET", BASE_URL + "/admin/blog/posts", json={"posts": []})
    AdminCustomResource(medusa.client).get("blog/posts?q=a b&tag=x%2Fy", {"limit": 1})
    assert sent(mocked)[0].query == "q=a%20b&tag=x%2Fy&limit=1"


def test_custom_options_are_real_request_options(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    custom = AdminCustomResource(medusa.client)
    mocked.add("GET", BASE_URL + "/admin/blog/posts", status=502, json={"type": "unknown_error"})
    mocked.add("GET", BASE_URL + "/admin/blog/posts", json={"posts": []})
    result = custom.get("/blog/posts", timeout=(1.0, 2.0), max_retries=1, custom_headers={"X-Trace": "t1"})
    assert result.data == {"posts": []}
    assert len(mocked.calls) == 2  # the 502 was retried, as max_retries asked
    for call in mocked.calls:
        assert call.request.req_kwargs["timeout"] == (1.0, 2.0)
        assert call.request.headers["X-Trace"] == "t1"
        # medusa-js sent its {timeout, numberOfRetries} options as junk headers.
        assert "timeout" not in {name.lower() for name in call.request.headers}
    with pytest.raises(TypeError, match="unexpected keyword"):
        custom.get("/blog/posts", numberOfRetries=2)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="unexpected keyword"):
        custom.delete("/blog/posts/1", options={"timeout": 1})  # type: ignore[call-overload]
    assert len(mocked.calls) == 2


def test_custom_post_and_delete_bodies_headers_and_idempotency(
    medusa: Medusa, mocked: responses.RequestsMock
) -> None:
    custom = AdminCustomResource(medusa.client)
    mocked.add("POST", BASE_URL + "/admin/blog/posts", json={"post": {"id": "post_1"}})
    mocked.add("DELETE", BASE_URL + "/admin/blog/posts/post_1", body="")
    custom.post("blog/posts")
    custom.post("blog/posts", {"title": "T"}, idempotent=True)
    deleted = custom.delete("blog/posts/post_1")
    no_body, with_body, delete = sent(mocked)
    assert no_body.raw_body is None
    assert with_body.json == {"title": "T"}
    assert delete.raw_body is None
    assert no_body.header("Idempotency-Key")
    assert with_body.header("Idempotency-Key")
    assert delete.header("Idempotency-Key") is None
    assert all(r.header("x-medusa-access-token") == API_KEY for r in (no_body, with_body, delete))
    assert isinstance(deleted, JSONResponse)
    assert deleted.data == {}


def test_custom_cast_to_types_the_result(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    custom = AdminCustomResource(medusa.client)
    mocked.add("GET", BASE_URL + "/admin/orders/order_1", json={"order": ORDER})
    mocked.add("POST", BASE_URL + "/admin/orders/order_1", json={"order": ORDER})
    mocked.add("DELETE", BASE_URL + "/admin/x", body="")
    got = custom.get("/orders/order_1", cast_to=AdminOrdersRes)
    posted = custom.post("/orders/order_1", {"email": "a@example.com"}, cast_to=AdminOrdersRes)
    empty = custom.delete("/x", cast_to=EmptyResponse)
    assert isinstance(got, AdminOrdersRes)
    assert got.order.email == "a@example.com"
    assert isinstance(posted, AdminOrdersRes)
    assert isinstance(empty, EmptyResponse)
    with pytest.raises(TypeError, match="cast_to"):
        custom.get("/x", cast_to=dict)  # type: ignore[type-var]
    assert len(mocked.calls) == 3


def test_custom_accepts_a_params_model_as_query(medusa: Medusa, mocked: responses.RequestsMock) -> None:
    mocked.add("GET", BASE_URL + "/admin/batch-jobs", json={"batch_jobs": []})
    AdminCustomResource(medusa.client).get("batch-jobs", AdminGetBatchParams(limit=2, type=["x"]))
    assert sent(mocked)[0].query == "limit=2&type%5B0%5D=x"
