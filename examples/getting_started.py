"""docs/getting-started.md, runnable: the store API without credentials, the admin API with a token.

Settings come from the environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9000) and
MEDUSA_API_KEY (default: the test server's admin API token).
"""

from __future__ import annotations

import os
import uuid

from medusa_client import Medusa, NotFoundError
from medusa_client.models import AdminPostCustomerGroupsReq

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000")
API_KEY = os.environ.get("MEDUSA_API_KEY", "test_api_token_123")


def browse_the_store() -> None:
    # The store API needs no credentials.
    with Medusa(base_url=BASE_URL) as medusa:
        regions = medusa.regions.list().regions
        for region in regions:
            print(f"region {region.id}: {region.name} ({region.currency_code})")

        # Queries are plain dicts (or ...Params models); prices are computed for the region given.
        products = medusa.products.list({"limit": 5, "region_id": regions[0].id, "expand": "variants"})
        print(f"{products.count} products, the first {len(products.products)}:")
        for product in products.products:
            print(f"  {product.id}: {product.title}")

        product = medusa.products.retrieve(products.products[0].id).product
        print(f"retrieved {product.title!r} with {len(product.variants or [])} variants")


def manage_with_the_admin_api() -> None:
    # The admin API takes the API token of an admin user (see docs/authentication.md).
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as medusa:
        store = medusa.admin.store.retrieve().store
        print(f"store: {store.name}")

        # Payloads are dicts sent as given, or models that leave out the fields you did not set.
        name = f"Getting started {uuid.uuid4().hex[:6]}"
        group = medusa.admin.customer_groups.create(AdminPostCustomerGroupsReq(name=name)).customer_group
        medusa.admin.customer_groups.update(group.id, {"metadata": {"source": "getting-started"}})

        result = medusa.admin.customer_groups.retrieve(group.id, {"expand": "customers"})
        print(f"group {result.customer_group.name!r}: HTTP {result.response.status_code}")
        print("as JSON:", sorted(result.customer_group.to_dict()))

        medusa.admin.customer_groups.delete(group.id)
        try:
            medusa.admin.customer_groups.retrieve(group.id)
        except NotFoundError as error:
            print(f"after delete: {error.status_code} {error.type}: {error.message}")


if __name__ == "__main__":
    browse_the_store()
    manage_with_the_admin_api()
