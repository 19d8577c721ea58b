"""Settings flows on a real Medusa 2.21.2: shipping, taxes, sales channels and keys, users and
invites, uploads, and paging through every admin list of the catalog and settings side.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Callable, Dict, List

import pytest

from medusa_client.v2 import Medusa, NotAllowedError, NotFoundError, ServerError, UnauthorizedError

from .catalog_helpers import (
    DEFAULT_PROFILE,
    EU_REGION,
    STATIC_DIR,
    campaign_payload,
    location_with_zone,
    promotion_payload,
    simple_product,
)
from .conftest import ADMIN_USER_ID, BASE_URL
from .helpers import LOCATION, MUG

# --------------------------------------------------------- 5. fulfillment sets and shipping


def test_service_zone_and_shipping_option_reach_the_store(admin: Medusa, store: Medusa, unique: str) -> None:
    location_id, set_id, zone_id = location_with_zone(admin, unique, country="dk")
    zone = admin.admin.fulfillment_set.update_service_zone(
        set_id,
        zone_id,
        {
            "name": f"Nordics {unique}",
            "geo_zones": [
                {"type": "country", "country_code": "dk"},
                {"type": "country", "country_code": "se"},
            ],
        },
    ).fulfillment_set.service_zones[0]
    assert zone.name == f"Nordics {unique}"
    assert sorted(g.country_code for g in zone.geo_zones) == ["dk", "se"]
    fetched = admin.admin.fulfillment_set.retrieve_service_zone(set_id, zone_id).service_zone
    assert (fetched.id, fetched.name) == (zone_id, f"Nordics {unique}")

    profile = admin.admin.shipping_profile.create(
        {"name": f"Bulky {unique}", "type": "bulky"}
    ).shipping_profile
    assert admin.admin.shipping_profile.update(
        profile.id, {"name": f"Bulky goods {unique}"}
    ).shipping_profile.name == (f"Bulky goods {unique}")
    # q does not filter shipping profiles (2.21.2 ignores it): filter by name
    named = admin.admin.shipping_profile.list({"name": f"Bulky goods {unique}"}).shipping_profiles
    assert [p.id for p in named] == [profile.id]

    option = admin.admin.shipping_option.create(
        {
            "name": f"Freight {unique}",
            "service_zone_id": zone_id,
            "shipping_profile_id": DEFAULT_PROFILE,
            "provider_id": "manual_manual",
            "price_type": "flat",
            "type": {"label": "Freight", "description": "slow", "code": f"freight-{unique}"},
            "prices": [{"currency_code": "eur", "amount": 30}, {"region_id": EU_REGION, "amount": 28}],
            "rules": [
                {"attribute": "enabled_in_store", "operator": "eq", "value": "true"},
                {"attribute": "is_return", "operator": "eq", "value": "false"},
            ],
        }
    ).shipping_option
    assert (option.price_type, option.provider_id, option.service_zone_id) == (
        "flat",
        "manual_manual",
        zone_id,
    )
    assert sorted((p.currency_code, p.amount) for p in option.prices) == [("eur", 28), ("eur", 30)]

    # a Danish cart of the EU region sees it, at the region price
    cart = store.store.cart.create(
        {"region_id": EU_REGION, "shipping_address": {"country_code": "dk", "postal_code": "8000"}}
    ).cart
    store.store.cart.create_line_item(cart.id, {"variant_id": MUG, "quantity": 1})
    offered = {
        o.id: o.amount
        for o in store.store.fulfillment.list_cart_options({"cart_id": cart.id}).shipping_options
    }
    assert offered[option.id] == 28

    # hidden from the store by its rule; a customer-group rule added at once
    in_store = next(r for r in option.rules if r.attribute == "enabled_in_store")
    changed = admin.admin.shipping_option.update_rules(
        option.id,
        {
            "update": [
                {"id": in_store.id, "attribute": "enabled_in_store", "operator": "eq", "value": "false"}
            ],
            "create": [
                {"attribute": "customer.groups.id", "operator": "in", "value": ["cusgroup_harness_vip"]}
            ],
        },
    )
    # the answer's rules carry only id, attribute and operator (no value)
    assert [(r.id, r.attribute) for r in changed.updated] == [(in_store.id, "enabled_in_store")]
    assert [(r.attribute, r.operator) for r in changed.created] == [("customer.groups.id", "in")]
    # with nothing deleted, 2.21.2 sends a workflow placeholder as deleted.ids
    assert changed.deleted.ids == {"__type": "Symbol(WorkflowWorkflowData)"}  # kept as sent, not its keys
    offered = [o.id for o in store.store.fulfillment.list_cart_options({"cart_id": cart.id}).shipping_options]
    assert option.id not in offered

    rules = admin.admin.shipping_option.retrieve(
        option.id, query={"fields": "id,*rules"}
    ).shipping_option.rules
    assert sorted((r.attribute, r.value) for r in rules) == [
        ("customer.groups.id", ["cusgroup_harness_vip"]),
        ("enabled_in_store", "false"),
        ("is_return", "false"),
    ]
    removed = admin.admin.shipping_option.update_rules(option.id, {"delete": [changed.created[0].id]})
    assert removed.deleted.ids == [changed.created[0].id]

    assert admin.admin.shipping_option.delete(option.id).deleted is True
    with pytest.raises(NotFoundError):
        admin.admin.shipping_option.retrieve(option.id)
    gone = admin.admin.fulfillment_set.delete_service_zone(set_id, zone_id)
    assert (gone.id, gone.object, gone.deleted) == (zone_id, "service_zone", True)
    assert admin.admin.shipping_profile.delete(profile.id).deleted is True
    assert admin.admin.fulfillment_set.delete(set_id).deleted is True
    admin.admin.stock_location.delete(location_id)


# -------------------------------------------------------------------------------- 6. taxes


def test_tax_region_and_rates_are_charged_on_a_cart(admin: Medusa, store: Medusa, unique: str) -> None:
    region = admin.admin.region.create(
        {
            "name": f"Norway {unique}",
            "currency_code": "eur",
            "countries": ["no"],
            "payment_providers": ["pp_system_default"],
        }
    ).region
    tax_region = admin.admin.tax_region.create(
        {
            "country_code": "no",
            "provider_id": "tp_system",
            "default_tax_rate": {"name": "MVA", "code": "MVA25", "rate": 25},
        }
    ).tax_region
    assert (tax_region.country_code, tax_region.provider_id) == ("no", "tp_system")
    assert [(r.code, r.rate, r.is_default) for r in tax_region.tax_rates] == [("MVA25", 25, True)]
    # a reduced rate for the mug only
    reduced = admin.admin.tax_rate.create(
        {
            "tax_region_id": tax_region.id,
            "name": "Reduced",
            "code": f"LOW-{unique}",
            "rate": 15,
            "is_combinable": False,
            "rules": [{"reference": "product", "reference_id": "prod_harness_mug"}],
        }
    ).tax_rate
    assert [(r.reference, r.reference_id) for r in reduced.rules] == [("product", "prod_harness_mug")]
    listed = admin.admin.tax_rate.list({"tax_region_id": tax_region.id, "fields": "id,code"}).tax_rates
    assert sorted(r.code for r in listed) == sorted(["MVA25", f"LOW-{unique}"])

    cart = store.store.cart.create(
        {"region_id": region.id, "shipping_address": {"country_code": "no", "postal_code": "0150"}}
    ).cart
    store.store.cart.create_line_item(cart.id, {"variant_id": MUG, "quantity": 1})
    cart = store.store.cart.create_line_item(
        cart.id, {"variant_id": "variant_harness_pants_m", "quantity": 1}
    ).cart
    lines = {i.variant_id: (i.unit_price, [(t.code, t.rate) for t in i.tax_lines]) for i in cart.items}
    assert lines == {MUG: (10, [(f"LOW-{unique}", 15)]), "variant_harness_pants_m": (40, [("MVA25", 25)])}
    assert (cart.item_subtotal, cart.tax_total, cart.total) == (50, 1.5 + 10, 61.5)

    # a changed rate: a new cart gets it; the existing cart keeps its lines' old rate, even recomputed
    admin.admin.tax_rate.update(reduced.id, {"rate": 10})
    fresh = store.store.cart.create({"region_id": region.id, "shipping_address": {"country_code": "no"}}).cart
    fresh = store.store.cart.create_line_item(fresh.id, {"variant_id": MUG, "quantity": 1}).cart
    assert [(t.code, t.rate) for t in fresh.items[0].tax_lines] == [(f"LOW-{unique}", 10)]
    assert fresh.tax_total == 1
    mug_line = next(i for i in cart.items if i.variant_id == MUG)
    cart = store.store.cart.update_line_item(cart.id, mug_line.id, {"quantity": 2}).cart
    assert cart.tax_total == 3 + 10

    assert admin.admin.tax_rate.delete(reduced.id).deleted is True
    assert admin.admin.tax_region.delete(tax_region.id).deleted is True
    admin.admin.region.delete(region.id)


# ---------------------------------------------------- 7. sales channels and publishable keys


def test_a_publishable_key_shows_only_its_channels_products(
    admin: Medusa, store: Medusa, unique: str
) -> None:
    channel = admin.admin.sales_channel.create({"name": f"Kiosk {unique}"}).sales_channel
    product_id = simple_product(admin, f"Kiosk only {unique}")  # in no channel
    linked = admin.admin.sales_channel.batch_products(channel.id, {"add": [product_id, "prod_harness_mug"]})
    assert linked.sales_channel.id == channel.id
    in_channel = admin.admin.product.list({"sales_channel_id": [channel.id], "fields": "id"}).products
    assert sorted(p.id for p in in_channel) == sorted([product_id, "prod_harness_mug"])

    key = admin.admin.api_key.create({"title": f"Kiosk {unique}", "type": "publishable"}).api_key
    assert admin.admin.api_key.batch_sales_channels(key.id, {"add": [channel.id]}).api_key.id == key.id
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=key.token) as kiosk:
        seen = kiosk.store.product.list({"fields": "id", "order": "created_at"}).products
        assert sorted(p.id for p in seen) == sorted([product_id, "prod_harness_mug"])
        cart = kiosk.store.cart.create({"region_id": EU_REGION}).cart
        assert cart.sales_channel_id == channel.id
        # the default storefront key does not see the kiosk-only product
        assert store.store.product.list({"id": [product_id]}).products == []

        admin.admin.sales_channel.batch_products(channel.id, {"remove": ["prod_harness_mug"]})
        assert [p.id for p in kiosk.store.product.list({"fields": "id"}).products] == [product_id]

        revoked = admin.admin.api_key.revoke(key.id).api_key
        assert revoked.revoked_at is not None
        with pytest.raises(NotAllowedError) as caught:
            kiosk.store.product.list()
        assert (caught.value.status_code, caught.value.type) == (400, "not_allowed")

    admin.admin.api_key.delete(key.id)
    admin.admin.product.delete(product_id)
    assert admin.admin.sales_channel.delete(channel.id).deleted is True


# ------------------------------------------------------------- 8. users, invites and roles


def test_invited_user_joins_updates_themself_and_is_removed(
    admin: Medusa, admin_jwt: Medusa, unique: str
) -> None:
    me = admin_jwt.admin.user.me().user
    assert me.id == ADMIN_USER_ID
    updated = admin_jwt.admin.user.update(me.id, {"metadata": {"flow": unique}}).user
    assert updated.metadata == {"flow": unique}
    assert admin.admin.user.retrieve(ADMIN_USER_ID).user.metadata == {"flow": unique}

    email = f"staff-{unique}@example.com"
    invite = admin.admin.invite.create({"email": email}).invite
    resent = admin.admin.invite.resend(invite.id).invite
    assert resent.token != invite.token  # a resend issues a new token
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as staff:
        staff.auth.register("user", "emailpass", {"email": email, "password": "pw-" + unique})
        with pytest.raises(UnauthorizedError):  # the first token is no longer valid
            staff.admin.invite.accept(
                {"invite_token": invite.token, "email": email, "first_name": "S", "last_name": "T"}
            )
        user = staff.admin.invite.accept(
            {"invite_token": resent.token, "email": email, "first_name": "Sam", "last_name": "Staff"}
        ).user
        staff.auth.login("user", "emailpass", {"email": email, "password": "pw-" + unique})
        assert staff.admin.user.me().user.id == user.id
        renamed = staff.admin.user.update(user.id, {"first_name": "Samuel"}).user
        assert (renamed.first_name, renamed.last_name) == ("Samuel", "Staff")
        assert admin.admin.user.list_auth_providers(user.id).providers == ["emailpass"]

    listed = admin.admin.user.list({"q": unique, "fields": "id,email,first_name"}).users
    assert [(u.id, u.email, u.first_name) for u in listed] == [(user.id, email, "Samuel")]
    assert admin.admin.user.delete(user.id).deleted is True
    with pytest.raises(NotFoundError):
        admin.admin.user.retrieve(user.id)


def test_rbac_is_off_on_this_server(admin_jwt: Medusa) -> None:
    """2.21.2 ships RBAC behind the ``rbac`` feature flag (off here, and by default): its routes do not
    exist (Express 404) and a user's roles are a 500 (the user-role link is not registered)."""
    with pytest.raises(NotFoundError) as caught:
        admin_jwt.admin.rbac_role.list()
    assert (caught.value.status_code, caught.value.message) == (404, "Cannot GET /admin/rbac/roles")
    with pytest.raises(NotFoundError):
        admin_jwt.admin.rbac_policy.list()
    with pytest.raises(NotFoundError):
        admin_jwt.admin.rbac_role.me_permissions()
    with pytest.raises(ServerError) as failed:
        admin_jwt.admin.user.list_roles(ADMIN_USER_ID)
    assert failed.value.status_code == 500


# ------------------------------------------------------------------------------- 9. uploads


def test_uploads_in_every_input_form_retrieve_and_delete(admin: Medusa, tmp_path: Path, unique: str) -> None:
    path = tmp_path / f"path-{unique}.txt"
    path.write_bytes(b"from a path")
    forms: Dict[str, Any] = {
        "bytes": b"raw bytes",
        "path": str(path),
        "file object": io.BytesIO(b"a file object"),
        "tuple": (f"tuple-{unique}.txt", b"a named tuple", "text/plain"),
    }
    uploaded = {}
    for form, value in forms.items():
        files = admin.admin.upload.create(value).files
        assert len(files) == 1, form
        uploaded[form] = files[0]
    assert uploaded["path"].id.endswith(f"-path-{unique}.txt")
    assert uploaded["tuple"].id.endswith(f"-tuple-{unique}.txt")
    for form, expected in (
        ("bytes", b"raw bytes"),
        ("path", b"from a path"),
        ("file object", b"a file object"),
        ("tuple", b"a named tuple"),
    ):
        assert (STATIC_DIR / uploaded[form].id).read_bytes() == expected, form
        assert uploaded[form].url.endswith("/static/" + uploaded[form].id)

    two = admin.admin.upload.create([("a.txt", b"A", "text/plain"), ("b.txt", b"B", "text/plain")]).files
    assert [f.id.split("-", 1)[1] for f in two] == ["a.txt", "b.txt"]

    target = uploaded["tuple"]
    fetched = admin.admin.upload.retrieve(target.id).file
    assert (fetched.id, fetched.url) == (target.id, target.url)
    deleted = admin.admin.upload.delete(target.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (target.id, "file", True)
    assert not (STATIC_DIR / target.id).exists()
    with pytest.raises(NotFoundError) as caught:
        admin.admin.upload.retrieve(target.id)
    assert caught.value.message == f"File with key {target.id} not found"


# ----------------------------------------------------------------- 11. paging every list


def _users(admin: Medusa, unique: str) -> None:
    email = f"pager-{unique}@example.com"
    invite = admin.admin.invite.create({"email": email}).invite
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as newcomer:
        newcomer.auth.register("user", "emailpass", {"email": email, "password": "pw"})
        newcomer.admin.invite.accept(
            {"invite_token": invite.token, "email": email, "first_name": "P", "last_name": "G"}
        )


def _reservation(admin: Medusa, unique: str) -> None:
    item = admin.admin.inventory_item.create({"sku": f"PAGE-{unique}"}).inventory_item
    admin.admin.inventory_item.batch_update_levels(
        item.id, {"create": [{"location_id": LOCATION, "stocked_quantity": 5}]}
    )
    admin.admin.reservation.create({"inventory_item_id": item.id, "location_id": LOCATION, "quantity": 1})


SEEDS: Dict[str, Callable[[Medusa, str], None]] = {
    "product": lambda a, u: simple_product(a, f"Pager {u}"),
    "product_collection": lambda a, u: a.admin.product_collection.create({"title": f"Pager {u}"}),
    "product_tag": lambda a, u: a.admin.product_tag.create({"value": f"pager-{u}"}),
    "product_type": lambda a, u: a.admin.product_type.create({"value": f"pager-{u}"}),
    "product_category": lambda a, u: a.admin.product_category.create({"name": f"Pager {u}"}),
    "price_list": lambda a, u: a.admin.price_list.create({"title": f"Pager {u}", "description": "p"}),
    "promotion": lambda a, u: a.admin.promotion.create(
        promotion_payload(f"PAGE{u}".upper().replace("-", ""))
    ),
    "campaign": lambda a, u: a.admin.campaign.create(campaign_payload(f"pager-{u}")),
    "stock_location": lambda a, u: a.admin.stock_location.create({"name": f"Pager {u}"}),
    "reservation": _reservation,
    "shipping_profile": lambda a, u: a.admin.shipping_profile.create({"name": f"Pager {u}", "type": "pager"}),
    "sales_channel": lambda a, u: a.admin.sales_channel.create({"name": f"Pager {u}"}),
    "api_key": lambda a, u: a.admin.api_key.create({"title": f"Pager {u}", "type": "secret"}),
    "user": _users,
    "invite": lambda a, u: a.admin.invite.create({"email": f"pager-invite-{u}@example.com"}),
    "region": lambda a, u: a.admin.region.create({"name": f"Pager {u}", "currency_code": "usd"}),
    "customer": lambda a, u: a.admin.customer.create({"email": f"pager-{u}@example.com"}),
    "customer_group": lambda a, u: a.admin.customer_group.create({"name": f"Pager {u}"}),
}

#: resource, list query (limit 1 or 2), at least this many items (seeded first when fewer)
LISTS: List[tuple] = [
    ("product", {"limit": 2}, 3),
    ("product_variant", {"limit": 2}, 3),
    ("product_category", {"limit": 2}, 3),
    ("product_collection", {"limit": 1}, 3),
    ("product_tag", {"limit": 1}, 3),
    ("product_type", {"limit": 1}, 3),
    ("product_option", {"limit": 2}, 3),
    ("price_list", {"limit": 1}, 3),
    ("promotion", {"limit": 1}, 3),
    ("campaign", {"limit": 1}, 3),
    ("inventory_item", {"limit": 2}, 3),
    ("stock_location", {"limit": 1}, 3),
    ("reservation", {"limit": 1}, 3),
    ("shipping_option", {"limit": 2}, 3),
    ("shipping_profile", {"limit": 1}, 3),
    ("tax_region", {"limit": 2}, 3),
    ("tax_rate", {"limit": 2}, 3),
    ("sales_channel", {"limit": 1}, 3),
    ("api_key", {"limit": 1}, 3),
    ("user", {"limit": 1}, 3),
    ("invite", {"limit": 1}, 3),
    ("currency", {"limit": 2, "code": ["usd", "eur", "dkk", "sek", "gbp"]}, 5),
    ("region", {"limit": 1}, 3),
    ("store", {"limit": 1}, 1),  # one store, and no route creates another
    ("customer", {"limit": 1}, 3),
    ("customer_group", {"limit": 1}, 3),
]


def _key(item: Any) -> str:
    return getattr(item, "id", None) or item.code  # currencies have a code, no id


@pytest.mark.parametrize(("resource", "query", "at_least"), LISTS, ids=[row[0] for row in LISTS])
def test_admin_list_pages_with_auto_paging_iter(
    admin: Medusa, unique: str, resource: str, query: Dict[str, Any], at_least: int
) -> None:
    lister = getattr(admin.admin, resource)
    first = lister.list(query)
    if first.count < at_least:
        for n in range(at_least - first.count):
            SEEDS[resource](admin, f"{unique}-{n}")
        first = lister.list(query)
    assert first.count >= at_least and first.limit == query["limit"] and first.offset == 0
    assert len(first.page_items()) == query["limit"]
    keys = [_key(item) for item in first.auto_paging_iter()]
    assert len(keys) == first.count, resource
    assert len(set(keys)) == len(keys), f"{resource}: duplicates across pages"
    # the same set as one big page
    everything = lister.list({**query, "limit": first.count})
    assert sorted(_key(item) for item in everything.page_items()) == sorted(keys)
