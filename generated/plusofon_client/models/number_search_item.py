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
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type
from ..models.number_phone_type import NumberPhoneType, check_number_phone_type
from ..models.number_search_number_type import (
    NumberSearchNumberType,
    check_number_search_number_type,
)

T = TypeVar("T", bound="NumberSearchItem")


@_attrs_define
class NumberSearchItem:
    """Свободный номер на витрине (элемент `data` в `GET number/search`).

    Attributes:
        number_type (NumberSearchNumberType): Категория («красивость») номера в ответе `number/search` — ЦЕЛОЕ ЧИСЛО (в
            запросе то же
            поле передаётся строкой, см. `NumberSearchNumberTypeFilter`):
            - `0` — «простой» номер
            - `1` — «серебряный» номер
            - `2` — «золотой» номер
            - `3` — «платиновый» номер
            - `4` — «эксклюзивный» номер
            - `5` — «бронзовый» номер

            Имена констант (`x-enum-varnames`) с окончанием `_NUMBER`: они уникальны во всей
            спецификации, потому что `openapi-generator -g go` объявляет константы перечислений на
            уровне пакета, рядом с константами `NumberSearchNumberTypeFilter` (`SIMPLE` …).
        number (str): номер телефона с кодом города, без кода страны (например `4951332210`)
        buy_price (decimal.Decimal): Сумма в рублях десятичной строкой с копейками (так её присылают `number/search` и
            `sms_packet.price`).
        period_price (decimal.Decimal): Сумма в рублях десятичной строкой с копейками (так её присылают `number/search`
            и `sms_packet.price`).
        owner_type (NumberOwnerType): Режим аренды (покупки) номера:
            - `business` — многоканальный, номер для использования в логике АТС
            - `personal` — одноканальный, номер для персонального использования одним пользователем
        phone_type (NumberPhoneType): Тип номера:
            - `abc` — городской номер
            - `def` — мобильный номер
            - `800` — номер 8-800

            Значение `800` не является идентификатором Python, поэтому имена констант заданы в
            `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
    """

    number_type: NumberSearchNumberType
    number: str
    buy_price: decimal.Decimal
    period_price: decimal.Decimal
    owner_type: NumberOwnerType
    phone_type: NumberPhoneType
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        number_type: int = self.number_type

        number = self.number

        buy_price = money_to_decimal_string(self.buy_price)

        period_price = money_to_decimal_string(self.period_price)

        owner_type: str = self.owner_type

        phone_type: str = self.phone_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number_type": number_type,
                "number": number,
                "buy_price": buy_price,
                "period_price": period_price,
                "owner_type": owner_type,
                "phone_type": phone_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            number_type = check_number_search_number_type(d.pop("number_type"))

            if not (number_type.__class__ is not bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "number_type", src_dict, "integer") from _exc

        try:
            number = d.pop("number")
            if not (type(number) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "number", src_dict, "string") from _exc

        try:
            buy_price = parse_money(d.pop("buy_price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "buy_price", src_dict, "") from _exc

        try:
            period_price = parse_money(d.pop("period_price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "period_price", src_dict, "") from _exc

        try:
            owner_type = check_number_owner_type(d.pop("owner_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_type", src_dict, "string") from _exc

        try:
            phone_type = check_number_phone_type(d.pop("phone_type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone_type", src_dict, "string") from _exc

        number_search_item = cls(
            number_type=number_type,
            number=number,
            buy_price=buy_price,
            period_price=period_price,
            owner_type=owner_type,
            phone_type=phone_type,
        )

        number_search_item.additional_properties = d
        return number_search_item

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
