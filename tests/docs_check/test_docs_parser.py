"""The page parser against the real 2023-02-13 pages, their glitches and their re-renderings."""

# The pages are Russian: Cyrillic letters in this module are meant, not look-alikes.
# ruff: noqa: RUF001

from __future__ import annotations

import dataclasses
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.docs_check.inventory import DocsPage, EnumValue, Operation, Parameter, ResponseField
from generator.docs_check.parser import PageError, parse_page
from tests.fixtures.docs.pages import (
    PAGE_NAMES,
    edit,
    page_text,
    quote_names,
    reformatted,
    with_enum_intros,
    without_header,
)

pytestmark = pytest.mark.real_pages  # our own pages: tests/docs_check/test_docs_own_pages.py

PHONE_TYPES = (
    EnumValue("abc", "городской номер"),
    EnumValue("def", "мобильный номер"),
    EnumValue("800", "номер 8-800"),
)
OWNER_TYPES = (
    EnumValue("business", "многоканальный, номер для использования в логике АТС"),
    EnumValue(
        "personal", "одноканальный, номер для персонального использования одним пользователем"
    ),
)


@cache
def page(name: str) -> DocsPage:
    """Parse a real page once per test run."""
    return parse_page(page_text(name))


def operation(name: str, method: str, path: str) -> Operation:
    """Return one operation of a real page."""
    found = [o for o in page(name).operations if (o.method, o.path) == (method, path)]
    assert len(found) == 1, f"{method} {path} on {name}: {len(found)} matches"
    return found[0]


def parameter(op: Operation, name: str) -> Parameter:
    """Return one parameter of an operation."""
    found = [p for p in op.parameters if p.name == name]
    assert len(found) == 1, f"{name}: {len(found)} matches"
    return found[0]


def field(fields: tuple[ResponseField, ...], dotted: str) -> ResponseField:
    """Return a response field by its dotted path."""
    head, _, rest = dotted.partition(".")
    found = [f for f in fields if f.name == head]
    assert len(found) == 1, f"{head}: {len(found)} matches"
    return field(found[0].children, rest) if rest else found[0]


# --- the page as a whole -----------------------------------------------------------------


def test_header_gives_date_description_and_base_url() -> None:
    number = page("number")
    assert number.version == "2023-02-13"
    assert number.base_url == "https://restapi.plusofon.ru"
    assert number.description.startswith("Группа методов позволяет подключать")


@pytest.mark.parametrize(
    ("name", "count"), [("agreement", 16), ("customer", 4), ("direction", 4), ("number", 13)]
)
def test_every_operation_is_found(name: str, count: int) -> None:
    assert len(page(name).operations) == count


def test_operation_has_method_path_and_description() -> None:
    op = page("customer").operations[0]
    assert (op.method, op.path, op.spec_path) == (
        "GET",
        "api/v1/customer-info",
        "/api/v1/customer-info",
    )
    assert op.description == "Метод позволяет получить общие данные текущего абонента."
    assert op.parameters == ()


def test_path_parameter_is_required_and_typed_despite_link_mark() -> None:
    op = operation("number", "DELETE", "api/v1/number/{number_id}")
    assert parameter(op, "number_id") == Parameter("number_id", "path", "string", required=True)


# --- parameter tables and their glitches -------------------------------------------------


def test_required_mark_sets_required_and_leaves_the_description() -> None:
    op = operation("agreement", "POST", "api/v1/agreement/fiz")
    assert parameter(op, "first_name").required
    assert parameter(op, "first_name").description == "имя"
    assert not parameter(op, "billing_address_city").required
    assert parameter(op, "birthday").type == "date / YYYY-MM-DD"
    assert parameter(op, "file_passport").type == "file"


def test_type_glued_to_enum_value_stringabc() -> None:
    op = operation("number", "GET", "api/v1/number")
    assert parameter(op, "phone_type") == Parameter(
        "phone_type", "body", "string", required=False, enum=PHONE_TYPES
    )


def test_type_glued_to_enum_value_string0_stringbusiness() -> None:
    op = operation("number", "GET", "api/v1/number/search")
    number_type = parameter(op, "number_type")
    assert number_type.type == "string"
    assert [e.value for e in number_type.enum] == ["0", "5", "1", "2", "3", "4"]
    assert number_type.enum[0] == EnumValue("0", "«простой» номер")
    assert parameter(op, "owner_type").enum == OWNER_TYPES


def test_type_glued_to_enum_value_and_sample_integer1() -> None:
    op = operation("number", "POST", "api/v1/number/reserve")
    assert parameter(op, "short") == Parameter(
        "short", "body", "integer", required=False, enum=(EnumValue("1", "резерв на один час"),)
    )
    assert op.sample_keys["curl"] == ("number", "owner_type", "short")


@pytest.mark.parametrize(
    ("name", "method", "path", "param", "type_"),
    [
        ("customer", "PUT", "api/v1/customer/tfa", "pin", "string"),
        ("direction", "PUT", "api/v1/direction", "direction_ids", "array"),
        ("direction", "DELETE", "api/v1/direction", "codes", "array"),
    ],
)
def test_type_glued_to_link_mark(name: str, method: str, path: str, param: str, type_: str) -> None:
    found = parameter(operation(name, method, path), param)
    assert (found.type, found.enum, found.description) == (type_, (), "")


def test_type_glued_to_the_next_sample_arraycurl() -> None:
    op = operation("agreement", "POST", "api/v1/agreement/upload")
    assert op.parameters == (Parameter("files", "body", "array", required=False),)
    assert op.sample_keys["curl"] == ("files",)


def test_name_glued_to_the_previous_description() -> None:
    op = operation("number", "GET", "api/v1/number/search")
    assert [p.name for p in op.parameters] == [
        "owner_type",
        "region",
        "city_code",
        "phone_number",
        "number_type",
        "phone_type",
    ]
    assert parameter(op, "phone_number").description.endswith(
        "(замена последовательности любых символов)"
    )


def test_name_glued_to_an_enum_meaning_in_a_field_list() -> None:
    op = operation("number", "GET", "api/v1/number/sms")
    assert field(op.response_fields, "data.phone_type").enum == (
        EnumValue("def", "мобильный номер"),
    )
    assert field(op.response_fields, "data.owner_type").enum == OWNER_TYPES


def test_link_marks_and_multi_line_descriptions_are_joined() -> None:
    op = operation("number", "POST", "api/v1/number/follow")
    assert parameter(op, "numbers").description == (
        "массив ИД номеров, для которых устанавливается переадресация"
    )
    assert parameter(op, "type_default").description == (
        'только для типов "bitrix" и "amo" — код типа переадресации по умолчанию'
    )
    assert parameter(op, "cli_type").required
    assert parameter(op, "type").description == "код типа переадресации"


def test_text_after_a_table_is_a_note_not_a_description() -> None:
    op = operation("number", "PATCH", "api/v1/number/contact-list")
    assert (
        parameter(op, "numbers").description == "массив ИД номеров, на которые назначается список"
    )
    assert op.notes == (
        'Для отключения чёрного списка необходимо передать запрос без указания "contact_list_id".',
    )


# --- samples --------------------------------------------------------------------------------


def test_request_mark_before_curl_and_every_sample_language() -> None:
    op = operation("agreement", "POST", "api/v1/agreement/fiz")
    # This sample block has the JavaScript twice and no PHP.
    assert set(op.sample_keys) == {"curl", "js", "python"}
    assert op.sample_keys["curl"][-3:] == ("file_passport", "file_registration", "file_selfie")
    assert not any(p.curl_only for p in op.parameters)


def test_get_body_in_curl_with_dash_g() -> None:
    op = operation("number", "GET", "api/v1/number")
    assert op.sample_keys == {
        "curl": ("phone_type",),
        "js": ("phone_type",),
        "php": ("phone_type",),
        "python": ("phone_type",),
    }


@pytest.mark.parametrize(
    ("method", "path", "name"),
    [
        ("DELETE", "api/v1/number/{number_id}", "pin"),
        ("GET", "api/v1/number/code-regions", "type"),
        ("GET", "api/v1/number/reserve", "phone_type"),
    ],
)
def test_parameters_only_in_the_samples_are_curl_only(method: str, path: str, name: str) -> None:
    found = parameter(operation("number", method, path), name)
    assert found == Parameter(name, "body", "string", required=False, curl_only=True)


def test_php_sample_keys_show_the_cyrillic_spelling() -> None:
    op = operation("agreement", "POST", "api/v1/agreement/jur-save")
    cyrillic = "\u0441orrespondent_account"
    assert cyrillic in op.sample_keys["php"]
    assert cyrillic not in op.sample_keys["curl"]
    assert "correspondent_account" in op.sample_keys["curl"]
    assert parameter(op, cyrillic) == Parameter(
        cyrillic, "body", None, required=False, curl_only=True
    )


def test_cyrillic_table_name_and_latin_samples() -> None:
    op = operation("agreement", "POST", "api/v1/agreement/ip")
    assert parameter(op, "\u0441orrespondent_account").required
    assert parameter(op, "correspondent_account").curl_only


# --- response fields -------------------------------------------------------------------


def test_field_list_with_nesting_under_a_container() -> None:
    op = operation("number", "GET", "api/v1/number")
    data = field(op.response_fields, "data")
    assert data.type == "array"
    assert [f.name for f in data.children] == [
        "id",
        "number",
        "phone_type",
        "owner_type",
        "period_price",
        "buy_price",
        "black_list",
        "aon_for_sips",
        "following",
        "integration_following",
    ]
    assert [f.name for f in field(data.children, "integration_following").children] == [
        "host",
        "type",
        "cli_type",
    ]
    assert field(data.children, "phone_type").enum == PHONE_TYPES


def test_field_list_without_intro_and_map_placeholder() -> None:
    search = operation("number", "GET", "api/v1/number/search")
    assert [f.name for f in search.response_fields][:3] == ["number_type", "number", "buy_price"]
    direction = operation("direction", "GET", "api/v1/direction")
    codes = field(direction.response_fields, "directions.<код направления>")
    assert [f.name for f in codes.children] == ["code", "name", "english_name"]


def test_field_type_and_fields_without_description() -> None:
    tfa = operation("customer", "GET", "api/v1/customer/tfa")
    assert field(tfa.response_fields, "tfa_active").type == "boolean"
    info = operation("customer", "GET", "api/v1/customer-info")
    # The page lost the «/» of block.type: it stays a top-level field without description.
    assert [f.name for f in info.response_fields] == [
        "id",
        "tariff",
        "expiration_date",
        "block",
        "type",
        "unread_sms",
    ]
    assert field(info.response_fields, "type").description == ""


def test_enum_values_without_dashes_are_recognised_by_the_example() -> None:
    op = operation("agreement", "GET", "api/v1/agreement/current-status")
    assert [f.name for f in op.response_fields] == ["status", "title", "name", "type"]
    assert [e.value for e in field(op.response_fields, "type").enum] == ["jur", "fiz", "ip"]


# --- examples ---------------------------------------------------------------------------------


def test_captioned_examples_and_null() -> None:
    op = operation("agreement", "GET", "api/v1/agreement/download")
    assert [(e.caption, e.value) for e in op.examples] == [
        ("Файл получен", None),
        ("Файл ещё не готов", {"message": "File not ready for download"}),
        ("Пользователь не найден", {"message": "User not found", "code": 500}),
    ]
    assert all(e.problem is None for e in op.examples)


def test_uncaptioned_example_with_elided_array() -> None:
    op = operation("direction", "GET", "api/v1/directions")
    (example,) = op.examples
    assert example.caption == ""
    assert example.elided
    assert [d["id"] for d in example.value["directions"]] == ["1", "2"]


def test_broken_example_is_kept_with_its_problem() -> None:
    text = edit(page_text("customer"), '"tfa_active": true,', '"tfa_active": true,,')
    op = parse_page(text).operations[1]
    assert op.examples[0].value is None
    assert op.examples[0].problem is not None and op.examples[0].problem.startswith(
        "not valid JSON"
    )


# --- re-renderings: the same inventory ---------------------------------------------------


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_names_in_double_quotes_give_the_same_inventory(name: str) -> None:
    text = quote_names(page_text(name))
    assert '\n"success"\n' in text and text != page_text(name)
    assert parse_page(text) == page(name)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_missing_date_and_address_with_url_after_path(name: str) -> None:
    text = without_header(page_text(name))
    assert "версия от" not in text and "Адрес:" not in text
    assert parse_page(text) == dataclasses.replace(page(name), version=None)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_enum_lists_introduced_in_words(name: str) -> None:
    text = with_enum_intros(page_text(name))
    assert parse_page(text) == page(name)


def test_enum_intro_really_appears_where_enums_are() -> None:
    text = with_enum_intros(page_text("number"))
    assert "string\nвозможные варианты параметра:\nabc\n— городской номер" in text
    assert "тип номера\nвозможные варианты параметра:\ndef" in text


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_formatting_only_changes_give_the_same_inventory(name: str) -> None:
    text = reformatted(page_text(name))
    assert "\r\n" in text
    assert parse_page(text) == page(name)


@settings(max_examples=25, deadline=None)
@given(
    indents=st.lists(st.sampled_from(["", " ", "  ", "\t", "\u00a0"]), min_size=1, max_size=7),
    blank_every=st.integers(min_value=2, max_value=40),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_any_whitespace_rendering_gives_the_same_inventory(
    indents: list[str], blank_every: int, newline: str
) -> None:
    lines = page_text("number").split("\n")
    rendered = [
        indents[i % len(indents)]
        + line
        + indents[-1 - i % len(indents)]
        + (newline if i % blank_every == 0 else "")
        for i, line in enumerate(lines)
    ]
    assert parse_page(newline.join(rendered)) == page("number")


def test_path_query_and_body_tables_with_a_capitalised_enum_intro() -> None:
    text = "\n".join(
        [
            "PATCH",
            "api/v1/number/{number_id}/note https://restapi.plusofon.ru",
            "Метод меняет заметку номера.",
            "Path",
            "number_id",
            "integer",
            "Query",
            "lang",
            "string",
            "язык ответа",
            "Возможные варианты параметра:",
            "ru",
            "— русский",
            "en",
            "— английский",
            "Body",
            '"note"',
            "string",
            "⁎ текст заметки",
        ]
    )
    (op,) = parse_page(text).operations
    assert op.parameters == (
        Parameter("number_id", "path", "integer", required=True),
        Parameter(
            "lang",
            "query",
            "string",
            required=False,
            description="язык ответа",
            enum=(EnumValue("ru", "русский"), EnumValue("en", "английский")),
        ),
        Parameter("note", "body", "string", required=True, description="текст заметки"),
    )


@cache
def _all_lines() -> list[str]:
    """Every line of the real pages (read when a test runs, never at import)."""
    return sorted({line for name in PAGE_NAMES for line in page_text(name).split("\n")})


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_jumble_of_page_lines_parses_or_is_refused(data: st.DataObject) -> None:
    lines = data.draw(st.lists(st.sampled_from(_all_lines()) | st.text(max_size=12), max_size=60))
    try:
        parsed = parse_page("\n".join(lines))
    except PageError:
        return
    assert parsed.operations


# --- not a page ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello\nworld",
        "GET\nnot a path",
        "версия от 2023-02-13\nАдрес: https://restapi.plusofon.ru",
    ],
)
def test_text_without_operations_is_refused(text: str) -> None:
    with pytest.raises(PageError, match="not a Plusofon docs page"):
        parse_page(text)
