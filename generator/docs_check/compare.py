"""Compare the inventory of documentation pages with the spec; one Difference per mismatch."""

# The pages are Russian: Cyrillic letters and «⁎» in this module are meant, not look-alikes.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import FormatChecker
from jsonschema.exceptions import best_match

from generator.docs_check.inventory import DocsPage, Example, Operation, Parameter, ResponseField
from generator.docs_check.spec_index import SchemaFacts, SpecIndex, SpecOperation, SpecParameter
from generator.spec_schemas import SpecSchemas

KINDS = (
    "operation-missing-in-spec",
    "operation-missing-in-docs",
    "parameter-missing-in-spec",
    "parameter-extra-in-spec",
    "required-flag",
    "curl-only-flag",
    "type",
    "enum-values",
    "response-field-missing-in-spec",
    "example-invalid",
)
GROUPS = ("agreement", "customer", "number", "direction")
NO_NAME = "-"
_CURL_ONLY = "x-plusofon-curl-only: true"
DOC_TYPES: dict[str, tuple[str, str | None]] = {
    "string": ("string", None),
    "integer": ("integer", None),
    "number": ("number", None),
    "float": ("number", None),
    "boolean": ("boolean", None),
    "array": ("array", None),
    "object": ("object", None),
    "file": ("string", "binary"),
    "date / YYYY-MM-DD": ("string", "date"),
}
# Formats that change what a client does with the value; `email`, `uri`… only refine a string.
_MEANINGFUL_FORMATS = frozenset({"date", "date-time", "binary", "byte"})
_TEMPLATE_RE = re.compile(r"\{[^}]*\}")
_MAX_DETAIL = 160


@dataclass(frozen=True)
class Difference:
    """One difference between the docs and the spec, printed as one line."""

    kind: str
    method: str
    path: str
    name: str
    detail: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What a waiver matches on."""
        return self.kind, self.method, self.path, self.name

    def line(self) -> str:
        """Render `<kind> <METHOD> <path> <name>: <detail>`."""
        return f"{self.kind} {self.method} {self.path} {self.name}: {self.detail}"


def group_of(path: str) -> str:
    """Return the page group of an API path (agreement, customer, number, direction)."""
    segment = path.lstrip("/").removeprefix("api/v1/").split("/", 1)[0]
    return next((group for group in GROUPS if segment.startswith(group)), segment)


@dataclass(frozen=True)
class Coverage:
    """Which spec operations the given pages speak for; the others are out of scope.

    A 2023-02-13 page documents a whole group (agreement, number, …): every operation of that
    group is in scope, and one missing from the page was removed from the docs. A newer-layout
    page documents only the operations it shows, so the rest of its group is not covered.
    """

    operations: frozenset[tuple[str, str]]
    not_covered: tuple[str, ...]  # `METHOD /path` of the pages' groups left out of scope

    def covers(self, method: str, path: str) -> bool:
        """Tell whether an operation is in scope of the given pages."""
        return _operation_key(method, path) in self.operations


def coverage(pages: Iterable[tuple[str, DocsPage]], spec: SpecIndex) -> Coverage:
    """Work out the operations the given pages speak for (see Coverage)."""
    documented: set[tuple[str, str]] = set()
    whole_groups: set[str] = set()
    groups: set[str] = set()
    for _, page in pages:
        for operation in page.operations:
            documented.add(_operation_key(operation.method, operation.spec_path))
            groups.add(group_of(operation.path))
            if page.layout == "2023-02-13":
                whole_groups.add(group_of(operation.path))
    in_scope = set(documented)
    not_covered: list[str] = []
    for spec_operation in spec.operations:
        key = _operation_key(spec_operation.method, spec_operation.path)
        group = group_of(spec_operation.path)
        if group in whole_groups:
            in_scope.add(key)
        elif group in groups and key not in documented:
            not_covered.append(f"{spec_operation.method} {spec_operation.path}")
    return Coverage(frozenset(in_scope), tuple(not_covered))


def compare(pages: Iterable[tuple[str, DocsPage]], spec: SpecIndex) -> list[Difference]:
    """Return every difference between the given pages and the spec, in page order."""
    pages = list(pages)
    return list(_Comparison(spec).run(pages, coverage(pages, spec)))


class _Comparison:
    """One run of the comparison; holds the spec index and the shared schema registry."""

    def __init__(self, spec: SpecIndex) -> None:
        """Index spec operations by method and templated path."""
        self.spec = spec
        self.by_key = {_operation_key(o.method, o.path): o for o in spec.operations}
        self.schemas = SpecSchemas(spec.document, format_checker=FormatChecker())

    def run(self, pages: list[tuple[str, DocsPage]], scope: Coverage) -> Iterator[Difference]:
        """Yield differences page by page, then spec operations in scope that no page shows."""
        documented: set[tuple[str, str]] = set()
        for file_name, page in pages:
            for operation in page.operations:
                key = _operation_key(operation.method, operation.spec_path)
                documented.add(key)
                spec_operation = self.by_key.get(key)
                if spec_operation is None:
                    yield Difference(
                        "operation-missing-in-spec",
                        operation.method,
                        operation.spec_path,
                        NO_NAME,
                        f"documented on {file_name}, not in the spec",
                    )
                    continue
                yield from self._operation(operation, spec_operation)
        for spec_operation in self.spec.operations:
            key = _operation_key(spec_operation.method, spec_operation.path)
            if scope.covers(spec_operation.method, spec_operation.path) and key not in documented:
                operation_id = spec_operation.node.get("operationId", "?")
                yield Difference(
                    "operation-missing-in-docs",
                    spec_operation.method,
                    spec_operation.path,
                    NO_NAME,
                    f"in the spec ({operation_id}), on none of the given pages",
                )

    def _operation(
        self, operation: Operation, spec_operation: SpecOperation
    ) -> Iterator[Difference]:
        """Yield the differences inside one operation both sides have."""
        at = (operation.method, spec_operation.path)
        yield from self._parameters(at, operation.parameters, self.spec.parameters(spec_operation))
        roots = self.spec.response_roots(spec_operation)
        for field in operation.response_fields:
            yield from self._field(at, field, roots, "")
        summaries = self.spec.example_statuses(spec_operation)
        for number, example in enumerate(operation.examples, start=1):
            yield from self._example(at, example, number, spec_operation, summaries)

    def _parameters(
        self, at: tuple[str, str], documented: tuple[Parameter, ...], specified: list[SpecParameter]
    ) -> Iterator[Difference]:
        """Yield parameter differences: presence, curl-only mark, required flag, type, enum."""
        by_key = {(p.location, p.name): p for p in specified}
        for param in documented:
            spec_param = by_key.pop((param.location, param.name), None)
            if spec_param is None:
                yield self._missing_parameter(at, param, specified)
                continue
            facts = self.spec.facts(spec_param.schema)
            if param.curl_only != facts.curl_only:
                detail = (
                    f"the docs show it only in the samples, the spec lacks {_CURL_ONLY}"
                    if param.curl_only
                    else f"the docs list it in the table, the spec marks it {_CURL_ONLY}"
                )
                yield _diff("curl-only-flag", at, param.name, detail)
            if param.required != spec_param.required:
                yield _diff("required-flag", at, param.name, _required_detail(param))
            if param.type is not None:
                mismatch = _type_mismatch(param.type, facts, strict=not param.curl_only)
                if mismatch:
                    source = " (from the samples)" if param.curl_only else ""
                    yield _diff(
                        "type", at, param.name, f"docs {param.type}{source}, spec {mismatch}"
                    )
            docs_values = [e.value for e in param.enum]
            spec_values = self._enum(spec_param.schema, facts)
            if set(docs_values) != set(spec_values):
                yield _diff("enum-values", at, param.name, _enum_detail(docs_values, spec_values))
        for spec_param in by_key.values():
            detail = f"the spec has this {spec_param.location} parameter, the docs do not show it"
            yield _diff(
                "parameter-extra-in-spec", at, spec_param.name, detail + _name_note(spec_param.name)
            )

    def _missing_parameter(
        self, at: tuple[str, str], param: Parameter, specified: list[SpecParameter]
    ) -> Difference:
        """Describe a documented parameter the spec lacks (hinting at a spec one elsewhere)."""
        where = (
            "the docs' samples send it"
            if param.curl_only
            else f"the docs list it in {param.location}"
        )
        elsewhere = [s.location for s in specified if s.name == param.name]
        hint = f" (the spec has it in {elsewhere[0]})" if elsewhere else ""
        return _diff(
            "parameter-missing-in-spec", at, param.name, where + hint + _name_note(param.name)
        )

    def _field(
        self, at: tuple[str, str], field: ResponseField, roots: list[Any], prefix: str
    ) -> Iterator[Difference]:
        """Yield differences of one documented response field and its nested fields."""
        name = prefix + field.name
        found = self.spec.find_fields(roots, field.name)
        if not found:
            nested = f" (with {_count(field.children)} nested fields)" if field.children else ""
            detail = f"the docs list it, no such property in the spec's responses{nested}"
            yield _diff("response-field-missing-in-spec", at, name, detail)
            return
        all_facts = [self.spec.facts(schema) for schema in found]
        if field.type is not None:
            mismatches = [_type_mismatch(field.type, facts, strict=False) for facts in all_facts]
            if all(mismatches):
                yield _diff("type", at, name, f"docs {field.type}, spec {mismatches[0]}")
        constrained = [v for s, f in zip(found, all_facts, strict=True) if (v := self._enum(s, f))]
        docs_values = [e.value for e in field.enum]
        # A spec field without an enum accepts any value: only spec enums are compared.
        if field.enum and constrained and all(set(docs_values) != set(v) for v in constrained):
            yield _diff("enum-values", at, name, _enum_detail(docs_values, constrained[0]))
        for child in field.children:
            yield from self._field(at, child, found, name + ".")

    def _enum(self, schema: Any, facts: SchemaFacts) -> list[str]:
        """Return a schema's enum values as strings (an array's item enum counts)."""
        values = facts.enum
        if values is None and "array" in facts.types:
            items = self.spec.resolve(schema).get("items") if isinstance(schema, dict) else None
            values = self.spec.facts(items).enum if items is not None else None
        return [_enum_text(v) for v in values or [] if v is not None]

    def _example(
        self,
        at: tuple[str, str],
        example: Example,
        number: int,
        spec_operation: SpecOperation,
        summaries: dict[str, str],
    ) -> Iterator[Difference]:
        """Yield example-invalid when a docs example does not parse or fails the spec schema."""
        name = f'"{example.caption}"' if example.caption else f"#{number}"
        if example.problem is not None:
            yield _diff(
                "example-invalid", at, name, f"the page's example does not parse: {example.problem}"
            )
            return
        status = status_of(example, summaries)
        pointer = self.spec.json_schema_pointer(spec_operation, status)
        if pointer is None:
            if example.value is not None:  # a `null` example stands for a file body
                yield _diff(
                    "example-invalid", at, name, f"{status}: the spec has no JSON body for it"
                )
            return
        error = best_match(self.schemas.at(pointer).iter_errors(example.value))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            yield _diff(
                "example-invalid", at, name, _shorten(f"{status}: {error.message} at {where}")
            )


def _diff(kind: str, at: tuple[str, str], name: str, detail: str) -> Difference:
    """Build a Difference for an operation `at` = (method, path)."""
    return Difference(kind, at[0], at[1], name, detail)


def _operation_key(method: str, path: str) -> tuple[str, str]:
    """Key an operation by method and path, path-parameter names left out."""
    return method.upper(), _TEMPLATE_RE.sub("{}", "/" + path.lstrip("/"))


def _required_detail(param: Parameter) -> str:
    """Say which side requires the parameter."""
    if param.required:
        return "the docs mark it ⁎ (required), the spec has it optional"
    if param.curl_only:
        return "the docs show it only in the samples (optional), the spec requires it"
    return "the docs do not mark it ⁎ (optional), the spec requires it"


def _type_mismatch(doc_type: str, facts: SchemaFacts, *, strict: bool) -> str | None:
    """Return the spec's type label if it does not match the docs type, else None."""
    base, doc_format = DOC_TYPES.get(doc_type, (doc_type, None))
    fits = base in facts.types or (base == "number" and "integer" in facts.types)
    if strict and doc_format == "binary":
        fits = fits and facts.binary
    elif strict and doc_format is not None:
        fits = fits and doc_format in facts.formats
    elif strict:
        fits = fits and not facts.binary and not (facts.formats & _MEANINGFUL_FORMATS)
    return None if fits else _spec_type_label(facts)


def _spec_type_label(facts: SchemaFacts) -> str:
    """Render a schema's type for a detail text, e.g. `string (format date)`."""
    label = "|".join(sorted(facts.types)) or "untyped"
    formats = sorted(facts.formats)
    if facts.binary and "binary" not in formats:
        formats.append("binary")
    return f"{label} (format {', '.join(formats)})" if formats else label


def _enum_text(value: Any) -> str:
    """Render an enum value the way the page prints it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _enum_detail(docs_values: list[str], spec_values: list[str]) -> str:
    """Say which values each side lists."""
    docs = ", ".join(docs_values) if docs_values else "none"
    spec = ", ".join(spec_values) if spec_values else "none"
    return f"docs [{docs}], spec [{spec}]"


def status_of(example: Example, summaries: dict[str, str]) -> str:
    """Pick the status an example documents: its `code`, else where the spec files it, else 200."""
    value = example.value
    if (
        isinstance(value, dict)
        and isinstance(value.get("code"), int)
        and 100 <= value["code"] < 600
    ):
        return str(value["code"])
    return summaries.get(example.caption, "200")


def _name_note(name: str) -> str:
    """Point out non-ASCII letters in a name (the Cyrillic `с` looks exactly like the Latin `c`)."""
    odd = [f"'{c}' U+{ord(c):04X}" for c in dict.fromkeys(name) if not c.isascii()]
    return f" [name has non-ASCII {', '.join(odd)}]" if odd else ""


def _count(fields: tuple[ResponseField, ...]) -> int:
    """Count nested fields."""
    return sum(1 + _count(f.children) for f in fields)


def _shorten(text: str) -> str:
    """Keep a detail on one readable line."""
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"
