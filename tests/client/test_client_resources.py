"""The generated resource classes, bound to our invoker: one method per operation."""

from __future__ import annotations

import inspect
import json

import httpx
import pytest

import plusofon
from plusofon_client._operations import OPERATIONS
from plusofon_client.api.agreement import AgreementResource, AsyncAgreementResource
from plusofon_client.api.customer import AsyncCustomerResource, CustomerResource
from plusofon_client.api.direction import AsyncDirectionResource, DirectionResource
from plusofon_client.api.number import AsyncNumberResource, NumberResource
from tests.client.support import (
    Recorder,
    json_reply,
    make_async_client,
    make_client,
    number_item,
    number_page,
)

SUCCESS = json_reply({"success": True, "message": "ok"})


def test_resources_are_the_generated_classes() -> None:
    client, _ = make_client(Recorder())
    assert isinstance(client.agreement, AgreementResource)
    assert isinstance(client.customer, CustomerResource)
    assert isinstance(client.number, NumberResource)
    assert isinstance(client.direction, DirectionResource)


async def test_async_resources_are_the_generated_classes() -> None:
    client, _ = make_async_client(Recorder())
    assert isinstance(client.agreement, AsyncAgreementResource)
    assert isinstance(client.customer, AsyncCustomerResource)
    assert isinstance(client.number, AsyncNumberResource)
    assert isinstance(client.direction, AsyncDirectionResource)
    await client.close()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_every_operation_has_a_method(operation: object) -> None:
    sync_client, _ = make_client(Recorder())
    async_client, _ = make_async_client(Recorder())
    op_id, tag = operation.operation_id, operation.tag  # type: ignore[attr-defined]
    assert callable(getattr(getattr(sync_client, tag), op_id))
    assert inspect.iscoroutinefunction(getattr(getattr(async_client, tag), op_id))


def test_list_numbers_returns_typed_items() -> None:
    recorder = Recorder(json_reply(number_page([number_item(1), number_item(2)])))
    client, _ = make_client(recorder)
    page = client.number.list_numbers(phone_type="def", page=1)
    assert [item.number for item in page.data] == ["79309990001", "79309990002"]
    assert str(page.data[0].period_price) == "99"
    assert recorder.last.url.path == "/api/v1/number"


def test_write_operations_go_to_their_paths() -> None:
    recorder = Recorder(SUCCESS)
    client, _ = make_client(recorder)
    assert client.number.buy_numbers(numbers=["4951332210"], owner_type="personal").success
    assert client.number.reserve_number(number=4951332210, owner_type="business").success
    client.direction.allow_directions(direction_ids=[1, 2])
    client.direction.remove_directions(codes=[36])
    sent = [(r.method, r.url.path) for r in recorder.requests]
    assert sent == [
        ("POST", "/api/v1/number/buy"),
        ("POST", "/api/v1/number/reserve"),
        ("PUT", "/api/v1/direction"),
        ("DELETE", "/api/v1/direction"),
    ]
    assert json.loads(recorder.requests[3].content) == {"codes": [36]}
    assert recorder.requests[3].headers["Content-Type"] == "application/json"


def test_customer_info_parses_datetimes() -> None:
    body = {
        "id": 1234,
        "tariff": {"name": "Тестовый", "description": "Облачная телефония"},
        "expiration_date": {"days": 14, "expiration": "2023-02-27 12:00:00"},
        "block": {"type": "agreement"},
        "unread_sms": 0,
        "success": True,
        "finally_created": True,
    }
    client, _ = make_client(Recorder(json_reply(body)))
    info = client.customer.get_customer_info()
    assert info.expiration_date.expiration.hour == 12


def test_resource_errors_carry_the_operation() -> None:
    recorder = Recorder(json_reply({"message": "Reservation not found", "code": 404}, 404))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.NotFoundError) as info:
        client.number.cancel_reservation(reserve_number_id="77")
    assert info.value.operation == "cancel_reservation"
    assert str(info.value).startswith("cancel_reservation: DELETE /api/v1/number/reserve/77")


def test_bad_argument_names_the_parameter_and_sends_nothing() -> None:
    recorder = Recorder(SUCCESS)
    client, _ = make_client(recorder)
    with pytest.raises((TypeError, ValueError)) as info:
        client.number.buy_numbers(numbers=["4951332210"], owner_type="corporate")  # type: ignore[arg-type]
    assert "owner_type" in str(info.value)
    assert recorder.requests == []


def test_paginate_types_flow_from_the_resource() -> None:
    recorder = Recorder(json_reply(number_page([number_item(5)])))
    client, _ = make_client(recorder)
    items = list(client.paginate(client.number.list_numbers))
    assert items[0].number.endswith("0005")
    assert isinstance(recorder.last, httpx.Request)
