"""The one spec reader's JSON pointer and `$ref` helpers (generator.spec_document)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec_document import SpecError, at, escape, follow, mappings, ref_to, resolve

DOCUMENT: dict[str, Any] = {
    "paths": {"/api/v1/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
    "components": {
        "responses": {"Ok": {"$ref": "#/components/responses/Plain"}, "Plain": {"a": 1}},
        "schemas": {"Loop": {"$ref": "#/components/schemas/Loop"}, "Int": 5},
    },
}
RESPONSE = "/paths/~1api~1v1~1x/get/responses/200"


def test_at_reads_an_escaped_json_pointer_and_the_empty_one() -> None:
    assert at(DOCUMENT, RESPONSE) == {"$ref": "#/components/responses/Ok"}
    assert at(DOCUMENT, "") is DOCUMENT
    with pytest.raises(SpecError, match="JSON pointer /paths/nowhere points nowhere"):
        at(DOCUMENT, "/paths/nowhere")


def test_follow_names_where_the_chain_ends_and_resolve_merges_siblings() -> None:
    assert follow(DOCUMENT, RESPONSE) == ("/components/responses/Plain", {"a": 1})
    assert follow(DOCUMENT, "/components/responses/Plain") == (
        "/components/responses/Plain",
        {"a": 1},
    )
    assert resolve(DOCUMENT, {"$ref": "#/components/responses/Ok", "b": 2}) == {"a": 1, "b": 2}


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("#/components/schemas/Loop", "cycle"),
        ("#/components/schemas/Int", "does not point to an object"),
        ("other.yaml#/x", "only local"),
    ],
)
def test_a_broken_chain_is_a_spec_error(ref: str, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        resolve(DOCUMENT, {"$ref": ref})


def test_pointers_are_written_escaped_and_every_mapping_is_walked() -> None:
    assert escape("a/b~c") == "a~1b~0c"
    assert ref_to(("paths", "/api/v1/x", "get")) == "#/paths/~1api~1v1~1x/get"
    paths = [path for path, _ in mappings({"a": [{"b": {}}], "c": 1})]
    assert paths == [(), ("a", "0"), ("a", "0", "b")]
