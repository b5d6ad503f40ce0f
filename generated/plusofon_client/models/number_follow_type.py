# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import StrEnum


class NumberFollowType(StrEnum):
    AMO = "amo"
    BITRIX = "bitrix"
    CALL_QUEUE = "call_queue"
    EMPTY = "empty"
    GROUP = "group"
    NUMBER = "number"
    SCENARIO = "scenario"
    SIP = "sip"
    SIP_URI = "sip_uri"

    def __str__(self) -> str:
        return str(self.value)
