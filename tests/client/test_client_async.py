"""AsyncPlusofon: the async twins of the key behaviours, and a run against the mock server."""

from __future__ import annotations

import json

import httpx
import pytest

import plusofon
from plusofon_client.models import NumberPage
from plusofon_mock import create_app
from tests.client.support import (
    CLIENT_ID,
    TOKEN,
    Recorder,
    json_reply,
    make_async_client,
    number_page,
)


async def test_headers_and_bodies() -> None:
    recorder = Recorder(json_reply(number_page([])), json_reply({"success": True}))
    client, _ = make_async_client(recorder)
    await client.number.list_numbers(phone_type="800")
    await client.number.cancel_reservation(reserve_number_id="9")
    with_body, without_body = recorder.requests
    for request in recorder.requests:
        assert request.headers["Client"] == CLIENT_ID
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert with_body.method == "GET"
    assert with_body.headers["Content-Type"] == "application/json"
    assert json.loads(with_body.content) == {"phone_type": "800"}
    assert without_body.method == "DELETE"
    assert "content-type" not in without_body.headers
    await client.close()


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (401, {"message": "Unauthenticated."}, plusofon.AuthenticationError),
        (404, {"error": "Fiz contract not found", "code": 404}, plusofon.NotFoundError),
        (422, {"message": "bad"}, plusofon.ValidationError),
        (409, {"message": "busy", "code": 409}, plusofon.ConflictError),
        (200, {"success": False, "code": 500, "message": "User not found."}, plusofon.ServerError),
        (200, {"success": False, "code": 429, "message": "slow down"}, plusofon.RateLimitError),
    ],
)
async def test_error_classes(
    status: int, body: dict[str, object], error: type[plusofon.APIStatusError]
) -> None:
    client, _ = make_async_client(Recorder(json_reply(body, status)), max_retries=0)
    with pytest.raises(error) as info:
        await client.number.list_numbers()
    assert info.value.operation == "list_numbers"
    assert info.value.status_code == status
    await client.close()


async def test_contract_not_ready() -> None:
    recorder = Recorder(json_reply({"message": "File not ready for download"}, 404))
    client, _ = make_async_client(recorder)
    with pytest.raises(plusofon.ContractNotReadyError):
        await client.agreement.download_agreement()
    await client.close()


async def test_timeout_and_connection_errors() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"), httpx.ConnectError("refused"))
    client, sleeps = make_async_client(recorder, max_retries=0)
    with pytest.raises(plusofon.APITimeoutError):
        await client.number.list_numbers()
    with pytest.raises(plusofon.APIConnectionError) as info:
        await client.number.list_numbers()
    assert not isinstance(info.value, plusofon.APITimeoutError)
    assert sleeps == []
    await client.close()


async def test_connection_error_retried_then_success() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), json_reply(number_page([])))
    client, sleeps = make_async_client(recorder)
    page = await client.number.list_numbers()
    assert isinstance(page, NumberPage)
    assert len(sleeps) == 1
    await client.close()


async def test_against_the_mock_server() -> None:
    app = create_app()
    state = app.mock_state
    async with plusofon.AsyncPlusofon(
        token=state.token,
        client_id=state.client_id,
        base_url="http://testserver",
        transport=httpx.ASGITransport(app=app),
    ) as client:
        page = await client.number.list_numbers()
        assert page.data
        with pytest.raises(plusofon.ContractNotReadyError):
            await client.agreement.download_agreement()
        with pytest.raises(plusofon.NotFoundError):
            await client.agreement.get_fiz_agreement()
        found = 0
        async for _item in client.paginate(client.number.search_numbers, city_code=495):
            found += 1
            if found == 30:
                break
        assert found == 30
        wrong = client.with_options(token="not-the-token")
        with pytest.raises(plusofon.AuthenticationError):
            await wrong.number.list_numbers()
