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

T = TypeVar("T", bound="AgreementJurData")


@_attrs_define
class AgreementJurData:
    """Сохранённые данные юридического лица (объект `agreement` ответа `GET agreement/jur`).
    Поля — как в таблице `jur-save`, плюс `legal_form_full` и файловые поля из примера
    ответа. Корреспондентский счёт может прийти под любым из двух ключей —
    `correspondent_account` (латиница) или `сorrespondent_account` (кириллическая «с»,
    как в примере ответа). Обязательных полей нет: черновик может быть сохранён неполным.
    Любое поле может быть `null` — значит, оно не сохранено: так в примере ответа приходят
    незагруженные файлы, а о частично сохранённых данных документация молчит; `null` для
    прочих полей — наше прочтение того же правила.

        Attributes:
            legal_form (None | str | Unset): организационно-правовая форма (сокращённая)
            legal_form_full (None | str | Unset): организационно-правовая форма (полная)
            name (None | str | Unset): наименование организации
            inn (None | str | Unset): ИНН
            ogrn (None | str | Unset): ОГРН
            kpp (None | str | Unset): КПП
            bik (None | str | Unset): БИК банка
            bank (None | str | Unset): наименование банка
            payment_account (None | str | Unset): расчётный счёт (в таблице `jur-save` — «расчетный счёт»)
            correspondent_account (None | str | Unset): корреспондентский счёт. Латинское написание ключа — как в таблицах
                `jur-save` и
                `POST jur` и во всех curl; в примере ответа `GET agreement/jur` ключ написан с
                кириллической «с» (см. `сorrespondent_account`). Какое написание пришлёт сервер,
                неизвестно — читайте оба.
            last_name (None | str | Unset): фамилия подписанта договора
            first_name (None | str | Unset): имя подписанта договора
            middle_name (None | str | Unset): отчество подписанта договора
            position (None | str | Unset): должность подписанта договора
            foundation_authority (None | str | Unset): основание полномочий подписанта договора
            email (None | str | Unset): email-адрес
            phone (None | str | Unset): телефон
            billing_address_street (None | str | Unset): юридический адрес
            billing_address_city (None | str | Unset): город юридического адреса
            billing_address_postalcode (None | str | Unset): индекс юридического адреса
            shipping_address_street (None | str | Unset): фактический адрес
            shipping_address_city (None | str | Unset): фактический город
            shipping_address_postalcode (None | str | Unset): индекс фактического адреса
            agree_to_the_terms (bool | None | Unset): признак согласия с условиями оказания услуг связи
            file_organization (None | str | Unset): карточка с реквизитами организации (в примере `null`; что приходит,
                когда файл
                загружен, на странице не показано)
            file_authority (None | str | Unset): решение о назначении руководителя (в примере `null`; что приходит, когда
                файл
                загружен, на странице не показано)
            file_ogrn (None | str | Unset): свидетельство ОГРН (в примере `null`; что приходит, когда файл загружен, на
                странице не показано)
            file_inn (None | str | Unset): свидетельство ИНН (в примере `null`; что приходит, когда файл загружен, на
                странице не показано)
    """

    legal_form: None | str | Unset = UNSET
    legal_form_full: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    inn: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    ogrn: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    kpp: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    bik: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    bank: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    payment_account: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    correspondent_account: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    last_name: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    first_name: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    middle_name: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    position: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    foundation_authority: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    email: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    phone: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
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
    file_organization: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    file_authority: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    file_ogrn: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    file_inn: None | str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        legal_form: None | str | Unset
        if isinstance(self.legal_form, Unset):
            legal_form = UNSET
        else:
            legal_form = self.legal_form

        legal_form_full: None | str | Unset
        if isinstance(self.legal_form_full, Unset):
            legal_form_full = UNSET
        else:
            legal_form_full = self.legal_form_full

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        kpp: None | str | Unset
        if isinstance(self.kpp, Unset):
            kpp = UNSET
        else:
            kpp = self.kpp

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

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        foundation_authority: None | str | Unset
        if isinstance(self.foundation_authority, Unset):
            foundation_authority = UNSET
        else:
            foundation_authority = self.foundation_authority

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

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

        file_organization: None | str | Unset
        if isinstance(self.file_organization, Unset):
            file_organization = UNSET
        else:
            file_organization = self.file_organization

        file_authority: None | str | Unset
        if isinstance(self.file_authority, Unset):
            file_authority = UNSET
        else:
            file_authority = self.file_authority

        file_ogrn: None | str | Unset
        if isinstance(self.file_ogrn, Unset):
            file_ogrn = UNSET
        else:
            file_ogrn = self.file_ogrn

        file_inn: None | str | Unset
        if isinstance(self.file_inn, Unset):
            file_inn = UNSET
        else:
            file_inn = self.file_inn

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
        if file_organization is not UNSET:
            field_dict["file_organization"] = file_organization
        if file_authority is not UNSET:
            field_dict["file_authority"] = file_authority
        if file_ogrn is not UNSET:
            field_dict["file_ogrn"] = file_ogrn
        if file_inn is not UNSET:
            field_dict["file_inn"] = file_inn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            legal_form = d.pop("legal_form", UNSET)
            if not (legal_form is UNSET or type(legal_form) is str or legal_form is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "legal_form", src_dict, "string or null") from _exc

        try:
            legal_form_full = d.pop("legal_form_full", UNSET)
            if not (
                legal_form_full is UNSET or type(legal_form_full) is str or legal_form_full is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "legal_form_full", src_dict, "string or null") from _exc

        try:
            name = d.pop("name", UNSET)
            if not (name is UNSET or type(name) is str or name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string or null") from _exc

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
            kpp = d.pop("kpp", UNSET)
            if not (kpp is UNSET or type(kpp) is str or kpp is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "kpp", src_dict, "string or null") from _exc

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
            last_name = d.pop("last_name", UNSET)
            if not (last_name is UNSET or type(last_name) is str or last_name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_name", src_dict, "string or null") from _exc

        try:
            first_name = d.pop("first_name", UNSET)
            if not (first_name is UNSET or type(first_name) is str or first_name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_name", src_dict, "string or null") from _exc

        try:
            middle_name = d.pop("middle_name", UNSET)
            if not (middle_name is UNSET or type(middle_name) is str or middle_name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "middle_name", src_dict, "string or null") from _exc

        try:
            position = d.pop("position", UNSET)
            if not (position is UNSET or type(position) is str or position is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "position", src_dict, "string or null") from _exc

        try:
            foundation_authority = d.pop("foundation_authority", UNSET)
            if not (
                foundation_authority is UNSET
                or type(foundation_authority) is str
                or foundation_authority is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "foundation_authority", src_dict, "string or null") from _exc

        try:
            email = d.pop("email", UNSET)
            if not (email is UNSET or type(email) is str or email is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "email", src_dict, "string or null") from _exc

        try:
            phone = d.pop("phone", UNSET)
            if not (phone is UNSET or type(phone) is str or phone is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone", src_dict, "string or null") from _exc

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
            file_organization = d.pop("file_organization", UNSET)
            if not (
                file_organization is UNSET
                or type(file_organization) is str
                or file_organization is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_organization", src_dict, "string or null") from _exc

        try:
            file_authority = d.pop("file_authority", UNSET)
            if not (
                file_authority is UNSET or type(file_authority) is str or file_authority is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_authority", src_dict, "string or null") from _exc

        try:
            file_ogrn = d.pop("file_ogrn", UNSET)
            if not (file_ogrn is UNSET or type(file_ogrn) is str or file_ogrn is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_ogrn", src_dict, "string or null") from _exc

        try:
            file_inn = d.pop("file_inn", UNSET)
            if not (file_inn is UNSET or type(file_inn) is str or file_inn is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "file_inn", src_dict, "string or null") from _exc

        agreement_jur_data = cls(
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
            file_organization=file_organization,
            file_authority=file_authority,
            file_ogrn=file_ogrn,
            file_inn=file_inn,
        )

        agreement_jur_data.additional_properties = d
        return agreement_jur_data

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
