"""medusa_client: a typed Python client for the Medusa v1 commerce REST API.

>>> from medusa_client import Medusa
>>> medusa = Medusa(base_url="http://localhost:9000", api_key="...")
>>> medusa.admin.customer_groups.create({"name": "VIP"}).customer_group.id
"""

from ._client import Client
from ._exceptions import (
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
from ._medusa import Admin, Medusa
from ._serde import EmptyResponse, JSONResponse, Model, Page, Response
from ._types import UNSET, RequestOptions, Unset
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Admin",
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
    "__version__",
]
