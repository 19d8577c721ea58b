"""medusa_client.v2: a typed Python client for the Medusa v2 commerce REST API (``@medusajs/js-sdk`` 2.21).

>>> from medusa_client.v2 import Medusa
>>> medusa = Medusa(base_url="http://localhost:9000", api_key="sk_...")
>>> medusa.admin.customer_group.create({"name": "VIP"}).customer_group.id

Same core as the v1 client (``medusa_client``): the errors, ``UNSET``, ``Page`` and the per-call
options are shared; the models are :mod:`medusa_client.v2.models`.
"""

from .._client import ServerSentEvent
from .._exceptions import *  # noqa: F403 - the error classes, shared with medusa_client
from .._exceptions import ERRORS
from .._serde import EmptyResponse, JSONResponse, Model, Page, Response
from .._types import UNSET, RequestOptions, Unset
from ._client import Client
from ._medusa import Medusa

__all__ = [
    *ERRORS,
    "UNSET",
    "Client",
    "EmptyResponse",
    "JSONResponse",
    "Medusa",
    "Model",
    "Page",
    "RequestOptions",
    "Response",
    "ServerSentEvent",
    "Unset",
]
