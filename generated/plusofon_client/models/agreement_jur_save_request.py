# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

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

T = TypeVar("T", bound="AgreementJurSaveRequest")


@_attrs_define
class AgreementJurSaveRequest:
    """Тело `POST agreement/jur-save` (JSON). В таблице ни одно поле не отмечено ⁎, поэтому
    обязательных полей нет. Корреспондентский счёт — два необязательных ключа (латинский
    из таблицы и curl, кириллический из примера на PHP); передавайте латинский.

        Attributes:
            legal_form (str | Unset): организационно-правовая форма (сокращённая)
            legal_form_full (str | Unset): организационно-правовая форма (полная)
            name (str | Unset): наименование организации
            inn (str | Unset): ИНН
            ogrn (str | Unset): ОГРН
            kpp (str | Unset): КПП
            bik (str | Unset): БИК банка
            bank (str | Unset): наименование банка
            payment_account (str | Unset): расчетный счёт (так, через «е», на странице)
            correspondent_account (str | Unset): корреспондентский счёт. Латинское написание — как в таблице и в примерах
                curl, JS
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
            agree_to_the_terms (bool | Unset): признак согласия с условиями оказания услуг связи. В таблице поле не отмечено
                ⁎ —
                его можно не передавать, — но `false` сервер не принимает: на странице показан
                ответ «Нет согласия с условиями оказания услуг связи» с HTTP 400
                `{"message": "The selected agree to the terms is invalid.", "code": 400}`. Поэтому единственное
                допустимое значение — `true` (`const: true`).
    """

    legal_form: str | Unset = UNSET
    legal_form_full: str | Unset = UNSET
    name: str | Unset = UNSET
    inn: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    ogrn: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    kpp: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    bik: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    bank: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    payment_account: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    correspondent_account: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    last_name: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    first_name: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    middle_name: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    position: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    foundation_authority: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    email: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    phone: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
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
        legal_form = self.legal_form

        legal_form_full = self.legal_form_full

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

        phone = self.phone

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
        if legal_form is not UNSET:
            field_dict["legal_form"] = legal_form
        if legal_form_full is not UNSET:
            field_dict["legal_form_full"] = legal_form_full
        if name is not UNSET:
            field_dict["name"] = name
        if inn is not UNSET:
            field_dict["inn"] = inn
        if ogrn is not UNSET:
            field_dict["ogrn"] = ogrn
        if kpp is not UNSET:
            field_dict["kpp"] = kpp
        if bik is not UNSET:
            field_dict["bik"] = bik
        if bank is not UNSET:
            field_dict["bank"] = bank
        if payment_account is not UNSET:
            field_dict["payment_account"] = payment_account
        if correspondent_account is not UNSET:
            field_dict["correspondent_account"] = correspondent_account
            field_dict["\u0441orrespondent_account"] = correspondent_account
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if position is not UNSET:
            field_dict["position"] = position
        if foundation_authority is not UNSET:
            field_dict["foundation_authority"] = foundation_authority
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
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
            legal_form = d.pop("legal_form", UNSET)
            if not (legal_form is UNSET or type(legal_form) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "legal_form", src_dict, "string") from _exc

        try:
            legal_form_full = d.pop("legal_form_full", UNSET)
            if not (legal_form_full is UNSET or type(legal_form_full) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "legal_form_full", src_dict, "string") from _exc

        try:
            name = d.pop("name", UNSET)
            if not (name is UNSET or type(name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string") from _exc

        try:
            inn = d.pop("inn", UNSET)
            if not (inn is UNSET or type(inn) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "inn", src_dict, "string") from _exc

        try:
            ogrn = d.pop("ogrn", UNSET)
            if not (ogrn is UNSET or type(ogrn) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "ogrn", src_dict, "string") from _exc

        try:
            kpp = d.pop("kpp", UNSET)
            if not (kpp is UNSET or type(kpp) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "kpp", src_dict, "string") from _exc

        try:
            bik = d.pop("bik", UNSET)
            if not (bik is UNSET or type(bik) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "bik", src_dict, "string") from _exc

        try:
            bank = d.pop("bank", UNSET)
            if not (bank is UNSET or type(bank) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "bank", src_dict, "string") from _exc

        try:
            payment_account = d.pop("payment_account", UNSET)
            if not (payment_account is UNSET or type(payment_account) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "payment_account", src_dict, "string") from _exc

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
            last_name = d.pop("last_name", UNSET)
            if not (last_name is UNSET or type(last_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_name", src_dict, "string") from _exc

        try:
            first_name = d.pop("first_name", UNSET)
            if not (first_name is UNSET or type(first_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_name", src_dict, "string") from _exc

        try:
            middle_name = d.pop("middle_name", UNSET)
            if not (middle_name is UNSET or type(middle_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "middle_name", src_dict, "string") from _exc

        try:
            position = d.pop("position", UNSET)
            if not (position is UNSET or type(position) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "position", src_dict, "string") from _exc

        try:
            foundation_authority = d.pop("foundation_authority", UNSET)
            if not (foundation_authority is UNSET or type(foundation_authority) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "foundation_authority", src_dict, "string") from _exc

        try:
            email = d.pop("email", UNSET)
            if not (email is UNSET or type(email) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "email", src_dict, "string") from _exc

        try:
            phone = d.pop("phone", UNSET)
            if not (phone is UNSET or type(phone) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone", src_dict, "string") from _exc

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

        agreement_jur_save_request = cls(
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

        agreement_jur_save_request.additional_properties = d
        return agreement_jur_save_request

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
