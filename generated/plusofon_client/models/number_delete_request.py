# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import (
    field_error,
    mask_extra_fields,
    mask_personal_data,
    not_an_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberDeleteRequest")


@_attrs_define
class NumberDeleteRequest:
    """Необязательное JSON-тело `DELETE number/{number_id}`.

    Attributes:
        pin (str | Unset): PIN. Поле есть только в примерах запроса (curl/JS/PHP/Python), в таблице параметров его
            нет; значение там — заполнитель `"quo"`. Назначение не описано (вероятно, PIN
            двухфакторной аутентификации, как в `customer/tfa`).
    """

    pin: str | Unset = _attrs_field(default=UNSET, repr=mask_personal_data)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            pin = d.pop("pin", UNSET)
            if not (pin is UNSET or type(pin) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "pin", src_dict, "string") from _exc

        number_delete_request = cls(
            pin=pin,
        )

        number_delete_request.additional_properties = d
        return number_delete_request

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
