# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    mask_personal_data,
    not_an_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementFizSaveRequest")


@_attrs_define
class AgreementFizSaveRequest:
    """Тело `POST agreement/fiz-save` (JSON). В таблице ни одно поле не отмечено ⁎, поэтому
    обязательных полей нет.

        Attributes:
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
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В таблице поле не отмечено
                ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid.", "code": 400}`. Поэтому единственное
                допустимое значение — `true` (`const: true`).
    """

    first_name: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    last_name: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    middle_name: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    birthday: datetime.date | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    passport_series: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    passport_number: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    issue: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    date_of_issue: datetime.date | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_street: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_city: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_postalcode: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_street: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_city: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_postalcode: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    agree_to_the_terms: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        passport_series = self.passport_series

        passport_number = self.passport_number

        issue = self.issue

        date_of_issue: str | Unset = UNSET
        if not isinstance(self.date_of_issue, Unset):
            date_of_issue = self.date_of_issue.isoformat()

        billing_address_street = self.billing_address_street

        billing_address_city = self.billing_address_city

        billing_address_postalcode = self.billing_address_postalcode

        shipping_address_street = self.shipping_address_street

        shipping_address_city = self.shipping_address_city

        shipping_address_postalcode = self.shipping_address_postalcode

        agree_to_the_terms = self.agree_to_the_terms

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            first_name = d.pop("first_name", UNSET)
            if not (first_name is UNSET or type(first_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_name", src_dict, "string") from _exc

        try:
            last_name = d.pop("last_name", UNSET)
            if not (last_name is UNSET or type(last_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_name", src_dict, "string") from _exc

        try:
            middle_name = d.pop("middle_name", UNSET)
            if not (middle_name is UNSET or type(middle_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "middle_name", src_dict, "string") from _exc

        try:
            _birthday = d.pop("birthday", UNSET)
            birthday: datetime.date | Unset
            if isinstance(_birthday, Unset):
                birthday = UNSET
            else:
                birthday = datetime.date.fromisoformat(_birthday)

            if not (birthday is UNSET or isinstance(birthday, datetime.date)):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "birthday", src_dict, "string") from _exc

        try:
            passport_series = d.pop("passport_series", UNSET)
            if not (passport_series is UNSET or type(passport_series) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "passport_series", src_dict, "string") from _exc

        try:
            passport_number = d.pop("passport_number", UNSET)
            if not (passport_number is UNSET or type(passport_number) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "passport_number", src_dict, "string") from _exc

        try:
            issue = d.pop("issue", UNSET)
            if not (issue is UNSET or type(issue) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "issue", src_dict, "string") from _exc

        try:
            _date_of_issue = d.pop("date_of_issue", UNSET)
            date_of_issue: datetime.date | Unset
            if isinstance(_date_of_issue, Unset):
                date_of_issue = UNSET
            else:
                date_of_issue = datetime.date.fromisoformat(_date_of_issue)

            if not (date_of_issue is UNSET or isinstance(date_of_issue, datetime.date)):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "date_of_issue", src_dict, "string") from _exc

        try:
            billing_address_street = d.pop("billing_address_street", UNSET)
            if not (billing_address_street is UNSET or type(billing_address_street) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "billing_address_street", src_dict, "string") from _exc

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
            shipping_address_street = d.pop("shipping_address_street", UNSET)
            if not (shipping_address_street is UNSET or type(shipping_address_street) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "shipping_address_street", src_dict, "string") from _exc

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

        try:
            agree_to_the_terms = d.pop("agree_to_the_terms", UNSET)
            if not (agree_to_the_terms is UNSET or type(agree_to_the_terms) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "agree_to_the_terms", src_dict, "boolean") from _exc

        agreement_fiz_save_request = cls(
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

        agreement_fiz_save_request.additional_properties = d
        return agreement_fiz_save_request

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
