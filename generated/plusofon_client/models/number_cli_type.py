# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import StrEnum


class NumberCliType(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
