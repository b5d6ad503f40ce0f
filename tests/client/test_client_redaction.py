"""Logging, and what must never show: the token, the client ID, personal data."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator

import httpx
import pytest

import plusofon
from plusofon._logging import Redactor, is_personal_key, logger, setup_logging
from tests.client.support import (
    CLIENT_ID,
    TOKEN,
    Recorder,
    json_reply,
    make_async_client,
    make_client,
    number_page,
)

PASSPORT = "4510 987654"
SECRETS = (TOKEN, CLIENT_ID, PASSPORT, "987654")


@pytest.fixture(autouse=True)
def _restore_logger() -> Iterator[None]:
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked into {text!r}"


def echo_passport(request: httpx.Request) -> httpx.Response:
    """A 400 whose message quotes the passport number the request sent."""
    return httpx.Response(
        400,
        json={"message": f"Паспорт {PASSPORT} уже используется", "code": 400},
    )


def test_plusofon_log_env_configures_the_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    logger.setLevel(logging.NOTSET)
    logger.handlers.clear()
    monkeypatch.setenv("PLUSOFON_LOG", "debug")
    make_client(Recorder())
    assert logger.level == logging.DEBUG
    assert len(logger.handlers) == 1
    monkeypatch.setenv("PLUSOFON_LOG", "info")
    make_client(Recorder())
    assert logger.level == logging.INFO
    assert len(logger.handlers) == 1  # not one more per client


def test_setup_logging_ignores_unknown_values() -> None:
    logger.setLevel(logging.WARNING)
    setup_logging({"PLUSOFON_LOG": "chatty"})
    assert logger.level == logging.WARNING


def test_logs_show_method_path_status_time_and_retries(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(
        httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "1"}),
        json_reply(number_page([])),
    )
    client, _ = make_client(recorder)
    with caplog.at_level(logging.DEBUG, logger="plusofon"):
        client.number.list_numbers(phone_type="abc")
    messages = [r.getMessage() for r in caplog.records if r.name == "plusofon"]
    assert any("GET /api/v1/number -> 503 in" in m and " ms" in m for m in messages)
    assert any(
        m.startswith("retrying GET /api/v1/number in 1.00 s (retry 1 of 2)") for m in messages
    )
    assert any("GET /api/v1/number -> 200 in" in m for m in messages)


def test_logs_say_why_a_write_is_not_retried(caplog: pytest.LogCaptureFixture) -> None:
    client, _ = make_client(Recorder(httpx.Response(503, json={"message": "busy"})))
    with caplog.at_level(logging.INFO, logger="plusofon"), pytest.raises(plusofon.ServerError):
        client.number.buy_numbers(numbers=["4951332210"], owner_type="personal")
    assert any("retry_writes=True" in r.getMessage() for r in caplog.records)


def test_nothing_secret_in_logs_errors_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(
        httpx.Response(503, json={"message": f"token {TOKEN} client {CLIENT_ID}"}),
        echo_passport,
    )
    client, _ = make_client(recorder, retry_writes=True)
    with caplog.at_level(logging.DEBUG), pytest.raises(plusofon.ValidationError) as info:
        client.agreement.save_fiz_agreement(
            first_name="Иван",
            last_name="Петров",
            passport_series="4510",
            passport_number="987654",
            birthday=dt.date(1980, 1, 2),
        )
    # The request really carried the secrets and the passport...
    assert recorder.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert b"987654" in recorder.requests[0].content
    # ...and none of it shows anywhere.
    error = info.value
    assert_clean(str(error))
    assert_clean(repr(error))
    assert_clean(error.message)
    assert "***" in error.message
    for record in caplog.records:
        assert_clean(record.getMessage())
    for text in (
        repr(client),
        str(client),
        repr(client.with_options(max_retries=1)),
    ):
        assert_clean(text)


def test_multipart_personal_fields_are_masked_in_messages() -> None:
    recorder = Recorder(echo_passport)
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ValidationError) as info:
        client.agreement.submit_fiz_agreement(
            first_name="Иван",
            last_name="Петров",
            middle_name="Иванович",
            birthday=dt.date(1980, 1, 2),
            passport_series="4510",
            passport_number="987654",
            issue="ОВД",
            date_of_issue=dt.date(2000, 1, 2),
            billing_address_street="ул. Ленина, 1",
            shipping_address_street="ул. Ленина, 1",
            agree_to_the_terms=True,
            file_passport=io.BytesIO(b"%PDF"),
            file_registration=io.BytesIO(b"%PDF"),
            file_selfie=io.BytesIO(b"%PDF"),
        )
    assert recorder.last.headers["content-type"].startswith("multipart/form-data")
    assert_clean(str(info.value))


def test_connection_error_text_is_clean() -> None:
    recorder = Recorder(httpx.ConnectError(f"cannot reach, token={TOKEN} client={CLIENT_ID}"))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.APIConnectionError) as info:
        client.number.list_numbers()
    assert_clean(str(info.value))
    assert "***" in str(info.value)


def test_constructor_errors_do_not_echo_the_token() -> None:
    with pytest.raises(plusofon.ConfigurationError) as info:
        plusofon.Plusofon(token=f"{TOKEN} \n", client_id=CLIENT_ID)
    assert TOKEN not in str(info.value)


def test_response_validation_error_has_no_values() -> None:
    from tests.client.support import number_item

    item = number_item(1, phone_type=PASSPORT)
    client, _ = make_client(Recorder(json_reply(number_page([item]))))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert_clean(str(info.value))


async def test_async_logs_and_errors_are_clean(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(echo_passport)
    client, _ = make_async_client(recorder)
    with caplog.at_level(logging.DEBUG), pytest.raises(plusofon.ValidationError) as info:
        await client.agreement.save_fiz_agreement(passport_series="4510", passport_number="987654")
    assert_clean(str(info.value))
    for record in caplog.records:
        assert_clean(record.getMessage())
    assert_clean(repr(client))
    await client.close()


@pytest.mark.parametrize(
    ("key", "personal"),
    [
        ("passport_number", True),
        ("inn", True),
        ("file_inn", True),
        ("birthday", True),
        ("billing_address_street", True),
        ("payment_account", True),
        ("\u0441orrespondent_account", True),  # the Cyrillic spelling the API also sends
        ("first_name", True),
        ("pin", True),
        ("phone", True),
        ("email", True),
        ("ogrn", True),
        ("bik", True),
        ("phone_number", False),  # number/search's filter (a pattern of numbers for sale)
        ("phone_type", False),
        ("number", False),
        ("owner_type", False),
        ("finally_created", False),
        ("name", False),
    ],
)
def test_personal_keys(key: str, personal: bool) -> None:
    assert is_personal_key(key) is personal


def test_redactor_masks_longest_first() -> None:
    redact = Redactor("abcdef", "abc")
    assert redact("x abcdef y abc") == "x *** y ***"
    assert redact("Иван 1234", ["1234", "12"]) == "Иван ***"
