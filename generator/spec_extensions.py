"""Check that the vendor extensions of the spec have the form the tools reading them expect.

`x-enum-varnames` and `x-enum-descriptions` are lists aligned with the sibling `enum`, as
openapi-generator and datamodel-code-generator read them (a value->text map breaks the latter).
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
    for path, node in mappings(spec):
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
