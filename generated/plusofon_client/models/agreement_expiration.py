# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    format_datetime,
    mask_extra_fields,
    not_an_object,
    parse_datetime,
)

T = TypeVar("T", bound="AgreementExpiration")


@_attrs_define
class AgreementExpiration:
    """Окончание тестового периода (`GET agreement/expiration`).

    Attributes:
        days (int): количество дней до окончания тестового периода (тип выведен из примера)
        expiration (datetime.datetime): Дата и время в виде `YYYY-MM-DD HH:MM:SS` без часового пояса (не RFC 3339).
            Пояс в документации не указан.
    """

    days: int
    expiration: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        expiration = format_datetime(self.expiration, "%Y-%m-%d %H:%M:%S")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "expiration": expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            days = d.pop("days")
            if not (type(days) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "days", src_dict, "integer") from _exc

        try:
            expiration = parse_datetime(d.pop("expiration"), "%Y-%m-%d %H:%M:%S")

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "expiration", src_dict, "") from _exc

        agreement_expiration = cls(
            days=days,
            expiration=expiration,
        )

        agreement_expiration.additional_properties = d
        return agreement_expiration

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
