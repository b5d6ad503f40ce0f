# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

NumberReserveRequestShort = Literal[1]

NUMBER_RESERVE_REQUEST_SHORT_VALUES: set[NumberReserveRequestShort] = {
    1,
}


def check_number_reserve_request_short(value: int) -> NumberReserveRequestShort:
    if value in NUMBER_RESERVE_REQUEST_SHORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_RESERVE_REQUEST_SHORT_VALUES!r}"
    )
