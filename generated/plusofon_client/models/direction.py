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

T = TypeVar("T", bound="Direction")


@_attrs_define
class Direction:
    """Направление вызовов из общего справочника.

    Attributes:
        id (str): ИД направления. Приходит строкой (`"1"`), хотя по смыслу число; его передают в
            `direction_ids` запроса `PUT /api/v1/direction`.
        name (str): название направления (в примере встречается сокращённое, например «Австралийские внеш. террит-и»)
        english_name (str): название направления (англ.; в примере обрезано до 30 символов — «Australian External
            Territorie»)
        code (int): телефонный код направления. Здесь — целое число (`672`), тогда как в
            `GET /api/v1/direction` код — строка (`"36"`).
    """

    id: str
    name: str
    english_name: str
    code: int
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        english_name = self.english_name

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "english_name": english_name,
                "code": code,
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
            if not (type(id) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "id", src_dict, "string") from _exc

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

        try:
            code = d.pop("code")
            if not (type(code) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "code", src_dict, "integer") from _exc

        direction = cls(
            id=id,
            name=name,
            english_name=english_name,
            code=code,
        )

        direction.additional_properties = d
        return direction

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
