# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `agreement` operations: an endpoint module per operation, and the resource classes
`AgreementResource` (sync) and `AsyncAgreementResource` (async) with one method per operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import (
    AsyncRequester,
    FileInput,
    RawResponse,
    Requester,
    as_file,
    as_files,
    check_argument,
    is_type,
)

if TYPE_CHECKING:
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
    from .. import ArgumentCheck
    from . import download_agreement as _download_agreement
    from . import get_agreement_status as _get_agreement_status
    from . import get_esia_url as _get_esia_url
    from . import get_fiz_agreement as _get_fiz_agreement
    from . import get_ip_agreement as _get_ip_agreement
    from . import get_jur_agreement as _get_jur_agreement
    from . import get_trial_expiration as _get_trial_expiration
    from . import list_agreement_statuses as _list_agreement_statuses
    from . import save_fiz_agreement as _save_fiz_agreement
    from . import save_ip_agreement as _save_ip_agreement
    from . import save_jur_agreement as _save_jur_agreement
    from . import send_agreement_on_sign as _send_agreement_on_sign
    from . import submit_fiz_agreement as _submit_fiz_agreement
    from . import submit_ip_agreement as _submit_ip_agreement
    from . import submit_jur_agreement as _submit_jur_agreement
    from . import upload_signed_agreement as _upload_signed_agreement

    _CHECK_SUBMIT_FIZ_AGREEMENT__FIRST_NAME: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__LAST_NAME: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__MIDDLE_NAME: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__BIRTHDAY: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_SERIES: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__ISSUE: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__NAME: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__INN: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__OGRN: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__KPP: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__BIK: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__BANK: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__LAST_NAME: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__FIRST_NAME: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__MIDDLE_NAME: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__POSITION: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__FOUNDATION_AUTHORITY: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__EMAIL: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM_FULL: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__PHONE: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__FIRST_NAME: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__LAST_NAME: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__MIDDLE_NAME: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__BIRTHDAY: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_SERIES: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__ISSUE: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__INN: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__OGRN: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__BIK: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__BANK: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__FIRST_NAME: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__LAST_NAME: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__MIDDLE_NAME: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__BIRTHDAY: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_SERIES: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__ISSUE: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SAVE_FIZ_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM_FULL: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__NAME: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__INN: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__OGRN: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__KPP: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__BIK: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__BANK: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__LAST_NAME: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__FIRST_NAME: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__MIDDLE_NAME: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__POSITION: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__FOUNDATION_AUTHORITY: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__EMAIL: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__PHONE: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SAVE_JUR_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__FIRST_NAME: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__LAST_NAME: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__MIDDLE_NAME: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__BIRTHDAY: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__PASSPORT_SERIES: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__PASSPORT_NUMBER: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__ISSUE: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__DATE_OF_ISSUE: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__INN: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__OGRN: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__BIK: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__BANK: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__PAYMENT_ACCOUNT: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__CORRESPONDENT_ACCOUNT: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_STREET: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__AGREE_TO_THE_TERMS: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_CITY: ArgumentCheck
    _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE: ArgumentCheck


def _submit_fiz_agreement_kwargs(
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
) -> dict[str, Any]:
    """Check the arguments of `submit_fiz_agreement`, build its body; return its `_get_kwargs`."""
    check_argument("first_name", first_name, _CHECK_SUBMIT_FIZ_AGREEMENT__FIRST_NAME)
    check_argument("last_name", last_name, _CHECK_SUBMIT_FIZ_AGREEMENT__LAST_NAME)
    check_argument("middle_name", middle_name, _CHECK_SUBMIT_FIZ_AGREEMENT__MIDDLE_NAME)
    check_argument("birthday", birthday, _CHECK_SUBMIT_FIZ_AGREEMENT__BIRTHDAY)
    check_argument("passport_series", passport_series, _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_SERIES)
    check_argument("passport_number", passport_number, _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_NUMBER)
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
        "agree_to_the_terms", agree_to_the_terms, _CHECK_SUBMIT_FIZ_AGREEMENT__AGREE_TO_THE_TERMS
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
    )
    return _submit_fiz_agreement._get_kwargs(
        body=body,
    )


def _submit_jur_agreement_kwargs(
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
) -> dict[str, Any]:
    """Check the arguments of `submit_jur_agreement`, build its body; return its `_get_kwargs`."""
    check_argument("legal_form", legal_form, _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM)
    check_argument("name", name, _CHECK_SUBMIT_JUR_AGREEMENT__NAME)
    check_argument("inn", inn, _CHECK_SUBMIT_JUR_AGREEMENT__INN)
    check_argument("ogrn", ogrn, _CHECK_SUBMIT_JUR_AGREEMENT__OGRN)
    check_argument("kpp", kpp, _CHECK_SUBMIT_JUR_AGREEMENT__KPP)
    check_argument("bik", bik, _CHECK_SUBMIT_JUR_AGREEMENT__BIK)
    check_argument("bank", bank, _CHECK_SUBMIT_JUR_AGREEMENT__BANK)
    check_argument("payment_account", payment_account, _CHECK_SUBMIT_JUR_AGREEMENT__PAYMENT_ACCOUNT)
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
        "agree_to_the_terms", agree_to_the_terms, _CHECK_SUBMIT_JUR_AGREEMENT__AGREE_TO_THE_TERMS
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
    )
    return _submit_jur_agreement._get_kwargs(
        body=body,
    )


def _submit_ip_agreement_kwargs(
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
) -> dict[str, Any]:
    """Check the arguments of `submit_ip_agreement`, build its body; return its `_get_kwargs`."""
    check_argument("first_name", first_name, _CHECK_SUBMIT_IP_AGREEMENT__FIRST_NAME)
    check_argument("last_name", last_name, _CHECK_SUBMIT_IP_AGREEMENT__LAST_NAME)
    check_argument("middle_name", middle_name, _CHECK_SUBMIT_IP_AGREEMENT__MIDDLE_NAME)
    check_argument("birthday", birthday, _CHECK_SUBMIT_IP_AGREEMENT__BIRTHDAY)
    check_argument("passport_series", passport_series, _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_SERIES)
    check_argument("passport_number", passport_number, _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_NUMBER)
    check_argument("issue", issue, _CHECK_SUBMIT_IP_AGREEMENT__ISSUE)
    check_argument("date_of_issue", date_of_issue, _CHECK_SUBMIT_IP_AGREEMENT__DATE_OF_ISSUE)
    check_argument("inn", inn, _CHECK_SUBMIT_IP_AGREEMENT__INN)
    check_argument("ogrn", ogrn, _CHECK_SUBMIT_IP_AGREEMENT__OGRN)
    check_argument("bik", bik, _CHECK_SUBMIT_IP_AGREEMENT__BIK)
    check_argument("bank", bank, _CHECK_SUBMIT_IP_AGREEMENT__BANK)
    check_argument("payment_account", payment_account, _CHECK_SUBMIT_IP_AGREEMENT__PAYMENT_ACCOUNT)
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
    )
    return _submit_ip_agreement._get_kwargs(
        body=body,
    )


def _save_fiz_agreement_kwargs(
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
) -> dict[str, Any]:
    """Check the arguments of `save_fiz_agreement`, build its body; return its `_get_kwargs`."""
    check_argument("first_name", first_name, _CHECK_SAVE_FIZ_AGREEMENT__FIRST_NAME, optional=True)
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
    )
    return _save_fiz_agreement._get_kwargs(
        body=body,
    )


def _save_jur_agreement_kwargs(
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
) -> dict[str, Any]:
    """Check the arguments of `save_jur_agreement`, build its body; return its `_get_kwargs`."""
    check_argument("legal_form", legal_form, _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM, optional=True)
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
    check_argument("first_name", first_name, _CHECK_SAVE_JUR_AGREEMENT__FIRST_NAME, optional=True)
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
    )
    return _save_jur_agreement._get_kwargs(
        body=body,
    )


def _save_ip_agreement_kwargs(
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
) -> dict[str, Any]:
    """Check the arguments of `save_ip_agreement`, build its body; return its `_get_kwargs`."""
    check_argument("first_name", first_name, _CHECK_SAVE_IP_AGREEMENT__FIRST_NAME, optional=True)
    check_argument("last_name", last_name, _CHECK_SAVE_IP_AGREEMENT__LAST_NAME, optional=True)
    check_argument("middle_name", middle_name, _CHECK_SAVE_IP_AGREEMENT__MIDDLE_NAME, optional=True)
    check_argument("birthday", birthday, _CHECK_SAVE_IP_AGREEMENT__BIRTHDAY, optional=True)
    check_argument(
        "passport_series", passport_series, _CHECK_SAVE_IP_AGREEMENT__PASSPORT_SERIES, optional=True
    )
    check_argument(
        "passport_number", passport_number, _CHECK_SAVE_IP_AGREEMENT__PASSPORT_NUMBER, optional=True
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
        "payment_account", payment_account, _CHECK_SAVE_IP_AGREEMENT__PAYMENT_ACCOUNT, optional=True
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
    )
    return _save_ip_agreement._get_kwargs(
        body=body,
    )


def _upload_signed_agreement_kwargs(
    *,
    files: list[FileInput] | Unset,
) -> dict[str, Any]:
    """Check the arguments of `upload_signed_agreement`, build its body; return its `_get_kwargs`."""
    body = AgreementUploadRequest(
        files=as_files("files", files),
    )
    return _upload_signed_agreement._get_kwargs(
        body=body,
    )


class AgreementResource:
    """The `agreement` operations."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AgreementResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AgreementResourceWithRawResponse(self._requester)

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
        if _PENDING:
            _load()
        return self._requester.request(
            "get_agreement_status",
            _get_agreement_status._get_kwargs,
            {},
            AgreementCurrentStatus,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "list_agreement_statuses",
            _list_agreement_statuses._get_kwargs,
            {},
            AgreementStatusList,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "get_trial_expiration",
            _get_trial_expiration._get_kwargs,
            {},
            AgreementExpiration,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "get_fiz_agreement",
            _get_fiz_agreement._get_kwargs,
            {},
            AgreementFizResponse,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "submit_fiz_agreement",
            _submit_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "get_jur_agreement",
            _get_jur_agreement._get_kwargs,
            {},
            AgreementJurResponse,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "submit_jur_agreement",
            _submit_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_organization": file_organization,
                "file_authority": file_authority,
                "file_ogrn": file_ogrn,
                "file_inn": file_inn,
                "legal_form_full": legal_form_full,
                "phone": phone,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "get_ip_agreement",
            _get_ip_agreement._get_kwargs,
            {},
            AgreementIpResponse,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "submit_ip_agreement",
            _submit_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "correspondent_account": correspondent_account,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "download_agreement",
            _download_agreement._get_kwargs,
            {},
            bytes,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "get_esia_url",
            _get_esia_url._get_kwargs,
            {},
            AgreementEsiaUrl,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "send_agreement_on_sign",
            _send_agreement_on_sign._get_kwargs,
            {},
            Success,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "save_fiz_agreement",
            _save_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "save_jur_agreement",
            _save_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "legal_form_full": legal_form_full,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "phone": phone,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "save_ip_agreement",
            _save_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "upload_signed_agreement",
            _upload_signed_agreement_kwargs,
            {
                "files": files,
            },
            Success,
        )


class AsyncAgreementResource:
    """The `agreement` operations, async."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncAgreementResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncAgreementResourceWithRawResponse(self._requester)

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_agreement_status",
            _get_agreement_status._get_kwargs,
            {},
            AgreementCurrentStatus,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "list_agreement_statuses",
            _list_agreement_statuses._get_kwargs,
            {},
            AgreementStatusList,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_trial_expiration",
            _get_trial_expiration._get_kwargs,
            {},
            AgreementExpiration,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_fiz_agreement",
            _get_fiz_agreement._get_kwargs,
            {},
            AgreementFizResponse,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "submit_fiz_agreement",
            _submit_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_jur_agreement",
            _get_jur_agreement._get_kwargs,
            {},
            AgreementJurResponse,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "submit_jur_agreement",
            _submit_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_organization": file_organization,
                "file_authority": file_authority,
                "file_ogrn": file_ogrn,
                "file_inn": file_inn,
                "legal_form_full": legal_form_full,
                "phone": phone,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_ip_agreement",
            _get_ip_agreement._get_kwargs,
            {},
            AgreementIpResponse,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "submit_ip_agreement",
            _submit_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "correspondent_account": correspondent_account,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "download_agreement",
            _download_agreement._get_kwargs,
            {},
            bytes,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_esia_url",
            _get_esia_url._get_kwargs,
            {},
            AgreementEsiaUrl,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "send_agreement_on_sign",
            _send_agreement_on_sign._get_kwargs,
            {},
            Success,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "save_fiz_agreement",
            _save_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "save_jur_agreement",
            _save_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "legal_form_full": legal_form_full,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "phone": phone,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "save_ip_agreement",
            _save_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "upload_signed_agreement",
            _upload_signed_agreement_kwargs,
            {
                "files": files,
            },
            Success,
        )


class AgreementResourceWithRawResponse:
    """The `agreement` operations, returning the raw answer."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get_agreement_status(
        self,
    ) -> RawResponse[AgreementCurrentStatus]:
        """`get_agreement_status` (`GET /api/v1/agreement/current-status`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_agreement_status",
            _get_agreement_status._get_kwargs,
            {},
            AgreementCurrentStatus,
        )

    def list_agreement_statuses(
        self,
    ) -> RawResponse[AgreementStatusList]:
        """`list_agreement_statuses` (`GET /api/v1/agreement/statuses`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "list_agreement_statuses",
            _list_agreement_statuses._get_kwargs,
            {},
            AgreementStatusList,
        )

    def get_trial_expiration(
        self,
    ) -> RawResponse[AgreementExpiration]:
        """`get_trial_expiration` (`GET /api/v1/agreement/expiration`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_trial_expiration",
            _get_trial_expiration._get_kwargs,
            {},
            AgreementExpiration,
        )

    def get_fiz_agreement(
        self,
    ) -> RawResponse[AgreementFizResponse]:
        """`get_fiz_agreement` (`GET /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_fiz_agreement",
            _get_fiz_agreement._get_kwargs,
            {},
            AgreementFizResponse,
        )

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
    ) -> RawResponse[Success]:
        """`submit_fiz_agreement` (`POST /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "submit_fiz_agreement",
            _submit_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
        )

    def get_jur_agreement(
        self,
    ) -> RawResponse[AgreementJurResponse]:
        """`get_jur_agreement` (`GET /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_jur_agreement",
            _get_jur_agreement._get_kwargs,
            {},
            AgreementJurResponse,
        )

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
    ) -> RawResponse[Success]:
        """`submit_jur_agreement` (`POST /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "submit_jur_agreement",
            _submit_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_organization": file_organization,
                "file_authority": file_authority,
                "file_ogrn": file_ogrn,
                "file_inn": file_inn,
                "legal_form_full": legal_form_full,
                "phone": phone,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
        )

    def get_ip_agreement(
        self,
    ) -> RawResponse[AgreementIpResponse]:
        """`get_ip_agreement` (`GET /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_ip_agreement",
            _get_ip_agreement._get_kwargs,
            {},
            AgreementIpResponse,
        )

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
    ) -> RawResponse[Success]:
        """`submit_ip_agreement` (`POST /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "submit_ip_agreement",
            _submit_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "correspondent_account": correspondent_account,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
        )

    def download_agreement(
        self,
    ) -> RawResponse[bytes]:
        """`download_agreement` (`GET /api/v1/agreement/download`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "download_agreement",
            _download_agreement._get_kwargs,
            {},
            bytes,
        )

    def get_esia_url(
        self,
    ) -> RawResponse[AgreementEsiaUrl]:
        """`get_esia_url` (`GET /api/v1/agreement/esia`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_esia_url",
            _get_esia_url._get_kwargs,
            {},
            AgreementEsiaUrl,
        )

    def send_agreement_on_sign(
        self,
    ) -> RawResponse[Success]:
        """`send_agreement_on_sign` (`GET /api/v1/agreement/send-on-sign`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "send_agreement_on_sign",
            _send_agreement_on_sign._get_kwargs,
            {},
            Success,
        )

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
    ) -> RawResponse[Success]:
        """`save_fiz_agreement` (`POST /api/v1/agreement/fiz-save`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "save_fiz_agreement",
            _save_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
    ) -> RawResponse[Success]:
        """`save_jur_agreement` (`POST /api/v1/agreement/jur-save`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "save_jur_agreement",
            _save_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "legal_form_full": legal_form_full,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "phone": phone,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
    ) -> RawResponse[Success]:
        """`save_ip_agreement` (`POST /api/v1/agreement/ip-save`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "save_ip_agreement",
            _save_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
            },
            Success,
        )

    def upload_signed_agreement(
        self,
        *,
        files: list[FileInput] | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`upload_signed_agreement` (`POST /api/v1/agreement/upload`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "upload_signed_agreement",
            _upload_signed_agreement_kwargs,
            {
                "files": files,
            },
            Success,
        )


class AsyncAgreementResourceWithRawResponse:
    """The `agreement` operations, async, returning the raw answer."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get_agreement_status(
        self,
    ) -> RawResponse[AgreementCurrentStatus]:
        """`get_agreement_status` (`GET /api/v1/agreement/current-status`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_agreement_status",
            _get_agreement_status._get_kwargs,
            {},
            AgreementCurrentStatus,
        )

    async def list_agreement_statuses(
        self,
    ) -> RawResponse[AgreementStatusList]:
        """`list_agreement_statuses` (`GET /api/v1/agreement/statuses`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "list_agreement_statuses",
            _list_agreement_statuses._get_kwargs,
            {},
            AgreementStatusList,
        )

    async def get_trial_expiration(
        self,
    ) -> RawResponse[AgreementExpiration]:
        """`get_trial_expiration` (`GET /api/v1/agreement/expiration`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_trial_expiration",
            _get_trial_expiration._get_kwargs,
            {},
            AgreementExpiration,
        )

    async def get_fiz_agreement(
        self,
    ) -> RawResponse[AgreementFizResponse]:
        """`get_fiz_agreement` (`GET /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_fiz_agreement",
            _get_fiz_agreement._get_kwargs,
            {},
            AgreementFizResponse,
        )

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
    ) -> RawResponse[Success]:
        """`submit_fiz_agreement` (`POST /api/v1/agreement/fiz`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "submit_fiz_agreement",
            _submit_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
        )

    async def get_jur_agreement(
        self,
    ) -> RawResponse[AgreementJurResponse]:
        """`get_jur_agreement` (`GET /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_jur_agreement",
            _get_jur_agreement._get_kwargs,
            {},
            AgreementJurResponse,
        )

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
    ) -> RawResponse[Success]:
        """`submit_jur_agreement` (`POST /api/v1/agreement/jur`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "submit_jur_agreement",
            _submit_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_organization": file_organization,
                "file_authority": file_authority,
                "file_ogrn": file_ogrn,
                "file_inn": file_inn,
                "legal_form_full": legal_form_full,
                "phone": phone,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
        )

    async def get_ip_agreement(
        self,
    ) -> RawResponse[AgreementIpResponse]:
        """`get_ip_agreement` (`GET /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_ip_agreement",
            _get_ip_agreement._get_kwargs,
            {},
            AgreementIpResponse,
        )

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
    ) -> RawResponse[Success]:
        """`submit_ip_agreement` (`POST /api/v1/agreement/ip`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "submit_ip_agreement",
            _submit_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "file_passport": file_passport,
                "file_registration": file_registration,
                "file_selfie": file_selfie,
                "correspondent_account": correspondent_account,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
            },
            Success,
        )

    async def download_agreement(
        self,
    ) -> RawResponse[bytes]:
        """`download_agreement` (`GET /api/v1/agreement/download`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "download_agreement",
            _download_agreement._get_kwargs,
            {},
            bytes,
        )

    async def get_esia_url(
        self,
    ) -> RawResponse[AgreementEsiaUrl]:
        """`get_esia_url` (`GET /api/v1/agreement/esia`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_esia_url",
            _get_esia_url._get_kwargs,
            {},
            AgreementEsiaUrl,
        )

    async def send_agreement_on_sign(
        self,
    ) -> RawResponse[Success]:
        """`send_agreement_on_sign` (`GET /api/v1/agreement/send-on-sign`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "send_agreement_on_sign",
            _send_agreement_on_sign._get_kwargs,
            {},
            Success,
        )

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
    ) -> RawResponse[Success]:
        """`save_fiz_agreement` (`POST /api/v1/agreement/fiz-save`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "save_fiz_agreement",
            _save_fiz_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
    ) -> RawResponse[Success]:
        """`save_jur_agreement` (`POST /api/v1/agreement/jur-save`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "save_jur_agreement",
            _save_jur_agreement_kwargs,
            {
                "legal_form": legal_form,
                "legal_form_full": legal_form_full,
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "kpp": kpp,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "last_name": last_name,
                "first_name": first_name,
                "middle_name": middle_name,
                "position": position,
                "foundation_authority": foundation_authority,
                "email": email,
                "phone": phone,
                "billing_address_street": billing_address_street,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
                "shipping_address_street": shipping_address_street,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "agree_to_the_terms": agree_to_the_terms,
            },
            Success,
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
    ) -> RawResponse[Success]:
        """`save_ip_agreement` (`POST /api/v1/agreement/ip-save`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "save_ip_agreement",
            _save_ip_agreement_kwargs,
            {
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "birthday": birthday,
                "passport_series": passport_series,
                "passport_number": passport_number,
                "issue": issue,
                "date_of_issue": date_of_issue,
                "inn": inn,
                "ogrn": ogrn,
                "bik": bik,
                "bank": bank,
                "payment_account": payment_account,
                "correspondent_account": correspondent_account,
                "billing_address_street": billing_address_street,
                "shipping_address_street": shipping_address_street,
                "agree_to_the_terms": agree_to_the_terms,
                "shipping_address_city": shipping_address_city,
                "shipping_address_postalcode": shipping_address_postalcode,
                "billing_address_city": billing_address_city,
                "billing_address_postalcode": billing_address_postalcode,
            },
            Success,
        )

    async def upload_signed_agreement(
        self,
        *,
        files: list[FileInput] | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`upload_signed_agreement` (`POST /api/v1/agreement/upload`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "upload_signed_agreement",
            _upload_signed_agreement_kwargs,
            {
                "files": files,
            },
            Success,
        )


_PENDING = True


def _load() -> None:
    """Import the endpoint modules and models of this tag, build the argument checks (once)."""
    global _PENDING
    global AgreementCurrentStatus
    global AgreementEsiaUrl
    global AgreementExpiration
    global AgreementFizResponse
    global AgreementFizSaveRequest
    global AgreementFizSubmitRequest
    global AgreementIpResponse
    global AgreementIpSaveRequest
    global AgreementIpSubmitRequest
    global AgreementJurResponse
    global AgreementJurSaveRequest
    global AgreementJurSubmitRequest
    global AgreementStatusList
    global AgreementUploadRequest
    global Success
    global _get_agreement_status
    global _list_agreement_statuses
    global _get_trial_expiration
    global _get_fiz_agreement
    global _submit_fiz_agreement
    global _get_jur_agreement
    global _submit_jur_agreement
    global _get_ip_agreement
    global _submit_ip_agreement
    global _download_agreement
    global _get_esia_url
    global _send_agreement_on_sign
    global _save_fiz_agreement
    global _save_jur_agreement
    global _save_ip_agreement
    global _upload_signed_agreement
    global _CHECK_SUBMIT_FIZ_AGREEMENT__FIRST_NAME
    global _CHECK_SUBMIT_FIZ_AGREEMENT__LAST_NAME
    global _CHECK_SUBMIT_FIZ_AGREEMENT__MIDDLE_NAME
    global _CHECK_SUBMIT_FIZ_AGREEMENT__BIRTHDAY
    global _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_SERIES
    global _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_NUMBER
    global _CHECK_SUBMIT_FIZ_AGREEMENT__ISSUE
    global _CHECK_SUBMIT_FIZ_AGREEMENT__DATE_OF_ISSUE
    global _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_STREET
    global _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET
    global _CHECK_SUBMIT_FIZ_AGREEMENT__AGREE_TO_THE_TERMS
    global _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_CITY
    global _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE
    global _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY
    global _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE
    global _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM
    global _CHECK_SUBMIT_JUR_AGREEMENT__NAME
    global _CHECK_SUBMIT_JUR_AGREEMENT__INN
    global _CHECK_SUBMIT_JUR_AGREEMENT__OGRN
    global _CHECK_SUBMIT_JUR_AGREEMENT__KPP
    global _CHECK_SUBMIT_JUR_AGREEMENT__BIK
    global _CHECK_SUBMIT_JUR_AGREEMENT__BANK
    global _CHECK_SUBMIT_JUR_AGREEMENT__PAYMENT_ACCOUNT
    global _CHECK_SUBMIT_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT
    global _CHECK_SUBMIT_JUR_AGREEMENT__LAST_NAME
    global _CHECK_SUBMIT_JUR_AGREEMENT__FIRST_NAME
    global _CHECK_SUBMIT_JUR_AGREEMENT__MIDDLE_NAME
    global _CHECK_SUBMIT_JUR_AGREEMENT__POSITION
    global _CHECK_SUBMIT_JUR_AGREEMENT__FOUNDATION_AUTHORITY
    global _CHECK_SUBMIT_JUR_AGREEMENT__EMAIL
    global _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_STREET
    global _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET
    global _CHECK_SUBMIT_JUR_AGREEMENT__AGREE_TO_THE_TERMS
    global _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM_FULL
    global _CHECK_SUBMIT_JUR_AGREEMENT__PHONE
    global _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_CITY
    global _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE
    global _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY
    global _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE
    global _CHECK_SUBMIT_IP_AGREEMENT__FIRST_NAME
    global _CHECK_SUBMIT_IP_AGREEMENT__LAST_NAME
    global _CHECK_SUBMIT_IP_AGREEMENT__MIDDLE_NAME
    global _CHECK_SUBMIT_IP_AGREEMENT__BIRTHDAY
    global _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_SERIES
    global _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_NUMBER
    global _CHECK_SUBMIT_IP_AGREEMENT__ISSUE
    global _CHECK_SUBMIT_IP_AGREEMENT__DATE_OF_ISSUE
    global _CHECK_SUBMIT_IP_AGREEMENT__INN
    global _CHECK_SUBMIT_IP_AGREEMENT__OGRN
    global _CHECK_SUBMIT_IP_AGREEMENT__BIK
    global _CHECK_SUBMIT_IP_AGREEMENT__BANK
    global _CHECK_SUBMIT_IP_AGREEMENT__PAYMENT_ACCOUNT
    global _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_STREET
    global _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_STREET
    global _CHECK_SUBMIT_IP_AGREEMENT__AGREE_TO_THE_TERMS
    global _CHECK_SUBMIT_IP_AGREEMENT__CORRESPONDENT_ACCOUNT
    global _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_CITY
    global _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE
    global _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_CITY
    global _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE
    global _CHECK_SAVE_FIZ_AGREEMENT__FIRST_NAME
    global _CHECK_SAVE_FIZ_AGREEMENT__LAST_NAME
    global _CHECK_SAVE_FIZ_AGREEMENT__MIDDLE_NAME
    global _CHECK_SAVE_FIZ_AGREEMENT__BIRTHDAY
    global _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_SERIES
    global _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_NUMBER
    global _CHECK_SAVE_FIZ_AGREEMENT__ISSUE
    global _CHECK_SAVE_FIZ_AGREEMENT__DATE_OF_ISSUE
    global _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_STREET
    global _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_CITY
    global _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE
    global _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET
    global _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY
    global _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE
    global _CHECK_SAVE_FIZ_AGREEMENT__AGREE_TO_THE_TERMS
    global _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM
    global _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM_FULL
    global _CHECK_SAVE_JUR_AGREEMENT__NAME
    global _CHECK_SAVE_JUR_AGREEMENT__INN
    global _CHECK_SAVE_JUR_AGREEMENT__OGRN
    global _CHECK_SAVE_JUR_AGREEMENT__KPP
    global _CHECK_SAVE_JUR_AGREEMENT__BIK
    global _CHECK_SAVE_JUR_AGREEMENT__BANK
    global _CHECK_SAVE_JUR_AGREEMENT__PAYMENT_ACCOUNT
    global _CHECK_SAVE_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT
    global _CHECK_SAVE_JUR_AGREEMENT__LAST_NAME
    global _CHECK_SAVE_JUR_AGREEMENT__FIRST_NAME
    global _CHECK_SAVE_JUR_AGREEMENT__MIDDLE_NAME
    global _CHECK_SAVE_JUR_AGREEMENT__POSITION
    global _CHECK_SAVE_JUR_AGREEMENT__FOUNDATION_AUTHORITY
    global _CHECK_SAVE_JUR_AGREEMENT__EMAIL
    global _CHECK_SAVE_JUR_AGREEMENT__PHONE
    global _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_STREET
    global _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_CITY
    global _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE
    global _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET
    global _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY
    global _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE
    global _CHECK_SAVE_JUR_AGREEMENT__AGREE_TO_THE_TERMS
    global _CHECK_SAVE_IP_AGREEMENT__FIRST_NAME
    global _CHECK_SAVE_IP_AGREEMENT__LAST_NAME
    global _CHECK_SAVE_IP_AGREEMENT__MIDDLE_NAME
    global _CHECK_SAVE_IP_AGREEMENT__BIRTHDAY
    global _CHECK_SAVE_IP_AGREEMENT__PASSPORT_SERIES
    global _CHECK_SAVE_IP_AGREEMENT__PASSPORT_NUMBER
    global _CHECK_SAVE_IP_AGREEMENT__ISSUE
    global _CHECK_SAVE_IP_AGREEMENT__DATE_OF_ISSUE
    global _CHECK_SAVE_IP_AGREEMENT__INN
    global _CHECK_SAVE_IP_AGREEMENT__OGRN
    global _CHECK_SAVE_IP_AGREEMENT__BIK
    global _CHECK_SAVE_IP_AGREEMENT__BANK
    global _CHECK_SAVE_IP_AGREEMENT__PAYMENT_ACCOUNT
    global _CHECK_SAVE_IP_AGREEMENT__CORRESPONDENT_ACCOUNT
    global _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_STREET
    global _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_STREET
    global _CHECK_SAVE_IP_AGREEMENT__AGREE_TO_THE_TERMS
    global _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_CITY
    global _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE
    global _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_CITY
    global _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE
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
    from . import download_agreement as _download_agreement
    from . import get_agreement_status as _get_agreement_status
    from . import get_esia_url as _get_esia_url
    from . import get_fiz_agreement as _get_fiz_agreement
    from . import get_ip_agreement as _get_ip_agreement
    from . import get_jur_agreement as _get_jur_agreement
    from . import get_trial_expiration as _get_trial_expiration
    from . import list_agreement_statuses as _list_agreement_statuses
    from . import save_fiz_agreement as _save_fiz_agreement
    from . import save_ip_agreement as _save_ip_agreement
    from . import save_jur_agreement as _save_jur_agreement
    from . import send_agreement_on_sign as _send_agreement_on_sign
    from . import submit_fiz_agreement as _submit_fiz_agreement
    from . import submit_ip_agreement as _submit_ip_agreement
    from . import submit_jur_agreement as _submit_jur_agreement
    from . import upload_signed_agreement as _upload_signed_agreement

    _CHECK_SUBMIT_FIZ_AGREEMENT__FIRST_NAME = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__LAST_NAME = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__MIDDLE_NAME = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__BIRTHDAY = is_type(datetime.date)
    _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_SERIES = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__PASSPORT_NUMBER = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__ISSUE = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__DATE_OF_ISSUE = is_type(datetime.date)
    _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_STREET = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__AGREE_TO_THE_TERMS = is_type(bool)
    _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_CITY = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY = is_type(str)
    _CHECK_SUBMIT_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__NAME = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__INN = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__OGRN = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__KPP = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__BIK = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__BANK = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__PAYMENT_ACCOUNT = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__LAST_NAME = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__FIRST_NAME = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__MIDDLE_NAME = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__POSITION = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__FOUNDATION_AUTHORITY = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__EMAIL = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_STREET = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__AGREE_TO_THE_TERMS = is_type(bool)
    _CHECK_SUBMIT_JUR_AGREEMENT__LEGAL_FORM_FULL = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__PHONE = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_CITY = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY = is_type(str)
    _CHECK_SUBMIT_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__FIRST_NAME = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__LAST_NAME = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__MIDDLE_NAME = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__BIRTHDAY = is_type(datetime.date)
    _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_SERIES = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__PASSPORT_NUMBER = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__ISSUE = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__DATE_OF_ISSUE = is_type(datetime.date)
    _CHECK_SUBMIT_IP_AGREEMENT__INN = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__OGRN = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__BIK = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__BANK = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__PAYMENT_ACCOUNT = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_STREET = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_STREET = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__AGREE_TO_THE_TERMS = is_type(bool)
    _CHECK_SUBMIT_IP_AGREEMENT__CORRESPONDENT_ACCOUNT = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_CITY = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_CITY = is_type(str)
    _CHECK_SUBMIT_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__FIRST_NAME = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__LAST_NAME = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__MIDDLE_NAME = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__BIRTHDAY = is_type(datetime.date)
    _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_SERIES = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__PASSPORT_NUMBER = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__ISSUE = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__DATE_OF_ISSUE = is_type(datetime.date)
    _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_STREET = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_CITY = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__BILLING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_STREET = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_CITY = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SAVE_FIZ_AGREEMENT__AGREE_TO_THE_TERMS = is_type(bool)
    _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__LEGAL_FORM_FULL = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__NAME = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__INN = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__OGRN = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__KPP = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__BIK = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__BANK = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__PAYMENT_ACCOUNT = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__CORRESPONDENT_ACCOUNT = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__LAST_NAME = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__FIRST_NAME = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__MIDDLE_NAME = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__POSITION = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__FOUNDATION_AUTHORITY = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__EMAIL = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__PHONE = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_STREET = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_CITY = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__BILLING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_STREET = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_CITY = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SAVE_JUR_AGREEMENT__AGREE_TO_THE_TERMS = is_type(bool)
    _CHECK_SAVE_IP_AGREEMENT__FIRST_NAME = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__LAST_NAME = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__MIDDLE_NAME = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__BIRTHDAY = is_type(datetime.date)
    _CHECK_SAVE_IP_AGREEMENT__PASSPORT_SERIES = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__PASSPORT_NUMBER = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__ISSUE = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__DATE_OF_ISSUE = is_type(datetime.date)
    _CHECK_SAVE_IP_AGREEMENT__INN = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__OGRN = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__BIK = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__BANK = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__PAYMENT_ACCOUNT = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__CORRESPONDENT_ACCOUNT = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_STREET = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_STREET = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__AGREE_TO_THE_TERMS = is_type(bool)
    _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_CITY = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__SHIPPING_ADDRESS_POSTALCODE = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_CITY = is_type(str)
    _CHECK_SAVE_IP_AGREEMENT__BILLING_ADDRESS_POSTALCODE = is_type(str)

    _PENDING = False


if not TYPE_CHECKING:
    import importlib

    _ENDPOINT_MODULES = frozenset(
        {
            "get_agreement_status",
            "list_agreement_statuses",
            "get_trial_expiration",
            "get_fiz_agreement",
            "submit_fiz_agreement",
            "get_jur_agreement",
            "submit_jur_agreement",
            "get_ip_agreement",
            "submit_ip_agreement",
            "download_agreement",
            "get_esia_url",
            "send_agreement_on_sign",
            "save_fiz_agreement",
            "save_jur_agreement",
            "save_ip_agreement",
            "upload_signed_agreement",
        }
    )

    def __getattr__(name):
        """What the module imported eagerly before `_load` (endpoint modules, models)."""
        if name in _ENDPOINT_MODULES:  # also how `_load`'s `from . import <module>` finds them
            return importlib.import_module(f"{__name__}.{name}")
        if _PENDING:
            _load()
            if name in globals():
                return globals()[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncAgreementResource",
    "AsyncAgreementResourceWithRawResponse",
    "AgreementResource",
    "AgreementResourceWithRawResponse",
]
