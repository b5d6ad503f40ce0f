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

T = TypeVar("T", bound="AgreementEsiaUrl")


@_attrs_define
class AgreementEsiaUrl:
    """Адрес для авторизации через Госуслуги (`GET agreement/esia`).

    Attributes:
        url (str): URL для авторизации через Госуслуги (есть в примере, нет в перечне полей)
        success (bool): признак успешно выполненного запроса
        message (str | Unset): сообщение об ошибке
    """

    url: str
    success: bool
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        success = self.success

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
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
            url = d.pop("url")
            if not (type(url) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "url", src_dict, "string") from _exc

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

        agreement_esia_url = cls(
            url=url,
            success=success,
            message=message,
        )

        agreement_esia_url.additional_properties = d
        return agreement_esia_url

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
