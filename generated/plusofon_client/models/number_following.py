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

T = TypeVar("T", bound="NumberFollowing")


@_attrs_define
class NumberFollowing:
    """Параметры переадресации номера. `cli_type` здесь — название режима АОНа
    («Номер и имя звонящего»), а не код `Y`/`N`.

        Attributes:
            name (str | Unset): имя сущности (куда переадресуются вызовы, например «Sip аккаунт test@plusofontest.ru»)
            cli_type (str | Unset): режим показа АОНа — название режима («Номер и имя звонящего»), не код `Y`/`N`
    """

    name: str | Unset = UNSET
    cli_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cli_type = self.cli_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if cli_type is not UNSET:
            field_dict["cli_type"] = cli_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not (name is UNSET or type(name) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "name", src_dict, "string") from _exc

        try:
            cli_type = d.pop("cli_type", UNSET)
            if not (cli_type is UNSET or type(cli_type) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "cli_type", src_dict, "string") from _exc

        number_following = cls(
            name=name,
            cli_type=cli_type,
        )

        number_following.additional_properties = d
        return number_following

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
