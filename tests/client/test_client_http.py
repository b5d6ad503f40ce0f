"""The HTTP layer: headers, bodies, error classes, the 200 error envelope, connection errors."""

from __future__ import annotations

import json

import httpx
import pytest

import plusofon
from tests.client.support import (
    CLIENT_ID,
    TOKEN,
    Recorder,
    json_reply,
    make_client,
    number_page,
)

SUCCESS = {"success": True, "message": "ok"}


# --- headers and bodies ------------------------------------------------------------------------


def test_every_request_carries_client_and_bearer() -> None:
    recorder = Recorder(json_reply(number_page([])), json_reply(SUCCESS))
    client, _ = make_client(recorder)
    client.number.list_numbers()
    client.number.cancel_reservation(reserve_number_id="5")
    client.post("/api/v1/number/buy", body={"numbers": [1]})
    assert len(recorder.requests) == 3
    for request in recorder.requests:
        assert request.headers["Client"] == CLIENT_ID
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.headers["Accept"] == "application/json"


def test_no_content_type_without_a_body() -> None:
    recorder = Recorder(json_reply(number_page([])), json_reply(SUCCESS))
    client, _ = make_client(recorder)
    client.number.list_numbers()  # the generated code sets Content-Type even without a body
    client.number.cancel_reservation(reserve_number_id="5")
    for request in recorder.requests:
        assert request.content == b""
        assert "content-type" not in request.headers


def test_get_body_goes_out_as_json() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    client.number.list_numbers(phone_type="abc", page=2)
    request = recorder.last
    assert request.method == "GET"
    assert request.url.params["page"] == "2"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"phone_type": "abc"}


def test_delete_body_goes_out_as_json() -> None:
    recorder = Recorder(json_reply(SUCCESS))
    client, _ = make_client(recorder, retry_writes=False)
    client.delete("/api/v1/customer/tfa", body={"pin": "1234"})
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert json.loads(recorder.last.content) == {"pin": "1234"}


def test_bad_argument_fails_before_sending() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    with pytest.raises((TypeError, ValueError)) as info:
        client.number.list_numbers(phone_type="nihil")  # type: ignore[arg-type]
    assert "phone_type" in str(info.value)
    assert recorder.requests == []


# --- error classes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, plusofon.ValidationError),
        (401, plusofon.AuthenticationError),
        (403, plusofon.AuthenticationError),
        (404, plusofon.NotFoundError),
        (409, plusofon.ConflictError),
        (422, plusofon.ValidationError),
        (429, plusofon.RateLimitError),
        (500, plusofon.ServerError),
        (502, plusofon.ServerError),
        (503, plusofon.ServerError),
        (418, plusofon.APIStatusError),
    ],
)
def test_error_class_by_http_status(status: int, error: type[plusofon.APIStatusError]) -> None:
    recorder = Recorder(json_reply({"message": "Bad thing"}, status))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(error) as info:
        client.number.list_numbers()
    exc = info.value
    assert type(exc) is error
    assert isinstance(exc, plusofon.PlusofonError)
    assert (exc.status_code, exc.code) == (status, None)
    assert exc.message == "Bad thing"
    assert exc.response.status_code == status
    assert exc.operation == "list_numbers"
    assert str(exc).startswith("list_numbers: GET /api/v1/number -> HTTP")
    assert "Bad thing" in str(exc)


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        ({"message": "User not found.", "code": 500}, plusofon.ServerError, "User not found."),
        ({"error": "Fiz contract not found", "code": 404}, plusofon.NotFoundError, "Fiz contract"),
        ({"message": "Wrong pin", "code": 422}, plusofon.ValidationError, "Wrong pin"),
        ({"message": "Bad token", "code": 401}, plusofon.AuthenticationError, "Bad token"),
        ({"message": "Busy", "code": 409}, plusofon.ConflictError, "Busy"),
    ],
)
def test_error_class_by_plusofon_code(
    body: dict[str, object], error: type[plusofon.APIStatusError], message: str
) -> None:
    # HTTP 400 on the wire, but Plusofon's `code` decides the class.
    recorder = Recorder(json_reply(body, 400))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(error) as info:
        client.number.list_numbers()
    assert info.value.code == body["code"]
    assert info.value.status_code == 400
    assert message in info.value.message


def test_non_json_error_body_uses_the_reason_phrase() -> None:
    recorder = Recorder(httpx.Response(502, content=b"<html>Bad Gateway</html>"))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.ServerError) as info:
        client.number.list_numbers()
    assert info.value.message == "Bad Gateway"
    assert info.value.body is None


def test_laravel_validation_lists_field_names() -> None:
    body = {"message": "The given data was invalid.", "errors": {"pin": ["The pin is wrong."]}}
    recorder = Recorder(json_reply(body, 422))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ValidationError, match=r"fields: pin"):
        client.customer.get_tfa_status()


# --- the error envelope inside HTTP 200 ---------------------------------------------------------


def test_success_false_in_http_200_raises() -> None:
    recorder = Recorder(json_reply({"success": False, "message": "Номер занят"}))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.APIStatusError) as info:
        client.number.list_numbers()
    assert info.value.status_code == 200
    assert info.value.message == "Номер занят"


def test_code_500_in_http_200_raises_server_error() -> None:
    recorder = Recorder(json_reply({"success": False, "code": 500, "message": "User not found."}))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.ServerError) as info:
        client.number.list_numbers()
    assert (info.value.status_code, info.value.code) == (200, 500)
    assert info.value.message == "User not found."
    assert "error envelope" not in str(info.value)
    assert "HTTP 200, code 500" in str(info.value)


def test_code_without_success_flag_in_http_200_raises() -> None:
    recorder = Recorder(json_reply({"code": 404, "error": "Fiz contract not found"}))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.NotFoundError, match="Fiz contract not found"):
        client.agreement.get_fiz_agreement()


def test_envelope_in_http_200_is_retried_like_its_status() -> None:
    recorder = Recorder(
        json_reply({"success": False, "code": 503, "message": "busy"}),
        json_reply(number_page([])),
    )
    client, sleeps = make_client(recorder)
    client.number.list_numbers()
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1


def test_code_field_in_a_success_body_is_not_an_error() -> None:
    # directions carry `code` in every item: only a top-level error code counts.
    body = {
        "directions": [{"id": "1", "name": "Австралия", "english_name": "Australia", "code": 61}],
        "success": True,
    }
    recorder = Recorder(json_reply(body))
    client, _ = make_client(recorder)
    result = client.direction.list_directions()
    assert result.directions[0].code == 61


def test_a_decoded_body_is_not_decoded_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    body = {
        "directions": [{"id": "1", "name": "A", "english_name": "A", "code": 7}],
        "success": True,
    }
    client, _ = make_client(Recorder(json_reply(body)))
    calls: list[bytes] = []
    real_loads = json.loads

    def counting_loads(data: str | bytes, **kwargs: object) -> object:
        calls.append(data if isinstance(data, bytes) else data.encode())
        return real_loads(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(json, "loads", counting_loads)
    client.direction.list_directions()
    assert len(calls) == 1


# --- agreement/download -------------------------------------------------------------------------


def test_contract_not_ready_with_404() -> None:
    recorder = Recorder(json_reply({"message": "File not ready for download"}, 404))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ContractNotReadyError) as info:
        client.agreement.download_agreement()
    assert isinstance(info.value, plusofon.NotFoundError)
    assert info.value.status_code == 404
    assert info.value.code is None


def test_contract_not_ready_with_200() -> None:
    recorder = Recorder(json_reply({"message": "File not ready for download"}))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ContractNotReadyError):
        client.agreement.download_agreement()


def test_download_returns_the_pdf() -> None:
    pdf = b'%PDF-1.4\n% "code": 500 success false\n%%EOF'
    recorder = Recorder(
        httpx.Response(200, content=pdf, headers={"content-type": "application/pdf"})
    )
    client, _ = make_client(recorder)
    assert client.agreement.download_agreement() == pdf


# --- connection errors --------------------------------------------------------------------------


def test_connect_error_becomes_api_connection_error() -> None:
    recorder = Recorder(httpx.ConnectError("connection refused"))
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.APIConnectionError) as info:
        client.number.list_numbers()
    assert not isinstance(info.value, plusofon.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.request.url.path == "/api/v1/number"
    assert "connection refused" in str(info.value)


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("read timed out"), httpx.ConnectTimeout("connect timed out")]
)
def test_timeouts_become_api_timeout_error(exc: Exception) -> None:
    recorder = Recorder(exc)
    client, _ = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.APITimeoutError) as info:
        client.number.list_numbers()
    assert isinstance(info.value, plusofon.APIConnectionError)
    assert info.value.operation == "list_numbers"


def test_timeout_setting_reaches_the_request() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder, timeout=7.5)
    client.number.list_numbers()
    assert recorder.last.extensions["timeout"] == {
        "connect": 7.5,
        "read": 7.5,
        "write": 7.5,
        "pool": 60.0,  # the wait for a connection is pool_timeout's
    }
    client.with_options(pool_timeout=2.5).number.list_numbers()
    assert recorder.last.extensions["timeout"]["pool"] == 2.5
