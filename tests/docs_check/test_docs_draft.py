"""`make docs-draft`: YAML for the operations the spec lacks, valid OpenAPI once pasted."""

# The pages are Russian: Cyrillic letters in this module are meant, not look-alikes.
# ruff: noqa: RUF001

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.docs_check.draft import guess_operation_id, main
from generator.spec_check import validation_errors
from generator.spec_document import load_spec, parse_yaml
from tests.fixtures.docs.own_pages import (
    DRAFT_PAGE,
    NEW_LAYOUT,
    OLD_LAYOUT,
    OWN_DIR,
    OWN_SPEC,
    own_text,
)
from tests.fixtures.docs.pages import edit
from tests.spec_document import SPEC_PATH


def run_draft(
    capsys: pytest.CaptureFixture[str], spec: Path, *pages: Path
) -> tuple[int, dict[str, Any], str]:
    """Run docs-draft; return its exit code, the parsed YAML it printed and stderr."""
    code = main(["--spec", str(spec), *map(str, pages)])
    out, err = capsys.readouterr()
    return code, parse_yaml(out) if out else {}, err


def spec_without(tmp_path: Path, *paths: str) -> Path:
    """A copy of our own spec with some paths taken out."""
    document = load_spec(OWN_SPEC)
    for path in paths:
        del document["paths"][path]
    target = tmp_path / "spec.yaml"
    target.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return target


def own_pages() -> list[Path]:
    """Our own two pages."""
    return [OWN_DIR / f"{OLD_LAYOUT}.txt", OWN_DIR / f"{NEW_LAYOUT}.txt"]


def test_nothing_missing_gives_empty_paths(capsys: pytest.CaptureFixture[str]) -> None:
    code, document, err = run_draft(capsys, OWN_SPEC, *own_pages())
    assert (code, document) == (0, {"paths": {}})
    assert err == "docs-draft: 0 operation(s) missing in spec.yaml drafted\n"


def test_draft_of_a_2023_page_operation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = spec_without(tmp_path, "/api/v1/widget/save")
    code, document, _ = run_draft(capsys, spec, *own_pages())
    assert code == 0
    operation = document["paths"]["/api/v1/widget/save"]["post"]
    assert operation["operationId"] == "create_widget_save"
    assert operation["description"] == "Метод сохраняет новый виджет."
    assert operation["tags"] == ["widget"]
    body = operation["requestBody"]["content"]["application/json"]
    assert body["schema"] == {
        "type": "object",
        "required": ["title"],
        "properties": {
            "title": {"type": "string", "description": "подпись виджета"},
            "size": {"type": "integer", "description": "высота в точках"},
            "level": {
                "type": "integer",
                "enum": [1, 2],
                "x-enum-descriptions": ["только чтение", "чтение и запись"],
                "description": "уровень доступа. Значения: 1 — только чтение; 2 — чтение и запись.",
            },
        },
    }
    assert operation["requestBody"]["required"] is True
    assert body["example"] == {"title": "часы", "size": 120, "level": 1}
    responses = operation["responses"]
    assert set(responses) == {"200", "400"}
    ok = responses["200"]["content"]["application/json"]
    assert ok["examples"] == {
        "vidzhet_sohranen": {"summary": "Виджет сохранён", "value": {"success": True, "id": 8}}
    }
    assert ok["schema"] == {
        "type": "object",
        "properties": {"success": {"type": "boolean"}, "id": {"type": "integer"}},
    }
    error = responses["400"]["content"]["application/json"]["examples"]
    assert error["podpis_ne_ukazana"]["summary"] == "Подпись не указана"


def test_draft_of_newer_page_operations_with_a_get_body(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec = spec_without(tmp_path, "/api/v1/gadget/list", "/api/v1/gadget/send")
    _, document, _ = run_draft(capsys, spec, *own_pages())
    assert list(document["paths"]) == ["/api/v1/gadget/list", "/api/v1/gadget/send"]
    listing = document["paths"]["/api/v1/gadget/list"]["get"]
    # `page` is in the sample's URL: a query parameter; the rest is the GET's JSON body.
    assert listing["parameters"] == [
        {
            "name": "page",
            "in": "query",
            "description": "номер страницы",
            "schema": {"type": "integer"},
        }
    ]
    properties = listing["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert properties["tier"]["enum"] == ["basic", "pro"]
    # Known only from the «возможные варианты» block: typed by its values, with their labels.
    assert properties["color"] == {
        "type": "string",
        "enum": ["red", "blue"],
        "x-enum-descriptions": ["«красный»", "«синий»"],
        "description": "Значения: red — «красный»; blue — «синий».",
    }
    assert listing["requestBody"]["content"]["application/json"]["example"] == {
        "tier": "basic",
        "color": "red",
    }


def test_every_value_with_or_without_its_description_line_and_the_method_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, document, _ = run_draft(capsys, OWN_SPEC, OWN_DIR / f"{DRAFT_PAGE}.txt")
    assert code == 0
    notify = document["paths"]["/api/v1/parcel/notify"]["post"]
    # The sentence on the line before the METHOD line describes the operation.
    assert notify["description"] == "Метод позволяет отправить уведомление о посылке."
    properties = notify["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert properties["dlr_level"]["enum"] == [1, 2, 3]
    assert properties["dlr_level"]["x-enum-descriptions"] == [
        "отчёт от ближайшего узла связи",
        "отчёт от устройства получателя",
        "оба отчёта сразу",
    ]
    # A value without a description line keeps its place, with an empty description.
    assert properties["channel"]["enum"] == ["sms", "push", "mail"]
    assert properties["channel"]["x-enum-descriptions"] == [
        "короткое сообщение",
        "",
        "Письмо на адрес из профиля",
    ]
    # The next operation's sentence ends this operation's block: it belongs to the next one.
    listing = document["paths"]["/api/v1/parcel/notify/{number_id}"]["get"]
    assert listing["description"] == "Метод возвращает последние уведомления номера."
    assert list(notify["responses"]) == ["200"]


def test_draft_of_the_values_page_passes_spec_check_once_pasted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, document, _ = run_draft(capsys, SPEC_PATH, OWN_DIR / f"{DRAFT_PAGE}.txt")
    spec = copy.deepcopy(load_spec(SPEC_PATH))
    spec["tags"].append({"name": "parcel"})
    spec["paths"].update(document["paths"])
    # As make spec-check sees it: x-enum-descriptions a list aligned with enum, and the rest.
    assert validation_errors(spec) == []


def test_path_parameter_and_curl_only_parameter(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = edit(own_text(OLD_LAYOUT), "Path\nwidget_id\ninteger\nномер виджета\n", "")
    text = edit(text, '-H "Accept: application/json"\n{', '-d \'{"pin":"1234"}\'\n{')
    text = edit(
        text,
        '"https://api.example.test/api/v1/widget/8" \\\n',
        '"https://api.example.test/api/v1/widget/8" \\\n-H "Accept: application/json" \\\n',
    )
    page = tmp_path / "widget.txt"
    page.write_text(text, encoding="utf-8")
    spec = spec_without(tmp_path, "/api/v1/widget/{widget_id}")
    _, document, _ = run_draft(capsys, spec, page)
    operation = document["paths"]["/api/v1/widget/{widget_id}"]["delete"]
    # The page has no row for the path's `{widget_id}`: declared all the same (valid OpenAPI).
    assert operation["parameters"] == [
        {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    body = operation["requestBody"]["content"]["application/json"]
    assert body["schema"]["properties"] == {"pin": {"type": "string", "x-plusofon-curl-only": True}}


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "api/v1/number/reserve/{reserve_number_id}", "get_number_reserve"),
        ("POST", "api/v1/sms/send", "create_sms_send"),
        ("DELETE", "api/v1/flash-call/{id}", "delete_flash_call"),
        ("PUT", "/api/v1/customer/tfa", "update_customer_tfa"),
    ],
)
def test_operation_id_is_guessed_from_the_path(method: str, path: str, expected: str) -> None:
    assert guess_operation_id(method, path) == expected


def test_draft_pasted_into_a_copy_of_the_real_spec_is_valid_openapi(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()
    code, document, err = run_draft(capsys, SPEC_PATH, *own_pages())
    assert code == 0
    assert err == "docs-draft: 5 operation(s) missing in plusofon.yaml drafted\n"
    spec = copy.deepcopy(load_spec(SPEC_PATH))
    spec["tags"] += [{"name": "widget"}, {"name": "gadget"}]
    spec["paths"].update(document["paths"])
    assert validation_errors(spec) == []
    # docs-draft never writes the spec.
    assert hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest() == before


def test_pasted_draft_leaves_docs_check_nothing_but_details(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from generator.docs_check.cli import main as docs_check

    spec = spec_without(tmp_path, "/api/v1/widget/save", "/api/v1/gadget/list")
    _, document, _ = run_draft(capsys, spec, *own_pages())
    pasted = load_spec(spec)
    pasted["paths"].update(document["paths"])
    spec.write_text(yaml.safe_dump(pasted, allow_unicode=True), encoding="utf-8")
    waivers = tmp_path / "none.yaml"
    waivers.write_text("[]\n", encoding="utf-8")
    code = docs_check(["--spec", str(spec), "--waivers", str(waivers), *map(str, own_pages())])
    out, _ = capsys.readouterr()
    # The pasted operations match their pages; what is left is the spec's own extra `page`.
    assert [line for line in out.splitlines()[1:] if "not covered" not in line] == [
        "parameter-extra-in-spec GET /api/v1/widget page: "
        "the spec has this query parameter, the docs do not show it"
    ]
    assert code == 1


def test_bad_page_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["--spec", str(OWN_SPEC), str(empty)])
    out, err = capsys.readouterr()
    assert (code, out, err) == (2, "", f"docs-draft: {empty}: the file is empty\n")


@pytest.mark.real_pages
def test_draft_from_the_real_pages_fills_the_gap_it_was_made_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from generator.docs_check.cli import main as docs_check
    from tests.fixtures.docs.pages import DOCS_DIR, PAGE_NAMES

    pages = [DOCS_DIR / f"{name}.txt" for name in PAGE_NAMES]
    spec = load_spec(SPEC_PATH)
    removed = {
        "/api/v1/number/search": spec["paths"].pop("/api/v1/number/search"),
        "/api/v1/customer/tfa": spec["paths"].pop("/api/v1/customer/tfa"),
    }
    partial = tmp_path / "spec.yaml"
    partial.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    code, document, _ = run_draft(capsys, partial, *pages)
    assert code == 0
    assert {p: sorted(item) for p, item in document["paths"].items()} == {
        "/api/v1/customer/tfa": ["delete", "get", "put"],
        "/api/v1/number/search": ["get"],
    }
    # A GET with a JSON body: the filters go into requestBody, as the samples send them.
    search = document["paths"]["/api/v1/number/search"]["get"]
    assert search["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert set(removed["/api/v1/number/search"]) == {"get"}
    spec["paths"].update(document["paths"])
    assert validation_errors(spec) == []
    partial.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    docs_check(["--spec", str(partial), *map(str, pages)])
    out, _ = capsys.readouterr()
    assert "operation-missing-in-spec" not in out
