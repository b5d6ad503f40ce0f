"""`make docs-draft`: spec YAML for the operations the pages document and the spec lacks.

Usage: python -m generator.docs_check.draft [--spec spec/plusofon.yaml] FILE...

Prints `{paths: {<path>: {<method>: …}}}` for every `operation-missing-in-spec` of docs-check:
operationId guessed from the path, the page's Russian description (the method sentence), every
parameter with its type, required flag, enum values and what each value means
(`x-enum-descriptions`, a list aligned with `enum`), body or query as the samples send them (GET
bodies too), the curl sample's body as the request example, and the response examples with their
captions.
It is a head start to paste under `paths:` and edit; it never writes the spec.
Exit status: 0 printed (maybe `paths: {}`), 2 unusable input.
"""

# The pages are Russian: Cyrillic letters in this module are meant, not look-alikes.

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator import side_effects
from generator.docs_check.cli import DEFAULT_SPEC, EXIT_BAD_INPUT, read_pages
from generator.docs_check.compare import DOC_TYPES, compare, group_of, status_of
from generator.docs_check.inventory import DocsPage, Example, Operation, Parameter
from generator.docs_check.spec_index import CURL_ONLY_KEY, SpecIndex, load_spec_index
from generator.json_type import json_type
from generator.spec_document import SpecError

# What each enum value means: a list aligned with `enum`, the form openapi-generator and
# datamodel-code-generator read and `make spec-check` requires (generator/spec_extensions.py).
ENUM_DESCRIPTIONS = "x-enum-descriptions"
_VERBS = {"GET": "get", "POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}
_PATH_PARAM_RE = re.compile(r"\{([^}]+)\}")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
# Russian letters in Latin for example keys; the hard and soft signs are dropped.
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
         "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"),
        strict=True,
    )
)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Print the draft; bad input is one line per file on stderr and exit 2."""
    parser = argparse.ArgumentParser(prog="docs-draft", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI spec (YAML)")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="saved page text")
    args = parser.parse_args(argv)
    pages = read_pages(args.files, "docs-draft")
    try:
        spec = load_spec_index(args.spec)
    except SpecError as error:
        print(f"docs-draft: {args.spec}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if pages is None:
        return EXIT_BAD_INPUT
    document = draft(pages, spec)
    text = yaml.dump(document, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False, width=100)
    sys.stdout.write(text)
    count = sum(len(item) for item in document["paths"].values())
    print(f"docs-draft: {count} operation(s) missing in {args.spec.name} drafted", file=sys.stderr)
    return 0


class _PlainDumper(yaml.SafeDumper):
    """Writes shared objects (the security requirement) out in full: no `&id001` anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never alias: the draft is pasted by hand, where anchors would only confuse."""
        return True


def draft(pages: list[tuple[str, DocsPage]], spec: SpecIndex) -> dict[str, Any]:
    """Return `{paths: …}` for every page operation the spec lacks."""
    missing = {
        (d.method, d.path) for d in compare(pages, spec) if d.kind == "operation-missing-in-spec"
    }
    security = _common_security(spec)
    paths: dict[str, dict[str, Any]] = {}
    for _, page in pages:
        for operation in page.operations:
            if (operation.method, operation.spec_path) in missing:
                item = paths.setdefault(operation.spec_path, {})
                item[operation.method.lower()] = _operation(operation, security)
    return {"paths": paths}


def guess_operation_id(method: str, path: str) -> str:
    """`GET api/v1/number/reserve/{id}` → `get_number_reserve` (a guess to edit)."""
    segments = [s for s in path.removeprefix("/").removeprefix("api/v1/").split("/") if s]
    words = [_SLUG_RE.sub("_", s.lower()).strip("_") for s in segments if "{" not in s]
    return "_".join([_VERBS.get(method, method.lower()), *filter(None, words)])


def _operation(operation: Operation, security: list[Any] | None) -> dict[str, Any]:
    """The draft of one operation."""
    operation_id = guess_operation_id(operation.method, operation.path)
    node: dict[str, Any] = {
        "summary": operation_id.replace("_", " ").capitalize(),
        "description": operation.description or "(нет описания на странице)",
        "operationId": operation_id,
        "tags": [group_of(operation.path)],
        # Not `none` even for a GET: only a maintainer who has read the page may declare an
        # operation harmless, since `none` lets make live-check call it on a user's account.
        side_effects.KEY: "changes-data",
    }
    if security is not None:
        node["security"] = security
    parameters = [_parameter(p) for p in _with_path_parameters(operation) if p.location != "body"]
    if parameters:
        node["parameters"] = parameters
    body = [p for p in operation.parameters if p.location == "body"]
    if body:
        node["requestBody"] = _request_body(body, operation.request_example)
    node["responses"] = _responses(operation.examples)
    return node


def _with_path_parameters(operation: Operation) -> list[Parameter]:
    """The page's parameters, plus any `{name}` of the path the page has no row for."""
    listed = {p.name for p in operation.parameters if p.location == "path"}
    extra = [
        Parameter(name, "path", "string", required=True)
        for name in _PATH_PARAM_RE.findall(operation.path)
        if name not in listed
    ]
    return [*operation.parameters, *extra]


def _parameter(param: Parameter) -> dict[str, Any]:
    """A path or query parameter."""
    node: dict[str, Any] = {"name": param.name, "in": param.location}
    if param.required:
        node["required"] = True
    description = _description(param)
    if description:
        node["description"] = description
    node["schema"] = _schema(param)
    if param.curl_only:
        node[CURL_ONLY_KEY] = True
    return node


def _request_body(body: list[Parameter], example: Any) -> dict[str, Any]:
    """The request body: JSON, or multipart when a parameter is a file."""
    multipart = any(p.type == "file" for p in body)
    schema: dict[str, Any] = {"type": "object"}
    required = [p.name for p in body if p.required]
    if required:
        schema["required"] = required
    properties: dict[str, Any] = {}
    for param in body:
        prop = _schema(param)
        description = _description(param)
        if description:
            prop["description"] = description
        if param.curl_only:
            prop[CURL_ONLY_KEY] = True
        properties[param.name] = prop
    schema["properties"] = properties
    media: dict[str, Any] = {"schema": schema}
    if isinstance(example, dict) and not multipart:
        media["example"] = example
    media_type = "multipart/form-data" if multipart else "application/json"
    return {"required": bool(required), "content": {media_type: media}}


def _schema(param: Parameter) -> dict[str, Any]:
    """The schema of a parameter: its type, format and enum values."""
    doc_type = param.type
    if doc_type is None and param.enum:
        # Known only from a «возможные варианты» block: the values tell the type.
        digits = all(e.value.lstrip("-").isdigit() for e in param.enum)
        doc_type = "integer" if digits else "string"
    if doc_type is None:
        return {}
    json_type, json_format = DOC_TYPES.get(doc_type, ("string", None))
    schema: dict[str, Any] = {"type": json_type}
    if json_format:
        schema["format"] = json_format
    if param.enum:
        values: list[Any] = [e.value for e in param.enum]
        if json_type == "integer" and all(v.lstrip("-").isdigit() for v in values):
            values = [int(v) for v in values]
        schema["enum"] = values
        if any(e.meaning for e in param.enum):
            schema[ENUM_DESCRIPTIONS] = [e.meaning for e in param.enum]
    return schema


def _description(param: Parameter) -> str:
    """The parameter's Russian description, with what each allowed value means."""
    meanings = [f"{e.value} — {e.meaning}" for e in param.enum if e.meaning]
    if not meanings:
        return param.description
    values = "Значения: " + "; ".join(meanings) + "."
    return f"{param.description.rstrip('.')}. {values}" if param.description else values


def _responses(examples: tuple[Example, ...]) -> dict[str, Any]:
    """Responses by status, each with its captioned examples and a schema read off them."""
    by_status: dict[str, list[Example]] = {}
    for example in examples:
        by_status.setdefault(status_of(example, {}), []).append(example)
    responses: dict[str, Any] = {}
    for status, group in sorted(by_status.items()):
        values = [e.value for e in group if e.value is not None and e.problem is None]
        caption = next((e.caption for e in group if e.caption), "")
        response: dict[str, Any] = {"description": caption or "Ответ (на странице без подписи)."}
        if values:
            named: dict[str, Any] = {}
            for number, example in enumerate(group, start=1):
                if example.value is None or example.problem is not None:
                    continue
                key = _slug(example.caption) or f"example_{number}"
                while key in named:
                    key += "_"
                named[key] = (
                    {"summary": example.caption, "value": example.value}
                    if example.caption
                    else {"value": example.value}
                )
            content = {"schema": schema_of(values), "examples": named}
            response["content"] = {"application/json": content}
        responses[status] = response
    return responses or {"200": {"description": "Ответ (примера на странице нет)."}}


def schema_of(values: list[Any]) -> dict[str, Any]:
    """A loose JSON schema every one of the values fits (no `required`, mixed types: any)."""
    kinds = {json_type(v) for v in values}
    if len(kinds) != 1:
        return {}
    (kind,) = kinds
    schema: dict[str, Any] = {"type": kind}
    if kind == "object":
        keys = list(dict.fromkeys(k for v in values for k in v))
        schema["properties"] = {k: schema_of([v[k] for v in values if k in v]) for k in keys}
    elif kind == "array":
        items = [item for v in values for item in v]
        if items:
            schema["items"] = schema_of(items)
    return schema


def _slug(caption: str) -> str:
    """An example key from a (Russian) caption: `Номер забронирован` → `nomer_zabronirovan`."""
    latin = "".join(_TRANSLIT.get(c, c) for c in caption.lower())
    return _SLUG_RE.sub("_", latin).strip("_")[:40].strip("_")


def _common_security(spec: SpecIndex) -> list[Any] | None:
    """The security requirement most operations of the spec declare (the client needs it)."""
    counted: dict[str, tuple[int, list[Any]]] = {}
    for operation in spec.operations:
        security = operation.node.get("security")
        if isinstance(security, list):
            key = repr(security)
            count, _ = counted.get(key, (0, security))
            counted[key] = (count + 1, security)
    if not counted:
        return None
    return max(counted.values(), key=lambda pair: pair[0])[1]


if __name__ == "__main__":
    sys.exit(main())
