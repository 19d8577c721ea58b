"""docs/cron-and-bulk.md, runnable: a nightly job's export (pagination), an import that is safe to re-run,
retries and timeouts for batch work, and Idempotency-Key as Medusa v1 really honours it.

Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9000), MEDUSA_API_KEY (default the test
server's admin API token).
"""

from __future__ import annotations

import csv
import io
import os
import uuid
from typing import Dict, List, Optional

from medusa_client import DuplicateError, Medusa

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000")
API_KEY = os.environ.get("MEDUSA_API_KEY", "test_api_token_123")


def job_client() -> Medusa:
    # Batch work: more patience than a web request. 5 extra attempts for what is safe to repeat,
    # 5 s to connect and 120 s to read each page.
    return Medusa(base_url=BASE_URL, api_key=API_KEY, max_retries=5, timeout=(5, 120))


def export_products(medusa: Medusa) -> str:
    """Every product, 50 per request, only the fields needed: one page in memory at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "title", "status", "variants"])
    first_page = medusa.admin.products.list({"limit": 50, "fields": "id,title,status", "expand": "variants"})
    for product in first_page.auto_paging_iter():
        writer.writerow([product.id, product.title, product.status, len(product.variants or [])])
    return out.getvalue()


def import_groups(medusa: Medusa, names: List[str]) -> Dict[str, str]:
    """Create the customer groups that do not exist yet: running it twice changes nothing the second time."""
    existing = {
        g.name: g.id
        for g in medusa.admin.customer_groups.list({"name": names, "limit": 100}).auto_paging_iter()
    }
    for name in names:
        if name in existing:
            continue
        try:
            existing[name] = medusa.admin.customer_groups.create({"name": name}).customer_group.id
        except DuplicateError:  # another run created it meanwhile
            existing[name] = medusa.admin.customer_groups.list({"name": [name]}).customer_groups[0].id
    return existing


def add_item_once(medusa: Medusa, cart_id: str, variant_id: str, saved_key: Optional[str]) -> str:
    """Add a line item so that a re-run of the job does not add it twice; returns the key to save.

    Medusa v1 replays a POST only for an Idempotency-Key it issued itself (the ``Idempotency-Key``
    response header of the first attempt); a key the client makes up is not stored. So the job keeps
    the server's key and sends it on the next run.
    """
    headers = {"Idempotency-Key": saved_key} if saved_key else None
    result = medusa.carts.line_items.create(
        cart_id, {"variant_id": variant_id, "quantity": 1}, custom_headers=headers
    )
    return result.response.headers["Idempotency-Key"]


def quantities(medusa: Medusa, cart_id: str) -> List[int]:
    return [item.quantity for item in medusa.carts.retrieve(cart_id).cart.items]


def main() -> None:
    suffix = uuid.uuid4().hex[:6]
    with job_client() as medusa:
        exported = export_products(medusa)
        print(f"exported {len(exported.splitlines()) - 1} products")
        print(exported.splitlines()[0])

        names = [f"Import {suffix} {n}" for n in range(3)]
        first = import_groups(medusa, names)
        second = import_groups(medusa, names)
        print(f"import: {len(first)} groups, re-run kept the same ids: {first == second}")

        # An update that sets values is safe to repeat: let the client retry it like a GET.
        group_id = first[names[0]]
        medusa.admin.customer_groups.update(group_id, {"metadata": {"synced": "yes"}}, idempotent=True)

        # Idempotency-Key: the server's key replays, a new client key does not.
        cart_id = medusa.carts.create({"region_id": "reg_harness_us"}).cart.id
        server_key = add_item_once(medusa, cart_id, "variant_harness_mug_one", saved_key=None)
        add_item_once(medusa, cart_id, "variant_harness_mug_one", saved_key=server_key)  # the re-run
        print(f"re-run with the server's key: quantities {quantities(medusa, cart_id)}")
        medusa.carts.line_items.create(
            cart_id,
            {"variant_id": "variant_harness_mug_one", "quantity": 1},
            custom_headers={"Idempotency-Key": f"my-own-key-{suffix}"},
        )
        print(f"a key of the client's own is not honoured: quantities {quantities(medusa, cart_id)}")

        for group in first.values():
            medusa.admin.customer_groups.delete(group)


if __name__ == "__main__":
    main()
