"""The SDK surface around the lifecycle: raw responses, client.get/post/..., wire details."""

from __future__ import annotations

import json

import httpx
import pytest

import plusofon
from plusofon_client.models import NumberPage, Success
from tests.client.support import (
    CLIENT_ID,
    TOKEN,
    Recorder,
    json_reply,
    make_async_client,
    make_client,
    number_item,
    number_page,
)

BUSY = {"message": "busy", "code": 503}


# --- with_raw_response -----------------------------------------------------------------------


def test_raw_response_gives_status_headers_and_the_parsed_model() -> None:
    recorder = Recorder(json_reply(number_page([number_item(1)]), headers={"X-Request-Id": "r1"}))
    client, _ = make_client(recorder)
    raw = client.number.with_raw_response.list_numbers(page=1)
    assert isinstance(raw, plusofon.APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r1"
    assert isinstance(raw.http_response, httpx.Response)
    page = raw.parse()
    assert isinstance(page, NumberPage)
    assert page.data[0].id == 1
    assert raw.parse() is page  # parsed once


def test_raw_response_still_raises_errors() -> None:
    client, _ = make_client(Recorder(json_reply({"message": "gone", "code": 404}, 404)))
    with pytest.raises(plusofon.NotFoundError):
        client.number.with_raw_response.list_numbers()
    envelope = Recorder(json_reply({"success": False, "code": 500, "message": "User not found."}))
    client, _ = make_client(envelope, max_retries=0)
    with pytest.raises(plusofon.ServerError):
        client.customer.with_raw_response.get_customer_info()


def test_raw_response_of_a_bad_body_raises_on_parse() -> None:
    broken = number_item(1)
    del broken["number"]
    client, _ = make_client(Recorder(json_reply(number_page([broken]))))
    raw = client.number.with_raw_response.list_numbers()
    assert raw.status_code == 200
    with pytest.raises(plusofon.ResponseValidationError, match=r"data\[0\]\.number"):
        raw.parse()


async def test_async_raw_response() -> None:
    client, _ = make_async_client(Recorder(json_reply({"success": True, "message": "ok"})))
    raw = await client.number.with_raw_response.cancel_reservation(reserve_number_id="5")
    assert raw.status_code == 200
    assert raw.parse() == Success(success=True, message="ok")
    await client.close()


# --- client.get/post/put/patch/delete ------------------------------------------------------


def test_get_sends_auth_params_and_a_json_body_and_returns_json() -> None:
    recorder = Recorder(json_reply({"success": True, "data": [{"id": 1}]}))
    client, _ = make_client(recorder)
    data = client.get("/api/v1/sip", params={"page": 2}, body={"filter": "x"})
    assert data == {"success": True, "data": [{"id": 1}]}
    request = recorder.last
    assert request.method == "GET"
    assert str(request.url) == "https://restapi.plusofon.ru/api/v1/sip?page=2"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Client"] == CLIENT_ID
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"filter": "x"}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_send_their_body_as_json(method: str) -> None:
    recorder = Recorder(json_reply({"success": True}))
    client, _ = make_client(recorder)
    assert getattr(client, method)("/api/v1/webhooks/3", body={"url": "https://x"}) == {
        "success": True
    }
    assert recorder.last.method == method.upper()
    assert json.loads(recorder.last.content) == {"url": "https://x"}


def test_no_body_no_content_type() -> None:
    recorder = Recorder(json_reply({"success": True}))
    client, _ = make_client(recorder)
    client.delete("/api/v1/webhooks/3")
    assert recorder.last.content == b""
    assert "content-type" not in recorder.last.headers


def test_non_json_answer_comes_back_as_bytes() -> None:
    recorder = Recorder(httpx.Response(200, content=b"id;name\n1;a\n"))
    client, _ = make_client(recorder)
    assert client.get("/api/v1/calls/export") == b"id;name\n1;a\n"


def test_get_is_retried_and_post_is_not() -> None:
    recorder = Recorder(json_reply(BUSY, 503), json_reply({"success": True}))
    client, sleeps = make_client(recorder)
    assert client.get("/api/v1/sip") == {"success": True}
    assert len(sleeps) == 1
    recorder = Recorder(json_reply(BUSY, 503), json_reply({"success": True}))
    client, sleeps = make_client(recorder)
    with pytest.raises(plusofon.ServerError):
        client.post("/api/v1/sms", body={"text": "hi"})
    assert (len(recorder.requests), sleeps) == (1, [])


def test_errors_and_the_envelope_raise_as_for_resources() -> None:
    recorder = Recorder(json_reply({"success": False, "code": 404, "message": "No such sip"}))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.NotFoundError) as info:
        client.get("/api/v1/sip/9")
    assert (info.value.status_code, info.value.code) == (200, 404)
    assert TOKEN not in str(info.value)


def test_bad_path_or_params_are_argument_errors() -> None:
    recorder = Recorder()
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ArgumentError) as info:
        client.get("api/v1/sip")
    assert info.value.parameter == "path"
    with pytest.raises(plusofon.ArgumentError) as info:
        client.get("/api/v1/sip", params=["page", 2])  # type: ignore[arg-type]
    assert info.value.parameter == "params"
    assert recorder.requests == []


async def test_async_get_and_delete() -> None:
    recorder = Recorder(json_reply({"success": True}))
    client, _ = make_async_client(recorder)
    assert await client.get("/api/v1/sip") == {"success": True}
    assert await client.delete("/api/v1/sip/1", body={"pin": "1234"}) == {"success": True}
    assert await client.post("/api/v1/sip") == {"success": True}
    assert await client.put("/api/v1/sip/1") == {"success": True}
    assert await client.patch("/api/v1/sip/1") == {"success": True}
    assert json.loads(recorder.requests[1].content) == {"pin": "1234"}
    await client.close()


# --- wire details ----------------------------------------------------------------------------


def test_download_accepts_pdf_and_json() -> None:
    pdf = httpx.Response(200, content=b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    recorder = Recorder(pdf, json_reply(number_page([])))
    client, _ = make_client(recorder)
    assert client.agreement.download_agreement() == b"%PDF-1.7"
    assert recorder.requests[0].headers["Accept"] == "application/pdf, application/json"
    client.number.list_numbers()
    assert recorder.requests[1].headers["Accept"] == "application/json"


def test_user_agent_carries_the_package_version() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    client.number.list_numbers()
    assert recorder.last.headers["User-Agent"] == f"plusofon-python/{plusofon.__version__}"


def test_each_header_is_sent_once_with_our_value() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    client.number.list_numbers()
    headers = recorder.last.headers
    assert headers.get_list("accept") == ["application/json"]
    assert headers.get_list("user-agent") == [f"plusofon-python/{plusofon.__version__}"]
    assert headers["accept-encoding"]  # httpx's defaults stay


def test_an_injected_http_client_keeps_its_own_headers_and_hooks() -> None:
    recorder = Recorder(json_reply(number_page([])))
    seen: list[str] = []
    http_client = httpx.Client(
        transport=httpx.MockTransport(recorder),
        headers={"X-Trace": "t-1"},
        event_hooks={"request": [lambda request: seen.append(request.url.path)]},
    )
    with http_client:
        client = plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID, http_client=http_client)
        client.number.list_numbers()
    assert recorder.last.headers["X-Trace"] == "t-1"
    assert recorder.last.headers["Client"] == CLIENT_ID
    assert seen == ["/api/v1/number"]
