"""Canned Medusa v1 response bodies for the benchmark server (standard library only).

The shapes follow the v1 OpenAPI schemas (``CustomerGroup``, ``Customer``, ``Address``,
``PricedProduct``, ``PricedVariant``, ``MoneyAmount``, ``ProductOption``...): ULID-style ids
with their Medusa prefixes, ISO 8601 dates with milliseconds and ``Z``, ``deleted_at: null``,
``metadata`` objects or ``null``, and the relations the v1 server expands by default.
Everything is deterministic (seeded), so every run serves the same bytes.
"""

from __future__ import annotations

import json
import random
from typing import Any, Dict, List

__all__ = [
    "VIRTUAL_GROUPS",
    "customer_groups_body",
    "customers_body",
    "group_page_body",
    "products_body",
]

#: Size of the virtual collection served page by page on ``/admin/customer-groups?limit=..``.
VIRTUAL_GROUPS = 100_000

_ULID_CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FIRST = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Guido"]
_LAST = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen"]
_CITIES = [("Copenhagen", "dk", "Capital Region"), ("Berlin", "de", "Berlin"), ("Austin", "us", "TX")]
_COLORS = ["Black", "White", "Navy", "Olive", "Sand"]
_SIZES = ["S", "M", "L", "XL"]


def _dumps(data: Any) -> bytes:
    # Compact like Express's res.json() (JSON.stringify without spaces).
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def ulid(self, prefix: str) -> str:
        return prefix + "_01H" + "".join(self.rng.choice(_ULID_CHARS) for _ in range(23))

    def date(self) -> str:
        r = self.rng
        return (
            f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"
        )

    def group(self, index: int) -> Dict[str, Any]:
        return {
            "id": self.ulid("cgrp"),
            "name": f"Customer group {index}",
            "created_at": self.date(),
            "updated_at": self.date(),
            "deleted_at": None,
            "metadata": {"tier": self.rng.choice(["gold", "silver", "bronze"]), "source": "import"},
        }

    def address(self, customer_id: str, first: str, last: str) -> Dict[str, Any]:
        city, country, province = self.rng.choice(_CITIES)
        return {
            "id": self.ulid("addr"),
            "customer_id": customer_id,
            "company": self.rng.choice([None, "Acme ApS", "Initech GmbH"]),
            "first_name": first,
            "last_name": last,
            "address_1": f"{self.rng.randint(1, 200)} Main Street",
            "address_2": self.rng.choice([None, "Floor 2"]),
            "city": city,
            "country_code": country,
            "province": province,
            "postal_code": f"{self.rng.randint(1000, 99999)}",
            "phone": f"+45 {self.rng.randint(10000000, 99999999)}",
            "created_at": self.date(),
            "updated_at": self.date(),
            "deleted_at": None,
            "metadata": None,
        }

    def customer(self, index: int, groups: List[Dict[str, Any]]) -> Dict[str, Any]:
        first, last = self.rng.choice(_FIRST), self.rng.choice(_LAST)
        customer_id = self.ulid("cus")
        addresses = [self.address(customer_id, first, last) for _ in range(self.rng.randint(1, 2))]
        return {
            "id": customer_id,
            "email": f"{first.lower()}.{last.lower()}.{index}@example.com",
            "first_name": first,
            "last_name": last,
            "billing_address_id": addresses[0]["id"],
            "phone": f"+45 {self.rng.randint(10000000, 99999999)}",
            "has_account": self.rng.random() < 0.8,
            "created_at": self.date(),
            "updated_at": self.date(),
            "deleted_at": None,
            "metadata": {"newsletter": True} if index % 3 == 0 else None,
            "shipping_addresses": addresses,
            "groups": groups,
        }

    def money(self, variant_id: str, currency: str, amount: int) -> Dict[str, Any]:
        return {
            "id": self.ulid("ma"),
            "currency_code": currency,
            "amount": amount,
            "min_quantity": None,
            "max_quantity": None,
            "price_list_id": None,
            "variant_id": variant_id,
            "region_id": self.ulid("reg") if currency == "eur" else None,
            "created_at": self.date(),
            "updated_at": self.date(),
            "deleted_at": None,
        }

    def product(self, index: int, collection: Dict[str, Any], ptype: Dict[str, Any]) -> Dict[str, Any]:
        r = self.rng
        product_id = self.ulid("prod")
        created = self.date()
        color_option = {
            "id": self.ulid("opt"),
            "title": "Color",
            "product_id": product_id,
            "created_at": created,
            "updated_at": created,
            "deleted_at": None,
            "metadata": None,
            "values": [],
        }
        size_option = dict(color_option, id=self.ulid("opt"), title="Size", values=[])
        variants = []
        for v in range(3):
            variant_id = self.ulid("variant")
            color, size = _COLORS[(index + v) % len(_COLORS)], _SIZES[v % len(_SIZES)]
            values = []
            for option, value in ((color_option, color), (size_option, size)):
                value_obj = {
                    "id": self.ulid("optval"),
                    "value": value,
                    "option_id": option["id"],
                    "variant_id": variant_id,
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                    "metadata": None,
                }
                values.append(value_obj)
                option["values"].append(value_obj)
            amount = r.randint(900, 25000)
            variants.append(
                {
                    "id": variant_id,
                    "title": f"{size} / {color}",
                    "product_id": product_id,
                    "sku": f"SKU-{index:04d}-{v}",
                    "barcode": None,
                    "ean": None,
                    "upc": None,
                    "variant_rank": v,
                    "inventory_quantity": r.randint(0, 500),
                    "allow_backorder": False,
                    "manage_inventory": True,
                    "hs_code": None,
                    "origin_country": None,
                    "mid_code": None,
                    "material": None,
                    "weight": 400,
                    "length": None,
                    "height": None,
                    "width": None,
                    "created_at": created,
                    "updated_at": self.date(),
                    "deleted_at": None,
                    "metadata": None,
                    "prices": [
                        self.money(variant_id, "usd", amount),
                        self.money(variant_id, "eur", amount - 100),
                    ],
                    "options": values,
                    "original_price": amount,
                    "calculated_price": amount,
                    "original_price_incl_tax": None,
                    "calculated_price_incl_tax": None,
                    "original_tax": None,
                    "calculated_tax": None,
                    "tax_rates": None,
                    "purchasable": True,
                }
            )
        handle = f"product-{index}"
        return {
            "id": product_id,
            "title": f"Medusa T-Shirt {index}",
            "subtitle": None,
            "description": "Reimagine the feeling of a classic T-shirt. With our cotton T-shirts, "
            "everyday essentials no longer have to be ordinary.",
            "handle": handle,
            "is_giftcard": False,
            "status": "published",
            "thumbnail": f"https://cdn.example.com/{handle}/front.png",
            "profile_id": "sp_01H" + "0" * 23,
            "weight": 400,
            "length": None,
            "height": None,
            "width": None,
            "hs_code": None,
            "origin_country": None,
            "mid_code": None,
            "material": None,
            "collection_id": collection["id"],
            "type_id": ptype["id"],
            "discountable": True,
            "external_id": None,
            "created_at": created,
            "updated_at": self.date(),
            "deleted_at": None,
            "metadata": None,
            "images": [
                {
                    "id": self.ulid("img"),
                    "url": f"https://cdn.example.com/{handle}/{side}.png",
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                    "metadata": None,
                }
                for side in ("front", "back")
            ],
            "options": [color_option, size_option],
            "variants": variants,
            "tags": [
                {
                    "id": self.ulid("ptag"),
                    "value": "summer",
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                    "metadata": None,
                }
            ],
            "collection": collection,
            "type": ptype,
        }


def customer_groups_body(count: int = 10) -> bytes:
    """``GET /admin/customer-groups``: ``count`` groups."""
    gen = _Gen(1)
    groups = [gen.group(i) for i in range(count)]
    return _dumps({"customer_groups": groups, "count": count, "offset": 0, "limit": 10})


def group_page_body(offset: int, limit: int) -> bytes:
    """One page of the virtual collection of :data:`VIRTUAL_GROUPS` groups, made on demand."""
    offset = max(0, offset)
    limit = max(0, min(limit, 1000))
    stop = min(offset + limit, VIRTUAL_GROUPS)
    items = [
        f'{{"id":"cgrp_01H{i:023d}","name":"Customer group {i}","created_at":"2024-03-0{i % 9 + 1}'
        f'T10:{i % 60:02d}:00.{i % 1000:03d}Z","updated_at":"2024-04-01T08:00:00.000Z",'
        f'"deleted_at":null,"metadata":{{"tier":"gold","n":{i}}}}}'
        for i in range(offset, stop)
    ]
    return (
        f'{{"customer_groups":[{",".join(items)}],"count":{VIRTUAL_GROUPS},"offset":{offset},"limit":{limit}}}'
    ).encode()


def customers_body(count: int = 1000) -> bytes:
    """``GET /admin/customer-groups/{id}/customers``: ``count`` customers, about 1 MB."""
    gen = _Gen(2)
    groups = [gen.group(i) for i in range(3)]
    customers = [gen.customer(i, [groups[i % 3]] if i % 4 else groups[:2]) for i in range(count)]
    return _dumps({"customers": customers, "count": count, "offset": 0, "limit": count})


def products_body(count: int = 100) -> bytes:
    """``GET /store/products``: ``count`` priced products with 3 variants each."""
    gen = _Gen(3)
    collection = {
        "id": gen.ulid("pcol"),
        "title": "Summer",
        "handle": "summer",
        "created_at": gen.date(),
        "updated_at": gen.date(),
        "deleted_at": None,
        "metadata": None,
    }
    ptype = {
        "id": gen.ulid("ptyp"),
        "value": "Apparel",
        "created_at": gen.date(),
        "updated_at": gen.date(),
        "deleted_at": None,
        "metadata": None,
    }
    products = [gen.product(i, collection, ptype) for i in range(count)]
    return _dumps({"products": products, "count": count, "offset": 0, "limit": count})
