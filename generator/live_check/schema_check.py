"""An answer's JSON against its schema in the spec: differences by field, and quirks seen."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator

from generator.json_type import json_type
from generator.live_check.findings import Difference, Path, Quirk, field_name
from generator.spec_document import SpecError, at, escape, follow
from generator.spec_schemas import SpecSchemas
from generator.spec_view import ALIAS_KEY, DATETIME_KEY, MONEY_KEY

_DATETIME_FORMS = (
    ("YYYY-MM-DD HH:MM:SS", re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")),
    ("RFC 3339", re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")),
    ("YYYY-MM-DD", re.compile(r"\d{4}-\d{2}-\d{2}")),
)
_DECIMAL_STRING = re.compile(r"-?\d+\.\d{2}")


def datetime_form(value: str) -> str:
    """Name the form of a datetime string (never the value)."""
    for name, pattern in _DATETIME_FORMS:
        if pattern.fullmatch(value):
            return name
    return "another form"


def _money_form(value: object) -> str:
    if isinstance(value, str):
        return "decimal string" if _DECIMAL_STRING.fullmatch(value) else "string"
    return json_type(value)


class SchemaCheck:
    """Validates instances against schemas of the spec, found by JSON pointer."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._schemas = SpecSchemas(document)

    def validator(self, pointer: str) -> Draft202012Validator:
        """A JSON Schema 2020-12 validator for the schema at `pointer` (its `$ref`s resolve)."""
        return self._schemas.at(pointer)

    def at(self, pointer: str) -> Any:
        """The node of the spec at a JSON pointer (`/components/schemas/X`)."""
        return at(self._document, pointer)

    def resolve(self, pointer: str) -> tuple[str, dict[str, Any]]:
        """Follow local `$ref`s from the schema at `pointer`; return its pointer and itself."""
        try:
            pointer, schema = follow(self._document, pointer)
        except SpecError:  # a broken `$ref` is a schema that says nothing (the spec was validated)
            return pointer, {}
        return pointer, schema if isinstance(schema, dict) else {}

    def differences(self, pointer: str, instance: object) -> list[Difference]:
        """Every place the instance breaks the schema, then fields the schema does not list."""
        found: list[Difference] = []
        errors = self.validator(pointer).iter_errors(instance)
        for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
            found.extend(self._describe(error))
        walk = _Walk(self)
        walk.visit(pointer, instance, [])
        found.extend(d for d in walk.undocumented if d not in found)
        return found

    def quirks(self, pointer: str, instance: object) -> list[Quirk]:
        """The documented quirks the instance shows (spelling, money form, datetime form)."""
        walk = _Walk(self)
        walk.visit(pointer, instance, [])
        return sorted(set(walk.quirks))

    def _describe(self, error: jsonschema.ValidationError) -> list[Difference]:
        """Turn one validation error into differences that name types, never values."""
        path = list(error.absolute_path)
        field = field_name(path)
        seen = json_type(error.instance)
        keyword = str(error.validator)
        value: Any = error.validator_value
        if keyword == "type":
            expected = " or ".join(value) if isinstance(value, list) else str(value)
            return [Difference(field, expected, seen)]
        if keyword == "required" and isinstance(error.instance, dict):
            props = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
            missing = [name for name in value if name not in error.instance]
            return [
                Difference(
                    field_name([*path, name]),
                    _kind_of(props.get(name)),
                    "nothing (the field is missing)",
                )
                for name in missing
            ]
        if keyword == "pattern":
            return [Difference(field, f"a string matching {value}", "a string not matching it")]
        if keyword in ("enum", "const"):
            return [Difference(field, "one of the documented values", f"another {seen}")]
        if keyword in ("anyOf", "oneOf"):
            return [Difference(field, _branches(error.schema, keyword), seen)]
        if keyword in ("additionalProperties", "unevaluatedProperties") and value is False:
            instance = error.instance if isinstance(error.instance, dict) else {}
            schema = error.schema if isinstance(error.schema, dict) else {}
            listed = schema.get("properties") or {}
            patterns = [re.compile(p) for p in schema.get("patternProperties") or {}]
            return [
                _undocumented(path, key, item)
                for key, item in instance.items()
                if key not in listed and not any(p.search(key) for p in patterns)
            ]
        return [Difference(field, f"{seen} within {keyword} {value}", f"{seen} outside it")]


def _kind_of(schema: object) -> str:
    if isinstance(schema, dict):
        kind = schema.get("type")
        if isinstance(kind, list):
            return " or ".join(str(k) for k in kind)
        if isinstance(kind, str):
            return kind
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return ref.rsplit("/", 1)[-1]
    return "a value"


def _branches(schema: object, keyword: str) -> str:
    branches = schema.get(keyword, []) if isinstance(schema, dict) else []
    return " or ".join(dict.fromkeys(_kind_of(b) for b in branches)) or "a value"


def _undocumented(path: Path, key: str, value: object) -> Difference:
    return Difference(field_name([*path, key]), "no such field (not in the spec)", json_type(value))


class _Walk:
    """One pass over an instance beside its schema: quirks seen and undocumented fields."""

    def __init__(self, check: SchemaCheck) -> None:
        self._check = check
        self.quirks: list[Quirk] = []
        self.undocumented: list[Difference] = []

    def _applicable(self, pointer: str, instance: object) -> list[tuple[str, dict[str, Any]]]:
        """The schema and every subschema that applies to the instance (allOf, the fitting
        anyOf/oneOf branches, then/else)."""
        pointer, schema = self._check.resolve(pointer)
        found = [(pointer, schema)]
        for i, _ in enumerate(schema.get("allOf") or []):
            found += self._applicable(f"{pointer}/allOf/{i}", instance)
        for key in ("anyOf", "oneOf"):
            for i, _ in enumerate(schema.get(key) or []):
                branch = f"{pointer}/{key}/{i}"
                if self._check.validator(branch).is_valid(instance):
                    found += self._applicable(branch, instance)
        if "if" in schema:
            fits = self._check.validator(f"{pointer}/if").is_valid(instance)
            branch = "then" if fits else "else"
            if branch in schema:
                found += self._applicable(f"{pointer}/{branch}", instance)
        return found

    def visit(self, pointer: str, instance: object, path: list[str | int]) -> None:
        """Record the quirks at this place, then go down into objects and arrays."""
        schemas = self._applicable(pointer, instance)
        generic = field_name(path, generic=True)
        for _, schema in schemas:
            if MONEY_KEY in schema and instance is not None:
                self.quirks.append(Quirk("money", generic, _money_form(instance)))
            if DATETIME_KEY in schema and isinstance(instance, str):
                self.quirks.append(Quirk("datetime", generic, datetime_form(instance)))
        if isinstance(instance, dict):
            self._visit_object(schemas, instance, path)
        elif isinstance(instance, list):
            items = [f"{p}/items" for p, s in schemas if isinstance(s.get("items"), dict)]
            for index, item in enumerate(instance):
                for item_pointer in items:
                    self.visit(item_pointer, item, [*path, index])

    def _visit_object(
        self,
        schemas: list[tuple[str, dict[str, Any]]],
        instance: dict[str, Any],
        path: list[str | int],
    ) -> None:
        properties: dict[str, list[str]] = {}
        extra: list[str] = []
        declared = open_ = False
        for pointer, schema in schemas:
            props = schema.get("properties")
            if isinstance(props, dict):
                declared = True
                for name, prop in props.items():
                    properties.setdefault(name, []).append(f"{pointer}/properties/{escape(name)}")
                    self._spelling(name, prop, instance, path)
            more = schema.get("additionalProperties")
            if isinstance(more, dict):
                extra.append(f"{pointer}/additionalProperties")
            if more not in (None, False) or "patternProperties" in schema:
                open_ = True
        for key, value in instance.items():
            pointers = properties.get(key) or extra
            for pointer in pointers:
                self.visit(pointer, value, [*path, key])
            if not pointers and declared and not open_:
                self.undocumented.append(_undocumented(path, key, value))

    def _spelling(self, name: str, prop: object, instance: dict[str, Any], path: Path) -> None:
        """Quirk 1: which spelling of an aliased key (Cyrillic or Latin first letter) was sent."""
        if not isinstance(prop, dict) or not isinstance(prop.get(ALIAS_KEY), str):
            return
        target = prop[ALIAS_KEY]
        field = field_name([*path, target], generic=True)
        if name in instance:
            self.quirks.append(Quirk("spelling", field, "Cyrillic \u0441"))
        if target in instance:
            self.quirks.append(Quirk("spelling", field, "Latin c"))
