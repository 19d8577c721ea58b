"""``conftest.py`` for the tests in this folder (examples/test_with_medusa_mock.py), as in a project:
one import makes the ``medusa_mock`` fixture available to every test below it (docs/testing.md)."""

from medusa_client.testing import medusa_mock  # noqa: F401
