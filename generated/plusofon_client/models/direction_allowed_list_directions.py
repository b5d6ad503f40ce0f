# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    mask_extra_fields,
    not_an_object,
)

T = TypeVar("T", bound="DirectionAllowedListDirections")


@_attrs_define
class DirectionAllowedListDirections:
    """Объект, ключи которого — телефонные коды направлений (`<код направления>`, например
    `"36"`; ключ совпадает с `code` значения), а значения — объекты со свойствами
    направления. Это объект, а не массив (в отличие от `GET /api/v1/directions`).

    """

    additional_properties: dict[str, DirectionAllowed] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        direction_allowed_list_directions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DirectionAllowed.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        direction_allowed_list_directions.additional_properties = additional_properties
        return direction_allowed_list_directions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DirectionAllowed:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DirectionAllowed) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, so that models referring to each other import in any order.
from ..models.direction_allowed import DirectionAllowed
