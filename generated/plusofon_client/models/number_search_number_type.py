# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import IntEnum


class NumberSearchNumberType(IntEnum):
    SIMPLE = 0
    SILVER = 1
    GOLD = 2
    PLATINUM = 3
    EXCLUSIVE = 4
    BRONZE = 5

    def __str__(self) -> str:
        return str(self.value)
