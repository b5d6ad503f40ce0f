"""An OpenAPI 3.1 document seen as places that hold values: `body.data[].number` and the like."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.spec_document import HTTP_METHODS, SpecError, resolve


class SpecDiffError(Exception):
    """A document cannot be compared (a $ref that points nowhere, a malformed part)."""


@dataclass(frozen=True)
class Field:
    """What one place admits: JSON types and listed values (None: not restricted)."""

    types: frozenset[str] | None
    values: frozenset[str] | None  # `enum`/`const` values as canonical JSON text
    required: bool  # within the object that holds it


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every JSON type in `narrow` is admitted by `wide` (an integer is a number)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _intersect(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    both = a & b
    if ("number" in a and "integer" in b) or ("integer" in a and "number" in b):
        both |= {"integer"}
    return both


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """Union of the branches' sets; None (unrestricted) if any branch is unrestricted."""
    result: frozenset[str] = frozenset()
    for one in sets:
        if one is None:
            return None
        result |= one
    return result


class SpecDocument:
    """One OpenAPI document; local `$ref`s are resolved where they are met."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any) -> Any:
        """Follow `$ref` chains (generator.spec_document.resolve); a broken one cannot compare."""
        try:
            return resolve(self.spec, node)
        except SpecError as error:
            raise SpecDiffError(str(error)) from None

    def operations(self) -> dict[str, tuple[dict[str, Any], list[Any]]]:
        """`METHOD /path` → (operation, the path item's shared parameters)."""
        found: dict[str, tuple[dict[str, Any], list[Any]]] = {}
        paths = self.spec.get("paths")
        if not isinstance(paths, dict):
            raise SpecDiffError("the document has no `paths` mapping")
        for path, raw_item in paths.items():
            item = self.resolve(raw_item)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    found[f"{method.upper()} {path}"] = (item[method], item.get("parameters") or [])
        return found

    def fields(self, schema: Any, prefix: str, required: bool) -> dict[str, Field]:
        """Every place of `schema`, named `prefix`, `prefix.name`, `prefix[]`, … (nested)."""
        found: dict[str, Field] = {}
        self._walk(schema, prefix, required, found, frozenset())
        return found

    def _walk(
        self, node: Any, path: str, required: bool, found: dict[str, Field], refs: frozenset[str]
    ) -> None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if node["$ref"] in refs:  # a recursive schema: stop where it repeats
                found[path] = Field(None, None, required)
                return
            refs = refs | {node["$ref"]}
        node = self.resolve(node)
        if not isinstance(node, dict):  # the schemas `true` and `false`
            found[path] = Field(None, None, required)
            return
        found[path] = Field(self._types(node), self._values(node), required)
        properties, required_names, items = self._structure(node)
        for name, sub in properties.items():
            # A name with `.` or `[` (PHP's `files[]`) is quoted so it cannot read as a path.
            shown = json.dumps(name, ensure_ascii=False) if "." in name or "[" in name else name
            self._walk(sub, f"{path}.{shown}", name in required_names, found, refs)
        for sub in items:
            self._walk(sub, f"{path}[]", True, found, refs)

    def _types(self, node: Any) -> frozenset[str] | None:
        """The JSON types a schema admits: `type`, narrowed by allOf, unioned over anyOf/oneOf."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return None
        declared = node.get("type")
        own = frozenset([declared] if isinstance(declared, str) else declared or []) or None
        parts = [self._types(part) for part in node.get("allOf") or []]
        for keyword in ("anyOf", "oneOf"):
            if node.get(keyword):
                parts.append(_union([self._types(b) for b in node[keyword]]))
        for part in parts:
            if part is not None:
                own = part if own is None else _intersect(own, part)
        return own

    def _values(self, node: Any) -> frozenset[str] | None:
        """The values a schema lists (`enum`, `const`), None when it lists none."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return None
        if "const" in node:
            return frozenset([_canonical(node["const"])])
        if isinstance(node.get("enum"), list):
            return frozenset(_canonical(v) for v in node["enum"])
        for part in node.get("allOf") or []:
            values = self._values(part)
            if values is not None:
                return values
        for keyword in ("anyOf", "oneOf"):
            if node.get(keyword):
                return _union([self._branch_values(b) for b in node[keyword]])
        return None

    def _branch_values(self, branch: Any) -> frozenset[str] | None:
        """Values of an anyOf/oneOf branch; a bare `type: null` branch admits only null."""
        if self._types(branch) == frozenset(["null"]):
            return frozenset(["null"])
        return self._values(branch)

    def _structure(self, node: Any) -> tuple[dict[str, Any], set[str], list[Any]]:
        """Properties, required names and item schemas, gathered through allOf/anyOf/oneOf."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return {}, set(), []
        properties: dict[str, Any] = dict(node.get("properties") or {})
        required = set(node.get("required") or [])
        items = [node["items"]] if isinstance(node.get("items"), dict | bool) else []
        for part in node.get("allOf") or []:
            part_properties, part_required, part_items = self._structure(part)
            properties.update(part_properties)
            required |= part_required
            items += part_items
        for keyword in ("anyOf", "oneOf"):
            branches = [self._structure(b) for b in node.get(keyword) or []]
            for branch_properties, _, branch_items in branches:
                for name, sub in branch_properties.items():
                    properties.setdefault(name, sub)
                items += branch_items
            objects = [branch_required for props, branch_required, _ in branches if props]
            if objects:  # required only where every object branch requires it
                required |= set.intersection(*objects)
        return properties, required, items


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
