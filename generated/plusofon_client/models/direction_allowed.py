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

T = TypeVar("T", bound="DirectionAllowed")


@_attrs_define
class DirectionAllowed:
    """объект со свойствами направления (разрешённое направление; поля `id` нет)

    Attributes:
        code (str): телефонный код направления. Здесь — строка (`"36"`), тогда как в
            `GET /api/v1/directions` код — целое число (`672`).
        name (str): название направления
        english_name (str): название направления (англ.)
    """

    code: str
    name: str
    english_name: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        english_name = self.english_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "english_name": english_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            code = d.pop("code")
            if not (type(code) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "code", src_dict, "string") from _exc

        try:
            name = d.pop("name")
            if not (type(name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string") from _exc

        try:
            english_name = d.pop("english_name")
            if not (type(english_name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "english_name", src_dict, "string") from _exc

        direction_allowed = cls(
            code=code,
            name=name,
            english_name=english_name,
        )

        direction_allowed.additional_properties = d
        return direction_allowed

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
