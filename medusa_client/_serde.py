"""Models and (un)structuring: the bases of every generated model and the one cattrs converter.

- :class:`Model` is the base of every generated attrs class: fields the caller did not set
  hold :data:`UNSET` and are left out of the JSON; keys the schema does not know are kept
  in ``additional_properties`` and written back on unstructuring.
- :class:`Response` is the base of every top-level result: ``.response`` is the raw
  ``requests.Response``.
- :class:`Page` is the base of every list result (``count``/``offset``/``limit``): its
  ``auto_paging_iter()`` walks every item of every page.
- :data:`converter` is built once; the hooks for a class are generated on first use and
  cached, so the cost per object is one generated function call.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import linecache
import sys
import types
import typing
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    ClassVar,
    Dict,
    FrozenSet,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
)

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from ._types import UNSET, Unset

if TYPE_CHECKING:  # pragma: no cover
    import requests

__all__ = [
    "MISSING",
    "SPEEDUPS",
    "EmptyResponse",
    "JSONResponse",
    "Model",
    "Page",
    "Response",
    "converter",
    "json_loads",
    "unstructure",
]

#: Default of response fields the schema marks required. It is :data:`UNSET` typed as
#: ``Any``: the server leaves such fields out when the caller narrows ``fields`` or does not
#: ``expand`` a relation, and structuring must not fail then.
MISSING: Any = UNSET


# ------------------------------------------------------------------ JSON bodies
try:  # the ``speedups`` extra: pip install 'medusa-client[speedups]'
    import orjson as _orjson
except ImportError:  # pragma: no cover - the default install
    _orjson = None  # type: ignore[assignment]

#: Whether response bodies are parsed with ``orjson`` (the ``speedups`` extra is installed).
SPEEDUPS = _orjson is not None


def json_loads(content: bytes) -> Any:
    """A response body parsed as ``json.loads`` parses it, faster with the ``speedups`` extra.

    ``orjson`` gives the same values as ``json.loads`` for what it accepts (compared on real
    server responses and generated documents in ``tests/test_speedups.py``). What it refuses
    and ``json`` accepts (NaN, ``1e400``, lone surrogates, a BOM, UTF-16 bodies...) and bodies
    with integers it would read differently (beyond 64 bits) go to ``json.loads``, which then
    gives its own value or error: the result is always what the default install gives.
    """
    if _orjson is not None and not _may_hold_a_long_integer(content):
        try:
            return _orjson.loads(content)
        except ValueError:  # orjson.JSONDecodeError
            pass
    return json.loads(content)


# orjson reads an integer beyond 64 bits as a float, json as an int: such a body goes to json.
# An integer of 19 digits or more, as a JSON value, follows ``:``, ``,``, ``[``, a ``-`` or
# whitespace (or starts the body). Mapping digits to "0", those characters to ":" and the rest
# to " " and searching the result is a C-speed scan; a long number inside a string after a
# space or a comma also matches, and only costs that body the fast path.
_NUMBER_SCAN = bytes(48 if 48 <= i <= 57 else 58 if i in b":,[- \t\n\r" else 32 for i in range(256))
_LONG_INTEGER = b"0" * 19


def _may_hold_a_long_integer(content: bytes) -> bool:
    scanned = content.translate(_NUMBER_SCAN)
    return scanned.find(b":" + _LONG_INTEGER) >= 0 or scanned.startswith(_LONG_INTEGER)


M = TypeVar("M", bound="Model")
T = TypeVar("T")


class Model:
    """Base of the generated attrs models."""

    __slots__ = ()
    #: Field names whose values are credentials: masked in ``repr()``.
    _secret_fields: ClassVar[FrozenSet[str]] = frozenset()

    def to_dict(self) -> Dict[str, Any]:
        """JSON-ready dict: unset fields left out, ``additional_properties`` merged in."""
        result: Dict[str, Any] = converter.unstructure(self)
        return result

    @classmethod
    def from_dict(cls: Type[M], data: Mapping[str, Any]) -> M:
        """Structure a JSON object (as the server sends it) into this model."""
        return converter.structure(data, cls)

    def __repr__(self) -> str:
        parts = []
        for field in attrs.fields(type(self)):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if value is UNSET or (field.name == "additional_properties" and not value):
                continue
            named = field.name in self._secret_fields or is_secret_key(field.name)
            shown = "'***'" if named and value and isinstance(value, str) else repr(_masked(value))
            parts.append(f"{field.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


_SECRET_NAMES = frozenset({"password", "password_hash", "token", "api_key", "new_password"})


def is_secret_key(name: str) -> bool:
    """Whether a field or JSON key holds a credential: masked in ``repr()``, ``additional_properties`` too."""
    lowered = name.lower()
    return lowered in _SECRET_NAMES or lowered.endswith(("_token", "secret", "_password"))


def _masked(value: Any) -> Any:
    """Plain JSON values (``additional_properties``, free-form dicts) with credential-like keys masked."""
    if isinstance(value, dict):
        return {
            k: ("***" if isinstance(k, str) and is_secret_key(k) and v else _masked(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


class Response(Model):
    """Base of top-level results; ``.response`` is the ``requests.Response`` they came from."""

    __slots__ = ("_response",)

    @property
    def response(self) -> requests.Response:
        """The raw HTTP response (status, headers, elapsed time, ...)."""
        try:
            return self._response  # type: ignore[attr-defined,no-any-return]
        except AttributeError:
            raise AttributeError(
                f"this {type(self).__name__} was not returned by an API call: it has no response"
            ) from None


class Page(Response, Generic[T]):
    """Base of list results that carry ``count``, ``offset`` and ``limit``."""

    __slots__ = ("_next_page",)
    #: Name of the field that holds the items of this page.
    _items_field: ClassVar[str]

    def page_items(self) -> List[T]:
        """The items of this page."""
        items = getattr(self, self._items_field)
        return [] if items is UNSET else items

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item of this page and of the following pages.

        Pages are fetched lazily with the same query (``offset`` moved on), headers and
        options; only one page is held in memory at a time.
        """
        page: Page[T] = self
        while True:
            items = page.page_items()
            yield from items
            fetch: Optional[Callable[[int], Page[T]]] = getattr(page, "_next_page", None)
            count, offset = getattr(page, "count", UNSET), getattr(page, "offset", UNSET)
            if fetch is None or not items or isinstance(count, Unset) or isinstance(offset, Unset):
                return
            next_offset = offset + len(items)
            if next_offset >= count:
                return
            page = fetch(next_offset)


class _LazyModels(Mapping[str, Any]):
    """Names of all generated models of one package, imported on first lookup (for forward references)."""

    def __init__(self, package: str = "medusa_client.models") -> None:
        self._package = package

    def __getitem__(self, name: str) -> Any:
        models = importlib.import_module(self._package)
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:  # pragma: no cover - eval only looks names up
        return iter(())

    def __len__(self) -> int:  # pragma: no cover
        return 0


_LAZY_MODELS = _LazyModels()
_V2_PACKAGE = "medusa_client.v2.models"
_LAZY_MODELS_V2 = _LazyModels(_V2_PACKAGE)


def _resolve(cls: type) -> None:
    # A model's forward references name classes of its own package (v1 or v2).
    v2 = cls.__module__.startswith(_V2_PACKAGE + ".")
    attrs.resolve_types(cls, localns=_LAZY_MODELS_V2 if v2 else _LAZY_MODELS)  # type: ignore[arg-type]


def _json_name(field: attrs.Attribute) -> str:  # type: ignore[type-arg]
    name: str = field.metadata.get("json", field.name)
    return name


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Model) and attrs.has(cls)


def _mentions_model(tp: Any) -> bool:
    """Whether a field type has a generated model in it (``Customer``, ``Optional[List[Customer]]``...)."""
    if _is_model(tp):
        return True
    return any(_mentions_model(arg) for arg in typing.get_args(tp))


def _lazy_unstructure_hook(conv: cattrs.Converter, tp: Any) -> Callable[[Any], Any]:
    """The converter's unstructure hook for ``tp``, looked up on the first value instead of now.

    Building a model's hook then builds (and imports) nothing of the models its fields name.
    """
    hook: Optional[Callable[[Any], Any]] = None

    def unstructure_lazily(value: Any) -> Any:
        nonlocal hook
        if hook is None:
            hook = conv.get_unstructure_hook(tp)
        return hook(value)

    return unstructure_lazily


def _unstructure_overrides(fields: Any, conv: cattrs.Converter) -> Dict[str, Any]:
    """cattrs overrides of a model: JSON names, no ``additional_properties``, lazy model hooks."""
    overrides: Dict[str, Any] = {}
    for f in fields:
        if f.name == "additional_properties":
            overrides[f.name] = override(omit=True)
            continue
        kwargs: Dict[str, Any] = {}
        if _json_name(f) != f.name:
            kwargs["rename"] = _json_name(f)
        if _mentions_model(f.type):
            kwargs["unstruct_hook"] = _lazy_unstructure_hook(conv, f.type)
        if kwargs:
            overrides[f.name] = override(**kwargs)
    overrides["additional_properties"] = override(omit=True)
    return overrides


_FACTORY: type = type(attrs.Factory(dict))


def _direct_fill(cls: type, fields: Any) -> bool:
    """Whether ``cls(**kwargs)`` would only store each value: then the slots are filled directly.

    True for every generated model (attrs, slotted, no validators, converters or init hooks);
    any other class is structured through its ``__init__``.
    """
    return (
        "__slots__" in cls.__dict__
        and getattr(cls, "__new__", None) is object.__new__
        and getattr(cls, "__setattr__", None) is object.__setattr__
        and not hasattr(cls, "__attrs_pre_init__")
        and not hasattr(cls, "__attrs_post_init__")
        and all(
            f.init
            and f.validator is None
            and f.converter is None
            and not (isinstance(f.default, _FACTORY) and f.default.takes_self)  # type: ignore[attr-defined]
            for f in fields
        )
    )


def _inline(tp: Any) -> Tuple[Optional[str], Any]:
    """How a generated structure function handles the common values of ``tp`` without a hook call.

    ``{v}`` is the value. The converter's hook for ``tp`` handles everything else, so what is
    inlined here is exactly what that hook does for these values (see the ``_structure_*`` hooks).
    ``{elem_hook}`` is the hook of the returned type (the model of a list or of an ``Optional``).
    """
    if tp is Any:
        return "pass", None
    if tp is str or tp is bool or tp is int:
        return f"if v.__class__ is not {tp.__name__}: v = {{hook}}(v, {{tp}})", None
    if tp is float:
        return "if v.__class__ is not float and v.__class__ is not int: v = {hook}(v, {tp})", None
    if tp is _dt.datetime and _FROMISOFORMAT_TAKES_Z:
        return "if v.__class__ is str: v = _fromisoformat(v)\nelse: v = {hook}(v, {tp})", None
    if _is_json_object(tp) and tp is not dict:
        return "if v.__class__ is dict: v = v.copy()\nelse: v = {hook}(v, {tp})", None
    args = _union_args(tp)
    if args is not None:
        allows_none = type(None) in args or Unset in args
        members = [a for a in args if a is not type(None) and a is not Unset]
        if len(members) != 1 or not allows_none:
            return None, None
        (only,) = members
        if only is dict:  # the union hook returns a dict as it is (structure_exact)
            return "if v is not None and v.__class__ is not dict: v = {hook}(v, {tp})", None
        if _is_model(only):  # the union hook passes any other value to the model's hook
            return "if v is not None: v = {elem_hook}(v, {elem})", only
        inner, elem = _inline(only)
        if inner is None or inner == "pass":
            return None, None
        # the inner template's {hook} is this union's hook: it does what the member's would
        return "if v is None: pass\nelse:\n" + "\n".join("    " + line for line in inner.split("\n")), elem
    if typing.get_origin(tp) is list and not _is_bare_list(tp):
        (elem,) = typing.get_args(tp)
        if _is_model(elem):
            # cattrs' list hook (detailed_validation off) is this comprehension over any iterable
            return (
                "if v.__class__ is list: v = [{elem_hook}(e, {elem}) for e in v]\nelse: v = {hook}(v, {tp})",
                elem,
            )
    if _is_model(tp):
        return "v = {hook}(v, {tp})", None
    return None, None


def _is_bare_list(tp: Any) -> bool:
    return not typing.get_args(tp) or typing.get_args(tp)[0] is Any


def _make_structure(cls: Type[M], conv: cattrs.Converter) -> Callable[[Any, Any], M]:
    """The structure hook of a generated model: a function written for its fields, compiled once.

    Each field's value goes through the converter's own hook for the field's type, except the
    common values whose hook would return them unchanged (a ``str`` for ``str``, ``None`` for an
    ``Optional``), which are stored as they are, and ISO strings for ``datetime``, parsed in place.
    The hooks of the types a field names are looked up on their first value, not now: building
    this hook imports and builds nothing else, so the first call of a process pays only for the
    models its response holds.
    """
    _resolve(cls)
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    direct = _direct_fill(cls, fields)
    known = frozenset(_json_name(f) for f in fields if f.name != "additional_properties")
    name = cls.__name__
    ns: Dict[str, Any] = {
        "_cls": cls,
        "_new": object.__new__,
        "_known": known,
        "_nknown": len(known),
        "_fromisoformat": _fromisoformat,
        "_expected": f"{name}: expected a JSON object, got ",
    }

    def late(slot: str, tp: Any) -> str:
        # the converter's hook for ``tp``, bound in the function's globals on first use
        def bind_hook(value: Any, given: Any) -> Any:
            hook = conv.get_structure_hook(tp)
            ns[slot] = hook
            return hook(value, given)

        ns[slot] = bind_hook
        return slot

    lines = [
        "def structure_model(data, _):",
        "    if data.__class__ is not dict and not isinstance(data, dict):",
        "        raise ValueError(_expected + type(data).__name__)",
        "    o = _new(_cls)" if direct else "    res = {}",
    ]
    # the keys of ``data`` that are fields, counted as they are found: any other key is extra
    # (when two fields share a JSON name, the keys are compared instead)
    fields_by_key = [f for f in fields if f.name != "additional_properties"]
    count = len(known) == len(fields_by_key)
    required = sum(1 for f in fields_by_key if f.default is attrs.NOTHING)
    if count:
        lines.append(f"    n = {required}")
    # fields with a default first, then the required ones: the order cattrs' functions use, so
    # that a body with several faults fails on the same one
    ordered = sorted(enumerate(fields), key=lambda item: item[1].default is attrs.NOTHING)
    for index, f in ordered:
        if f.name == "additional_properties":
            continue
        key, tp = _json_name(f), f.type
        ns[f"_t{index}"] = tp
        inline, elem = _inline(tp)
        if inline is None:
            convert = f"v = {late(f'_h{index}', tp)}(v, _t{index})"
        else:
            if elem is not None:
                ns[f"_e{index}"] = elem
            convert = inline.format(
                hook=late(f"_h{index}", tp) if "{hook}" in inline else "",
                tp=f"_t{index}",
                elem_hook=late(f"_eh{index}", elem) if elem is not None else "",
                elem=f"_e{index}",
            )
        body = [line for line in convert.split("\n") if line != "pass"]
        store = f"o.{f.name} = v" if direct else f"res[{f.alias!r}] = v"
        if f.default is attrs.NOTHING:
            lines.append(f"    v = data[{key!r}]")
            lines += ["    " + line for line in body]
            lines.append(f"    {store}")
            continue
        lines += [f"    if {key!r} in data:", f"        v = data[{key!r}]"]
        if count:
            lines.append("        n += 1")
        lines += ["        " + line for line in body]
        lines.append(f"        {store}")
        if direct:
            default = f"_d{index}"
            if isinstance(f.default, _FACTORY):
                ns[default] = f.default.factory  # type: ignore[attr-defined]
                default += "()"
            else:
                ns[default] = f.default
            lines += ["    else:", f"        o.{f.name} = {default}"]
    has_extra = any(f.name == "additional_properties" for f in fields)
    if not direct:
        lines.append("    o = _cls(**res)")
    elif has_extra:
        lines.append("    o.additional_properties = {}")
    lines += [
        "    if len(data) != n:" if count else "    if len(data) > _nknown or not _known.issuperset(data):",
        "        extra = {k: v for k, v in data.items() if k not in _known}",
        "        if extra:",
        "            o.additional_properties = extra",
        "    return o",
    ]
    source = "\n".join(lines) + "\n"
    filename = f"<medusa_client structure {cls.__module__}.{cls.__qualname__}>"
    exec(compile(source, filename, "exec"), ns)  # noqa: S102 - our own source, from the class's fields
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    fn: Callable[[Any, Any], M] = ns["structure_model"]
    return fn


def _make_unstructure(cls: Type[M], conv: cattrs.Converter) -> Callable[[M], Dict[str, Any]]:
    _resolve(cls)
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    overrides = _unstructure_overrides(fields, conv)
    base = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **overrides)

    def unstructure_model(obj: M) -> Dict[str, Any]:
        data: Dict[str, Any] = base(obj)
        extra = obj.additional_properties  # type: ignore[attr-defined]
        if extra:
            data.update(conv.unstructure(extra))
        return data

    return unstructure_model


def _union_args(tp: Any) -> Optional[tuple]:  # type: ignore[type-arg]
    origin = typing.get_origin(tp)
    if origin is Union:
        return typing.get_args(tp)
    if isinstance(tp, types.UnionType):
        return typing.get_args(tp)
    return None


def _is_union(tp: Any) -> bool:
    return _union_args(tp) is not None


_PRIMITIVES = (str, int, float, bool)


def _make_union_structure(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    args = _union_args(tp) or ()
    allows_none = type(None) in args or Unset in args
    members = [a for a in args if a is not type(None) and a is not Unset]
    if len(members) == 1:
        only = members[0]
        handler = conv.get_structure_hook(only)
        exact = only if only in (str, bool, dict) else None

        if exact is not None:
            # Optional[str] and the like: the value is almost always of the exact type
            # or None; only other values go through the (checking) hook.
            def structure_exact(value: Any, _: Any) -> Any:
                if value.__class__ is exact:
                    return value
                if value is None and allows_none:
                    return None
                return handler(value, only)

            return structure_exact

        def structure_single(value: Any, _: Any) -> Any:
            if value is None and allows_none:
                return None
            return handler(value, only)

        return structure_single

    primitives = tuple(m for m in members if m in _PRIMITIVES)
    models = [m for m in members if _is_model(m)]
    lists = [m for m in members if typing.get_origin(m) in (list, List)]
    mappings = [m for m in members if typing.get_origin(m) in (dict, Dict) or m is dict]
    has_any = Any in members
    known = {
        m: frozenset(_json_name(f) for f in attrs.fields(m) if f.name != "additional_properties")
        for m in models
    }

    def structure_union(value: Any, _: Any) -> Any:
        if value is None and allows_none:
            return None
        if isinstance(value, bool):
            if bool in primitives:
                return value
        elif isinstance(value, primitives):
            return value
        if isinstance(value, dict):
            if models:
                best = max(models, key=lambda m: len(known[m].intersection(value)))
                return conv.structure(value, best)
            if mappings:
                return conv.structure(value, mappings[0])
        if isinstance(value, list) and lists:
            return conv.structure(value, lists[0])
        if float in primitives and isinstance(value, int) and not isinstance(value, bool):
            return value
        if has_any:
            return value
        raise ValueError(f"{value!r} matches none of {tp}")

    return structure_union


_fromisoformat = _dt.datetime.fromisoformat
#: Python 3.11+ parses a trailing ``Z`` itself.
_FROMISOFORMAT_TAKES_Z = sys.version_info >= (3, 11)


def _structure_datetime(value: Any, _: Any) -> _dt.datetime:
    if value.__class__ is str:
        if _FROMISOFORMAT_TAKES_Z:
            return _fromisoformat(value)
        if value.endswith(("Z", "z")):
            value = value[:-1] + "+00:00"
        return _fromisoformat(value)
    if isinstance(value, _dt.datetime):
        return value
    raise ValueError(f"expected an ISO 8601 date-time string, got {value!r}")


def _structure_date(value: Any, _: Any) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 date string, got {value!r}")
    return _dt.date.fromisoformat(value[:10])


def _structure_str(value: Any, _: Any) -> str:
    if value.__class__ is str or isinstance(value, str):
        return value
    raise ValueError(f"expected a string, got {value!r}")


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return int(value)
    raise ValueError(f"expected an integer, got {value!r}")


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        return float(value)
    raise ValueError(f"expected a number, got {value!r}")


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected a boolean, got {value!r}")


_JSON_OBJECT_TYPES = (Dict[str, Any], dict, typing.Dict, Mapping[str, Any])


def _is_json_object(tp: Any) -> bool:
    return tp in _JSON_OBJECT_TYPES


def _structure_json_object(value: Any, _: Any) -> Dict[str, Any]:
    if value.__class__ is dict:
        return value.copy()
    if isinstance(value, Mapping) and all(isinstance(key, str) for key in value):
        return dict(value)
    raise ValueError(f"expected a JSON object, got {value!r}")


def _unstructure_datetime(value: _dt.datetime) -> str:
    """ISO 8601 as JavaScript writes dates: aware values in UTC with milliseconds and ``Z``."""
    if value.tzinfo is not None:
        utc = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return utc.isoformat(timespec="milliseconds") + "Z"
    return value.isoformat(timespec="milliseconds")


def _build_converter() -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=False)
    conv.register_structure_hook(_dt.datetime, _structure_datetime)
    conv.register_structure_hook(_dt.date, _structure_date)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    # Free-form JSON objects (``metadata``...): kept as decoded (a shallow copy), instead of
    # cattrs structuring every key and value of the mapping as ``str`` / ``Any``.
    conv.register_structure_hook_func(_is_json_object, _structure_json_object)
    conv.register_unstructure_hook(_dt.datetime, _unstructure_datetime)
    conv.register_unstructure_hook(_dt.date, lambda value: value.isoformat())
    conv.register_unstructure_hook(Unset, lambda value: None)
    conv.register_structure_hook_factory(_is_model, _make_structure)
    conv.register_unstructure_hook_factory(_is_model, _make_unstructure)
    conv.register_structure_hook_factory(_is_union, _make_union_structure)
    conv.register_structure_hook_factory(_is_list_type, _make_list_structure)
    return conv


def _is_list_type(tp: Any) -> bool:
    return typing.get_origin(tp) in (list, List) or tp in (list, List)


def _make_list_structure(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], List[Any]]:
    """A JSON array for ``List[T]``: cattrs' own hook takes any iterable (a dict became its keys)."""
    args = typing.get_args(tp)
    elem = args[0] if args else Any
    elem_hook = None if elem is Any else conv.get_structure_hook(elem)

    def structure_list(value: Any, _: Any) -> List[Any]:
        if value.__class__ is not list and not isinstance(value, (list, tuple)):
            raise ValueError(f"expected a JSON array, got {type(value).__name__}")
        if elem_hook is None:
            return list(value)
        return [elem_hook(item, elem) for item in value]

    return structure_list


#: The converter every request and response goes through; built once, hooks cached per type.
converter = _build_converter()


def unstructure(obj: Any) -> Any:
    """JSON-ready data for a model, a mapping (sent as given) or a scalar."""
    return converter.unstructure(obj)


@attrs.define(kw_only=True, repr=False)
class EmptyResponse(Response):
    """Result of calls whose response has no body of interest (medusa-js resolves ``void``)."""

    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True, repr=False)
class JSONResponse(Response):
    """An untyped JSON object result (custom routes): ``result["key"]``, or ``result.data``."""

    additional_properties: Dict[str, Any] = attrs.field(factory=dict)

    @property
    def data(self) -> Dict[str, Any]:
        """The whole decoded JSON object."""
        return self.additional_properties

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]
