"""agreement group: statuses, save and read back, submission with files, PDF, upload, ESIA."""

# Russian text from the docs: Cyrillic look-alikes of Latin letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from plusofon_mock import MockApp

CYRILLIC = "\u0441orrespondent_account"

FIZ = {
    "first_name": "Иван",
    "last_name": "Иванов",
    "middle_name": "Иванович",
    "birthday": "1990-01-01",
    "passport_series": "1234",
    "passport_number": "123456",
    "issue": "УФМС РФ",
    "date_of_issue": "2000-01-01",
    "billing_address_street": "г Москва, ул Первая, д 1, кв 1",
    "shipping_address_street": "г Москва, ул Первая, д 1, кв 1",
    "agree_to_the_terms": True,
    "shipping_address_city": "Москва",
    "shipping_address_postalcode": "123456",
    "billing_address_city": "Москва",
    "billing_address_postalcode": "123456",
}
JUR = {
    "legal_form": "ООО",
    "name": "РОМАЖЕЧКА",
    "inn": "1234567890",
    "ogrn": "1234567890123",
    "kpp": "722491007",
    "bik": "014325249",
    "bank": "СБЕРБАНК",
    "payment_account": "40705810935050152927",
    "correspondent_account": "80211890480601000625",
    "last_name": "Иванов",
    "first_name": "Иван",
    "middle_name": "Иванович",
    "position": "Директор",
    "foundation_authority": "Приказ",
    "email": "user@mail.ru",
    "phone": "+79993332210",
    "billing_address_street": "г Москва, ул Первая, д 1, кв 1",
    "shipping_address_street": "г Москва, ул Первая, д 1, кв 1",
    "agree_to_the_terms": True,
    "shipping_address_city": "Москва",
    "shipping_address_postalcode": "123456",
    "billing_address_city": "Москва",
    "billing_address_postalcode": "123456",
    "legal_form_full": "Общество с ограниченной ответственностью",
}
IP = {
    **{k: v for k, v in FIZ.items()},
    "inn": "1234567890",
    "ogrn": "1234567890",
    "bik": "014325249",
    "bank": "СБЕРБАНК",
    "payment_account": "40705810935050152927",
    CYRILLIC: "80211890480601000625",
}
FIZ_FILES = ("file_passport", "file_registration", "file_selfie")
JUR_FILES = ("file_organization", "file_authority", "file_ogrn", "file_inn")


def form(data: dict[str, object]) -> dict[str, str]:
    """Turn JSON-like data into multipart text fields (booleans as "1")."""
    return {k: ("1" if v is True else str(v)) for k, v in data.items()}


def files(names: tuple[str, ...]) -> dict[str, tuple[str, bytes, str]]:
    return {name: (f"{name}.jpg", b"\xff\xd8 fake jpeg", "image/jpeg") for name in names}


async def get_json(client: httpx.AsyncClient, path: str) -> Any:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


async def test_statuses_and_initial_status(client: httpx.AsyncClient) -> None:
    assert await get_json(client, "/api/v1/agreement/statuses") == {
        "agreement_statuses": [
            {"status": "empty", "title": "Не отправлен"},
            {"status": "signed", "title": "Подписан"},
        ]
    }
    assert await get_json(client, "/api/v1/agreement/current-status") == {
        "status": "empty",
        "title": "Не отправлен",
        "name": None,
        "type": None,
        "success": True,
    }


async def test_expiration(client: httpx.AsyncClient) -> None:
    body = await get_json(client, "/api/v1/agreement/expiration")
    assert body["days"] == 14
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", body["expiration"])


@pytest.mark.parametrize("kind", ["fiz", "jur", "ip"])
async def test_nothing_saved_is_the_docs_404(client: httpx.AsyncClient, kind: str) -> None:
    response = await client.get(f"/api/v1/agreement/{kind}")
    assert response.status_code == 404
    assert response.json() == {"error": "Fiz contract not found", "code": 404}


async def test_fiz_save_and_read_back(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/agreement/fiz-save", json=FIZ)
    assert response.status_code == 200 and response.json() == {"success": True}
    body = await get_json(client, "/api/v1/agreement/fiz")
    assert body == {
        "agreement": {**FIZ, "file_passport": None, "file_registration": None, "file_selfie": None}
    }
    assert list(body["agreement"])[:3] == ["first_name", "last_name", "middle_name"]


async def test_jur_save_answers_with_the_cyrillic_key(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/agreement/jur-save", json=JUR)
    assert response.status_code == 200
    agreement = (await get_json(client, "/api/v1/agreement/jur"))["agreement"]
    assert agreement[CYRILLIC] == "80211890480601000625"
    assert "correspondent_account" not in agreement
    assert agreement["legal_form_full"] == "Общество с ограниченной ответственностью"
    assert [agreement[f] for f in JUR_FILES] == [None] * 4


@pytest.mark.parametrize("spelling", ["correspondent_account", CYRILLIC])
async def test_ip_save_takes_either_spelling(client: httpx.AsyncClient, spelling: str) -> None:
    data = {k: v for k, v in IP.items() if k != CYRILLIC} | {spelling: "301"}
    assert (await client.post("/api/v1/agreement/ip-save", json=data)).status_code == 200
    agreement = (await get_json(client, "/api/v1/agreement/ip"))["agreement"]
    assert agreement[CYRILLIC] == "301"


async def test_both_spellings_are_checked(client: httpx.AsyncClient) -> None:
    body = {"correspondent_account": "301", CYRILLIC: 5}
    response = await client.post("/api/v1/agreement/jur-save", json=body)
    assert response.status_code == 400
    assert response.json() == {"message": f"{CYRILLIC}: must be a string", "code": 400}


async def test_save_merges_partial_data(client: httpx.AsyncClient) -> None:
    await client.post("/api/v1/agreement/fiz-save", json={"first_name": "Иван"})
    await client.post("/api/v1/agreement/fiz-save", json={"last_name": "Петров"})
    agreement = (await get_json(client, "/api/v1/agreement/fiz"))["agreement"]
    assert (agreement["first_name"], agreement["last_name"]) == ("Иван", "Петров")
    assert agreement["agree_to_the_terms"] is None and agreement["birthday"] is None


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ("fiz-save", "The selected agree to the terms is invalid."),
        ("jur-save", "The selected agree to the terms is invalid."),
        ("ip-save", "The selected agree to the terms is invalid"),
    ],
)
async def test_save_refuses_disagreement(
    client: httpx.AsyncClient, operation: str, message: str
) -> None:
    for value in (False, "yes", 1):
        response = await client.post(
            f"/api/v1/agreement/{operation}", json={"agree_to_the_terms": value}
        )
        assert response.status_code == 400
        assert response.json() == {"message": message, "code": 400}


async def test_save_checks_types_and_dates(client: httpx.AsyncClient) -> None:
    for body, field in [
        ({"first_name": 5}, "first_name"),
        ({"birthday": "quas"}, "birthday"),
        ({"birthday": "1990-02-30"}, "birthday"),
        ({"date_of_issue": "01.01.2000"}, "date_of_issue"),
    ]:
        response = await client.post("/api/v1/agreement/fiz-save", json=body)
        assert response.status_code == 400, body
        assert response.json()["message"].startswith(f"{field}: ")


async def test_download_before_submission_is_the_bare_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/agreement/download")
    assert response.status_code == 404
    assert response.json() == {"message": "File not ready for download"}


async def test_upload_before_submission_is_409(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/agreement/upload", files={"files[]": ("a.pdf", b"%PDF-")})
    assert response.status_code == 409
    assert response.json() == {"message": "File not ready for download", "code": 409}


async def test_fiz_submission_download_upload(app: MockApp, client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/agreement/fiz", data=form(FIZ), files=files(FIZ_FILES))
    assert response.status_code == 200, response.text
    assert response.json() == {"success": True}
    assert await get_json(client, "/api/v1/agreement/current-status") == {
        "status": "empty",
        "title": "Не отправлен",
        "name": "Plusofon2-1234",
        "type": "fiz",
        "success": True,
    }
    agreement = (await get_json(client, "/api/v1/agreement/fiz"))["agreement"]
    assert agreement["agree_to_the_terms"] is True
    assert agreement["file_selfie"] == "file_selfie.jpg"

    pdf = await client.get("/api/v1/agreement/download")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and pdf.content.rstrip().endswith(b"%%EOF")
    startxref = int(pdf.content.split(b"startxref\n")[1].split(b"\n")[0])
    assert pdf.content[startxref:].startswith(b"xref")

    signed = await client.post(
        "/api/v1/agreement/upload",
        files=[
            ("files[]", ("p1.pdf", b"%PDF-1", "application/pdf")),
            ("files[]", ("p2.pdf", b"x")),
        ],
    )
    assert signed.status_code == 200 and signed.json() == {"success": True}
    status = await get_json(client, "/api/v1/agreement/current-status")
    assert (status["status"], status["title"], status["type"]) == ("signed", "Подписан", "fiz")
    assert [f.filename for f in app.mock_state.agreement.signed_files] == ["p1.pdf", "p2.pdf"]
    again = await client.post("/api/v1/agreement/fiz", data=form(FIZ), files=files(FIZ_FILES))
    assert again.status_code == 409


async def test_jur_and_ip_submissions(client: httpx.AsyncClient) -> None:
    jur = await client.post("/api/v1/agreement/jur", data=form(JUR), files=files(JUR_FILES))
    assert jur.status_code == 200, jur.text
    assert (await get_json(client, "/api/v1/agreement/current-status"))["type"] == "jur"
    agreement = (await get_json(client, "/api/v1/agreement/jur"))["agreement"]
    assert agreement[CYRILLIC] == JUR["correspondent_account"]
    ip = await client.post("/api/v1/agreement/ip", data=form(IP), files=files(FIZ_FILES))
    assert ip.status_code == 200, ip.text
    assert (await get_json(client, "/api/v1/agreement/current-status"))["type"] == "ip"
    upload = await client.post("/api/v1/agreement/upload", files={"files[]": ("s.pdf", b"%PDF-")})
    assert upload.status_code == 200


async def test_submission_errors(client: httpx.AsyncClient) -> None:
    as_json = await client.post("/api/v1/agreement/fiz", json=FIZ)
    assert as_json.status_code == 400
    assert as_json.json()["message"].startswith("file_passport: ")
    file_as_text = await client.post("/api/v1/agreement/fiz", json=FIZ | {"file_passport": "dicta"})
    assert file_as_text.json()["message"].startswith("file_passport: must be a file")
    one_missing = await client.post(
        "/api/v1/agreement/jur", data=form(JUR), files=files(JUR_FILES[:3])
    )
    assert one_missing.json() == {
        "message": "file_inn: is required (a file part of multipart/form-data)",
        "code": 400,
    }
    no_name = await client.post(
        "/api/v1/agreement/jur",
        data=form({k: v for k, v in JUR.items() if k != "correspondent_account"}),
        files=files(JUR_FILES),
    )
    assert no_name.json() == {"message": "correspondent_account: is required", "code": 400}
    for value in ("0", "no", "maybe"):
        refused = await client.post(
            "/api/v1/agreement/ip",
            data=form(IP) | {"agree_to_the_terms": value},
            files=files(FIZ_FILES),
        )
        assert refused.status_code == 400
        assert refused.json() == {
            "message": "The selected agree to the terms is invalid",
            "code": 400,
        }
    for value in ("on", "yes", "true", "1"):
        accepted = await client.post(
            "/api/v1/agreement/ip",
            data=form(IP) | {"agree_to_the_terms": value},
            files=files(FIZ_FILES),
        )
        assert accepted.status_code == 200
    no_agree = await client.post(
        "/api/v1/agreement/fiz",
        data=form({k: v for k, v in FIZ.items() if k != "agree_to_the_terms"}),
        files=files(FIZ_FILES),
    )
    assert no_agree.json() == {"message": "agree_to_the_terms: is required", "code": 400}


async def test_repeated_text_fields_are_read_as_php_reads_them(client: httpx.AsyncClient) -> None:
    # PHP makes an array only of `name[]` fields (every documented field is a scalar) and keeps
    # the last of repeated fields without brackets.
    city = {k: v for k, v in form(FIZ).items() if k != "billing_address_city"}
    as_array = await client.post(
        "/api/v1/agreement/fiz",
        data=city | {"billing_address_city[]": ["Москва", "Тверь"]},
        files=files(FIZ_FILES),
    )
    assert as_array.json() == {"message": "billing_address_city: must be a string", "code": 400}
    agree_array = await client.post(
        "/api/v1/agreement/fiz-save",
        data={"agree_to_the_terms[]": ["1", "1"]},
        files={"unused": ("u.txt", b"", "text/plain")},
    )
    assert agree_array.status_code == 400
    repeated = await client.post(
        "/api/v1/agreement/fiz",
        data=city | {"billing_address_city": ["Москва", "Тверь"]},
        files=files(FIZ_FILES),
    )
    assert repeated.status_code == 200, repeated.text
    agreement = (await get_json(client, "/api/v1/agreement/fiz"))["agreement"]
    assert agreement["billing_address_city"] == "Тверь"


async def test_upload_needs_file_parts(client: httpx.AsyncClient) -> None:
    await client.post("/api/v1/agreement/fiz", data=form(FIZ), files=files(FIZ_FILES))
    as_json = await client.post("/api/v1/agreement/upload", json={"files": []})
    assert as_json.status_code == 400
    assert as_json.json()["message"].startswith("files: must be file parts")
    empty = await client.post("/api/v1/agreement/upload", data={"other": "x"})
    assert empty.status_code == 409
    assert empty.json()["message"].startswith("No file to upload")
    no_body = await client.post("/api/v1/agreement/upload")
    assert no_body.json() == {"message": "body: is required", "code": 400}
    no_parts = await client.post(
        "/api/v1/agreement/upload",
        content=b"--b--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert no_parts.status_code == 409


async def test_upload_reads_parts_as_php_does(app: MockApp, client: httpx.AsyncClient) -> None:
    await client.post("/api/v1/agreement/fiz", data=form(FIZ), files=files(FIZ_FILES))
    pages = [("p1.pdf", b"%PDF-1"), ("p2.pdf", b"%PDF-2")]
    signed = app.mock_state.agreement.signed_files
    # Repeated `files` without brackets: PHP keeps only the last part, one file, not the
    # documented array; the mock refuses it rather than lose the first file silently.
    plain = await client.post("/api/v1/agreement/upload", files=[("files", p) for p in pages])
    assert plain.json() == {
        "message": "files: must be an array of files: name each part `files[]`",
        "code": 400,
    }
    # openapi-generator's PHP client sends `files[][0]`, `files[][1]`: PHP nests an array in
    # each item.
    nested = await client.post(
        "/api/v1/agreement/upload", files=[(f"files[][{i}]", p) for i, p in enumerate(pages)]
    )
    assert nested.json() == {
        "message": "files.0: must be a file, not an array (a part name such as `files[][0]`)",
        "code": 400,
    }
    assert signed == []
    # `files[]` parts, or `files[0]`, `files[1]`: PHP builds the array `files` of both.
    for names in (["files[]", "files[]"], ["files[0]", "files[1]"]):
        signed.clear()
        both = await client.post(
            "/api/v1/agreement/upload", files=list(zip(names, pages, strict=True))
        )
        assert both.status_code == 200, both.text
        assert [f.filename for f in signed] == ["p1.pdf", "p2.pdf"]
    pdf = await client.get("/api/v1/agreement/download")
    assert b"Signed files: p1.pdf, p2.pdf" in pdf.content


async def test_an_empty_file_input_is_no_file(client: httpx.AsyncClient) -> None:
    await client.post("/api/v1/agreement/fiz", data=form(FIZ), files=files(FIZ_FILES))
    # A browser's empty file input (filename="") is UPLOAD_ERR_NO_FILE; Laravel drops it.
    empty = await client.post(
        "/api/v1/agreement/upload",
        content=b'--b\r\nContent-Disposition: form-data; name="files[]"; filename=""\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\r\n--b--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert empty.status_code == 409
    assert empty.json()["message"].startswith("No file to upload")
    scan: dict[str, tuple[str, bytes, str]] = files(FIZ_FILES)
    scan["file_selfie[]"] = ("selfie.jpg", b"\xff\xd8", "image/jpeg")
    del scan["file_selfie"]
    as_array = await client.post("/api/v1/agreement/fiz", data=form(FIZ), files=scan)
    assert as_array.json() == {
        "message": "file_selfie: must be one file part, not an array of them",
        "code": 400,
    }


async def test_esia_and_send_on_sign(client: httpx.AsyncClient) -> None:
    first = await get_json(client, "/api/v1/agreement/esia")
    second = await get_json(client, "/api/v1/agreement/esia")
    pattern = r"https://e-info\.plusofon\.ru/userauth\?client_id=10553&requestMd5=[0-9a-f]{32}"
    assert re.fullmatch(pattern, first["url"]) and first["success"] is True
    assert first["url"] != second["url"]
    assert await get_json(client, "/api/v1/agreement/send-on-sign") == {"success": True}
