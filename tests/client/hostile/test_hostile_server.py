"""The client against a hostile server (tests/client/hostile/server.py), sync and async.

Each test asserts what a user sees: the exception class (always a PlusofonError), how many
requests reached the server, how long the call took, and how much memory it took.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import plusofon
from tests.client.hostile.clients import (
    BUY,
    CLIENT_ID,
    CUSTOMER,
    FIZ,
    LIST_NUMBERS,
    OPERATIONS,
    TOKEN,
    MiB,
    Op,
    all_texts,
    call,
    expect_error,
)
from tests.client.hostile.server import Connection, Received, always, gzip_bomb, nested_json
from tests.spec_document import response_example

# --- 1. every failure is a PlusofonError naming the operation --------------------------------


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize("depth", [1000, 100_000])
def test_deeply_nested_json_is_a_response_validation_error(
    mode: str, hostile: Any, operation: str, depth: int
) -> None:
    server = hostile(always(200, nested_json(depth)))
    error = expect_error(mode, server.url, OPERATIONS[operation], plusofon.ResponseValidationError)
    assert error.operation == operation
    assert operation in str(error)
    assert server.count == 1


@pytest.mark.parametrize(
    "body",
    [
        '{"data": [',
        '{"success": tru',
        "[]",
        '"text"',
        "null",
        "NaN",
        "\udcff",
    ],
    ids=repr,
)
@pytest.mark.parametrize("operation", ["list_numbers", "buy_numbers"])
def test_malformed_or_mistyped_json_is_a_response_validation_error(
    mode: str, hostile: Any, body: str, operation: str
) -> None:
    raw = body.encode("utf-8", "surrogateescape")

    def answer(request: Received, conn: Connection) -> None:
        conn.answer(200, raw)

    server = hostile(answer)
    error = expect_error(mode, server.url, OPERATIONS[operation], plusofon.ResponseValidationError)
    assert error.operation == operation
    assert server.count == 1


def _page_with(change: Callable[[dict[str, Any]], None]) -> str:
    page = copy.deepcopy(response_example("/api/v1/number"))
    change(page)
    return json.dumps(page)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda p: p.update(data="not a list"), "data"),
        (lambda p: p["data"][0].update(id="x"), "data[0].id"),
        (lambda p: p["data"][0].update(number=79309993750), "data[0].number"),
        (lambda p: p.update(current_page="one"), "current_page"),
        (lambda p: p.update(data={}), "data"),  # an object where the spec has an array
        (lambda p: p["data"].__setitem__(0, ["x"]), "data[0]"),
        (lambda p: p["data"][0].update(id=True), "data[0].id"),  # a JSON true is no integer
        (lambda p: p["data"][0].update(black_list="7"), "data[0].black_list"),  # int or null
        (lambda p: p["data"][0].update(following={"name": []}), "data[0].following"),
    ],
)
def test_wrongly_typed_json_is_a_response_validation_error(
    mode: str, hostile: Any, change: Callable[[dict[str, Any]], None], field: str
) -> None:
    server = hostile(always(200, _page_with(lambda p: None)))
    assert call(mode, server.url, LIST_NUMBERS).data[0].id == 15  # the page as it is parses
    server = hostile(always(200, _page_with(change)))
    error = expect_error(mode, server.url, LIST_NUMBERS, plusofon.ResponseValidationError)
    assert error.operation == "list_numbers"
    assert isinstance(error, plusofon.ResponseValidationError) and error.field == field


def test_truncated_answer_is_a_connection_error(mode: str, hostile: Any) -> None:
    def answer(request: Received, conn: Connection) -> None:
        conn.head(200, {"Content-Type": "application/json", "Content-Length": "1000"})
        conn.write(b'{"data": [')
        raise OSError("hang up")  # the connection closes with 990 bytes missing

    server = hostile(answer)
    error = expect_error(mode, server.url, BUY, plusofon.APIConnectionError)
    assert error.operation == "buy_numbers"
    assert server.count == 1  # a write is never repeated


# --- 2. success means success: true ------------------------------------------------------------


@pytest.mark.parametrize("value", ['"false"', '"no"', "0", "null", "1", '"true"', "{}"])
def test_buy_with_anything_but_success_true_is_an_error_of_unknown_state(
    mode: str, hostile: Any, value: str
) -> None:
    server = hostile(always(200, f'{{"success": {value}, "message": "Insufficient funds"}}'))
    error = expect_error(mode, server.url, BUY)
    assert error.operation == "buy_numbers"
    assert "purchase state is unknown" in str(error)
    assert server.count == 1


def test_success_false_is_the_server_saying_no(mode: str, hostile: Any) -> None:
    server = hostile(always(200, '{"success": false, "message": "Insufficient funds"}'))
    error = expect_error(mode, server.url, BUY, plusofon.APIStatusError)
    assert "Insufficient funds" in str(error)
    assert server.count == 1


@pytest.mark.parametrize(
    "body",
    [
        '{"\\u0073uccess": false, "message": "Insufficient funds"}',
        '{"success":false,"message":"Insufficient funds","code":"x"}',
        '{\n  "message": "Insufficient funds",\n  "success" :\tfalse\n}',
    ],
    ids=["escaped key", "compact", "spaced"],
)
def test_the_envelope_is_judged_on_the_decoded_json_value(
    mode: str, hostile: Any, body: str
) -> None:
    # However the server spells it, `{"success": false}` is the server saying no.
    server = hostile(always(200, body))
    error = expect_error(mode, server.url, BUY, plusofon.APIStatusError)
    assert "Insufficient funds" in str(error)
    assert server.count == 1


def test_buy_without_success_is_an_error(mode: str, hostile: Any) -> None:
    server = hostile(always(200, '{"message": "ok"}'))
    error = expect_error(mode, server.url, BUY, plusofon.ResponseValidationError)
    assert "purchase state is unknown" in str(error)


def test_success_true_is_a_success(mode: str, hostile: Any) -> None:
    server = hostile(always(200, '{"success": true}'))
    assert call(mode, server.url, BUY).success is True
    assert server.count == 1


def test_success_false_in_a_list_answer_is_an_error(mode: str, hostile: Any) -> None:
    server = hostile(always(200, '{"success": "no", "data": [], "current_page": 1}'))
    error = expect_error(mode, server.url, LIST_NUMBERS)
    assert error.operation == "list_numbers"


# --- 3. time is bounded ------------------------------------------------------------------------


def _drip_body(request: Received, conn: Connection) -> None:
    conn.head(200, {"Content-Type": "application/json", "Content-Length": "60"})
    conn.drip(b'{"success": true, "padding": "' + b"x" * 26 + b'"}', interval=0.2, max_seconds=15)


def _drip_head(request: Received, conn: Connection) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Slow: " + b"y" * 60
    conn.drip(head, interval=0.2, max_seconds=15)


@pytest.mark.parametrize("answer", [_drip_body, _drip_head], ids=["body", "head"])
def test_a_slow_drip_cannot_stretch_the_timeout(mode: str, hostile: Any, answer: Any) -> None:
    server = hostile(answer)
    started = time.monotonic()
    error = expect_error(mode, server.url, BUY, plusofon.APITimeoutError, timeout=1.0)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, elapsed  # one attempt of 1 s (the drip alone would take 12 s)
    assert error.operation == "buy_numbers"
    assert server.count == 1


def test_a_slow_drip_of_headers_on_a_reused_connection_is_bounded(mode: str, hostile: Any) -> None:
    # The first call leaves a kept-alive connection in the pool; the second (a read: only reads
    # share connections) is sent on it, so no connect happens (sync: the socket is not learnt
    # from a connect) and its headers drip.
    peers: list[tuple[str, int]] = []

    def answer(request: Received, conn: Connection) -> None:
        peers.append(conn.peer)
        if len(peers) == 1:
            conn.json(200, '{"success": true}')
        else:
            _drip_head(request, conn)

    server = hostile(answer)

    def two_calls(client: Any) -> Any:
        assert client.get("/api/v1/sip") == {"success": True}
        started = time.monotonic()
        try:
            CUSTOMER(client)
        except plusofon.APITimeoutError as error:
            return error, time.monotonic() - started
        pytest.fail("the second call did not time out")

    async def two_calls_async(client: Any) -> Any:
        assert await client.get("/api/v1/sip") == {"success": True}
        started = time.monotonic()
        try:
            await CUSTOMER(client)
        except plusofon.APITimeoutError as error:
            return error, time.monotonic() - started
        pytest.fail("the second call did not time out")

    error, elapsed = call(
        mode, server.url, two_calls if mode == "sync" else two_calls_async, timeout=1.0
    )
    assert elapsed < 2.0, elapsed  # one attempt of 1 s (the drip alone would take 12 s)
    assert error.operation == "get_customer_info"
    assert server.count == 2  # one request per call
    assert len(set(peers)) == 1  # the second call went over the first call's connection


def test_a_slow_drip_on_a_get_is_bounded_per_attempt(mode: str, hostile: Any) -> None:
    server = hostile(_drip_body)
    started = time.monotonic()
    expect_error(
        mode, server.url, LIST_NUMBERS, plusofon.APITimeoutError, timeout=0.5, max_retries=2
    )
    elapsed = time.monotonic() - started
    assert server.count == 3
    assert elapsed < 0.5 * 3 + 1.5 + 1.0, elapsed  # three attempts and two backoffs (<= 1.5 s)


def test_a_retry_after_beyond_the_budget_is_not_slept(mode: str, hostile: Any) -> None:
    server = hostile(always(503, '{"message": "busy", "code": 503}', {"Retry-After": "999999"}))
    started = time.monotonic()
    error = expect_error(mode, server.url, LIST_NUMBERS, plusofon.ServerError, max_retries=5)
    assert time.monotonic() - started < 1.0
    assert isinstance(error, plusofon.APIStatusError)
    assert error.retry_after == 999999.0
    assert server.count == 1


def test_a_retry_after_date_far_ahead_is_not_slept(mode: str, hostile: Any) -> None:
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    server = hostile(always(429, '{"message": "slow down", "code": 429}', {"Retry-After": later}))
    started = time.monotonic()
    error = expect_error(mode, server.url, CUSTOMER, plusofon.RateLimitError, max_retries=3)
    assert time.monotonic() - started < 1.0
    assert isinstance(error, plusofon.APIStatusError) and error.retry_after is not None
    assert error.retry_after > 86400
    assert server.count == 1


def test_the_retry_waits_of_one_call_are_capped(mode: str, hostile: Any) -> None:
    server = hostile(always(503, '{"message": "busy", "code": 503}', {"Retry-After": "0.4"}))
    started = time.monotonic()
    error = expect_error(
        mode, server.url, LIST_NUMBERS, plusofon.ServerError, max_retries=50, max_retry_wait=1.0
    )
    elapsed = time.monotonic() - started
    # Waits of 0.4 s: two fit in 1.0 s, the third would not and is not slept.
    assert server.count == 3
    assert 0.8 <= elapsed < 1.8, elapsed
    assert isinstance(error, plusofon.APIStatusError) and error.retry_after == 0.4


def test_default_retry_wait_budget_is_60_seconds() -> None:
    client = plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID)
    assert client.max_retry_wait == 60.0
    assert client.with_options(max_retry_wait=5).max_retry_wait == 5.0
    with pytest.raises(plusofon.ConfigurationError, match="max_retry_wait"):
        client.with_options(max_retry_wait=float("nan"))
    client.close()


# --- 4. memory is bounded ----------------------------------------------------------------------


def _measure(mode: str, url: str, op: Op, **options: Any) -> tuple[plusofon.PlusofonError, int]:
    """Run a call that must fail; return its error and the peak of traced memory."""
    tracemalloc.start()
    try:
        error = expect_error(mode, url, op, **options)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return error, peak


def test_a_50_mb_answer_is_refused_near_the_default_limit(mode: str, hostile: Any) -> None:
    def answer(request: Received, conn: Connection) -> None:
        conn.head(200, {"Content-Type": "application/json", "Content-Length": str(50 * MiB)})
        conn.write(b'{"data": [], "x": "')
        conn.stream(50 * MiB - 19, b"a" * 65536)

    server = hostile(answer)
    error, peak = _measure(mode, server.url, LIST_NUMBERS)
    assert isinstance(error, plusofon.ResponseTooLargeError)
    assert error.limit == 32 * MiB and error.operation == "list_numbers"
    assert peak < 32 * MiB + 8 * MiB, peak


def test_an_answer_without_length_is_cut_at_a_small_limit(mode: str, hostile: Any) -> None:
    def answer(request: Received, conn: Connection) -> None:
        conn.head(200, {"Content-Type": "application/json", "Connection": "close"})
        conn.write(b'{"data": [], "x": "')
        conn.stream(20 * MiB)
        raise OSError("done")

    server = hostile(answer)
    error, peak = _measure(mode, server.url, CUSTOMER, max_response_bytes=MiB)
    assert isinstance(error, plusofon.ResponseTooLargeError)
    assert error.limit == MiB
    assert peak < 3 * MiB, peak
    assert server.count == 1


def test_a_gzip_bomb_is_counted_after_decompression(mode: str, hostile: Any) -> None:
    bomb = gzip_bomb(200 * MiB)
    assert len(bomb) < 300 * 1024

    def answer(request: Received, conn: Connection) -> None:
        headers = {"Content-Encoding": "gzip", "Content-Length": str(len(bomb))}
        conn.answer(200, bomb, headers)

    server = hostile(answer)
    error, peak = _measure(mode, server.url, LIST_NUMBERS)
    assert isinstance(error, plusofon.ResponseTooLargeError)
    assert peak < 32 * MiB + 8 * MiB, peak


def test_max_response_bytes_via_with_options(mode: str, hostile: Any) -> None:
    body = '{"success": true, "pad": "' + "p" * 5000 + '"}'
    server = hostile(always(200, body))
    assert call(mode, server.url, BUY, max_response_bytes=6000).success is True
    error = expect_error(
        mode,
        server.url,
        lambda c: BUY(c.with_options(max_response_bytes=4000)),
        plusofon.ResponseTooLargeError,
    )
    assert isinstance(error, plusofon.ResponseTooLargeError) and error.limit == 4000
    with pytest.raises(plusofon.ConfigurationError, match="max_response_bytes"):
        plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID, max_response_bytes=0)


def test_a_huge_server_message_is_cut_in_the_error(mode: str, hostile: Any) -> None:
    message = "Insufficient funds. " + "z" * (4 * MiB)
    server = hostile(always(400, f'{{"message": "{message}", "code": 400}}'))
    error = expect_error(mode, server.url, BUY, plusofon.ValidationError)
    assert isinstance(error, plusofon.APIStatusError)
    assert len(str(error)) < 8 * 1024 and len(repr(error)) < 8 * 1024
    assert len(error.message) < 8 * 1024
    assert "Insufficient funds" in str(error)


# --- 5. paths cannot be redirected ---------------------------------------------------------------


@pytest.mark.parametrize(
    "number_id",
    [
        "",
        ".",
        "..",
        "../..",
        "15/../reserve/5",
        "reserve/5",
        "%2e%2e",
        "1?x=1",
        "1#x",
        " 1",
        "1\n",
        -1,
        True,
        1.5,
        "x" * 10_000_000,
    ],
    ids=lambda v: repr(v)[:20],
)
def test_path_parameters_that_change_the_path_are_refused_before_sending(
    mode: str, hostile: Any, number_id: object
) -> None:
    server = hostile(always(200, '{"success": true}'))
    error = expect_error(mode, server.url, lambda c: c.number.delete_number(number_id=number_id))
    assert "number_id" in str(error)
    assert len(str(error)) < 1000
    assert server.count == 0


def test_a_plain_id_still_goes_through(mode: str, hostile: Any) -> None:
    server = hostile(always(200, '{"success": true}'))
    assert call(mode, server.url, lambda c: c.number.delete_number(number_id=31)).success
    assert call(mode, server.url, lambda c: c.number.delete_number(number_id="31")).success
    assert [r.path for r in server.received] == ["/api/v1/number/31"] * 2


@pytest.mark.parametrize("path", ["/api/v1/../x", "/api/v1/./number", "/api/v1/number?x=1", "/a b"])
def test_escape_hatch_paths_cannot_climb_out(mode: str, hostile: Any, path: str) -> None:
    server = hostile(always(200, "{}"))
    error = expect_error(mode, server.url, lambda c: c.get(path), plusofon.ArgumentError)
    assert "path" in str(error)
    assert server.count == 0


def test_escape_hatch_refuses_a_lone_surrogate_in_the_body(mode: str, hostile: Any) -> None:
    server = hostile(always(200, "{}"))
    value = "Zq" * 3 + "\udc80"  # built, so that the traceback's source lines do not show it
    op: Op = lambda c: c.post("/api/v1/sip", body={"name": value})  # noqa: E731
    error = expect_error(mode, server.url, op, plusofon.ArgumentError)
    assert "name" in str(error) and "ZqZqZq" not in all_texts(error)
    assert server.count == 0


def test_escape_hatch_follows_no_redirect(mode: str, hostile: Any) -> None:
    elsewhere = hostile(always(200, "{}"))
    server = hostile(_redirect_to(lambda: elsewhere.url + "/x", 302))
    error = expect_error(mode, server.url, lambda c: c.get("/api/v1/sip"), plusofon.APIStatusError)
    assert "not followed" in str(error)
    assert (server.count, elsewhere.count) == (1, 0)


# --- 6. inputs that cannot go on the wire ---------------------------------------------------

PASSPORT = "4510 998877"
BIRTHDAY = dt.date(1985, 3, 14)


def _save_fiz(**overrides: Any) -> Op:
    values: dict[str, Any] = {
        "first_name": "Secretname",
        "passport_number": PASSPORT,
        "birthday": BIRTHDAY,
        "billing_address_street": "Tverskaya 1",
        "agree_to_the_terms": True,
    }
    values.update(overrides)
    return lambda c: c.agreement.save_fiz_agreement(**values)


@pytest.mark.parametrize(
    "field", ["first_name", "billing_address_street", "passport_number", "issue"]
)
def test_a_lone_surrogate_is_refused_before_sending_without_personal_data(
    mode: str, hostile: Any, field: str
) -> None:
    server = hostile(always(200, '{"success": true}'))
    error = expect_error(mode, server.url, _save_fiz(**{field: "Iv\ud800an"}))
    text = all_texts(error)
    assert field in str(error)
    for value in (PASSPORT, "Secretname", "Tverskaya", "1985-03-14", "Iv"):
        assert value not in text.replace(field, ""), value
    assert server.count == 0


def test_a_lone_surrogate_in_a_multipart_form_is_refused_without_personal_data(
    mode: str, hostile: Any
) -> None:
    from tests.generation.test_generated_resources import fiz_arguments

    server = hostile(always(200, '{"success": true}'))
    arguments = {**fiz_arguments(), "first_name": "Iv\ud800an"}
    files = {"file_passport": b"JPEG", "file_registration": b"JPEG", "file_selfie": b"JPEG"}
    error = expect_error(
        mode,
        server.url,
        lambda c: c.agreement.submit_fiz_agreement(**arguments, **files),
        plusofon.ArgumentError,
    )
    assert isinstance(error, plusofon.ArgumentError) and error.parameter == "first_name"
    text = all_texts(error)
    for value in (arguments["passport_number"], arguments["last_name"], "Iv"):
        assert str(value) not in text.replace("first_name", ""), value
    assert server.count == 0


def test_a_missing_upload_file_is_refused_before_sending(
    mode: str, hostile: Any, tmp_path: Path
) -> None:
    server = hostile(always(200, '{"success": true}'))
    missing = tmp_path / "passport-of-Secretname.jpg"
    error = expect_error(
        mode, server.url, lambda c: c.agreement.upload_signed_agreement(files=[missing])
    )
    assert "files[0]" in str(error)
    assert "Secretname" not in all_texts(error)
    assert server.count == 0


# --- 7/8. redirects never repeat a write or leave the host ----------------------------------


def _redirect_to(location: Callable[[], str], status: int = 307) -> Any:
    def answer(request: Received, conn: Connection) -> None:
        conn.answer(status, b"", {"Location": location()})

    return answer


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_loop_does_not_repeat_a_write(mode: str, hostile: Any, status: int) -> None:
    holder: list[str] = []
    server = hostile(_redirect_to(lambda: holder[0] + "/api/v1/number/buy", status))
    holder.append(server.url)
    follower: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    error = expect_error(mode, server.url, BUY, http_client=follower(follow_redirects=True))
    assert isinstance(error, plusofon.APIStatusError)
    assert error.status_code == status
    assert server.methods() == ["POST"]


@pytest.mark.parametrize("op", [BUY, LIST_NUMBERS], ids=["POST", "GET"])
def test_a_redirect_never_leaves_the_host(mode: str, hostile: Any, op: Op) -> None:
    elsewhere = hostile(always(200, '{"success": true, "data": []}'))
    server = hostile(_redirect_to(lambda: elsewhere.url + "/steal"))
    follower: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    expect_error(mode, server.url, op, http_client=follower(follow_redirects=True))
    assert server.count == 1
    assert elsewhere.count == 0  # neither the body nor the Client header went there


# --- 9. no wire value of a personal field in any error, cause or traceback ------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("birthday", "Secret-1990-13-45"),
        ("passport_number", 4510998877),
        ("first_name", ["Secret-Ivan"]),
        ("issue", {"Secret": "x@example.org"}),
    ],
)
def test_a_mistyped_personal_field_is_not_quoted(
    mode: str, hostile: Any, field: str, value: object
) -> None:
    body = json.dumps({"agreement": {field: value}, "success": True})
    server = hostile(always(200, body))
    error = expect_error(mode, server.url, FIZ, plusofon.ResponseValidationError)
    assert field in str(error)
    text = all_texts(error)
    assert "Secret" not in text and "4510998877" not in text


def test_secrets_do_not_appear_in_errors_of_a_hostile_answer(mode: str, hostile: Any) -> None:
    echo = f'{{"message": "token {TOKEN} for client {CLIENT_ID} is bad", "code": 401}}'
    server = hostile(always(401, echo))
    error = expect_error(mode, server.url, CUSTOMER, plusofon.AuthenticationError)
    text = all_texts(error)
    assert TOKEN not in text
