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
    assert fields["first_name"].repr is True
    assert fields["agree_to_the_terms"].repr is True


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
    assert "bank='СБЕРБАНК'" in text  # not personal data
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
    assert f"first_name={example['first_name']!r}" in text  # not personal data
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
