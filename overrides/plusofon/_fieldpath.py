"""Find where a JSON answer first differs from the attrs model it should parse into."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import re
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

import plusofon_client.models
from plusofon_client.types import File, Unset

Mismatch = tuple[str, str]

# Cyrillic letters that look Latin (the API spells `correspondent_account` with U+0441 for `c`).
_HOMOGLYPHS = str.maketrans(
    "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0421\u0415\u041e\u0420\u0425\u0423",
    "aceopxyACEOPXY",
)
_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _norm(name: str) -> str:
    """Normalise a JSON key or a Python field name for matching the two."""
    name = _CAMEL.sub(r"_\1", name.translate(_HOMOGLYPHS)).lower()
    return _NON_WORD.sub("_", name).strip("_")


@functools.cache
def _hints(cls: type) -> dict[str, Any] | None:
    """Return the resolved field types of a generated model, or None if they do not resolve."""
    module = sys.modules.get(cls.__module__)
    globalns = dict(vars(module)) if module is not None else {}
    # Generated models import each other only under TYPE_CHECKING; the package exports them all.
    localns = dict(vars(plusofon_client.models))
    try:
        return typing.get_type_hints(cls, globalns=globalns, localns=localns)
    except Exception:  # an annotation we cannot resolve: do not guess
        return None


def _kind(value: object) -> str:
    """Name a JSON value's type the way JSON does (no values: they may be personal data)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _describe(tp: Any) -> str:
    """Name an annotation for a message."""
    if isinstance(tp, type):
        return tp.__name__
    return str(tp).replace("typing.", "")


def _members(tp: Any) -> tuple[Any, ...] | None:
    """Return the members of a union annotation, or None if it is not a union."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return typing.get_args(tp)
    return None


def _is_optional(tp: Any) -> bool:
    """Tell whether a field may be absent (its annotation includes Unset)."""
    members = _members(tp)
    return members is not None and Unset in members


def _same_kind(tp: Any, value: object) -> bool:
    """Tell whether a union member is the container type the JSON value has."""
    if isinstance(tp, type) and attrs.has(tp):
        return isinstance(value, dict)
    origin = typing.get_origin(tp)
    if origin is list:
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict)
    return False


def _scalar_ok(tp: type, value: object) -> bool | None:
    """Check a scalar annotation; None when the type is not one we know how to check."""
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    if tp is type(None):
        return value is None
    if tp is Unset:
        return False
    if tp is dt.datetime or tp is dt.date:
        if not isinstance(value, str):
            return False
        try:
            tp.fromisoformat(value)
        except ValueError:
            return False
        return True
    if tp is decimal.Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return False
        try:
            decimal.Decimal(str(value))
        except decimal.InvalidOperation:
            return False
        return True
    if issubclass(tp, enum.Enum):
        return any(member.value == value for member in tp)
    if tp is File or tp is object:
        return True
    return None


def find(tp: Any, value: object, path: str = "") -> Mismatch | None:
    """Return (path, reason) of the first place value does not fit tp, or None if it fits."""
    here = path or "(body)"
    if tp is Any:
        return None
    members = _members(tp)
    if members is not None:
        candidates = [m for m in members if m is not Unset]
        if any(find(m, value, path) is None for m in candidates):
            return None
        deeper = [m for m in candidates if _same_kind(m, value)]
        if len(deeper) == 1:
            return find(deeper[0], value, path)
        return here, f"expected {_describe(tp)}, got {_kind(value)}"
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        if value in typing.get_args(tp):
            return None
        return here, f"expected one of {typing.get_args(tp)}, got {_kind(value)}"
    if origin is list:
        if not isinstance(value, list):
            return here, f"expected array, got {_kind(value)}"
        (item_tp,) = typing.get_args(tp) or (Any,)
        for index, item in enumerate(value):
            found = find(item_tp, item, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    if origin is dict:
        if not isinstance(value, dict):
            return here, f"expected object, got {_kind(value)}"
        args = typing.get_args(tp)
        value_tp = args[1] if len(args) == 2 else Any
        for key, item in value.items():
            found = find(value_tp, item, f"{path}[{key!r}]")
            if found is not None:
                return found
        return None
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            return here, f"expected object ({tp.__name__}), got {_kind(value)}"
        return _find_in_model(tp, value, path)
    if isinstance(tp, type):
        ok = _scalar_ok(tp, value)
        if ok is False:
            return here, f"expected {_describe(tp)}, got {_kind(value)}"
    return None


def _find_in_model(cls: type, value: Mapping[str, object], path: str) -> Mismatch | None:
    """Check each field of an attrs model against a JSON object."""
    hints = _hints(cls)
    if hints is None:
        return None
    keys: dict[str, str] = {}
    for json_key in value:
        if isinstance(json_key, str):
            keys.setdefault(_norm(json_key), json_key)
    for attribute in attrs.fields(cls):
        if not attribute.init:  # additional_properties and other derived state
            continue
        tp = hints.get(attribute.name, Any)
        key = keys.get(_norm(attribute.name))
        name = key if key is not None else attribute.name.rstrip("_")
        where = f"{path}.{name}" if path else name
        if key is None:
            if _is_optional(tp) or attribute.default is not attrs.NOTHING:
                continue
            return where, "required field is missing"
        found = find(tp, value[key], where)
        if found is not None:
            return found
    return None


def kind(value: object) -> str:
    """Name a JSON value's type (never the value: it may be personal data)."""
    return _kind(value)


def locate(expected: Any, data: object, exc: BaseException | None) -> Mismatch:
    """Return (field, reason) for an answer that did not parse into expected."""
    found = find(expected, data)
    if found is not None:
        return found
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0]), "required field is missing"
    # The exception text may quote the value (personal data): name only its type.
    return "(body)", f"could not be parsed ({type(exc).__name__})"
