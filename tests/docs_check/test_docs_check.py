"""`python -m generator.docs_check`: edited copies of the real pages against the real spec."""

# The pages are Russian: Cyrillic letters in this module are meant, not look-alikes.
# ruff: noqa: RUF001

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from generator.docs_check import cli as docs_check
from generator.docs_check.cli import main
from generator.docs_check.compare import compare
from generator.docs_check.parser import parse_page
from generator.docs_check.spec_index import SpecIndex, load_spec_index
from generator.spec_document import load_yaml
from tests.fixtures.docs.pages import (
    PAGE_NAMES,
    REPO_ROOT,
    cut,
    edit,
    page_text,
    quote_names,
    reformatted,
    with_enum_intros,
    without_header,
)
from tests.fixtures.docs.run import DocsCheckRun as Run

pytestmark = pytest.mark.real_pages  # our own pages: tests/docs_check/test_docs_own_pages.py

REAL_WAIVERS = REPO_ROOT / "spec" / "docs-waivers.yaml"
BUSINESS = "business\n— многоканальный, номер для использования в логике АТС"
PERSONAL = "personal\n— одноканальный, номер для персонального использования одним пользователем"


@cache
def _cached_spec(path: Path, mtime_ns: int) -> SpecIndex:
    """Load a spec once per test session (the CLI loads it once per run anyway)."""
    return load_spec_index(path)


@pytest.fixture
def real_pages_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Check:
    """Run docs-check on the four real pages, some of them replaced by edited text."""

    def load(path: Path) -> SpecIndex:
        return (
            _cached_spec(path, path.stat().st_mtime_ns) if path.is_file() else load_spec_index(path)
        )

    monkeypatch.setattr(docs_check, "load_spec_index", load)
    return Check(tmp_path, capsys)


class Check:
    """Writes page copies into a temporary directory and runs the CLI entry point on them."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Remember where to write and how to capture."""
        self.tmp_path = tmp_path
        self.capsys = capsys

    def __call__(self, *args: str, **pages: str) -> Run:
        """Run with the real pages, where `pages` maps a page name to its replacement text."""
        paths = []
        for name in PAGE_NAMES:
            path = self.tmp_path / f"{name}.txt"
            path.write_bytes(pages.get(name, page_text(name)).encode("utf-8"))
            paths.append(str(path))
        return self.run(*args, *paths)

    def run(self, *args: str) -> Run:
        """Run the CLI with exactly these arguments."""
        code = main(list(args))
        out, err = self.capsys.readouterr()
        return Run(code, out, err)


def test_real_pages_give_no_unwaived_difference(real_pages_check: Check) -> None:
    run = real_pages_check()
    assert run.lines[0] == (
        "docs version: agreement.txt 2023-02-13, customer.txt 2023-02-13, "
        "direction.txt 2023-02-13, number.txt 2023-02-13; spec info.x-docs-version 2023-02-13"
    )
    assert run.differences == []
    assert run.code == 0
    assert run.err == ""


def test_every_waiver_is_used_by_the_real_pages(real_pages_check: Check) -> None:
    run = real_pages_check()
    waivers = load_yaml(REAL_WAIVERS)
    assert len(run.waived) == len(waivers)


# --- operations ----------------------------------------------------------------------------


def test_new_page_version_is_pointed_out_without_failing(real_pages_check: Check) -> None:
    text = edit(page_text("customer"), "версия от 2023-02-13", "версия от 2024-05-06")
    run = real_pages_check(customer=text)
    assert run.lines[0] == (
        "docs version: agreement.txt 2023-02-13, customer.txt 2024-05-06, "
        "direction.txt 2023-02-13, number.txt 2023-02-13; spec info.x-docs-version 2023-02-13 "
        "(the pages are of another version)"
    )
    assert (run.code, run.differences) == (0, [])


def test_operation_added(real_pages_check: Check) -> None:
    added = (
        "\nGET\napi/v1/direction/stats\nМетод позволяет получить статистику.\nНе имеет параметров."
    )
    run = real_pages_check(direction=page_text("direction") + added)
    assert run.differences == [
        "operation-missing-in-spec GET /api/v1/direction/stats -: "
        "documented on direction.txt, not in the spec"
    ]
    assert run.code == 1


def test_operation_removed(real_pages_check: Check) -> None:
    text = cut(page_text("direction"), "DELETE\napi/v1/direction\n", "GET\napi/v1/directions\n")
    run = real_pages_check(direction=text)
    assert run.differences == [
        "operation-missing-in-docs DELETE /api/v1/direction -: "
        "in the spec (remove_directions), on none of the given pages"
    ]
    assert run.code == 1


def test_only_the_given_pages_groups_are_checked_for_missing_operations(
    real_pages_check: Check,
) -> None:
    (real_pages_check.tmp_path / "customer.txt").write_text(page_text("customer"), encoding="utf-8")
    run = real_pages_check.run(str(real_pages_check.tmp_path / "customer.txt"))
    assert (run.code, run.differences) == (0, [])


# --- parameters ----------------------------------------------------------------------------


def test_parameter_added(real_pages_check: Check) -> None:
    text = edit(
        page_text("number"),
        f"{PERSONAL}\ncurl -X POST",
        f"{PERSONAL}\ncomment\nstring\nкомментарий к покупке\ncurl -X POST",
    )
    run = real_pages_check(number=text)
    assert run.differences == [
        "parameter-missing-in-spec POST /api/v1/number/buy comment: the docs list it in body"
    ]


def test_parameter_removed_from_table_and_samples(real_pages_check: Check) -> None:
    text = edit(page_text("number"), "city_code\ninteger\nкод города i\n", "")
    text = edit(text, '"city_code":4,', "")
    text = edit(text, '"city_code": 4,\n', "", count=2)
    text = edit(text, "'city_code' => 4,\n", "")
    run = real_pages_check(number=text)
    assert run.differences == [
        "parameter-extra-in-spec GET /api/v1/number/search city_code: "
        "the spec has this body parameter, the docs do not show it"
    ]


def test_parameter_left_only_in_the_samples_becomes_curl_only(real_pages_check: Check) -> None:
    text = edit(page_text("number"), "city_code\ninteger\nкод города i\n", "")
    run = real_pages_check(number=text)
    assert run.differences == [
        "curl-only-flag GET /api/v1/number/search city_code: "
        "the docs show it only in the samples, the spec lacks x-plusofon-curl-only: true"
    ]


def test_parameter_renamed(real_pages_check: Check) -> None:
    text = edit(page_text("number"), "\nregion\ninteger\n", "\nregion_id\ninteger\n")
    text = edit(text, '"region"', '"region_id"', count=3)
    text = edit(text, "'region'", "'region_id'")
    run = real_pages_check(number=text)
    assert run.differences == [
        "parameter-missing-in-spec GET /api/v1/number/search region_id: the docs list it in body",
        "parameter-extra-in-spec GET /api/v1/number/search region: "
        "the spec has this body parameter, the docs do not show it",
    ]


def test_required_mark_dropped(real_pages_check: Check) -> None:
    text = edit(page_text("number"), "⁎ массив покупаемых номеров i", "массив покупаемых номеров i")
    run = real_pages_check(number=text)
    assert run.differences == [
        "required-flag POST /api/v1/number/buy numbers: "
        "the docs do not mark it ⁎ (optional), the spec requires it"
    ]


def test_required_mark_added(real_pages_check: Check) -> None:
    text = edit(
        page_text("customer"), "pin\nstringi\ncurl -X PUT", "pin\nstringi\n⁎ PIN-код\ncurl -X PUT"
    )
    run = real_pages_check(customer=text)
    assert run.differences == [
        "required-flag PUT /api/v1/customer/tfa pin: "
        "the docs mark it ⁎ (required), the spec has it optional"
    ]


def test_enum_value_added(real_pages_check: Check) -> None:
    text = edit(
        page_text("number"),
        '800\n— номер 8-800\ncurl -X GET \\\n-G "https://restapi.plusofon.ru/api/v1/number"',
        '800\n— номер 8-800\n900\n— номер 8-900\ncurl -X GET \\\n-G "https://restapi.plusofon.ru/api/v1/number"',
    )
    run = real_pages_check(number=text)
    assert run.differences == [
        "enum-values GET /api/v1/number phone_type: docs [abc, def, 800, 900], spec [abc, def, 800]"
    ]


def test_type_changed(real_pages_check: Check) -> None:
    text = edit(page_text("number"), "short\ninteger1\n", "short\nstring1\n")
    run = real_pages_check(number=text)
    assert run.differences == ["type POST /api/v1/number/reserve short: docs string, spec integer"]


def test_date_type_needs_format_date(real_pages_check: Check) -> None:
    text = edit(
        page_text("agreement"),
        "birthday\ndate / YYYY-MM-DD\nдата рождения\npassport_series",
        "birthday\nstring\nдата рождения\npassport_series",
        count=2,
    )
    run = real_pages_check(agreement=text)
    assert run.differences == [
        "type POST /api/v1/agreement/fiz-save birthday: docs string, spec string (format date)",
        "type POST /api/v1/agreement/ip-save birthday: docs string, spec string (format date)",
    ]


# --- responses and examples -----------------------------------------------------------------


def test_response_field_added(real_pages_check: Check) -> None:
    text = edit(
        page_text("customer"),
        "unread_sms\nколичество непрочитанных SMS\n",
        "unread_sms\nколичество непрочитанных SMS\nbalance\nбаланс лицевого счёта\n",
    )
    run = real_pages_check(customer=text)
    assert run.differences == [
        "response-field-missing-in-spec GET /api/v1/customer-info balance: "
        "the docs list it, no such property in the spec's responses"
    ]


def test_nested_response_field_added(real_pages_check: Check) -> None:
    text = edit(
        page_text("number"),
        "/ host\nадрес хоста интеграции\n",
        "/ host\nадрес хоста интеграции\n/ port\nпорт интеграции\n",
    )
    run = real_pages_check(number=text)
    assert run.differences == [
        "response-field-missing-in-spec GET /api/v1/number data.integration_following.port: "
        "the docs list it, no such property in the spec's responses"
    ]


def test_response_enum_value_added(real_pages_check: Check) -> None:
    text = edit(
        page_text("number"),
        f"— номер 8-800\nowner_type\n{BUSINESS}\n{PERSONAL}\nperiod_price",
        f"— номер 8-800\n900\n— номер 8-900\nowner_type\n{BUSINESS}\n{PERSONAL}\nperiod_price",
    )
    run = real_pages_check(number=text)
    assert run.differences == [
        "enum-values GET /api/v1/number data.phone_type: "
        "docs [abc, def, 800, 900], spec [abc, def, 800]"
    ]


def test_example_no_longer_valid(real_pages_check: Check) -> None:
    text = edit(page_text("customer"), '"unread_sms": 0,', '"unread_sms": "нет",')
    run = real_pages_check(customer=text)
    assert run.differences == [
        'example-invalid GET /api/v1/customer-info "Данные абонента": '
        "200: 'нет' is not of type 'integer' at unread_sms"
    ]


def test_error_example_is_checked_against_its_status(real_pages_check: Check) -> None:
    text = edit(
        page_text("agreement"),
        '"error": "Fiz contract not found",\n"code": 404\n}\nПользователь не найден:\n'
        '{\n"message": "User not found.",\n"code": 500\n}\nGET\napi/v1/agreement/jur\n',
        '"error": 404,\n"code": 404\n}\nПользователь не найден:\n'
        '{\n"message": "User not found.",\n"code": 500\n}\nGET\napi/v1/agreement/jur\n',
    )
    run = real_pages_check(agreement=text)
    assert run.differences == [
        'example-invalid GET /api/v1/agreement/fiz "Данные не найдены": '
        "404: 404 is not of type 'string' at error"
    ]


def test_example_that_does_not_parse(real_pages_check: Check) -> None:
    text = edit(page_text("customer"), '"tfa_active": true,', '"tfa_active": true,,')
    run = real_pages_check(customer=text)
    assert len(run.differences) == 1
    assert run.differences[0].startswith(
        'example-invalid GET /api/v1/customer/tfa "Получен текущий статус": '
        "the page's example does not parse: not valid JSON"
    )


# --- re-renderings report nothing -----------------------------------------------------------


def test_names_in_double_quotes(real_pages_check: Check) -> None:
    run = real_pages_check(**{name: quote_names(page_text(name)) for name in PAGE_NAMES})
    assert (run.code, run.differences) == (0, [])


def test_no_date_or_address_and_base_url_after_path(real_pages_check: Check) -> None:
    run = real_pages_check(**{name: without_header(page_text(name)) for name in PAGE_NAMES})
    assert run.lines[0] == (
        "docs version: agreement.txt (no date line), customer.txt (no date line), "
        "direction.txt (no date line), number.txt (no date line); "
        "spec info.x-docs-version 2023-02-13"
    )
    assert (run.code, run.differences) == (0, [])


def test_enum_lists_introduced_in_words(real_pages_check: Check) -> None:
    run = real_pages_check(**{name: with_enum_intros(page_text(name)) for name in PAGE_NAMES})
    assert (run.code, run.differences) == (0, [])


def test_formatting_only_change_reports_nothing(real_pages_check: Check) -> None:
    run = real_pages_check(**{name: reformatted(page_text(name)) for name in PAGE_NAMES})
    assert (run.code, run.differences) == (0, [])


# --- waivers ----------------------------------------------------------------------------------


def test_waived_difference_prints_with_reason_and_passes(
    real_pages_check: Check, tmp_path: Path
) -> None:
    waivers = tmp_path / "waivers.yaml"
    extra = (
        "- {kind: required-flag, method: POST, path: /api/v1/number/buy, name: numbers,"
        " reason: testing the waiver}\n"
    )
    waivers.write_text(REAL_WAIVERS.read_text(encoding="utf-8") + extra, encoding="utf-8")
    text = edit(page_text("number"), "⁎ массив покупаемых номеров i", "массив покупаемых номеров i")
    run = real_pages_check("--waivers", str(waivers), number=text)
    assert run.differences == []
    assert (
        "waived required-flag POST /api/v1/number/buy numbers: "
        "the docs do not mark it ⁎ (optional), the spec requires it (testing the waiver)"
    ) in run.waived
    assert run.code == 0


def test_stale_waiver_fails(real_pages_check: Check, tmp_path: Path) -> None:
    waivers = tmp_path / "waivers.yaml"
    extra = (
        "- {kind: type, method: GET, path: /api/v1/number, name: phone_type,"
        " reason: no longer true}\n"
    )
    waivers.write_text(REAL_WAIVERS.read_text(encoding="utf-8") + extra, encoding="utf-8")
    run = real_pages_check("--waivers", str(waivers))
    assert run.differences == [
        "stale-waiver type GET /api/v1/number phone_type: matches no difference (no longer true)"
    ]
    assert run.code == 1


def test_waivers_of_pages_not_given_are_not_stale(real_pages_check: Check) -> None:
    (real_pages_check.tmp_path / "direction.txt").write_text(
        page_text("direction"), encoding="utf-8"
    )
    run = real_pages_check.run(str(real_pages_check.tmp_path / "direction.txt"))
    assert (run.code, run.differences) == (0, [])


def test_a_bug_becomes_one_line_not_a_traceback(
    real_pages_check: Check, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> list[object]:
        raise KeyError("boom")

    monkeypatch.setattr(docs_check, "compare", broken)
    run = real_pages_check()
    assert (run.code, run.lines) == (2, [])
    assert run.err == "docs-check: internal error: KeyError: 'boom' (please report)\n"


def test_command_line_runs_without_traceback(tmp_path: Path) -> None:
    pages = [str(tmp_path / f"{name}.txt") for name in PAGE_NAMES]
    for name, path in zip(PAGE_NAMES, pages, strict=True):
        Path(path).write_text(page_text(name), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "generator.docs_check", *pages],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    # Speed is measured by `make bench`, not here.
    assert (done.returncode, done.stderr) == (0, "")
    bad = subprocess.run(
        [sys.executable, "-m", "generator.docs_check", str(tmp_path / "missing.txt")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (bad.returncode, bad.stdout) == (2, "")
    assert "Traceback" not in bad.stderr and bad.stderr.count("\n") == 1


# --- the comparison on a small spec (independent of the real one) ------------------------------

_TINY_PAGE = """версия от 2024-01-01
Группа.
Адрес: https://restapi.plusofon.ru
POST
api/v1/number/thing
Метод.
Body
file_scan
file
⁎ скан
сorrespondent_account
string
счёт
curl -X POST \\
"https://restapi.plusofon.ru/api/v1/number/thing" \\
-d '{"file_scan":"x","сorrespondent_account":"1","extra":7}'
В ответе может возвращаться:
success
признак
Готово:
{
"success": "yes"
}
"""


def _tiny_spec(body: dict[str, object]) -> SpecIndex:
    """A one-operation spec whose request body schema is `body`."""
    return SpecIndex(
        {
            "info": {"x-docs-version": "2023-02-13"},
            "paths": {
                "/api/v1/number/thing": {
                    "post": {
                        "requestBody": {"content": {"multipart/form-data": {"schema": body}}},
                        "responses": {
                            "200": {
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Ok"}
                                    }
                                }
                            }
                        },
                    }
                }
            },
            "components": {
                "schemas": {
                    "Ok": {"type": "object", "properties": {"success": {"type": "boolean"}}}
                }
            },
        }
    )


def test_comparison_on_a_small_spec() -> None:
    spec = _tiny_spec(
        {
            "type": "object",
            "required": ["file_scan"],
            "properties": {
                "file_scan": {"type": "string", "contentMediaType": "application/octet-stream"},
                "correspondent_account": {"type": "string"},
                "extra": {"type": "string", "x-plusofon-curl-only": True},
            },
        }
    )
    lines = [d.line() for d in compare([("tiny.txt", parse_page(_TINY_PAGE))], spec)]
    assert lines == [
        "parameter-missing-in-spec POST /api/v1/number/thing сorrespondent_account: "
        "the docs list it in body [name has non-ASCII 'с' U+0441]",
        "type POST /api/v1/number/thing extra: docs integer (from the samples), spec string",
        "parameter-extra-in-spec POST /api/v1/number/thing correspondent_account: "
        "the spec has this body parameter, the docs do not show it",
        'example-invalid POST /api/v1/number/thing "Готово": '
        "200: 'yes' is not of type 'boolean' at success",
    ]
