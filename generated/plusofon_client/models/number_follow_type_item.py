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
    wire_list,
)
from ..models.number_owner_type import NumberOwnerType, check_number_owner_type

T = TypeVar("T", bound="NumberFollowTypeItem")


@_attrs_define
class NumberFollowTypeItem:
    """Тип переадресации из справочника `number/follow-types`.

    Attributes:
        type_ (str): код переадресации (значение для `type` в `number/follow`, например `sip`)
        title (str): название переадресации
        owner_types (list[NumberOwnerType]): массив режимов аренды, для которых доступна переадресация
    """

    type_: str
    title: str
    owner_types: list[NumberOwnerType]
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        owner_types = []
        for owner_types_item_data in self.owner_types:
            owner_types_item: str = owner_types_item_data
            owner_types.append(owner_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "owner_types": owner_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            type_ = d.pop("type")
            if not (type(type_) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "type", src_dict, "string") from _exc

        try:
            title = d.pop("title")
            if not (type(title) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "title", src_dict, "string") from _exc

        try:
            owner_types = []
            _owner_types = wire_list(d.pop("owner_types"))
            for owner_types_item_data in _owner_types:
                owner_types_item = check_number_owner_type(owner_types_item_data)

                owner_types.append(owner_types_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "owner_types", src_dict, "array") from _exc

        number_follow_type_item = cls(
            type_=type_,
            title=title,
            owner_types=owner_types,
        )

        number_follow_type_item.additional_properties = d
        return number_follow_type_item

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
