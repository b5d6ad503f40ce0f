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

T = TypeVar("T", bound="AgreementFizResponse")


@_attrs_define
class AgreementFizResponse:
    """Ответ `GET agreement/fiz` — сохранённые данные в объекте `agreement`.

    Attributes:
        agreement (AgreementFizData): Сохранённые данные физического лица (объект `agreement` ответа `GET
            agreement/fiz`).
            Поля — как в таблице `fiz-save`, плюс файловые поля из примера ответа. Обязательных
            полей нет: черновик может быть сохранён неполным. Любое поле может быть `null` —
            значит, оно не сохранено: так в примере ответа приходят незагруженные файлы
            (`file_passport: null`), а о частично сохранённых данных документация молчит; `null`
            для прочих полей — наше прочтение того же правила.
        success (bool | Unset): признак успешно выполненного запроса (в примере страницы отсутствует)
    """

    agreement: AgreementFizData
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        agreement = self.agreement.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement": agreement,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            agreement = AgreementFizData.from_dict(d.pop("agreement"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "agreement", src_dict, "object") from _exc

        try:
            success = d.pop("success", UNSET)
            if not (success is UNSET or type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        agreement_fiz_response = cls(
            agreement=agreement,
            success=success,
        )

        agreement_fiz_response.additional_properties = d
        return agreement_fiz_response

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
from ..models.agreement_fiz_data import AgreementFizData
