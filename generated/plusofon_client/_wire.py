# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Plusofon wire formats and parse errors: the helpers the generated models call.

A hand-written module of the generated package (overrides/plusofon_client/, copied in by
`make generate`): it needs no spec data, so it is no template.

- `YYYY-MM-DD HH:MM:SS` date-times in Moscow time, money as integers or "99.00" strings,
  integers sent as strings, the repr mask of personal data (model.py.jinja's quirks);
- `ParseError` / `field_error`: each model's from_dict checks each value's JSON type where it
  reads it and wraps every property's parse, so a body that does not fit the spec fails with
  the path of the field (`data[1].number`) found by the parse itself.
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
from collections.abc import Mapping
from typing import Any

from plusofon_client.types import Unset

# Plusofon sends date-times as `YYYY-MM-DD HH:MM:SS` without a zone, and its docs name none.
# Plusofon is a Moscow provider: the values are read and written as Moscow time, a fixed
# UTC+03:00 (Russia has had no daylight saving time since 2014, so the offset is exact for every
# date the API can return, and no tz database is needed).
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
    """What a model's repr shows for fields the spec does not know: how many, never their text.

    Their names are server text too, and may be anything (a phone number as a key, the token
    echoed back); a model does not know the client's secrets to mask them, so they stay in
    `.additional_properties` and out of the repr.
    """
    if not value:
        return "{}"
    return f"<{len(value)} field{'s' if len(value) > 1 else ''} not in the spec>"


# --- where a body does not fit ---------------------------------------------------------------


class ParseError(ValueError):
    """A body does not fit its model: `path` names the field, `reason` says how (no values)."""

    def __init__(self, path: str, reason: str, source: object) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.path = path
        self.reason = reason
        #: the mapping the failing model was parsed from (to find list indexes on the way up).
        self.source = source


def json_kind(value: object) -> str:
    """Name a JSON value's type the way JSON Schema does (never the value: it may be personal)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def not_an_object(value: object) -> ParseError:
    """The ParseError of a model given something other than an object (the caller adds the path)."""
    return ParseError("", f"expected object, got {json_kind(value)}", value)


def wire_list(value: object) -> Any:
    """A list property's wire value, refused unless it is an array (or absent: UNSET)."""
    if type(value) is list or isinstance(value, (list, Unset)):
        return value
    raise TypeError("not an array")  # no value in the text: it may be personal data


def field_error(error: Exception, key: str, source: Mapping[str, Any], kind: str) -> ParseError:
    """The ParseError for a property `key` of `source` whose parse raised `error`.

    `kind` names the JSON types the spec allows there ("integer or null"; "" when any). A
    ParseError from a nested model gets this field (and the list index) put in front of its path.
    """
    value = source.get(key) if isinstance(source, Mapping) else None
    if isinstance(error, ParseError):
        inner = f".{error.path}" if error.path else ""
        if isinstance(value, list):
            for index, item in enumerate(value):
                if item is error.source:
                    return ParseError(f"{key}[{index}]{inner}", error.reason, source)
        return ParseError(f"{key}{inner}", error.reason, source)
    if isinstance(error, KeyError) and error.args == (key,):
        return ParseError(key, "required field is missing", source)
    actual = json_kind(value)
    if kind and actual not in kind.split(" or "):
        return ParseError(key, f"expected {kind}, got {actual}", source)
    # The exception's text may quote the value (personal data): name only its type.
    return ParseError(key, f"could not be parsed ({type(error).__name__})", source)
