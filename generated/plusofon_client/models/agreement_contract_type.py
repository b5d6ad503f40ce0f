# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from enum import StrEnum


class AgreementContractType(StrEnum):
    FIZ = "fiz"
    IP = "ip"
    JUR = "jur"

    def __str__(self) -> str:
        return str(self.value)
