# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Contains some shared types for properties"""

import datetime
import decimal
import math
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- Plusofon wire formats (generator/templates/types.py.jinja) ---------------------------------

# Plusofon sends date-times as `YYYY-MM-DD HH:MM:SS` without a zone, and its docs name none.
# Plusofon is a Moscow provider: the values are read and written as Moscow time, a fixed
# UTC+03:00 (Russia has had no daylight saving time since 2014, so the offset is exact).
MOSCOW = datetime.timezone(datetime.timedelta(hours=3), "MSK")


def parse_datetime(value: object, wire_format: str) -> datetime.datetime:
    """Read a Plusofon date-time (`wire_format`, Moscow time) or ISO 8601 with an offset.

    Returns an aware datetime in Moscow time. Raises ValueError naming the value otherwise.
    """
    if isinstance(value, str):
        try:
            return datetime.datetime.strptime(value, wire_format).replace(tzinfo=MOSCOW)
        except ValueError:
            pass
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.utcoffset() is not None:
                return parsed.astimezone(MOSCOW)
    raise ValueError(
        f"{value!r} is not a date-time in the Plusofon format {wire_format!r} (Moscow time)"
        " nor ISO 8601 with an offset"
    )


def format_datetime(value: datetime.datetime, wire_format: str) -> str:
    """Write a datetime in the Plusofon format, in Moscow time (a naive value is Moscow time)."""
    if value.utcoffset() is not None:
        value = value.astimezone(MOSCOW)
    return value.strftime(wire_format)


_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_INTEGER = re.compile(r"-?[0-9]+")


def parse_money(value: object) -> decimal.Decimal:
    """Read an amount sent as an integer (`99`) or a decimal string (`"99.00"`) as a Decimal."""
    if type(value) is int:  # the common case first (speed; bool is not int here either)
        return decimal.Decimal(value)
    if isinstance(value, decimal.Decimal) and value.is_finite():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return decimal.Decimal(value)
    if isinstance(value, float) and math.isfinite(value):
        return decimal.Decimal(repr(value))  # a JSON number with a fraction: 99.5, not 99.49999…
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return decimal.Decimal(value)
    raise ValueError(f"{value!r} is not an amount of money (an integer or a decimal string)")


def money_to_integer(value: decimal.Decimal) -> int:
    """Write an amount the way `x-plusofon-money: integer` fields carry it (whole roubles)."""
    if value != value.to_integral_value():
        raise ValueError(f"{value} is not a whole number of roubles; this field carries integers")
    return int(value)


def money_to_decimal_string(value: decimal.Decimal) -> str:
    """Write an amount the way `x-plusofon-money: decimal-string` fields carry it (`"99.00"`)."""
    cents = value.quantize(decimal.Decimal("0.01"))
    if cents != value:
        raise ValueError(f"{value} has more than two decimal places; this field carries kopecks")
    return f"{cents:f}"


def parse_wire_int(value: object) -> int:
    """Read an integer the wire may also send as a string (`number_type`: `"2"` or `2`)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    raise ValueError(f"{value!r} is not an integer")


def mask_personal_data(value: object) -> str:
    """What a model's repr shows for personal data: '***' when set, never the value."""
    if isinstance(value, Unset):
        return "UNSET"
    if value is None:
        return "None"
    return "'***'"


def mask_extra_fields(value: Mapping[str, object]) -> str:
    """What a model's repr shows for fields the spec does not know: their names, never values."""
    return "{" + ", ".join(f"{key!r}: '***'" for key in value) + "}"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
