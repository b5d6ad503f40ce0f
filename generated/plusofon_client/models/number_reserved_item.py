# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import datetime
import decimal
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    format_datetime,
    mask_extra_fields,
    money_to_integer,
    not_an_object,
    parse_datetime,
    parse_money,
)
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type
from ..models.number_phone_type import NumberPhoneType, check_number_phone_type

T = TypeVar("T", bound="NumberReservedItem")


@_attrs_define
class NumberReservedItem:
    """Зарезервированный номер (элемент `data` в `GET number/reserve`).

    Attributes:
        id (int): ИД резерва — его передают в `DELETE number/reserve/{reserve_number_id}` (документация
            называет его «ИД подключенного номера»)
        number (str): номер в международном формате (с `7`, например `74951919036`)
        reserved_untill (datetime.datetime): Дата и время в виде `YYYY-MM-DD HH:MM:SS` без часового пояса (не RFC 3339).
            Пояс в документации не указан.
        phone_type (NumberPhoneType): Тип номера:
            - `abc` — городской номер
            - `def` — мобильный номер
            - `800` — номер 8-800

            Значение `800` не является идентификатором Python, поэтому имена констант заданы в
            `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
        owner_type (NumberOwnerType): Режим аренды (покупки) номера:
            - `business` — многоканальный, номер для использования в логике АТС
            - `personal` — одноканальный, номер для персонального использования одним пользователем
        buy_price (decimal.Decimal): Сумма в рублях целым числом (так её присылают `number` и `number/reserve`).
        period_price (decimal.Decimal): Сумма в рублях целым числом (так её присылают `number` и `number/reserve`).
    """

    id: int
    number: str
    reserved_untill: datetime.datetime
    phone_type: NumberPhoneType
    owner_type: NumberOwnerType
    buy_price: decimal.Decimal
    period_price: decimal.Decimal
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        reserved_untill = format_datetime(self.reserved_untill, "%Y-%m-%d %H:%M:%S")

        phone_type: str = self.phone_type

        owner_type: str = self.owner_type

        buy_price = money_to_integer(self.buy_price)

        period_price = money_to_integer(self.period_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "reserved_untill": reserved_untill,
                "phone_type": phone_type,
                "owner_type": owner_type,
                "buy_price": buy_price,
                "period_price": period_price,
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
            reserved_untill = parse_datetime(d.pop("reserved_untill"), "%Y-%m-%d %H:%M:%S")

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "reserved_untill", src_dict, "") from _exc

        try:
            phone_type = check_number_phone_type(d.pop("phone_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone_type", src_dict, "string") from _exc

        try:
            owner_type = check_number_owner_type(d.pop("owner_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_type", src_dict, "string") from _exc

        try:
            buy_price = parse_money(d.pop("buy_price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "buy_price", src_dict, "") from _exc

        try:
            period_price = parse_money(d.pop("period_price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "period_price", src_dict, "") from _exc

        number_reserved_item = cls(
            id=id,
            number=number,
            reserved_untill=reserved_untill,
            phone_type=phone_type,
            owner_type=owner_type,
            buy_price=buy_price,
            period_price=period_price,
        )

        number_reserved_item.additional_properties = d
        return number_reserved_item

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
