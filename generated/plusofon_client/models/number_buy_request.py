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
    wire_list,
)
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type

T = TypeVar("T", bound="NumberBuyRequest")


@_attrs_define
class NumberBuyRequest:
    """Тело `POST number/buy` (операция списывает деньги — не повторяйте её вслепую).

    Attributes:
        numbers (list[int | str]): массив покупаемых (ранее зарезервированных) телефонных номеров (⁎). Тип элементов не
            описан: принимаются целые числа (как в `POST number/reserve`, `4951919036`) и строки
            (как в `GET number/reserve`, `"74951919036"`).
        owner_type (NumberOwnerType): Режим аренды (покупки) номера:
            - `business` — многоканальный, номер для использования в логике АТС
            - `personal` — одноканальный, номер для персонального использования одним пользователем
    """

    numbers: list[int | str]
    owner_type: NumberOwnerType
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item: int | str
            numbers_item = numbers_item_data
            numbers.append(numbers_item)

        owner_type: str = self.owner_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numbers": numbers,
                "owner_type": owner_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            numbers = []
            _numbers = wire_list(d.pop("numbers"))
            for numbers_item_data in _numbers:

                def _parse_numbers_item(data: object) -> int | str:
                    return cast(int | str, data)

                numbers_item = _parse_numbers_item(numbers_item_data)

                numbers.append(numbers_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "numbers", src_dict, "array") from _exc

        try:
            owner_type = check_number_owner_type(d.pop("owner_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_type", src_dict, "string") from _exc

        number_buy_request = cls(
            numbers=numbers,
            owner_type=owner_type,
        )

        number_buy_request.additional_properties = d
        return number_buy_request

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
