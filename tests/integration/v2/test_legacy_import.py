"""``admin.product.confirm_legacy_import`` (added): the confirmation of an import started by ``import_``.

js-sdk's ``confirmImport`` confirms ``createImport``'s workflow only (``/imports/{id}/confirm``); the
deprecated ``POST /admin/products/import`` that ``import_`` calls has its own confirmation route.
"""

from __future__ import annotations

from typing import Any, List

from medusa_client.v2 import Medusa

from .catalog_helpers import product_csv, wait_for


def test_an_import_started_by_import_is_confirmed_by_confirm_legacy_import(
    admin: Medusa, unique: str
) -> None:
    handle = f"legacy-import-{unique}"
    started = admin.admin.product.import_(("products.csv", product_csv(handle), "text/csv"))
    assert started.response.status_code == 202
    confirmed = admin.admin.product.confirm_legacy_import(started.transaction_id)
    assert confirmed.response.status_code == 202

    def imported() -> List[Any]:
        return list(admin.admin.product.list({"handle": handle}).products)

    products = wait_for(imported, "the imported product")
    assert [p.handle for p in products] == [handle]
    admin.admin.product.delete(products[0].id)
