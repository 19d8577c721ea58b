"""Fixtures of the Medusa v2 real-server suite (``make integration`` starts and resets the server first).

The v2 server's address and credentials come from its harness state file
(``$MEDUSA2_ROOT/state/harness.env``, default root ``/tmp/medusa-v2``), overridden by
``MEDUSA2_*`` variables of the environment (``MEDUSA2_BASE_URL``, ``MEDUSA2_PORT``,
``MEDUSA2_PG_PORT``...). The ``MEDUSA_*`` variables belong to the v1 suite and are never read.
When the server does not answer, every test fails with the reason: this suite never skips.
Seeded ids: tests/integration/server_v2/README.md.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path
from typing import Dict, Iterator
from urllib.parse import urlsplit

import pytest
import requests

from medusa_client.v2 import Medusa

SERVER_DIR = Path(__file__).resolve().parents[1] / "server_v2"
ROOT = Path(os.environ.get("MEDUSA2_ROOT") or "/tmp/medusa-v2")


def _harness_env() -> Dict[str, str]:
    values: Dict[str, str] = {}
    env_file = ROOT / "state" / "harness.env"
    if env_file.is_file():
        for line in env_file.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep:
                values[key] = value
    # MEDUSA2_X of the environment wins over MEDUSA_X of the state file
    values.update(
        {"MEDUSA_" + k[len("MEDUSA2_") :]: v for k, v in os.environ.items() if k.startswith("MEDUSA2_")}
    )
    return values


ENV = _harness_env()
BASE_URL = (
    os.environ.get("MEDUSA2_BASE_URL")
    or ENV.get("MEDUSA_BASE_URL")
    or f"http://127.0.0.1:{ENV.get('MEDUSA_PORT', '9200')}"
).rstrip("/")
SECRET_KEY = ENV.get("MEDUSA_SECRET_API_KEY", "sk_harness_test_secret")
PUBLISHABLE_KEY = ENV.get("MEDUSA_PUBLISHABLE_KEY", "pk_harness_storefront")
ADMIN_EMAIL = ENV.get("MEDUSA_ADMIN_EMAIL", "admin@medusa-test.com")
ADMIN_PASSWORD = ENV.get("MEDUSA_ADMIN_PASSWORD", "supersecret")
ADMIN_USER_ID = "user_harness_admin"
CUSTOMER_EMAIL = ENV.get("MEDUSA_CUSTOMER_EMAIL", "alice@medusa-test.com")
CUSTOMER_PASSWORD = ENV.get("MEDUSA_CUSTOMER_PASSWORD", "supersecret")


def _pg_port() -> str:
    if ENV.get("MEDUSA_PG_PORT"):
        return ENV["MEDUSA_PG_PORT"]
    port = urlsplit(ENV.get("MEDUSA_DATABASE_URL", "")).port
    return str(port or 55632)


def reset_database() -> None:
    """Put the v2 database back to the seeded state (under a second; the server keeps running)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDUSA_", "MEDUSA2_"))}
    env.update(
        {
            "MEDUSA_ROOT": str(ROOT),
            "MEDUSA_PORT": str(urlsplit(BASE_URL).port or 80),
            "MEDUSA_PG_PORT": _pg_port(),
            "MEDUSA_SECRET_KEY": SECRET_KEY,
            "MEDUSA_PUBLISHABLE_KEY": PUBLISHABLE_KEY,
        }
    )
    result = subprocess.run(
        ["bash", str(SERVER_DIR / "reset.sh")], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"reset.sh of the v2 server ({ROOT}) failed:\n{result.stderr[-2000:]}")


@pytest.fixture(scope="session", autouse=True)
def server_is_up() -> None:
    """The v2 server answers, and its database is the seeded one (this overrides the v1 check)."""
    try:
        ok = requests.get(BASE_URL + "/health", timeout=5).status_code == 200
    except requests.RequestException as exc:
        pytest.fail(
            f"the Medusa v2 test server at {BASE_URL} does not answer ({exc}); run `make integration` "
            "or `make medusa2-up` (MEDUSA2_ROOT/MEDUSA2_PORT/MEDUSA2_PG_PORT select the server)"
        )
    if not ok:
        pytest.fail(f"the Medusa v2 test server at {BASE_URL} is not healthy; run `make medusa2-up`")
    reset_database()


@pytest.fixture
def reset_server() -> None:
    """Seeded state for a test that needs it intact."""
    reset_database()


@pytest.fixture
def admin() -> Iterator[Medusa]:
    """An admin client with the secret API key (HTTP Basic), no publishable key."""
    with Medusa(base_url=BASE_URL, api_key=SECRET_KEY, publishable_key="") as medusa:
        yield medusa


@pytest.fixture
def store() -> Iterator[Medusa]:
    """A storefront client: the publishable key only."""
    with Medusa(base_url=BASE_URL, api_key="", publishable_key=PUBLISHABLE_KEY) as medusa:
        yield medusa


@pytest.fixture
def anonymous() -> Iterator[Medusa]:
    """No credentials at all (whatever the environment holds)."""
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as medusa:
        yield medusa


@pytest.fixture
def admin_jwt() -> Iterator[Medusa]:
    """An admin client logged in as the seeded user (JWT kept by the client)."""
    with Medusa(base_url=BASE_URL, api_key="", publishable_key="") as medusa:
        medusa.auth.login("user", "emailpass", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        yield medusa


@pytest.fixture
def unique() -> str:
    """A short unique suffix so tests never collide on names or emails."""
    return uuid.uuid4().hex[:10]
