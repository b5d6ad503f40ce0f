# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    not_an_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberContactListRequest")


@_attrs_define
class NumberContactListRequest:
    """Тело `PATCH number/contact-list`. `contact_list_id` в таблице помечен ⁎, но текст велит не
    передавать его, чтобы отключить чёрный список, поэтому поле необязательное.

        Attributes:
            numbers (list[int]): ИД номеров (`id` из `GET number`), на которые назначается список (⁎)
            contact_list_id (int | Unset): ИД списка контактов (чёрного списка). В таблице помечен обязательным (⁎), но для
                отключения чёрного списка запрос отправляют без этого поля — поэтому здесь оно
                необязательное.
    """

    numbers: list[int]
    contact_list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        numbers = self.numbers

        contact_list_id = self.contact_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numbers": numbers,
            }
        )
        if contact_list_id is not UNSET:
            field_dict["contact_list_id"] = contact_list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            numbers = cast(list[int], d.pop("numbers"))

            if not (type(numbers) is list and all(type(i) is int for i in numbers)):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "numbers", src_dict, "array") from _exc

        try:
            contact_list_id = d.pop("contact_list_id", UNSET)
            if not (contact_list_id is UNSET or type(contact_list_id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "contact_list_id", src_dict, "integer") from _exc

        number_contact_list_request = cls(
            numbers=numbers,
            contact_list_id=contact_list_id,
        )

        number_contact_list_request.additional_properties = d
        return number_contact_list_request

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
