"""Table data of the per-method request tests (``tests/test_requests_v1.py``): plain rows, no logic.

Every row writes out, by hand, the request one call must put on the wire. The rows are the independent
oracle: they are never computed from the library's code.
"""

from __future__ import annotations

from typing import Any, Dict, NamedTuple, Tuple

#: ``Case.body`` of an upload: a multipart/form-data body (its parts are checked in ``test_uploads.py``).
MULTIPART = "multipart"


class Case(NamedTuple):
    """``medusa.<resource>.<method>(*args, **kwargs)`` and the request it must send."""

    resource: str  # attribute path under ``Medusa``: "admin.products", "carts.line_items", "auth"
    method: str
    args: Tuple[Any, ...]
    kwargs: Dict[str, Any]
    verb: str
    path: str  # as sent: each id one percent-encoded segment
    query: str  # as sent (encoded); "" for none
    body: Any  # the JSON body, ``None`` for no body, or ``MULTIPART``
    result: str  # class name of the typed result
    canned: str = ""  # key of the answer in ``CANNED_V1`` when it is not ``result``


class Canned(NamedTuple):
    """What the mocked server answers, and what the typed result must then read."""

    body: Any  # dict/list: JSON; str: text/plain; None: no body
    checks: Dict[str, Any]  # dotted field of the result (digits index lists) -> expected value
    status: int = 200
