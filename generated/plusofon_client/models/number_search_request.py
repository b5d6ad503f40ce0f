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
    parse_wire_int,
)
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type
from ..models.number_phone_type import NumberPhoneType, check_number_phone_type
from ..models.number_search_number_type import (
    NumberSearchNumberType,
    check_number_search_number_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberSearchRequest")


@_attrs_define
class NumberSearchRequest:
    """Необязательные фильтры `GET number/search` (JSON-тело GET-запроса; ни одно поле не помечено
    ⁎). Повторяйте их в запросе каждой страницы.

        Attributes:
            owner_type (NumberOwnerType | Unset): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем
            region (int | Unset): ИД региона (по-видимому, `id` из `number/code-regions`)
            city_code (int | Unset): код города (целое число, например `495`)
            phone_number (str | Unset): маска поиска номера телефона (без кода города): `?` — замена одного любого символа,
                `*` — замена последовательности любых символов
            number_type (NumberSearchNumberType | Unset): Категория («красивость») номера в ответе `number/search` — ЦЕЛОЕ
                ЧИСЛО (в запросе то же
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
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
    """

    owner_type: NumberOwnerType | Unset = UNSET
    region: int | Unset = UNSET
    city_code: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    number_type: NumberSearchNumberType | Unset = UNSET
    phone_type: NumberPhoneType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type

        region = self.region

        city_code = self.city_code

        phone_number = self.phone_number

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = str(self.number_type)

        phone_type: str | Unset = UNSET
        if not isinstance(self.phone_type, Unset):
            phone_type = self.phone_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if region is not UNSET:
            field_dict["region"] = region
        if city_code is not UNSET:
            field_dict["city_code"] = city_code
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if number_type is not UNSET:
            field_dict["number_type"] = number_type
        if phone_type is not UNSET:
            field_dict["phone_type"] = phone_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _owner_type = d.pop("owner_type", UNSET)
            owner_type: NumberOwnerType | Unset
            if isinstance(_owner_type, Unset):
                owner_type = UNSET
            else:
                owner_type = check_number_owner_type(_owner_type)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_type", src_dict, "string") from _exc

        try:
            region = d.pop("region", UNSET)
            if not (region is UNSET or type(region) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "region", src_dict, "integer") from _exc

        try:
            city_code = d.pop("city_code", UNSET)
            if not (city_code is UNSET or type(city_code) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "city_code", src_dict, "integer") from _exc

        try:
            phone_number = d.pop("phone_number", UNSET)
            if not (phone_number is UNSET or type(phone_number) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone_number", src_dict, "string") from _exc

        try:
            _number_type = d.pop("number_type", UNSET)
            number_type: NumberSearchNumberType | Unset = UNSET
            if not isinstance(_number_type, Unset):
                number_type = check_number_search_number_type(parse_wire_int(_number_type))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "number_type", src_dict, "") from _exc

        try:
            _phone_type = d.pop("phone_type", UNSET)
            phone_type: NumberPhoneType | Unset
            if isinstance(_phone_type, Unset):
                phone_type = UNSET
            else:
                phone_type = check_number_phone_type(_phone_type)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "phone_type", src_dict, "string") from _exc

        number_search_request = cls(
            owner_type=owner_type,
            region=region,
            city_code=city_code,
            phone_number=phone_number,
            number_type=number_type,
            phone_type=phone_type,
        )

        number_search_request.additional_properties = d
        return number_search_request

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
