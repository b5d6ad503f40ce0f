"""generator/spec_view.py: the copy of the spec the generator and the templates see."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.spec_check import SpecError
from generator.spec_view import SpecViewError, alias_properties, for_generator
from tests import spec_document

CYRILLIC = "\u0441orrespondent_account"


def spec() -> dict[str, Any]:
    """A copy of the spec these tests may change."""
    return copy.deepcopy(spec_document.spec())


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def test_the_view_leaves_the_spec_alone() -> None:
    original = spec()
    for_generator(original)
    assert original == spec_document.spec()


def test_alias_properties_are_dropped_and_listed_on_the_ascii_property() -> None:
    assert alias_properties(spec_document.spec()) == {CYRILLIC: "correspondent_account"}
    view = for_generator(spec())
    for name in (
        "AgreementJurData",
        "AgreementIpData",
        "AgreementJurSaveRequest",
        "AgreementIpSaveRequest",
    ):
        props = schemas(view)[name]["properties"]
        assert CYRILLIC not in props
        assert props["correspondent_account"]["x-plusofon-wire-aliases"] == [CYRILLIC]
    assert (
        "x-plusofon-wire-aliases"
        not in schemas(view)["AgreementJurSubmitRequest"]["properties"]["correspondent_account"]
    )
    names = [name for schema in schemas(view).values() for name in (schema.get("properties") or {})]
    assert all(name.isascii() for name in names)


def test_an_alias_without_its_ascii_property_creates_it_and_keeps_it_required() -> None:
    document = spec()
    schemas(document)["Only"] = {
        "type": "object",
        "required": [CYRILLIC],
        "properties": {
            CYRILLIC: {
                "type": "string",
                "description": "account",
                "x-plusofon-alias-of": "correspondent_account",
                "x-plusofon-personal-data": True,
            }
        },
    }
    only = schemas(for_generator(document))["Only"]
    assert only["required"] == ["correspondent_account"]
    assert only["properties"] == {
        "correspondent_account": {
            "type": "string",
            "description": "account",
            "x-plusofon-personal-data": True,
            "x-plusofon-wire-aliases": [CYRILLIC],
        }
    }


def test_money_and_datetime_markers_reach_the_properties() -> None:
    view = schemas(for_generator(spec()))
    assert view["NumberItem"]["properties"]["buy_price"]["x-plusofon-money"] == "integer"
    assert (
        view["NumberSearchItem"]["properties"]["buy_price"]["x-plusofon-money"] == "decimal-string"
    )
    assert view["NumberSmsPacket"]["properties"]["price"]["x-plusofon-money"] == "decimal-string"
    reserved = view["NumberReservedItem"]["properties"]["reserved_untill"]
    assert reserved["x-plusofon-datetime-format"] == "%Y-%m-%d %H:%M:%S"
    assert view["PlusofonDateTime"]["format"] == "date-time"


def test_number_type_filter_becomes_the_integer_enum_sent_as_a_string() -> None:
    view = schemas(for_generator(spec()))
    assert "NumberSearchNumberTypeFilter" not in view
    number_type = view["NumberSearchRequest"]["properties"]["number_type"]
    assert number_type["$ref"] == "#/components/schemas/NumberSearchNumberType"
    assert number_type["x-plusofon-wire-type"] == "string"


def test_a_filter_that_no_longer_matches_its_integer_enum_fails_the_generation() -> None:
    document = spec()
    schemas(document)["NumberSearchNumberTypeFilter"]["enum"].append("6")
    with pytest.raises(SpecViewError, match="no longer the string form"):
        for_generator(document)


def test_a_money_marker_where_the_templates_cannot_see_it_fails_the_generation() -> None:
    document = spec()
    schemas(document)["Prices"] = {
        "type": "object",
        "properties": {
            "prices": {"type": "array", "items": {"$ref": "#/components/schemas/MoneyString"}}
        },
    }
    with pytest.raises(SpecViewError, match="Prices/properties/prices/items: x-plusofon-money"):
        for_generator(document)


def test_a_body_property_named_like_a_parameter_fails_the_generation() -> None:
    document = spec()
    schemas(document)["NumberListRequest"]["properties"]["page"] = {"type": "integer"}
    with pytest.raises(SpecViewError, match=r"list_numbers: .* clash: page"):
        for_generator(document)


def test_view_errors_are_spec_errors_that_make_generate_report_them() -> None:
    assert issubclass(SpecViewError, SpecError)


def test_a_marked_property_taken_in_through_all_of_fails_the_generation() -> None:
    document = spec()
    schemas(document)["PageMeta"]["properties"]["fee"] = {
        "$ref": "#/components/schemas/MoneyInteger"
    }
    with pytest.raises(SpecViewError, match="PageMeta has fee with x-plusofon-money"):
        for_generator(document)


def test_a_header_parameter_fails_the_generation() -> None:
    document = spec()
    operation = document["paths"]["/api/v1/number"]["get"]
    operation["parameters"].append(
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
    )
    with pytest.raises(SpecViewError, match="not header parameter 'X-Trace'"):
        for_generator(document)


def test_an_operation_without_one_success_response_fails_the_generation() -> None:
    document = spec()
    responses = document["paths"]["/api/v1/number/buy"]["post"]["responses"]
    responses["202"] = responses["200"]
    with pytest.raises(SpecViewError, match=r"buy_numbers: .* this operation has 2"):
        for_generator(document)


def test_an_unknown_money_form_fails_the_generation() -> None:
    document = spec()
    schemas(document)["MoneyString"]["x-plusofon-money"] = "float"
    with pytest.raises(SpecViewError, match="x-plusofon-money is 'float'"):
        for_generator(document)
