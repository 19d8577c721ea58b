"""Admin flows on a real Medusa v1 server: every admin resource, each response structured into typed models.

Products with options, variants and prices; categories and collections; regions, tax rates, the store and
currencies; users and invites; a product export batch job; uploads; stock locations, inventory items, sales
channels, publishable keys, shipping; return reasons; and a list call on every other admin resource. The last
test checks that this file touches every attribute of ``medusa.admin``.
"""

from __future__ import annotations

import ast
import contextlib
import io
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Set, Tuple

import pytest
import requests

from medusa_client import (
    DuplicateError,
    EmptyResponse,
    InvalidDataError,
    JSONResponse,
    Medusa,
    NotAllowedError,
    NotFoundError,
    ServerError,
)
from medusa_client._medusa import children
from medusa_client.models import (
    AdminAppsListRes,
    AdminAuthRes,
    AdminBatchJobListRes,
    AdminBatchJobRes,
    AdminCollectionsListRes,
    AdminCollectionsRes,
    AdminCurrenciesListRes,
    AdminCustomerGroupsListRes,
    AdminCustomersListRes,
    AdminDeleteProductsFromCollectionRes,
    AdminDiscountsListRes,
    AdminDraftOrdersListRes,
    AdminExtendedStoresRes,
    AdminGetVariantsVariantInventoryRes,
    AdminGiftCardsListRes,
    AdminInventoryItemsListWithVariantsAndLocationLevelsRes,
    AdminInventoryItemsLocationLevelsRes,
    AdminInventoryItemsRes,
    AdminListInvitesRes,
    AdminNotesListRes,
    AdminNotificationsListRes,
    AdminOrderEditsListRes,
    AdminOrdersListRes,
    AdminPriceListsListRes,
    AdminProductCategoriesCategoryRes,
    AdminProductCategoriesListRes,
    AdminProductsListVariantsRes,
    AdminProductsRes,
    AdminPublishableApiKeysRes,
    AdminRegionsRes,
    AdminReservationsListRes,
    AdminReturnReasonsRes,
    AdminReturnsListRes,
    AdminSalesChannelsRes,
    AdminShippingOptionsRes,
    AdminShippingProfilesRes,
    AdminStockLocationsListRes,
    AdminStockLocationsRes,
    AdminSwapsListRes,
    AdminTaxRatesRes,
    AdminUploadsRes,
    AdminUserRes,
    AdminVariantsListRes,
    AdminVariantsRes,
    BatchJob,
    BatchJobResultStatDescriptorsItem,
    FulfillmentProvider,
    Invite,
    PaymentProvider,
    PricedProduct,
    Product,
    ProductCategory,
    ReturnReason,
    SalesChannel,
    ShippingOptionRequirement,
    User,
)
from medusa_client.models import ProductVariant as ProductVariantModel

from .conftest import ADMIN_EMAIL, BASE_URL, SALES_CHANNEL_ID

WAREHOUSE = "sloc_harness_warehouse"
TSHIRT_M_BLACK = "variant_harness_tshirt_m_black"


class Products:
    """Products made by one test (drafts, so the store API never sees them), deleted when it ends."""

    def __init__(self, admin: Medusa, unique: str) -> None:
        self.client = admin
        self.unique = unique
        self.ids: List[str] = []

    def make(self, label: str, **extra: Any) -> PricedProduct:
        """A product with one variant whose inventory is not managed (so it has no inventory item)."""
        payload: Dict[str, Any] = {
            "title": f"{label} {self.unique}",
            "options": [{"title": "Size"}],
            "variants": [
                {
                    "title": "One",
                    "manage_inventory": False,
                    "prices": [{"currency_code": "usd", "amount": 1000}],
                    "options": [{"value": "One"}],
                }
            ],
            **extra,
        }
        product = self.track(self.client.admin.products.create(payload).product)
        assert isinstance(product, PricedProduct) and product.status == "draft"
        return product

    def track(self, product: PricedProduct) -> PricedProduct:
        self.ids.append(product.id)
        return product

    def delete_all(self) -> None:
        for product_id in self.ids:
            with contextlib.suppress(NotFoundError):  # already deleted by the test
                self.client.admin.products.delete(product_id)


@pytest.fixture
def products(admin: Medusa, unique: str) -> Iterator[Products]:
    made = Products(admin, unique)
    yield made
    made.delete_all()


def make_region(admin: Medusa, unique: str, countries: List[str]) -> str:
    region = admin.admin.regions.create(
        {
            "name": f"flows-{unique}",
            "currency_code": "usd",
            "tax_rate": 0,
            "payment_providers": ["manual"],
            "fulfillment_providers": ["manual"],
            "countries": countries,
        }
    ).region
    return region.id


def wait_for(fetch: Callable[[], BatchJob], states: Tuple[str, ...], seconds: float = 30.0) -> BatchJob:
    """Poll ``fetch`` until the batch job reaches one of ``states`` (the local event bus runs it)."""
    deadline = time.monotonic() + seconds
    while True:
        job = fetch()
        if job.status in states or time.monotonic() > deadline:
            return job
        time.sleep(0.2)


# --------------------------------------------------------------------------- products


def test_product_with_options_variants_and_prices(admin: Medusa, unique: str, products: Products) -> None:
    api = admin.admin.products
    created = api.create(
        {
            "title": f"Flow {unique}",
            "status": "published",
            "type": {"value": f"type-{unique}"},
            "tags": [{"value": f"tag-{unique}"}],
            "options": [{"title": "Size"}],
            "variants": [
                {
                    "title": "S",
                    "prices": [{"currency_code": "usd", "amount": 1500}],
                    "options": [{"value": "S"}],
                }
            ],
        }
    )
    assert isinstance(created, AdminProductsRes) and created.response.status_code == 200
    product = products.track(created.product)
    assert product.status == "published" and [o.title for o in product.options] == ["Size"]
    [small] = product.variants
    assert (small.title, [(p.currency_code, p.amount) for p in small.prices]) == ("S", [("usd", 1500)])
    assert [v.value for v in small.options] == ["S"]
    size = product.options[0]

    updated = api.update(product.id, {"title": f"Flow2 {unique}", "description": "long"}).product
    assert (updated.title, updated.description) == (f"Flow2 {unique}", "long")

    with_color = api.add_option(product.id, {"title": "Color"}).product
    [color] = [o for o in with_color.options if o.title == "Color"]
    # The server gives the existing variant a placeholder value for the new option.
    [small_now] = with_color.variants
    assert sorted(v.value for v in small_now.options) == ["Default Value", "S"]
    renamed = api.update_option(product.id, color.id, {"title": "Colour"}).product
    assert sorted(o.title for o in renamed.options) == ["Colour", "Size"]

    with_medium = api.create_variant(
        product.id,
        {
            "title": "M",
            "prices": [{"currency_code": "usd", "amount": 1700}],
            "options": [{"option_id": size.id, "value": "M"}, {"option_id": color.id, "value": "Red"}],
        },
    ).product
    [medium] = [v for v in with_medium.variants if v.title == "M"]
    api.update_variant(
        product.id, medium.id, {"title": "Medium", "prices": [{"currency_code": "usd", "amount": 1800}]}
    )

    variants = api.list_variants(product.id)
    assert isinstance(variants, AdminProductsListVariantsRes) and variants.count == 2
    by_id = {v.id: v for v in variants.variants}
    assert by_id[medium.id].title == "Medium"
    assert [(p.currency_code, p.amount) for p in by_id[medium.id].prices] == [("usd", 1800)]
    assert sorted(v.value for v in by_id[medium.id].options) == ["M", "Red"]

    removed_variant = api.delete_variant(product.id, medium.id)
    assert (removed_variant.variant_id, removed_variant.object, removed_variant.deleted) == (
        medium.id,
        "product-variant",
        True,
    )
    assert [v.id for v in removed_variant.product.variants] == [small.id]
    removed_option = api.delete_option(product.id, color.id)
    assert (removed_option.option_id, removed_option.deleted) == (color.id, True)
    assert [o.title for o in removed_option.product.options] == ["Size"]

    with_metadata = api.set_metadata(product.id, {"key": "origin", "value": "flows"}).product
    assert with_metadata.metadata == {"origin": "flows"}

    types = api.list_types().types
    assert f"type-{unique}" in {t.value for t in types}
    [tag] = [t for t in api.list_tags().tags if t.value == f"tag-{unique}"]
    assert tag.usage_count == "1"  # the server counts in SQL and sends a string

    deleted = api.delete(product.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (product.id, "product", True)
    with pytest.raises(NotFoundError):
        api.retrieve(product.id)


def test_variants_list_retrieve_with_query_and_inventory(
    admin: Medusa, unique: str, products: Products
) -> None:
    product = products.track(
        admin.admin.products.create(
            {
                "title": f"Inv {unique}",
                "options": [{"title": "Size"}],
                "variants": [
                    {
                        "title": "S",
                        "prices": [{"currency_code": "usd", "amount": 700}],
                        "options": [{"value": "S"}],
                    }
                ],
            }
        ).product
    )
    [variant] = product.variants

    listed = admin.admin.variants.list({"id": variant.id})
    assert isinstance(listed, AdminVariantsListRes) and listed.count == 1
    assert listed.variants[0].title == "S" and listed.variants[0].prices[0].amount == 700

    fetched = admin.admin.variants.retrieve(variant.id, {"expand": "prices"})
    assert isinstance(fetched, AdminVariantsRes) and fetched.variant.id == variant.id
    # medusa-js drops the id when a query is given; here the id stays in the path.
    request_url = fetched.response.request.url or ""
    assert request_url.endswith(f"/admin/variants/{variant.id}?expand=prices")

    # A managed variant without a SKU has an inventory item whose sku is null, and no stock anywhere.
    fresh = admin.admin.variants.get_inventory(variant.id)
    assert isinstance(fresh, AdminGetVariantsVariantInventoryRes)
    [item] = fresh.variant.inventory
    assert item.sku is None and item.location_levels == []
    assert {a.available_quantity for a in fresh.variant.sales_channel_availability} == {None}

    seeded = admin.admin.variants.get_inventory(TSHIRT_M_BLACK).variant
    [seeded_item] = seeded.inventory
    assert seeded_item.sku == "HARNESS-TS-M-BLK"
    [level] = seeded_item.location_levels
    assert (level.location_id, level.inventory_item_id) == (WAREHOUSE, "iitem_harness_tshirt_m_black")
    assert level.available_quantity == level.stocked_quantity - level.reserved_quantity
    assert SALES_CHANNEL_ID in {a.channel_id for a in seeded.sales_channel_availability}

    admin.admin.products.delete(product.id)
    # The inventory item of the deleted variant stays, listed with a null variant.
    items = admin.admin.inventory_items.list({"id": item.id})
    assert isinstance(items, AdminInventoryItemsListWithVariantsAndLocationLevelsRes) and items.count == 1
    assert (items.inventory_items[0].sku, items.inventory_items[0].variants) == (None, [None])


# --------------------------------------------------------------------------- categories and collections


def test_product_categories_tree_and_product_batches(admin: Medusa, unique: str, products: Products) -> None:
    categories = admin.admin.product_categories
    first = products.make("CatA")
    second = products.make("CatB")

    parent = categories.create({"name": f"Parent {unique}", "is_active": True, "is_internal": False})
    assert isinstance(parent, AdminProductCategoriesCategoryRes)
    parent_id = parent.product_category.id
    child = categories.create({"name": f"Child {unique}", "parent_category_id": parent_id}).product_category
    assert child.parent_category_id == parent_id
    assert isinstance(child.parent_category, ProductCategory) and child.parent_category.id == parent_id

    renamed = categories.update(child.id, {"name": f"Kid {unique}", "description": "small"}).product_category
    assert (renamed.name, renamed.description) == (f"Kid {unique}", "small")

    categories.add_products(child.id, {"product_ids": [{"id": first.id}, {"id": second.id}]})
    in_category = admin.admin.products.list({"category_id": [child.id]})
    assert sorted(p.id for p in in_category.products) == sorted([first.id, second.id])
    categories.remove_products(child.id, {"product_ids": [{"id": first.id}]})
    assert [p.id for p in admin.admin.products.list({"category_id": [child.id]}).products] == [second.id]

    tree = categories.list({"q": unique, "parent_category_id": "null", "include_descendants_tree": True})
    assert isinstance(tree, AdminProductCategoriesListRes) and tree.count == 1
    [root] = tree.product_categories
    assert root.id == parent_id and root.parent_category_id is None
    [leaf] = root.category_children
    assert isinstance(leaf, ProductCategory) and (leaf.id, leaf.name) == (child.id, f"Kid {unique}")
    assert leaf.category_children == []

    fetched = categories.retrieve(parent_id, {"expand": "category_children"}).product_category
    assert [c.id for c in fetched.category_children] == [child.id]

    with pytest.raises(NotAllowedError, match="with category children is not allowed"):
        categories.delete(parent_id)
    assert categories.delete(child.id).deleted is True
    gone = categories.delete(parent_id)
    assert (gone.id, gone.object, gone.deleted) == (parent_id, "product-category", True)
    with pytest.raises(NotFoundError):
        categories.retrieve(parent_id)


def test_collections_lifecycle(admin: Medusa, unique: str, products: Products) -> None:
    collections = admin.admin.collections
    first = products.make("ColA")
    second = products.make("ColB")

    created = collections.create({"title": f"Col {unique}", "handle": f"col-{unique}", "metadata": {"a": 1}})
    assert isinstance(created, AdminCollectionsRes)
    collection = created.collection
    assert (collection.handle, collection.metadata, collection.products) == (f"col-{unique}", {"a": 1}, [])
    assert collections.update(collection.id, {"title": f"Col2 {unique}"}).collection.title == f"Col2 {unique}"

    added = collections.add_products(collection.id, {"product_ids": [first.id, second.id]}).collection
    assert all(isinstance(p, Product) for p in added.products)
    assert sorted(p.id for p in added.products) == sorted([first.id, second.id])
    assert all(p.collection_id == collection.id for p in added.products)

    removed = collections.remove_products(collection.id, {"product_ids": [first.id]})
    assert isinstance(removed, AdminDeleteProductsFromCollectionRes)
    assert (removed.id, removed.object, removed.removed_products) == (
        collection.id,
        "product-collection",
        [first.id],
    )
    assert admin.admin.products.retrieve(first.id).product.collection_id is None

    listed = collections.list({"q": unique})
    assert isinstance(listed, AdminCollectionsListRes) and [c.id for c in listed.collections] == [
        collection.id
    ]
    assert [c.id for c in collections.list({"handle": f"col-{unique}"}).collections] == [collection.id]
    fetched = collections.retrieve(collection.id).collection
    assert [p.id for p in fetched.products] == [second.id]

    # A deleted collection stays referenced by its products' collection_id, and the server then expands it
    # as an object of nulls; empty the collection first.
    collections.remove_products(collection.id, {"product_ids": [second.id]})
    deleted = collections.delete(collection.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (collection.id, "product-collection", True)
    with pytest.raises(NotFoundError):
        collections.retrieve(collection.id)


# --------------------------------------------------------------------------- regions, taxes, store, currencies


def test_region_countries_and_providers(admin: Medusa, unique: str) -> None:
    regions = admin.admin.regions
    created = regions.create(
        {
            "name": f"flows-{unique}",
            "currency_code": "usd",
            "tax_rate": 5,
            "payment_providers": ["manual"],
            "fulfillment_providers": ["manual"],
            "countries": ["mx"],
        }
    )
    assert isinstance(created, AdminRegionsRes)
    region = created.region
    other_id = make_region(admin, unique + "b", [])
    try:
        assert [c.iso_2 for c in region.countries] == ["mx"] and region.countries[0].num_code == 484
        assert [p.id for p in region.payment_providers] == ["manual"]
        assert all(isinstance(p, FulfillmentProvider) for p in region.fulfillment_providers)

        updated = regions.update(region.id, {"name": f"flows2-{unique}", "tax_code": "TX"}).region
        assert (updated.name, updated.tax_code, updated.tax_rate) == (f"flows2-{unique}", "TX", 5)

        with_brazil = regions.add_country(region.id, {"country_code": "br"}).region
        assert sorted(c.iso_2 for c in with_brazil.countries) == ["br", "mx"]
        with pytest.raises(DuplicateError, match="Brazil already exists in region"):
            regions.add_country(other_id, {"country_code": "br"})
        assert [c.iso_2 for c in regions.delete_country(region.id, "mx").region.countries] == ["br"]

        assert regions.delete_payment_provider(region.id, "manual").region.payment_providers == []
        back = regions.add_payment_provider(region.id, {"provider_id": "manual"}).region
        assert [p.id for p in back.payment_providers] == ["manual"]
        assert regions.delete_fulfillment_provider(region.id, "manual").region.fulfillment_providers == []
        again = regions.add_fulfillment_provider(region.id, {"provider_id": "manual"}).region
        assert [p.id for p in again.fulfillment_providers] == ["manual"]

        [options] = regions.retrieve_fulfillment_options(region.id).fulfillment_options
        assert options.provider_id == "manual"
        assert sorted(o["id"] for o in options.options) == ["manual-fulfillment", "manual-fulfillment-return"]

        assert region.id in {r.id for r in regions.list({"limit": 100}).auto_paging_iter()}
        narrowed = regions.retrieve(region.id, {"fields": "name"}).region
        assert narrowed.name == f"flows2-{unique}" and "tax_code" not in narrowed.to_dict()
    finally:
        regions.delete(other_id)
        deleted = regions.delete(region.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (region.id, "region", True)
    with pytest.raises(NotFoundError):
        regions.retrieve(region.id)


def test_tax_rates_with_products_types_and_shipping_options(
    admin: Medusa, unique: str, products: Products
) -> None:
    tax_rates = admin.admin.tax_rates
    region_id = make_region(admin, unique, [])
    product = products.make("Taxed", type={"value": f"taxtype-{unique}"})
    type_id = product.type_id
    assert isinstance(type_id, str)
    option = admin.admin.shipping_options.create(
        {
            "name": f"Taxed SO {unique}",
            "region_id": region_id,
            "provider_id": "manual",
            "data": {"id": "manual-fulfillment"},
            "price_type": "flat_rate",
            "amount": 500,
        }
    ).shipping_option

    everything = {"expand": ["products", "product_types", "shipping_options"]}
    created = tax_rates.create(
        {"region_id": region_id, "name": f"VAT {unique}", "code": f"V{unique}", "rate": 7.5}, everything
    )
    assert isinstance(created, AdminTaxRatesRes)
    rate = created.tax_rate
    assert (rate.rate, rate.region_id, rate.products, rate.product_types, rate.shipping_options) == (
        7.5,
        region_id,
        [],
        [],
        [],
    )
    assert tax_rates.update(rate.id, {"rate": 8}).tax_rate.rate == 8

    with_product = tax_rates.add_products(rate.id, {"products": [product.id]}, {"expand": ["products"]})
    assert [p.id for p in with_product.tax_rate.products] == [product.id]
    with_type = tax_rates.add_product_types(
        rate.id, {"product_types": [type_id]}, {"expand": ["product_types"]}
    )
    assert [t.value for t in with_type.tax_rate.product_types] == [f"taxtype-{unique}"]
    with_option = tax_rates.add_shipping_options(
        rate.id, {"shipping_options": [option.id]}, {"expand": ["shipping_options"]}
    )
    assert [o.id for o in with_option.tax_rate.shipping_options] == [option.id]
    with pytest.raises(NotAllowedError, match="must belong to the same Region"):
        tax_rates.add_shipping_options(rate.id, {"shipping_options": ["so_harness_us_standard"]})

    fetched = tax_rates.retrieve(rate.id, everything).tax_rate
    assert (len(fetched.products), len(fetched.product_types), len(fetched.shipping_options)) == (1, 1, 1)
    tax_rates.remove_products(rate.id, {"products": [product.id]})
    tax_rates.remove_product_types(rate.id, {"product_types": [type_id]})
    emptied = tax_rates.remove_shipping_options(
        rate.id, {"shipping_options": [option.id]}, {"expand": ["shipping_options"]}
    )
    assert emptied.tax_rate.shipping_options == []
    fetched = tax_rates.retrieve(rate.id, everything).tax_rate
    assert (fetched.products, fetched.product_types, fetched.shipping_options) == ([], [], [])

    listed = tax_rates.list({"region_id": region_id})
    assert listed.count == 1 and listed.tax_rates[0].code == f"V{unique}"
    narrowed = tax_rates.retrieve(rate.id, {"fields": ["name", "rate"]}).tax_rate
    assert (narrowed.name, narrowed.rate) == (f"VAT {unique}", 8) and "code" not in narrowed.to_dict()

    deleted = tax_rates.delete(rate.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (rate.id, "tax-rate", True)
    with pytest.raises(NotFoundError):
        tax_rates.retrieve(rate.id)
    admin.admin.shipping_options.delete(option.id)
    admin.admin.regions.delete(region_id)


def test_store_currencies_and_providers(admin: Medusa, unique: str) -> None:
    store = admin.admin.store
    retrieved = store.retrieve()
    assert isinstance(retrieved, AdminExtendedStoresRes)
    before = retrieved.store
    assert [p.id for p in before.payment_providers] == ["manual"]
    assert all(isinstance(p, PaymentProvider) for p in before.payment_providers)
    assert [p.id for p in before.fulfillment_providers] == ["manual"]
    flags = {f.key: f.value for f in before.feature_flags}
    assert flags["product_categories"] is True and flags["tax_inclusive_pricing"] is False
    modules = {m.module: m.resolution for m in before.modules}
    assert modules["eventBus"] == "@medusajs/event-bus-local"
    assert all(isinstance(r, (str, bool)) for r in modules.values())  # `false` for some modules
    assert before.default_location_id == WAREHOUSE
    if "jpy" in {c.code for c in before.currencies}:  # left over by an interrupted run
        store.delete_currency("jpy")

    try:
        renamed = store.update({"name": f"Store {unique}"}).store
        assert renamed.name == f"Store {unique}"

        added = store.add_currency("jpy")
        assert added.response.request.path_url == "/admin/store/currencies/jpy"  # medusa-js: /admin/store/jpy
        assert "jpy" in {c.code for c in added.store.currencies}
        removed = store.delete_currency("jpy").store
        assert "jpy" not in {c.code for c in removed.currencies}
        assert {c.code for c in removed.currencies} == {c.code for c in before.currencies} - {"jpy"}
    finally:
        store.update({"name": before.name})

    assert [p.id for p in store.list_payment_providers().payment_providers] == ["manual"]
    assert store.list_tax_providers().tax_providers == []

    currencies = admin.admin.currencies.list({"code": "jpy"})
    assert isinstance(currencies, AdminCurrenciesListRes) and currencies.count == 1
    assert (currencies.currencies[0].name, currencies.currencies[0].symbol) == ("Japanese Yen", "¥")
    # POST /admin/currencies/{code} exists only with the tax_inclusive_pricing feature flag (off here).
    with pytest.raises(NotFoundError) as caught:
        admin.admin.currencies.update("jpy", {})
    assert caught.value.status_code == 404


# --------------------------------------------------------------------------- users and invites


def test_users_and_password_reset(admin: Medusa, anonymous: Medusa, unique: str) -> None:
    users = admin.admin.users
    email = f"user-{unique}@example.com"
    created = users.create({"email": email, "password": "pw123456", "first_name": "Ann", "role": "member"})
    assert isinstance(created, AdminUserRes)
    user = created.user
    assert (user.email, user.first_name, user.role, user.api_token) == (email, "Ann", "member", None)

    listed = users.list({"q": unique})
    assert listed.count == 1 and isinstance(listed.users[0], User) and listed.users[0].id == user.id
    assert users.retrieve(user.id).user.email == email
    updated = users.update(user.id, {"last_name": "Lee", "role": "developer"}).user
    assert (updated.first_name, updated.last_name, updated.role) == ("Ann", "Lee", "developer")

    sent = anonymous.admin.users.send_reset_password_token({"email": email})
    assert isinstance(sent, EmptyResponse) and sent.response.status_code == 204
    assert "x-medusa-access-token" not in {k.lower() for k in sent.response.request.headers}
    # The same answer for an unknown email (no account enumeration).
    unknown = anonymous.admin.users.send_reset_password_token({"email": f"none-{unique}@example.com"})
    assert unknown.response.status_code == 204

    with pytest.raises(InvalidDataError) as bad_token:
        anonymous.admin.users.reset_password({"token": "not-a-jwt", "password": "new-pw-123"})
    assert (bad_token.value.status_code, bad_token.value.message) == (400, "invalid token")
    # With the email of a real user the server fails while verifying the token: its own 500.
    with pytest.raises(ServerError) as crashed:
        anonymous.admin.users.reset_password({"token": "not-a-jwt", "password": "new-pw-123", "email": email})
    assert (crashed.value.status_code, crashed.value.type) == (500, "unknown_error")

    deleted = users.delete(user.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (user.id, "user", True)
    with pytest.raises(NotFoundError):
        users.retrieve(user.id)


def test_invites(admin: Medusa, anonymous: Medusa, unique: str) -> None:
    invites = admin.admin.invites
    email = f"invitee-{unique}@example.com"
    created = invites.create({"user": email, "role": "member"})
    # The server answers 200 with the text "OK".
    assert isinstance(created, EmptyResponse) and created.response.text == "OK"

    listed = invites.list()
    assert isinstance(listed, AdminListInvitesRes)
    [invite] = [i for i in listed.invites if i.user_email == email]
    assert isinstance(invite, Invite) and (invite.role, invite.accepted) == ("member", False)
    assert invite.expires_at > invite.created_at

    resent = invites.resend(invite.id)
    assert isinstance(resent, EmptyResponse) and resent.response.status_code == 200
    [after] = [i for i in invites.list().invites if i.id == invite.id]
    assert after.expires_at > invite.expires_at  # a new token with a new expiry

    with pytest.raises(InvalidDataError, match="Token is not valid"):
        anonymous.admin.invites.accept(
            {"token": "not-a-jwt", "user": {"first_name": "A", "last_name": "B", "password": "pw123456"}}
        )

    deleted = invites.delete(invite.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (invite.id, "invite", True)
    assert invite.id not in {i.id for i in invites.list().invites}


# --------------------------------------------------------------------------- batch jobs


def test_product_export_batch_jobs(admin: Medusa, unique: str, products: Products) -> None:
    """One export run straight through, one dry run confirmed, one canceled: started together, since the
    local event bus takes a few seconds per step."""
    jobs = admin.admin.batch_jobs
    product = products.make("Exported")
    created = jobs.create({"type": "product-export", "context": {}, "dry_run": False})
    assert isinstance(created, AdminBatchJobRes)
    job = created.batch_job
    assert (job.type, job.status, job.dry_run) == ("product-export", "created", False)
    assert job.created_by == "usr_harness_admin" and job.completed_at is None
    to_confirm = jobs.create({"type": "product-export", "context": {}, "dry_run": True}).batch_job
    to_cancel = jobs.create({"type": "product-export", "context": {}, "dry_run": True}).batch_job

    for dry in (to_confirm, to_cancel):
        # A dry run stops after pre-processing, waiting for a confirmation.
        waiting = wait_for(lambda j=dry: jobs.retrieve(j.id).batch_job, ("pre_processed",))
        assert (waiting.status, waiting.dry_run, waiting.confirmed_at) == ("pre_processed", True, None)
        assert waiting.result and waiting.result.stat_descriptors[0].key == "product-export-count"
    canceled = jobs.cancel(to_cancel.id).batch_job
    assert canceled.status == "canceled" and canceled.canceled_at is not None
    with pytest.raises(NotAllowedError, match="not pre processed"):
        jobs.confirm(to_cancel.id)
    confirmed = jobs.confirm(to_confirm.id).batch_job
    assert confirmed.status == "confirmed" and confirmed.confirmed_at is not None

    done = wait_for(lambda: jobs.retrieve(job.id).batch_job, ("completed", "failed"))
    assert done.status == "completed", done.status
    assert done.pre_processed_at and done.confirmed_at and done.completed_at
    result = done.result
    assert result is not None and isinstance(result.file_key, str)
    assert result.file_key.startswith("exports/products/") and result.file_key.endswith(".csv")
    assert isinstance(result.file_size, (int, float)) and result.file_size > 0
    assert isinstance(result.count, (int, float)) and result.count >= 1 and result.progress == 1
    [descriptor] = result.stat_descriptors
    assert isinstance(descriptor, BatchJobResultStatDescriptorsItem)
    assert descriptor.key == "product-export-count"

    # The export is a file of the file service: fetch it through a download URL.
    url = admin.admin.uploads.get_presigned_download_url({"file_key": result.file_key}).download_url
    csv = requests.get(url, timeout=10)
    assert csv.status_code == 200
    assert csv.text.startswith("Product Id;Product Handle;Product Title")
    assert product.id in csv.text and product.handle and product.handle in csv.text

    confirmed_done = wait_for(lambda: jobs.retrieve(to_confirm.id).batch_job, ("completed", "failed"))
    assert confirmed_done.status == "completed" and confirmed_done.result and confirmed_done.result.file_key
    with pytest.raises(NotAllowedError, match="Cannot cancel completed batch job"):
        jobs.cancel(to_confirm.id)

    listed = jobs.list({"id": [job.id, to_confirm.id, to_cancel.id]})
    assert isinstance(listed, AdminBatchJobListRes) and listed.count == 3
    assert {j.id: j.status for j in listed.batch_jobs} == {
        job.id: "completed",
        to_confirm.id: "completed",
        to_cancel.id: "canceled",
    }
    with pytest.raises(NotFoundError, match="Unable to find a BatchJob strategy with the type nope"):
        jobs.create({"type": "nope", "context": {}, "dry_run": False})


# --------------------------------------------------------------------------- uploads


def test_uploads_from_path_bytes_and_file_object(admin: Medusa, unique: str, tmp_path: Path) -> None:
    uploads = admin.admin.uploads
    path = tmp_path / f"a-{unique}.txt"
    path.write_bytes(b"from a path " + unique.encode())
    raw = b"raw bytes " + unique.encode()
    handle = io.BytesIO(b"from a file object " + unique.encode())
    handle.name = f"c-{unique}.bin"

    created = uploads.create([str(path), raw, handle])
    assert isinstance(created, AdminUploadsRes)
    assert created.response.request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert len(created.uploads) == 3
    first, second, third = created.uploads
    assert first.key.endswith(f"a-{unique}.txt") and third.key.endswith(f"c-{unique}.bin")
    expected = [path.read_bytes(), raw, b"from a file object " + unique.encode()]
    for upload, content in zip(created.uploads, expected):
        assert upload.url == f"{BASE_URL}/uploads/{upload.key}"
        served = requests.get(upload.url, timeout=10)
        assert served.status_code == 200 and served.content == content

    protected = uploads.create_protected(b"private " + unique.encode())
    [private] = protected.uploads
    link = uploads.get_presigned_download_url({"file_key": private.key})
    assert link.download_url.endswith(private.key)
    assert requests.get(link.download_url, timeout=10).content == b"private " + unique.encode()

    for key in [private.key] + [u.key for u in created.uploads]:
        deleted = uploads.delete({"file_key": key})
        assert (deleted.id, deleted.object, deleted.deleted) == (key, "file", True)
    assert requests.get(second.url, timeout=10).status_code == 404


# --------------------------------------------------------------------------- stock, inventory, channels, keys


def test_stock_locations_and_inventory_levels(admin: Medusa, unique: str, products: Products) -> None:
    locations = admin.admin.stock_locations
    items = admin.admin.inventory_items
    created = locations.create(
        {"name": f"Loc {unique}", "address": {"address_1": "1 St", "country_code": "us", "city": "Austin"}}
    )
    assert isinstance(created, AdminStockLocationsRes)
    location = created.stock_location
    assert location.name == f"Loc {unique}" and location.address_id.startswith("laddr_")

    listed = locations.list({"name": f"Loc {unique}", "expand": "address"})
    assert isinstance(listed, AdminStockLocationsListRes) and listed.count == 1
    address = listed.stock_locations[0].address
    assert address and (address.city, address.country_code) == ("Austin", "us")
    assert locations.retrieve(location.id).stock_location.id == location.id
    assert locations.update(location.id, {"name": f"Loc2 {unique}"}).stock_location.name == f"Loc2 {unique}"

    product = products.make("Stocked")
    [variant] = product.variants
    item_res = items.create(
        {"variant_id": variant.id, "sku": f"SKU-{unique}", "material": "steel", "title": "W"}
    )
    assert isinstance(item_res, AdminInventoryItemsRes)
    item = item_res.inventory_item
    # The create workflow keeps sku and the physical fields, and drops title/description/thumbnail.
    assert (item.sku, item.material, item.title, item.requires_shipping) == (
        f"SKU-{unique}",
        "steel",
        None,
        True,
    )

    found = items.list({"sku": f"SKU-{unique}"})
    assert found.count == 1 and found.inventory_items[0].id == item.id
    [linked] = found.inventory_items[0].variants
    assert isinstance(linked, ProductVariantModel) and linked.id == variant.id
    assert items.retrieve(item.id).inventory_item.sku == f"SKU-{unique}"
    changed = items.update(item.id, {"title": "Widget 2", "weight": 5}).inventory_item
    assert (changed.title, changed.weight) == ("Widget 2", 5)

    items.create_location_level(
        item.id, {"location_id": location.id, "stocked_quantity": 10, "incoming_quantity": 2}
    )
    levels = items.list_location_levels(item.id)
    assert isinstance(levels, AdminInventoryItemsLocationLevelsRes) and levels.inventory_item.id == item.id
    [level] = levels.inventory_item.location_levels
    assert (level.location_id, level.stocked_quantity, level.incoming_quantity) == (location.id, 10, 2)
    [stock] = admin.admin.variants.get_inventory(variant.id).variant.inventory
    assert (stock.id, [lv.available_quantity for lv in stock.location_levels]) == (item.id, [10])

    items.update_location_level(item.id, location.id, {"stocked_quantity": 7})
    [level] = items.list_location_levels(item.id).inventory_item.location_levels
    assert (level.stocked_quantity, level.reserved_quantity) == (7, 0)
    items.delete_location_level(item.id, location.id)
    assert items.list_location_levels(item.id).inventory_item.location_levels == []

    deleted = items.delete(item.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (item.id, "inventory_item", True)
    with pytest.raises(NotFoundError):
        items.retrieve(item.id)
    removed = locations.delete(location.id)
    assert (removed.id, removed.object, removed.deleted) == (location.id, "stock_location", True)
    with pytest.raises(NotFoundError):
        locations.retrieve(location.id)


def test_sales_channels_products_and_locations(admin: Medusa, unique: str, products: Products) -> None:
    channels = admin.admin.sales_channels
    product = products.make("Channeled")
    location = admin.admin.stock_locations.create({"name": f"SC Loc {unique}"}).stock_location
    created = channels.create({"name": f"SC {unique}", "description": "flows"})
    assert isinstance(created, AdminSalesChannelsRes)
    channel = created.sales_channel
    assert (channel.name, channel.description, channel.is_disabled) == (f"SC {unique}", "flows", False)

    listed = channels.list({"q": unique})
    assert listed.count == 1 and isinstance(listed.sales_channels[0], SalesChannel)
    assert channels.retrieve(channel.id).sales_channel.name == f"SC {unique}"
    assert channels.update(channel.id, {"is_disabled": True}).sales_channel.is_disabled is True

    channels.add_products(channel.id, {"product_ids": [{"id": product.id}]})
    assert [p.id for p in admin.admin.products.list({"sales_channel_id": [channel.id]}).products] == [
        product.id
    ]
    channels.remove_products(channel.id, {"product_ids": [{"id": product.id}]})
    assert admin.admin.products.list({"sales_channel_id": [channel.id]}).count == 0

    def linked_channels() -> List[str]:
        [loc] = admin.admin.stock_locations.list(
            {"id": location.id, "expand": "sales_channels"}
        ).stock_locations
        return [c.id for c in loc.sales_channels or []]

    channels.add_location(channel.id, {"location_id": location.id})
    assert linked_channels() == [channel.id]
    # The server answers {"id", "object": "stock-location", "deleted"} (AdminSalesChannelsDeleteLocationRes),
    # while the method is typed AdminSalesChannelsRes as in medusa-js: check the effect.
    unlinked = channels.remove_location(channel.id, {"location_id": location.id})
    assert (unlinked.id, unlinked.object, unlinked.deleted) == (channel.id, "stock-location", True)
    assert linked_channels() == []

    deleted = channels.delete(channel.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (channel.id, "sales-channel", True)
    with pytest.raises(NotFoundError):
        channels.retrieve(channel.id)
    admin.admin.stock_locations.delete(location.id)


def test_publishable_api_keys(admin: Medusa, unique: str) -> None:
    keys = admin.admin.publishable_api_keys
    channel = admin.admin.sales_channels.create({"name": f"PK SC {unique}"}).sales_channel
    created = keys.create({"title": f"PK {unique}"})
    assert isinstance(created, AdminPublishableApiKeysRes)
    key = created.publishable_api_key
    assert (key.title, key.created_by, key.revoked_at) == (f"PK {unique}", "usr_harness_admin", None)

    assert [k.id for k in keys.list({"q": unique}).publishable_api_keys] == [key.id]
    assert keys.retrieve(key.id).publishable_api_key.title == f"PK {unique}"
    assert keys.update(key.id, {"title": f"PK2 {unique}"}).publishable_api_key.title == f"PK2 {unique}"

    keys.add_sales_channels_batch(key.id, {"sales_channel_ids": [{"id": channel.id}]})
    assert [c.id for c in keys.list_sales_channels(key.id).sales_channels] == [channel.id]
    keys.delete_sales_channels_batch(key.id, {"sales_channel_ids": [{"id": channel.id}]})
    assert keys.list_sales_channels(key.id).sales_channels == []

    revoked = keys.revoke(key.id).publishable_api_key
    assert revoked.revoked_by == "usr_harness_admin" and revoked.revoked_at is not None
    deleted = keys.delete(key.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (key.id, "publishable_api_key", True)
    with pytest.raises(NotFoundError):
        keys.retrieve(key.id)
    admin.admin.sales_channels.delete(channel.id)


def test_shipping_profiles_and_options(admin: Medusa, unique: str) -> None:
    profiles = admin.admin.shipping_profiles
    options = admin.admin.shipping_options
    region_id = make_region(admin, unique, [])
    created = profiles.create({"name": f"SP {unique}", "type": "custom"})
    assert isinstance(created, AdminShippingProfilesRes)
    profile = created.shipping_profile
    assert (profile.name, profile.type) == (f"SP {unique}", "custom")
    kinds = {p.id: p.type for p in profiles.list().shipping_profiles}
    assert kinds[profile.id] == "custom" and "default" in kinds.values()
    fetched = profiles.retrieve(profile.id).shipping_profile
    assert (fetched.products, fetched.shipping_options) == ([], [])
    assert profiles.update(profile.id, {"name": f"SP2 {unique}"}).shipping_profile.name == f"SP2 {unique}"

    made = options.create(
        {
            "name": f"SO {unique}",
            "region_id": region_id,
            "provider_id": "manual",
            "data": {"id": "manual-fulfillment"},
            "price_type": "flat_rate",
            "amount": 500,
            "profile_id": profile.id,
            "requirements": [{"type": "min_subtotal", "amount": 100}],
        }
    )
    assert isinstance(made, AdminShippingOptionsRes)
    option = made.shipping_option
    assert (option.amount, option.profile_id, option.region_id, option.is_return) == (
        500,
        profile.id,
        region_id,
        False,
    )
    [requirement] = option.requirements
    assert isinstance(requirement, ShippingOptionRequirement)
    assert (requirement.type, requirement.amount) == ("min_subtotal", 100)

    assert [o.id for o in options.list({"region_id": region_id}).shipping_options] == [option.id]
    assert options.retrieve(option.id).shipping_option.name == f"SO {unique}"
    changed = options.update(option.id, {"amount": 700, "requirements": []}).shipping_option
    assert (changed.amount, changed.requirements) == (700, [])

    gone = options.delete(option.id)
    assert (gone.id, gone.object, gone.deleted) == (option.id, "shipping-option", True)
    deleted = profiles.delete(profile.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (profile.id, "shipping_profile", True)
    with pytest.raises(NotFoundError):
        profiles.retrieve(profile.id)
    admin.admin.regions.delete(region_id)


def test_return_reasons_with_children(admin: Medusa, unique: str) -> None:
    reasons = admin.admin.return_reasons
    created = reasons.create({"value": f"rr-{unique}", "label": "Broken"})
    assert isinstance(created, AdminReturnReasonsRes)
    parent = created.return_reason
    assert parent.return_reason_children == [] and parent.parent_return_reason is None
    child = reasons.create(
        {"value": f"rrc-{unique}", "label": "Very broken", "parent_return_reason_id": parent.id}
    ).return_reason
    assert isinstance(child.parent_return_reason, ReturnReason) and child.parent_return_reason.id == parent.id

    [listed] = [r for r in reasons.list().return_reasons if r.id == parent.id]
    assert [c.value for c in listed.return_reason_children] == [f"rrc-{unique}"]
    fetched = reasons.retrieve(parent.id).return_reason
    assert all(isinstance(c, ReturnReason) for c in fetched.return_reason_children)
    assert reasons.update(parent.id, {"label": "Damaged"}).return_reason.label == "Damaged"

    deleted = reasons.delete(parent.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (parent.id, "return_reason", True)
    with pytest.raises(NotFoundError):
        reasons.retrieve(child.id)  # children go with their parent


def test_product_types_tags_apps_and_custom_routes(admin: Medusa, unique: str, products: Products) -> None:
    products.make("Tagged", type={"value": f"kind-{unique}"}, tags=[{"value": f"label-{unique}"}])
    types = admin.admin.product_types.list({"value": [f"kind-{unique}"]})
    assert types.count == 1 and types.product_types[0].value == f"kind-{unique}"
    tags = admin.admin.product_tags.list({"value": [f"label-{unique}"]})
    assert tags.count == 1 and tags.product_tags[0].value == f"label-{unique}"

    apps = admin.admin.apps.list()
    assert isinstance(apps, AdminAppsListRes) and apps.apps == []

    groups = admin.admin.custom.get("/customer-groups", {"limit": 1})
    assert isinstance(groups, JSONResponse)
    assert groups.response.request.path_url == "/admin/customer-groups?limit=1"
    assert groups["limit"] == 1 and isinstance(groups["customer_groups"], list)
    store = admin.admin.custom.get("/admin/store")
    assert store.response.request.path_url == "/admin/store"  # no second /admin prefix
    assert store["store"]["id"] == admin.admin.store.retrieve().store.id


# --------------------------------------------------------------------------- the rest of the admin tree


def test_list_on_every_other_admin_resource(admin: Medusa) -> None:
    pages: List[Tuple[Any, type]] = [
        (admin.admin.orders.list({"limit": 1}), AdminOrdersListRes),
        (admin.admin.draft_orders.list({"limit": 1}), AdminDraftOrdersListRes),
        (admin.admin.order_edits.list({"limit": 1}), AdminOrderEditsListRes),
        (admin.admin.swaps.list({"limit": 1}), AdminSwapsListRes),
        (admin.admin.returns.list({"limit": 1}), AdminReturnsListRes),
        (admin.admin.notes.list({"limit": 1}), AdminNotesListRes),
        (admin.admin.notifications.list({"limit": 1}), AdminNotificationsListRes),
        (admin.admin.reservations.list({"limit": 1}), AdminReservationsListRes),
        (admin.admin.customer_groups.list({"limit": 1}), AdminCustomerGroupsListRes),
        (admin.admin.customers.list({"limit": 1}), AdminCustomersListRes),
        (admin.admin.discounts.list({"limit": 1}), AdminDiscountsListRes),
        (admin.admin.gift_cards.list({"limit": 1}), AdminGiftCardsListRes),
        (admin.admin.price_lists.list({"limit": 1}), AdminPriceListsListRes),
    ]
    for page, expected in pages:
        assert isinstance(page, expected), type(page)
        assert page.limit == 1 and isinstance(page.count, int) and len(page.page_items()) <= 1

    # Payments and payment collections have no list route: an unknown id is a typed 404.
    with pytest.raises(NotFoundError, match="Payment with id pay_missing was not found"):
        admin.admin.payments.retrieve("pay_missing")
    with pytest.raises(NotFoundError, match="Payment collection with id paycol_missing was not found"):
        admin.admin.payment_collections.retrieve("paycol_missing")
    session = admin.admin.auth.get_session()
    assert isinstance(session, AdminAuthRes) and session.user.email == ADMIN_EMAIL


def test_this_file_touches_every_admin_resource(admin: Medusa) -> None:
    """Every ``<client>.admin.<resource>`` this file uses (read from its source, so the check does not
    depend on which tests ran before) is exactly the set of resources of ``medusa.admin``."""
    tree = ast.parse(Path(__file__).read_text())
    touched: Set[str] = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "admin"
    }
    resources = set(children(admin.admin))
    assert len(resources) == 39
    assert touched == resources, (sorted(resources - touched), sorted(touched - resources))
