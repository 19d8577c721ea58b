"""medusa_client.v2 in two minutes: customer groups on the admin API, products on the store API.

For Medusa v2 (2.x) servers. Run it against the v2 test server (``make medusa2-up``, then
``python examples/quickstart_v2.py``). Settings come from the environment:
MEDUSA_BACKEND_URL (default http://127.0.0.1:9200), MEDUSA_API_KEY (a secret API key, ``sk_...``)
and MEDUSA_PUBLISHABLE_API_KEY (``pk_...``, needed by every /store call); the defaults are the
test server's.
"""

from __future__ import annotations

import os
import uuid

from medusa_client.v2 import InvalidDataError, Medusa, NotFoundError

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9200")
API_KEY = os.environ.get("MEDUSA_API_KEY", "sk_harness_test_secret")
PUBLISHABLE_KEY = os.environ.get("MEDUSA_PUBLISHABLE_API_KEY", "pk_harness_storefront")


def main() -> None:
    suffix = uuid.uuid4().hex[:6]
    with Medusa(base_url=BASE_URL, api_key=API_KEY, publishable_key=PUBLISHABLE_KEY) as medusa:
        # 1. Create a customer group. Results are typed attrs models.
        group = medusa.admin.customer_group.create(
            {"name": f"VIP {suffix}", "metadata": {"tier": "gold"}}
        ).customer_group
        print(f"created group {group.id} {group.name!r}")

        # Errors are typed: in v2 a duplicate name is a 400 invalid_data.
        try:
            medusa.admin.customer_group.create({"name": group.name})
        except InvalidDataError as error:
            print(f"duplicate refused: {error.status_code} {error.type}: {error.message}")

        # 2. Add a customer to it, then list the members.
        customer = medusa.admin.customer.create(
            {"email": f"vip-{suffix}@example.com", "first_name": "Vip", "last_name": "Customer"}
        ).customer
        medusa.admin.customer_group.batch_customers(group.id, {"add": [customer.id]})
        members = medusa.admin.customer.list({"groups": group.id})
        print(f"{members.count} member(s): {', '.join(c.email for c in members.customers)}")

        # 3. Page through the groups, two per request: auto_paging_iter() fetches the pages lazily.
        first_page = medusa.admin.customer_group.list({"limit": 2, "order": "name", "fields": "id,name"})
        names = [g.name for g in first_page.auto_paging_iter()]
        print(f"all {first_page.count} groups, fetched 2 at a time: {', '.join(names)}")

        # 4. Clean up: deleting a group keeps its customers.
        medusa.admin.customer_group.delete(group.id)
        medusa.admin.customer.delete(customer.id)
        try:
            medusa.admin.customer_group.retrieve(group.id)
        except NotFoundError as error:
            print(f"group deleted: {error.message}")

        # 5. The store API: products with their prices in a region (amounts are major units).
        region = medusa.store.region.list({"limit": 1, "order": "name"}).regions[0]
        products = medusa.store.product.list(
            {"region_id": region.id, "fields": "*variants.calculated_price", "order": "title"}
        )
        print(f"the store sells {products.count} products in {region.name} ({region.currency_code}):")
        for product in products.products:
            variants = product.variants or []
            prices = sorted({v.calculated_price.calculated_amount for v in variants if v.calculated_price})
            shown = ", ".join(f"{p:.2f}" for p in prices) or "no price"
            print(f"  - {product.title}: {shown} {region.currency_code.upper()}")


if __name__ == "__main__":
    main()
