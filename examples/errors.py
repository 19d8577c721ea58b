"""docs/errors.md, runnable: the typed errors a real Medusa v1 server produces, and how to handle them.

Environment: MEDUSA_BACKEND_URL (default http://127.0.0.1:9000), MEDUSA_API_KEY (default the test
server's admin API token).
"""

from __future__ import annotations

import os
import uuid

from medusa_client import (
    APIConnectionError,
    APIStatusError,
    DuplicateError,
    InvalidDataError,
    Medusa,
    MedusaError,
    NotAllowedError,
    NotFoundError,
    UnauthorizedError,
)

BASE_URL = os.environ.get("MEDUSA_BACKEND_URL", "http://127.0.0.1:9000")
API_KEY = os.environ.get("MEDUSA_API_KEY", "test_api_token_123")


def show(error: APIStatusError) -> None:
    print(f"{type(error).__name__}: status={error.status_code} type={error.type} code={error.code}")
    print(f"  message: {error.message}")


def main() -> None:
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as medusa:
        # 404 not_found
        try:
            medusa.admin.customer_groups.retrieve("cgrp_does_not_exist")
        except NotFoundError as error:
            show(error)

        # 400 invalid_data: the server's validation of the payload or the query
        try:
            medusa.admin.customer_groups.create({"name": 42})
        except InvalidDataError as error:
            show(error)

        # 422 duplicate_error (code invalid_request_error)
        name = f"Errors {uuid.uuid4().hex[:6]}"
        group = medusa.admin.customer_groups.create({"name": name}).customer_group
        try:
            medusa.admin.customer_groups.create({"name": name})
        except DuplicateError as error:
            show(error)
        finally:
            medusa.admin.customer_groups.delete(group.id)

        # 400 not_allowed with a code: more than the stock in a cart
        cart = medusa.carts.create({"region_id": "reg_harness_us"}).cart
        try:
            medusa.carts.line_items.create(
                cart.id, {"variant_id": "variant_harness_tshirt_m_black", "quantity": 1000}
            )
        except NotAllowedError as error:
            show(error)

    # 401: a wrong token; the server answers the plain text "Unauthorized"
    with Medusa(base_url=BASE_URL, api_key="not-a-token") as wrong:
        try:
            wrong.admin.customer_groups.list()
        except UnauthorizedError as error:
            show(error)

    # No HTTP answer at all (nothing listens on port 9): APIConnectionError, after the retries.
    with Medusa(base_url="http://127.0.0.1:9", max_retries=0, timeout=2) as offline:
        try:
            offline.regions.list()
        except APIConnectionError as error:
            print(f"{type(error).__name__}: {error}")

    # Everything derives from MedusaError: one handler for "the shop is unavailable".
    with Medusa(base_url=BASE_URL, api_key=API_KEY) as medusa:
        try:
            medusa.admin.orders.retrieve("order_missing")
        except MedusaError as error:
            print(f"caught as MedusaError: {type(error).__name__}")


if __name__ == "__main__":
    main()
