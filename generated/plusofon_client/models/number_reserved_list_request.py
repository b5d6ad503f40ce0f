# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    not_an_object,
)
from ..models.number_phone_type import NumberPhoneType, check_number_phone_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberReservedListRequest")


@_attrs_define
class NumberReservedListRequest:
    """Необязательное JSON-тело `GET number/reserve`.

    Attributes:
        phone_type (NumberPhoneType | Unset): Тип номера:
            - `abc` — городской номер
            - `def` — мобильный номер
            - `800` — номер 8-800

            Значение `800` не является идентификатором Python, поэтому имена констант заданы в
            `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
    """

    phone_type: NumberPhoneType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        phone_type: str | Unset = UNSET
        if not isinstance(self.phone_type, Unset):
            phone_type = self.phone_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_type is not UNSET:
            field_dict["phone_type"] = phone_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _phone_type = d.pop("phone_type", UNSET)
            phone_type: NumberPhoneType | Unset
            if isinstance(_phone_type, Unset):
                phone_type = UNSET
            else:
                phone_type = check_number_phone_type(_phone_type)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone_type", src_dict, "string") from _exc

        number_reserved_list_request = cls(
            phone_type=phone_type,
        )

        number_reserved_list_request.additional_properties = d
        return number_reserved_list_request

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
