"""The docs checker on our own pages in both layouts: parser, comparison, waivers, scope.

These need nothing outside the clone (tests/fixtures/docs/own); the same checks on Plusofon's
saved pages are in test_docs_parser.py and test_docs_check.py (marked `real_pages`).
"""

# The pages are Russian: Cyrillic letters in this module are meant, not look-alikes.
# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.docs_check.cli import main
from generator.docs_check.compare import KINDS
from generator.docs_check.inventory import EnumValue, Parameter
from generator.docs_check.parser import PageError, parse_page
from tests.fixtures.docs.own_pages import (
    NEW_LAYOUT,
    OLD_LAYOUT,
    OWN_PAGES,
    OWN_SPEC,
    OWN_WAIVERS,
    own_text,
)
from tests.fixtures.docs.pages import edit
from tests.fixtures.docs.run import DocsCheckRun as Run


class Check:
    """Writes our pages (some replaced by edited text) into a temporary directory and runs."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Remember where to write and how to capture."""
        self.tmp_path = tmp_path
        self.capsys = capsys

    def __call__(
        self,
        *args: str,
        pages: tuple[str, ...] = OWN_PAGES,
        waivers: Path = OWN_WAIVERS,
        texts: dict[str, str] | None = None,
    ) -> Run:
        """Run on the given pages of ours, `texts` mapping a page name to replacement text."""
        paths = []
        for name in pages:
            path = self.tmp_path / f"{name}.txt"
            path.write_text((texts or {}).get(name, own_text(name)), encoding="utf-8")
            paths.append(str(path))
        code = main(["--spec", str(OWN_SPEC), "--waivers", str(waivers), *args, *paths])
        out, err = self.capsys.readouterr()
        return Run(code, out, err)


@pytest.fixture
def own_pages_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Check:
    """A docs-check runner on our own pages."""
    return Check(tmp_path, capsys)


# --- the parser, 2023-02-13 layout -----------------------------------------------------------


def test_old_layout_header_and_operations() -> None:
    page = parse_page(own_text(OLD_LAYOUT))
    assert (page.version, page.layout, page.base_url) == (
        "2023-02-13",
        "2023-02-13",
        "https://api.example.test",
    )
    assert page.description == "Учебная группа методов: виджеты на рабочем столе абонента."
    assert page.notices == ()
    assert [(o.method, o.path) for o in page.operations] == [
        ("GET", "api/v1/widget"),
        ("POST", "api/v1/widget/save"),
        ("DELETE", "api/v1/widget/{widget_id}"),
    ]


def test_old_layout_parameters_by_heading_with_required_marks_and_inline_values() -> None:
    get, save, delete = parse_page(own_text(OLD_LAYOUT)).operations
    assert get.parameters == (
        Parameter(
            "shape",
            "body",
            "string",
            required=False,
            enum=(EnumValue("round", "круглый виджет"), EnumValue("square", "квадратный виджет")),
        ),
    )
    assert save.parameters == (
        Parameter("title", "body", "string", required=True, description="подпись виджета"),
        Parameter("size", "body", "integer", required=False, description="высота в точках"),
        Parameter(
            "level",
            "body",
            "integer",
            required=False,
            description="уровень доступа",
            enum=(EnumValue("1", "только чтение"), EnumValue("2", "чтение и запись")),
        ),
    )
    assert delete.parameters == (
        Parameter("widget_id", "path", "integer", required=True, description="номер виджета"),
    )


def test_old_layout_samples_and_captioned_examples() -> None:
    get, save, delete = parse_page(own_text(OLD_LAYOUT)).operations
    assert get.request_example == {"shape": "round"}
    assert save.request_example == {"title": "часы", "size": 120, "level": 1}
    assert delete.request_example is None
    assert [(e.caption, e.value) for e in save.examples] == [
        ("Виджет сохранён", {"success": True, "id": 8}),
        ("Подпись не указана", {"message": "Не указана подпись", "code": 400}),
    ]
    assert [f.name for f in get.response_fields] == ["data"]
    assert [f.name for f in get.response_fields[0].children] == ["id", "shape"]


# --- the parser, newer layout ----------------------------------------------------------------


def test_newer_layout_has_no_date_and_the_url_follows_the_path() -> None:
    page = parse_page(own_text(NEW_LAYOUT))
    assert (page.version, page.layout, page.base_url) == (None, "newer", "https://api.example.test")
    assert [(o.method, o.path) for o in page.operations] == [
        ("GET", "api/v1/gadget/list"),
        ("POST", "api/v1/gadget/send"),
    ]
    # The URL line is not part of the operation's description.
    assert page.operations[0].description == "Метод возвращает гаджеты выбранного тарифа."


def test_newer_layout_cabinet_notice_is_kept_apart_from_the_description() -> None:
    page = parse_page(own_text(NEW_LAYOUT))
    assert page.notices == (
        "Эта страница относится к кабинетам lk и portal; в new-portal гаджеты пока недоступны.",
    )
    assert page.description == "Учебная группа методов: гаджеты абонента."


def test_newer_layout_places_parameters_as_the_samples_send_them() -> None:
    listing, send = parse_page(own_text(NEW_LAYOUT)).operations
    # GET with a JSON body in the curl sample: `tier` is a body parameter; `page` is in the URL.
    assert {p.name: p.location for p in listing.parameters} == {
        "tier": "body",
        "page": "query",
        "color": "body",
    }
    assert {p.name: p.location for p in send.parameters} == {"recipient": "body", "note": "body"}


def test_newer_layout_without_required_marks_reads_optional() -> None:
    _, send = parse_page(own_text(NEW_LAYOUT)).operations
    assert [p.required for p in send.parameters] == [False, False]


def test_newer_layout_values_block_gives_enum_values_with_labels() -> None:
    listing, _ = parse_page(own_text(NEW_LAYOUT)).operations
    tier = next(p for p in listing.parameters if p.name == "tier")
    assert tier == Parameter(
        "tier",
        "body",
        "string",
        required=False,
        description="тариф гаджета",
        enum=(
            EnumValue("basic", "«базовый» — без оплаты"),
            EnumValue("pro", "«профи» — с оплатой"),
        ),
    )


def test_newer_layout_parameter_only_in_a_values_block_is_documented() -> None:
    listing, _ = parse_page(own_text(NEW_LAYOUT)).operations
    color = next(p for p in listing.parameters if p.name == "color")
    # Documented (not "shown only in the samples"), with its values and no type stated.
    assert color == Parameter(
        "color",
        "body",
        None,
        required=False,
        enum=(EnumValue("red", "«красный»"), EnumValue("blue", "«синий»")),
    )


def test_newer_layout_query_parameter_of_a_get_without_body() -> None:
    text = edit(own_text(NEW_LAYOUT), '-d \'{"tier":"basic","color":"red"}\'', '-H "X: y"')
    text = edit(text, "list?page=1", "list")
    listing, _ = parse_page(text).operations
    assert {p.name: p.location for p in listing.parameters} == {
        "tier": "query",
        "page": "query",
        "color": "query",
    }


def test_newer_layout_values_block_without_labels() -> None:
    text = edit(own_text(NEW_LAYOUT), "red\n«красный»\nblue\n«синий»\n", "red\nblue\n")
    listing, _ = parse_page(text).operations
    color = next(p for p in listing.parameters if p.name == "color")
    assert color.enum == (EnumValue("red", ""), EnumValue("blue", ""))


# --- the comparison, both layouts --------------------------------------------------------------


def test_our_pages_match_our_spec(own_pages_check: Check) -> None:
    run = own_pages_check()
    assert run.lines[0] == (
        "docs version: widget.txt 2023-02-13, gadget.txt (no date line); "
        "spec info.x-docs-version 2023-02-13"
    )
    assert run.differences == []
    assert run.code == 0
    assert run.err == ""


ADDED_OPERATION = {
    OLD_LAYOUT: (
        "DELETE\napi/v1/widget/{widget_id}\n",
        "PUT\napi/v1/widget/move\nМетод двигает виджет.\nНе имеет параметров.\n"
        "DELETE\napi/v1/widget/{widget_id}\n",
    ),
    NEW_LAYOUT: (
        "POST\napi/v1/gadget/send\n",
        "PUT\napi/v1/gadget/move\nhttps://api.example.test\nМетод двигает гаджет.\n"
        "POST\napi/v1/gadget/send\n",
    ),
}
# (page, old text, new text) → the difference lines docs-check must print, for each kind.
SAVE_SAMPLE = '-d \'{"title":"часы","size":120,"level":1}\''
SEND_SAMPLE = '-d \'{"recipient":"79990001122","note":"привет"}\''
CASES: dict[str, tuple[str, list[tuple[str, str]], list[str]]] = {
    "old-operation-added": (
        OLD_LAYOUT,
        [ADDED_OPERATION[OLD_LAYOUT]],
        [
            "operation-missing-in-spec PUT /api/v1/widget/move -: "
            "documented on widget.txt, not in the spec"
        ],
    ),
    "old-parameter-added": (
        OLD_LAYOUT,
        [("высота в точках\n", "высота в точках\ncomment\nstring\nкомментарий\n")],
        ["parameter-missing-in-spec POST /api/v1/widget/save comment: the docs list it in body"],
    ),
    "old-parameter-removed": (
        OLD_LAYOUT,
        [
            ("size\ninteger\nвысота в точках\n", ""),
            (SAVE_SAMPLE, '-d \'{"title":"часы","level":1}\''),
        ],
        [
            "parameter-extra-in-spec POST /api/v1/widget/save size: "
            "the spec has this body parameter, the docs do not show it"
        ],
    ),
    "old-required-mark-dropped": (
        OLD_LAYOUT,
        [("⁎ подпись виджета", "подпись виджета")],
        [
            "required-flag POST /api/v1/widget/save title: "
            "the docs do not mark it ⁎ (optional), the spec requires it"
        ],
    ),
    "old-parameter-only-in-samples": (
        OLD_LAYOUT,
        [("size\ninteger\nвысота в точках\n", "")],
        [
            "curl-only-flag POST /api/v1/widget/save size: "
            "the docs show it only in the samples, the spec lacks x-plusofon-curl-only: true"
        ],
    ),
    "old-type-changed": (
        OLD_LAYOUT,
        [("size\ninteger\n", "size\nstring\n")],
        ["type POST /api/v1/widget/save size: docs string, spec integer"],
    ),
    "old-enum-value-added": (
        OLD_LAYOUT,
        [("— чтение и запись\n", "— чтение и запись\n3\n— всё\n")],
        ["enum-values POST /api/v1/widget/save level: docs [1, 2, 3], spec [1, 2]"],
    ),
    "old-response-field-added": (
        OLD_LAYOUT,
        [("форма виджета\n", "форма виджета\ncolor\nцвет виджета\n")],
        [
            "response-field-missing-in-spec GET /api/v1/widget data.color: "
            "the docs list it, no such property in the spec's responses"
        ],
    ),
    "old-example-invalid": (
        OLD_LAYOUT,
        [('"id": 7,', '"id": "семь",')],
        [
            'example-invalid GET /api/v1/widget "Список виджетов": '
            "200: 'семь' is not of type 'integer' at data/0/id"
        ],
    ),
    "new-operation-added": (
        NEW_LAYOUT,
        [ADDED_OPERATION[NEW_LAYOUT]],
        [
            "operation-missing-in-spec PUT /api/v1/gadget/move -: "
            "documented on gadget.txt, not in the spec"
        ],
    ),
    "new-parameter-added": (
        NEW_LAYOUT,
        [("сопроводительный текст\n", "сопроводительный текст\nurgent\nboolean\nсрочно\n")],
        ["parameter-missing-in-spec POST /api/v1/gadget/send urgent: the docs list it in body"],
    ),
    "new-parameter-only-in-a-values-block-added": (
        NEW_LAYOUT,
        [
            (
                "curl -X GET",
                "возможные варианты параметра\nsize\n:\nS\n«малый»\nL\n«большой»\ncurl -X GET",
            )
        ],
        ["parameter-missing-in-spec GET /api/v1/gadget/list size: the docs list it in body"],
    ),
    "new-parameter-removed": (
        NEW_LAYOUT,
        [
            ("note\nstring\nсопроводительный текст\n", ""),
            (SEND_SAMPLE, '-d \'{"recipient":"79990001122"}\''),
        ],
        [
            "parameter-extra-in-spec POST /api/v1/gadget/send note: "
            "the spec has this body parameter, the docs do not show it"
        ],
    ),
    "new-required-mark-added": (
        NEW_LAYOUT,
        [("номер получателя", "⁎ номер получателя")],
        [
            "required-flag POST /api/v1/gadget/send recipient: "
            "the docs mark it ⁎ (required), the spec has it optional"
        ],
    ),
    "new-parameter-only-in-samples": (
        NEW_LAYOUT,
        [("note\nstring\nсопроводительный текст\n", "")],
        [
            "curl-only-flag POST /api/v1/gadget/send note: "
            "the docs show it only in the samples, the spec lacks x-plusofon-curl-only: true"
        ],
    ),
    "new-type-changed": (
        NEW_LAYOUT,
        [("recipient\nstring\n", "recipient\ninteger\n")],
        ["type POST /api/v1/gadget/send recipient: docs integer, spec string"],
    ),
    "new-enum-value-added": (
        NEW_LAYOUT,
        [("«профи» — с оплатой\n", "«профи» — с оплатой\nmax\n«максимум» — всё включено\n")],
        ["enum-values GET /api/v1/gadget/list tier: docs [basic, pro, max], spec [basic, pro]"],
    ),
    "new-response-field-added": (
        NEW_LAYOUT,
        [("id\nномер гаджета\n", "id\nномер гаджета\nowner\nвладелец гаджета\n")],
        [
            "response-field-missing-in-spec GET /api/v1/gadget/list data.owner: "
            "the docs list it, no such property in the spec's responses"
        ],
    ),
    "new-example-invalid": (
        NEW_LAYOUT,
        [('"tier": "pro"', '"tier": "gold"')],
        [
            'example-invalid GET /api/v1/gadget/list "Список гаджетов": '
            "200: 'gold' is not one of ['basic', 'pro'] at data/0/tier"
        ],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_difference_in_both_layouts(own_pages_check: Check, case: str) -> None:
    page, edits, expected = CASES[case]
    text = own_text(page)
    for old, new in edits:
        text = edit(text, old, new)
    run = own_pages_check(texts={page: text})
    assert run.differences == expected
    assert run.code == 1


def test_both_layouts_report_the_same_kinds() -> None:
    kinds = {
        layout: {line.split()[0] for p, _, lines in CASES.values() if p == layout for line in lines}
        for layout in OWN_PAGES
    }
    # Every kind but a removed operation, which has its own tests below (a newer page speaks
    # only for its own operations, so leaving one out is "not covered", not "removed").
    assert kinds[NEW_LAYOUT] == kinds[OLD_LAYOUT] == set(KINDS) - {"operation-missing-in-docs"}


def test_operation_removed_from_a_2023_page(own_pages_check: Check) -> None:
    text = own_text(OLD_LAYOUT)
    text = text[: text.index("DELETE\napi/v1/widget/{widget_id}\n")]
    run = own_pages_check(texts={OLD_LAYOUT: text})
    assert run.differences == [
        "operation-missing-in-docs DELETE /api/v1/widget/{widget_id} -: "
        "in the spec (delete_widget), on none of the given pages"
    ]
    assert run.code == 1


def test_operation_left_out_of_a_newer_page_is_not_covered_not_missing(
    own_pages_check: Check,
) -> None:
    text = own_text(NEW_LAYOUT)
    text = text[: text.index("POST\napi/v1/gadget/send\n")]
    run = own_pages_check(texts={NEW_LAYOUT: text})
    assert (run.code, run.differences) == (0, [])
    assert run.not_covered == [
        "not covered by the given pages: POST /api/v1/gadget/send, GET /api/v1/gadget/stats"
    ]


# --- waivers and partial page sets ----------------------------------------------------------------


def test_waived_difference_prints_with_its_reason(own_pages_check: Check) -> None:
    run = own_pages_check()
    assert [line for line in run.lines if line.startswith("waived ")] == [
        "waived parameter-extra-in-spec GET /api/v1/widget page: the spec has this query "
        "parameter, the docs do not show it (the spec lets a client ask for the next page; the "
        "page does not list it)"
    ]


def test_stale_waiver_of_an_operation_in_scope_fails(
    own_pages_check: Check, tmp_path: Path
) -> None:
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        OWN_WAIVERS.read_text(encoding="utf-8")
        + "- kind: type\n  method: POST\n  path: /api/v1/gadget/send\n  name: note\n"
        "  reason: once a number\n",
        encoding="utf-8",
    )
    run = own_pages_check(waivers=waivers)
    assert run.differences == [
        "stale-waiver type POST /api/v1/gadget/send note: matches no difference (once a number)"
    ]
    assert run.code == 1


def test_waivers_and_operations_of_pages_not_given_are_out_of_scope(own_pages_check: Check) -> None:
    # Only the newer page: the widget waiver and widget operations are not checked at all.
    run = own_pages_check(pages=(NEW_LAYOUT,))
    assert (run.code, run.differences) == (0, [])
    assert not any(line.startswith("waived ") for line in run.lines)
    assert run.not_covered == ["not covered by the given pages: GET /api/v1/gadget/stats"]


def test_scope_is_said_once_and_not_at_all_when_everything_is_covered(
    own_pages_check: Check,
) -> None:
    assert len(own_pages_check().not_covered) == 1
    assert own_pages_check(pages=(OLD_LAYOUT,)).not_covered == []


# --- robustness ----------------------------------------------------------------------------------

_OWN_LINES = sorted({line for name in OWN_PAGES for line in own_text(name).split("\n")})


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_OWN_LINES) | st.text(max_size=12), max_size=60))
def test_any_jumble_of_our_page_lines_parses_or_is_refused(lines: list[str]) -> None:
    try:
        parsed = parse_page("\n".join(lines))
    except PageError:
        return
    assert parsed.operations


def test_missing_page_and_spec_are_one_line_each(own_pages_check: Check, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code = main(["--spec", str(tmp_path / "none.yaml"), str(missing)])
    _, err = own_pages_check.capsys.readouterr()
    assert code == 2
    assert err.splitlines() == [
        f"docs-check: {missing}: no such file",
        f"docs-check: {tmp_path / 'none.yaml'}: no such file",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "- kind: typo\n  method: GET\n  path: /x\n  name: y\n  reason: z\n",
            "entry 1: unknown kind 'typo'",
        ),
        (
            "- kind: type\n  method: GET\n  path: /x\n  name: y\n",
            "entry 1: needs a non-empty reason",
        ),
        (
            "- {kind: type, method: GET, path: /x, name: y, reason: z, by: me}\n",
            "entry 1: unknown keys ['by']",
        ),
        ("kind: type\n", "must be a list of {kind, method, path, name, reason}"),
        ("- [\n", "not valid YAML at line 2 (did not find expected node content)"),
    ],
)
def test_bad_waiver_file_is_one_line_and_exit_2(
    own_pages_check: Check, tmp_path: Path, content: str, message: str
) -> None:
    waivers = tmp_path / "bad-waivers.yaml"
    waivers.write_text(content, encoding="utf-8")
    run = own_pages_check(waivers=waivers)
    assert (run.code, run.lines, run.err) == (2, [], f"docs-check: {waivers}: {message}\n")
