# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._wire import (
    field_error,
    mask_extra_fields,
    not_an_object,
    wire_list,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AgreementUploadRequest")


@_attrs_define
class AgreementUploadRequest:
    """Тело `POST agreement/upload` (`multipart/form-data`): файлы подписанного договора.
    На странице поле не отмечено ⁎ и не описано, а примеры шлют JSON `{"files":[]}`.
    Поле формы — `files[]` (в документации `files`), по одной части на файл: сервер на PHP
    собирает список из `files[]`; из повторённых `files` без скобок остаётся последний, а
    `files[][0]` (клиент `openapi-generator -g php`) даёт вложенные массивы.

        Attributes:
            files (list[File] | Unset): файлы подписанного договора, по одной части `files[]` на файл (на странице описания
                нет, тип записан как `arraycurl` — `array`, склеенный с началом примера curl)
    """

    files: list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files[]"] = files

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.files, Unset):
            for files_item_element in self.files:
                files.append(("files[]", files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _files = wire_list(d.pop("files[]", UNSET))
            files: list[File] | Unset = UNSET
            if _files is not UNSET:
                files = []
                for files_item_data in _files:
                    files_item = File(payload=BytesIO(files_item_data))

                    files.append(files_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "files[]", src_dict, "array") from _exc

        agreement_upload_request = cls(
            files=files,
        )

        agreement_upload_request.additional_properties = d
        return agreement_upload_request

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
