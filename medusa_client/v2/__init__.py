"""medusa_client.v2: a typed Python client for the Medusa v2 commerce REST API (``@medusajs/js-sdk`` 2.21).

>>> from medusa_client.v2 import Medusa
>>> medusa = Medusa(base_url="http://localhost:9000", api_key="sk_...")
>>> medusa.admin.customer_group.create({"name": "VIP"}).customer_group.id

Same core as the v1 client (``medusa_client``): the errors, ``UNSET``, ``Page`` and the per-call
options are shared; the models are :mod:`medusa_client.v2.models`.
"""

from .._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConflictError,
    DuplicateError,
    InvalidDataError,
    MedusaError,
    NotAllowedError,
    NotFoundError,
    PaymentAuthorizationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from .._serde import EmptyResponse, JSONResponse, Model, Page, Response
from .._types import UNSET, RequestOptions, Unset
from ._client import Client
from ._medusa import Medusa

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Client",
    "ConflictError",
    "DuplicateError",
    "EmptyResponse",
    "InvalidDataError",
    "JSONResponse",
    "Medusa",
    "MedusaError",
    "Model",
    "NotAllowedError",
    "NotFoundError",
    "Page",
    "PaymentAuthorizationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "Response",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "Unset",
]
