# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    mask_personal_data,
    not_an_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementIpData")


@_attrs_define
class AgreementIpData:
    """Сохранённые данные индивидуального предпринимателя (объект `agreement` ответа
    `GET agreement/ip`). Поля — как в таблице `ip-save`, плюс файловые поля из примера
    ответа. Корреспондентский счёт может прийти под любым из двух ключей —
    `correspondent_account` (латиница) или `сorrespondent_account` (кириллическая «с»,
    как в примере ответа). Обязательных полей нет: черновик может быть сохранён неполным.
    Любое поле может быть `null` — значит, оно не сохранено: так в примере ответа приходят
    незагруженные файлы, а о частично сохранённых данных документация молчит; `null` для
    прочих полей — наше прочтение того же правила.

        Attributes:
            first_name (None | str | Unset): имя
            last_name (None | str | Unset): фамилия
            middle_name (None | str | Unset): отчество
            birthday (datetime.date | None | Unset): дата рождения
            passport_series (None | str | Unset): серия паспорта
            passport_number (None | str | Unset): номер паспорта
            issue (None | str | Unset): кем выдан паспорт
            date_of_issue (datetime.date | None | Unset): дата выдачи паспорта
            inn (None | str | Unset): ИНН
            ogrn (None | str | Unset): ОГРНИП
            bik (None | str | Unset): БИК банка
            bank (None | str | Unset): наименование банка
            payment_account (None | str | Unset): расчётный счёт (в таблице `ip-save` — «расчетный счёт»)
            correspondent_account (None | str | Unset): корреспондентский счёт. Латинское написание ключа — как в curl и
                прочих примерах
                `ip-save` и `POST ip`; в примере ответа `GET agreement/ip` и в таблицах `ip-save`
                и `POST ip` ключ написан с кириллической «с» (см. `сorrespondent_account`). Какое
                написание пришлёт сервер, неизвестно — читайте оба.
            billing_address_street (None | str | Unset): адрес регистрации
            billing_address_city (None | str | Unset): город регистрации
            billing_address_postalcode (None | str | Unset): почтовый индекс адреса регистрации
            shipping_address_street (None | str | Unset): фактический адрес
            shipping_address_city (None | str | Unset): фактический город
            shipping_address_postalcode (None | str | Unset): индекс фактического адреса
            agree_to_the_terms (bool | None | Unset): признак согласия с условиями оказания услуг связи
            file_passport (None | str | Unset): паспорт — основной разворот (в примере `null`; что приходит, когда файл
                загружен,
                на странице не показано)
            file_registration (None | str | Unset): паспорт — разворот с регистрацией (в примере `null`; что приходит, когда
                файл
                загружен, на странице не показано)
            file_selfie (None | str | Unset): селфи с паспортом (в примере `null`; что приходит, когда файл загружен, на
                странице
                не показано)
    """

    first_name: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    last_name: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    middle_name: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    birthday: datetime.date | None | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    passport_series: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    passport_number: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    issue: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    date_of_issue: datetime.date | None | Unset = _attrs_field(
        default=UNSET, repr=mask_personal_data
    )
    inn: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    ogrn: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    bik: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    bank: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    payment_account: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    correspondent_account: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_street: None | str | Unset = _attrs_field(
        default=UNSET, repr=mask_personal_data
    )
    billing_address_city: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_postalcode: None | str | Unset = _attrs_field(
        default=UNSET, repr=mask_personal_data
    )
    shipping_address_street: None | str | Unset = _attrs_field(
        default=UNSET, repr=mask_personal_data
    )
    shipping_address_city: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_postalcode: None | str | Unset = _attrs_field(
        default=UNSET, repr=mask_personal_data
    )
    agree_to_the_terms: bool | None | Unset = UNSET
    file_passport: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    file_registration: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    file_selfie: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        passport_series: None | str | Unset
        if isinstance(self.passport_series, Unset):
            passport_series = UNSET
        else:
            passport_series = self.passport_series

        passport_number: None | str | Unset
        if isinstance(self.passport_number, Unset):
            passport_number = UNSET
        else:
            passport_number = self.passport_number

        issue: None | str | Unset
        if isinstance(self.issue, Unset):
            issue = UNSET
        else:
            issue = self.issue

        date_of_issue: None | str | Unset
        if isinstance(self.date_of_issue, Unset):
            date_of_issue = UNSET
        elif isinstance(self.date_of_issue, datetime.date):
            date_of_issue = self.date_of_issue.isoformat()
        else:
            date_of_issue = self.date_of_issue

        inn: None | str | Unset
        if isinstance(self.inn, Unset):
            inn = UNSET
        else:
            inn = self.inn

        ogrn: None | str | Unset
        if isinstance(self.ogrn, Unset):
            ogrn = UNSET
        else:
            ogrn = self.ogrn

        bik: None | str | Unset
        if isinstance(self.bik, Unset):
            bik = UNSET
        else:
            bik = self.bik

        bank: None | str | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        else:
            bank = self.bank

        payment_account: None | str | Unset
        if isinstance(self.payment_account, Unset):
            payment_account = UNSET
        else:
            payment_account = self.payment_account

        correspondent_account: None | str | Unset
        if isinstance(self.correspondent_account, Unset):
            correspondent_account = UNSET
        else:
            correspondent_account = self.correspondent_account

        billing_address_street: None | str | Unset
        if isinstance(self.billing_address_street, Unset):
            billing_address_street = UNSET
        else:
            billing_address_street = self.billing_address_street

        billing_address_city: None | str | Unset
        if isinstance(self.billing_address_city, Unset):
            billing_address_city = UNSET
        else:
            billing_address_city = self.billing_address_city

        billing_address_postalcode: None | str | Unset
        if isinstance(self.billing_address_postalcode, Unset):
            billing_address_postalcode = UNSET
        else:
            billing_address_postalcode = self.billing_address_postalcode

        shipping_address_street: None | str | Unset
        if isinstance(self.shipping_address_street, Unset):
            shipping_address_street = UNSET
        else:
            shipping_address_street = self.shipping_address_street

        shipping_address_city: None | str | Unset
        if isinstance(self.shipping_address_city, Unset):
            shipping_address_city = UNSET
        else:
            shipping_address_city = self.shipping_address_city

        shipping_address_postalcode: None | str | Unset
        if isinstance(self.shipping_address_postalcode, Unset):
            shipping_address_postalcode = UNSET
        else:
            shipping_address_postalcode = self.shipping_address_postalcode

        agree_to_the_terms: bool | None | Unset
        if isinstance(self.agree_to_the_terms, Unset):
            agree_to_the_terms = UNSET
        else:
            agree_to_the_terms = self.agree_to_the_terms

        file_passport: None | str | Unset
        if isinstance(self.file_passport, Unset):
            file_passport = UNSET
        else:
            file_passport = self.file_passport

        file_registration: None | str | Unset
        if isinstance(self.file_registration, Unset):
            file_registration = UNSET
        else:
            file_registration = self.file_registration

        file_selfie: None | str | Unset
        if isinstance(self.file_selfie, Unset):
            file_selfie = UNSET
        else:
            file_selfie = self.file_selfie

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if passport_series is not UNSET:
            field_dict["passport_series"] = passport_series
        if passport_number is not UNSET:
            field_dict["passport_number"] = passport_number
        if issue is not UNSET:
            field_dict["issue"] = issue
        if date_of_issue is not UNSET:
            field_dict["date_of_issue"] = date_of_issue
        if inn is not UNSET:
            field_dict["inn"] = inn
        if ogrn is not UNSET:
            field_dict["ogrn"] = ogrn
        if bik is not UNSET:
            field_dict["bik"] = bik
        if bank is not UNSET:
            field_dict["bank"] = bank
        if payment_account is not UNSET:
            field_dict["payment_account"] = payment_account
        if correspondent_account is not UNSET:
            field_dict["correspondent_account"] = correspondent_account
            field_dict["\u0441orrespondent_account"] = correspondent_account
        if billing_address_street is not UNSET:
            field_dict["billing_address_street"] = billing_address_street
        if billing_address_city is not UNSET:
            field_dict["billing_address_city"] = billing_address_city
        if billing_address_postalcode is not UNSET:
            field_dict["billing_address_postalcode"] = billing_address_postalcode
        if shipping_address_street is not UNSET:
            field_dict["shipping_address_street"] = shipping_address_street
        if shipping_address_city is not UNSET:
            field_dict["shipping_address_city"] = shipping_address_city
        if shipping_address_postalcode is not UNSET:
            field_dict["shipping_address_postalcode"] = shipping_address_postalcode
        if agree_to_the_terms is not UNSET:
            field_dict["agree_to_the_terms"] = agree_to_the_terms
        if file_passport is not UNSET:
            field_dict["file_passport"] = file_passport
        if file_registration is not UNSET:
            field_dict["file_registration"] = file_registration
        if file_selfie is not UNSET:
            field_dict["file_selfie"] = file_selfie

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            first_name = d.pop("first_name", UNSET)
            if not (first_name is UNSET or type(first_name) is str or first_name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_name", src_dict, "string or null") from _exc

        try:
            last_name = d.pop("last_name", UNSET)
            if not (last_name is UNSET or type(last_name) is str or last_name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_name", src_dict, "string or null") from _exc

        try:
            middle_name = d.pop("middle_name", UNSET)
            if not (middle_name is UNSET or type(middle_name) is str or middle_name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "middle_name", src_dict, "string or null") from _exc

        try:

            def _parse_birthday(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    birthday_type_0 = datetime.date.fromisoformat(data)

                    return birthday_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            birthday = _parse_birthday(d.pop("birthday", UNSET))

            if not (birthday is UNSET or isinstance(birthday, datetime.date) or birthday is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "birthday", src_dict, "string or null") from _exc

        try:
            passport_series = d.pop("passport_series", UNSET)
            if not (
                passport_series is UNSET or type(passport_series) is str or passport_series is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "passport_series", src_dict, "string or null") from _exc

        try:
            passport_number = d.pop("passport_number", UNSET)
            if not (
                passport_number is UNSET or type(passport_number) is str or passport_number is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "passport_number", src_dict, "string or null") from _exc

        try:
            issue = d.pop("issue", UNSET)
            if not (issue is UNSET or type(issue) is str or issue is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "issue", src_dict, "string or null") from _exc

        try:

            def _parse_date_of_issue(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_of_issue_type_0 = datetime.date.fromisoformat(data)

                    return date_of_issue_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            date_of_issue = _parse_date_of_issue(d.pop("date_of_issue", UNSET))

            if not (
                date_of_issue is UNSET
                or isinstance(date_of_issue, datetime.date)
                or date_of_issue is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "date_of_issue", src_dict, "string or null") from _exc

        try:
            inn = d.pop("inn", UNSET)
            if not (inn is UNSET or type(inn) is str or inn is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "inn", src_dict, "string or null") from _exc

        try:
            ogrn = d.pop("ogrn", UNSET)
            if not (ogrn is UNSET or type(ogrn) is str or ogrn is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "ogrn", src_dict, "string or null") from _exc

        try:
            bik = d.pop("bik", UNSET)
            if not (bik is UNSET or type(bik) is str or bik is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "bik", src_dict, "string or null") from _exc

        try:
            bank = d.pop("bank", UNSET)
            if not (bank is UNSET or type(bank) is str or bank is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "bank", src_dict, "string or null") from _exc

        try:
            payment_account = d.pop("payment_account", UNSET)
            if not (
                payment_account is UNSET or type(payment_account) is str or payment_account is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "payment_account", src_dict, "string or null") from _exc

        try:
            _correspondent_account_wire = d.pop("correspondent_account", UNSET)
            _correspondent_account_alias = d.pop("\u0441orrespondent_account", UNSET)
            if isinstance(_correspondent_account_wire, Unset):
                _correspondent_account_wire = _correspondent_account_alias
            correspondent_account = _correspondent_account_wire
            if not (
                correspondent_account is UNSET
                or type(correspondent_account) is str
                or correspondent_account is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "correspondent_account", src_dict, "string or null") from _exc

        try:
            billing_address_street = d.pop("billing_address_street", UNSET)
            if not (
                billing_address_street is UNSET
                or type(billing_address_street) is str
                or billing_address_street is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "billing_address_street", src_dict, "string or null") from _exc

        try:
            billing_address_city = d.pop("billing_address_city", UNSET)
            if not (
                billing_address_city is UNSET
                or type(billing_address_city) is str
                or billing_address_city is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "billing_address_city", src_dict, "string or null") from _exc

        try:
            billing_address_postalcode = d.pop("billing_address_postalcode", UNSET)
            if not (
                billing_address_postalcode is UNSET
                or type(billing_address_postalcode) is str
                or billing_address_postalcode is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(
                _exc, "billing_address_postalcode", src_dict, "string or null"
            ) from _exc

        try:
            shipping_address_street = d.pop("shipping_address_street", UNSET)
            if not (
                shipping_address_street is UNSET
                or type(shipping_address_street) is str
                or shipping_address_street is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "shipping_address_street", src_dict, "string or null") from _exc

        try:
            shipping_address_city = d.pop("shipping_address_city", UNSET)
            if not (
                shipping_address_city is UNSET
                or type(shipping_address_city) is str
                or shipping_address_city is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "shipping_address_city", src_dict, "string or null") from _exc

        try:
            shipping_address_postalcode = d.pop("shipping_address_postalcode", UNSET)
            if not (
                shipping_address_postalcode is UNSET
                or type(shipping_address_postalcode) is str
                or shipping_address_postalcode is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(
                _exc, "shipping_address_postalcode", src_dict, "string or null"
            ) from _exc

        try:
            agree_to_the_terms = d.pop("agree_to_the_terms", UNSET)
            if not (
                agree_to_the_terms is UNSET
                or type(agree_to_the_terms) is bool
                or agree_to_the_terms is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "agree_to_the_terms", src_dict, "boolean or null") from _exc

        try:
            file_passport = d.pop("file_passport", UNSET)
            if not (file_passport is UNSET or type(file_passport) is str or file_passport is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_passport", src_dict, "string or null") from _exc

        try:
            file_registration = d.pop("file_registration", UNSET)
            if not (
                file_registration is UNSET
                or type(file_registration) is str
                or file_registration is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_registration", src_dict, "string or null") from _exc

        try:
            file_selfie = d.pop("file_selfie", UNSET)
            if not (file_selfie is UNSET or type(file_selfie) is str or file_selfie is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_selfie", src_dict, "string or null") from _exc

        agreement_ip_data = cls(
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
            billing_address_city=billing_address_city,
            billing_address_postalcode=billing_address_postalcode,
            shipping_address_street=shipping_address_street,
            shipping_address_city=shipping_address_city,
            shipping_address_postalcode=shipping_address_postalcode,
            agree_to_the_terms=agree_to_the_terms,
            file_passport=file_passport,
            file_registration=file_registration,
            file_selfie=file_selfie,
        )

        agreement_ip_data.additional_properties = d
        return agreement_ip_data

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
