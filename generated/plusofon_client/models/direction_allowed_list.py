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

T = TypeVar("T", bound="DirectionAllowedList")


@_attrs_define
class DirectionAllowedList:
    """Разрешённые направления вызовов текущего личного кабинета.

    Attributes:
        directions (DirectionAllowedListDirections): Объект, ключи которого — телефонные коды направлений (`<код
            направления>`, например
            `"36"`; ключ совпадает с `code` значения), а значения — объекты со свойствами
            направления. Это объект, а не массив (в отличие от `GET /api/v1/directions`).
        success (bool): признак успешно выполненного запроса (есть в примере, в перечне полей не описан)
    """

    directions: DirectionAllowedListDirections
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        directions = self.directions.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "directions": directions,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            directions = DirectionAllowedListDirections.from_dict(d.pop("directions"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "directions", src_dict, "object") from _exc

        try:
            success = d.pop("success")
            if not (type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        direction_allowed_list = cls(
            directions=directions,
            success=success,
        )

        direction_allowed_list.additional_properties = d
        return direction_allowed_list

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
from ..models.direction_allowed_list_directions import DirectionAllowedListDirections
