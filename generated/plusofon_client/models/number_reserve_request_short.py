# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import IntEnum


class NumberReserveRequestShort(IntEnum):
    ONE_HOUR = 1

    def __str__(self) -> str:
        return str(self.value)
