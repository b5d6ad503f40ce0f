# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `agreement` operations: `AgreementResource` (sync) and `AsyncAgreementResource` (async)."""

from __future__ import annotations

import datetime
from functools import cached_property

from ..._arguments import (
    ArgumentCheck,
    FileInput,
    argument_error,
    as_file,
    as_files,
    check_argument,
    is_type,
)
from ..._operations import OPERATIONS_BY_ID
from ..._request import APIRequest, APIResponse, AsyncRequester, Requester
from ...models.agreement_current_status import AgreementCurrentStatus
from ...models.agreement_esia_url import AgreementEsiaUrl
from ...models.agreement_expiration import AgreementExpiration
from ...models.agreement_fiz_response import AgreementFizResponse
from ...models.agreement_fiz_save_request import AgreementFizSaveRequest
from ...models.agreement_fiz_submit_request import AgreementFizSubmitRequest
from ...models.agreement_ip_response import AgreementIpResponse
from ...models.agreement_ip_save_request import AgreementIpSaveRequest
from ...models.agreement_ip_submit_request import AgreementIpSubmitRequest
from ...models.agreement_jur_response import AgreementJurResponse
from ...models.agreement_jur_save_request import AgreementJurSaveRequest
from ...models.agreement_jur_submit_request import AgreementJurSubmitRequest
from ...models.agreement_status_list import AgreementStatusList
from ...models.agreement_upload_request import AgreementUploadRequest
from ...models.success import Success
from ...types import UNSET, Unset

_CHECK_SUBMIT_FIZ_AGREEMENT__FIRST_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__LAST_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__MIDDLE_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__BIRTHDAY: ArgumentCheck = is_type(datetime.date)
_CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_SERIES: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__ISSUE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck = is_type(datetime.date)
_CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck = is_type(bool)
_CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__INN: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__OGRN: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__KPP: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__BIK: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__BANK: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__LAST_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__FIRST_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__MIDDLE_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__POSITION: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__FOUNDATION_AUTHORITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__EMAIL: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck = is_type(bool)
_CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM_FULL: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__PHONE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__FIRST_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__LAST_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__MIDDLE_NAME: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__BIRTHDAY: ArgumentCheck = is_type(datetime.date)
_CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_SERIES: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__ISSUE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck = is_type(datetime.date)
_CHECK_SUBMIT_IP_AGREEMENT__INN: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__OGRN: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__BIK: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__BANK: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck = is_type(bool)
_CHECK_SUBMIT_IP_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__FIRST_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__LAST_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__MIDDLE_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__BIRTHDAY: ArgumentCheck = is_type(datetime.date)
_CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_SERIES: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__ISSUE: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck = is_type(datetime.date)
_CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SAVE_FIZ_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck = is_type(bool)
_CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM_FULL: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__INN: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__OGRN: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__KPP: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__BIK: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__BANK: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__LAST_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__FIRST_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__MIDDLE_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__POSITION: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__FOUNDATION_AUTHORITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__EMAIL: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__PHONE: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SAVE_JUR_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck = is_type(bool)
_CHECK_SAVE_IP_AGREEMENT__FIRST_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__LAST_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__MIDDLE_NAME: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__BIRTHDAY: ArgumentCheck = is_type(datetime.date)
_CHECK_SAVE_IP_AGREEMENT__PASSPORT_SERIES: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__ISSUE: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck = is_type(datetime.date)
_CHECK_SAVE_IP_AGREEMENT__INN: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__OGRN: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__BIK: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__BANK: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck = is_type(bool)
_CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck = is_type(str)
_CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck = is_type(str)


def _get_agreement_status() -> APIRequest[AgreementCurrentStatus]:
    """The call of `get_agreement_status`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_agreement_status",
        "GET",
        "/api/v1/agreement/current-status",
        AgreementCurrentStatus,
        OPERATIONS_BY_ID["get_agreement_status"].side_effects,
    )


def _list_agreement_statuses() -> APIRequest[AgreementStatusList]:
    """The call of `list_agreement_statuses`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "list_agreement_statuses",
        "GET",
        "/api/v1/agreement/statuses",
        AgreementStatusList,
        OPERATIONS_BY_ID["list_agreement_statuses"].side_effects,
    )


def _get_trial_expiration() -> APIRequest[AgreementExpiration]:
    """The call of `get_trial_expiration`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_trial_expiration",
        "GET",
        "/api/v1/agreement/expiration",
        AgreementExpiration,
        OPERATIONS_BY_ID["get_trial_expiration"].side_effects,
    )


def _get_fiz_agreement() -> APIRequest[AgreementFizResponse]:
    """The call of `get_fiz_agreement`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_fiz_agreement",
        "GET",
        "/api/v1/agreement/fiz",
        AgreementFizResponse,
        OPERATIONS_BY_ID["get_fiz_agreement"].side_effects,
    )


def _submit_fiz_agreement(
    *,
    first_name: str,
    last_name: str,
    middle_name: str,
    birthday: datetime.date,
    passport_series: str,
    passport_number: str,
    issue: str,
    date_of_issue: datetime.date,
    billing_address_street: str,
    shipping_address_street: str,
    agree_to_the_terms: bool,
    file_passport: FileInput,
    file_registration: FileInput,
    file_selfie: FileInput,
    billing_address_city: str | Unset,
    billing_address_postalcode: str | Unset,
    shipping_address_city: str | Unset,
    shipping_address_postalcode: str | Unset,
) -> APIRequest[Success]:
    """The call of `submit_fiz_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("first_name", first_name, _CHECK_SUBMIT_FIZ_AGREEMENT__FIRST_NAME)
        check_argument("last_name", last_name, _CHECK_SUBMIT_FIZ_AGREEMENT__LAST_NAME)
        check_argument("middle_name", middle_name, _CHECK_SUBMIT_FIZ_AGREEMENT__MIDDLE_NAME)
        check_argument("birthday", birthday, _CHECK_SUBMIT_FIZ_AGREEMENT__BIRTHDAY)
        check_argument(
            "passport_series", passport_series, _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_SERIES
        )
        check_argument(
            "passport_number", passport_number, _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_NUMBER
        )
        check_argument("issue", issue, _CHECK_SUBMIT_FIZ_AGREEMENT__ISSUE)
        check_argument("date_of_issue", date_of_issue, _CHECK_SUBMIT_FIZ_AGREEMENT__DATE_OF_ISSUE)
        check_argument(
            "billing_address_street",
            billing_address_street,
            _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_STREET,
        )
        check_argument(
            "shipping_address_street",
            shipping_address_street,
            _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET,
        )
        check_argument(
            "agree_to_the_terms",
            agree_to_the_terms,
            _CHECK_SUBMIT_FIZ_AGREEMENT__AGREE_TO_THE_TERMS,
        )
        check_argument(
            "billing_address_city",
            billing_address_city,
            _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "billing_address_postalcode",
            billing_address_postalcode,
            _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "shipping_address_city",
            shipping_address_city,
            _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "shipping_address_postalcode",
            shipping_address_postalcode,
            _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE,
            optional=True,
        )
        body = AgreementFizSubmitRequest(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            birthday=birthday,
            passport_series=passport_series,
            passport_number=passport_number,
            issue=issue,
            date_of_issue=date_of_issue,
            billing_address_street=billing_address_street,
            shipping_address_street=shipping_address_street,
            agree_to_the_terms=agree_to_the_terms,
            file_passport=as_file("file_passport", file_passport),
            file_registration=as_file("file_registration", file_registration),
            file_selfie=as_file("file_selfie", file_selfie),
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
        ).to_multipart()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("submit_fiz_agreement", error) from None

    return APIRequest(
        "submit_fiz_agreement",
        "POST",
        "/api/v1/agreement/fiz",
        Success,
        OPERATIONS_BY_ID["submit_fiz_agreement"].side_effects,
        files=body,
    )


def _get_jur_agreement() -> APIRequest[AgreementJurResponse]:
    """The call of `get_jur_agreement`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_jur_agreement",
        "GET",
        "/api/v1/agreement/jur",
        AgreementJurResponse,
        OPERATIONS_BY_ID["get_jur_agreement"].side_effects,
    )


def _submit_jur_agreement(
    *,
    legal_form: str,
    name: str,
    inn: str,
    ogrn: str,
    kpp: str,
    bik: str,
    bank: str,
    payment_account: str,
    correspondent_account: str,
    last_name: str,
    first_name: str,
    middle_name: str,
    position: str,
    foundation_authority: str,
    email: str,
    billing_address_street: str,
    shipping_address_street: str,
    agree_to_the_terms: bool,
    file_organization: FileInput,
    file_authority: FileInput,
    file_ogrn: FileInput,
    file_inn: FileInput,
    legal_form_full: str | Unset,
    phone: str | Unset,
    billing_address_city: str | Unset,
    billing_address_postalcode: str | Unset,
    shipping_address_city: str | Unset,
    shipping_address_postalcode: str | Unset,
) -> APIRequest[Success]:
    """The call of `submit_jur_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("legal_form", legal_form, _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM)
        check_argument("name", name, _CHECK_SUBMIT_JUR_AGREEMENT__NAME)
        check_argument("inn", inn, _CHECK_SUBMIT_JUR_AGREEMENT__INN)
        check_argument("ogrn", ogrn, _CHECK_SUBMIT_JUR_AGREEMENT__OGRN)
        check_argument("kpp", kpp, _CHECK_SUBMIT_JUR_AGREEMENT__KPP)
        check_argument("bik", bik, _CHECK_SUBMIT_JUR_AGREEMENT__BIK)
        check_argument("bank", bank, _CHECK_SUBMIT_JUR_AGREEMENT__BANK)
        check_argument(
            "payment_account", payment_account, _CHECK_SUBMIT_JUR_AGREEMENT__PAYMENT_ACCOUNT
        )
        check_argument(
            "correspondent_account",
            correspondent_account,
            _CHECK_SUBMIT_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT,
        )
        check_argument("last_name", last_name, _CHECK_SUBMIT_JUR_AGREEMENT__LAST_NAME)
        check_argument("first_name", first_name, _CHECK_SUBMIT_JUR_AGREEMENT__FIRST_NAME)
        check_argument("middle_name", middle_name, _CHECK_SUBMIT_JUR_AGREEMENT__MIDDLE_NAME)
        check_argument("position", position, _CHECK_SUBMIT_JUR_AGREEMENT__POSITION)
        check_argument(
            "foundation_authority",
            foundation_authority,
            _CHECK_SUBMIT_JUR_AGREEMENT__FOUNDATION_AUTHORITY,
        )
        check_argument("email", email, _CHECK_SUBMIT_JUR_AGREEMENT__EMAIL)
        check_argument(
            "billing_address_street",
            billing_address_street,
            _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_STREET,
        )
        check_argument(
            "shipping_address_street",
            shipping_address_street,
            _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET,
        )
        check_argument(
            "agree_to_the_terms",
            agree_to_the_terms,
            _CHECK_SUBMIT_JUR_AGREEMENT__AGREE_TO_THE_TERMS,
        )
        check_argument(
            "legal_form_full",
            legal_form_full,
            _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM_FULL,
            optional=True,
        )
        check_argument("phone", phone, _CHECK_SUBMIT_JUR_AGREEMENT__PHONE, optional=True)
        check_argument(
            "billing_address_city",
            billing_address_city,
            _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "billing_address_postalcode",
            billing_address_postalcode,
            _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "shipping_address_city",
            shipping_address_city,
            _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "shipping_address_postalcode",
            shipping_address_postalcode,
            _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE,
            optional=True,
        )
        body = AgreementJurSubmitRequest(
            legal_form=legal_form,
            name=name,
            inn=inn,
            ogrn=ogrn,
            kpp=kpp,
            bik=bik,
            bank=bank,
            payment_account=payment_account,
            correspondent_account=correspondent_account,
            last_name=last_name,
            first_name=first_name,
            middle_name=middle_name,
            position=position,
            foundation_authority=foundation_authority,
            email=email,
            billing_address_street=billing_address_street,
            shipping_address_street=shipping_address_street,
            agree_to_the_terms=agree_to_the_terms,
            file_organization=as_file("file_organization", file_organization),
            file_authority=as_file("file_authority", file_authority),
            file_ogrn=as_file("file_ogrn", file_ogrn),
            file_inn=as_file("file_inn", file_inn),
            legal_form_full=legal_form_full,
            phone=phone,
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
        ).to_multipart()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("submit_jur_agreement", error) from None

    return APIRequest(
        "submit_jur_agreement",
        "POST",
        "/api/v1/agreement/jur",
        Success,
        OPERATIONS_BY_ID["submit_jur_agreement"].side_effects,
        files=body,
    )


def _get_ip_agreement() -> APIRequest[AgreementIpResponse]:
    """The call of `get_ip_agreement`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_ip_agreement",
        "GET",
        "/api/v1/agreement/ip",
        AgreementIpResponse,
        OPERATIONS_BY_ID["get_ip_agreement"].side_effects,
    )


def _submit_ip_agreement(
    *,
    first_name: str,
    last_name: str,
    middle_name: str,
    birthday: datetime.date,
    passport_series: str,
    passport_number: str,
    issue: str,
    date_of_issue: datetime.date,
    inn: str,
    ogrn: str,
    bik: str,
    bank: str,
    payment_account: str,
    billing_address_street: str,
    shipping_address_street: str,
    agree_to_the_terms: bool,
    file_passport: FileInput,
    file_registration: FileInput,
    file_selfie: FileInput,
    correspondent_account: str | Unset,
    billing_address_city: str | Unset,
    billing_address_postalcode: str | Unset,
    shipping_address_city: str | Unset,
    shipping_address_postalcode: str | Unset,
) -> APIRequest[Success]:
    """The call of `submit_ip_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("first_name", first_name, _CHECK_SUBMIT_IP_AGREEMENT__FIRST_NAME)
        check_argument("last_name", last_name, _CHECK_SUBMIT_IP_AGREEMENT__LAST_NAME)
        check_argument("middle_name", middle_name, _CHECK_SUBMIT_IP_AGREEMENT__MIDDLE_NAME)
        check_argument("birthday", birthday, _CHECK_SUBMIT_IP_AGREEMENT__BIRTHDAY)
        check_argument(
            "passport_series", passport_series, _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_SERIES
        )
        check_argument(
            "passport_number", passport_number, _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_NUMBER
        )
        check_argument("issue", issue, _CHECK_SUBMIT_IP_AGREEMENT__ISSUE)
        check_argument("date_of_issue", date_of_issue, _CHECK_SUBMIT_IP_AGREEMENT__DATE_OF_ISSUE)
        check_argument("inn", inn, _CHECK_SUBMIT_IP_AGREEMENT__INN)
        check_argument("ogrn", ogrn, _CHECK_SUBMIT_IP_AGREEMENT__OGRN)
        check_argument("bik", bik, _CHECK_SUBMIT_IP_AGREEMENT__BIK)
        check_argument("bank", bank, _CHECK_SUBMIT_IP_AGREEMENT__BANK)
        check_argument(
            "payment_account", payment_account, _CHECK_SUBMIT_IP_AGREEMENT__PAYMENT_ACCOUNT
        )
        check_argument(
            "billing_address_street",
            billing_address_street,
            _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_STREET,
        )
        check_argument(
            "shipping_address_street",
            shipping_address_street,
            _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_STREET,
        )
        check_argument(
            "agree_to_the_terms", agree_to_the_terms, _CHECK_SUBMIT_IP_AGREEMENT__AGREE_TO_THE_TERMS
        )
        check_argument(
            "correspondent_account",
            correspondent_account,
            _CHECK_SUBMIT_IP_AGREEMENT__CORRESPONDENT_ACCOUNT,
            optional=True,
        )
        check_argument(
            "billing_address_city",
            billing_address_city,
            _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "billing_address_postalcode",
            billing_address_postalcode,
            _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "shipping_address_city",
            shipping_address_city,
            _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "shipping_address_postalcode",
            shipping_address_postalcode,
            _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE,
            optional=True,
        )
        body = AgreementIpSubmitRequest(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            birthday=birthday,
            passport_series=passport_series,
            passport_number=passport_number,
            issue=issue,
            date_of_issue=date_of_issue,
            inn=inn,
            ogrn=ogrn,
            bik=bik,
            bank=bank,
            payment_account=payment_account,
            billing_address_street=billing_address_street,
            shipping_address_street=shipping_address_street,
            agree_to_the_terms=agree_to_the_terms,
            file_passport=as_file("file_passport", file_passport),
            file_registration=as_file("file_registration", file_registration),
            file_selfie=as_file("file_selfie", file_selfie),
            correspondent_account=correspondent_account,
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
        ).to_multipart()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("submit_ip_agreement", error) from None

    return APIRequest(
        "submit_ip_agreement",
        "POST",
        "/api/v1/agreement/ip",
        Success,
        OPERATIONS_BY_ID["submit_ip_agreement"].side_effects,
        files=body,
    )


def _download_agreement() -> APIRequest[bytes]:
    """The call of `download_agreement`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "download_agreement",
        "GET",
        "/api/v1/agreement/download",
        bytes,
        OPERATIONS_BY_ID["download_agreement"].side_effects,
    )


def _get_esia_url() -> APIRequest[AgreementEsiaUrl]:
    """The call of `get_esia_url`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_esia_url",
        "GET",
        "/api/v1/agreement/esia",
        AgreementEsiaUrl,
        OPERATIONS_BY_ID["get_esia_url"].side_effects,
    )


def _send_agreement_on_sign() -> APIRequest[Success]:
    """The call of `send_agreement_on_sign`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "send_agreement_on_sign",
        "GET",
        "/api/v1/agreement/send-on-sign",
        Success,
        OPERATIONS_BY_ID["send_agreement_on_sign"].side_effects,
    )


def _save_fiz_agreement(
    *,
    first_name: str | Unset,
    last_name: str | Unset,
    middle_name: str | Unset,
    birthday: datetime.date | Unset,
    passport_series: str | Unset,
    passport_number: str | Unset,
    issue: str | Unset,
    date_of_issue: datetime.date | Unset,
    billing_address_street: str | Unset,
    billing_address_city: str | Unset,
    billing_address_postalcode: str | Unset,
    shipping_address_street: str | Unset,
    shipping_address_city: str | Unset,
    shipping_address_postalcode: str | Unset,
    agree_to_the_terms: bool | Unset,
) -> APIRequest[Success]:
    """The call of `save_fiz_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument(
            "first_name", first_name, _CHECK_SAVE_FIZ_AGREEMENT__FIRST_NAME, optional=True
        )
        check_argument("last_name", last_name, _CHECK_SAVE_FIZ_AGREEMENT__LAST_NAME, optional=True)
        check_argument(
            "middle_name", middle_name, _CHECK_SAVE_FIZ_AGREEMENT__MIDDLE_NAME, optional=True
        )
        check_argument("birthday", birthday, _CHECK_SAVE_FIZ_AGREEMENT__BIRTHDAY, optional=True)
        check_argument(
            "passport_series",
            passport_series,
            _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_SERIES,
            optional=True,
        )
        check_argument(
            "passport_number",
            passport_number,
            _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_NUMBER,
            optional=True,
        )
        check_argument("issue", issue, _CHECK_SAVE_FIZ_AGREEMENT__ISSUE, optional=True)
        check_argument(
            "date_of_issue", date_of_issue, _CHECK_SAVE_FIZ_AGREEMENT__DATE_OF_ISSUE, optional=True
        )
        check_argument(
            "billing_address_street",
            billing_address_street,
            _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_STREET,
            optional=True,
        )
        check_argument(
            "billing_address_city",
            billing_address_city,
            _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "billing_address_postalcode",
            billing_address_postalcode,
            _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "shipping_address_street",
            shipping_address_street,
            _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET,
            optional=True,
        )
        check_argument(
            "shipping_address_city",
            shipping_address_city,
            _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "shipping_address_postalcode",
            shipping_address_postalcode,
            _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "agree_to_the_terms",
            agree_to_the_terms,
            _CHECK_SAVE_FIZ_AGREEMENT__AGREE_TO_THE_TERMS,
            optional=True,
        )
        body = AgreementFizSaveRequest(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            birthday=birthday,
            passport_series=passport_series,
            passport_number=passport_number,
            issue=issue,
            date_of_issue=date_of_issue,
            billing_address_street=billing_address_street,
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
            shipping_address_street=shipping_address_street,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
            agree_to_the_terms=agree_to_the_terms,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("save_fiz_agreement", error) from None

    return APIRequest(
        "save_fiz_agreement",
        "POST",
        "/api/v1/agreement/fiz-save",
        Success,
        OPERATIONS_BY_ID["save_fiz_agreement"].side_effects,
        json=body,
    )


def _save_jur_agreement(
    *,
    legal_form: str | Unset,
    legal_form_full: str | Unset,
    name: str | Unset,
    inn: str | Unset,
    ogrn: str | Unset,
    kpp: str | Unset,
    bik: str | Unset,
    bank: str | Unset,
    payment_account: str | Unset,
    correspondent_account: str | Unset,
    last_name: str | Unset,
    first_name: str | Unset,
    middle_name: str | Unset,
    position: str | Unset,
    foundation_authority: str | Unset,
    email: str | Unset,
    phone: str | Unset,
    billing_address_street: str | Unset,
    billing_address_city: str | Unset,
    billing_address_postalcode: str | Unset,
    shipping_address_street: str | Unset,
    shipping_address_city: str | Unset,
    shipping_address_postalcode: str | Unset,
    agree_to_the_terms: bool | Unset,
) -> APIRequest[Success]:
    """The call of `save_jur_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument(
            "legal_form", legal_form, _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM, optional=True
        )
        check_argument(
            "legal_form_full",
            legal_form_full,
            _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM_FULL,
            optional=True,
        )
        check_argument("name", name, _CHECK_SAVE_JUR_AGREEMENT__NAME, optional=True)
        check_argument("inn", inn, _CHECK_SAVE_JUR_AGREEMENT__INN, optional=True)
        check_argument("ogrn", ogrn, _CHECK_SAVE_JUR_AGREEMENT__OGRN, optional=True)
        check_argument("kpp", kpp, _CHECK_SAVE_JUR_AGREEMENT__KPP, optional=True)
        check_argument("bik", bik, _CHECK_SAVE_JUR_AGREEMENT__BIK, optional=True)
        check_argument("bank", bank, _CHECK_SAVE_JUR_AGREEMENT__BANK, optional=True)
        check_argument(
            "payment_account",
            payment_account,
            _CHECK_SAVE_JUR_AGREEMENT__PAYMENT_ACCOUNT,
            optional=True,
        )
        check_argument(
            "correspondent_account",
            correspondent_account,
            _CHECK_SAVE_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT,
            optional=True,
        )
        check_argument("last_name", last_name, _CHECK_SAVE_JUR_AGREEMENT__LAST_NAME, optional=True)
        check_argument(
            "first_name", first_name, _CHECK_SAVE_JUR_AGREEMENT__FIRST_NAME, optional=True
        )
        check_argument(
            "middle_name", middle_name, _CHECK_SAVE_JUR_AGREEMENT__MIDDLE_NAME, optional=True
        )
        check_argument("position", position, _CHECK_SAVE_JUR_AGREEMENT__POSITION, optional=True)
        check_argument(
            "foundation_authority",
            foundation_authority,
            _CHECK_SAVE_JUR_AGREEMENT__FOUNDATION_AUTHORITY,
            optional=True,
        )
        check_argument("email", email, _CHECK_SAVE_JUR_AGREEMENT__EMAIL, optional=True)
        check_argument("phone", phone, _CHECK_SAVE_JUR_AGREEMENT__PHONE, optional=True)
        check_argument(
            "billing_address_street",
            billing_address_street,
            _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_STREET,
            optional=True,
        )
        check_argument(
            "billing_address_city",
            billing_address_city,
            _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "billing_address_postalcode",
            billing_address_postalcode,
            _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "shipping_address_street",
            shipping_address_street,
            _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET,
            optional=True,
        )
        check_argument(
            "shipping_address_city",
            shipping_address_city,
            _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "shipping_address_postalcode",
            shipping_address_postalcode,
            _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "agree_to_the_terms",
            agree_to_the_terms,
            _CHECK_SAVE_JUR_AGREEMENT__AGREE_TO_THE_TERMS,
            optional=True,
        )
        body = AgreementJurSaveRequest(
            legal_form=legal_form,
            legal_form_full=legal_form_full,
            name=name,
            inn=inn,
            ogrn=ogrn,
            kpp=kpp,
            bik=bik,
            bank=bank,
            payment_account=payment_account,
            correspondent_account=correspondent_account,
            last_name=last_name,
            first_name=first_name,
            middle_name=middle_name,
            position=position,
            foundation_authority=foundation_authority,
            email=email,
            phone=phone,
            billing_address_street=billing_address_street,
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
            shipping_address_street=shipping_address_street,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
            agree_to_the_terms=agree_to_the_terms,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("save_jur_agreement", error) from None

    return APIRequest(
        "save_jur_agreement",
        "POST",
        "/api/v1/agreement/jur-save",
        Success,
        OPERATIONS_BY_ID["save_jur_agreement"].side_effects,
        json=body,
    )


def _save_ip_agreement(
    *,
    first_name: str | Unset,
    last_name: str | Unset,
    middle_name: str | Unset,
    birthday: datetime.date | Unset,
    passport_series: str | Unset,
    passport_number: str | Unset,
    issue: str | Unset,
    date_of_issue: datetime.date | Unset,
    inn: str | Unset,
    ogrn: str | Unset,
    bik: str | Unset,
    bank: str | Unset,
    payment_account: str | Unset,
    correspondent_account: str | Unset,
    billing_address_street: str | Unset,
    shipping_address_street: str | Unset,
    agree_to_the_terms: bool | Unset,
    shipping_address_city: str | Unset,
    shipping_address_postalcode: str | Unset,
    billing_address_city: str | Unset,
    billing_address_postalcode: str | Unset,
) -> APIRequest[Success]:
    """The call of `save_ip_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument(
            "first_name", first_name, _CHECK_SAVE_IP_AGREEMENT__FIRST_NAME, optional=True
        )
        check_argument("last_name", last_name, _CHECK_SAVE_IP_AGREEMENT__LAST_NAME, optional=True)
        check_argument(
            "middle_name", middle_name, _CHECK_SAVE_IP_AGREEMENT__MIDDLE_NAME, optional=True
        )
        check_argument("birthday", birthday, _CHECK_SAVE_IP_AGREEMENT__BIRTHDAY, optional=True)
        check_argument(
            "passport_series",
            passport_series,
            _CHECK_SAVE_IP_AGREEMENT__PASSPORT_SERIES,
            optional=True,
        )
        check_argument(
            "passport_number",
            passport_number,
            _CHECK_SAVE_IP_AGREEMENT__PASSPORT_NUMBER,
            optional=True,
        )
        check_argument("issue", issue, _CHECK_SAVE_IP_AGREEMENT__ISSUE, optional=True)
        check_argument(
            "date_of_issue", date_of_issue, _CHECK_SAVE_IP_AGREEMENT__DATE_OF_ISSUE, optional=True
        )
        check_argument("inn", inn, _CHECK_SAVE_IP_AGREEMENT__INN, optional=True)
        check_argument("ogrn", ogrn, _CHECK_SAVE_IP_AGREEMENT__OGRN, optional=True)
        check_argument("bik", bik, _CHECK_SAVE_IP_AGREEMENT__BIK, optional=True)
        check_argument("bank", bank, _CHECK_SAVE_IP_AGREEMENT__BANK, optional=True)
        check_argument(
            "payment_account",
            payment_account,
            _CHECK_SAVE_IP_AGREEMENT__PAYMENT_ACCOUNT,
            optional=True,
        )
        check_argument(
            "correspondent_account",
            correspondent_account,
            _CHECK_SAVE_IP_AGREEMENT__CORRESPONDENT_ACCOUNT,
            optional=True,
        )
        check_argument(
            "billing_address_street",
            billing_address_street,
            _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_STREET,
            optional=True,
        )
        check_argument(
            "shipping_address_street",
            shipping_address_street,
            _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_STREET,
            optional=True,
        )
        check_argument(
            "agree_to_the_terms",
            agree_to_the_terms,
            _CHECK_SAVE_IP_AGREEMENT__AGREE_TO_THE_TERMS,
            optional=True,
        )
        check_argument(
            "shipping_address_city",
            shipping_address_city,
            _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "shipping_address_postalcode",
            shipping_address_postalcode,
            _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE,
            optional=True,
        )
        check_argument(
            "billing_address_city",
            billing_address_city,
            _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_CITY,
            optional=True,
        )
        check_argument(
            "billing_address_postalcode",
            billing_address_postalcode,
            _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE,
            optional=True,
        )
        body = AgreementIpSaveRequest(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            birthday=birthday,
            passport_series=passport_series,
            passport_number=passport_number,
            issue=issue,
            date_of_issue=date_of_issue,
            inn=inn,
            ogrn=ogrn,
            bik=bik,
            bank=bank,
            payment_account=payment_account,
            correspondent_account=correspondent_account,
            billing_address_street=billing_address_street,
            shipping_address_street=shipping_address_street,
            agree_to_the_terms=agree_to_the_terms,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("save_ip_agreement", error) from None

    return APIRequest(
        "save_ip_agreement",
        "POST",
        "/api/v1/agreement/ip-save",
        Success,
        OPERATIONS_BY_ID["save_ip_agreement"].side_effects,
        json=body,
    )


def _upload_signed_agreement(
    *,
    files: list[FileInput] | Unset,
) -> APIRequest[Success]:
    """The call of `upload_signed_agreement`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        body = AgreementUploadRequest(
            files=as_files("files", files),
        ).to_multipart()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("upload_signed_agreement", error) from None

    return APIRequest(
        "upload_signed_agreement",
        "POST",
        "/api/v1/agreement/upload",
        Success,
        OPERATIONS_BY_ID["upload_signed_agreement"].side_effects,
        files=body,
    )


class AgreementResource:
    """The `agreement` operations."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AgreementResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AgreementResourceWithRawResponse(self._client)

    def get_agreement_status(
        self,
    ) -> AgreementCurrentStatus:
        """Get current agreement status (`GET /api/v1/agreement/current-status`).

        Возвращает текущий статус договора абонента: код и название статуса, номер (название)
        договора и его тип — ЮЛ, ФЛ или ИП. Параметров нет.

        Значения `type`:
        - `jur` — юридическое лицо;
        - `fiz` — физическое лицо;
        - `ip` — индивидуальный предприниматель.

        Особенности документации:
        - в перечне полей к описанию `status` приклеен лишний символ «i» (значок ссылки):
          «код статуса договора i»;
        - возможные коды `status` на странице не перечислены — их список отдаёт
          `GET agreement/statuses` (в примерах встречаются `empty` и `signed`), поэтому
          перечисление (enum) у `status` не задано;
        - `success` есть в примере, но отсутствует в перечне полей ответа;
        - что приходит в `type` и `name`, пока данные договора ещё не отправлены, документация
          не говорит; схема допускает `null` в обоих полях — это наше прочтение (договора ещё
          нет, статус `empty` «Не отправлен»).

        Returns:
            AgreementCurrentStatus: the parsed success response.
        """
        return self._client.request(_get_agreement_status())

    def list_agreement_statuses(
        self,
    ) -> AgreementStatusList:
        """List agreement statuses (`GET /api/v1/agreement/statuses`).

        Возвращает справочник всех возможных статусов договора (код и название) в массиве
        `agreement_statuses`. Параметров нет. Коды из этого списка приходят в поле `status`
        ответа `GET agreement/current-status`.

        Особенности документации:
        - в примере ответа нет поля `success` (у большинства методов оно есть), поэтому в
          схеме оно необязательно;
        - пример показывает только два статуса (`empty`, `signed`); полный перечень на
          странице не дан;
        - текст ошибки «Пользователь не найден» здесь без точки в конце (`User not found`),
          а у `current-status` и `expiration` — с точкой.

        Returns:
            AgreementStatusList: the parsed success response.
        """
        return self._client.request(_list_agreement_statuses())

    def get_trial_expiration(
        self,
    ) -> AgreementExpiration:
        """Get trial period expiration (`GET /api/v1/agreement/expiration`).

        Возвращает, когда заканчивается тестовый период текущего личного кабинета: число
        оставшихся дней и дату со временем окончания. Параметров нет.

        Особенности документации:
        - `expiration` приходит строкой `YYYY-MM-DD HH:MM:SS` без часового пояса (не RFC 3339);
          пояс на странице не указан;
        - в примере ответа нет поля `success`;
        - тип `days` на странице не указан — по примеру это целое число.

        Returns:
            AgreementExpiration: the parsed success response.
        """
        return self._client.request(_get_trial_expiration())

    def get_fiz_agreement(
        self,
    ) -> AgreementFizResponse:
        """Get saved individual (fiz) agreement data (`GET /api/v1/agreement/fiz`).

        Возвращает данные физического лица, ранее сохранённые для договора (`agreement/fiz-save`
        или `agreement/fiz`), в объекте `agreement`. Параметров нет.

        Особенности документации:
        - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
          данных ФЛ; схема перечисляет все поля таблицы `fiz-save` и поля, которые есть в
          примере сверх неё: `file_passport`, `file_registration`, `file_selfie` (в примере
          `null`; что в них приходит, когда файлы загружены, — имя, путь или ссылка, — не
          показано);
        - обязательных полей в `agreement` схема не задаёт: через `fiz-save` можно сохранить
          неполные данные (в его таблице ничего не отмечено ⁎); несохранённое поле, по нашему
          прочтению, приходит со значением `null` — так пример показывает незагруженные файлы
          (`file_*: null`), а о прочих полях документация молчит, поэтому все поля `agreement`
          допускают `null`;
        - «Данные не найдены» приходят в виде `{"error", "code": 404}` — с ключом `error`, а не
          `message`, как у прочих ошибок.

        Returns:
            AgreementFizResponse: the parsed success response.
        """
        return self._client.request(_get_fiz_agreement())

    def submit_fiz_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Submit individual (fiz) agreement data (`POST /api/v1/agreement/fiz`).

        Отправляет данные физического лица на оформление договора (в отличие от
        `agreement/fiz-save`, который только сохраняет их). Вместе с данными передаются три
        файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части
        (`file_passport`, `file_registration`, `file_selfie`) — двоичные. Обязательны поля,
        отмеченные на странице знаком ⁎. `agree_to_the_terms` — логический признак; в
        multipart он передаётся текстом (`1` или `true`).

        Особенности документации:
        - в таблице у файловых полей тип `file`, но все примеры (curl, JS, Python) шлют
          JSON (`Content-Type: application/json`), где вместо файлов — строки-имена
          (`"file_passport": "dicta"`); JSON не может нести файлы, поэтому в спецификации
          только `multipart/form-data`;
        - значения в примерах — заполнители генератора документации (`"eligendi"`, `"quas"`,
          `"birthday": "quas"` — даже не дата), а `agree_to_the_terms` в них `false`, на что
          сервер ответит ошибкой «Нет согласия…»; пример запроса здесь составлен заново;
        - только у этого метода перед curl стоит подпись «Запрос:»; пример на JavaScript
          приведён дважды подряд, а примера на PHP нет;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок здесь без точки в конце («…is invalid», «User not found»), тогда как
          у `fiz-save` — с точкой.

        Args:
            first_name (str): имя
            last_name (str): фамилия
            middle_name (str): отчество
            birthday (datetime.date): дата рождения (`YYYY-MM-DD`)
            passport_series (str): серия паспорта
            passport_number (str): номер паспорта
            issue (str): кем выдан паспорт
            date_of_issue (datetime.date): дата выдачи паспорта (`YYYY-MM-DD`)
            billing_address_street (str): адрес регистрации
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в
                multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_passport (FileInput): паспорт — основной разворот (файл)
            file_registration (FileInput): паспорт — разворот с регистрацией (файл)
            file_selfie (FileInput): селфи с паспортом (файл)
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): индекс адреса регистрации
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _submit_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    def get_jur_agreement(
        self,
    ) -> AgreementJurResponse:
        """Get saved legal entity (jur) agreement data (`GET /api/v1/agreement/jur`).

        Возвращает данные юридического лица, ранее сохранённые для договора (`agreement/jur-save`
        или `agreement/jur`), в объекте `agreement`. Параметров нет.

        Особенности документации:
        - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
          `сorrespondent_account`, тогда как в таблицах `jur-save`/`jur` и во всех curl —
          латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
          (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
          читать любой из них;
        - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
          данных ЮЛ; схема перечисляет все поля таблицы `jur-save` и поля примера сверх неё:
          `file_organization`, `file_authority`, `file_ogrn`, `file_inn` (в примере `null`;
          что в них приходит, когда файлы загружены, не показано);
        - обязательных полей в `agreement` схема не задаёт: через `jur-save` можно сохранить
          неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
          `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
          документация молчит, поэтому все поля `agreement` допускают `null`;
        - «Данные не найдены» для юрлица сообщаются текстом `Fiz contract not found` (как у
          физлица) и с ключом `error`, а не `message`.

        Returns:
            AgreementJurResponse: the parsed success response.
        """
        return self._client.request(_get_jur_agreement())

    def submit_jur_agreement(
        self,
        *,
        legal_form: str,
        name: str,
        inn: str,
        ogrn: str,
        kpp: str,
        bik: str,
        bank: str,
        payment_account: str,
        correspondent_account: str,
        last_name: str,
        first_name: str,
        middle_name: str,
        position: str,
        foundation_authority: str,
        email: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_organization: FileInput,
        file_authority: FileInput,
        file_ogrn: FileInput,
        file_inn: FileInput,
        legal_form_full: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Submit legal entity (jur) agreement data (`POST /api/v1/agreement/jur`).

        Отправляет данные юридического лица на оформление договора (в отличие от
        `agreement/jur-save`, который только сохраняет их). Вместе с данными передаются четыре
        файла — карточка реквизитов, решение о назначении руководителя, свидетельства ОГРН и
        ИНН, поэтому тело — `multipart/form-data`; файловые части — двоичные. Обязательны поля,
        отмеченные на странице знаком ⁎ (необязательны только `legal_form_full`, `phone`,
        города и индексы адресов). `agree_to_the_terms` — логический признак; в multipart он
        передаётся текстом (`1` или `true`).

        Особенности документации:
        - в таблице у файловых полей тип `file`, но все примеры (curl, JS, PHP, Python) шлют
          JSON (`Content-Type: application/json`), где вместо файлов — строки
          (`"file_inn": "veniam"`); JSON не может нести файлы, поэтому в спецификации только
          `multipart/form-data`;
        - здесь ключ `correspondent_account` везде — в таблице и во всех примерах — латиницей
          (в отличие от `jur-save`, `ip-save`, `ip` и ответов GET), поэтому в схеме только он;
        - «расчётный счёт» здесь через «ё», в `jur-save` — «расчетный»;
        - значения в примерах — заполнители генератора документации (`"perferendis"`,
          `"sequi"`…), `agree_to_the_terms` в них `false`; пример запроса здесь составлен
          заново;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок без точки в конце («…is invalid», «User not found»).

        Args:
            legal_form (str): организационно-правовая форма (сокращённая)
            name (str): наименование организации
            inn (str): ИНН
            ogrn (str): ОГРН
            kpp (str): КПП
            bik (str): БИК банка
            bank (str): наименование банка
            payment_account (str): расчётный счёт
            correspondent_account (str): корреспондентский счёт (здесь и в таблице, и в примерах —
                латиницей)
            last_name (str): фамилия подписанта договора
            first_name (str): имя подписанта договора
            middle_name (str): отчество подписанта договора
            position (str): должность подписанта договора
            foundation_authority (str): основание полномочий подписанта договора
            email (str): email-адрес
            billing_address_street (str): юридический адрес
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в
                multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_organization (FileInput): карточка с реквизитами организации (файл)
            file_authority (FileInput): решение о назначении руководителя (файл)
            file_ogrn (FileInput): свидетельство ОГРН (файл)
            file_inn (FileInput): свидетельство ИНН (файл)
            legal_form_full (str | Unset): организационно-правовая форма (полная)
            phone (str | Unset): телефон
            billing_address_city (str | Unset): город юридического адреса
            billing_address_postalcode (str | Unset): индекс юридического адреса
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _submit_jur_agreement(
                legal_form=legal_form,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_organization=file_organization,
                file_authority=file_authority,
                file_ogrn=file_ogrn,
                file_inn=file_inn,
                legal_form_full=legal_form_full,
                phone=phone,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    def get_ip_agreement(
        self,
    ) -> AgreementIpResponse:
        """Get saved sole proprietor (ip) agreement data (`GET /api/v1/agreement/ip`).

        Возвращает данные индивидуального предпринимателя, ранее сохранённые для договора
        (`agreement/ip-save` или `agreement/ip`), в объекте `agreement`. Параметров нет.

        Особенности документации:
        - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
          `сorrespondent_account` (так же, как в таблицах `ip-save` и `ip`), а во всех curl —
          латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
          (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
          читать любой из них;
        - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
          данных ИП; схема перечисляет все поля таблицы `ip-save` и поля примера сверх неё:
          `file_passport`, `file_registration`, `file_selfie` (в примере `null`; что в них
          приходит, когда файлы загружены, не показано);
        - обязательных полей в `agreement` схема не задаёт: через `ip-save` можно сохранить
          неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
          `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
          документация молчит, поэтому все поля `agreement` допускают `null`;
        - в примере `ogrn` (ОГРНИП) и `inn` — по 10 цифр, хотя ОГРНИП состоит из 15 цифр, а
          ИНН физлица — из 12 (значения условные);
        - «Данные не найдены» для ИП сообщаются текстом `Fiz contract not found` (как у
          физлица) и с ключом `error`, а не `message`;
        - «Пользователь не найден» здесь без точки в конце, у `GET fiz`/`GET jur` — с точкой.

        Returns:
            AgreementIpResponse: the parsed success response.
        """
        return self._client.request(_get_ip_agreement())

    def submit_ip_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        inn: str,
        ogrn: str,
        bik: str,
        bank: str,
        payment_account: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        correspondent_account: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Submit sole proprietor (ip) agreement data (`POST /api/v1/agreement/ip`).

        Отправляет данные индивидуального предпринимателя на оформление договора (в отличие
        от `agreement/ip-save`, который только сохраняет их). Вместе с данными передаются три
        файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части —
        двоичные. Обязательны поля, отмеченные на странице знаком ⁎ (кроме корреспондентского
        счёта — см. ниже). `agree_to_the_terms` — логический признак; в multipart он
        передаётся текстом (`1` или `true`).

        Особенности документации:
        - корреспондентский счёт в таблице записан с кириллической «с» (U+0441) —
          `сorrespondent_account` — и отмечен ⁎, а во всех примерах (curl, JS, PHP, Python) —
          латиницей `correspondent_account`; какое написание принимает сервер, неизвестно,
          поэтому в схеме есть оба поля, ни одно не обязательно само по себе, но одно из двух
          нужно передать (условие `if`/`then` схемы; передавайте латинское);
        - в таблице у файловых полей тип `file`, но все примеры шлют JSON
          (`Content-Type: application/json`), где вместо файлов — строки
          (`"file_passport": "quaerat"`); JSON не может нести файлы, поэтому в спецификации
          только `multipart/form-data`;
        - значения в примерах — заполнители генератора документации (`"sunt"`,
          `"birthday": "et"` — даже не дата), `agree_to_the_terms` в них `false`; пример
          запроса здесь составлен заново;
        - в таблице `ogrn` описан как ОГРНИП; «расчётный счёт» здесь через «ё», в `ip-save` —
          «расчетный»; индексы названы «почтовый индекс…»;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок без точки в конце («…is invalid», «User not found»).

        Args:
            first_name (str): имя
            last_name (str): фамилия
            middle_name (str): отчество
            birthday (datetime.date): дата рождения (`YYYY-MM-DD`)
            passport_series (str): серия паспорта
            passport_number (str): номер паспорта
            issue (str): кем выдан паспорт
            date_of_issue (datetime.date): дата выдачи паспорта (`YYYY-MM-DD`)
            inn (str): ИНН
            ogrn (str): ОГРНИП
            bik (str): БИК банка
            bank (str): наименование банка
            payment_account (str): расчётный счёт
            billing_address_street (str): адрес регистрации
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в
                multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_passport (FileInput): паспорт — основной разворот (файл)
            file_registration (FileInput): паспорт — разворот с регистрацией (файл)
            file_selfie (FileInput): селфи с паспортом (файл)
            correspondent_account (str | Unset): корреспондентский счёт. Латинский ключ есть только в
                примерах (curl, JS, PHP,
                Python); в таблице поле записано с кириллической «с» и отмечено ⁎ (см.
                `сorrespondent_account`). Сам по себе не обязателен, поскольку неизвестно, какой
                ключ принимает сервер, но без него обязателен кириллический (`if`/`then` схемы);
                передавайте этот.
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): почтовый индекс адреса регистрации
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): почтовый индекс фактического адреса

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _submit_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                correspondent_account=correspondent_account,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    def download_agreement(
        self,
    ) -> bytes:
        """Download agreement PDF (`GET /api/v1/agreement/download`).

        Возвращает PDF-файл договора. Параметров нет. Если файл ещё не сформирован, приходит
        JSON `{"message": "File not ready for download"}` без поля `code`.

        Особенности документации:
        - HTTP-статус ответа «Файл ещё не готов» на странице не показан; мы выбрали 404 (так
          же договорено с mock-сервером);
        - успешный ответ на странице подписан «Файл получен» и показан как `null`, а в перечне
          полей ответа — `success` и `message`; это не может быть содержимым PDF, поэтому
          пример у ответа 200 не приведён, а тело описано как двоичное `application/pdf`;
        - все примеры шлют `Accept: application/json` и разбирают ответ как JSON
          (`response.json()`, `json_decode`), что для PDF не сработает;
        - «Пользователь не найден» здесь без точки в конце.

        Returns:
            bytes: the content of the file.
        """
        return self._client.request(_download_agreement())

    def get_esia_url(
        self,
    ) -> AgreementEsiaUrl:
        """Get ESIA (Gosuslugi) authorization URL (`GET /api/v1/agreement/esia`).

        Возвращает адрес, по которому абонент авторизуется через Госуслуги (ЕСИА). Параметров
        нет.

        Особенности документации:
        - в перечне полей ответа названы только `success` и `message` («сообщение об ошибке»),
          а поля `url`, которое есть в примере, там нет;
        - примеров ошибок на странице нет — используются общие ответы.

        Returns:
            AgreementEsiaUrl: the parsed success response.
        """
        return self._client.request(_get_esia_url())

    def send_agreement_on_sign(
        self,
    ) -> Success:
        """Send agreement for signing in Goskey (`GET /api/v1/agreement/send-on-sign`).

        Отправляет договор на подпись в приложение «Госключ». Параметров нет.

        Особенности документации:
        - действие с побочным эффектом выполняется запросом GET (повтор запроса, например
          при автоматических повторах, отправит договор ещё раз);
        - пример ответа подписан «В ответе возвращается URL», но в нём только
          `{"success": true}` — подпись, видимо, скопирована с `esia`;
        - примеров ошибок на странице нет — используются общие ответы.

        Returns:
            Success: the parsed success response.
        """
        return self._client.request(_send_agreement_on_sign())

    def save_fiz_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> Success:
        """Save individual (fiz) agreement data (`POST /api/v1/agreement/fiz-save`).

        Сохраняет данные физического лица для договора, не отправляя договор на оформление
        (черновик; прочитать его — `GET agreement/fiz`, отправить — `POST agreement/fiz`).
        Тело — JSON. В таблице ни одно поле не отмечено ⁎, поэтому обязательных полей нет.

        Особенности документации:
        - хотя `agree_to_the_terms` не отмечен как обязательный, на странице показана ошибка
          «Нет согласия с условиями оказания услуг связи» (400) — без согласия сервер данные,
          по-видимому, не сохраняет;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `true` (это не Python);
        - тексты ошибок здесь с точкой в конце («…is invalid.», «User not found.»).

        Args:
            first_name (str | Unset): имя
            last_name (str | Unset): фамилия
            middle_name (str | Unset): отчество
            birthday (datetime.date | Unset): дата рождения (`YYYY-MM-DD`)
            passport_series (str | Unset): серия паспорта
            passport_number (str | Unset): номер паспорта
            issue (str | Unset): кем выдан паспорт
            date_of_issue (datetime.date | Unset): дата выдачи паспорта (`YYYY-MM-DD`)
            billing_address_street (str | Unset): адрес регистрации
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): индекс адреса регистрации
            shipping_address_street (str | Unset): фактический адрес
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В
                таблице поле не отмечено ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid.", "code": 400}`. Поэтому
                единственное
                допустимое значение — `true` (`const: true`).

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _save_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    def save_jur_agreement(
        self,
        *,
        legal_form: str | Unset = UNSET,
        legal_form_full: str | Unset = UNSET,
        name: str | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        kpp: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        position: str | Unset = UNSET,
        foundation_authority: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> Success:
        """Save legal entity (jur) agreement data (`POST /api/v1/agreement/jur-save`).

        Сохраняет данные юридического лица для договора, не отправляя договор на оформление
        (черновик; прочитать его — `GET agreement/jur`, отправить — `POST agreement/jur`).
        Тело — JSON. В таблице ни одно поле не отмечено ⁎, поэтому обязательных полей нет.

        Особенности документации:
        - корреспондентский счёт в таблице, curl, JS и Python записан латиницей
          (`correspondent_account`), а в примере на PHP — с кириллической «с» (U+0441,
          `сorrespondent_account`); в схеме есть оба поля, оба необязательны (передавайте
          латинское);
        - `legal_form_full` в таблице идёт вторым, а в примерах — последним;
        - «расчетный счёт» здесь через «е», в `POST jur` — «расчётный»;
        - значения в примерах — заполнители генератора документации (`"assumenda"`,
          `"facilis"`…), `agree_to_the_terms` в них `false`; пример запроса здесь составлен
          заново;
        - хотя `agree_to_the_terms` не отмечен как обязательный, на странице показана ошибка
          «Нет согласия с условиями оказания услуг связи» (400);
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок с точкой в конце («…is invalid.», «User not found.»).

        Args:
            legal_form (str | Unset): организационно-правовая форма (сокращённая)
            legal_form_full (str | Unset): организационно-правовая форма (полная)
            name (str | Unset): наименование организации
            inn (str | Unset): ИНН
            ogrn (str | Unset): ОГРН
            kpp (str | Unset): КПП
            bik (str | Unset): БИК банка
            bank (str | Unset): наименование банка
            payment_account (str | Unset): расчетный счёт (так, через «е», на странице)
            correspondent_account (str | Unset): корреспондентский счёт. Латинское написание — как в
                таблице и в примерах curl, JS
                и Python; в примере на PHP ключ написан с кириллической «с» (см.
                `сorrespondent_account`).
            last_name (str | Unset): фамилия подписанта договора
            first_name (str | Unset): имя подписанта договора
            middle_name (str | Unset): отчество подписанта договора
            position (str | Unset): должность подписанта договора
            foundation_authority (str | Unset): основание полномочий подписанта договора
            email (str | Unset): email-адрес
            phone (str | Unset): телефон
            billing_address_street (str | Unset): юридический адрес
            billing_address_city (str | Unset): город юридического адреса
            billing_address_postalcode (str | Unset): индекс юридического адреса
            shipping_address_street (str | Unset): фактический адрес
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В
                таблице поле не отмечено ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid.", "code": 400}`. Поэтому
                единственное
                допустимое значение — `true` (`const: true`).

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _save_jur_agreement(
                legal_form=legal_form,
                legal_form_full=legal_form_full,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                phone=phone,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    def save_ip_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Save sole proprietor (ip) agreement data (`POST /api/v1/agreement/ip-save`).

        Сохраняет данные индивидуального предпринимателя для договора, не отправляя договор на
        оформление (черновик; прочитать его — `GET agreement/ip`, отправить —
        `POST agreement/ip`). Тело — JSON. В таблице ни одно поле не отмечено ⁎, поэтому
        обязательных полей нет.

        Особенности документации:
        - корреспондентский счёт в таблице записан с кириллической «с» (U+0441,
          `сorrespondent_account`), а во всех примерах (curl, JS, PHP, Python) — латиницей
          (`correspondent_account`); в схеме есть оба поля, оба необязательны (передавайте
          латинское);
        - порядок полей в таблице отличается от `fiz-save` (`agree_to_the_terms` стоит
          посередине, между адресами); `ogrn` описан как ОГРНИП; «расчетный счёт» через «е»
          (в `POST ip` — «расчётный»);
        - в примере `ogrn` и `inn` — по 10 цифр (ОГРНИП — 15 цифр, ИНН физлица — 12);
        - хотя `agree_to_the_terms` не отмечен как обязательный, на странице показана ошибка
          «Нет согласия с условиями оказания услуг связи» (400);
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `true` (это не Python);
        - тексты ошибок здесь без точки в конце («…is invalid», «User not found»), тогда как
          у `fiz-save` и `jur-save` — с точкой.

        Args:
            first_name (str | Unset): имя
            last_name (str | Unset): фамилия
            middle_name (str | Unset): отчество
            birthday (datetime.date | Unset): дата рождения (`YYYY-MM-DD`)
            passport_series (str | Unset): серия паспорта
            passport_number (str | Unset): номер паспорта
            issue (str | Unset): кем выдан паспорт
            date_of_issue (datetime.date | Unset): дата выдачи паспорта (`YYYY-MM-DD`)
            inn (str | Unset): ИНН
            ogrn (str | Unset): ОГРНИП
            bik (str | Unset): БИК банка
            bank (str | Unset): наименование банка
            payment_account (str | Unset): расчетный счёт (так, через «е», на странице)
            correspondent_account (str | Unset): корреспондентский счёт. Латинский ключ есть только в
                примерах (curl, JS, PHP,
                Python); в таблице он записан с кириллической «с» (см. `сorrespondent_account`).
            billing_address_street (str | Unset): адрес регистрации
            shipping_address_street (str | Unset): фактический адрес
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В
                таблице поле не отмечено ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid", "code": 400}`. Поэтому
                единственное
                допустимое значение — `true` (`const: true`).
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): почтовый индекс адреса регистрации

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _save_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
            )
        )

    def upload_signed_agreement(
        self,
        *,
        files: list[FileInput] | Unset = UNSET,
    ) -> Success:
        """Upload signed agreement (`POST /api/v1/agreement/upload`).

        Передаёт файл(ы) подписанного договора. Тело — `multipart/form-data`: по одной части
        `files[]` на файл (массив `files` в таблице документации). Поле не отмечено ⁎, поэтому в
        схеме необязательно.

        Особенности документации:
        - в таблице у `files` нет описания, а тип склеен с началом примера: `arraycurl -X POST`
          (тип — `array`);
        - все примеры (curl, JS, PHP, Python) шлют JSON `{"files":[]}` с
          `Content-Type: application/json` — пустой массив, и JSON не может нести файлы;
          поэтому в спецификации только `multipart/form-data`; как сервер ждёт имена частей,
          на странице не сказано — здесь `files[]`: сервер на PHP (Laravel) собирает список
          из `files[]` (или `files[0]`, `files[1]`), из повторённых `files` оставляет последний
          файл, а из `files[][0]` (так шлёт клиент `openapi-generator -g php`) делает вложенные
          массивы;
        - среди ответов показан «Файл ещё не готов» `{"message": "File not ready for download"}`
          — текст про скачивание, видимо, скопирован с `download`; HTTP-статус не показан, мы
          отнесли его к 404, как у `download`;
        - показана и ошибка «Нет согласия с условиями оказания услуг связи» (400), хотя
          параметра `agree_to_the_terms` у метода нет;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`;
        - тексты ошибок без точки в конце.

        Args:
            files (list[FileInput] | Unset): файлы подписанного договора, по одной части `files[]` на
                файл (на странице описания
                нет, тип записан как `arraycurl` — `array`, склеенный с началом примера curl)

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _upload_signed_agreement(
                files=files,
            )
        )


class AsyncAgreementResource:
    """The `agreement` operations, async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAgreementResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncAgreementResourceWithRawResponse(self._client)

    async def get_agreement_status(
        self,
    ) -> AgreementCurrentStatus:
        """Get current agreement status (`GET /api/v1/agreement/current-status`).

        Возвращает текущий статус договора абонента: код и название статуса, номер (название)
        договора и его тип — ЮЛ, ФЛ или ИП. Параметров нет.

        Значения `type`:
        - `jur` — юридическое лицо;
        - `fiz` — физическое лицо;
        - `ip` — индивидуальный предприниматель.

        Особенности документации:
        - в перечне полей к описанию `status` приклеен лишний символ «i» (значок ссылки):
          «код статуса договора i»;
        - возможные коды `status` на странице не перечислены — их список отдаёт
          `GET agreement/statuses` (в примерах встречаются `empty` и `signed`), поэтому
          перечисление (enum) у `status` не задано;
        - `success` есть в примере, но отсутствует в перечне полей ответа;
        - что приходит в `type` и `name`, пока данные договора ещё не отправлены, документация
          не говорит; схема допускает `null` в обоих полях — это наше прочтение (договора ещё
          нет, статус `empty` «Не отправлен»).

        Returns:
            AgreementCurrentStatus: the parsed success response.
        """
        return await self._client.request(_get_agreement_status())

    async def list_agreement_statuses(
        self,
    ) -> AgreementStatusList:
        """List agreement statuses (`GET /api/v1/agreement/statuses`).

        Возвращает справочник всех возможных статусов договора (код и название) в массиве
        `agreement_statuses`. Параметров нет. Коды из этого списка приходят в поле `status`
        ответа `GET agreement/current-status`.

        Особенности документации:
        - в примере ответа нет поля `success` (у большинства методов оно есть), поэтому в
          схеме оно необязательно;
        - пример показывает только два статуса (`empty`, `signed`); полный перечень на
          странице не дан;
        - текст ошибки «Пользователь не найден» здесь без точки в конце (`User not found`),
          а у `current-status` и `expiration` — с точкой.

        Returns:
            AgreementStatusList: the parsed success response.
        """
        return await self._client.request(_list_agreement_statuses())

    async def get_trial_expiration(
        self,
    ) -> AgreementExpiration:
        """Get trial period expiration (`GET /api/v1/agreement/expiration`).

        Возвращает, когда заканчивается тестовый период текущего личного кабинета: число
        оставшихся дней и дату со временем окончания. Параметров нет.

        Особенности документации:
        - `expiration` приходит строкой `YYYY-MM-DD HH:MM:SS` без часового пояса (не RFC 3339);
          пояс на странице не указан;
        - в примере ответа нет поля `success`;
        - тип `days` на странице не указан — по примеру это целое число.

        Returns:
            AgreementExpiration: the parsed success response.
        """
        return await self._client.request(_get_trial_expiration())

    async def get_fiz_agreement(
        self,
    ) -> AgreementFizResponse:
        """Get saved individual (fiz) agreement data (`GET /api/v1/agreement/fiz`).

        Возвращает данные физического лица, ранее сохранённые для договора (`agreement/fiz-save`
        или `agreement/fiz`), в объекте `agreement`. Параметров нет.

        Особенности документации:
        - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
          данных ФЛ; схема перечисляет все поля таблицы `fiz-save` и поля, которые есть в
          примере сверх неё: `file_passport`, `file_registration`, `file_selfie` (в примере
          `null`; что в них приходит, когда файлы загружены, — имя, путь или ссылка, — не
          показано);
        - обязательных полей в `agreement` схема не задаёт: через `fiz-save` можно сохранить
          неполные данные (в его таблице ничего не отмечено ⁎); несохранённое поле, по нашему
          прочтению, приходит со значением `null` — так пример показывает незагруженные файлы
          (`file_*: null`), а о прочих полях документация молчит, поэтому все поля `agreement`
          допускают `null`;
        - «Данные не найдены» приходят в виде `{"error", "code": 404}` — с ключом `error`, а не
          `message`, как у прочих ошибок.

        Returns:
            AgreementFizResponse: the parsed success response.
        """
        return await self._client.request(_get_fiz_agreement())

    async def submit_fiz_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Submit individual (fiz) agreement data (`POST /api/v1/agreement/fiz`).

        Отправляет данные физического лица на оформление договора (в отличие от
        `agreement/fiz-save`, который только сохраняет их). Вместе с данными передаются три
        файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части
        (`file_passport`, `file_registration`, `file_selfie`) — двоичные. Обязательны поля,
        отмеченные на странице знаком ⁎. `agree_to_the_terms` — логический признак; в
        multipart он передаётся текстом (`1` или `true`).

        Особенности документации:
        - в таблице у файловых полей тип `file`, но все примеры (curl, JS, Python) шлют
          JSON (`Content-Type: application/json`), где вместо файлов — строки-имена
          (`"file_passport": "dicta"`); JSON не может нести файлы, поэтому в спецификации
          только `multipart/form-data`;
        - значения в примерах — заполнители генератора документации (`"eligendi"`, `"quas"`,
          `"birthday": "quas"` — даже не дата), а `agree_to_the_terms` в них `false`, на что
          сервер ответит ошибкой «Нет согласия…»; пример запроса здесь составлен заново;
        - только у этого метода перед curl стоит подпись «Запрос:»; пример на JavaScript
          приведён дважды подряд, а примера на PHP нет;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок здесь без точки в конце («…is invalid», «User not found»), тогда как
          у `fiz-save` — с точкой.

        Args:
            first_name (str): имя
            last_name (str): фамилия
            middle_name (str): отчество
            birthday (datetime.date): дата рождения (`YYYY-MM-DD`)
            passport_series (str): серия паспорта
            passport_number (str): номер паспорта
            issue (str): кем выдан паспорт
            date_of_issue (datetime.date): дата выдачи паспорта (`YYYY-MM-DD`)
            billing_address_street (str): адрес регистрации
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в
                multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_passport (FileInput): паспорт — основной разворот (файл)
            file_registration (FileInput): паспорт — разворот с регистрацией (файл)
            file_selfie (FileInput): селфи с паспортом (файл)
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): индекс адреса регистрации
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _submit_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    async def get_jur_agreement(
        self,
    ) -> AgreementJurResponse:
        """Get saved legal entity (jur) agreement data (`GET /api/v1/agreement/jur`).

        Возвращает данные юридического лица, ранее сохранённые для договора (`agreement/jur-save`
        или `agreement/jur`), в объекте `agreement`. Параметров нет.

        Особенности документации:
        - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
          `сorrespondent_account`, тогда как в таблицах `jur-save`/`jur` и во всех curl —
          латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
          (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
          читать любой из них;
        - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
          данных ЮЛ; схема перечисляет все поля таблицы `jur-save` и поля примера сверх неё:
          `file_organization`, `file_authority`, `file_ogrn`, `file_inn` (в примере `null`;
          что в них приходит, когда файлы загружены, не показано);
        - обязательных полей в `agreement` схема не задаёт: через `jur-save` можно сохранить
          неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
          `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
          документация молчит, поэтому все поля `agreement` допускают `null`;
        - «Данные не найдены» для юрлица сообщаются текстом `Fiz contract not found` (как у
          физлица) и с ключом `error`, а не `message`.

        Returns:
            AgreementJurResponse: the parsed success response.
        """
        return await self._client.request(_get_jur_agreement())

    async def submit_jur_agreement(
        self,
        *,
        legal_form: str,
        name: str,
        inn: str,
        ogrn: str,
        kpp: str,
        bik: str,
        bank: str,
        payment_account: str,
        correspondent_account: str,
        last_name: str,
        first_name: str,
        middle_name: str,
        position: str,
        foundation_authority: str,
        email: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_organization: FileInput,
        file_authority: FileInput,
        file_ogrn: FileInput,
        file_inn: FileInput,
        legal_form_full: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Submit legal entity (jur) agreement data (`POST /api/v1/agreement/jur`).

        Отправляет данные юридического лица на оформление договора (в отличие от
        `agreement/jur-save`, который только сохраняет их). Вместе с данными передаются четыре
        файла — карточка реквизитов, решение о назначении руководителя, свидетельства ОГРН и
        ИНН, поэтому тело — `multipart/form-data`; файловые части — двоичные. Обязательны поля,
        отмеченные на странице знаком ⁎ (необязательны только `legal_form_full`, `phone`,
        города и индексы адресов). `agree_to_the_terms` — логический признак; в multipart он
        передаётся текстом (`1` или `true`).

        Особенности документации:
        - в таблице у файловых полей тип `file`, но все примеры (curl, JS, PHP, Python) шлют
          JSON (`Content-Type: application/json`), где вместо файлов — строки
          (`"file_inn": "veniam"`); JSON не может нести файлы, поэтому в спецификации только
          `multipart/form-data`;
        - здесь ключ `correspondent_account` везде — в таблице и во всех примерах — латиницей
          (в отличие от `jur-save`, `ip-save`, `ip` и ответов GET), поэтому в схеме только он;
        - «расчётный счёт» здесь через «ё», в `jur-save` — «расчетный»;
        - значения в примерах — заполнители генератора документации (`"perferendis"`,
          `"sequi"`…), `agree_to_the_terms` в них `false`; пример запроса здесь составлен
          заново;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок без точки в конце («…is invalid», «User not found»).

        Args:
            legal_form (str): организационно-правовая форма (сокращённая)
            name (str): наименование организации
            inn (str): ИНН
            ogrn (str): ОГРН
            kpp (str): КПП
            bik (str): БИК банка
            bank (str): наименование банка
            payment_account (str): расчётный счёт
            correspondent_account (str): корреспондентский счёт (здесь и в таблице, и в примерах —
                латиницей)
            last_name (str): фамилия подписанта договора
            first_name (str): имя подписанта договора
            middle_name (str): отчество подписанта договора
            position (str): должность подписанта договора
            foundation_authority (str): основание полномочий подписанта договора
            email (str): email-адрес
            billing_address_street (str): юридический адрес
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в
                multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_organization (FileInput): карточка с реквизитами организации (файл)
            file_authority (FileInput): решение о назначении руководителя (файл)
            file_ogrn (FileInput): свидетельство ОГРН (файл)
            file_inn (FileInput): свидетельство ИНН (файл)
            legal_form_full (str | Unset): организационно-правовая форма (полная)
            phone (str | Unset): телефон
            billing_address_city (str | Unset): город юридического адреса
            billing_address_postalcode (str | Unset): индекс юридического адреса
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _submit_jur_agreement(
                legal_form=legal_form,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_organization=file_organization,
                file_authority=file_authority,
                file_ogrn=file_ogrn,
                file_inn=file_inn,
                legal_form_full=legal_form_full,
                phone=phone,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    async def get_ip_agreement(
        self,
    ) -> AgreementIpResponse:
        """Get saved sole proprietor (ip) agreement data (`GET /api/v1/agreement/ip`).

        Возвращает данные индивидуального предпринимателя, ранее сохранённые для договора
        (`agreement/ip-save` или `agreement/ip`), в объекте `agreement`. Параметров нет.

        Особенности документации:
        - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
          `сorrespondent_account` (так же, как в таблицах `ip-save` и `ip`), а во всех curl —
          латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
          (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
          читать любой из них;
        - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
          данных ИП; схема перечисляет все поля таблицы `ip-save` и поля примера сверх неё:
          `file_passport`, `file_registration`, `file_selfie` (в примере `null`; что в них
          приходит, когда файлы загружены, не показано);
        - обязательных полей в `agreement` схема не задаёт: через `ip-save` можно сохранить
          неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
          `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
          документация молчит, поэтому все поля `agreement` допускают `null`;
        - в примере `ogrn` (ОГРНИП) и `inn` — по 10 цифр, хотя ОГРНИП состоит из 15 цифр, а
          ИНН физлица — из 12 (значения условные);
        - «Данные не найдены» для ИП сообщаются текстом `Fiz contract not found` (как у
          физлица) и с ключом `error`, а не `message`;
        - «Пользователь не найден» здесь без точки в конце, у `GET fiz`/`GET jur` — с точкой.

        Returns:
            AgreementIpResponse: the parsed success response.
        """
        return await self._client.request(_get_ip_agreement())

    async def submit_ip_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        inn: str,
        ogrn: str,
        bik: str,
        bank: str,
        payment_account: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        correspondent_account: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Submit sole proprietor (ip) agreement data (`POST /api/v1/agreement/ip`).

        Отправляет данные индивидуального предпринимателя на оформление договора (в отличие
        от `agreement/ip-save`, который только сохраняет их). Вместе с данными передаются три
        файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части —
        двоичные. Обязательны поля, отмеченные на странице знаком ⁎ (кроме корреспондентского
        счёта — см. ниже). `agree_to_the_terms` — логический признак; в multipart он
        передаётся текстом (`1` или `true`).

        Особенности документации:
        - корреспондентский счёт в таблице записан с кириллической «с» (U+0441) —
          `сorrespondent_account` — и отмечен ⁎, а во всех примерах (curl, JS, PHP, Python) —
          латиницей `correspondent_account`; какое написание принимает сервер, неизвестно,
          поэтому в схеме есть оба поля, ни одно не обязательно само по себе, но одно из двух
          нужно передать (условие `if`/`then` схемы; передавайте латинское);
        - в таблице у файловых полей тип `file`, но все примеры шлют JSON
          (`Content-Type: application/json`), где вместо файлов — строки
          (`"file_passport": "quaerat"`); JSON не может нести файлы, поэтому в спецификации
          только `multipart/form-data`;
        - значения в примерах — заполнители генератора документации (`"sunt"`,
          `"birthday": "et"` — даже не дата), `agree_to_the_terms` в них `false`; пример
          запроса здесь составлен заново;
        - в таблице `ogrn` описан как ОГРНИП; «расчётный счёт» здесь через «ё», в `ip-save` —
          «расчетный»; индексы названы «почтовый индекс…»;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок без точки в конце («…is invalid», «User not found»).

        Args:
            first_name (str): имя
            last_name (str): фамилия
            middle_name (str): отчество
            birthday (datetime.date): дата рождения (`YYYY-MM-DD`)
            passport_series (str): серия паспорта
            passport_number (str): номер паспорта
            issue (str): кем выдан паспорт
            date_of_issue (datetime.date): дата выдачи паспорта (`YYYY-MM-DD`)
            inn (str): ИНН
            ogrn (str): ОГРНИП
            bik (str): БИК банка
            bank (str): наименование банка
            payment_account (str): расчётный счёт
            billing_address_street (str): адрес регистрации
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в
                multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_passport (FileInput): паспорт — основной разворот (файл)
            file_registration (FileInput): паспорт — разворот с регистрацией (файл)
            file_selfie (FileInput): селфи с паспортом (файл)
            correspondent_account (str | Unset): корреспондентский счёт. Латинский ключ есть только в
                примерах (curl, JS, PHP,
                Python); в таблице поле записано с кириллической «с» и отмечено ⁎ (см.
                `сorrespondent_account`). Сам по себе не обязателен, поскольку неизвестно, какой
                ключ принимает сервер, но без него обязателен кириллический (`if`/`then` схемы);
                передавайте этот.
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): почтовый индекс адреса регистрации
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): почтовый индекс фактического адреса

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _submit_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                correspondent_account=correspondent_account,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    async def download_agreement(
        self,
    ) -> bytes:
        """Download agreement PDF (`GET /api/v1/agreement/download`).

        Возвращает PDF-файл договора. Параметров нет. Если файл ещё не сформирован, приходит
        JSON `{"message": "File not ready for download"}` без поля `code`.

        Особенности документации:
        - HTTP-статус ответа «Файл ещё не готов» на странице не показан; мы выбрали 404 (так
          же договорено с mock-сервером);
        - успешный ответ на странице подписан «Файл получен» и показан как `null`, а в перечне
          полей ответа — `success` и `message`; это не может быть содержимым PDF, поэтому
          пример у ответа 200 не приведён, а тело описано как двоичное `application/pdf`;
        - все примеры шлют `Accept: application/json` и разбирают ответ как JSON
          (`response.json()`, `json_decode`), что для PDF не сработает;
        - «Пользователь не найден» здесь без точки в конце.

        Returns:
            bytes: the content of the file.
        """
        return await self._client.request(_download_agreement())

    async def get_esia_url(
        self,
    ) -> AgreementEsiaUrl:
        """Get ESIA (Gosuslugi) authorization URL (`GET /api/v1/agreement/esia`).

        Возвращает адрес, по которому абонент авторизуется через Госуслуги (ЕСИА). Параметров
        нет.

        Особенности документации:
        - в перечне полей ответа названы только `success` и `message` («сообщение об ошибке»),
          а поля `url`, которое есть в примере, там нет;
        - примеров ошибок на странице нет — используются общие ответы.

        Returns:
            AgreementEsiaUrl: the parsed success response.
        """
        return await self._client.request(_get_esia_url())

    async def send_agreement_on_sign(
        self,
    ) -> Success:
        """Send agreement for signing in Goskey (`GET /api/v1/agreement/send-on-sign`).

        Отправляет договор на подпись в приложение «Госключ». Параметров нет.

        Особенности документации:
        - действие с побочным эффектом выполняется запросом GET (повтор запроса, например
          при автоматических повторах, отправит договор ещё раз);
        - пример ответа подписан «В ответе возвращается URL», но в нём только
          `{"success": true}` — подпись, видимо, скопирована с `esia`;
        - примеров ошибок на странице нет — используются общие ответы.

        Returns:
            Success: the parsed success response.
        """
        return await self._client.request(_send_agreement_on_sign())

    async def save_fiz_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> Success:
        """Save individual (fiz) agreement data (`POST /api/v1/agreement/fiz-save`).

        Сохраняет данные физического лица для договора, не отправляя договор на оформление
        (черновик; прочитать его — `GET agreement/fiz`, отправить — `POST agreement/fiz`).
        Тело — JSON. В таблице ни одно поле не отмечено ⁎, поэтому обязательных полей нет.

        Особенности документации:
        - хотя `agree_to_the_terms` не отмечен как обязательный, на странице показана ошибка
          «Нет согласия с условиями оказания услуг связи» (400) — без согласия сервер данные,
          по-видимому, не сохраняет;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `true` (это не Python);
        - тексты ошибок здесь с точкой в конце («…is invalid.», «User not found.»).

        Args:
            first_name (str | Unset): имя
            last_name (str | Unset): фамилия
            middle_name (str | Unset): отчество
            birthday (datetime.date | Unset): дата рождения (`YYYY-MM-DD`)
            passport_series (str | Unset): серия паспорта
            passport_number (str | Unset): номер паспорта
            issue (str | Unset): кем выдан паспорт
            date_of_issue (datetime.date | Unset): дата выдачи паспорта (`YYYY-MM-DD`)
            billing_address_street (str | Unset): адрес регистрации
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): индекс адреса регистрации
            shipping_address_street (str | Unset): фактический адрес
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В
                таблице поле не отмечено ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid.", "code": 400}`. Поэтому
                единственное
                допустимое значение — `true` (`const: true`).

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _save_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    async def save_jur_agreement(
        self,
        *,
        legal_form: str | Unset = UNSET,
        legal_form_full: str | Unset = UNSET,
        name: str | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        kpp: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        position: str | Unset = UNSET,
        foundation_authority: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> Success:
        """Save legal entity (jur) agreement data (`POST /api/v1/agreement/jur-save`).

        Сохраняет данные юридического лица для договора, не отправляя договор на оформление
        (черновик; прочитать его — `GET agreement/jur`, отправить — `POST agreement/jur`).
        Тело — JSON. В таблице ни одно поле не отмечено ⁎, поэтому обязательных полей нет.

        Особенности документации:
        - корреспондентский счёт в таблице, curl, JS и Python записан латиницей
          (`correspondent_account`), а в примере на PHP — с кириллической «с» (U+0441,
          `сorrespondent_account`); в схеме есть оба поля, оба необязательны (передавайте
          латинское);
        - `legal_form_full` в таблице идёт вторым, а в примерах — последним;
        - «расчетный счёт» здесь через «е», в `POST jur` — «расчётный»;
        - значения в примерах — заполнители генератора документации (`"assumenda"`,
          `"facilis"`…), `agree_to_the_terms` в них `false`; пример запроса здесь составлен
          заново;
        - хотя `agree_to_the_terms` не отмечен как обязательный, на странице показана ошибка
          «Нет согласия с условиями оказания услуг связи» (400);
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `false` (это не Python);
        - тексты ошибок с точкой в конце («…is invalid.», «User not found.»).

        Args:
            legal_form (str | Unset): организационно-правовая форма (сокращённая)
            legal_form_full (str | Unset): организационно-правовая форма (полная)
            name (str | Unset): наименование организации
            inn (str | Unset): ИНН
            ogrn (str | Unset): ОГРН
            kpp (str | Unset): КПП
            bik (str | Unset): БИК банка
            bank (str | Unset): наименование банка
            payment_account (str | Unset): расчетный счёт (так, через «е», на странице)
            correspondent_account (str | Unset): корреспондентский счёт. Латинское написание — как в
                таблице и в примерах curl, JS
                и Python; в примере на PHP ключ написан с кириллической «с» (см.
                `сorrespondent_account`).
            last_name (str | Unset): фамилия подписанта договора
            first_name (str | Unset): имя подписанта договора
            middle_name (str | Unset): отчество подписанта договора
            position (str | Unset): должность подписанта договора
            foundation_authority (str | Unset): основание полномочий подписанта договора
            email (str | Unset): email-адрес
            phone (str | Unset): телефон
            billing_address_street (str | Unset): юридический адрес
            billing_address_city (str | Unset): город юридического адреса
            billing_address_postalcode (str | Unset): индекс юридического адреса
            shipping_address_street (str | Unset): фактический адрес
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В
                таблице поле не отмечено ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid.", "code": 400}`. Поэтому
                единственное
                допустимое значение — `true` (`const: true`).

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _save_jur_agreement(
                legal_form=legal_form,
                legal_form_full=legal_form_full,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                phone=phone,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    async def save_ip_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
    ) -> Success:
        """Save sole proprietor (ip) agreement data (`POST /api/v1/agreement/ip-save`).

        Сохраняет данные индивидуального предпринимателя для договора, не отправляя договор на
        оформление (черновик; прочитать его — `GET agreement/ip`, отправить —
        `POST agreement/ip`). Тело — JSON. В таблице ни одно поле не отмечено ⁎, поэтому
        обязательных полей нет.

        Особенности документации:
        - корреспондентский счёт в таблице записан с кириллической «с» (U+0441,
          `сorrespondent_account`), а во всех примерах (curl, JS, PHP, Python) — латиницей
          (`correspondent_account`); в схеме есть оба поля, оба необязательны (передавайте
          латинское);
        - порядок полей в таблице отличается от `fiz-save` (`agree_to_the_terms` стоит
          посередине, между адресами); `ogrn` описан как ОГРНИП; «расчетный счёт» через «е»
          (в `POST ip` — «расчётный»);
        - в примере `ogrn` и `inn` — по 10 цифр (ОГРНИП — 15 цифр, ИНН физлица — 12);
        - хотя `agree_to_the_terms` не отмечен как обязательный, на странице показана ошибка
          «Нет согласия с условиями оказания услуг связи» (400);
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
          примере на Python стоит `true` (это не Python);
        - тексты ошибок здесь без точки в конце («…is invalid», «User not found»), тогда как
          у `fiz-save` и `jur-save` — с точкой.

        Args:
            first_name (str | Unset): имя
            last_name (str | Unset): фамилия
            middle_name (str | Unset): отчество
            birthday (datetime.date | Unset): дата рождения (`YYYY-MM-DD`)
            passport_series (str | Unset): серия паспорта
            passport_number (str | Unset): номер паспорта
            issue (str | Unset): кем выдан паспорт
            date_of_issue (datetime.date | Unset): дата выдачи паспорта (`YYYY-MM-DD`)
            inn (str | Unset): ИНН
            ogrn (str | Unset): ОГРНИП
            bik (str | Unset): БИК банка
            bank (str | Unset): наименование банка
            payment_account (str | Unset): расчетный счёт (так, через «е», на странице)
            correspondent_account (str | Unset): корреспондентский счёт. Латинский ключ есть только в
                примерах (curl, JS, PHP,
                Python); в таблице он записан с кириллической «с» (см. `сorrespondent_account`).
            billing_address_street (str | Unset): адрес регистрации
            shipping_address_street (str | Unset): фактический адрес
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В
                таблице поле не отмечено ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid", "code": 400}`. Поэтому
                единственное
                допустимое значение — `true` (`const: true`).
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): почтовый индекс адреса регистрации

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _save_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
            )
        )

    async def upload_signed_agreement(
        self,
        *,
        files: list[FileInput] | Unset = UNSET,
    ) -> Success:
        """Upload signed agreement (`POST /api/v1/agreement/upload`).

        Передаёт файл(ы) подписанного договора. Тело — `multipart/form-data`: по одной части
        `files[]` на файл (массив `files` в таблице документации). Поле не отмечено ⁎, поэтому в
        схеме необязательно.

        Особенности документации:
        - в таблице у `files` нет описания, а тип склеен с началом примера: `arraycurl -X POST`
          (тип — `array`);
        - все примеры (curl, JS, PHP, Python) шлют JSON `{"files":[]}` с
          `Content-Type: application/json` — пустой массив, и JSON не может нести файлы;
          поэтому в спецификации только `multipart/form-data`; как сервер ждёт имена частей,
          на странице не сказано — здесь `files[]`: сервер на PHP (Laravel) собирает список
          из `files[]` (или `files[0]`, `files[1]`), из повторённых `files` оставляет последний
          файл, а из `files[][0]` (так шлёт клиент `openapi-generator -g php`) делает вложенные
          массивы;
        - среди ответов показан «Файл ещё не готов» `{"message": "File not ready for download"}`
          — текст про скачивание, видимо, скопирован с `download`; HTTP-статус не показан, мы
          отнесли его к 404, как у `download`;
        - показана и ошибка «Нет согласия с условиями оказания услуг связи» (400), хотя
          параметра `agree_to_the_terms` у метода нет;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`;
        - тексты ошибок без точки в конце.

        Args:
            files (list[FileInput] | Unset): файлы подписанного договора, по одной части `files[]` на
                файл (на странице описания
                нет, тип записан как `arraycurl` — `array`, склеенный с началом примера curl)

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _upload_signed_agreement(
                files=files,
            )
        )


class AgreementResourceWithRawResponse:
    """The `agreement` operations, returning the raw answer."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    def get_agreement_status(
        self,
    ) -> APIResponse[AgreementCurrentStatus]:
        """`get_agreement_status` (`GET /api/v1/agreement/current-status`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_agreement_status())

    def list_agreement_statuses(
        self,
    ) -> APIResponse[AgreementStatusList]:
        """`list_agreement_statuses` (`GET /api/v1/agreement/statuses`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_list_agreement_statuses())

    def get_trial_expiration(
        self,
    ) -> APIResponse[AgreementExpiration]:
        """`get_trial_expiration` (`GET /api/v1/agreement/expiration`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_trial_expiration())

    def get_fiz_agreement(
        self,
    ) -> APIResponse[AgreementFizResponse]:
        """`get_fiz_agreement` (`GET /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_fiz_agreement())

    def submit_fiz_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`submit_fiz_agreement` (`POST /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _submit_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    def get_jur_agreement(
        self,
    ) -> APIResponse[AgreementJurResponse]:
        """`get_jur_agreement` (`GET /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_jur_agreement())

    def submit_jur_agreement(
        self,
        *,
        legal_form: str,
        name: str,
        inn: str,
        ogrn: str,
        kpp: str,
        bik: str,
        bank: str,
        payment_account: str,
        correspondent_account: str,
        last_name: str,
        first_name: str,
        middle_name: str,
        position: str,
        foundation_authority: str,
        email: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_organization: FileInput,
        file_authority: FileInput,
        file_ogrn: FileInput,
        file_inn: FileInput,
        legal_form_full: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`submit_jur_agreement` (`POST /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _submit_jur_agreement(
                legal_form=legal_form,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_organization=file_organization,
                file_authority=file_authority,
                file_ogrn=file_ogrn,
                file_inn=file_inn,
                legal_form_full=legal_form_full,
                phone=phone,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    def get_ip_agreement(
        self,
    ) -> APIResponse[AgreementIpResponse]:
        """`get_ip_agreement` (`GET /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_ip_agreement())

    def submit_ip_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        inn: str,
        ogrn: str,
        bik: str,
        bank: str,
        payment_account: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        correspondent_account: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`submit_ip_agreement` (`POST /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _submit_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                correspondent_account=correspondent_account,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    def download_agreement(
        self,
    ) -> APIResponse[bytes]:
        """`download_agreement` (`GET /api/v1/agreement/download`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_download_agreement())

    def get_esia_url(
        self,
    ) -> APIResponse[AgreementEsiaUrl]:
        """`get_esia_url` (`GET /api/v1/agreement/esia`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_esia_url())

    def send_agreement_on_sign(
        self,
    ) -> APIResponse[Success]:
        """`send_agreement_on_sign` (`GET /api/v1/agreement/send-on-sign`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_send_agreement_on_sign())

    def save_fiz_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`save_fiz_agreement` (`POST /api/v1/agreement/fiz-save`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _save_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    def save_jur_agreement(
        self,
        *,
        legal_form: str | Unset = UNSET,
        legal_form_full: str | Unset = UNSET,
        name: str | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        kpp: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        position: str | Unset = UNSET,
        foundation_authority: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`save_jur_agreement` (`POST /api/v1/agreement/jur-save`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _save_jur_agreement(
                legal_form=legal_form,
                legal_form_full=legal_form_full,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                phone=phone,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    def save_ip_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`save_ip_agreement` (`POST /api/v1/agreement/ip-save`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _save_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
            )
        )

    def upload_signed_agreement(
        self,
        *,
        files: list[FileInput] | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`upload_signed_agreement` (`POST /api/v1/agreement/upload`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _upload_signed_agreement(
                files=files,
            )
        )


class AsyncAgreementResourceWithRawResponse:
    """The `agreement` operations, async, returning the raw answer."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def get_agreement_status(
        self,
    ) -> APIResponse[AgreementCurrentStatus]:
        """`get_agreement_status` (`GET /api/v1/agreement/current-status`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_agreement_status())

    async def list_agreement_statuses(
        self,
    ) -> APIResponse[AgreementStatusList]:
        """`list_agreement_statuses` (`GET /api/v1/agreement/statuses`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_list_agreement_statuses())

    async def get_trial_expiration(
        self,
    ) -> APIResponse[AgreementExpiration]:
        """`get_trial_expiration` (`GET /api/v1/agreement/expiration`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_trial_expiration())

    async def get_fiz_agreement(
        self,
    ) -> APIResponse[AgreementFizResponse]:
        """`get_fiz_agreement` (`GET /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_fiz_agreement())

    async def submit_fiz_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`submit_fiz_agreement` (`POST /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _submit_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    async def get_jur_agreement(
        self,
    ) -> APIResponse[AgreementJurResponse]:
        """`get_jur_agreement` (`GET /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_jur_agreement())

    async def submit_jur_agreement(
        self,
        *,
        legal_form: str,
        name: str,
        inn: str,
        ogrn: str,
        kpp: str,
        bik: str,
        bank: str,
        payment_account: str,
        correspondent_account: str,
        last_name: str,
        first_name: str,
        middle_name: str,
        position: str,
        foundation_authority: str,
        email: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_organization: FileInput,
        file_authority: FileInput,
        file_ogrn: FileInput,
        file_inn: FileInput,
        legal_form_full: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`submit_jur_agreement` (`POST /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _submit_jur_agreement(
                legal_form=legal_form,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_organization=file_organization,
                file_authority=file_authority,
                file_ogrn=file_ogrn,
                file_inn=file_inn,
                legal_form_full=legal_form_full,
                phone=phone,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    async def get_ip_agreement(
        self,
    ) -> APIResponse[AgreementIpResponse]:
        """`get_ip_agreement` (`GET /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_ip_agreement())

    async def submit_ip_agreement(
        self,
        *,
        first_name: str,
        last_name: str,
        middle_name: str,
        birthday: datetime.date,
        passport_series: str,
        passport_number: str,
        issue: str,
        date_of_issue: datetime.date,
        inn: str,
        ogrn: str,
        bik: str,
        bank: str,
        payment_account: str,
        billing_address_street: str,
        shipping_address_street: str,
        agree_to_the_terms: bool,
        file_passport: FileInput,
        file_registration: FileInput,
        file_selfie: FileInput,
        correspondent_account: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`submit_ip_agreement` (`POST /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _submit_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                file_passport=file_passport,
                file_registration=file_registration,
                file_selfie=file_selfie,
                correspondent_account=correspondent_account,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
            )
        )

    async def download_agreement(
        self,
    ) -> APIResponse[bytes]:
        """`download_agreement` (`GET /api/v1/agreement/download`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_download_agreement())

    async def get_esia_url(
        self,
    ) -> APIResponse[AgreementEsiaUrl]:
        """`get_esia_url` (`GET /api/v1/agreement/esia`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_esia_url())

    async def send_agreement_on_sign(
        self,
    ) -> APIResponse[Success]:
        """`send_agreement_on_sign` (`GET /api/v1/agreement/send-on-sign`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_send_agreement_on_sign())

    async def save_fiz_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`save_fiz_agreement` (`POST /api/v1/agreement/fiz-save`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _save_fiz_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    async def save_jur_agreement(
        self,
        *,
        legal_form: str | Unset = UNSET,
        legal_form_full: str | Unset = UNSET,
        name: str | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        kpp: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        position: str | Unset = UNSET,
        foundation_authority: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`save_jur_agreement` (`POST /api/v1/agreement/jur-save`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _save_jur_agreement(
                legal_form=legal_form,
                legal_form_full=legal_form_full,
                name=name,
                inn=inn,
                ogrn=ogrn,
                kpp=kpp,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                last_name=last_name,
                first_name=first_name,
                middle_name=middle_name,
                position=position,
                foundation_authority=foundation_authority,
                email=email,
                phone=phone,
                billing_address_street=billing_address_street,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
                shipping_address_street=shipping_address_street,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                agree_to_the_terms=agree_to_the_terms,
            )
        )

    async def save_ip_agreement(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        passport_series: str | Unset = UNSET,
        passport_number: str | Unset = UNSET,
        issue: str | Unset = UNSET,
        date_of_issue: datetime.date | Unset = UNSET,
        inn: str | Unset = UNSET,
        ogrn: str | Unset = UNSET,
        bik: str | Unset = UNSET,
        bank: str | Unset = UNSET,
        payment_account: str | Unset = UNSET,
        correspondent_account: str | Unset = UNSET,
        billing_address_street: str | Unset = UNSET,
        shipping_address_street: str | Unset = UNSET,
        agree_to_the_terms: bool | Unset = UNSET,
        shipping_address_city: str | Unset = UNSET,
        shipping_address_postalcode: str | Unset = UNSET,
        billing_address_city: str | Unset = UNSET,
        billing_address_postalcode: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`save_ip_agreement` (`POST /api/v1/agreement/ip-save`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _save_ip_agreement(
                first_name=first_name,
                last_name=last_name,
                middle_name=middle_name,
                birthday=birthday,
                passport_series=passport_series,
                passport_number=passport_number,
                issue=issue,
                date_of_issue=date_of_issue,
                inn=inn,
                ogrn=ogrn,
                bik=bik,
                bank=bank,
                payment_account=payment_account,
                correspondent_account=correspondent_account,
                billing_address_street=billing_address_street,
                shipping_address_street=shipping_address_street,
                agree_to_the_terms=agree_to_the_terms,
                shipping_address_city=shipping_address_city,
                shipping_address_postalcode=shipping_address_postalcode,
                billing_address_city=billing_address_city,
                billing_address_postalcode=billing_address_postalcode,
            )
        )

    async def upload_signed_agreement(
        self,
        *,
        files: list[FileInput] | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`upload_signed_agreement` (`POST /api/v1/agreement/upload`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _upload_signed_agreement(
                files=files,
            )
        )


__all__ = [
    "AsyncAgreementResource",
    "AsyncAgreementResourceWithRawResponse",
    "AgreementResource",
    "AgreementResourceWithRawResponse",
]
