# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

NumberFollowType = Literal[
    "amo", "bitrix", "call_queue", "empty", "group", "number", "scenario", "sip", "sip_uri"
]

NUMBER_FOLLOW_TYPE_VALUES: set[NumberFollowType] = {
    "amo",
    "bitrix",
    "call_queue",
    "empty",
    "group",
    "number",
    "scenario",
    "sip",
    "sip_uri",
}


def check_number_follow_type(value: str) -> NumberFollowType:
    if value in NUMBER_FOLLOW_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_FOLLOW_TYPE_VALUES!r}")
