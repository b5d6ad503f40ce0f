"""Quirks 4, 5, 7 and multipart booleans: how values look on the wire and in Python.

- datetimes `YYYY-MM-DD HH:MM:SS` are aware datetimes in Moscow time (UTC+03:00);
- money (`99` or `"99.00"`) is a Decimal, written back in the field's own wire form;
- `number_type` is one integer type in Python, a string in the number/search request;
- booleans in multipart forms go out as "1"/"0", which Laravel's `boolean` rule accepts.
"""

from __future__ import annotations

import datetime
import decimal
import io
import re
import typing
from typing import Any

import httpx
import pytest

from plusofon_client._wire import ParseError, parse_datetime, parse_money
from plusofon_client.models import (
    AgreementExpiration,
    AgreementFizSubmitRequest,
    AgreementUploadRequest,
    CustomerInfo,
    NumberItem,
    NumberPage,
    NumberReservedItem,
    NumberReservedPage,
    NumberSearchItem,
    NumberSearchPage,
    NumberSearchRequest,
    NumberSmsPacket,
    NumberSmsPage,
)
from plusofon_client.models.number_search_number_type import NumberSearchNumberType
from plusofon_client.types import File
from tests.spec_document import request_example, response_example

MSK = datetime.timedelta(hours=3)
WIRE = "%Y-%m-%d %H:%M:%S"


# --- money -----------------------------------------------------------------------------------


def test_integer_money_is_a_decimal_and_goes_back_as_an_integer() -> None:
    example = response_example("/api/v1/number")
    item = NumberPage.from_dict(example).data[0]

    assert item.buy_price == decimal.Decimal(99)
    assert isinstance(item.buy_price, decimal.Decimal)
    assert isinstance(item.period_price, decimal.Decimal)
    back = item.to_dict()
    assert back["buy_price"] == 99
    assert type(back["buy_price"]) is int


def test_string_money_is_a_decimal_and_goes_back_as_a_string_with_kopecks() -> None:
    example = response_example("/api/v1/number/search")
    item = NumberSearchPage.from_dict(example).data[0]

    assert item.buy_price == decimal.Decimal("99.00")
    assert isinstance(item.buy_price, decimal.Decimal)
    assert item.to_dict()["buy_price"] == "99.00"
    assert item.to_dict()["period_price"] == "99.00"


def test_sms_packet_price_is_a_decimal() -> None:
    packet = NumberSmsPage.from_dict(response_example("/api/v1/number/sms")).data[0].sms_packet
    assert packet.price == decimal.Decimal("300.00")
    assert isinstance(packet.price, decimal.Decimal)
    assert packet.to_dict()["price"] == "300.00"


def test_money_is_read_whichever_form_the_wire_sends() -> None:
    item = NumberItem.from_dict(
        {**response_example("/api/v1/number")["data"][1], "buy_price": "99.00", "period_price": 150}
    )
    assert (item.buy_price, item.period_price) == (decimal.Decimal(99), decimal.Decimal(150))
    assert (item.to_dict()["buy_price"], item.to_dict()["period_price"]) == (99, 150)

    found = NumberSearchItem.from_dict(
        {**response_example("/api/v1/number/search")["data"][0], "buy_price": 99}
    )
    assert found.buy_price == decimal.Decimal(99)
    assert found.to_dict()["buy_price"] == "99.00"


@pytest.mark.parametrize("value", ["99,00", "", "ninety", None, True, [99], "NaN", "1e3"])
def test_malformed_money_raises_value_error_naming_the_value(value: object) -> None:
    with pytest.raises(ParseError) as error:
        NumberSmsPacket.from_dict(
            {"packet": "p", "packet_name": "n", "sms_amount": 1, "price": value, "sms_remaining": 1}
        )
    # The parse names the field; its cause (never shown to users) names the value.
    assert error.value.path == "price"
    assert "is not an amount of money" in str(error.value.__cause__)
    assert repr(value) in str(error.value.__cause__)


def test_money_that_does_not_fit_the_wire_form_is_not_rounded() -> None:
    item = NumberItem.from_dict(response_example("/api/v1/number")["data"][1])
    item.buy_price = decimal.Decimal("99.50")
    with pytest.raises(ValueError, match="whole number of roubles"):
        item.to_dict()
    packet = NumberSmsPage.from_dict(response_example("/api/v1/number/sms")).data[0].sms_packet
    packet.price = decimal.Decimal("0.005")
    with pytest.raises(ValueError, match="two decimal places"):
        packet.to_dict()


def test_parse_money_keeps_the_exact_value() -> None:
    assert parse_money(99.5) == decimal.Decimal("99.5")
    assert parse_money("-0.10") == decimal.Decimal("-0.10")


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/v1/number", NumberPage),
        ("/api/v1/number/search", NumberSearchPage),
        ("/api/v1/number/reserve", NumberReservedPage),
        ("/api/v1/number/sms", NumberSmsPage),
        ("/api/v1/customer-info", CustomerInfo),
        ("/api/v1/agreement/expiration", AgreementExpiration),
    ],
)
def test_spec_examples_go_back_to_the_wire_unchanged(path: str, model: Any) -> None:
    example = response_example(path)
    assert model.from_dict(example).to_dict() == example


# --- datetimes -------------------------------------------------------------------------------


def test_datetimes_are_aware_moscow_time_and_go_back_in_the_wire_format() -> None:
    example = response_example("/api/v1/agreement/expiration")
    parsed = AgreementExpiration.from_dict(example)

    assert parsed.expiration == datetime.datetime(2022, 5, 3, 10, 0, 6, tzinfo=datetime.UTC)
    assert parsed.expiration.utcoffset() == MSK
    assert (parsed.expiration.hour, parsed.expiration.minute) == (13, 0)
    assert parsed.to_dict()["expiration"] == example["expiration"] == "2022-05-03 13:00:06"


def test_every_plusofon_datetime_field_is_parsed() -> None:
    info = CustomerInfo.from_dict(response_example("/api/v1/customer-info"))
    assert info.expiration_date.expiration.utcoffset() == MSK
    reserved = NumberReservedPage.from_dict(response_example("/api/v1/number/reserve")).data[0]
    assert reserved.reserved_untill == datetime.datetime(
        2022, 6, 8, 15, 42, 21, tzinfo=datetime.timezone(MSK)
    )
    assert typing.get_type_hints(NumberReservedItem)["reserved_untill"] is datetime.datetime


def test_iso_8601_with_an_offset_is_accepted_and_sent_back_in_moscow_time() -> None:
    parsed = AgreementExpiration.from_dict({"days": 1, "expiration": "2022-05-03T10:00:06Z"})
    assert parsed.expiration.utcoffset() == MSK
    assert parsed.to_dict()["expiration"] == "2022-05-03 13:00:06"
    assert parse_datetime("2022-05-03T15:00:06+05:00", WIRE) == parsed.expiration


def test_a_datetime_set_in_python_is_written_in_moscow_time() -> None:
    utc = datetime.datetime(2024, 1, 1, 21, 30, tzinfo=datetime.UTC)
    assert (
        AgreementExpiration(days=1, expiration=utc).to_dict()["expiration"] == "2024-01-02 00:30:00"
    )
    naive = datetime.datetime(2024, 1, 1, 21, 30)  # naive: taken as Moscow time, like the wire
    assert (
        AgreementExpiration(days=1, expiration=naive).to_dict()["expiration"]
        == "2024-01-01 21:30:00"
    )


@pytest.mark.parametrize(
    "value",
    ["2022-05-03", "03.05.2022 13:00:06", "2022-05-03T13:00:06", "2022-13-03 13:00:06", 1651572006],
)
def test_a_malformed_datetime_raises_value_error_naming_the_value(value: object) -> None:
    with pytest.raises(ParseError) as error:
        AgreementExpiration.from_dict({"days": 1, "expiration": value})
    assert error.value.path == "expiration"
    assert repr(value) in str(error.value.__cause__)


# --- number_type -----------------------------------------------------------------------------


def test_number_type_is_one_integer_type_for_request_and_response() -> None:
    request_type = typing.get_type_hints(NumberSearchRequest)["number_type"]
    response_type = typing.get_type_hints(NumberSearchItem)["number_type"]
    assert response_type == NumberSearchNumberType
    assert NumberSearchNumberType in typing.get_args(request_type)
    assert typing.get_args(NumberSearchNumberType) == (0, 1, 2, 3, 4, 5)


def test_number_type_goes_out_as_a_string_in_the_search_request() -> None:
    body = NumberSearchRequest(number_type=2)
    assert body.to_dict() == {"number_type": "2"}
    assert body.to_dict() == {"number_type": "2"}
    assert NumberSearchRequest().to_dict() == {}


def test_the_spec_search_request_round_trips() -> None:
    example = request_example("/api/v1/number/search", "application/json", method="get")
    assert example["number_type"] == "0"
    body = NumberSearchRequest.from_dict(example)
    assert body.number_type == 0
    assert body.to_dict() == example


def test_number_type_in_the_response_parses_to_the_same_values() -> None:
    item = NumberSearchItem.from_dict(
        {**response_example("/api/v1/number/search")["data"][0], "number_type": 2}
    )
    assert item.number_type == 2
    assert item.number_type == NumberSearchRequest.from_dict({"number_type": "2"}).number_type
    assert item.to_dict()["number_type"] == 2


@pytest.mark.parametrize("value", ["gold", "2.0", 2.5, None])
def test_number_type_that_is_no_integer_is_rejected(value: object) -> None:
    with pytest.raises(ParseError) as error:
        NumberSearchRequest.from_dict({"number_type": value})
    assert error.value.path == "number_type"
    assert "is not an integer" in str(error.value.__cause__)


# --- multipart booleans ----------------------------------------------------------------------


def fiz_body(agree: bool) -> AgreementFizSubmitRequest:
    example = request_example("/api/v1/agreement/fiz", "multipart/form-data")
    files = {n: example[n].encode() for n in ("file_passport", "file_registration", "file_selfie")}
    return AgreementFizSubmitRequest.from_dict({**example, **files, "agree_to_the_terms": agree})


@pytest.mark.parametrize(("agree", "wire"), [(True, b"1"), (False, b"0")])
def test_multipart_booleans_are_sent_as_1_and_0(agree: bool, wire: bytes) -> None:
    parts = dict(fiz_body(agree).to_multipart())
    assert parts["agree_to_the_terms"] == (None, wire, "text/plain")


def test_multipart_boolean_on_the_wire() -> None:
    files = fiz_body(True).to_multipart()
    content = httpx.Request("POST", "https://example.test/", files=files).read()
    assert b'name="agree_to_the_terms"\r\n' in content
    field = content.split(b'name="agree_to_the_terms"', 1)[1]
    assert field.split(b"\r\n\r\n", 1)[1].startswith(b"1\r\n")
    assert b"True" not in content


def test_two_files_go_out_as_two_files_brackets_parts() -> None:
    # PHP builds an array only from `files[]` parts; repeated `files` would keep the last file.
    pages = [File(payload=io.BytesIO(b"%PDF-"), file_name=name) for name in ("p1.pdf", "p2.pdf")]
    body = AgreementUploadRequest(files=pages)
    files = body.to_multipart()
    content = httpx.Request("POST", "https://example.test/", files=files).read()
    assert re.findall(rb'name="([^"]*)"; filename="([^"]*)"', content) == [
        (b"files[]", b"p1.pdf"),
        (b"files[]", b"p2.pdf"),
    ]


@pytest.mark.parametrize(
    ("change", "path", "reason"),
    [
        ({"sms_amount": "1"}, "sms_amount", "expected integer, got string"),
        ({"sms_amount": True}, "sms_amount", "expected integer, got boolean"),
        ({"packet": 7}, "packet", "expected string, got integer"),
        ({"packet": None}, "packet", "expected string, got null"),
    ],
)
def test_from_dict_checks_each_wire_type_where_it_reads_it(
    change: dict[str, object], path: str, reason: str
) -> None:
    wire = {"packet": "p", "packet_name": "n", "sms_amount": 1, "price": 1, "sms_remaining": 1}
    with pytest.raises(ParseError) as error:
        NumberSmsPacket.from_dict({**wire, **change})
    assert (error.value.path, error.value.reason) == (path, reason)


def test_a_model_given_no_object_names_the_field_and_the_index() -> None:
    page = response_example("/api/v1/number")
    with pytest.raises(ParseError) as error:
        NumberPage.from_dict({**page, "data": [page["data"][0], "x"]})
    assert (error.value.path, error.value.reason) == ("data[1]", "expected object, got string")


def test_an_enum_in_a_nullable_union_takes_null_and_refuses_other_values() -> None:
    from plusofon_client.models import AgreementCurrentStatus

    status = {"status": "signed", "title": "t", "success": True}
    assert AgreementCurrentStatus.from_dict({**status, "type": None}).type_ is None
    assert AgreementCurrentStatus.from_dict({**status, "type": "fiz"}).type_ == "fiz"
    with pytest.raises(ParseError) as error:
        AgreementCurrentStatus.from_dict({**status, "type": "nonsense"})
    assert error.value.path == "type"
