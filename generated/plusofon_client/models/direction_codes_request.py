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

T = TypeVar("T", bound="DirectionCodesRequest")


@_attrs_define
class DirectionCodesRequest:
    """Тело запроса удаления направлений из разрешённых.

    Attributes:
        codes (list[int | str] | Unset): Телефонные коды направлений, которые нужно убрать из разрешённых, — как их
            отдаёт
            `GET /api/v1/direction` (строка, например `"36"`) или числом (`36`, как в
            `GET /api/v1/directions`). В документации тип — `arrayi` (`array` со значком
            ссылки), тип элементов не указан, знака ⁎ нет (поэтому поле необязательно); в
            примерах — пустой массив-заполнитель.
    """

    codes: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        codes: list[int | str] | Unset = UNSET
        if not isinstance(self.codes, Unset):
            codes = []
            for codes_item_data in self.codes:
                codes_item: int | str
                codes_item = codes_item_data
                codes.append(codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codes is not UNSET:
            field_dict["codes"] = codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _codes = wire_list(d.pop("codes", UNSET))
            codes: list[int | str] | Unset = UNSET
            if _codes is not UNSET:
                codes = []
                for codes_item_data in _codes:

                    def _parse_codes_item(data: object) -> int | str:
                        return cast(int | str, data)

                    codes_item = _parse_codes_item(codes_item_data)

                    codes.append(codes_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "codes", src_dict, "array") from _exc

        direction_codes_request = cls(
            codes=codes,
        )

        direction_codes_request.additional_properties = d
        return direction_codes_request

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
