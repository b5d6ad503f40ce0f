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
from ..models.number_phone_type import NumberPhoneType, check_number_phone_type

T = TypeVar("T", bound="NumberSmsItem")


@_attrs_define
class NumberSmsItem:
    """Номер с подключенной услугой SMS (элемент `data` в `GET number/sms`).

    Attributes:
        id (int): ИД номера
        number (str): номер в международном формате
        phone_type (NumberPhoneType): Тип номера:
            - `abc` — городской номер
            - `def` — мобильный номер
            - `800` — номер 8-800

            Значение `800` не является идентификатором Python, поэтому имена констант заданы в
            `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
        owner_type (NumberOwnerType): Режим аренды (покупки) номера:
            - `business` — многоканальный, номер для использования в логике АТС
            - `personal` — одноканальный, номер для персонального использования одним пользователем
        sms_packet (NumberSmsPacket): Подключенный к номеру пакет SMS.
    """

    id: int
    number: str
    phone_type: NumberPhoneType
    owner_type: NumberOwnerType
    sms_packet: NumberSmsPacket
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        phone_type: str = self.phone_type

        owner_type: str = self.owner_type

        sms_packet = self.sms_packet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "phone_type": phone_type,
                "owner_type": owner_type,
                "sms_packet": sms_packet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not (type(id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "id", src_dict, "integer") from _exc

        try:
            number = d.pop("number")
            if not (type(number) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "number", src_dict, "string") from _exc

        try:
            phone_type = check_number_phone_type(d.pop("phone_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone_type", src_dict, "string") from _exc

        try:
            owner_type = check_number_owner_type(d.pop("owner_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_type", src_dict, "string") from _exc

        try:
            sms_packet = NumberSmsPacket.from_dict(d.pop("sms_packet"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "sms_packet", src_dict, "object") from _exc

        number_sms_item = cls(
            id=id,
            number=number,
            phone_type=phone_type,
            owner_type=owner_type,
            sms_packet=sms_packet,
        )

        number_sms_item.additional_properties = d
        return number_sms_item

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


# Imported here, after the class, so that models referring to each other import in any order.
from ..models.number_sms_packet import NumberSmsPacket
