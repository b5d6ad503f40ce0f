# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    not_an_object,
    wire_list,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectionIdsRequest")


@_attrs_define
class DirectionIdsRequest:
    """Тело запроса добавления разрешённых направлений.

    Attributes:
        direction_ids (list[int | str] | Unset): ИД направлений, которые нужно разрешить, — как их отдаёт `GET
            /api/v1/directions`
            (строка, например `"1"`) или тем же числом (`1`). В документации тип — `arrayi`
            (`array` со значком ссылки), тип элементов не указан, знака ⁎ нет (поэтому поле
            необязательно); в примерах — пустой массив-заполнитель.
    """

    direction_ids: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        direction_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.direction_ids, Unset):
            direction_ids = []
            for direction_ids_item_data in self.direction_ids:
                direction_ids_item: int | str
                direction_ids_item = direction_ids_item_data
                direction_ids.append(direction_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction_ids is not UNSET:
            field_dict["direction_ids"] = direction_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _direction_ids = wire_list(d.pop("direction_ids", UNSET))
            direction_ids: list[int | str] | Unset = UNSET
            if _direction_ids is not UNSET:
                direction_ids = []
                for direction_ids_item_data in _direction_ids:

                    def _parse_direction_ids_item(data: object) -> int | str:
                        return cast(int | str, data)

                    direction_ids_item = _parse_direction_ids_item(direction_ids_item_data)

                    direction_ids.append(direction_ids_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "direction_ids", src_dict, "array") from _exc

        direction_ids_request = cls(
            direction_ids=direction_ids,
        )

        direction_ids_request.additional_properties = d
        return direction_ids_request

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
