"""Record the keys the real server sends that the generated models do not type.

Opt-in for the real-server suite: ``MEDUSA_RECORD_KEYS=keys.json pytest tests/integration``.
While it is on, every generated model structured in the session goes through a wrapper that
records

- each key that lands in ``additional_properties`` (the schema does not know it), and
- each field typed ``Dict[str, Any]`` / ``Any`` (or a list of them) whose value is an object
  shaped like a known model (``MoneyAmount.variant`` holding a ``ProductVariant``),

with the JSON type of the value, the best-matching model for object values, the route of the
request that returned it and the test that made the request. The findings are written as JSON
at the end of the session (``write()``); ``docs/server-vs-spec.md`` says what was done with
each of them.
"""

from __future__ import annotations

import json
import threading
import typing
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

import attrs
import requests

from medusa_client import _serde

__all__ = ["KeyRecorder"]

_UNTYPED = (Dict[str, Any], dict, typing.Dict, Any)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        inner = sorted({_json_type(v) for v in value})
        return f"array<{'|'.join(inner)}>" if inner else "array"
    return "object"


def _strip_optional(tp: Any) -> Any:
    args = typing.get_args(tp)
    if typing.get_origin(tp) is typing.Union:
        rest = [a for a in args if a is not type(None) and a.__name__ != "Unset"]
        if len(rest) == 1:
            return rest[0]
    return tp


def _untyped_kind(tp: Any) -> Optional[str]:
    """``object`` for Dict[str, Any]/Any, ``array`` for a list of them, else None."""
    tp = _strip_optional(tp)
    if tp in _UNTYPED:
        return "object"
    if typing.get_origin(tp) in (list, List):
        args = typing.get_args(tp)
        if args and _strip_optional(args[0]) in _UNTYPED:
            return "array"
    return None


class KeyRecorder:
    """Wraps the model structure hooks of ``medusa_client._serde.converter`` and records findings."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.current_test = ""
        self._local = threading.local()
        self._lock = threading.Lock()
        # (model, key, kind) -> finding
        self.findings: Dict[Tuple[str, str, str], Dict[str, Any]] = {}
        self._shapes: Optional[Dict[str, FrozenSet[str]]] = None
        self._orig_send = requests.Session.send

    # ------------------------------------------------------------ install
    def install(self) -> None:
        recorder = self
        orig_send = self._orig_send

        def send(session: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> Any:
            url = request.url or ""
            path = url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
            recorder._local.route = f"{request.method} /{path}"
            return orig_send(session, request, **kwargs)

        requests.Session.send = send  # type: ignore[method-assign]

        def factory(cls: Any, conv: Any) -> Any:
            base = _serde._make_structure(cls, conv)
            if not cls.__module__.startswith("medusa_client.models."):
                return base  # JSONResponse, EmptyResponse: untyped on purpose
            untyped = {}
            for field in attrs.fields(cls):
                if field.name == "additional_properties":
                    continue
                kind = _untyped_kind(field.type)
                if kind:
                    untyped[field.name] = (_serde._json_name(field), kind)

            def structure(data: Any, tp: Any) -> Any:
                obj = base(data, tp)
                recorder._inspect(cls.__name__, obj, data, untyped)
                return obj

            return structure

        # Registered last, so it takes precedence over the converter's own model factory.
        _serde.converter.register_structure_hook_factory(_serde._is_model, factory)

    def uninstall(self) -> None:
        requests.Session.send = self._orig_send  # type: ignore[method-assign]
        _serde.converter.register_structure_hook_factory(_serde._is_model, _serde._make_structure)

    # ------------------------------------------------------------ shapes
    def _model_shapes(self) -> Dict[str, FrozenSet[str]]:
        if self._shapes is None:
            import medusa_client.models as models

            shapes = {}
            for name in models.__all__:
                cls = getattr(models, name)
                keys = frozenset(
                    _serde._json_name(f) for f in attrs.fields(cls) if f.name != "additional_properties"
                )
                if len(keys) >= 3:
                    shapes[name] = keys
            self._shapes = shapes
        return self._shapes

    def looks_like(self, value: Any) -> Optional[str]:
        """The generated model whose fields best cover the keys of a JSON object (None if no good match)."""
        if isinstance(value, list):
            objects = [v for v in value if isinstance(v, dict)]
            if not objects:
                return None
            value = objects[0]
        if not isinstance(value, dict) or len(value) < 3:
            return None
        keys = set(value)
        best, score = None, 0.0
        for name, shape in self._model_shapes().items():
            covered = len(keys & shape) / len(keys)
            # prefer the model that covers the keys and has few fields the object lacks
            s = covered - 0.001 * len(shape - keys)
            if covered >= 0.8 and s > score:
                best, score = name, s
        return best

    # ------------------------------------------------------------ record
    def _record(self, model: str, key: str, kind: str, value: Any) -> None:
        route = getattr(self._local, "route", "")
        with self._lock:
            entry = self.findings.get((model, key, kind))
            if entry is None:
                entry = self.findings[(model, key, kind)] = {
                    "model": model,
                    "key": key,
                    "kind": kind,
                    "json_types": [],
                    "looks_like": [],
                    "routes": [],
                    "tests": [],
                    "count": 0,
                }
            entry["count"] += 1
            jt = _json_type(value)
            if jt not in entry["json_types"]:
                entry["json_types"].append(jt)
            like = self.looks_like(value) if isinstance(value, (dict, list)) else None
            if like and like not in entry["looks_like"]:
                entry["looks_like"].append(like)
            if route and route not in entry["routes"] and len(entry["routes"]) < 5:
                entry["routes"].append(route)
            if self.current_test and self.current_test not in entry["tests"] and len(entry["tests"]) < 5:
                entry["tests"].append(self.current_test)

    def _inspect(self, model: str, obj: Any, data: Any, untyped: Dict[str, Tuple[str, str]]) -> None:
        for key, value in getattr(obj, "additional_properties", {}).items():
            self._record(model, key, "additional_properties", value)
        for key, kind in untyped.values():
            value = data.get(key) if isinstance(data, dict) else None
            if value is None:
                continue
            if self.looks_like(value):
                self._record(model, key, f"untyped {kind} shaped like a model", value)

    def write(self) -> None:
        rows = sorted(self.findings.values(), key=lambda e: (e["model"], e["key"], e["kind"]))
        self.out.write_text(json.dumps(rows, indent=1) + "\n")
