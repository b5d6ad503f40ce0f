"""number group: lists, search, reserve, cancel, buy, delete, follow, contact list."""

# Russian text from the docs: Cyrillic look-alikes of Latin letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from plusofon_mock import MockApp
from plusofon_mock.routes_number import mask_matches
from plusofon_mock.state import MOSCOW
from tests.mock.clock import Clock

FIXED_NOW = dt.datetime(2023, 2, 13, 12, 0, 0, tzinfo=MOSCOW)

DOCS_NUMBERS = [
    {
        "id": 15,
        "number": "79309993750",
        "phone_type": "def",
        "owner_type": "business",
        "period_price": 99,
        "buy_price": 99,
        "black_list": None,
        "aon_for_sips": [],
        "following": {
            "name": "Sip аккаунт test@plusofontest.ru",
            "cli_type": "Номер и имя звонящего",
        },
        "integration_following": {
            "host": "test.amocrm.ru",
            "type": "amo",
            "cli_type": "Переадресующий номер",
        },
    },
    {
        "id": 17,
        "number": "74951334527",
        "phone_type": "abc",
        "owner_type": "personal",
        "period_price": 150,
        "buy_price": 1,
        "black_list": None,
        "aon_for_sips": [{"id": 73, "name": "test@plusofontest.ru"}],
        "following": None,
        "integration_following": None,
    },
]


@pytest.fixture(autouse=True)
def number_start(mock_clock: Clock) -> None:
    """These tests run at FIXED_NOW."""
    mock_clock.now = FIXED_NOW


async def get_json(client: httpx.AsyncClient, path: str, **kwargs: Any) -> Any:
    response = await client.request("GET", path, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


async def numbers_by_id(client: httpx.AsyncClient) -> dict[int, Any]:
    body = await get_json(client, "/api/v1/number")
    return {item["id"]: item for item in body["data"]}


async def test_number_list_is_the_docs_example(client: httpx.AsyncClient) -> None:
    body = await get_json(client, "/api/v1/number")
    assert body == {
        "current_page": 1,
        "data": DOCS_NUMBERS,
        "first_page_url": "http://testserver/api/v1/number?page=1",
        "from": 1,
        "last_page": 1,
        "last_page_url": "http://testserver/api/v1/number?page=1",
        "next_page_url": None,
        "path": "http://testserver/api/v1/number",
        "per_page": 15,
        "prev_page_url": None,
        "to": 2,
        "total": 2,
        "success": True,
    }
    assert list(body)[:3] == ["current_page", "data", "first_page_url"]  # the docs' key order


async def test_number_list_filters_by_phone_type_in_the_body(client: httpx.AsyncClient) -> None:
    abc = await get_json(client, "/api/v1/number", json={"phone_type": "abc"})
    toll_free = await get_json(client, "/api/v1/number", json={"phone_type": "800"})
    assert [item["id"] for item in abc["data"]] == [17]
    assert toll_free["data"] == []
    assert toll_free["from"] is None and toll_free["to"] is None and toll_free["total"] == 0
    bad = await client.request("GET", "/api/v1/number", json={"phone_type": "nihil"})
    assert bad.status_code == 400
    assert bad.json()["message"].startswith("phone_type: must be one of")


async def test_sms_numbers(client: httpx.AsyncClient) -> None:
    body = await get_json(client, "/api/v1/number/sms")
    assert body["data"] == [
        {
            "id": 22,
            "number": "79309992501",
            "phone_type": "def",
            "owner_type": "personal",
            "sms_packet": {
                "packet": "8460040d-374c-a7d8-abbe-6241614add81",
                "packet_name": "Пакет СМС 500",
                "sms_amount": 500,
                "price": "300.00",
                "sms_remaining": 500,
            },
        }
    ]
    assert body["total"] == 1 and body["per_page"] == 15


async def test_follow_and_cli_types_and_code_regions(client: httpx.AsyncClient) -> None:
    follow = await get_json(client, "/api/v1/number/follow-types")
    cli = await get_json(client, "/api/v1/number/cli-types")
    regions = await get_json(client, "/api/v1/number/code-regions", json={"type": "rerum"})
    assert [item["type"] for item in follow["follow_types"]] == [
        "sip",
        "number",
        "group",
        "scenario",
    ]
    assert follow["follow_types"][2]["owner_types"] == ["business"]
    assert cli == {
        "cli_types": [
            {"type": "Y", "title": "Номер и имя звонящего"},
            {"type": "N", "title": "Переадресующий номер"},
        ]
    }
    assert regions["success"] is True
    assert {"id": 65, "title": "Улан-Удэ (301)", "code": ["301"]} in regions["code_regions"]
    assert {"id": 23, "title": "Ижевск(341)", "code": ["341"]} in regions["code_regions"]


async def test_search_page_100_is_the_docs_example(client: httpx.AsyncClient) -> None:
    body = await get_json(client, "/api/v1/number/search", params={"page": 100})
    assert body["data"][:2] == [
        {
            "number_type": 0,
            "number": "4951332210",
            "buy_price": "99.00",
            "period_price": "99.00",
            "owner_type": "personal",
            "phone_type": "abc",
        },
        {
            "number_type": 0,
            "number": "4951332211",
            "buy_price": "99.00",
            "period_price": "99.00",
            "owner_type": "personal",
            "phone_type": "abc",
        },
    ]
    assert list(body) == [
        "current_page",
        "data",
        "first_page_url",
        "from",
        "next_page_url",
        "path",
        "per_page",
        "prev_page_url",
        "to",
        "success",
    ]
    assert body["current_page"] == 100 and body["per_page"] == 20
    assert (body["from"], body["to"]) == (1981, 2000)
    assert body["next_page_url"] == "http://testserver/api/v1/number/search?page=101"
    assert body["prev_page_url"] == "http://testserver/api/v1/number/search?page=99"
    assert body["first_page_url"] == "http://testserver/api/v1/number/search?page=1"


async def test_search_showcase_is_large_and_deterministic(client: httpx.AsyncClient) -> None:
    first = await get_json(client, "/api/v1/number/search")
    again = await get_json(client, "/api/v1/number/search")
    page2 = await get_json(client, "/api/v1/number/search", params={"page": 2})
    assert first == again
    assert len(first["data"]) == 20 and first["prev_page_url"] is None
    assert (page2["from"], page2["to"]) == (21, 40)
    assert page2["data"][0]["number"] == "4951330250"
    assert not {i["number"] for i in first["data"]} & {i["number"] for i in page2["data"]}
    # 3,200 numbers, two of them reserved: page 160 is the last one, 161 is past the end.
    last = await get_json(client, "/api/v1/number/search", params={"page": 160})
    past = await get_json(client, "/api/v1/number/search", params={"page": 161})
    assert (last["from"], last["to"], last["next_page_url"]) == (3181, 3198, None)
    assert past["data"] == [] and past["next_page_url"] is None
    assert past["from"] is None and past["to"] is None
    assert past["prev_page_url"] == "http://testserver/api/v1/number/search?page=160"


async def test_search_filters(client: httpx.AsyncClient) -> None:
    async def search(**filters: object) -> list[dict[str, Any]]:
        body = await get_json(client, "/api/v1/number/search", json=filters)
        data: list[dict[str, Any]] = body["data"]
        return data

    assert {i["phone_type"] for i in await search(phone_type="def")} == {"def"}
    assert all(i["number"].startswith("301") for i in await search(region=65))
    assert all(i["number"].startswith("341") for i in await search(city_code=341))
    assert {i["owner_type"] for i in await search(owner_type="business")} == {"business"}
    gold = await search(number_type="2")
    assert gold and {i["number_type"] for i in gold} == {2}
    assert all(i["number"].endswith("00") for i in gold)
    assert [i["number"] for i in await search(phone_number="1332210")] == ["4951332210"]
    masked = [i["number"] for i in await search(city_code=495, phone_number="133?21*")]
    assert masked == [f"495133{x}21{y}" for x in (1, 2) for y in range(10)]
    assert await search(phone_number="error") == []
    assert await search(region=4, city_code=4) == []
    for bad in ({"number_type": 0}, {"number_type": "6"}, {"region": "65"}, {"phone_type": 800}):
        response = await client.request("GET", "/api/v1/number/search", json=bad)
        assert response.status_code == 400, bad
        assert response.json()["message"].startswith(f"{next(iter(bad))}: ")


def test_mask_matching() -> None:
    assert mask_matches("133", "1332210")
    assert mask_matches("*10", "1332210")
    assert mask_matches("13?2*", "1332210")
    assert not mask_matches("13?2", "1332210")
    assert mask_matches("*", "")
    assert not mask_matches("?" * 8, "1332210")
    assert not mask_matches("*?" * 500 + "x", "1332210")


async def test_reserve_list_buy_flow(app: MockApp, client: httpx.AsyncClient) -> None:
    found = await get_json(client, "/api/v1/number/search", json={"phone_type": "def"})
    chosen = found["data"][0]
    number = int(chosen["number"])
    reserved = await client.post(
        "/api/v1/number/reserve", json={"number": number, "owner_type": "business", "short": 1}
    )
    assert reserved.status_code == 200 and reserved.json() == {"success": True}

    reservations = (await get_json(client, "/api/v1/number/reserve"))["data"]
    new = [r for r in reservations if r["number"] == "7" + chosen["number"]]
    assert len(new) == 1
    reservation = new[0]
    assert reservation["id"] not in (5, 6)
    assert reservation["reserved_untill"] == "2023-02-13 13:00:00"
    assert reservation["owner_type"] == "business" and reservation["phone_type"] == "def"
    assert reservation["buy_price"] == int(float(chosen["buy_price"]))
    assert isinstance(reservation["period_price"], int)
    again = await get_json(client, "/api/v1/number/search", json={"phone_type": "def"})
    assert chosen["number"] not in {i["number"] for i in again["data"]}

    bought = await client.post(
        "/api/v1/number/buy", json={"numbers": [reservation["number"]], "owner_type": "business"}
    )
    assert bought.status_code == 200 and bought.json() == {"success": True}
    connected = [
        n for n in (await numbers_by_id(client)).values() if n["number"] == "7" + chosen["number"]
    ]
    assert len(connected) == 1
    assert connected[0]["id"] not in (15, 17, 22)
    assert connected[0]["following"] is None and connected[0]["black_list"] is None
    remaining = (await get_json(client, "/api/v1/number/reserve"))["data"]
    assert [r["id"] for r in remaining] == [5, 6]
    purchases = app.mock_state.purchases
    assert len(purchases) == 1
    assert purchases[0].number == "7" + chosen["number"]
    assert purchases[0].number_id == connected[0]["id"]
    assert purchases[0].reservation_id == reservation["id"]


async def test_reserve_without_short_lasts_24_hours(client: httpx.AsyncClient) -> None:
    await client.post(
        "/api/v1/number/reserve", json={"number": 4991230001, "owner_type": "personal"}
    )
    body = await get_json(client, "/api/v1/number/reserve")
    assert body["data"][-1]["reserved_untill"] == "2023-02-14 12:00:00"
    assert body["total"] == 3


async def test_buy_takes_10_and_11_digit_numbers_and_docs_reservations(
    app: MockApp, client: httpx.AsyncClient
) -> None:
    response = await client.post(
        "/api/v1/number/buy",
        json={"numbers": [4951919036, "74951919034"], "owner_type": "personal"},
    )
    assert response.status_code == 200
    numbers = {n["number"]: n for n in (await numbers_by_id(client)).values()}
    assert numbers["74951919036"]["buy_price"] == 99
    assert numbers["74951919034"]["period_price"] == 150
    assert numbers["74951919034"]["owner_type"] == "personal"
    assert (await get_json(client, "/api/v1/number/reserve"))["data"] == []
    assert [p.number for p in app.mock_state.purchases] == ["74951919036", "74951919034"]


async def test_buy_refuses_numbers_not_reserved(app: MockApp, client: httpx.AsyncClient) -> None:
    for numbers in ([4951330230], [4951919036, 4951330230], ["junk"], [74951334527]):
        response = await client.post(
            "/api/v1/number/buy", json={"numbers": numbers, "owner_type": "personal"}
        )
        assert response.status_code == 409, numbers
        assert response.json()["code"] == 409
    # All or nothing: the reserved 4951919036 of the second attempt is still reserved.
    assert len((await get_json(client, "/api/v1/number/reserve"))["data"]) == 2
    assert app.mock_state.purchases == []
    bad = await client.post(
        "/api/v1/number/buy", json={"numbers": [True], "owner_type": "personal"}
    )
    assert bad.status_code == 400 and bad.json()["message"].startswith("numbers[0]: ")
    missing = await client.post("/api/v1/number/buy", json={"owner_type": "personal"})
    assert missing.json() == {"message": "numbers: is required", "code": 400}


async def test_reserve_errors(client: httpx.AsyncClient) -> None:
    unknown = await client.post(
        "/api/v1/number/reserve", json={"number": 11, "owner_type": "business"}
    )
    assert unknown.status_code == 404 and unknown.json()["code"] == 404
    reserved = await client.post(
        "/api/v1/number/reserve", json={"number": 4951919036, "owner_type": "business"}
    )
    assert reserved.status_code == 409
    connected = await client.post(
        "/api/v1/number/reserve", json={"number": 4951334527, "owner_type": "business"}
    )
    assert connected.status_code == 409
    first = await client.post(
        "/api/v1/number/reserve", json={"number": 74951330230, "owner_type": "business"}
    )
    twice = await client.post(
        "/api/v1/number/reserve", json={"number": 4951330230, "owner_type": "business"}
    )
    assert first.status_code == 200 and twice.status_code == 409


async def test_cancel_reservation(client: httpx.AsyncClient) -> None:
    before = await get_json(client, "/api/v1/number/search", json={"phone_number": "1919036"})
    assert before["data"] == []
    response = await client.delete("/api/v1/number/reserve/5")
    assert response.status_code == 200 and response.json() == {"success": True}
    remaining = await get_json(client, "/api/v1/number/reserve")
    assert [r["id"] for r in remaining["data"]] == [6]
    after = await get_json(client, "/api/v1/number/search", json={"phone_number": "1919036"})
    assert [i["number"] for i in after["data"]] == ["4951919036"]
    again = await client.delete("/api/v1/number/reserve/5")
    assert again.status_code == 404 and again.json()["code"] == 404
    for raw in ("999", "abc"):
        assert (await client.delete(f"/api/v1/number/reserve/{raw}")).status_code == 404


async def test_reservation_list_filter_and_pagination(client: httpx.AsyncClient) -> None:
    for offset in range(20):
        response = await client.post(
            "/api/v1/number/reserve", json={"number": 3012200000 + offset, "owner_type": "personal"}
        )
        assert response.status_code == 200
    page1 = await get_json(client, "/api/v1/number/reserve")
    page2 = await get_json(client, "/api/v1/number/reserve", params={"page": 2})
    page3 = await get_json(client, "/api/v1/number/reserve", params={"page": 3})
    assert (page1["total"], page1["last_page"], len(page1["data"])) == (22, 2, 15)
    assert (page2["from"], page2["to"], page2["next_page_url"]) == (16, 22, None)
    assert page1["next_page_url"] == "http://testserver/api/v1/number/reserve?page=2"
    assert page2["last_page_url"] == "http://testserver/api/v1/number/reserve?page=2"
    assert page3["data"] == [] and page3["from"] is None and page3["current_page"] == 3
    ids = [r["id"] for r in page1["data"] + page2["data"]]
    assert len(set(ids)) == 22
    abc = await get_json(client, "/api/v1/number/reserve", json={"phone_type": "def"})
    assert abc["data"] == []


async def test_delete_number(client: httpx.AsyncClient) -> None:
    response = await client.delete("/api/v1/number/17")
    assert response.status_code == 200 and response.json() == {"success": True}
    assert list(await numbers_by_id(client)) == [15]
    assert (await client.delete("/api/v1/number/17")).status_code == 404
    assert (await client.delete("/api/v1/number/31")).json()["code"] == 404


async def test_delete_number_needs_the_pin_when_2fa_is_on(client: httpx.AsyncClient) -> None:
    await client.put("/api/v1/customer/tfa", json={"pin": "1234"})
    no_pin = await client.delete("/api/v1/number/15")
    wrong = await client.request("DELETE", "/api/v1/number/15", json={"pin": "quo"})
    right = await client.request("DELETE", "/api/v1/number/15", json={"pin": "1234"})
    assert (no_pin.status_code, wrong.status_code, right.status_code) == (409, 409, 200)
    bad = await client.request("DELETE", "/api/v1/number/17", json={"pin": 1234})
    assert bad.status_code == 400 and bad.json()["message"].startswith("pin: ")


async def test_follow_types_set_following(client: httpx.AsyncClient) -> None:
    cases: list[tuple[dict[str, object], dict[str, str] | None]] = [
        (
            {"type": "sip", "sip_id": 73, "cli_type": "N"},
            {"name": "Sip аккаунт test@plusofontest.ru", "cli_type": "Переадресующий номер"},
        ),
        (
            {"type": "number", "destination_number": "74950000000"},
            {"name": "Номер 74950000000", "cli_type": "Переадресующий номер"},
        ),
        (
            {"type": "sip_uri", "destination_uri": "sip:a@b", "cli_type": "Y"},
            {"name": "SIP URI sip:a@b", "cli_type": "Номер и имя звонящего"},
        ),
        ({"type": "empty"}, None),
    ]
    for body, expected in cases:
        response = await client.post("/api/v1/number/follow", json={**body, "numbers": [17]})
        assert response.status_code == 200 and response.json() == {"success": True}
        assert (await numbers_by_id(client))[17]["following"] == expected, body


async def test_follow_integration(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/number/follow",
        json={
            "type": "bitrix",
            "host": "a.bitrix24.ru",
            "cli_type": "Y",
            "type_default": "number",
            "destination_number": "79990001122",
            "cli_type_default": "N",
            "numbers": [15, 17],
        },
    )
    assert response.status_code == 200
    numbers = await numbers_by_id(client)
    for number_id in (15, 17):
        assert numbers[number_id]["integration_following"] == {
            "host": "a.bitrix24.ru",
            "type": "bitrix",
            "cli_type": "Номер и имя звонящего",
        }
        assert numbers[number_id]["following"] == {
            "name": "Номер 79990001122",
            "cli_type": "Переадресующий номер",
        }


async def test_follow_errors(client: httpx.AsyncClient) -> None:
    personal_group = await client.post(
        "/api/v1/number/follow", json={"type": "group", "group_id": 1, "numbers": [17]}
    )
    assert personal_group.status_code == 409
    business_group = await client.post(
        "/api/v1/number/follow", json={"type": "group", "group_id": 1, "numbers": [15]}
    )
    assert business_group.status_code == 200
    unknown = await client.post("/api/v1/number/follow", json={"type": "sip", "numbers": [6]})
    assert unknown.status_code == 404
    for body, field in [
        ({"type": "eligendi", "numbers": [15]}, "type"),
        ({"numbers": [15]}, "type"),
        ({"type": "sip"}, "numbers"),
        ({"type": "sip", "numbers": [15], "cli_type": "ut"}, "cli_type"),
        ({"type": "sip", "numbers": [15], "sip_id": "7"}, "sip_id"),
        ({"type": "sip", "numbers": 15}, "numbers"),
    ]:
        response = await client.post("/api/v1/number/follow", json=body)
        assert response.status_code == 400, body
        assert response.json()["message"].startswith(f"{field}: ")


async def test_contact_list(client: httpx.AsyncClient) -> None:
    response = await client.patch(
        "/api/v1/number/contact-list", json={"contact_list_id": 15, "numbers": [17, 22]}
    )
    assert response.status_code == 200 and response.json() == {"success": True}
    assert (await numbers_by_id(client))[17]["black_list"] == 15
    removed = await client.patch("/api/v1/number/contact-list", json={"numbers": [17]})
    assert removed.status_code == 200
    assert (await numbers_by_id(client))[17]["black_list"] is None
    unknown = await client.patch("/api/v1/number/contact-list", json={"numbers": [99]})
    assert unknown.status_code == 404
    missing = await client.patch("/api/v1/number/contact-list", json={"contact_list_id": 1})
    assert missing.json() == {"message": "numbers: is required", "code": 400}
