# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

NumberOwnerType = Literal["business", "personal"]

NUMBER_OWNER_TYPE_VALUES: set[NumberOwnerType] = {
    "business",
    "personal",
}


def check_number_owner_type(value: str) -> NumberOwnerType:
    if value in NUMBER_OWNER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_OWNER_TYPE_VALUES!r}")
