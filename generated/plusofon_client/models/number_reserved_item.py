# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_owner_type import NumberOwnerType
from ..models.number_phone_type import NumberPhoneType

T = TypeVar("T", bound="NumberReservedItem")


@_attrs_define
class NumberReservedItem:
    """Зарезервированный номер (элемент `data` в `GET number/reserve`).

    Attributes:
        id (int): ИД резерва — его передают в `DELETE number/reserve/{reserve_number_id}` (документация
            называет его «ИД подключенного номера»)
        number (str): номер в международном формате (с `7`, например `74951919036`)
        reserved_untill (str): Дата и время в виде `YYYY-MM-DD HH:MM:SS` без часового пояса (не RFC 3339).
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
        buy_price (int): Сумма в рублях целым числом (так её присылают `number` и `number/reserve`).
        period_price (int): Сумма в рублях целым числом (так её присылают `number` и `number/reserve`).
    """

    id: int
    number: str
    reserved_untill: str
    phone_type: NumberPhoneType
    owner_type: NumberOwnerType
    buy_price: int
    period_price: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        reserved_untill = self.reserved_untill

        phone_type = self.phone_type.value

        owner_type = self.owner_type.value

        buy_price = self.buy_price

        period_price = self.period_price

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
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        reserved_untill = d.pop("reserved_untill")

        phone_type = NumberPhoneType(d.pop("phone_type"))

        owner_type = NumberOwnerType(d.pop("owner_type"))

        buy_price = d.pop("buy_price")

        period_price = d.pop("period_price")

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
