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

T = TypeVar("T", bound="NumberAonSip")


@_attrs_define
class NumberAonSip:
    """SIP-аккаунт, для которого номер установлен в качестве АОНа.

    Attributes:
        id (int): ИД SIP-аккаунта
        name (str): название SIP-аккаунта
    """

    id: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
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
            if not (type(id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "id", src_dict, "integer") from _exc

        try:
            name = d.pop("name")
            if not (type(name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string") from _exc

        number_aon_sip = cls(
            id=id,
            name=name,
        )

        number_aon_sip.additional_properties = d
        return number_aon_sip

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
