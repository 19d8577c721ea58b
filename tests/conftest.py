"""Shared fixtures of the unit tests (no network: ``responses`` intercepts every request)."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional
from urllib.parse import urlsplit

import pytest
import responses

from medusa_client import Medusa
from medusa_client.testing import medusa_mock_v2  # noqa: F401 - the fixture, for tests/test_testing_v2.py

BASE_URL = "http://medusa.test"
API_KEY = "sk_test_api_key_DO_NOT_LEAK"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test depends on the developer's MEDUSA_* environment."""
    for name in ("MEDUSA_BACKEND_URL", "MEDUSA_API_KEY", "MEDUSA_PUBLISHABLE_API_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    """A ``responses`` mock that fails the test if a registered response is not used."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


@pytest.fixture
def medusa() -> Iterator[Medusa]:
    """A client on ``http://medusa.test`` with an API key; sleeps between retries are skipped."""
    client = Medusa(base_url=BASE_URL, api_key=API_KEY)
    client.client._sleep = lambda seconds: None
    yield client
    client.close()


class Sent:
    """What one intercepted request put on the wire."""

    def __init__(self, call: Any) -> None:
        request = call.request
        parts = urlsplit(request.url)
        self.method: str = request.method
        self.path: str = parts.path
        self.query: str = parts.query
        self.headers: Dict[str, str] = dict(request.headers)
        self.raw_body: Optional[bytes] = (
            request.body.encode() if isinstance(request.body, str) else request.body
        )

    @property
    def json(self) -> Any:
        assert self.raw_body is not None, "the request had no body"
        return json.loads(self.raw_body)

    def header(self, name: str) -> Optional[str]:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


def sent(mock: responses.RequestsMock) -> List[Sent]:
    """Every request the mock intercepted, in order."""
    return [Sent(call) for call in mock.calls]
