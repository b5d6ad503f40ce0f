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

T = TypeVar("T", bound="CustomerBlock")


@_attrs_define
class CustomerBlock:
    """объект с существующими блокировками. В документации это объект с единственным полем
    `type`; что приходит, когда блокировок нет, не сказано (null в документации не
    показан, поэтому здесь объект с необязательным `type`).

        Attributes:
            type_ (str | Unset): Вид блокировки. В документации поле дано без описания и без типа; в примере —
                `"agreement"` (видимо, блокировка до заключения договора). Другие значения не
                перечислены, поэтому перечисления (enum) нет.
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

        customer_block = cls(
            type_=type_,
        )

        customer_block.additional_properties = d
        return customer_block

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
