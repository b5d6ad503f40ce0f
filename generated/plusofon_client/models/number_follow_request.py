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
)
from ..models.number_cli_type import NumberCliType, check_number_cli_type
from ..models.number_follow_type import NumberFollowType, check_number_follow_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberFollowRequest")


@_attrs_define
class NumberFollowRequest:
    """Тело `POST number/follow`. Обязательны `type` и `numbers`; остальные поля зависят от
    `type` (см. `x-plusofon-applies-to` у каждого). `cli_type` документация помечает ⁎ «для
    всех типов, кроме empty» — схема его не требует, но для всех типов, кроме `empty`, его
    нужно передавать.

        Attributes:
            type_ (NumberFollowType): Код типа переадресации (страница не перечисляет коды; список собран из описаний полей
                `number/follow` и примера `number/follow-types`):
                - `sip` — на SIP-аккаунт (`sip_id`)
                - `number` — на телефонный номер (`destination_number`)
                - `group` — на группу (`group_id`)
                - `scenario` — на сценарий (`scenario_id`)
                - `call_queue` — на очередь вызовов (`call_queue_id`)
                - `sip_uri` — на адрес SIP URI (`destination_uri`)
                - `bitrix` — в интеграцию Битрикс24 (`host`, `type_default`, `cli_type_default`)
                - `amo` — в интеграцию amoCRM (`host`, `type_default`, `cli_type_default`)
                - `empty` — без переадресации (смысл на странице не описан; судя по названию и по тому, что
                  `cli_type` для него не нужен, — снятие переадресации)
            numbers (list[int]): ИД номеров (`id` из `GET number`), для которых устанавливается переадресация (⁎)
            type_default (NumberFollowType | Unset): Код типа переадресации (страница не перечисляет коды; список собран из
                описаний полей
                `number/follow` и примера `number/follow-types`):
                - `sip` — на SIP-аккаунт (`sip_id`)
                - `number` — на телефонный номер (`destination_number`)
                - `group` — на группу (`group_id`)
                - `scenario` — на сценарий (`scenario_id`)
                - `call_queue` — на очередь вызовов (`call_queue_id`)
                - `sip_uri` — на адрес SIP URI (`destination_uri`)
                - `bitrix` — в интеграцию Битрикс24 (`host`, `type_default`, `cli_type_default`)
                - `amo` — в интеграцию amoCRM (`host`, `type_default`, `cli_type_default`)
                - `empty` — без переадресации (смысл на странице не описан; судя по названию и по тому, что
                  `cli_type` для него не нужен, — снятие переадресации)
            sip_id (int | Unset): только для типа `sip` — ИД SIP-аккаунта, на который устанавливается переадресация
            destination_number (str | Unset): только для типа `number` — телефонный номер, на который устанавливается
                переадресация
            group_id (int | Unset): только для типа `group` — ИД группы, на которую устанавливается переадресация
            scenario_id (int | Unset): только для типа `scenario` — ИД сценария, на который устанавливается переадресация
            call_queue_id (int | Unset): только для типа `call_queue` — ИД очереди вызовов, на которую устанавливается
                переадресация
            destination_uri (str | Unset): только для типа `sip_uri` — адрес SIP URI, на который устанавливается
                переадресация
            host (str | Unset): только для типов `bitrix` и `amo` — адрес хоста интеграции
            cli_type (NumberCliType | Unset): Код режима показа АОНа при переадресации (из `number/cli-types`):
                - `Y` — номер и имя звонящего
                - `N` — переадресующий номер
            cli_type_default (NumberCliType | Unset): Код режима показа АОНа при переадресации (из `number/cli-types`):
                - `Y` — номер и имя звонящего
                - `N` — переадресующий номер
    """

    type_: NumberFollowType
    numbers: list[int]
    type_default: NumberFollowType | Unset = UNSET
    sip_id: int | Unset = UNSET
    destination_number: str | Unset = UNSET
    group_id: int | Unset = UNSET
    scenario_id: int | Unset = UNSET
    call_queue_id: int | Unset = UNSET
    destination_uri: str | Unset = UNSET
    host: str | Unset = UNSET
    cli_type: NumberCliType | Unset = UNSET
    cli_type_default: NumberCliType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        numbers = self.numbers

        type_default: str | Unset = UNSET
        if not isinstance(self.type_default, Unset):
            type_default = self.type_default

        sip_id = self.sip_id

        destination_number = self.destination_number

        group_id = self.group_id

        scenario_id = self.scenario_id

        call_queue_id = self.call_queue_id

        destination_uri = self.destination_uri

        host = self.host

        cli_type: str | Unset = UNSET
        if not isinstance(self.cli_type, Unset):
            cli_type = self.cli_type

        cli_type_default: str | Unset = UNSET
        if not isinstance(self.cli_type_default, Unset):
            cli_type_default = self.cli_type_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "numbers": numbers,
            }
        )
        if type_default is not UNSET:
            field_dict["type_default"] = type_default
        if sip_id is not UNSET:
            field_dict["sip_id"] = sip_id
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if call_queue_id is not UNSET:
            field_dict["call_queue_id"] = call_queue_id
        if destination_uri is not UNSET:
            field_dict["destination_uri"] = destination_uri
        if host is not UNSET:
            field_dict["host"] = host
        if cli_type is not UNSET:
            field_dict["cli_type"] = cli_type
        if cli_type_default is not UNSET:
            field_dict["cli_type_default"] = cli_type_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            type_ = check_number_follow_type(d.pop("type"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "type", src_dict, "string") from _exc

        try:
            numbers = cast(list[int], d.pop("numbers"))

            if not (type(numbers) is list and all(type(i) is int for i in numbers)):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "numbers", src_dict, "array") from _exc

        try:
            _type_default = d.pop("type_default", UNSET)
            type_default: NumberFollowType | Unset
            if isinstance(_type_default, Unset):
                type_default = UNSET
            else:
                type_default = check_number_follow_type(_type_default)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "type_default", src_dict, "string") from _exc

        try:
            sip_id = d.pop("sip_id", UNSET)
            if not (sip_id is UNSET or type(sip_id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "sip_id", src_dict, "integer") from _exc

        try:
            destination_number = d.pop("destination_number", UNSET)
            if not (destination_number is UNSET or type(destination_number) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "destination_number", src_dict, "string") from _exc

        try:
            group_id = d.pop("group_id", UNSET)
            if not (group_id is UNSET or type(group_id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "group_id", src_dict, "integer") from _exc

        try:
            scenario_id = d.pop("scenario_id", UNSET)
            if not (scenario_id is UNSET or type(scenario_id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "scenario_id", src_dict, "integer") from _exc

        try:
            call_queue_id = d.pop("call_queue_id", UNSET)
            if not (call_queue_id is UNSET or type(call_queue_id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "call_queue_id", src_dict, "integer") from _exc

        try:
            destination_uri = d.pop("destination_uri", UNSET)
            if not (destination_uri is UNSET or type(destination_uri) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "destination_uri", src_dict, "string") from _exc

        try:
            host = d.pop("host", UNSET)
            if not (host is UNSET or type(host) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "host", src_dict, "string") from _exc

        try:
            _cli_type = d.pop("cli_type", UNSET)
            cli_type: NumberCliType | Unset
            if isinstance(_cli_type, Unset):
                cli_type = UNSET
            else:
                cli_type = check_number_cli_type(_cli_type)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "cli_type", src_dict, "string") from _exc

        try:
            _cli_type_default = d.pop("cli_type_default", UNSET)
            cli_type_default: NumberCliType | Unset
            if isinstance(_cli_type_default, Unset):
                cli_type_default = UNSET
            else:
                cli_type_default = check_number_cli_type(_cli_type_default)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "cli_type_default", src_dict, "string") from _exc

        number_follow_request = cls(
            type_=type_,
            numbers=numbers,
            type_default=type_default,
            sip_id=sip_id,
            destination_number=destination_number,
            group_id=group_id,
            scenario_id=scenario_id,
            call_queue_id=call_queue_id,
            destination_uri=destination_uri,
            host=host,
            cli_type=cli_type,
            cli_type_default=cli_type_default,
        )

        number_follow_request.additional_properties = d
        return number_follow_request

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
