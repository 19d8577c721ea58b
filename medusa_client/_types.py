"""Sentinels, type aliases and the per-call options shared by every resource method."""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any, Final, Literal, Mapping, Optional, Tuple, TypedDict, TypeVar, Union

__all__ = [
    "UNSET",
    "Unset",
    "FileInput",
    "Headers",
    "Payload",
    "Query",
    "RequestOptions",
    "TimeoutArg",
]


class Unset:
    """Type of :data:`UNSET`: a field or argument that was not given.

    ``UNSET`` is falsy and is never serialised: model fields holding it are left out of
    request bodies and query strings, while ``None`` is sent as JSON ``null``.
    """

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Any) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()

T = TypeVar("T")

#: A request body: a generated model instance or a plain mapping sent exactly as given.
Payload = Union[T, Mapping[str, Any]]
#: A query: a generated ``...Params`` model, a plain mapping, or ``None`` for none.
Query = Optional[Union[T, Mapping[str, Any]]]
#: Request headers given by the caller.
Headers = Optional[Mapping[str, str]]
#: A file to upload: a path, its bytes, a binary file object, or ``(file name, bytes, mime type)``.
FileInput = Union[str, "os.PathLike[str]", bytes, IO[bytes], Tuple[str, bytes, str]]
#: Seconds for both connect and read, or ``(connect, read)``.
TimeoutArg = Union[float, Tuple[float, float]]


class RequestOptions(TypedDict, total=False):
    """Keyword-only options every resource method accepts.

    - ``custom_headers``: headers for this call, over the client's ``custom_headers``.
    - ``timeout``: seconds, or ``(connect, read)``, for each attempt of this call.
    - ``max_retries``: extra attempts for this call (default: the client's).
    - ``idempotent``: ``True`` declares this write safe to repeat, so it is retried
      like a GET (after read timeouts, dropped connections, 409/500/502/504).
    """

    custom_headers: Headers
    timeout: TimeoutArg
    max_retries: int
    idempotent: bool


REQUEST_OPTION_NAMES: Final = frozenset(RequestOptions.__annotations__)

if TYPE_CHECKING:  # pragma: no cover
    from typing_extensions import Unpack as Unpack
