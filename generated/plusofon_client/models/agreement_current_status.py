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
from ..models.agreement_contract_type import (
    AgreementContractType,
    check_agreement_contract_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementCurrentStatus")


@_attrs_define
class AgreementCurrentStatus:
    """Текущий статус договора (`GET agreement/current-status`).

    Attributes:
        status (str): код статуса договора (на странице — «код статуса договора i» с лишним символом).
            Возможные коды отдаёт `GET agreement/statuses` (например, `empty`, `signed`).
        title (str): название статуса договора
        name (None | str | Unset): название договора (например, `Plusofon2-1234`). `null` — пока данные договора не
            отправлены: документация об этом молчит (пример показывает только подписанный
            договор), и честное прочтение — названия у ещё не оформленного договора нет.
        type_ (AgreementContractType | None | Unset): код типа договора:
            - `jur` — юридическое лицо;
            - `fiz` — физическое лицо;
            - `ip` — индивидуальный предприниматель.

            `null` — пока данные договора не сохранены (наше прочтение; документация об этом
            молчит). Записано как `anyOf` со ссылкой на `AgreementContractType` и `null`, а не
            `type: [string, 'null']` с `null` в `enum`: на такой записи openapi-python-client
            0.29.1 порождает три одинаковых класса перечисления.
        success (bool | Unset): признак успешно выполненного запроса (есть в примере, нет в перечне полей)
    """

    status: str
    title: str
    name: None | str | Unset = UNSET
    type_: AgreementContractType | None | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "title": title,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            status = d.pop("status")
            if not (type(status) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "status", src_dict, "string") from _exc

        try:
            title = d.pop("title")
            if not (type(title) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "title", src_dict, "string") from _exc

        try:
            name = d.pop("name", UNSET)
            if not (name is UNSET or type(name) is str or name is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string or null") from _exc

        try:

            def _parse_type_(data: object) -> AgreementContractType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = check_agreement_contract_type(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AgreementContractType | None | Unset, data)

            type_ = _parse_type_(d.pop("type", UNSET))

            if not (
                isinstance(type_, Unset)
                or type_ is None
                or check_agreement_contract_type(type_) is type_
            ):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "type", src_dict, "string or null") from _exc

        try:
            success = d.pop("success", UNSET)
            if not (success is UNSET or type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        agreement_current_status = cls(
            status=status,
            title=title,
            name=name,
            type_=type_,
            success=success,
        )

        agreement_current_status.additional_properties = d
        return agreement_current_status

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
