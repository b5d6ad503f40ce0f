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
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberCodeRegionsResponse")


@_attrs_define
class NumberCodeRegionsResponse:
    """Ответ `number/code-regions`.

    Attributes:
        code_regions (list[NumberCodeRegion]): регионы и их телефонные коды
        success (bool | Unset): признак успешно выполненного запроса
    """

    code_regions: list[NumberCodeRegion]
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        code_regions = []
        for code_regions_item_data in self.code_regions:
            code_regions_item = code_regions_item_data.to_dict()
            code_regions.append(code_regions_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_regions": code_regions,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            code_regions = []
            _code_regions = wire_list(d.pop("code_regions"))
            for code_regions_item_data in _code_regions:
                code_regions_item = NumberCodeRegion.from_dict(code_regions_item_data)

                code_regions.append(code_regions_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "code_regions", src_dict, "array") from _exc

        try:
            success = d.pop("success", UNSET)
            if not (success is UNSET or type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        number_code_regions_response = cls(
            code_regions=code_regions,
            success=success,
        )

        number_code_regions_response.additional_properties = d
        return number_code_regions_response

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
from ..models.number_code_region import NumberCodeRegion
