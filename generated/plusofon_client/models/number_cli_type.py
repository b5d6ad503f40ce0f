# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

NumberCliType = Literal["N", "Y"]

NUMBER_CLI_TYPE_VALUES: set[NumberCliType] = {
    "N",
    "Y",
}


def check_number_cli_type(value: str) -> NumberCliType:
    if value in NUMBER_CLI_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_CLI_TYPE_VALUES!r}")
