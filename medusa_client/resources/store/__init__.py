"""Store resources (``medusa.*``)."""

from .auth import AuthResource

__all__ = ["AuthResource"]
