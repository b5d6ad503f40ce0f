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

T = TypeVar("T", bound="TfaStatus")


@_attrs_define
class TfaStatus:
    """Статус двухфакторной аутентификации.

    Attributes:
        tfa_active (bool): признак включенного режима двухфакторной аутентификации
        success (bool): признак успешно выполненного запроса
        message (str | Unset): сообщение об ошибке
    """

    tfa_active: bool
    success: bool
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        tfa_active = self.tfa_active

        success = self.success

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tfa_active": tfa_active,
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            tfa_active = d.pop("tfa_active")
            if not (type(tfa_active) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "tfa_active", src_dict, "boolean") from _exc

        try:
            success = d.pop("success")
            if not (type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        try:
            message = d.pop("message", UNSET)
            if not (message is UNSET or type(message) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "message", src_dict, "string") from _exc

        tfa_status = cls(
            tfa_active=tfa_active,
            success=success,
            message=message,
        )

        tfa_status.additional_properties = d
        return tfa_status

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
