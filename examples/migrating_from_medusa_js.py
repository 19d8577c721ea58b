"""docs/migrating-from-medusa-js.md, runnable: medusa-js calls and their medusa_client equivalents.

Each step has the medusa-js line it replaces in a comment. Environment: MEDUSA_BACKEND_URL (default
http://127.0.0.1:9000), MEDUSA_API_KEY (default the test server's admin API token).
"""

from __future__ import annotations

import os
import uuid

from medusa_client import Medusa, NotFoundError
from medusa_client.models import StorePostCartReq

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000")
API_KEY = os.environ.get("MEDUSA_API_KEY", "test_api_token_123")


def main() -> None:
    # const medusa = new Medusa({ baseUrl: BASE_URL, maxRetries: 3, apiKey: API_KEY })
    with Medusa(base_url=BASE_URL, max_retries=3, api_key=API_KEY) as medusa:
        # const { products, count } = await medusa.products.list({ limit: 2, expand: "variants" })
        result = medusa.products.list({"limit": 2, "expand": "variants"})
        print(f"products.list: {result.count} products, {len(result.products)} in this page")

        # const { cart } = await medusa.carts.create({ region_id })     (a model works too)
        cart = medusa.carts.create(StorePostCartReq(region_id="reg_harness_us")).cart
        # await medusa.carts.lineItems.create(cart.id, { variant_id, quantity: 1 })
        cart = medusa.carts.line_items.create(
            cart.id, {"variant_id": "variant_harness_mug_one", "quantity": 1}
        ).cart
        print(f"carts.line_items.create: {len(cart.items)} item, subtotal {cart.subtotal}")

        # await medusa.admin.customerGroups.create({ name }, { "X-Request-Id": "abc" })
        name = f"Migrated {uuid.uuid4().hex[:6]}"
        group = medusa.admin.customer_groups.create(
            {"name": name}, custom_headers={"X-Request-Id": "abc"}
        ).customer_group
        print(f"admin.customer_groups.create: {group.name}")

        # medusa-js: a loop over offset/limit; here: auto_paging_iter()
        names = [
            g.name for g in medusa.admin.customer_groups.list({"limit": 1, "q": name}).auto_paging_iter()
        ]
        print(f"auto_paging_iter: {names}")

        # try { ... } catch (err) { if (err.response?.status === 404) ... }
        medusa.admin.customer_groups.delete(group.id)
        try:
            medusa.admin.customer_groups.retrieve(group.id)
        except NotFoundError as error:
            print(f"typed error instead of err.response: {error.status_code} {error.type}")

        # medusa-js results carry `response`; so do these: the raw requests.Response
        print(
            f"result.response: HTTP {result.response.status_code}, {result.response.headers['Content-Type']}"
        )


if __name__ == "__main__":
    main()
