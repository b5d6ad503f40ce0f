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

T = TypeVar("T", bound="NumberCliTypesResponse")


@_attrs_define
class NumberCliTypesResponse:
    """Ответ `number/cli-types` (в примере без `success`).

    Attributes:
        cli_types (list[NumberCliTypeItem]): доступные режимы АОНа
        success (bool | Unset): признак успешно выполненного запроса (в примере документации отсутствует)
    """

    cli_types: list[NumberCliTypeItem]
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        cli_types = []
        for cli_types_item_data in self.cli_types:
            cli_types_item = cli_types_item_data.to_dict()
            cli_types.append(cli_types_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cli_types": cli_types,
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
            cli_types = []
            _cli_types = wire_list(d.pop("cli_types"))
            for cli_types_item_data in _cli_types:
                cli_types_item = NumberCliTypeItem.from_dict(cli_types_item_data)

                cli_types.append(cli_types_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "cli_types", src_dict, "array") from _exc

        try:
            success = d.pop("success", UNSET)
            if not (success is UNSET or type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        number_cli_types_response = cls(
            cli_types=cli_types,
            success=success,
        )

        number_cli_types_response.additional_properties = d
        return number_cli_types_response

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
from ..models.number_cli_type_item import NumberCliTypeItem
