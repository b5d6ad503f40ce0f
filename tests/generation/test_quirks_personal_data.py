"""Personal data (`x-plusofon-personal-data: true`) never shows in a model's repr.

The value itself is untouched: only `repr()` (and so logs, tracebacks, debugger views) shows
'***' in its place.
"""

from __future__ import annotations

from io import BytesIO

import attrs
import pytest

import plusofon_client.models
from plusofon_client._wire import mask_personal_data
from plusofon_client.models import (
    AgreementIpResponse,
    AgreementIpSubmitRequest,
    AgreementJurResponse,
)
from plusofon_client.types import UNSET, File
from tests.spec_document import response_example, spec

PERSONAL = "x-plusofon-personal-data"
ALIAS = "x-plusofon-alias-of"


def personal_fields() -> list[tuple[str, str]]:
    """(schema, property) for every personal-data property of a component schema."""
    found = []
    for schema_name, schema in spec()["components"]["schemas"].items():
        for name, prop in (schema.get("properties") or {}).items():
            if prop.get(PERSONAL):
                found.append((schema_name, prop.get(ALIAS, name)))
    return sorted(set(found))


def test_the_spec_marks_personal_data() -> None:
    names = {name for _, name in personal_fields()}
    assert {"birthday", "passport_number", "inn", "correspondent_account", "file_passport"} <= names
    assert len(personal_fields()) > 50


@pytest.mark.parametrize(("schema", "name"), personal_fields())
def test_every_personal_field_is_masked_in_repr(schema: str, name: str) -> None:
    model = getattr(plusofon_client.models, schema)
    field = attrs.fields_dict(model)[name]
    assert field.repr is mask_personal_data


def test_other_fields_are_shown() -> None:
    fields = attrs.fields_dict(AgreementIpSubmitRequest)
    assert fields["first_name"].repr is mask_personal_data
    assert fields["agree_to_the_terms"].repr is True


def test_one_list_drives_repr_and_redaction() -> None:
    """The generated list is exactly the marked fields (alias spellings included)."""
    from plusofon._logging import is_personal_key
    from plusofon_client._personal_data import PERSONAL_FIELDS

    wire_names = {
        name
        for schema in spec()["components"]["schemas"].values()
        for name, prop in (schema.get("properties") or {}).items()
        if prop.get(PERSONAL)
    }
    assert wire_names <= PERSONAL_FIELDS
    expected = {"first_name", "email", "phone", "passport_number", "inn", "ogrn", "kpp", "bik"}
    assert expected | {"bank", "birthday", "billing_address_street", "payment_account"} <= (
        PERSONAL_FIELDS
    )
    assert all(is_personal_key(name) for name in PERSONAL_FIELDS)
    for schema_name, name in personal_fields():
        field = attrs.fields_dict(getattr(plusofon_client.models, schema_name))[name]
        assert field.repr is mask_personal_data, (schema_name, name)


def test_unknown_extra_fields_show_how_many_only() -> None:
    # Their names are server text too: a key may be a phone number, or the token echoed back.
    parsed = AgreementJurResponse.from_dict(
        {"agreement": {"inn": "7701", "director_passport": "4510 123456"}, "surprise": "Secret-X"}
    )
    text = repr(parsed)
    assert "Secret-X" not in text and "4510 123456" not in text
    assert "surprise" not in text and "director_passport" not in text
    assert "<1 field not in the spec>" in text
    assert parsed.additional_properties["surprise"] == "Secret-X"


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/v1/agreement/ip", AgreementIpResponse),
        ("/api/v1/agreement/jur", AgreementJurResponse),
    ],
)
def test_repr_of_saved_agreement_hides_the_values_but_keeps_them(
    path: str, model: type[AgreementIpResponse] | type[AgreementJurResponse]
) -> None:
    example = response_example(path)["agreement"]
    parsed = model.from_dict(response_example(path)).agreement
    text = repr(parsed)

    for secret in ("40705810935050152927", "80211890480601000625", "Первая", "'123456'"):
        assert secret not in text
    assert "inn='***'" in text
    assert "correspondent_account='***'" in text
    assert "bank='***'" in text and "СБЕРБАНК" not in text
    assert "agree_to_the_terms=" in text and "agree_to_the_terms='***'" not in text
    assert parsed.inn == example["inn"]
    assert parsed.payment_account == example["payment_account"]


def test_repr_of_a_request_with_scans_hides_them() -> None:
    content = spec()["paths"]["/api/v1/agreement/ip"]["post"]["requestBody"]["content"]
    example = next(iter(content["multipart/form-data"]["examples"].values()))["value"]
    scans = {n: b"JPEG" for n in ("file_passport", "file_registration", "file_selfie")}
    body = AgreementIpSubmitRequest.from_dict({**example, **scans})
    body.file_passport = File(payload=BytesIO(b"JPEG"), file_name="passport-of-ivanov.jpg")

    text = repr(body)

    personal = (
        "passport_number",
        "birthday",
        "issue",
        "inn",
        "payment_account",
        "billing_address_street",
    )
    for name in personal:
        assert f"{name}='***'" in text
        assert repr(str(example[name])) not in text
    assert "passport-of-ivanov" not in text
    assert "file_passport='***'" in text
    assert "first_name='***'" in text
    assert repr(example["first_name"]) not in text
    assert body.passport_number == example["passport_number"]
    without_city = {k: v for k, v in example.items() if k != "billing_address_city"}
    assert "billing_address_city=UNSET" in repr(
        AgreementIpSubmitRequest.from_dict({**without_city, **scans})
    )


def test_mask() -> None:
    assert mask_personal_data("x") == "'***'"
    assert mask_personal_data("") == "'***'"
    assert mask_personal_data(UNSET) == "UNSET"
    assert mask_personal_data(None) == "None"
