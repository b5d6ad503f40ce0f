# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from typing import Literal

AgreementContractType = Literal["fiz", "ip", "jur"]

AGREEMENT_CONTRACT_TYPE_VALUES: set[AgreementContractType] = {
    "fiz",
    "ip",
    "jur",
}


def check_agreement_contract_type(value: str) -> AgreementContractType:
    if value in AGREEMENT_CONTRACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGREEMENT_CONTRACT_TYPE_VALUES!r}"
    )
