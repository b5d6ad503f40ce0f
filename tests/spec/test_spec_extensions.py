"""The vendor extensions have the form other generators read; spec-check refuses other forms."""

from __future__ import annotations

import copy
from typing import Any

from generator.spec_check import validation_errors
from generator.spec_extensions import extension_errors
from tests.spec_document import spec

PHONE_TYPE = "#/components/schemas/NumberPhoneType"
RESERVE_LINK = "#/paths/~1api~1v1~1number~1search/get/responses/200/links/reserveFoundNumber"


def broken() -> dict[str, Any]:
    return copy.deepcopy(spec())


def test_the_spec_has_no_misshapen_extension() -> None:
    assert extension_errors(spec()) == []


def test_enum_descriptions_are_lists_aligned_with_enum() -> None:
    phone_type = spec()["components"]["schemas"]["NumberPhoneType"]
    assert phone_type["enum"] == ["abc", "def", "800"]
    assert phone_type["x-enum-descriptions"] == [
        "городской номер",
        "мобильный номер",
        "номер 8-800",
    ]


def test_a_value_to_text_map_is_refused() -> None:
    document = broken()
    schema = document["components"]["schemas"]["NumberPhoneType"]
    schema["x-enum-descriptions"] = dict(
        zip(schema["enum"], schema["x-enum-descriptions"], strict=True)
    )
    assert validation_errors(document) == [
        f"{PHONE_TYPE}: x-enum-descriptions must be a list of strings aligned with enum"
    ]


def test_a_list_of_another_length_or_without_enum_is_refused() -> None:
    document = broken()
    schema = document["components"]["schemas"]["NumberPhoneType"]
    schema["x-enum-varnames"] = ["ABC", "DEF"]
    del document["components"]["schemas"]["NumberOwnerType"]["enum"]
    assert sorted(extension_errors(document)) == [
        "#/components/schemas/NumberOwnerType: x-enum-descriptions without a sibling enum",
        f"{PHONE_TYPE}: x-enum-varnames has 2 items, enum has 3",
    ]


def test_a_link_body_object_belongs_in_the_extension() -> None:
    document = broken()
    link = document["paths"]["/api/v1/number/search"]["get"]["responses"]["200"]["links"][
        "reserveFoundNumber"
    ]
    link["requestBody"] = link.pop("x-plusofon-link-body")
    assert extension_errors(document) == [
        f"{RESERVE_LINK}: requestBody of a link must be a runtime expression string "
        "(openapi-generator); put an object of expressions in x-plusofon-link-body"
    ]
    link["requestBody"] = "$response.body#/data/0"
    link["x-plusofon-link-body"] = ["owner_type"]
    assert extension_errors(document) == [f"{RESERVE_LINK}: x-plusofon-link-body must be an object"]


def test_an_enum_varname_used_twice_is_refused_in_one_line() -> None:
    document = broken()
    schemas = document["components"]["schemas"]
    schemas["NumberOwnerType"]["x-enum-varnames"] = ["DEF", "ABC"]
    assert extension_errors(document) == [
        "#/components/schemas/NumberOwnerType: x-enum-varnames DEF, ABC already used at "
        f"{PHONE_TYPE} (names must be unique in the spec: openapi-generator -g go declares "
        "enum constants at package level)"
    ]


def test_enum_varnames_are_unique_across_the_spec() -> None:
    filter_names = spec()["components"]["schemas"]["NumberSearchNumberTypeFilter"]
    answer_names = spec()["components"]["schemas"]["NumberSearchNumberType"]
    assert filter_names["x-enum-varnames"][0] == "SIMPLE"
    assert answer_names["x-enum-varnames"][0] == "SIMPLE_NUMBER"
