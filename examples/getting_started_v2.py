"""docs/getting-started-v2.md, runnable: first calls of medusa_client.v2 on the store and admin APIs.

For Medusa v2 (2.x) servers. Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9200),
MEDUSA_API_KEY (a secret API key ``sk_...``) and MEDUSA_PUBLISHABLE_API_KEY (``pk_...``); the
defaults are the v2 test server's (``make medusa2-up``).
"""

from __future__ import annotations

import os
import uuid

from medusa_client.v2 import Medusa, NotAllowedError, NotFoundError
from medusa_client.v2.models import AdminCreateCustomerGroup

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9200")
API_KEY = os.environ.get("MEDUSA_API_KEY", "sk_harness_test_secret")
PUBLISHABLE_KEY = os.environ.get("MEDUSA_PUBLISHABLE_API_KEY", "pk_harness_storefront")


def store_calls() -> None:
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY) as medusa:
        regions = medusa.store.region.list({"order": "name"}).regions
        for region in regions:
            print(f"region {region.id}: {region.name} ({region.currency_code})")

        # Prices are computed for a region and asked for with fields=; amounts are major units.
        products = medusa.store.product.list(
            {"limit": 5, "region_id": "reg_harness_us", "fields": "id,title,*variants.calculated_price"}
        )
        print(f"{products.count} products, the first {len(products.products)}:")
        for product in products.products:
            prices = sorted(v.calculated_price.calculated_amount for v in product.variants or [])
            print(f"  {product.id}: {product.title}, from {prices[0]:.2f} USD")

        # Look a product up by its handle; "+field" adds a field to the defaults, "*relation" expands one.
        shirt = medusa.store.product.list(
            {"handle": "harness-tshirt", "fields": "+metadata,*variants"}
        ).products[0]
        print(f"by handle: {shirt.title!r} with {len(shirt.variants or [])} variants")


def without_publishable_key() -> None:
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as medusa:
        try:
            medusa.store.product.list()
        except NotAllowedError as error:  # every /store route needs the publishable key
            print(f"no publishable key: {error.status_code} {error.type}")


def admin_calls() -> None:
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as medusa:
        store = medusa.admin.store.list().stores[0]
        print(f"store: {store.name}")

        # Payloads are dicts sent as given, or models that leave out the fields you did not set.
        name = f"Getting started {uuid.uuid4().hex[:6]}"
        group = medusa.admin.customer_group.create(AdminCreateCustomerGroup(name=name)).customer_group
        medusa.admin.customer_group.update(group.id, {"metadata": {"source": "getting-started"}})

        result = medusa.admin.customer_group.retrieve(group.id, {"fields": "id,name,metadata,*customers"})
        print(f"group {result.customer_group.name!r}: HTTP {result.response.status_code}")
        print("as JSON:", sorted(result.customer_group.to_dict()))

        medusa.admin.customer_group.delete(group.id)
        try:
            medusa.admin.customer_group.retrieve(group.id)
        except NotFoundError as error:
            print(f"after delete: {error.status_code} {error.type}")


def main() -> None:
    store_calls()
    without_publishable_key()
    admin_calls()


if __name__ == "__main__":
    main()
