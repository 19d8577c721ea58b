"""Catalog flows on a real Medusa 2.21.2: store browsing, promotions, price lists, inventory, import/export.

Each test drives the client through a whole flow and asserts what the server then holds.
"""

from __future__ import annotations

import time

import pytest

from medusa_client.v2 import Medusa, NotAllowedError, NotFoundError

from .catalog_helpers import (
    DEFAULT_CHANNEL,
    EU_REGION,
    STATIC_DIR,
    TSHIRT_S_BLACK,
    VIP_GROUP,
    alice_fixture,  # noqa: F401 (the alice fixture)
    campaign_payload,
    order_of,
    product_csv,
    promotion_payload,
    simple_product,
    wait_for,
)
from .helpers import LOCATION, MUG, US_REGION

PRICED = "*variants.calculated_price"


# ------------------------------------------------------------------------------ 1. store browse


def test_store_browse_prices_handle_tree_collections_options(store: Medusa) -> None:
    listed = store.store.product.list(
        {"region_id": US_REGION, "fields": f"id,handle,{PRICED}", "order": "handle"}
    )
    assert [p.handle for p in listed.products] == ["harness-mug", "harness-pants", "harness-tshirt"]
    assert listed.count == 3  # the draft product is not counted either
    prices = {
        v.id: (v.calculated_price.calculated_amount, v.calculated_price.currency_code)
        for p in listed.products
        for v in p.variants
    }
    assert prices["variant_harness_tshirt_s_black"] == (20, "usd")
    assert prices["variant_harness_tshirt_m_white"] == (22, "usd")
    assert prices["variant_harness_pants_l"] == (45, "usd")

    by_handle = store.store.product.list(
        {"handle": "harness-tshirt", "region_id": EU_REGION, "fields": f"id,{PRICED}"}
    )
    assert [p.id for p in by_handle.products] == ["prod_harness_tshirt"]
    assert sorted(v.calculated_price.calculated_amount for v in by_handle.products[0].variants) == [
        18,
        18,
        20,
    ]
    assert store.store.product.list({"handle": "harness-draft"}).products == []

    # the category tree: roots with their descendants nested
    tree = store.store.category.list(
        {
            "include_descendants_tree": True,
            "parent_category_id": "null",
            "fields": "id,name,*category_children",
        }
    ).product_categories
    assert {c.id: sorted(child.id for child in c.category_children) for c in tree} == {
        "pcat_harness_apparel": ["pcat_harness_pants", "pcat_harness_shirts"],
        "pcat_harness_merch": [],
    }
    shirts = store.store.category.retrieve(
        "pcat_harness_shirts", query={"include_ancestors_tree": True, "fields": "id,*parent_category"}
    )
    assert shirts.product_category.parent_category.id == "pcat_harness_apparel"

    collection = store.store.collection.retrieve("pcol_harness_summer").collection
    assert (collection.handle, collection.title) == ("summer", collection.title)
    in_summer = store.store.product.list({"collection_id": [collection.id], "fields": "id"}).products
    assert sorted(p.id for p in in_summer) == ["prod_harness_pants", "prod_harness_tshirt"]

    options = store.store.product_option.list({"fields": "id,title,*values"}).product_options
    values = {o.title: sorted(v.value for v in o.values) for o in options}
    assert values["Material"] == ["Ceramic"] and values["Color"] == ["Black", "White"]
    size = next(o for o in options if o.title == "Size")
    assert store.store.product_option.retrieve(size.id).product_option.title == "Size"


def test_a_draft_product_is_hidden_from_the_store_until_published(
    admin: Medusa, store: Medusa, unique: str
) -> None:
    product_id = simple_product(
        admin, f"Lamp {unique}", status="draft", sales_channels=[{"id": DEFAULT_CHANNEL}]
    )
    assert store.store.product.list({"id": [product_id]}).products == []
    with pytest.raises(NotFoundError):
        store.store.product.retrieve(product_id)
    admin.admin.product.update(product_id, {"status": "published"})
    seen = store.store.product.retrieve(
        product_id, query={"region_id": US_REGION, "fields": f"id,status,{PRICED}"}
    )
    assert seen.product.variants[0].calculated_price.calculated_amount == 5
    admin.admin.product.delete(product_id)


# --------------------------------------------------------------------------- 2. promotions


def _alice_cart(alice: Medusa) -> str:
    cart = alice.store.cart.create({"region_id": US_REGION}).cart
    assert cart.customer_id == "cus_harness_alice"
    alice.store.cart.create_line_item(cart.id, {"variant_id": MUG, "quantity": 2})
    return cart.id


def test_promotion_with_campaign_and_rules_applies_by_rule(
    admin: Medusa, store: Medusa, alice: Medusa, unique: str
) -> None:
    campaign = admin.admin.campaign.create(campaign_payload(unique)).campaign
    assert campaign.id.startswith("procamp_")
    assert (campaign.budget.type, campaign.budget.limit, campaign.budget.used) == ("spend", 1000, 0)
    code = f"VIP{unique}".upper()
    promotion = admin.admin.promotion.create(promotion_payload(code, campaign_id=campaign.id)).promotion
    assert (promotion.code, promotion.status, promotion.campaign_id) == (code, "active", campaign.id)
    assert [(r.attribute, [v.value for v in r.values]) for r in promotion.rules] == [
        ("customer.groups.id", [VIP_GROUP])
    ]
    assert promotion.application_method.target_rules[0].attribute == "items.product.id"
    fetched = admin.admin.campaign.retrieve(campaign.id, query={"fields": "id,*promotions"}).campaign
    assert [(p.id, p.code) for p in fetched.promotions] == [(promotion.id, code)]
    in_campaign = admin.admin.promotion.list({"campaign_id": campaign.id, "fields": "id,code"}).promotions
    assert [p.id for p in in_campaign] == [promotion.id]

    # the attributes a cart rule may test
    attributes = admin.admin.promotion.list_rule_attributes("rules", "standard").attributes
    assert {a.id: a.value for a in attributes}["customer_group"] == "customer.groups.id"
    assert {"region.id", "shipping_address.country_code", "sales_channel_id"} <= {a.value for a in attributes}

    # a region rule for the EU: alice (VIP) with a US cart gets nothing
    added = admin.admin.promotion.add_rules(
        promotion.id,
        "rules",
        {"rules": [{"attribute": "region.id", "operator": "eq", "values": [EU_REGION]}]},
    )
    # the server answers the batch ({created, updated, deleted}), not the {promotion} of js-sdk
    [region_rule] = added.created
    assert (region_rule.attribute, [v.value for v in region_rule.values]) == ("region.id", [EU_REGION])
    cart_id = _alice_cart(alice)
    cart = alice.store.cart.add_promotions(cart_id, {"promo_codes": [code]}).cart
    assert (cart.discount_total, cart.promotions) == (0, [])

    # the rule now says US: the code applies to alice's cart, 10 % of each mug
    updated = admin.admin.promotion.update_rules(
        promotion.id,
        "rules",
        {"rules": [{"id": region_rule.id, "operator": "in", "values": [US_REGION, EU_REGION]}]},
    )
    assert [r.id for r in updated.updated] == [region_rule.id]
    cart = alice.store.cart.add_promotions(cart_id, {"promo_codes": [code]}).cart
    assert [p.code for p in cart.promotions] == [code]
    method = cart.promotions[0].application_method
    assert (method.type, method.value, method.currency_code) == ("percentage", 10, None)
    assert [(a.code, a.amount) for a in cart.items[0].adjustments] == [(code, 2.4)]
    assert (cart.discount_total, cart.total) == (2.4, 21.6)

    # an anonymous shopper is in no group: the code is accepted but not applied
    guest = store.store.cart.create({"region_id": US_REGION}).cart
    store.store.cart.create_line_item(guest.id, {"variant_id": MUG, "quantity": 2})
    guest_cart = store.store.cart.add_promotions(guest.id, {"promo_codes": [code]}).cart
    assert (guest_cart.discount_total, guest_cart.promotions, guest_cart.items[0].adjustments) == (0, [], [])

    # target rules: widen the items the discount targets
    target = admin.admin.promotion.list_rules(promotion.id, "target-rules").rules
    assert [(r.attribute, [v.value for v in r.values]) for r in target] == [
        ("items.product.id", ["prod_harness_mug"])
    ]
    admin.admin.promotion.update_rules(
        promotion.id,
        "target-rules",
        {"rules": [{"id": target[0].id, "values": ["prod_harness_mug", "prod_harness_pants"]}]},
    )
    target = admin.admin.promotion.list_rules(promotion.id, "target-rules").rules
    assert sorted(v.value for v in target[0].values) == ["prod_harness_mug", "prod_harness_pants"]
    added_target = admin.admin.promotion.add_rules(
        promotion.id,
        "target-rules",
        {
            "rules": [
                {
                    "attribute": "items.product.categories.id",
                    "operator": "in",
                    "values": ["pcat_harness_merch"],
                }
            ]
        },
    ).created[0]
    removed_target = admin.admin.promotion.remove_rules(
        promotion.id, "target-rules", {"rule_ids": [added_target.id]}
    )
    assert removed_target.deleted == {
        "ids": [added_target.id],
        "object": "promotion-rule",
        "deleted": True,
    }

    # list_rules labels the values; remove_rules drops the region rule again
    rules = admin.admin.promotion.list_rules(promotion.id, "rules").rules
    labelled = {r.attribute: [(v.value, v.label) for v in r.values] for r in rules}
    assert labelled["customer.groups.id"] == [(VIP_GROUP, "VIP")]
    assert sorted(labelled["region.id"]) == [(EU_REGION, "Europe"), (US_REGION, "United States")]
    admin.admin.promotion.remove_rules(promotion.id, "rules", {"rule_ids": [region_rule.id]})
    rules = admin.admin.promotion.retrieve(
        promotion.id, query={"fields": "id,*rules,*rules.values"}
    ).promotion.rules
    assert [r.attribute for r in rules] == ["customer.groups.id"]

    assert admin.admin.promotion.delete(promotion.id).deleted is True
    assert admin.admin.campaign.delete(campaign.id).deleted is True


def test_campaign_without_optional_fields_parses(admin: Medusa, unique: str) -> None:
    payload = {
        "name": f"Bare {unique}",
        "campaign_identifier": f"bare-{unique}",
        "budget": {"type": "usage", "limit": 5},
    }
    created = admin.admin.campaign.create(payload).campaign
    admin.admin.campaign.delete(created.id)
    assert (created.description, created.starts_at, created.ends_at) == (None, None, None)
    assert (created.budget.type, created.budget.limit, created.budget.currency_code) == ("usage", 5, None)
    assert created.budget.attribute is None


def test_cart_with_an_applied_promotion_parses(admin: Medusa, alice: Medusa, unique: str) -> None:
    code = f"PARSE{unique}".upper()
    promotion = admin.admin.promotion.create(promotion_payload(code)).promotion
    try:
        cart = alice.store.cart.add_promotions(_alice_cart(alice), {"promo_codes": [code]}).cart
        assert cart.promotions[0].application_method.value == 10
    finally:
        admin.admin.promotion.delete(promotion.id)


# ------------------------------------------------------------------------- 3. price lists


def _mug_price(client: Medusa) -> tuple:
    product = client.store.product.retrieve(
        "prod_harness_mug", query={"region_id": US_REGION, "fields": f"id,{PRICED}"}
    )
    price = product.product.variants[0].calculated_price
    return price.calculated_amount, price.original_amount, price.calculated_price.price_list_type


def test_price_list_for_a_customer_group_prices_members_only(
    admin: Medusa, store: Medusa, alice: Medusa, unique: str
) -> None:
    price_list = admin.admin.price_list.create(
        {
            "title": f"VIP sale {unique}",
            "description": "members only",
            "type": "sale",
            "status": "active",
            "rules": {"customer.groups.id": [VIP_GROUP]},
        }
    ).price_list
    assert (price_list.type, price_list.status, price_list.rules) == (
        "sale",
        "active",
        {"customer.groups.id": [VIP_GROUP]},
    )
    batch = admin.admin.price_list.batch_prices(
        price_list.id,
        {
            "create": [
                {"variant_id": MUG, "currency_code": "usd", "amount": 9},
                {"variant_id": "variant_harness_pants_m", "currency_code": "usd", "amount": 30},
            ]
        },
    )
    assert sorted(p.amount for p in batch.created) == [9, 30]
    mug_price = next(p for p in batch.created if p.amount == 9)

    assert _mug_price(alice) == (9, 12, "sale")
    assert _mug_price(store) == (12, 12, None)

    # unlink the pants: their price leaves the list
    admin.admin.price_list.link_products(price_list.id, {"remove": ["prod_harness_pants"]})
    prices = admin.admin.price_list.prices(price_list.id).prices
    assert [(p.id, p.amount) for p in prices] == [(mug_price.id, 9)]

    changed = admin.admin.price_list.batch_prices(
        price_list.id,
        {"update": [{"id": mug_price.id, "variant_id": MUG, "currency_code": "usd", "amount": 8}]},
    )
    assert [p.amount for p in changed.updated] == [8]
    assert _mug_price(alice)[0] == 8

    # a draft list prices nobody; deleting it too
    admin.admin.price_list.update(price_list.id, {"status": "draft"})
    assert _mug_price(alice)[0] == 12
    deleted = admin.admin.price_list.delete(price_list.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (price_list.id, "price_list", True)
    with pytest.raises(NotFoundError):
        admin.admin.price_list.retrieve(price_list.id)


# ---------------------------------------------------------------------------- 4. inventory


def test_inventory_levels_and_standalone_reservations(admin: Medusa, unique: str) -> None:
    location = admin.admin.stock_location.create(
        {
            "name": f"Store room {unique}",
            "address": {"address_1": "2 Quay", "city": "Odense", "country_code": "dk"},
        }
    ).stock_location
    renamed = admin.admin.stock_location.update(location.id, {"name": f"Back room {unique}"}).stock_location
    assert (renamed.name, renamed.address.city) == (f"Back room {unique}", "Odense")
    admin.admin.stock_location.update_sales_channels(location.id, {"add": [DEFAULT_CHANNEL]})
    admin.admin.stock_location.update_fulfillment_providers(location.id, {"add": ["manual_manual"]})
    linked = admin.admin.stock_location.retrieve(
        location.id, query={"fields": "id,*sales_channels,*fulfillment_providers"}
    ).stock_location
    assert ([c.id for c in linked.sales_channels], [p.id for p in linked.fulfillment_providers]) == (
        [DEFAULT_CHANNEL],
        ["manual_manual"],
    )

    item = admin.admin.inventory_item.create(
        {"sku": f"CRATE-{unique}", "title": f"Crate {unique}"}
    ).inventory_item
    assert (item.stocked_quantity, item.reserved_quantity, item.location_levels) == (0, 0, [])
    assert [i.id for i in admin.admin.inventory_item.list({"sku": f"CRATE-{unique}"}).inventory_items] == [
        item.id
    ]
    levels = admin.admin.inventory_item.batch_update_levels(
        item.id,
        {
            "create": [
                {"location_id": location.id, "stocked_quantity": 7},
                {"location_id": LOCATION, "stocked_quantity": 3},
            ]
        },
    )
    assert sorted((lv.location_id, lv.stocked_quantity) for lv in levels.created) == sorted(
        [(location.id, 7), (LOCATION, 3)]
    )
    after = admin.admin.inventory_item.update_level(
        item.id, location.id, {"stocked_quantity": 12}
    ).inventory_item
    assert after.stocked_quantity == 15

    reservation = admin.admin.reservation.create(
        {"inventory_item_id": item.id, "location_id": location.id, "quantity": 4, "description": "hold"}
    ).reservation
    assert (reservation.line_item_id, reservation.quantity, reservation.description) == (None, 4, "hold")
    reservation = admin.admin.reservation.update(reservation.id, {"quantity": 5}).reservation
    assert reservation.quantity == 5
    item = admin.admin.inventory_item.retrieve(item.id).inventory_item
    assert (item.stocked_quantity, item.reserved_quantity) == (15, 5)
    level = {lv.location_id: lv for lv in admin.admin.inventory_item.list_levels(item.id).inventory_levels}[
        location.id
    ]
    assert (level.stocked_quantity, level.reserved_quantity, level.available_quantity) == (12, 5, 7)
    assert [r.id for r in admin.admin.reservation.list({"inventory_item_id": item.id}).reservations] == [
        reservation.id
    ]

    assert admin.admin.reservation.delete(reservation.id).deleted is True
    assert admin.admin.inventory_item.retrieve(item.id).inventory_item.reserved_quantity == 0
    # a level with stock cannot go (the API has no force flag); emptied, it can
    with pytest.raises(NotAllowedError):
        admin.admin.inventory_item.delete_level(item.id, location.id)
    admin.admin.inventory_item.update_level(item.id, location.id, {"stocked_quantity": 0})
    assert admin.admin.inventory_item.delete_level(item.id, location.id).deleted is True
    assert admin.admin.inventory_item.delete(item.id).deleted is True
    assert admin.admin.stock_location.delete(location.id).deleted is True


def test_order_reservation_of_a_line_item(admin: Medusa, store: Medusa, unique: str) -> None:
    order = order_of(store, TSHIRT_S_BLACK, 2, f"reserve-{unique}@example.com")
    line = admin.admin.order.retrieve(order.id, query={"fields": "id,*items"}).order.items[0]
    reservations = admin.admin.reservation.list({"line_item_id": line.id}).reservations
    assert [(r.location_id, r.quantity) for r in reservations] == [(LOCATION, 2)]
    item_id = reservations[0].inventory_item_id
    before = admin.admin.inventory_item.retrieve(item_id).inventory_item.reserved_quantity

    # one more unit held for the same line item, then the order's own reservation released
    extra = admin.admin.reservation.create(
        {"line_item_id": line.id, "inventory_item_id": item_id, "location_id": LOCATION, "quantity": 1}
    ).reservation
    assert extra.line_item_id == line.id
    assert admin.admin.inventory_item.retrieve(item_id).inventory_item.reserved_quantity == before + 1
    admin.admin.reservation.delete(reservations[0].id)
    assert [r.id for r in admin.admin.reservation.list({"line_item_id": line.id}).reservations] == [extra.id]
    assert admin.admin.inventory_item.retrieve(item_id).inventory_item.reserved_quantity == before - 1
    admin.admin.reservation.delete(extra.id)


# ------------------------------------------------------------- 10. product import and export


def test_product_export_writes_a_csv_and_a_feed_notification(admin: Medusa) -> None:
    started = time.time()
    exported = admin.admin.product.export({}, query={"id": ["prod_harness_mug"]})
    assert exported.transaction_id.startswith("auto-")
    assert exported.response.status_code == 202

    def notification():
        page = admin.admin.notification.list({"order": "-created_at", "limit": 5})
        return next(
            (
                n
                for n in page.notifications
                if n.created_at.timestamp() >= started - 1 and (n.data or {}).get("title") == "Product export"
            ),
            None,
        )

    note = wait_for(notification, "the export's notification")
    assert (note.channel, note.template, note.to) == ("feed", "admin-ui", "")
    assert admin.admin.notification.retrieve(note.id).notification.id == note.id
    file = note.data["file"]
    assert file["mimeType"] == "text/csv" and file["filename"].endswith("product-exports.csv")
    stored = next(STATIC_DIR.glob(f"*{file['filename']}"))
    lines = stored.read_text().splitlines()
    assert lines[0].startswith("Product Id,Product Handle,Product Title")
    assert [line.split(",")[1] for line in lines[1:]] == ["harness-mug"]


def test_product_create_import_then_confirm_creates_the_product(
    admin: Medusa, store: Medusa, unique: str
) -> None:
    handle = f"imported-{unique}"
    started = admin.admin.product.create_import(("products.csv", product_csv(handle, usd=7), "text/csv"))
    assert started.transaction_id
    assert (started.summary.toCreate, started.summary.toUpdate) == (1, 0)
    assert admin.admin.product.list({"handle": handle}).products == []  # waits for the confirmation
    confirmed = admin.admin.product.confirm_import(started.transaction_id)
    assert confirmed.response.status_code == 202

    products = wait_for(
        lambda: admin.admin.product.list({"handle": handle, "fields": "id,status"}).products, "the import"
    )
    assert products[0].status == "published"

    # the variants' prices are written a moment after the product itself
    def priced() -> list:
        seen = store.store.product.list({"handle": handle, "region_id": US_REGION, "fields": f"id,{PRICED}"})
        return [
            v.calculated_price.calculated_amount
            for p in seen.products
            for v in p.variants
            if v.calculated_price
        ]

    assert wait_for(priced, "the imported prices") == [7]
    admin.admin.product.delete(products[0].id)


def test_deprecated_product_import_cannot_be_confirmed_by_confirm_import(admin: Medusa, unique: str) -> None:
    """``import_`` (POST /admin/products/import) starts 2.21's old import workflow; ``confirm_import``
    (js-sdk's confirmImport) confirms the new one (/imports/{id}/confirm): the server finds no such
    transaction, and the products are never created (its own confirm route is /import/{id}/confirm)."""
    handle = f"old-import-{unique}"
    started = admin.admin.product.import_(("products.csv", product_csv(handle), "text/csv"))
    assert started.response.status_code == 202
    assert (started.summary.toCreate, started.summary.toUpdate) == (1, 0)
    with pytest.raises(NotFoundError) as caught:
        admin.admin.product.confirm_import(started.transaction_id)
    assert caught.value.message == f"Transaction {started.transaction_id} could not be found."
    assert admin.admin.product.list({"handle": handle}).products == []
