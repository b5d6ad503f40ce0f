# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._wire import (
    field_error,
    mask_extra_fields,
    mask_personal_data,
    not_an_object,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AgreementIpSubmitRequest")


@_attrs_define
class AgreementIpSubmitRequest:
    """Тело `POST agreement/ip` (`multipart/form-data`). Обязательны поля, отмеченные ⁎ на
    странице. Корреспондентский счёт отмечен ⁎ под кириллическим ключом таблицы
    (`сorrespondent_account`), а в примерах передаётся латинским (`correspondent_account`):
    какой из ключей ждёт сервер, неизвестно, поэтому ни один из них не обязателен сам по
    себе, но обязателен хотя бы один — это выражает условие `if`/`then` (нет латинского
    ключа — нужен кириллический). Передавайте латинский (клиент шлёт оба). Файловые
    части — двоичные; на странице примеры шлют JSON со строками вместо файлов, что
    файлов не передаёт.

        Attributes:
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
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_passport (File): паспорт — основной разворот (файл)
            file_registration (File): паспорт — разворот с регистрацией (файл)
            file_selfie (File): селфи с паспортом (файл)
            correspondent_account (str | Unset): корреспондентский счёт. Латинский ключ есть только в примерах (curl, JS,
                PHP,
                Python); в таблице поле записано с кириллической «с» и отмечено ⁎ (см.
                `сorrespondent_account`). Сам по себе не обязателен, поскольку неизвестно, какой
                ключ принимает сервер, но без него обязателен кириллический (`if`/`then` схемы);
                передавайте этот.
            billing_address_city (str | Unset): город регистрации
            billing_address_postalcode (str | Unset): почтовый индекс адреса регистрации
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): почтовый индекс фактического адреса
    """

    first_name: str = _attrs_field(repr=mask_personal_data)
    last_name: str = _attrs_field(repr=mask_personal_data)
    middle_name: str = _attrs_field(repr=mask_personal_data)
    birthday: datetime.date = _attrs_field(repr=mask_personal_data)
    passport_series: str = _attrs_field(repr=mask_personal_data)
    passport_number: str = _attrs_field(repr=mask_personal_data)
    issue: str = _attrs_field(repr=mask_personal_data)
    date_of_issue: datetime.date = _attrs_field(repr=mask_personal_data)
    inn: str = _attrs_field(repr=mask_personal_data)
    ogrn: str = _attrs_field(repr=mask_personal_data)
    bik: str = _attrs_field(repr=mask_personal_data)
    bank: str = _attrs_field(repr=mask_personal_data)
    payment_account: str = _attrs_field(repr=mask_personal_data)
    billing_address_street: str = _attrs_field(repr=mask_personal_data)
    shipping_address_street: str = _attrs_field(repr=mask_personal_data)
    agree_to_the_terms: bool
    file_passport: File = _attrs_field(repr=mask_personal_data)
    file_registration: File = _attrs_field(repr=mask_personal_data)
    file_selfie: File = _attrs_field(repr=mask_personal_data)
    correspondent_account: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_city: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_postalcode: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_city: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_postalcode: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        birthday = self.birthday.isoformat()

        passport_series = self.passport_series

        passport_number = self.passport_number

        issue = self.issue

        date_of_issue = self.date_of_issue.isoformat()

        inn = self.inn

        ogrn = self.ogrn

        bik = self.bik

        bank = self.bank

        payment_account = self.payment_account

        billing_address_street = self.billing_address_street

        shipping_address_street = self.shipping_address_street

        agree_to_the_terms = self.agree_to_the_terms

        file_passport = self.file_passport.to_tuple()

        file_registration = self.file_registration.to_tuple()

        file_selfie = self.file_selfie.to_tuple()

        correspondent_account = self.correspondent_account

        billing_address_city = self.billing_address_city

        billing_address_postalcode = self.billing_address_postalcode

        shipping_address_city = self.shipping_address_city

        shipping_address_postalcode = self.shipping_address_postalcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
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
            }
        )
        if correspondent_account is not UNSET:
            field_dict["correspondent_account"] = correspondent_account
            field_dict["\u0441orrespondent_account"] = correspondent_account
        if billing_address_city is not UNSET:
            field_dict["billing_address_city"] = billing_address_city
        if billing_address_postalcode is not UNSET:
            field_dict["billing_address_postalcode"] = billing_address_postalcode
        if shipping_address_city is not UNSET:
            field_dict["shipping_address_city"] = shipping_address_city
        if shipping_address_postalcode is not UNSET:
            field_dict["shipping_address_postalcode"] = shipping_address_postalcode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("first_name", (None, str(self.first_name).encode(), "text/plain")))

        files.append(("last_name", (None, str(self.last_name).encode(), "text/plain")))

        files.append(("middle_name", (None, str(self.middle_name).encode(), "text/plain")))

        files.append(("birthday", (None, self.birthday.isoformat().encode(), "text/plain")))

        files.append(("passport_series", (None, str(self.passport_series).encode(), "text/plain")))

        files.append(("passport_number", (None, str(self.passport_number).encode(), "text/plain")))

        files.append(("issue", (None, str(self.issue).encode(), "text/plain")))

        files.append(
            ("date_of_issue", (None, self.date_of_issue.isoformat().encode(), "text/plain"))
        )

        files.append(("inn", (None, str(self.inn).encode(), "text/plain")))

        files.append(("ogrn", (None, str(self.ogrn).encode(), "text/plain")))

        files.append(("bik", (None, str(self.bik).encode(), "text/plain")))

        files.append(("bank", (None, str(self.bank).encode(), "text/plain")))

        files.append(("payment_account", (None, str(self.payment_account).encode(), "text/plain")))

        files.append(
            (
                "billing_address_street",
                (None, str(self.billing_address_street).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "shipping_address_street",
                (None, str(self.shipping_address_street).encode(), "text/plain"),
            )
        )

        files.append(
            ("agree_to_the_terms", (None, b"1" if self.agree_to_the_terms else b"0", "text/plain"))
        )

        files.append(("file_passport", self.file_passport.to_tuple()))

        files.append(("file_registration", self.file_registration.to_tuple()))

        files.append(("file_selfie", self.file_selfie.to_tuple()))

        if not isinstance(self.correspondent_account, Unset):
            files.append(
                (
                    "correspondent_account",
                    (None, str(self.correspondent_account).encode(), "text/plain"),
                )
            )

        if not isinstance(self.correspondent_account, Unset):
            files.append(
                (
                    "\u0441orrespondent_account",
                    (None, str(self.correspondent_account).encode(), "text/plain"),
                )
            )

        if not isinstance(self.billing_address_city, Unset):
            files.append(
                (
                    "billing_address_city",
                    (None, str(self.billing_address_city).encode(), "text/plain"),
                )
            )

        if not isinstance(self.billing_address_postalcode, Unset):
            files.append(
                (
                    "billing_address_postalcode",
                    (None, str(self.billing_address_postalcode).encode(), "text/plain"),
                )
            )

        if not isinstance(self.shipping_address_city, Unset):
            files.append(
                (
                    "shipping_address_city",
                    (None, str(self.shipping_address_city).encode(), "text/plain"),
                )
            )

        if not isinstance(self.shipping_address_postalcode, Unset):
            files.append(
                (
                    "shipping_address_postalcode",
                    (None, str(self.shipping_address_postalcode).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            first_name = d.pop("first_name")
            if not (type(first_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_name", src_dict, "string") from _exc

        try:
            last_name = d.pop("last_name")
            if not (type(last_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_name", src_dict, "string") from _exc

        try:
            middle_name = d.pop("middle_name")
            if not (type(middle_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "middle_name", src_dict, "string") from _exc

        try:
            birthday = datetime.date.fromisoformat(d.pop("birthday"))

            if not (isinstance(birthday, datetime.date)):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "birthday", src_dict, "string") from _exc

        try:
            passport_series = d.pop("passport_series")
            if not (type(passport_series) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "passport_series", src_dict, "string") from _exc

        try:
            passport_number = d.pop("passport_number")
            if not (type(passport_number) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "passport_number", src_dict, "string") from _exc

        try:
            issue = d.pop("issue")
            if not (type(issue) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "issue", src_dict, "string") from _exc

        try:
            date_of_issue = datetime.date.fromisoformat(d.pop("date_of_issue"))

            if not (isinstance(date_of_issue, datetime.date)):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "date_of_issue", src_dict, "string") from _exc

        try:
            inn = d.pop("inn")
            if not (type(inn) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "inn", src_dict, "string") from _exc

        try:
            ogrn = d.pop("ogrn")
            if not (type(ogrn) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "ogrn", src_dict, "string") from _exc

        try:
            bik = d.pop("bik")
            if not (type(bik) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "bik", src_dict, "string") from _exc

        try:
            bank = d.pop("bank")
            if not (type(bank) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "bank", src_dict, "string") from _exc

        try:
            payment_account = d.pop("payment_account")
            if not (type(payment_account) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "payment_account", src_dict, "string") from _exc

        try:
            billing_address_street = d.pop("billing_address_street")
            if not (type(billing_address_street) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "billing_address_street", src_dict, "string") from _exc

        try:
            shipping_address_street = d.pop("shipping_address_street")
            if not (type(shipping_address_street) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "shipping_address_street", src_dict, "string") from _exc

        try:
            agree_to_the_terms = d.pop("agree_to_the_terms")
            if not (type(agree_to_the_terms) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "agree_to_the_terms", src_dict, "boolean") from _exc

        try:
            file_passport = File(payload=BytesIO(d.pop("file_passport")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_passport", src_dict, "") from _exc

        try:
            file_registration = File(payload=BytesIO(d.pop("file_registration")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_registration", src_dict, "") from _exc

        try:
            file_selfie = File(payload=BytesIO(d.pop("file_selfie")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_selfie", src_dict, "") from _exc

        try:
            _correspondent_account_wire = d.pop("correspondent_account", UNSET)
            _correspondent_account_alias = d.pop("\u0441orrespondent_account", UNSET)
            if isinstance(_correspondent_account_wire, Unset):
                _correspondent_account_wire = _correspondent_account_alias
            correspondent_account = _correspondent_account_wire
            if not (correspondent_account is UNSET or type(correspondent_account) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "correspondent_account", src_dict, "string") from _exc

        try:
            billing_address_city = d.pop("billing_address_city", UNSET)
            if not (billing_address_city is UNSET or type(billing_address_city) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "billing_address_city", src_dict, "string") from _exc

        try:
            billing_address_postalcode = d.pop("billing_address_postalcode", UNSET)
            if not (billing_address_postalcode is UNSET or type(billing_address_postalcode) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "billing_address_postalcode", src_dict, "string") from _exc

        try:
            shipping_address_city = d.pop("shipping_address_city", UNSET)
            if not (shipping_address_city is UNSET or type(shipping_address_city) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "shipping_address_city", src_dict, "string") from _exc

        try:
            shipping_address_postalcode = d.pop("shipping_address_postalcode", UNSET)
            if not (
                shipping_address_postalcode is UNSET or type(shipping_address_postalcode) is str
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "shipping_address_postalcode", src_dict, "string") from _exc

        agreement_ip_submit_request = cls(
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

        agreement_ip_submit_request.additional_properties = d
        return agreement_ip_submit_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
