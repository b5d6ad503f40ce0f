"""The generator's view of the spec: the quirks a Python generator must not see verbatim."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

ALIAS_KEY = "x-plusofon-alias-of"


def _schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every mapping in the document (schemas are found by their `properties`)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schemas(value)
    elif isinstance(node, list):
        for item in node:
            yield from _schemas(item)


def alias_properties(spec: dict[str, Any]) -> dict[str, str]:
    """Map every aliased wire name (the Cyrillic key) to the ASCII name it stands for."""
    aliases: dict[str, str] = {}
    for node in _schemas(spec):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and ALIAS_KEY in prop:
                aliases[name] = prop[ALIAS_KEY]
    return aliases


def for_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy without alias properties, so every generated Python name is ASCII.

    The client reads and writes the alias on the wire (overrides/plusofon), driven by the
    same `x-plusofon-alias-of` markers; the generator would otherwise emit a Cyrillic
    attribute that looks exactly like the Latin one.
    """
    view = copy.deepcopy(spec)
    for node in _schemas(view):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        for name in [n for n, p in props.items() if isinstance(p, dict) and ALIAS_KEY in p]:
            del props[name]
            if isinstance(node.get("required"), list) and name in node["required"]:
                node["required"].remove(name)
    return view
