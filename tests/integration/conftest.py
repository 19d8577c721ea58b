"""Fixtures of the real-server suite (``make integration`` starts and resets the server first).

The server's address and credentials come from the harness state file
(``$MEDUSA_ROOT/state/harness.env``, default root ``/tmp/medusa-client-v1``) or the environment.
When the server does not answer, every test fails with the reason: this suite never skips.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path
from typing import Dict, Iterator

import pytest
import requests

from medusa_client import Medusa

SERVER_DIR = Path(__file__).parent / "server"


def _harness_env() -> Dict[str, str]:
    root = Path(os.environ.get("MEDUSA_ROOT", "/tmp/medusa-client-v1"))
    values: Dict[str, str] = {}
    env_file = root / "state" / "harness.env"
    if env_file.is_file():
        for line in env_file.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep:
                values[key] = value
    values.update({k: v for k, v in os.environ.items() if k.startswith("MEDUSA_")})
    return values


ENV = _harness_env()
BASE_URL = ENV.get("MEDUSA_BASE_URL", "http://127.0.0.1:9000")
API_TOKEN = ENV.get("MEDUSA_API_TOKEN", "test_api_token_123")
ADMIN_EMAIL = ENV.get("MEDUSA_ADMIN_EMAIL", "admin@medusa-test.com")
ADMIN_PASSWORD = ENV.get("MEDUSA_ADMIN_PASSWORD", "supersecret")
PUBLISHABLE_KEY = ENV.get("MEDUSA_PUBLISHABLE_KEY", "pk_harness_storefront")
SALES_CHANNEL_ID = ENV.get("MEDUSA_DEFAULT_SALES_CHANNEL_ID", "")


@pytest.fixture(scope="session", autouse=True)
def server_is_up() -> None:
    try:
        ok = requests.get(BASE_URL + "/health", timeout=5).status_code == 200
    except requests.RequestException as exc:
        pytest.fail(f"the Medusa test server at {BASE_URL} does not answer ({exc}); run `make integration`")
    if not ok:
        pytest.fail(f"the Medusa test server at {BASE_URL} is not healthy; run `make integration`")


@pytest.fixture
def reset_server() -> None:
    """Put the database back to the seeded state (about a second)."""
    subprocess.run(["bash", str(SERVER_DIR / "reset.sh")], check=True, capture_output=True)


@pytest.fixture
def admin() -> Iterator[Medusa]:
    """A client authenticated with the admin API token."""
    with Medusa(base_url=BASE_URL, api_key=API_TOKEN) as medusa:
        yield medusa


@pytest.fixture
def anonymous() -> Iterator[Medusa]:
    with Medusa(base_url=BASE_URL) as medusa:
        yield medusa


@pytest.fixture
def unique() -> str:
    """A short unique suffix so tests never collide on names or emails."""
    return uuid.uuid4().hex[:10]


# Opt-in: MEDUSA_RECORD_KEYS=<file> records every key the server sends that a generated model
# leaves in additional_properties (tests/support/key_recorder.py); written at session end.
_KEY_RECORDER = None


@pytest.fixture(scope="session", autouse=True)
def record_untyped_keys() -> Iterator[None]:
    global _KEY_RECORDER
    target = os.environ.get("MEDUSA_RECORD_KEYS")
    if not target:
        yield
        return
    from tests.support.key_recorder import KeyRecorder

    _KEY_RECORDER = KeyRecorder(Path(target))
    _KEY_RECORDER.install()
    try:
        yield
    finally:
        _KEY_RECORDER.uninstall()
        _KEY_RECORDER.write()
        _KEY_RECORDER = None


def pytest_runtest_setup(item: pytest.Item) -> None:
    if _KEY_RECORDER is not None:
        _KEY_RECORDER.current_test = item.nodeid
