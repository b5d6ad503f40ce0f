"""generator.spec_diff: breaking changes between two versions of the spec, each kind."""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec_changes import Change, compare
from generator.spec_diff import main
from generator.spec_fields import SpecDiffError
from tests.spec_document import spec

ROOT = Path(__file__).resolve().parents[2]


def base_spec() -> dict[str, Any]:
    """A small spec in the shape of Plusofon's: a paginated GET with a JSON body, a POST."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "2023-02-13.1"},
        "paths": {
            "/number/search": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/Page"}],
                    "requestBody": {
                        "required": False,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/SearchRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/SearchPage"}
                                }
                            },
                        }
                    },
                }
            },
            "/number/buy": {
                "post": {"responses": {"200": {"description": "ok"}}},
            },
        },
        "components": {
            "parameters": {
                "Page": {"name": "page", "in": "query", "schema": {"type": "integer"}},
            },
            "schemas": {
                "SearchRequest": {
                    "type": "object",
                    "properties": {
                        "city_code": {"type": ["integer", "string"]},
                        "number_type": {"$ref": "#/components/schemas/NumberTypeFilter"},
                        "region": {"type": "integer"},
                    },
                },
                "NumberTypeFilter": {"type": "string", "enum": ["0", "1", "2"]},
                "PageMeta": {
                    "type": "object",
                    "required": ["current_page", "next_page_url"],
                    "properties": {
                        "current_page": {"type": "integer"},
                        "next_page_url": {"type": ["string", "null"]},
                    },
                },
                "SearchPage": {
                    "allOf": [
                        {"$ref": "#/components/schemas/PageMeta"},
                        {
                            "type": "object",
                            "required": ["data"],
                            "properties": {
                                "data": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/SearchItem"},
                                }
                            },
                        },
                    ]
                },
                "SearchItem": {
                    "type": "object",
                    "required": ["number", "number_type"],
                    "properties": {
                        "number": {"type": "string"},
                        "number_type": {"type": "integer", "enum": [0, 1, 2]},
                        "price": {"type": ["integer", "string"]},
                        "following": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/Following"},
                                {"type": "null"},
                            ]
                        },
                    },
                },
                "Following": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "cli_type": {"type": "string"}},
                },
            },
        },
    }


def changed(edit: Any) -> list[Change]:
    """Changes from the base spec to a copy that `edit` (a function of the copy) changed."""
    old = base_spec()
    new = copy.deepcopy(old)
    edit(new)
    return compare(old, new)


def lines(changes: list[Change]) -> list[str]:
    return [change.line() for change in changes]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


SEARCH = "GET /number/search"


def test_identical_specs_have_no_changes() -> None:
    assert compare(base_spec(), base_spec()) == []


def test_the_real_spec_compared_with_itself_has_no_changes() -> None:
    real = spec()
    assert compare(real, copy.deepcopy(real)) == []


def test_operation_removed_is_breaking_and_added_is_not() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/number/reserve"] = spec["paths"].pop("/number/buy")

    assert lines(changed(edit)) == [
        "BREAKING operation-removed: POST /number/buy: gone",
        "info operation-added: POST /number/reserve: new",
    ]


def test_parameter_removed_query_and_body_property_through_refs() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/number/search"]["get"]["parameters"] = []
        del schemas(spec)["SearchRequest"]["properties"]["region"]

    assert lines(changed(edit)) == [
        f"BREAKING parameter-removed: {SEARCH}: request body.region",
        f"BREAKING parameter-removed: {SEARCH}: request query page",
    ]


def test_a_php_array_field_renamed_is_a_rename_not_a_type_change() -> None:
    # `codes` (an array) becoming `codes[]` must not read as the items `codes[]` of the old one.
    old = base_spec()
    strings = {"type": "array", "items": {"type": "string"}}
    schemas(old)["SearchRequest"]["properties"]["codes"] = strings
    new = copy.deepcopy(old)
    properties = schemas(new)["SearchRequest"]["properties"]
    properties["codes[]"] = properties.pop("codes")
    assert lines(compare(old, new)) == [
        f"BREAKING parameter-removed: {SEARCH}: request body.codes",
        f'info parameter-added: {SEARCH}: request body."codes[]"',
    ]


def test_parameter_newly_required_or_new_and_required() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["parameters"]["Page"]["required"] = True
        schemas(spec)["SearchRequest"]["required"] = ["region"]
        schemas(spec)["SearchRequest"]["properties"]["owner_type"] = {"type": "string"}
        spec["paths"]["/number/search"]["get"]["parameters"].append(
            {"name": "Client", "in": "header", "required": True, "schema": {"type": "string"}}
        )

    assert lines(changed(edit)) == [
        f"BREAKING parameter-required: {SEARCH}: request body.region: now required",
        f"BREAKING parameter-required: {SEARCH}: request header Client: new",
        f"BREAKING parameter-required: {SEARCH}: request query page: now required",
        f"info parameter-added: {SEARCH}: request body.owner_type",
    ]


def test_request_body_becoming_required_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/number/search"]["get"]["requestBody"]["required"] = True

    assert [(c.kind, c.breaking, c.detail) for c in changed(edit)] == [
        ("parameter-required", True, "request body: now required"),
    ]


def test_response_field_removed_once_at_its_top_even_through_allof_and_arrays() -> None:
    def edit(spec: dict[str, Any]) -> None:
        del schemas(spec)["PageMeta"]["properties"]["next_page_url"]
        del schemas(spec)["SearchItem"]["properties"]["following"]  # with its own fields

    assert lines(changed(edit)) == [
        f"BREAKING response-field-removed: {SEARCH}: response 200 body.data[].following",
        f"BREAKING response-field-removed: {SEARCH}: response 200 body.next_page_url",
    ]


def test_response_field_no_longer_required_is_breaking_and_new_field_is_not() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["SearchItem"]["required"] = ["number_type"]
        schemas(spec)["SearchItem"]["properties"]["region"] = {"type": "integer"}

    assert lines(changed(edit)) == [
        f"BREAKING response-field-optional: {SEARCH}: response 200 body.data[].number: "
        "no longer required",
        f"info response-field-added: {SEARCH}: response 200 body.data[].region",
    ]


def test_type_narrowed_breaks_requests_but_not_responses() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["SearchRequest"]["properties"]["city_code"]["type"] = "integer"
        schemas(spec)["SearchItem"]["properties"]["price"]["type"] = "integer"

    assert lines(changed(edit)) == [
        f"BREAKING type-narrowed: {SEARCH}: request body.city_code: type integer, string "
        "-> integer",
        f"info type-narrowed: {SEARCH}: response 200 body.data[].price: type integer, string "
        "-> integer",
    ]


def test_type_widened_breaks_responses_but_not_requests() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["SearchRequest"]["properties"]["region"]["type"] = ["integer", "string"]
        schemas(spec)["PageMeta"]["properties"]["current_page"]["type"] = ["integer", "null"]

    assert lines(changed(edit)) == [
        f"BREAKING type-widened: {SEARCH}: response 200 body.current_page: type integer "
        "-> integer, null",
        f"info type-widened: {SEARCH}: request body.region: type integer -> integer, string",
    ]


def test_changed_type_breaks_both_sides() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["SearchRequest"]["properties"]["region"]["type"] = "string"
        schemas(spec)["SearchItem"]["properties"]["number"]["type"] = "integer"

    assert [(c.kind, c.breaking) for c in changed(edit)] == [
        ("type-narrowed", True),  # request: an integer region is no longer accepted
        ("type-widened", True),  # response: a number may now be an integer
    ]


def test_integer_is_a_number() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["SearchRequest"]["properties"]["region"]["type"] = "number"

    assert [(c.kind, c.breaking) for c in changed(edit)] == [("type-widened", False)]


def test_enum_narrowed_breaks_requests_and_enum_widened_breaks_responses() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["NumberTypeFilter"]["enum"] = ["0", "1"]  # a request enum loses "2"
        schemas(spec)["SearchItem"]["properties"]["number_type"]["enum"] = [0, 1, 2, 3]

    assert lines(changed(edit)) == [
        f'BREAKING enum-narrowed: {SEARCH}: request body.number_type: enum "0", "1", "2" '
        '-> "0", "1"',
        f"BREAKING enum-widened: {SEARCH}: response 200 body.data[].number_type: enum 0, 1, 2 "
        "-> 0, 1, 2, 3",
    ]


def test_enum_widened_in_requests_and_narrowed_in_responses_break_nothing() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["NumberTypeFilter"]["enum"] = ["0", "1", "2", "3"]
        schemas(spec)["SearchItem"]["properties"]["number_type"]["enum"] = [0, 1]

    assert [(c.kind, c.breaking) for c in changed(edit)] == [
        ("enum-narrowed", False),  # the response's
        ("enum-widened", False),  # the request's
    ]


def test_an_enum_added_to_a_free_request_field_narrows_it() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["SearchRequest"]["properties"]["region"]["enum"] = [77, 78]

    assert [(c.kind, c.breaking) for c in changed(edit)] == [("enum-narrowed", True)]


def test_nullable_anyof_field_keeps_its_inner_fields() -> None:
    def edit(spec: dict[str, Any]) -> None:
        del schemas(spec)["Following"]["properties"]["cli_type"]
        schemas(spec)["SearchItem"]["properties"]["following"]["anyOf"].pop()  # no more null

    assert lines(changed(edit)) == [
        f"BREAKING response-field-removed: {SEARCH}: response 200 body.data[].following.cli_type",
        f"info type-narrowed: {SEARCH}: response 200 body.data[].following: type null, object "
        "-> object",
    ]


def test_recursive_schemas_end() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Following"]["properties"]["next"] = {
            "$ref": "#/components/schemas/Following"
        }

    assert [c.kind for c in changed(edit)] == ["response-field-added"]


def test_a_ref_that_points_nowhere_is_an_error() -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    schemas(new)["SearchItem"]["properties"]["number"] = {"$ref": "#/components/schemas/Nope"}
    with pytest.raises(SpecDiffError, match="Nope points nowhere"):
        compare(old, new)


# --- through git --------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_main_compares_the_work_tree_with_a_git_ref(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_file = tmp_path / "spec" / "plusofon.yaml"
    spec_file.parent.mkdir()
    spec_file.write_text(yaml.safe_dump(base_spec(), allow_unicode=True), encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "v1")
    git(tmp_path, "tag", "v1")
    monkeypatch.chdir(tmp_path)

    assert main(["--base", "v1"]) == 0
    assert capsys.readouterr().out == "spec-diff: 0 breaking, 0 other since v1\n"

    new = base_spec()
    del new["paths"]["/number/buy"]
    new["paths"]["/number/search"]["get"]["summary"] = "Поиск"  # not a change clients see
    spec_file.write_text(yaml.safe_dump(new, allow_unicode=True), encoding="utf-8")
    assert main(["--base", "v1"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "BREAKING operation-removed: POST /number/buy: gone",
        "spec-diff: 1 breaking, 0 other since v1",
    ]

    assert main(["--base", "no-such-ref"]) == 2
    assert "unknown git ref 'no-such-ref'" in capsys.readouterr().err
    assert main(["--base", "v1", "--spec", "spec/other.yaml"]) == 2
    assert "spec/other.yaml does not exist at v1" in capsys.readouterr().err
    spec_file.write_text("paths: [unclosed", encoding="utf-8")
    assert main(["--base", "v1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spec-diff: spec/plusofon.yaml: not valid YAML") and err.count("\n") == 1
