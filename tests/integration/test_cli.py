"""``medusa-client`` end to end: ``python -m medusa_client`` in a subprocess against the real server."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from tests.integration.conftest import API_TOKEN, BASE_URL


def run_cli(
    *argv: str, stdin: Optional[str] = None, env: Optional[Dict[str, str]] = None, tmp: Optional[Path] = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MEDUSA_")}
    environment.update({"MEDUSA_BACKEND_URL": BASE_URL, "MEDUSA_API_KEY": API_TOKEN})
    if tmp is not None:
        environment["XDG_CONFIG_HOME"] = str(tmp)  # no developer config file
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "medusa_client", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_customer_group_lifecycle(unique: str, tmp_path: Path) -> None:
    name = f"CLI {unique}"
    created = json.loads(
        ok(run_cli("admin", "customer-groups", "create", "--data", json.dumps({"name": name})))
    )
    group = created["customer_group"]
    assert group["name"] == name and group["created_at"].endswith("Z")

    retrieved = json.loads(
        ok(run_cli("admin", "customer-groups", "retrieve", group["id"], "--expand", "customers"))
    )
    assert retrieved["customer_group"]["id"] == group["id"]
    assert retrieved["customer_group"]["customers"] == []

    listed = json.loads(ok(run_cli("admin", "customer-groups", "list", "--query", f"name[0]={name}")))
    assert [g["id"] for g in listed["customer_groups"]] == [group["id"]] and listed["count"] == 1

    deleted = json.loads(ok(run_cli("admin", "customer-groups", "delete", group["id"])))
    assert deleted == {"id": group["id"], "object": "customer_group", "deleted": True}

    missing = run_cli("admin", "customer-groups", "retrieve", group["id"])
    assert missing.returncode == 4 and missing.stdout == ""
    assert missing.stderr == f"error: 404 not_found: CustomerGroup with id {group['id']} was not found\n"


def test_all_pages_as_jsonl(unique: str) -> None:
    names = [f"CLI page {unique} {n}" for n in range(5)]
    ids = []
    for name in names:
        ids.append(
            json.loads(ok(run_cli("admin", "customer-groups", "create", "-d", json.dumps({"name": name}))))[
                "customer_group"
            ]["id"]
        )
    try:
        out = ok(
            run_cli(
                "admin",
                "customer-groups",
                "list",
                "-q",
                f"q={unique}",
                "--limit",
                "2",
                "--all",
                "-o",
                "jsonl",
            )
        )
        lines = [json.loads(line) for line in out.splitlines()]
        assert sorted(g["id"] for g in lines) == sorted(ids)
        assert all(set(g) >= {"id", "name", "created_at"} for g in lines)
        as_json = json.loads(
            ok(run_cli("admin", "customer-groups", "list", "-q", f"q={unique}", "--limit", "2", "--all"))
        )
        assert len(as_json) == 5
    finally:
        for group_id in ids:
            run_cli("admin", "customer-groups", "delete", group_id)


def test_table_and_csv_outputs(unique: str) -> None:
    out = ok(run_cli("products", "list", "--output", "table", "--columns", "id,title,status"))
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "STATUS"]
    assert any(line.startswith("prod_harness_tshirt") for line in lines[2:])
    rows = list(
        csv.DictReader(
            io.StringIO(ok(run_cli("regions", "list", "-o", "csv", "--columns", "id,currency_code")))
        )
    )
    assert {"id": "reg_harness_us", "currency_code": "usd"} in rows


def test_store_products_list_needs_no_credentials(tmp_path: Path) -> None:
    out = ok(run_cli("products", "list", "--limit", "10", env={"MEDUSA_API_KEY": ""}, tmp=tmp_path))
    products = json.loads(out)
    assert {p["id"] for p in products["products"]} == {
        "prod_harness_tshirt",
        "prod_harness_pants",
        "prod_harness_mug",
    }
    retrieved = json.loads(ok(run_cli("products", "retrieve", "prod_harness_mug", tmp=tmp_path)))
    assert retrieved["product"]["title"] == "Harness Mug"


def test_data_from_stdin_and_file(unique: str, tmp_path: Path) -> None:
    created = json.loads(
        ok(
            run_cli(
                "admin",
                "customer-groups",
                "create",
                "--data",
                "-",
                stdin=json.dumps({"name": f"stdin {unique}"}),
            )
        )
    )
    group_id = created["customer_group"]["id"]
    payload = tmp_path / "update.json"
    payload.write_text(json.dumps({"metadata": {"from": "file"}}))
    updated = json.loads(ok(run_cli("admin", "customer-groups", "update", group_id, "--data", f"@{payload}")))
    assert updated["customer_group"]["metadata"] == {"from": "file"}
    ok(run_cli("admin", "customer-groups", "delete", group_id))


def test_api_key_from_stdin_and_auth_errors(tmp_path: Path) -> None:
    out = ok(
        run_cli(
            "admin",
            "auth",
            "get-session",
            "--api-key",
            "-",
            stdin=API_TOKEN + "\n",
            env={"MEDUSA_API_KEY": ""},
        )
    )
    assert json.loads(out)["user"]["email"]
    wrong = run_cli("admin", "customer-groups", "list", "--api-key", "wrong-token-xyz")
    assert (wrong.returncode, wrong.stdout, wrong.stderr) == (3, "", "error: 401: Unauthorized\n")
    missing = run_cli("admin", "customer-groups", "list", env={"MEDUSA_API_KEY": ""}, tmp=tmp_path)
    assert missing.returncode == 3 and "no API key" in missing.stderr


def test_invalid_data_and_not_allowed_exit_5(unique: str) -> None:
    invalid = run_cli("admin", "customer-groups", "create", "--data", '{"name": 42}')
    assert invalid.returncode == 5 and invalid.stderr == "error: 400 invalid_data: name must be a string\n"
    cart = json.loads(ok(run_cli("carts", "create", "--data", '{"region_id": "reg_harness_us"}')))["cart"]
    too_many = run_cli(
        "carts",
        "line-items",
        "create",
        cart["id"],
        "--data",
        '{"variant_id": "variant_harness_tshirt_m_black", "quantity": 1000}',
    )
    assert too_many.returncode == 5
    assert too_many.stderr.startswith("error: 400 not_allowed insufficient_inventory: Variant with id")


def test_profile_file_and_connection_error(tmp_path: Path) -> None:
    config = tmp_path / "medusa.toml"
    config.write_text(
        f'[local]\nbase_url = "{BASE_URL}"\napi_key = "{API_TOKEN}"\n\n[offline]\nbase_url = "http://127.0.0.1:9"\n'
    )
    config.chmod(0o600)
    env = {"MEDUSA_CLIENT_CONFIG": str(config), "MEDUSA_BACKEND_URL": "", "MEDUSA_API_KEY": ""}
    out = ok(run_cli("admin", "store", "retrieve", "--profile", "local", env=env))
    assert json.loads(out)["store"]["name"]
    offline = run_cli("regions", "list", "--profile", "offline", "--max-retries", "0", env=env)
    assert offline.returncode == 8 and offline.stderr.startswith(
        "error: connection: GET http://127.0.0.1:9/store/regions"
    )


def test_upload_and_custom_route(tmp_path: Path) -> None:
    upload = tmp_path / "hello.txt"
    upload.write_text("hello from the CLI")
    out = json.loads(ok(run_cli("admin", "uploads", "create", str(upload))))
    [uploaded] = out["uploads"]
    assert uploaded["url"].endswith(".txt")
    custom = json.loads(
        ok(run_cli("admin", "custom", "get", "regions/reg_harness_us", "--fields", "id,name"))
    )
    assert custom["region"]["id"] == "reg_harness_us"


def test_verbose_shows_requests_but_not_the_token() -> None:
    result = run_cli("admin", "customer-groups", "list", "--limit", "1", "-v")
    assert result.returncode == 0
    assert "GET /admin/customer-groups -> 200" in result.stderr
    assert API_TOKEN not in result.stderr + result.stdout


@pytest.mark.parametrize(
    "argv", [["--help"], ["admin", "--help"], ["carts", "line-items", "create", "--help"]]
)
def test_help(argv: List[str]) -> None:
    out = ok(run_cli(*argv))
    assert "usage: medusa-client" in out and API_TOKEN not in out
