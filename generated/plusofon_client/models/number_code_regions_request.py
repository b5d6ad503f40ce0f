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
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberCodeRegionsRequest")


@_attrs_define
class NumberCodeRegionsRequest:
    """Необязательное JSON-тело `GET number/code-regions`.

    Attributes:
        type_ (str | Unset): Поле есть только в примерах запроса (curl/JS/PHP/Python), хотя документация пишет «Не
            имеет параметров»; значение там — заполнитель `"rerum"`. Смысл и допустимые значения
            неизвестны.
    """

    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
            if not (type_ is UNSET or type(type_) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "type", src_dict, "string") from _exc

        number_code_regions_request = cls(
            type_=type_,
        )

        number_code_regions_request.additional_properties = d
        return number_code_regions_request

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
