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
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type
from ..models.number_reserve_request_short import (
    NumberReserveRequestShort,
    check_number_reserve_request_short,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberReserveRequest")


@_attrs_define
class NumberReserveRequest:
    """Тело `POST number/reserve`.

    Attributes:
        number (int): номер телефона с кодом города (⁎), целым числом — например `4951332210`, как его отдаёт
            `number/search` (там строкой)
        owner_type (NumberOwnerType): Режим аренды (покупки) номера:
            - `business` — многоканальный, номер для использования в логике АТС
            - `personal` — одноканальный, номер для персонального использования одним пользователем
        short (NumberReserveRequestShort | Unset): `1` — резерв на один час (единственное описанное значение; срок
            резерва без этого поля
            не описан)
    """

    number: int
    owner_type: NumberOwnerType
    short: NumberReserveRequestShort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        owner_type: str = self.owner_type

        short: int | Unset = UNSET
        if not isinstance(self.short, Unset):
            short = self.short

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "owner_type": owner_type,
            }
        )
        if short is not UNSET:
            field_dict["short"] = short

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            number = d.pop("number")
            if not (type(number) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "number", src_dict, "integer") from _exc

        try:
            owner_type = check_number_owner_type(d.pop("owner_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_type", src_dict, "string") from _exc

        try:
            _short = d.pop("short", UNSET)
            short: NumberReserveRequestShort | Unset
            if isinstance(_short, Unset):
                short = UNSET
            else:
                short = check_number_reserve_request_short(_short)

            if not (short is UNSET or short.__class__ is not bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "short", src_dict, "integer") from _exc

        number_reserve_request = cls(
            number=number,
            owner_type=owner_type,
            short=short,
        )

        number_reserve_request.additional_properties = d
        return number_reserve_request

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
