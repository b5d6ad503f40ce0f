"""Odd bytes from a hostile server, sync and async: header octets, broken or unasked encodings,
error codes that are not plain integers, padded envelopes, echoed secrets, unreachable hosts.

Every case ends in a PlusofonError with its cause chained, never a bare UnicodeEncodeError,
zlib.error or ValueError, and never a wrong reading of the server's answer.
"""

from __future__ import annotations

import gzip
import socket
import time
import zlib
from typing import Any

import httpx
import pytest

import plusofon
from tests.client.hostile.clients import (
    BUY,
    CLIENT_ID,
    CUSTOMER,
    LIST_NUMBERS,
    TOKEN,
    all_texts,
    call,
    call_each,
    expect_error,
    no_wait,
)
from tests.client.hostile.server import Connection, Received, always

SUCCESS = b'{"success": true}'


def raw(status_line: bytes, headers: list[bytes], body: bytes) -> Any:
    """Answer every request with these bytes as they are (a Content-Length is added)."""

    def answer(request: Received, conn: Connection) -> None:
        lines = [status_line, *headers, b"Content-Length: %d" % len(body)]
        conn.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)

    return answer


# --- 1. header octets: kept as they arrived, read without failing -----------------------------


@pytest.mark.parametrize(
    "value",
    ["Привет, мир".encode(), b"caf\xe9", b"\xff\xfe\x80"],
    ids=["utf-8 Cyrillic", "latin-1", "no charset"],
)
def test_non_ascii_header_bytes_do_not_break_any_call(
    mode: str, hostile: Any, value: bytes
) -> None:
    headers = [b"Content-Type: application/json", b"X-Note: " + value]
    server = hostile(raw(b"HTTP/1.1 200 OK", headers, SUCCESS))
    raw_buy = lambda c: c.number.with_raw_response.buy_numbers(  # noqa: E731
        numbers=["74951234567"], owner_type="personal"
    )
    bought, again = call_each(mode, server.url, BUY, raw_buy)
    assert bought.success is True  # the purchase that went through reads as one
    assert again.parse().success is True  # and so does every call after it
    assert (b"X-Note", value) in again.headers.raw  # the octets as they arrived
    assert isinstance(again.headers["x-note"], str)
    assert server.count == 2


def test_non_ascii_header_bytes_on_an_error_answer(mode: str, hostile: Any) -> None:
    headers = [b"Content-Type: application/json", "X-Reason: нет денег".encode()]
    body = b'{"message": "Insufficient funds", "code": 409}'
    server = hostile(raw("HTTP/1.1 409 Конфликт".encode(), headers, body))
    error = expect_error(mode, server.url, BUY, plusofon.ConflictError)
    assert "Insufficient funds" in str(error)
    # A name outside HTTP's token characters is no header at all: the answer is refused.
    headers = [b"Content-Type: application/json", "X-Причина: нет денег".encode()]
    server = hostile(raw(b"HTTP/1.1 200 OK", headers, SUCCESS))
    error = expect_error(mode, server.url, BUY, plusofon.APIConnectionError)
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)


# --- 1. bodies that cannot be decoded ----------------------------------------------------------

BROKEN = {
    "gzip garbage": (b"gzip", b"not gzip at all"),
    "gzip cut short": (b"gzip", gzip.compress(SUCCESS)[:-6]),
    "deflate garbage": (b"deflate", b"\xff\x00not deflate"),
    "deflate cut short": (b"deflate", zlib.compress(SUCCESS * 20)[:-10]),
    "br": (b"br", b"\x1b\x10\x00"),
    "zstd": (b"zstd", b"\x28\xb5\x2f\xfd"),
    "unknown": (b"x-mystery", SUCCESS),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_body_that_cannot_be_decoded_is_a_decoding_error(
    mode: str, hostile: Any, case: str
) -> None:
    encoding, body = BROKEN[case]
    headers = [b"Content-Type: application/json", b"Content-Encoding: " + encoding]
    server = hostile(raw(b"HTTP/1.1 200 OK", headers, body))
    error = expect_error(mode, server.url, BUY, plusofon.ResponseDecodingError)
    assert error.__cause__ is not None  # what zlib or the encoding check said
    assert "schema" not in str(error)  # not the answer's shape: its bytes
    assert "purchase state is unknown" in str(error)  # the buy may have gone through
    assert server.count == 1
    server = hostile(raw(b"HTTP/1.1 200 OK", headers, body))
    expect_error(mode, server.url, LIST_NUMBERS, plusofon.ResponseDecodingError, max_retries=2)
    assert server.count == 1  # not transient: a GET is not repeated for it


# --- 1. error envelopes whose code is no plain integer ----------------------------------------


@pytest.mark.parametrize(
    "code",
    ['"²"', '"٤٠٩"', '"' + "9" * 5000 + '"', "1" + "0" * 3000, '"409 "', "409.0", '"-409"'],
    ids=["superscript", "arabic-indic", "5000 digits", "3001-digit int", "space", "float", "minus"],
)
@pytest.mark.parametrize("op", [BUY, lambda c: c.post("/api/v1/sip", body={})], ids=["buy", "post"])
def test_an_error_code_that_is_no_plain_integer_is_still_an_error(
    mode: str, hostile: Any, code: str, op: Any
) -> None:
    server = hostile(always(200, f'{{"success": false, "code": {code}, "message": "No money"}}'))
    error = expect_error(mode, server.url, op, plusofon.APIStatusError)
    assert isinstance(error, plusofon.APIStatusError)
    assert error.code is None and type(error) is plusofon.APIStatusError  # no class guessed
    assert "No money" in str(error) and len(str(error)) < 500
    assert server.count == 1


# --- 3. padding cannot hide an error envelope --------------------------------------------------

BOM = b"\xef\xbb\xbf"
ENVELOPE = b'{"success": false, "code": 409, "message": "Already bought"}'


@pytest.mark.parametrize(
    "body",
    [
        BOM + ENVELOPE,
        BOM + BOM + ENVELOPE,
        b" \r\n\t" + BOM + b"\n" + ENVELOPE,
        BOM + b'{"\\u0073uccess": false, "code": "409", "message": "Already bought"}',
        b'\n\n{"success" : false ,\n "code":409, "message":"Already bought"}\n\n',
    ],
    ids=["BOM", "two BOMs", "whitespace and BOM", "BOM and escapes", "whitespace"],
)
@pytest.mark.parametrize("op", [BUY, lambda c: c.post("/api/v1/sip", body={})], ids=["buy", "post"])
def test_a_bom_whitespace_or_escapes_do_not_turn_an_error_into_a_success(
    mode: str, hostile: Any, body: bytes, op: Any
) -> None:
    server = hostile(raw(b"HTTP/1.1 200 OK", [b"Content-Type: application/json"], body))
    error = expect_error(mode, server.url, op, plusofon.ConflictError)
    assert "Already bought" in str(error)
    assert server.count == 1


# --- 7. secrets quoted back by the server are masked, whatever the place and case ---------------


@pytest.mark.parametrize(
    ("answer", "error_class"),
    [
        (
            raw(
                b"HTTP/1.1 200 OK",
                [b"Content-Encoding: x-" + TOKEN.lower().encode() + b"-" + CLIENT_ID.encode()],
                SUCCESS,
            ),
            plusofon.ResponseDecodingError,
        ),
        (
            raw(b"HTTP/1.1 400 Bad " + TOKEN.upper().encode() + b" " + CLIENT_ID.encode(), [], b""),
            plusofon.ValidationError,
        ),
        (
            raw(
                b"HTTP/1.1 302 Found",
                [b"Location: https://evil.example/" + TOKEN.encode() + b"?c=" + CLIENT_ID.encode()],
                b"",
            ),
            plusofon.APIStatusError,
        ),
        (
            always(422, f'{{"message": "bad", "errors": {{"{TOKEN}": [], "id{CLIENT_ID}": []}}}}'),
            plusofon.ValidationError,
        ),
        (
            raw(b"HTTP/1.1 200 OK", [b"X-" + TOKEN.encode() + b" " + CLIENT_ID.encode()], SUCCESS),
            plusofon.APIConnectionError,
        ),
    ],
    ids=["content-encoding", "reason phrase", "location", "field names", "broken header line"],
)
def test_secrets_echoed_anywhere_are_masked(
    mode: str, hostile: Any, answer: Any, error_class: type[plusofon.PlusofonError]
) -> None:
    server = hostile(answer)
    error = expect_error(mode, server.url, BUY, error_class)
    text = all_texts(error)
    for secret in (TOKEN, TOKEN.lower(), TOKEN.upper(), CLIENT_ID):
        assert secret not in text, secret
    assert "***" in str(error)


def test_unknown_field_names_stay_out_of_a_models_repr(mode: str, hostile: Any) -> None:
    server = hostile(always(200, f'{{"success": true, "{TOKEN}": 1, "{CLIENT_ID}": 2}}'))
    result = call(mode, server.url, BUY)
    assert TOKEN not in repr(result) and CLIENT_ID not in repr(result)
    assert "<2 fields not in the spec>" in repr(result)
    assert result.additional_properties == {TOKEN: 1, CLIENT_ID: 2}  # kept, only not shown


# --- issue 20: connection errors say where and how often, never the path's ids ------------------


def _closed_port() -> int:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        return int(unused.getsockname()[1])  # nothing listens there once the socket is closed


def test_a_connection_error_names_host_port_and_attempts(mode: str) -> None:
    port = _closed_port()
    sleep = (lambda seconds: None) if mode == "sync" else no_wait
    op = lambda c: c.get("/api/v1/number/98765", params={"id": "55501"})  # noqa: E731
    url = f"http://127.0.0.1:{port}"
    error = expect_error(mode, url, op, plusofon.APIConnectionError, max_retries=2, sleep=sleep)
    assert str(error).startswith(f"GET 127.0.0.1:{port} failed after 3 attempts: ConnectError")
    assert "98765" not in str(error) and "55501" not in str(error)
    assert isinstance(error.__cause__, httpx.ConnectError)
    write = expect_error(mode, f"http://127.0.0.1:{port}", BUY, plusofon.APIConnectionError)
    assert f"POST 127.0.0.1:{port} failed after 1 attempt: " in str(write)


def test_a_timeout_names_host_port_and_attempts(mode: str, hostile: Any) -> None:
    def silent(request: Received, conn: Connection) -> None:
        time.sleep(0.4)

    server = hostile(silent)
    port = server.url.rsplit(":", 1)[1]
    sleep = (lambda seconds: None) if mode == "sync" else no_wait
    options: dict[str, Any] = {"timeout": 0.2, "max_retries": 1, "sleep": sleep}
    error = expect_error(mode, server.url, CUSTOMER, plusofon.APITimeoutError, **options)
    assert f"GET 127.0.0.1:{port} timed out after 2 attempts: " in str(error)
    assert "customer" not in str(error).removeprefix("get_customer_info: ")
    assert server.count == 2
