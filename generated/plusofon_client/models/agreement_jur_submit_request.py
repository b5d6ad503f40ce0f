# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

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

T = TypeVar("T", bound="AgreementJurSubmitRequest")


@_attrs_define
class AgreementJurSubmitRequest:
    """Тело `POST agreement/jur` (`multipart/form-data`). Обязательны поля, отмеченные ⁎ на
    странице. Файловые части — двоичные; на странице примеры шлют JSON со строками вместо
    файлов, что файлов не передаёт. Ключ корреспондентского счёта здесь везде латинский.

        Attributes:
            legal_form (str): организационно-правовая форма (сокращённая)
            name (str): наименование организации
            inn (str): ИНН
            ogrn (str): ОГРН
            kpp (str): КПП
            bik (str): БИК банка
            bank (str): наименование банка
            payment_account (str): расчётный счёт
            correspondent_account (str): корреспондентский счёт (здесь и в таблице, и в примерах — латиницей)
            last_name (str): фамилия подписанта договора
            first_name (str): имя подписанта договора
            middle_name (str): отчество подписанта договора
            position (str): должность подписанта договора
            foundation_authority (str): основание полномочий подписанта договора
            email (str): email-адрес
            billing_address_street (str): юридический адрес
            shipping_address_street (str): фактический адрес
            agree_to_the_terms (bool): признак согласия с условиями оказания услуг связи (⁎); в multipart передаётся
                текстом (`1` или `true`). Единственное допустимое значение — `true` (`const: true`):
                на `false` страница показывает ответ «Нет согласия с условиями оказания услуг
                связи» — HTTP 400 `{"message": "The selected agree to the terms is invalid",
                "code": 400}`.
            file_organization (File): карточка с реквизитами организации (файл)
            file_authority (File): решение о назначении руководителя (файл)
            file_ogrn (File): свидетельство ОГРН (файл)
            file_inn (File): свидетельство ИНН (файл)
            legal_form_full (str | Unset): организационно-правовая форма (полная)
            phone (str | Unset): телефон
            billing_address_city (str | Unset): город юридического адреса
            billing_address_postalcode (str | Unset): индекс юридического адреса
            shipping_address_city (str | Unset): фактический город
            shipping_address_postalcode (str | Unset): индекс фактического адреса
    """

    legal_form: str
    name: str
    inn: str = _attrs_field(repr=mask_personal_data)
    ogrn: str = _attrs_field(repr=mask_personal_data)
    kpp: str = _attrs_field(repr=mask_personal_data)
    bik: str = _attrs_field(repr=mask_personal_data)
    bank: str = _attrs_field(repr=mask_personal_data)
    payment_account: str = _attrs_field(repr=mask_personal_data)
    correspondent_account: str = _attrs_field(repr=mask_personal_data)
    last_name: str = _attrs_field(repr=mask_personal_data)
    first_name: str = _attrs_field(repr=mask_personal_data)
    middle_name: str = _attrs_field(repr=mask_personal_data)
    position: str = _attrs_field(repr=mask_personal_data)
    foundation_authority: str = _attrs_field(repr=mask_personal_data)
    email: str = _attrs_field(repr=mask_personal_data)
    billing_address_street: str = _attrs_field(repr=mask_personal_data)
    shipping_address_street: str = _attrs_field(repr=mask_personal_data)
    agree_to_the_terms: bool
    file_organization: File = _attrs_field(repr=mask_personal_data)
    file_authority: File = _attrs_field(repr=mask_personal_data)
    file_ogrn: File = _attrs_field(repr=mask_personal_data)
    file_inn: File = _attrs_field(repr=mask_personal_data)
    legal_form_full: str | Unset = UNSET
    phone: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_city: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    billing_address_postalcode: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_city: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    shipping_address_postalcode: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        legal_form = self.legal_form

        name = self.name

        inn = self.inn

        ogrn = self.ogrn

        kpp = self.kpp

        bik = self.bik

        bank = self.bank

        payment_account = self.payment_account

        correspondent_account = self.correspondent_account

        last_name = self.last_name

        first_name = self.first_name

        middle_name = self.middle_name

        position = self.position

        foundation_authority = self.foundation_authority

        email = self.email

        billing_address_street = self.billing_address_street

        shipping_address_street = self.shipping_address_street

        agree_to_the_terms = self.agree_to_the_terms

        file_organization = self.file_organization.to_tuple()

        file_authority = self.file_authority.to_tuple()

        file_ogrn = self.file_ogrn.to_tuple()

        file_inn = self.file_inn.to_tuple()

        legal_form_full = self.legal_form_full

        phone = self.phone

        billing_address_city = self.billing_address_city

        billing_address_postalcode = self.billing_address_postalcode

        shipping_address_city = self.shipping_address_city

        shipping_address_postalcode = self.shipping_address_postalcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
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
            }
        )
        if legal_form_full is not UNSET:
            field_dict["legal_form_full"] = legal_form_full
        if phone is not UNSET:
            field_dict["phone"] = phone
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

        files.append(("legal_form", (None, str(self.legal_form).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("inn", (None, str(self.inn).encode(), "text/plain")))

        files.append(("ogrn", (None, str(self.ogrn).encode(), "text/plain")))

        files.append(("kpp", (None, str(self.kpp).encode(), "text/plain")))

        files.append(("bik", (None, str(self.bik).encode(), "text/plain")))

        files.append(("bank", (None, str(self.bank).encode(), "text/plain")))

        files.append(("payment_account", (None, str(self.payment_account).encode(), "text/plain")))

        files.append(
            (
                "correspondent_account",
                (None, str(self.correspondent_account).encode(), "text/plain"),
            )
        )

        files.append(("last_name", (None, str(self.last_name).encode(), "text/plain")))

        files.append(("first_name", (None, str(self.first_name).encode(), "text/plain")))

        files.append(("middle_name", (None, str(self.middle_name).encode(), "text/plain")))

        files.append(("position", (None, str(self.position).encode(), "text/plain")))

        files.append(
            ("foundation_authority", (None, str(self.foundation_authority).encode(), "text/plain"))
        )

        files.append(("email", (None, str(self.email).encode(), "text/plain")))

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

        files.append(("file_organization", self.file_organization.to_tuple()))

        files.append(("file_authority", self.file_authority.to_tuple()))

        files.append(("file_ogrn", self.file_ogrn.to_tuple()))

        files.append(("file_inn", self.file_inn.to_tuple()))

        if not isinstance(self.legal_form_full, Unset):
            files.append(
                ("legal_form_full", (None, str(self.legal_form_full).encode(), "text/plain"))
            )

        if not isinstance(self.phone, Unset):
            files.append(("phone", (None, str(self.phone).encode(), "text/plain")))

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
            legal_form = d.pop("legal_form")
            if not (type(legal_form) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "legal_form", src_dict, "string") from _exc

        try:
            name = d.pop("name")
            if not (type(name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string") from _exc

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
            kpp = d.pop("kpp")
            if not (type(kpp) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "kpp", src_dict, "string") from _exc

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
            correspondent_account = d.pop("correspondent_account")
            if not (type(correspondent_account) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "correspondent_account", src_dict, "string") from _exc

        try:
            last_name = d.pop("last_name")
            if not (type(last_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_name", src_dict, "string") from _exc

        try:
            first_name = d.pop("first_name")
            if not (type(first_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_name", src_dict, "string") from _exc

        try:
            middle_name = d.pop("middle_name")
            if not (type(middle_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "middle_name", src_dict, "string") from _exc

        try:
            position = d.pop("position")
            if not (type(position) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "position", src_dict, "string") from _exc

        try:
            foundation_authority = d.pop("foundation_authority")
            if not (type(foundation_authority) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "foundation_authority", src_dict, "string") from _exc

        try:
            email = d.pop("email")
            if not (type(email) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "email", src_dict, "string") from _exc

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
            file_organization = File(payload=BytesIO(d.pop("file_organization")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_organization", src_dict, "") from _exc

        try:
            file_authority = File(payload=BytesIO(d.pop("file_authority")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_authority", src_dict, "") from _exc

        try:
            file_ogrn = File(payload=BytesIO(d.pop("file_ogrn")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_ogrn", src_dict, "") from _exc

        try:
            file_inn = File(payload=BytesIO(d.pop("file_inn")))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_inn", src_dict, "") from _exc

        try:
            legal_form_full = d.pop("legal_form_full", UNSET)
            if not (legal_form_full is UNSET or type(legal_form_full) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "legal_form_full", src_dict, "string") from _exc

        try:
            phone = d.pop("phone", UNSET)
            if not (phone is UNSET or type(phone) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone", src_dict, "string") from _exc

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

        agreement_jur_submit_request = cls(
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

        agreement_jur_submit_request.additional_properties = d
        return agreement_jur_submit_request

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
