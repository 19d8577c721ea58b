"""medusa_client in two minutes: customer groups on the admin API, products on the store API.

Run it against the test server with ``make demo`` (or ``make medusa-up`` then
``python examples/quickstart.py``). Settings come from the environment when set:
MEDUSA_BACKEND_URL (default http://127.0.0.1:9000) and MEDUSA_API_KEY (the test server's
admin API token by default).
"""

from __future__ import annotations

import os
import uuid

from medusa_client import DuplicateError, Medusa, NotFoundError

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000")
API_KEY = os.environ.get("MEDUSA_API_KEY", "test_api_token_123")


def main() -> None:
    suffix = uuid.uuid4().hex[:6]
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as medusa:
        # 1. Create a customer group. Results are typed attrs models.
        group = medusa.admin.customer_groups.create(
            {"name": f"VIP {suffix}", "metadata": {"tier": "gold"}}
        ).customer_group
        print(f"created group {group.id} {group.name!r} at {group.created_at:%Y-%m-%d %H:%M:%S %Z}")

        # Errors are typed too: a second group with the same name is a DuplicateError (422).
        try:
            medusa.admin.customer_groups.create({"name": group.name})
        except DuplicateError as error:
            print(f"duplicate refused: {error.status_code} {error.type}: {error.message}")

        # 2. Add two customers to it.
        customer_ids = []
        for n in (1, 2):
            customer = medusa.admin.customers.create(
                {
                    "email": f"vip{n}-{suffix}@example.com",
                    "first_name": "Vip",
                    "last_name": f"Number {n}",
                    "password": "s3cret-pw",
                }
            ).customer
            customer_ids.append(customer.id)
        medusa.admin.customer_groups.add_customers(
            group.id, {"customer_ids": [{"id": i} for i in customer_ids]}
        )

        # 3. List them.
        members = medusa.admin.customer_groups.list_customers(group.id)
        print(f"{members.count} members:")
        for member in members.customers:
            print(f"  - {member.email} ({member.first_name} {member.last_name})")

        # 4. Page through every group, two per request: auto_paging_iter() fetches the pages lazily.
        first_page = medusa.admin.customer_groups.list({"limit": 2, "order": "name"})
        names = [g.name for g in first_page.auto_paging_iter()]
        print(f"all {first_page.count} groups, fetched 2 at a time: {', '.join(names)}")

        # 5. Clean up: deleting a group keeps its customers.
        medusa.admin.customer_groups.delete(group.id)
        try:
            medusa.admin.customer_groups.retrieve(group.id)
        except NotFoundError as error:
            print(f"group deleted: {error.message}")

        # 6. The store API needs no credentials: browse the products with their prices.
        products = medusa.products.list({"limit": 10, "currency_code": "usd"})
        print(f"the store sells {products.count} products:")
        for product in products.products:
            prices = sorted(
                {
                    v.calculated_price
                    for v in product.variants or []
                    if isinstance(v.calculated_price, (int, float))
                }
            )
            shown = ", ".join(f"${p / 100:.2f}" for p in prices) or "no price"
            print(f"  - {product.title}: {shown}")


if __name__ == "__main__":
    main()
