"""docs/cron-and-bulk-v2.md, runnable: a nightly job on Medusa v2. Exports that page through every
product and customer, upserts by handle and email that are safe to run again, retries and timeouts
for batch work, a report of what happened, and what Idempotency-Key does on v2 (nothing).

For Medusa v2 (2.x) servers. Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9200),
MEDUSA_API_KEY (a secret API key ``sk_...``), MEDUSA_PUBLISHABLE_API_KEY (``pk_...``); the
defaults are the v2 test server's.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List, TextIO

from medusa_client.v2 import APIStatusError, InvalidDataError, Medusa, MedusaError

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9200")
API_KEY = os.environ.get("MEDUSA_API_KEY", "sk_harness_test_secret")
PUBLISHABLE_KEY = os.environ.get("MEDUSA_PUBLISHABLE_API_KEY", "pk_harness_storefront")


def job_client() -> Medusa:
    # Batch work: more patience than a web request. 5 extra attempts for what is safe to repeat,
    # 5 s to connect and 120 s to read each page, Retry-After honoured up to 120 s.
    return Medusa(
        base_url=BASE_URL,
        api_key=API_KEY,
        publishable_key=PUBLISHABLE_KEY,
        max_retries=5,
        timeout=(5, 120),
        max_retry_after=120,
    )


# --------------------------------------------------------------------------- exports


def export_products(medusa: Medusa, page_size: int = 50) -> str:
    """Every product as CSV, page_size per request, only the fields needed: one page in memory at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "handle", "title", "status", "variants"])
    first_page = medusa.admin.product.list(
        {"limit": page_size, "order": "created_at", "fields": "id,handle,title,status,variants.id"}
    )
    for product in first_page.auto_paging_iter():
        writer.writerow(
            [product.id, product.handle, product.title, product.status, len(product.variants or [])]
        )
    return out.getvalue()


def export_customers(medusa: Medusa, out: TextIO) -> int:
    """Every customer as JSON lines, with the ids of their groups."""
    count = 0
    pages = medusa.admin.customer.list(
        {"limit": 100, "order": "created_at", "fields": "id,email,has_account,groups.id"}
    )
    for customer in pages.auto_paging_iter():
        groups = [g.id for g in customer.groups or []]
        out.write(json.dumps({"id": customer.id, "email": customer.email, "groups": groups}) + "\n")
        count += 1
    return count


# --------------------------------------------------------------------------- upserts


@dataclass
class Report:
    """What a run did, for the job's log and exit status."""

    created: List[str] = field(default_factory=list)
    updated: List[str] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    failed: Dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return (
            f"created={len(self.created)} updated={len(self.updated)} "
            f"unchanged={len(self.unchanged)} failed={len(self.failed)}"
        )


def new_product(row: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "title": row["title"],
        "handle": row["handle"],
        "status": row["status"],
        "options": [{"title": "Default", "values": ["Default"]}],
        "variants": [
            {
                "title": "Default",
                "options": {"Default": "Default"},
                "prices": [{"currency_code": "usd", "amount": row["price"]}],  # major units: 12 = 12.00
                "manage_inventory": False,
            }
        ],
        "sales_channels": [{"id": "sc_harness_default"}],
        "shipping_profile_id": "sp_harness_default",
    }


def upsert_products(medusa: Medusa, rows: List[Dict[str, Any]]) -> Report:
    """Create or update products by handle: a second run with the same rows changes nothing."""
    report = Report()
    handles = [row["handle"] for row in rows]
    existing = {
        p.handle: p
        for p in medusa.admin.product.list(
            {"handle": handles, "limit": 100, "fields": "id,handle,title,status"}
        ).auto_paging_iter()
    }
    for row in rows:
        try:
            found = existing.get(row["handle"])
            if found is None:
                medusa.admin.product.create(new_product(row))  # a create is never retried blindly
                report.created.append(row["handle"])
            elif (found.title, found.status) != (row["title"], row["status"]):
                # product.update is retried like a GET: it sets values, repeating it is harmless
                medusa.admin.product.update(found.id, {"title": row["title"], "status": row["status"]})
                report.updated.append(row["handle"])
            else:
                report.unchanged.append(row["handle"])
        except InvalidDataError as error:
            if "already exists" in error.message:  # another run created it meanwhile
                report.unchanged.append(row["handle"])  # the next run compares it
            else:  # a bad row: report it, go on with the others
                report.failed[row["handle"]] = f"{error.status_code} {error.type}: {error.message}"
        except MedusaError as error:  # outage, rate limit, timeout after the retries: the next run retries
            report.failed[row["handle"]] = f"{type(error).__name__}: {error}"
    return report


def upsert_customers(medusa: Medusa, rows: List[Dict[str, Any]]) -> Report:
    """Create or update customers by email, matched before writing (a create does not always refuse a
    known email: the server's key is email + has_account)."""
    report = Report()
    for row in rows:
        try:
            matches = medusa.admin.customer.list(
                {"email": row["email"], "fields": "id,email,first_name,last_name,has_account"}
            ).customers
            if not matches:
                medusa.admin.customer.create(row)
                report.created.append(row["email"])
                continue
            found = sorted(matches, key=lambda c: not c.has_account)[0]  # the account, if there is one
            if (found.first_name, found.last_name) == (row["first_name"], row["last_name"]):
                report.unchanged.append(row["email"])
                continue
            changes = {"first_name": row["first_name"], "last_name": row["last_name"]}
            medusa.admin.customer.update(found.id, changes, idempotent=True)  # sets values: safe to repeat
            report.updated.append(row["email"])
        except APIStatusError as error:
            report.failed[row["email"]] = f"{error.status_code} {error.type}: {error.message}"
        except MedusaError as error:
            report.failed[row["email"]] = f"{type(error).__name__}: {error}"
    return report


# --------------------------------------------------------------------------- Idempotency-Key on v2


def add_item_once(medusa: Medusa, cart_id: str, variant_id: str) -> None:
    """Add a line item so that a re-run of the job does not add it twice: look at the cart first.

    Medusa v2 ignores Idempotency-Key, so the state of the cart is the only guard.
    """
    items = medusa.store.cart.retrieve(cart_id, {"fields": "id,*items"}).cart.items or []
    if not any(item.variant_id == variant_id for item in items):
        medusa.store.cart.create_line_item(cart_id, {"variant_id": variant_id, "quantity": 1})


def quantities(medusa: Medusa, cart_id: str) -> List[int]:
    return [
        item.quantity
        for item in medusa.store.cart.retrieve(cart_id, {"fields": "id,*items"}).cart.items or []
    ]


# --------------------------------------------------------------------------- demo


def main() -> None:
    suffix = uuid.uuid4().hex[:6]
    with job_client() as medusa:
        exported = export_products(medusa, page_size=2)
        print(f"exported {len(exported.splitlines()) - 1} products")
        print(exported.splitlines()[0])
        lines = io.StringIO()
        print(f"exported {export_customers(medusa, lines)} customers as JSON lines")

        products = [
            {"handle": f"poster-{suffix}", "title": "Poster", "status": "published", "price": 12},
            {"handle": f"sticker-{suffix}", "title": "Sticker", "status": "draft", "price": 3},
            {"handle": f"broken-{suffix}", "title": "Broken", "status": "bogus", "price": 1},
        ]
        print("products, first run:", upsert_products(medusa, products))
        print("products, second run:", upsert_products(medusa, products))
        products[1]["status"] = "published"
        report = upsert_products(medusa, products)
        print("products, after a change:", report)
        print("failed:", report.failed)

        customers = [
            {"email": f"erp-{suffix}-{n}@example.com", "first_name": "Erp", "last_name": f"Customer {n}"}
            for n in range(3)
        ]
        print("customers, first run:", upsert_customers(medusa, customers))
        print("customers, second run:", upsert_customers(medusa, customers))

        # Idempotency-Key: Medusa v2 does not read it; the same key twice adds the item twice.
        cart_id = medusa.store.cart.create({"region_id": "reg_harness_us"}).cart.id
        for _ in range(2):
            medusa.store.cart.create_line_item(
                cart_id,
                {"variant_id": "variant_harness_mug_one", "quantity": 1},
                custom_headers={"Idempotency-Key": f"my-key-{suffix}"},
            )
        print(f"the same Idempotency-Key twice: quantities {quantities(medusa, cart_id)}")
        other_cart = medusa.store.cart.create({"region_id": "reg_harness_us"}).cart.id
        add_item_once(medusa, other_cart, "variant_harness_mug_one")
        add_item_once(medusa, other_cart, "variant_harness_mug_one")  # the re-run
        print(f"checked before adding, run twice: quantities {quantities(medusa, other_cart)}")

        # Clean up what the demo created (product and customer deletes are retried like GETs).
        created = medusa.admin.product.list({"handle": [p["handle"] for p in products], "fields": "id"})
        for product in created.products:
            medusa.admin.product.delete(product.id)
        for row in customers:
            for customer in medusa.admin.customer.list({"email": row["email"], "fields": "id"}).customers:
                medusa.admin.customer.delete(customer.id)


if __name__ == "__main__":
    main()
