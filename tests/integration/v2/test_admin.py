"""Admin resources of a real Medusa 2.21.2: products, regions, sales channels, API keys, users, invites."""

from __future__ import annotations

import pytest

from medusa_client.v2 import UNSET, Medusa, NotAllowedError, NotFoundError, UnauthorizedError

from .conftest import ADMIN_USER_ID, BASE_URL


def _variants(product_title: str) -> list:
    return [
        {
            "title": f"{product_title} {size}",
            "sku": f"{product_title}-{size}".upper().replace(" ", "-"),
            "options": {"Size": size},
            "prices": [
                {"currency_code": "usd", "amount": amount},
                {"currency_code": "eur", "amount": amount - 2},
            ],
            "manage_inventory": False,
        }
        for size, amount in (("S", 15), ("M", 16))
    ]


def test_product_create_update_list_delete(admin: Medusa, store: Medusa, unique: str) -> None:
    title = f"Poster {unique}"
    product = admin.admin.product.create(
        {
            "title": title,
            "status": "published",
            "options": [{"title": "Size", "values": ["S", "M"]}],
            "variants": _variants(title),
            "sales_channels": [{"id": "sc_harness_default"}],
            "shipping_profile_id": "sp_harness_default",
        },
        query={"fields": "id,title,status,*options,*options.values,*variants,*variants.prices"},
    ).product
    assert product.id.startswith("prod_")
    assert (product.title, product.status) == (title, "published")
    assert [o.title for o in product.options] == ["Size"]
    assert sorted(v.value for v in product.options[0].values) == ["M", "S"]
    prices = {v.title: sorted((p.currency_code, p.amount) for p in v.prices) for v in product.variants}
    assert prices == {f"{title} S": [("eur", 13), ("usd", 15)], f"{title} M": [("eur", 14), ("usd", 16)]}

    updated = admin.admin.product.update(
        product.id, {"subtitle": "framed", "metadata": {"k": unique}}
    ).product
    assert (updated.subtitle, updated.metadata) == ("framed", {"k": unique})

    listed = admin.admin.product.list({"q": title, "fields": "id,title"})
    assert [p.id for p in listed.products] == [product.id]
    # published in the default channel: the store sees it, priced
    seen = store.store.product.retrieve(
        product.id, query={"region_id": "reg_harness_us", "fields": "id,*variants.calculated_price"}
    ).product
    assert sorted(v.calculated_price.calculated_amount for v in seen.variants) == [15, 16]

    deleted = admin.admin.product.delete(product.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (product.id, "product", True)
    with pytest.raises(NotFoundError):
        admin.admin.product.retrieve(product.id)
    with pytest.raises(NotFoundError):
        store.store.product.retrieve(product.id)


def test_orders_list_and_retrieve(admin: Medusa, store: Medusa, unique: str) -> None:
    from .helpers import place_order

    order = place_order(store, f"list-{unique}@example.com", quantity=1)
    page = admin.admin.order.list({"limit": 1, "order": "-created_at", "fields": "id,email,display_id"})
    assert (page.limit, page.offset) == (1, 0)
    assert page.count >= 1
    assert page.orders[0].id == order.id
    fetched = admin.admin.order.retrieve(order.id).order
    assert (fetched.status, fetched.display_id, fetched.payment_status) == (
        "pending",
        order.display_id,
        "authorized",
    )
    # 2.21's default admin order fields leave out email, currency_code, customer_id: "+field" adds one
    assert (fetched.email, fetched.currency_code) == (UNSET, UNSET)
    more = admin.admin.order.retrieve(order.id, query={"fields": "+email,+currency_code"}).order
    assert (more.email, more.currency_code, more.total) == (order.email, "usd", 12 + 10)
    with pytest.raises(NotFoundError) as caught:
        admin.admin.order.retrieve("order_missing")
    assert caught.value.status_code == 404


def test_region_crud(admin: Medusa, unique: str) -> None:
    region = admin.admin.region.create(
        {"name": f"Nordics {unique}", "currency_code": "eur", "countries": [], "metadata": {"k": "v"}}
    ).region
    assert region.id.startswith("reg_")
    assert (region.currency_code, region.automatic_taxes) == ("eur", True)
    renamed = admin.admin.region.update(region.id, {"name": f"Nordic {unique}"}).region
    assert renamed.name == f"Nordic {unique}"
    assert [r.id for r in admin.admin.region.list({"q": unique}).regions] == [region.id]
    assert admin.admin.region.retrieve(region.id).region.metadata == {"k": "v"}
    assert admin.admin.region.delete(region.id).deleted is True
    with pytest.raises(NotFoundError):
        admin.admin.region.retrieve(region.id)


def test_sales_channel_crud(admin: Medusa, unique: str) -> None:
    channel = admin.admin.sales_channel.create(
        {"name": f"Outlet {unique}", "description": "first"}
    ).sales_channel
    assert channel.id.startswith("sc_") and channel.is_disabled is False
    channel = admin.admin.sales_channel.update(
        channel.id, {"description": "second", "is_disabled": True}
    ).sales_channel
    assert (channel.description, channel.is_disabled) == ("second", True)
    listed = admin.admin.sales_channel.list({"q": unique})
    assert [c.id for c in listed.sales_channels] == [channel.id]
    assert listed.limit == 20  # this route's default limit
    deleted = admin.admin.sales_channel.delete(channel.id)
    assert (deleted.object, deleted.deleted) == ("sales-channel", True)  # with a dash


def test_secret_api_key_create_use_revoke(admin: Medusa, unique: str) -> None:
    key = admin.admin.api_key.create({"title": f"Bot {unique}", "type": "secret"}).api_key
    assert key.token.startswith("sk_") and len(key.token) == 67
    assert key.redacted == f"{key.token[:6]}***{key.token[-3:]}"
    assert key.token not in repr(key)  # the models hide the token
    with Medusa(base_url=BASE_URL, api_key=key.token, publishable_key="") as bot:
        group = bot.admin.customer_group.create({"name": f"By bot {unique}"}).customer_group
        assert group.created_by == key.id
        revoked = admin.admin.api_key.revoke(key.id).api_key
        assert revoked.revoked_at is not None and revoked.revoked_by == "apk_harness_secret"
        with pytest.raises(UnauthorizedError):
            bot.admin.customer_group.list()
    # later reads show only the redacted form
    assert admin.admin.api_key.retrieve(key.id).api_key.token in ("", "***", None, key.redacted)


def test_publishable_api_key_create_link_revoke(admin: Medusa, unique: str) -> None:
    key = admin.admin.api_key.create({"title": f"Shop {unique}", "type": "publishable"}).api_key
    assert key.token.startswith("pk_")
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=key.token) as shop:
        # a key without a sales channel: the store answers, products are those of no channel
        linked = admin.admin.api_key.batch_sales_channels(key.id, {"add": ["sc_harness_default"]})
        assert linked.api_key.id == key.id
        assert shop.store.region.list().count == 2
        cart = shop.store.cart.create({"region_id": "reg_harness_us"}).cart
        assert cart.sales_channel_id == "sc_harness_default"
        admin.admin.api_key.revoke(key.id)
        with pytest.raises(NotAllowedError) as caught:
            shop.store.region.list()
        assert caught.value.message == "A valid publishable key is required to proceed with the request"
    listed = admin.admin.api_key.list({"type": "publishable", "q": unique})
    assert [k.id for k in listed.api_keys] == [key.id]
    assert admin.admin.api_key.delete(key.id).deleted is True


def test_users_me_with_jwt_and_list(admin_jwt: Medusa) -> None:
    me = admin_jwt.admin.user.me().user
    assert (me.id, me.email) == (ADMIN_USER_ID, "admin@medusa-test.com")
    users = admin_jwt.admin.user.list({"fields": "id,email"})
    assert ADMIN_USER_ID in [u.id for u in users.users]
    assert admin_jwt.admin.user.retrieve(ADMIN_USER_ID).user.first_name == "Admin"


def test_invite_create_accept_as_anonymous(admin: Medusa, unique: str) -> None:
    email = f"new-admin-{unique}@example.com"
    invite = admin.admin.invite.create({"email": email}).invite
    assert invite.id.startswith("invite_") and invite.accepted is False
    assert invite.token and invite.token not in repr(invite)

    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as newcomer:
        # the invited person registers an identity first; accept sends its token, not an API key
        newcomer.auth.register("user", "emailpass", {"email": email, "password": "pw-" + unique})
        accepted = newcomer.admin.invite.accept(
            {"invite_token": invite.token, "email": email, "first_name": "New", "last_name": "Admin"}
        )
        assert accepted.user.email == email
        assert accepted.response.request.path_url.startswith("/admin/invites/accept?token=")
        newcomer.auth.login("user", "emailpass", {"email": email, "password": "pw-" + unique})
        assert newcomer.admin.user.me().user.id == accepted.user.id
    # an accepted invite is gone
    with pytest.raises(NotFoundError):
        admin.admin.invite.retrieve(invite.id)


def test_invite_accept_without_registration_is_401(admin: Medusa, anonymous: Medusa, unique: str) -> None:
    invite = admin.admin.invite.create({"email": f"noreg-{unique}@example.com"}).invite
    with pytest.raises(UnauthorizedError):
        anonymous.admin.invite.accept(
            {
                "invite_token": invite.token,
                "email": f"noreg-{unique}@example.com",
                "first_name": "X",
                "last_name": "Y",
            }
        )
    assert admin.admin.invite.delete(invite.id).deleted is True


def test_invite_resend_and_delete(admin: Medusa, unique: str) -> None:
    invite = admin.admin.invite.create({"email": f"resend-{unique}@example.com"}).invite
    resent = admin.admin.invite.resend(invite.id).invite
    assert resent.id == invite.id
    assert resent.expires_at >= invite.expires_at
    assert [i.id for i in admin.admin.invite.list({"q": unique}).invites] == [invite.id]
    deleted = admin.admin.invite.delete(invite.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (invite.id, "invite", True)
    with pytest.raises(NotFoundError):
        admin.admin.invite.retrieve(invite.id)


def test_api_key_response_repr_shows_the_key_but_not_its_token(admin: Medusa, unique: str) -> None:
    created = admin.admin.api_key.create({"title": f"Repr {unique}", "type": "secret"})
    text = repr(created)
    assert created.api_key.token not in text
    assert created.api_key.id in text and f"Repr {unique}" in text
    admin.admin.api_key.revoke(created.api_key.id)
