"""customer and direction groups: customer-info, two-factor authentication, call directions."""

# Russian text from the docs: Cyrillic look-alikes of Latin letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from plusofon_mock.state import MOSCOW
from tests.mock.clock import Clock


@pytest.fixture(autouse=True)
def customer_direction_start(mock_clock: Clock) -> None:
    """These tests start at 2023-02-13 10:00, Moscow time."""
    mock_clock.now = dt.datetime(2023, 2, 13, 10, 0, 0, tzinfo=MOSCOW)


async def get_json(client: httpx.AsyncClient, path: str) -> Any:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


async def test_customer_info(client: httpx.AsyncClient, mock_clock: Clock) -> None:
    assert await get_json(client, "/api/v1/customer-info") == {
        "id": 1234,
        "tariff": {"name": "Тестовый", "description": "Облачная АТС"},
        "expiration_date": {"days": 14, "expiration": "2023-02-27 10:00:00"},
        "block": {"type": "agreement"},
        "unread_sms": 0,
        "finally_created": True,
        "success": True,
    }
    assert mock_clock.now is not None
    mock_clock.now += dt.timedelta(days=3, hours=1)
    later = await get_json(client, "/api/v1/customer-info")
    assert later["expiration_date"]["days"] == 11
    assert await get_json(client, "/api/v1/agreement/expiration") == {
        "days": 11,
        "expiration": "2023-02-27 10:00:00",
    }


async def test_tfa_enable_and_disable(client: httpx.AsyncClient) -> None:
    assert await get_json(client, "/api/v1/customer/tfa") == {"tfa_active": False, "success": True}
    enabled = await client.put("/api/v1/customer/tfa", json={"pin": "1234"})
    assert enabled.status_code == 200 and enabled.json() == {"success": True}
    assert (await get_json(client, "/api/v1/customer/tfa"))["tfa_active"] is True
    twice = await client.put("/api/v1/customer/tfa", json={"pin": "1234"})
    assert twice.status_code == 409 and twice.json()["code"] == 409
    wrong = await client.request("DELETE", "/api/v1/customer/tfa", json={"pin": "0000"})
    assert wrong.status_code == 409 and wrong.json() == {"message": "Wrong PIN", "code": 409}
    no_pin = await client.delete("/api/v1/customer/tfa")
    assert no_pin.status_code == 409
    disabled = await client.request("DELETE", "/api/v1/customer/tfa", json={"pin": "1234"})
    assert disabled.status_code == 200 and disabled.json() == {"success": True}
    assert (await get_json(client, "/api/v1/customer/tfa"))["tfa_active"] is False
    not_active = await client.request("DELETE", "/api/v1/customer/tfa", json={"pin": "1234"})
    assert not_active.status_code == 409


async def test_tfa_errors(client: httpx.AsyncClient) -> None:
    number_pin = await client.put("/api/v1/customer/tfa", json={"pin": 1234})
    assert number_pin.status_code == 400
    assert number_pin.json() == {"message": "pin: must be a string", "code": 400}
    without_pin = await client.put("/api/v1/customer/tfa", json={})
    assert without_pin.status_code == 409
    no_body = await client.put("/api/v1/customer/tfa")
    assert no_body.status_code == 400


async def test_allowed_directions_are_the_docs_example(client: httpx.AsyncClient) -> None:
    assert await get_json(client, "/api/v1/direction") == {
        "directions": {
            "36": {"code": "36", "name": "Венгрия", "english_name": "Hungary"},
            "58": {"code": "58", "name": "Венесуэла", "english_name": "Venezuela"},
        },
        "success": True,
    }


async def test_all_directions(client: httpx.AsyncClient) -> None:
    body = await get_json(client, "/api/v1/directions")
    assert body["success"] is True
    assert body["directions"][:2] == [
        {
            "id": "1",
            "name": "Австралийские внеш. террит-и",
            "english_name": "Australian External Territorie",
            "code": 672,
        },
        {"id": "2", "name": "Австралия", "english_name": "Australia", "code": 61},
    ]
    codes = {d["code"] for d in body["directions"]}
    assert {36, 58} <= codes
    assert all(isinstance(d["id"], str) and isinstance(d["code"], int) for d in body["directions"])


async def test_allow_and_forbid_directions(client: httpx.AsyncClient) -> None:
    ids = {d["code"]: d["id"] for d in (await get_json(client, "/api/v1/directions"))["directions"]}
    added = await client.put("/api/v1/direction", json={"direction_ids": [int(ids[61]), ids[672]]})
    assert added.status_code == 200 and added.json() == {"success": True}
    allowed = (await get_json(client, "/api/v1/direction"))["directions"]
    assert list(allowed) == ["36", "58", "61", "672"]
    assert allowed["61"] == {"code": "61", "name": "Австралия", "english_name": "Australia"}

    removed = await client.request("DELETE", "/api/v1/direction", json={"codes": [36, "672"]})
    assert removed.status_code == 200 and removed.json() == {"success": True}
    assert list((await get_json(client, "/api/v1/direction"))["directions"]) == ["58", "61"]
    empty = await client.put("/api/v1/direction", json={"direction_ids": []})
    assert empty.status_code == 200


async def test_direction_errors(client: httpx.AsyncClient) -> None:
    unknown_id = await client.put("/api/v1/direction", json={"direction_ids": [9999]})
    assert unknown_id.status_code == 404 and unknown_id.json()["code"] == 404
    unknown_code = await client.request("DELETE", "/api/v1/direction", json={"codes": [99999]})
    assert unknown_code.status_code == 404
    for method, body, field in [
        ("PUT", {"direction_ids": "1"}, "direction_ids"),
        ("PUT", {"direction_ids": [None]}, "direction_ids[0]"),
        ("DELETE", {"codes": [1.5]}, "codes[0]"),
        ("DELETE", {"codes": {"a": 1}}, "codes"),
    ]:
        response = await client.request(method, "/api/v1/direction", json=body)
        assert response.status_code == 400, body
        assert response.json()["message"].startswith(f"{field}: ")
    # Nothing changed.
    assert list((await get_json(client, "/api/v1/direction"))["directions"]) == ["36", "58"]
