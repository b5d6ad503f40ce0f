# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import StrEnum


class NumberOwnerType(StrEnum):
    BUSINESS = "business"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
