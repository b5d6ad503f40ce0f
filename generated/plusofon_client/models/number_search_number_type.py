# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

NumberSearchNumberType = Literal[0, 1, 2, 3, 4, 5]

NUMBER_SEARCH_NUMBER_TYPE_VALUES: set[NumberSearchNumberType] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_number_search_number_type(value: int) -> NumberSearchNumberType:
    if value in NUMBER_SEARCH_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_SEARCH_NUMBER_TYPE_VALUES!r}"
    )
