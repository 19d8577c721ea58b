"""Bases of the generated tree: namespaces, resources, and the lazy attribute that links them.

A resource method is one line: ``self._call(name, ids, payload, query, options)``. The route
(verb, path, models, flags) comes from the version's table (``resources/_table.py``); the
client (``_client.Client.call``) does the rest.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Dict,
    Generic,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
    overload,
)

if TYPE_CHECKING:  # pragma: no cover
    from ._client import Client
    from ._routes import RouteTable
    from ._types import TimeoutArg

__all__ = ["EntryPoint", "Namespace", "Resource", "children"]

T = TypeVar("T")
E = TypeVar("E", bound="EntryPoint")


class _Lazy(Generic[T]):
    """A resource attribute, created on first access from its owner's client, then kept.

    The one lazy mechanism of the tree (namespaces, resources and nested resources alike): the
    class is found through the table, so the module behind it is imported only when used.
    """

    __slots__ = ("attribute", "path")

    def __init__(self, path: str) -> None:
        self.path = path
        self.attribute = path.rpartition(".")[2]

    @overload
    def __get__(self, obj: None, owner: type) -> _Lazy[T]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj: Optional[object], owner: type) -> Union[T, _Lazy[T]]:
        if obj is None:
            return self
        table: RouteTable = owner._table  # type: ignore[attr-defined]
        value: T = table.resource_class(self.path)(obj._client)  # type: ignore[attr-defined]
        obj.__dict__[self.attribute] = value  # later reads skip the descriptor
        return value


class Namespace:
    """A node of the tree that holds resources: ``medusa.admin``, the root."""

    _table: ClassVar[RouteTable]
    _path: ClassVar[str]

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class EntryPoint(Namespace):
    """What both ``Medusa`` classes (v1 and v2) add to their tree: the client, options, closing."""

    client: Client

    def _attach(self, client: Client) -> None:
        Namespace.__init__(self, client)
        self.client = client

    def with_options(
        self: E,
        *,
        timeout: Optional[TimeoutArg] = None,
        max_retries: Optional[int] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
    ) -> E:
        """The same API with other defaults, sharing this one's connection pool (``Client.with_options``).

        >>> fast = medusa.with_options(timeout=2, max_retries=0)  # e.g. inside a web request handler
        """
        other = type(self).__new__(type(self))
        other._attach(
            self.client.with_options(timeout=timeout, max_retries=max_retries, custom_headers=custom_headers)
        )
        return other

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def __enter__(self: E) -> E:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Resource(Namespace):
    """A group of API methods bound to one client (the JS clients' resource classes)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._client.base_url!r}>"

    def _call(
        self, name: str, ids: Tuple[str, ...], payload: Any, query: Any, options: Mapping[str, Any]
    ) -> Any:
        route = self._table.route(self._path, name)
        return self._client.call(route, ids, payload, query, options)


def children(obj: object) -> Dict[str, Any]:
    """The namespaces and resources reachable as attributes of ``obj``, created if needed."""
    names = {n for klass in type(obj).__mro__ for n, v in vars(klass).items() if isinstance(v, _Lazy)}
    return {name: getattr(obj, name) for name in sorted(names)}
