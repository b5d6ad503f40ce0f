# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import decimal
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    money_to_integer,
    not_an_object,
    parse_money,
    wire_list,
)
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type
from ..models.number_phone_type import NumberPhoneType, check_number_phone_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberItem")


@_attrs_define
class NumberItem:
    """Номер, подключенный в личном кабинете (элемент `data` в `GET number`).

    Attributes:
        id (int): ИД подключенного номера
        number (str): номер в международном формате (с `7`, например `79309993750`)
        phone_type (NumberPhoneType): Тип номера:
            - `abc` — городской номер
            - `def` — мобильный номер
            - `800` — номер 8-800

            Значение `800` не является идентификатором Python, поэтому имена констант заданы в
            `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
        owner_type (NumberOwnerType): Режим аренды (покупки) номера:
            - `business` — многоканальный, номер для использования в логике АТС
            - `personal` — одноканальный, номер для персонального использования одним пользователем
        period_price (decimal.Decimal): Сумма в рублях целым числом (так её присылают `number` и `number/reserve`).
        buy_price (decimal.Decimal): Сумма в рублях целым числом (так её присылают `number` и `number/reserve`).
        black_list (int | None | Unset): ИД подключенного чёрного списка (null — список не назначен)
        aon_for_sips (list[NumberAonSip] | Unset): массив SIP-аккаунтов, для которых номер установлен в качестве АОНа
        following (None | NumberFollowing | Unset): объект с параметрами переадресации номера (null — переадресация не
            настроена);
            `cli_type` в нём — название режима АОНа, а не код `Y`/`N`
        integration_following (None | NumberIntegrationFollowing | Unset): объект с параметрами переадресации номера для
            интеграции (null — не настроена);
            `cli_type` в нём — название режима АОНа, а не код `Y`/`N`
    """

    id: int
    number: str
    phone_type: NumberPhoneType
    owner_type: NumberOwnerType
    period_price: decimal.Decimal
    buy_price: decimal.Decimal
    black_list: int | None | Unset = UNSET
    aon_for_sips: list[NumberAonSip] | Unset = UNSET
    following: None | NumberFollowing | Unset = UNSET
    integration_following: None | NumberIntegrationFollowing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        phone_type: str = self.phone_type

        owner_type: str = self.owner_type

        period_price = money_to_integer(self.period_price)

        buy_price = money_to_integer(self.buy_price)

        black_list: int | None | Unset
        if isinstance(self.black_list, Unset):
            black_list = UNSET
        else:
            black_list = self.black_list

        aon_for_sips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aon_for_sips, Unset):
            aon_for_sips = []
            for aon_for_sips_item_data in self.aon_for_sips:
                aon_for_sips_item = aon_for_sips_item_data.to_dict()
                aon_for_sips.append(aon_for_sips_item)

        following: dict[str, Any] | None | Unset
        if isinstance(self.following, Unset):
            following = UNSET
        elif isinstance(self.following, NumberFollowing):
            following = self.following.to_dict()
        else:
            following = self.following

        integration_following: dict[str, Any] | None | Unset
        if isinstance(self.integration_following, Unset):
            integration_following = UNSET
        elif isinstance(self.integration_following, NumberIntegrationFollowing):
            integration_following = self.integration_following.to_dict()
        else:
            integration_following = self.integration_following

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "phone_type": phone_type,
                "owner_type": owner_type,
                "period_price": period_price,
                "buy_price": buy_price,
            }
        )
        if black_list is not UNSET:
            field_dict["black_list"] = black_list
        if aon_for_sips is not UNSET:
            field_dict["aon_for_sips"] = aon_for_sips
        if following is not UNSET:
            field_dict["following"] = following
        if integration_following is not UNSET:
            field_dict["integration_following"] = integration_following

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
            period_price = parse_money(d.pop("period_price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "period_price", src_dict, "") from _exc

        try:
            buy_price = parse_money(d.pop("buy_price"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "buy_price", src_dict, "") from _exc

        try:
            black_list = d.pop("black_list", UNSET)
            if not (black_list is UNSET or type(black_list) is int or black_list is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "black_list", src_dict, "integer or null") from _exc

        try:
            _aon_for_sips = wire_list(d.pop("aon_for_sips", UNSET))
            aon_for_sips: list[NumberAonSip] | Unset = UNSET
            if _aon_for_sips is not UNSET:
                aon_for_sips = []
                for aon_for_sips_item_data in _aon_for_sips:
                    aon_for_sips_item = NumberAonSip.from_dict(aon_for_sips_item_data)

                    aon_for_sips.append(aon_for_sips_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "aon_for_sips", src_dict, "array") from _exc

        try:

            def _parse_following(data: object) -> None | NumberFollowing | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    following_type_0 = NumberFollowing.from_dict(data)

                    return following_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | NumberFollowing | Unset, data)

            following = _parse_following(d.pop("following", UNSET))

            if not (
                following is UNSET or isinstance(following, NumberFollowing) or following is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "following", src_dict, "object or null") from _exc

        try:

            def _parse_integration_following(
                data: object,
            ) -> None | NumberIntegrationFollowing | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    integration_following_type_0 = NumberIntegrationFollowing.from_dict(data)

                    return integration_following_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | NumberIntegrationFollowing | Unset, data)

            integration_following = _parse_integration_following(
                d.pop("integration_following", UNSET)
            )

            if not (
                integration_following is UNSET
                or isinstance(integration_following, NumberIntegrationFollowing)
                or integration_following is None
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "integration_following", src_dict, "object or null") from _exc

        number_item = cls(
            id=id,
            number=number,
            phone_type=phone_type,
            owner_type=owner_type,
            period_price=period_price,
            buy_price=buy_price,
            black_list=black_list,
            aon_for_sips=aon_for_sips,
            following=following,
            integration_following=integration_following,
        )

        number_item.additional_properties = d
        return number_item

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
from ..models.number_aon_sip import NumberAonSip
from ..models.number_following import NumberFollowing
from ..models.number_integration_following import NumberIntegrationFollowing
