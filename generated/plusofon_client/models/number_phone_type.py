# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

NumberPhoneType = Literal["800", "abc", "def"]

NUMBER_PHONE_TYPE_VALUES: set[NumberPhoneType] = {
    "800",
    "abc",
    "def",
}


def check_number_phone_type(value: str) -> NumberPhoneType:
    if value in NUMBER_PHONE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_PHONE_TYPE_VALUES!r}")
