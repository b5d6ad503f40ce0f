"""JSON Schema 2020-12 validators for the schemas of a spec, their `$ref`s resolving inside it."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

_URI = "urn:plusofon-spec"


class SpecSchemas:
    """Validators for one spec document; formats are asserted when given a format checker."""

    def __init__(
        self, document: dict[str, Any], *, format_checker: FormatChecker | None = None
    ) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_URI, resource)
        self._format_checker = format_checker

    def at(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at a JSON pointer (`/components/schemas/X`)."""
        return self._validator({"$ref": f"{_URI}#{quote(pointer, safe='/~')}"})

    def of(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A validator for a schema object taken out of the spec (its `#/…` refs still resolve)."""
        return self._validator(_rebase(schema))

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        return Draft202012Validator(
            schema, registry=self._registry, format_checker=self._format_checker
        )


def _rebase(node: Any) -> Any:
    """Point local `#/…` refs at the spec resource, wherever the schema is used."""
    if isinstance(node, dict):
        return {
            key: _URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#/")
            else _rebase(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebase(item) for item in node]
    return node
