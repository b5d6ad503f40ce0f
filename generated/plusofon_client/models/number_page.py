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

T = TypeVar("T", bound="NumberPage")


@_attrs_define
class NumberPage:
    """Постраничный список подключенных номеров (Laravel, 15 на странице).

    Attributes:
        current_page (int): номер текущей страницы
        next_page_url (None | str): адрес следующей страницы (null на последней)
        per_page (int): записей на странице
        last_page (int): номер последней страницы
        total (int): всего записей
        data (list[NumberItem]): подключенные номера
        first_page_url (str | Unset): адрес первой страницы
        from_ (int | None | Unset): порядковый номер первой записи страницы
        path (str | Unset): адрес выдачи без параметров
        prev_page_url (None | str | Unset): адрес предыдущей страницы (null на первой)
        to (int | None | Unset): порядковый номер последней записи страницы
        success (bool | Unset): признак успешно выполненного запроса
        last_page_url (str | Unset): адрес последней страницы
    """

    current_page: int
    next_page_url: None | str
    per_page: int
    last_page: int
    total: int
    data: list[NumberItem]
    first_page_url: str | Unset = UNSET
    from_: int | None | Unset = UNSET
    path: str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    to: int | None | Unset = UNSET
    success: bool | Unset = UNSET
    last_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        next_page_url: None | str
        next_page_url = self.next_page_url

        per_page = self.per_page

        last_page = self.last_page

        total = self.total

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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

        last_page_url = self.last_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "next_page_url": next_page_url,
                "per_page": per_page,
                "last_page": last_page,
                "total": total,
                "data": data,
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
        if last_page_url is not UNSET:
            field_dict["last_page_url"] = last_page_url

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
            last_page = d.pop("last_page")
            if not (type(last_page) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_page", src_dict, "integer") from _exc

        try:
            total = d.pop("total")
            if not (type(total) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "total", src_dict, "integer") from _exc

        try:
            data = []
            _data = wire_list(d.pop("data"))
            for data_item_data in _data:
                data_item = NumberItem.from_dict(data_item_data)

                data.append(data_item)

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "data", src_dict, "array") from _exc

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

        try:
            last_page_url = d.pop("last_page_url", UNSET)
            if not (last_page_url is UNSET or type(last_page_url) is str):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "last_page_url", src_dict, "string") from _exc

        number_page = cls(
            current_page=current_page,
            next_page_url=next_page_url,
            per_page=per_page,
            last_page=last_page,
            total=total,
            data=data,
            first_page_url=first_page_url,
            from_=from_,
            path=path,
            prev_page_url=prev_page_url,
            to=to,
            success=success,
            last_page_url=last_page_url,
        )

        number_page.additional_properties = d
        return number_page

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
from ..models.number_item import NumberItem
