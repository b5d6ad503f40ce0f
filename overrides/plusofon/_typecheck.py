"""Tell fast whether a decoded answer fits a model's annotations: one compiled test per type.

The generated `from_dict` takes most scalars as they come (an `id` of "x" would pass). The tests
built here only answer yes or no, once per answer; when the answer is no, `_fieldpath.find`
(which interprets the annotations on every value: too slow for every call) says where and why.
"""

from __future__ import annotations

import decimal
import functools
import typing
from collections.abc import Callable
from typing import Any

import attrs

from plusofon_client.types import Unset

from ._fieldpath import _hints, _is_optional, _members, _scalar_ok

Fits = Callable[[object], bool]
# Latin letters the API may spell with their Cyrillic look-alike (`correspondent_account`).
_TO_CYRILLIC = str.maketrans("aceopxy", "\u0430\u0441\u0435\u043e\u0440\u0445\u0443")

# The common scalars without a call into _scalar_ok (a bool is not an int to the API).
_FAST: dict[Any, Fits] = {
    int: lambda v: type(v) is int,
    str: lambda v: type(v) is str,
    bool: lambda v: type(v) is bool,
    type(None): lambda v: v is None,
    float: lambda v: type(v) is float or type(v) is int,
}


def _anything(value: object) -> bool:
    return True


def _hashable_pair(value: object) -> tuple[type, object] | None:
    """(type, value) for a Literal lookup; None for a value that cannot be hashed."""
    try:
        hash(value)
    except TypeError:
        return None
    return type(value), value


@functools.cache
def fits(tp: Any) -> Fits:
    """Return the test of an annotation (built once per annotation)."""
    if tp is Any or tp is object:
        return _anything
    members = _members(tp)
    if members is not None:
        return _union([m for m in members if m is not Unset])
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        pairs = frozenset((type(c), c) for c in typing.get_args(tp))
        return lambda v: _hashable_pair(v) in pairs
    if origin is list:
        (item_tp,) = typing.get_args(tp) or (Any,)
        return _list(item_tp)
    if origin is dict:
        args = typing.get_args(tp)
        return _dict(args[1] if len(args) == 2 else Any)
    if isinstance(tp, type) and attrs.has(tp):
        return _model(tp)
    if isinstance(tp, type):
        fast = _FAST.get(tp)
        if fast is not None:
            return fast
        if tp is decimal.Decimal:  # money: an integer as a rule, a decimal string at times
            return lambda v: type(v) is int or _scalar_ok(tp, v) is not False
        return lambda v: _scalar_ok(tp, v) is not False
    return _anything


def _lazy(tp: Any) -> Callable[[], Fits]:
    """Resolve a nested test on first use (models may refer to each other)."""
    resolved: list[Fits] = []

    def get() -> Fits:
        if not resolved:
            resolved.append(fits(tp))
        return resolved[0]

    return get


# Types the _FAST tests accept for each scalar annotation (a float field takes an int too).
_FAST_TYPES: dict[Any, tuple[type, ...]] = {
    int: (int,),
    str: (str,),
    bool: (bool,),
    type(None): (type(None),),
    float: (float, int),
}


def _union(members: list[Any]) -> Fits:
    scalars = [m for m in members if m in _FAST_TYPES]
    others = [_lazy(m) for m in members if m not in _FAST_TYPES]
    accepted = frozenset(t for m in scalars for t in _FAST_TYPES[m])
    if not others:
        return lambda v: type(v) in accepted
    if len(others) == 1:
        (other,) = others
        return lambda v: type(v) in accepted or other()(v)
    return lambda v: type(v) in accepted or any(test()(v) for test in others)


def _list(item_tp: Any) -> Fits:
    item = _lazy(item_tp)
    return lambda v: type(v) is list and all(map(item(), v))


def _dict(value_tp: Any) -> Fits:
    item = _lazy(value_tp)
    return lambda v: type(v) is dict and all(map(item(), v.values()))


def _model(cls: type) -> Fits:
    """The test of a model, written as Python source once (about 3x faster than closures)."""
    hints = _hints(cls) or {}
    env: dict[str, Any] = {"MISSING": _MISSING}
    lines = ["def test(v):", "    if type(v) is not dict:", "        return False"]
    for index, attribute in enumerate(attrs.fields(cls)):
        if not attribute.init:
            continue
        tp = hints.get(attribute.name, Any)
        wire = attribute.name.rstrip("_")
        optional = _is_optional(tp) or attribute.default is not attrs.NOTHING
        test = _inline(tp, index, env)
        lines.append(f"    x = v.get({wire!r}, MISSING)")
        homoglyph = wire[:1].translate(_TO_CYRILLIC) + wire[1:]
        if homoglyph != wire:
            lines.append(f"    if x is MISSING: x = v.get({homoglyph!r}, MISSING)")
        if optional:
            lines.append(f"    if x is not MISSING and not ({test}): return False")
        else:
            lines.append(f"    if x is MISSING or not ({test}): return False")
    lines.append("    return True")
    exec("\n".join(lines), env)
    test_fn: Fits = env["test"]
    return test_fn


_MISSING: Any = object()


def _inline(tp: Any, index: int, env: dict[str, Any]) -> str:
    """A boolean expression testing `x` against tp (names it needs go into env)."""
    fast = _FAST_TYPES.get(tp)
    if fast is not None:
        return " or ".join(f"type(x) is {_type_name(t, env)}" for t in fast)
    members = _members(tp)
    if members is not None:
        plain = [m for m in members if m is not Unset]
        scalars = frozenset(t for m in plain if m in _FAST_TYPES for t in _FAST_TYPES[m])
        others = [m for m in plain if m not in _FAST_TYPES]
        env[f"A{index}"] = scalars
        if not others:
            return f"type(x) in A{index}"
        name = _trampoline(f"F{index}", others[0] if len(others) == 1 else tp, env)
        return f"type(x) in A{index} or {name}(x)"
    return _trampoline(f"F{index}", tp, env) + "(x)"


def _type_name(kind: type, env: dict[str, Any]) -> str:
    env[f"T_{kind.__name__}"] = kind
    return f"T_{kind.__name__}"


def _trampoline(name: str, tp: Any, env: dict[str, Any]) -> str:
    """A name in env that resolves tp's test on first call (models may refer to each other)."""

    def first(value: object) -> bool:
        test = fits(tp)
        env[name] = test
        return test(value)

    env[name] = first
    return name
