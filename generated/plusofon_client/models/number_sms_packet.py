# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import decimal
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    money_to_decimal_string,
    not_an_object,
    parse_money,
)

T = TypeVar("T", bound="NumberSmsPacket")


@_attrs_define
class NumberSmsPacket:
    """Подключенный к номеру пакет SMS.

    Attributes:
        packet (str): ИД пакета (строка вида UUID, например `8460040d-374c-a7d8-abbe-6241614add81`)
        packet_name (str): название пакета
        sms_amount (int): квота пакета (число SMS)
        price (decimal.Decimal): Сумма в рублях десятичной строкой с копейками (так её присылают `number/search` и
            `sms_packet.price`).
        sms_remaining (int): остаток квоты
    """

    packet: str
    packet_name: str
    sms_amount: int
    price: decimal.Decimal
    sms_remaining: int
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        packet = self.packet

        packet_name = self.packet_name

        sms_amount = self.sms_amount

        price = money_to_decimal_string(self.price)

        sms_remaining = self.sms_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packet": packet,
                "packet_name": packet_name,
                "sms_amount": sms_amount,
                "price": price,
                "sms_remaining": sms_remaining,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            packet = d.pop("packet")
            if not (type(packet) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "packet", src_dict, "string") from _exc

        try:
            packet_name = d.pop("packet_name")
            if not (type(packet_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "packet_name", src_dict, "string") from _exc

        try:
            sms_amount = d.pop("sms_amount")
            if not (type(sms_amount) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "sms_amount", src_dict, "integer") from _exc

        try:
            price = parse_money(d.pop("price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "price", src_dict, "") from _exc

        try:
            sms_remaining = d.pop("sms_remaining")
            if not (type(sms_remaining) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "sms_remaining", src_dict, "integer") from _exc

        number_sms_packet = cls(
            packet=packet,
            packet_name=packet_name,
            sms_amount=sms_amount,
            price=price,
            sms_remaining=sms_remaining,
        )

        number_sms_packet.additional_properties = d
        return number_sms_packet

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
