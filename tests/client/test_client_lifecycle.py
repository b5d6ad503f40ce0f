"""The request lifecycle: typed results, argument errors, the bad field of an answer named."""

from __future__ import annotations

import httpx
import pytest

import plusofon
from plusofon_client.models import NumberPage
from tests.client.support import (
    Recorder,
    json_reply,
    make_async_client,
    make_client,
    number_item,
    number_page,
)


def test_a_call_returns_the_parsed_model() -> None:
    client, _ = make_client(Recorder(json_reply(number_page([number_item(1)]))))
    page = client.number.list_numbers(page=1)
    assert isinstance(page, NumberPage)
    assert page.data[0].number == "79309990001"


def test_missing_field_in_an_item_is_named() -> None:
    broken = number_item(2)
    del broken["number"]
    recorder = Recorder(json_reply(number_page([number_item(1), broken])))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    error = info.value
    assert error.operation == "list_numbers"
    assert error.field == "data[1].number"
    assert "required field is missing" in str(error)
    assert str(error).startswith("list_numbers: ")
    assert "data[1].number" in str(error)
    assert error.response is not None and error.response.status_code == 200


def test_missing_top_level_field() -> None:
    page = number_page([])
    del page["data"]
    client, _ = make_client(Recorder(json_reply(page)))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert info.value.field == "data"


def test_nested_field_path() -> None:
    item = number_item(1, aon_for_sips=[{"id": 73, "name": "a@b.ru"}, {"name": "c@d.ru"}])
    client, _ = make_client(Recorder(json_reply(number_page([item]))))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert info.value.field == "data[0].aon_for_sips[1].id"


def test_wrong_container_type_is_named() -> None:
    page = number_page([])
    page["data"] = {"first": number_item(1)}
    client, _ = make_client(Recorder(json_reply(page)))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert info.value.field == "data"
    assert "expected array, got object" in str(info.value)


def test_bad_enum_value_is_named_without_the_value() -> None:
    item = number_item(1, phone_type="4510-123456")
    client, _ = make_client(Recorder(json_reply(number_page([item]))))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert info.value.field == "data[0].phone_type"
    assert "4510-123456" not in str(info.value)


def test_bad_datetime_is_named() -> None:
    body = {
        "current_page": 1,
        "data": [
            {
                "id": 7,
                "number": "74951332210",
                "reserved_untill": "next tuesday",
                "phone_type": "abc",
                "owner_type": "personal",
                "period_price": 99,
                "buy_price": 99,
            }
        ],
        "next_page_url": None,
        "per_page": 15,
        "last_page": 1,
        "total": 1,
        "first_page_url": "x",
        "last_page_url": "x",
        "path": "x",
        "prev_page_url": None,
        "from": 1,
        "to": 1,
        "success": True,
    }
    client, _ = make_client(Recorder(json_reply(body)))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_reserved_numbers()
    assert info.value.operation == "list_reserved_numbers"
    assert info.value.field == "data[0].reserved_untill"


def test_invalid_json_success_body() -> None:
    response = httpx.Response(200, content=b"<html>maintenance</html>")
    client, _ = make_client(Recorder(response))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert info.value.field == "(body)"
    assert "not valid JSON" in str(info.value)


def test_undocumented_success_status_is_not_expected() -> None:
    client, _ = make_client(Recorder(httpx.Response(204)))
    with pytest.raises(plusofon.ResponseValidationError) as info:
        client.number.list_numbers()
    assert info.value.operation == "list_numbers"
    assert info.value.field == "(body)"


def test_argument_errors_are_plusofon_errors_raised_before_sending() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ArgumentError) as info:
        client.number.list_numbers(phone_type="nihil")  # type: ignore[arg-type]
    assert info.value.parameter == "phone_type"
    assert info.value.operation == "list_numbers"
    assert isinstance(info.value, plusofon.PlusofonError)
    assert isinstance(info.value, ValueError) and isinstance(info.value, TypeError)
    with pytest.raises(plusofon.ArgumentError) as info:
        client.agreement.upload_signed_agreement(files="not a list")  # type: ignore[arg-type]
    assert info.value.parameter == "files"
    assert recorder.requests == []


def test_http_errors_get_the_operation_name() -> None:
    recorder = Recorder(json_reply({"message": "nope", "code": 404}, 404))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.NotFoundError) as info:
        client.number.list_numbers()
    assert info.value.operation == "list_numbers"


async def test_async_invoke_and_validation_error() -> None:
    broken = number_item(1)
    del broken["number"]
    recorder = Recorder(
        json_reply(number_page([number_item(1)])), json_reply(number_page([broken]))
    )
    client, _ = make_async_client(recorder)
    page = await client.number.list_numbers()
    assert page.data[0].id == 1
    with pytest.raises(plusofon.ResponseValidationError) as info:
        await client.number.list_numbers()
    assert (info.value.operation, info.value.field) == ("list_numbers", "data[0].number")
    await client.close()


def test_every_caller_mistake_is_a_plusofon_error() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ArgumentError) as info:
        client.agreement.upload_signed_agreement(files=["/nonexistent/contract.pdf"])
    assert (info.value.parameter, info.value.operation) == ("files[0]", "upload_signed_agreement")
    with pytest.raises(plusofon.ArgumentError) as info:
        list(client.paginate(client.number.list_numbers, page=0))
    assert info.value.parameter == "page"
    with pytest.raises(plusofon.ConfigurationError):
        plusofon.Plusofon(token="t", client_id="1", transport=object())  # type: ignore[arg-type]
    assert recorder.requests == []
