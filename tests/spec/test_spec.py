"""spec/plusofon.yaml: coverage of the docs, per-operation metadata, and valid examples."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from generator import personal_data
from generator.spec_document import HTTP_METHODS
from generator.spec_schemas import SpecSchemas
from tests.spec_document import SPEC_PATH, resolve, spec

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = spec()

# The operations of the 2023-02-13 pages, as (METHOD, path): what the docs list, so written
# down here, not derived from the spec this test checks.
DOCUMENTED = {
    *(("GET", f"/api/v1/agreement/{name}") for name in (
        "current-status", "statuses", "expiration", "fiz", "jur", "ip", "download", "esia",
        "send-on-sign",
    )),
    *(("POST", f"/api/v1/agreement/{name}") for name in (
        "fiz-save", "jur-save", "ip-save", "fiz", "jur", "ip", "upload",
    )),
    ("GET", "/api/v1/customer-info"),
    ("GET", "/api/v1/customer/tfa"), ("PUT", "/api/v1/customer/tfa"),
    ("DELETE", "/api/v1/customer/tfa"),
    *(("GET", f"/api/v1/number{suffix}") for suffix in (
        "", "/sms", "/follow-types", "/cli-types", "/search", "/code-regions", "/reserve",
    )),
    ("DELETE", "/api/v1/number/{number_id}"),
    ("DELETE", "/api/v1/number/reserve/{reserve_number_id}"),
    ("POST", "/api/v1/number/follow"), ("POST", "/api/v1/number/reserve"),
    ("POST", "/api/v1/number/buy"), ("PATCH", "/api/v1/number/contact-list"),
    ("GET", "/api/v1/direction"), ("PUT", "/api/v1/direction"),
    ("DELETE", "/api/v1/direction"), ("GET", "/api/v1/directions"),
}  # fmt: skip


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (METHOD, path, operation) of the spec."""
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield method.upper(), path, operation


def media_types() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every media type object with a schema, named by where it is."""
    for method, path, operation in operations():
        body = resolve(operation.get("requestBody", {}))
        for media, content in body.get("content", {}).items():
            yield f"{method} {path} request {media}", content
        for status, response in operation["responses"].items():
            for media, content in resolve(response).get("content", {}).items():
                yield f"{method} {path} {status} {media}", content


SCHEMAS = SpecSchemas(SPEC)


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator whose local $refs resolve inside the spec."""
    return SCHEMAS.of(schema)


def test_all_documented_operations_and_nothing_else() -> None:
    found = {(method, path) for method, path, _ in operations()}
    assert found == DOCUMENTED


def test_operation_ids_are_unique_snake_case_names() -> None:
    ids = [operation["operationId"] for _, _, operation in operations()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", op_id) for op_id in ids)


@pytest.mark.parametrize(("method", "path", "operation"), list(operations()))
def test_operation_has_security_tag_summary_and_description(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    assert operation["security"] == [{"bearerAuth": [], "clientId": []}]
    assert len(operation["tags"]) == 1
    assert operation["tags"][0] in {tag["name"] for tag in SPEC["tags"]}
    assert operation["summary"].isascii(), "summaries are English"
    assert re.search("[\u0430-\u044f\u0451]", operation["description"], re.IGNORECASE), (
        "descriptions are Russian"
    )


@pytest.mark.parametrize(("method", "path", "operation"), list(operations()))
def test_success_response_has_an_example(method: str, path: str, operation: dict[str, Any]) -> None:
    success = [resolve(r) for status, r in operation["responses"].items() if status[0] == "2"]
    assert success, f"{method} {path} has no 2xx response"
    assert any(content.get("examples") for r in success for content in r["content"].values())


def test_standard_error_statuses_on_every_operation() -> None:
    for method, path, operation in operations():
        missing = {"400", "401", "404", "422", "429", "500"} - operation["responses"].keys()
        assert not missing, f"{method} {path} lacks {sorted(missing)}"


EXAMPLES = [
    (f"{where} example {name}", content["schema"], example["value"])
    for where, content in media_types()
    for name, example in content.get("examples", {}).items()
    if "value" in example and "format" not in resolve(content["schema"])
]


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_validates_against_its_schema(where: str, schema: Any, value: Any) -> None:
    errors = sorted(validator_for(schema).iter_errors(value), key=str)
    assert not errors, f"{where}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_there_are_many_examples() -> None:
    assert len(EXAMPLES) > 100


def test_schema_level_examples_validate() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        for example in schema.get("examples", []):
            assert not list(validator_for(schema).iter_errors(example)), name


def test_cyrillic_keys_declare_their_ascii_name() -> None:
    names = list(personal_data.properties(SPEC))
    cyrillic = [(key, prop) for key, prop in names if not key.isascii()]
    assert cyrillic, "the docs' Cyrillic key must be in the spec"
    for key, prop in cyrillic:
        assert prop["x-plusofon-alias-of"] == key.replace("\u0441", "c")
        assert prop["x-plusofon-alias-of"].isascii()


def test_no_plain_scalar_reads_differently_in_yaml_1_2() -> None:
    """PyYAML (YAML 1.1) and js-yaml (1.2, used by other teams) must read the same values."""
    yaml12_number = re.compile(r"[-+]?(0|[1-9][0-9]*|[0-9]+\.[0-9]*([eE][-+]?[0-9]+)?|0o[0-7]+)")
    # The node graph, not the loaded values: only it keeps each scalar's quoting style, tag and
    # line, which this check is about (generator.spec_document gives values, not nodes).
    node = yaml.compose(SPEC_PATH.read_text(encoding="utf-8"))
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            if current.style is None and current.tag.endswith(":str"):
                assert not yaml12_number.fullmatch(current.value), current.start_mark
                assert current.value not in {"yes", "no", "on", "off", "y", "n"}
        elif isinstance(current, yaml.MappingNode):
            stack.extend(item for pair in current.value for item in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def test_version_is_tied_to_the_docs_date() -> None:
    info = SPEC["info"]
    assert info["x-docs-version"] == "2023-02-13"
    assert re.fullmatch(r"2023-02-13\.\d+", info["version"])
    assert "## Quirks" in info["description"]
