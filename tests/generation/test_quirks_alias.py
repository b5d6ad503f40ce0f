"""Quirk 1: the key `correspondent_account` arrives with a Cyrillic first letter (U+0441).

The client reads either spelling into the ASCII attribute `correspondent_account`, sends both
spellings where the spec has the alias, and no Python identifier anywhere is non-ASCII.
"""

from __future__ import annotations

import ast
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest

from plusofon_client.models import (
    AgreementIpData,
    AgreementIpResponse,
    AgreementIpSaveRequest,
    AgreementIpSubmitRequest,
    AgreementJurResponse,
    AgreementJurSaveRequest,
    AgreementJurSubmitRequest,
)
from plusofon_client.types import File
from tests.spec_document import request_example, response_example

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = "\u0441orrespondent_account"
LATIN = "correspondent_account"
ACCOUNT = "80211890480601000625"


def with_key(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """A copy of the `agreement` answer with the account under another key."""
    agreement = dict(data["agreement"])
    agreement[new] = agreement.pop(old)
    return {**data, "agreement": agreement}


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/v1/agreement/jur", AgreementJurResponse),
        ("/api/v1/agreement/ip", AgreementIpResponse),
    ],
)
def test_get_answer_with_the_cyrillic_key_fills_correspondent_account(
    path: str, model: type[AgreementJurResponse] | type[AgreementIpResponse]
) -> None:
    example = response_example(path)
    assert CYRILLIC in example["agreement"], "the spec's example shows the Cyrillic key"

    parsed = model.from_dict(example)

    assert parsed.agreement.correspondent_account == ACCOUNT
    assert CYRILLIC not in parsed.agreement.additional_properties


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/v1/agreement/jur", AgreementJurResponse),
        ("/api/v1/agreement/ip", AgreementIpResponse),
    ],
)
def test_get_answer_with_the_latin_key_fills_correspondent_account(
    path: str, model: type[AgreementJurResponse] | type[AgreementIpResponse]
) -> None:
    parsed = model.from_dict(with_key(response_example(path), CYRILLIC, LATIN))
    assert parsed.agreement.correspondent_account == ACCOUNT
    assert parsed.agreement.additional_properties == {}


def test_latin_key_wins_when_both_are_sent() -> None:
    parsed = AgreementIpData.from_dict({LATIN: "latin", CYRILLIC: "cyrillic"})
    assert parsed.correspondent_account == "latin"
    assert parsed.additional_properties == {}


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/v1/agreement/jur-save", AgreementJurSaveRequest),
        ("/api/v1/agreement/ip-save", AgreementIpSaveRequest),
    ],
)
def test_save_request_bodies_carry_both_spellings(
    path: str,
    model: type[AgreementJurSaveRequest] | type[AgreementIpSaveRequest],
) -> None:
    example = request_example(path, "application/json")
    assert CYRILLIC not in example  # the spec's sample sends the Latin key only
    body = model.from_dict(example)

    sent = body.to_dict()

    assert sent[LATIN] == sent[CYRILLIC] == ACCOUNT
    assert {k: v for k, v in sent.items() if k != CYRILLIC} == example


def test_save_request_built_in_python_carries_both_spellings() -> None:
    assert AgreementIpSaveRequest(correspondent_account="301").to_dict() == {
        LATIN: "301",
        CYRILLIC: "301",
    }
    assert AgreementJurSaveRequest().to_dict() == {}


def submit_ip_body(**changes: Any) -> AgreementIpSubmitRequest:
    example = request_example("/api/v1/agreement/ip", "multipart/form-data")
    files = {
        name: example[name].encode()
        for name in ("file_passport", "file_registration", "file_selfie")
    }
    return AgreementIpSubmitRequest.from_dict({**example, **files, **changes})


def multipart_fields(files: Any) -> dict[str, bytes]:
    """Encode the parts as httpx sends them and read back the text fields."""
    request = httpx.Request("POST", "https://example.test/", files=files)
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    fields: dict[str, bytes] = {}
    for part in request.read().split(b"--" + boundary)[1:-1]:
        head, _, value = part.partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        fields.setdefault(name, value.removesuffix(b"\r\n"))
    return fields


def test_post_ip_multipart_carries_both_spellings() -> None:
    body = submit_ip_body()

    parts = {name: value for name, value in body.to_multipart()}
    fields = multipart_fields(body.to_multipart())

    assert parts[LATIN] == parts[CYRILLIC] == (None, ACCOUNT.encode(), "text/plain")
    assert fields[LATIN] == fields[CYRILLIC] == ACCOUNT.encode()


def test_post_ip_multipart_without_the_account_sends_neither_spelling() -> None:
    example = request_example("/api/v1/agreement/ip", "multipart/form-data")
    del example[LATIN]
    files = {n: b"x" for n in ("file_passport", "file_registration", "file_selfie")}
    names = [
        name for name, _ in AgreementIpSubmitRequest.from_dict({**example, **files}).to_multipart()
    ]
    assert LATIN not in names
    assert CYRILLIC not in names


def test_post_jur_has_no_alias_in_the_spec_and_sends_the_latin_key_only() -> None:
    example = request_example("/api/v1/agreement/jur", "multipart/form-data")
    for name in ("file_organization", "file_authority", "file_ogrn", "file_inn"):
        example[name] = File(payload=BytesIO(b"scan"), file_name=f"{name}.pdf")
    body = AgreementJurSubmitRequest(**example)
    names = [name for name, _ in body.to_multipart()]
    assert names.count(LATIN) == 1
    assert CYRILLIC not in names


# --- no homoglyph in any Python name ---------------------------------------------------------


def identifiers(tree: ast.AST) -> list[tuple[int, str]]:
    """Every name the code defines or uses: variables, attributes, arguments, keywords, imports."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        names: list[str | None] = []
        if isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
        elif isinstance(node, ast.arg | ast.keyword):
            names.append(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.alias):
            names += [node.name, node.asname]
        elif isinstance(node, ast.Global | ast.Nonlocal):
            names += node.names
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar):
            names.append(node.name)
        elif isinstance(node, ast.MatchMapping):
            names.append(node.rest)
        elif isinstance(node, ast.MatchClass):
            names += node.kwd_attrs
        found += [(line, name) for name in names if name is not None]
    return found


def python_files() -> list[Path]:
    roots = [ROOT / "generated" / "plusofon_client", ROOT / "overrides" / "plusofon"]
    return sorted(p for root in roots for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_python_identifier_is_non_ascii() -> None:
    files = python_files()
    assert len(files) > 100
    bad = [
        f"{file.relative_to(ROOT)}:{line}: {name!r}"
        for file in files
        for line, name in identifiers(ast.parse(file.read_text("utf-8"), str(file)))
        if not name.isascii()
    ]
    assert bad == []


def test_the_cyrillic_spelling_lives_in_string_literals_only() -> None:
    literals = 0
    for file in python_files():
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and node.value == CYRILLIC:
                literals += 1
    assert literals > 0, "the generated models must name the Cyrillic key to read and write it"


def test_the_identifier_walk_sees_a_homoglyph() -> None:
    tree = ast.parse(f"class C:\n    {CYRILLIC}: str\nC().{CYRILLIC}\nf({CYRILLIC}=1)\n")
    assert [name for _, name in identifiers(tree) if not name.isascii()] == [CYRILLIC] * 3
