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

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Поля постраничной выдачи Laravel (без `total`, `last_page`, `last_page_url` —
    их не присылает `number/search`). Следующая страница — `?page=N`; конец — `next_page_url: null`.

        Attributes:
            current_page (int): номер текущей страницы
            next_page_url (None | str): адрес следующей страницы (null на последней)
            per_page (int): записей на странице
            first_page_url (str | Unset): адрес первой страницы
            from_ (int | None | Unset): порядковый номер первой записи страницы
            path (str | Unset): адрес выдачи без параметров
            prev_page_url (None | str | Unset): адрес предыдущей страницы (null на первой)
            to (int | None | Unset): порядковый номер последней записи страницы
            success (bool | Unset): признак успешно выполненного запроса
    """

    current_page: int
    next_page_url: None | str
    per_page: int
    first_page_url: str | Unset = UNSET
    from_: int | None | Unset = UNSET
    path: str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    to: int | None | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        next_page_url: None | str
        next_page_url = self.next_page_url

        per_page = self.per_page

        first_page_url = self.first_page_url

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        path = self.path

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "next_page_url": next_page_url,
                "per_page": per_page,
            }
        )
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if from_ is not UNSET:
            field_dict["from"] = from_
        if path is not UNSET:
            field_dict["path"] = path
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if to is not UNSET:
            field_dict["to"] = to
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            current_page = d.pop("current_page")
            if not (type(current_page) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "current_page", src_dict, "integer") from _exc

        try:
            next_page_url = d.pop("next_page_url")
            if not (type(next_page_url) is str or next_page_url is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "next_page_url", src_dict, "string or null") from _exc

        try:
            per_page = d.pop("per_page")
            if not (type(per_page) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "per_page", src_dict, "integer") from _exc

        try:
            first_page_url = d.pop("first_page_url", UNSET)
            if not (first_page_url is UNSET or type(first_page_url) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "first_page_url", src_dict, "string") from _exc

        try:
            from_ = d.pop("from", UNSET)
            if not (from_ is UNSET or type(from_) is int or from_ is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "from", src_dict, "integer or null") from _exc

        try:
            path = d.pop("path", UNSET)
            if not (path is UNSET or type(path) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "path", src_dict, "string") from _exc

        try:
            prev_page_url = d.pop("prev_page_url", UNSET)
            if not (prev_page_url is UNSET or type(prev_page_url) is str or prev_page_url is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "prev_page_url", src_dict, "string or null") from _exc

        try:
            to = d.pop("to", UNSET)
            if not (to is UNSET or type(to) is int or to is None):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "to", src_dict, "integer or null") from _exc

        try:
            success = d.pop("success", UNSET)
            if not (success is UNSET or type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        page_meta = cls(
            current_page=current_page,
            next_page_url=next_page_url,
            per_page=per_page,
            first_page_url=first_page_url,
            from_=from_,
            path=path,
            prev_page_url=prev_page_url,
            to=to,
            success=success,
        )

        page_meta.additional_properties = d
        return page_meta

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
