"""Check that the vendor extensions of the spec have the form the tools reading them expect.

`x-enum-varnames` and `x-enum-descriptions` are lists aligned with the sibling `enum`, as
openapi-generator and datamodel-code-generator read them (a value->text map breaks the latter).
Each `x-enum-varnames` name is used once in the whole spec: `openapi-generator -g go` declares
enum constants at package level, so one name in two enums does not compile.
A link's `requestBody` is a string (openapi-generator rejects an object); an object of runtime
expressions goes into `x-plusofon-link-body` instead (tests/contract/link_bodies.py).
"""

from __future__ import annotations

from typing import Any

from generator.spec_document import mappings, ref_to

ENUM_LISTS = ("x-enum-varnames", "x-enum-descriptions")
LINK_BODY_KEY = "x-plusofon-link-body"


def extension_errors(spec: dict[str, Any]) -> list[str]:
    """Every misshapen extension as `<pointer>: <message>`."""
    errors: list[str] = []
    varname_places: dict[str, str] = {}
    for path, node in mappings(spec):
        errors += _duplicate_varnames(path, node, varname_places)
        for key in ENUM_LISTS:
            if key not in node:
                continue
            values, enum = node[key], node.get("enum")
            if not isinstance(enum, list):
                errors.append(f"{ref_to(path)}: {key} without a sibling enum")
            elif not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                errors.append(f"{ref_to(path)}: {key} must be a list of strings aligned with enum")
            elif len(values) != len(enum):
                errors.append(
                    f"{ref_to(path)}: {key} has {len(values)} items, enum has {len(enum)}"
                )
        if len(path) >= 2 and path[-2] == "links":
            if "requestBody" in node and not isinstance(node["requestBody"], str):
                errors.append(
                    f"{ref_to(path)}: requestBody of a link must be a runtime expression string "
                    f"(openapi-generator); put an object of expressions in {LINK_BODY_KEY}"
                )
            if LINK_BODY_KEY in node and not isinstance(node[LINK_BODY_KEY], dict):
                errors.append(f"{ref_to(path)}: {LINK_BODY_KEY} must be an object")
    return errors


def _duplicate_varnames(
    path: tuple[str, ...], node: dict[str, Any], seen: dict[str, str]
) -> list[str]:
    """One line per other enum that already uses some of this node's `x-enum-varnames`."""
    names = node.get("x-enum-varnames")
    if not isinstance(names, list):
        return []
    here = ref_to(path)
    clashes: dict[str, list[str]] = {}
    for name in names:
        if isinstance(name, str):
            first = seen.setdefault(name, here)
            if first != here:
                clashes.setdefault(first, []).append(name)
    return [
        f"{here}: x-enum-varnames {', '.join(clash)} already used at {first} (names must be "
        "unique in the spec: openapi-generator -g go declares enum constants at package level)"
        for first, clash in clashes.items()
    ]
