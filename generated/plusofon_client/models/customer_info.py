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

T = TypeVar("T", bound="CustomerInfo")


@_attrs_define
class CustomerInfo:
    """Общие данные текущего абонента. Типы полей в документации не указаны и выведены из
    примера. `finally_created` и `success` есть только в примере, в перечне полей их нет.

        Attributes:
            id (int): ИД абонента
            tariff (CustomerTariff): объект с текущим тарифом
            expiration_date (CustomerExpiration): объект со сроком тестового периода (несмотря на имя поля
                `expiration_date`, это объект,
                а не дата)
            block (CustomerBlock): объект с существующими блокировками. В документации это объект с единственным полем
                `type`; что приходит, когда блокировок нет, не сказано (null в документации не
                показан, поэтому здесь объект с необязательным `type`).
            unread_sms (int): количество непрочитанных SMS
            success (bool): признак успешно выполненного запроса (есть в примере, в перечне полей не описан)
            finally_created (bool | Unset): Есть только в примере ответа (`true`), в перечне полей не описано. По имени —
                признак того, что создание абонента (личного кабинета) завершено.
    """

    id: int
    tariff: CustomerTariff
    expiration_date: CustomerExpiration
    block: CustomerBlock
    unread_sms: int
    success: bool
    finally_created: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=mask_extra_fields
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tariff = self.tariff.to_dict()

        expiration_date = self.expiration_date.to_dict()

        block = self.block.to_dict()

        unread_sms = self.unread_sms

        success = self.success

        finally_created = self.finally_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tariff": tariff,
                "expiration_date": expiration_date,
                "block": block,
                "unread_sms": unread_sms,
                "success": success,
            }
        )
        if finally_created is not UNSET:
            field_dict["finally_created"] = finally_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not (type(id) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "id", src_dict, "integer") from _exc

        try:
            tariff = CustomerTariff.from_dict(d.pop("tariff"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "tariff", src_dict, "object") from _exc

        try:
            expiration_date = CustomerExpiration.from_dict(d.pop("expiration_date"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "expiration_date", src_dict, "object") from _exc

        try:
            block = CustomerBlock.from_dict(d.pop("block"))

        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "block", src_dict, "object") from _exc

        try:
            unread_sms = d.pop("unread_sms")
            if not (type(unread_sms) is int):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "unread_sms", src_dict, "integer") from _exc

        try:
            success = d.pop("success")
            if not (type(success) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "success", src_dict, "boolean") from _exc

        try:
            finally_created = d.pop("finally_created", UNSET)
            if not (finally_created is UNSET or type(finally_created) is bool):
                raise TypeError
        except Exception as _exc:  # `_exc`: a property may be called `error`
            raise field_error(_exc, "finally_created", src_dict, "boolean") from _exc

        customer_info = cls(
            id=id,
            tariff=tariff,
            expiration_date=expiration_date,
            block=block,
            unread_sms=unread_sms,
            success=success,
            finally_created=finally_created,
        )

        customer_info.additional_properties = d
        return customer_info

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
from ..models.customer_block import CustomerBlock
from ..models.customer_expiration import CustomerExpiration
from ..models.customer_tariff import CustomerTariff
