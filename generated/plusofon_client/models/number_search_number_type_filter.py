# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import StrEnum


class NumberSearchNumberTypeFilter(StrEnum):
    BRONZE = "5"
    EXCLUSIVE = "4"
    GOLD = "2"
    PLATINUM = "3"
    SILVER = "1"
    SIMPLE = "0"

    def __str__(self) -> str:
        return str(self.value)
