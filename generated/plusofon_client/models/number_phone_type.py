# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import StrEnum


class NumberPhoneType(StrEnum):
    ABC = "abc"
    DEF = "def"
    TOLL_FREE_800 = "800"

    def __str__(self) -> str:
        return str(self.value)
