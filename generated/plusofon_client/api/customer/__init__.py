# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `customer` operations: an endpoint module per operation, and the resource classes
`CustomerResource` (sync) and `AsyncCustomerResource` (async) with one method per operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import (
    AsyncRequester,
    RawResponse,
    Requester,
    check_argument,
    is_type,
    optional_body,
)

if TYPE_CHECKING:
    from ...models.customer_info import CustomerInfo
    from ...models.success import Success
    from ...models.tfa_pin_request import TfaPinRequest
    from ...models.tfa_status import TfaStatus
    from .. import ArgumentCheck
    from . import disable_tfa as _disable_tfa
    from . import enable_tfa as _enable_tfa
    from . import get_customer_info as _get_customer_info
    from . import get_tfa_status as _get_tfa_status

    _CHECK_ENABLE_TFA__PIN: ArgumentCheck
    _CHECK_DISABLE_TFA__PIN: ArgumentCheck


def _enable_tfa_kwargs(
    *,
    pin: str | Unset,
) -> dict[str, Any]:
    """Check the arguments of `enable_tfa`, build its body; return its `_get_kwargs`."""
    check_argument("pin", pin, _CHECK_ENABLE_TFA__PIN, optional=True)
    body = TfaPinRequest(
        pin=pin,
    )
    return _enable_tfa._get_kwargs(
        body=body,
    )


def _disable_tfa_kwargs(
    *,
    pin: str | Unset,
) -> dict[str, Any]:
    """Check the arguments of `disable_tfa`, build its body; return its `_get_kwargs`."""
    check_argument("pin", pin, _CHECK_DISABLE_TFA__PIN, optional=True)
    body = optional_body(
        TfaPinRequest(
            pin=pin,
        )
    )
    return _disable_tfa._get_kwargs(
        body=body,
    )


class CustomerResource:
    """The `customer` operations."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> CustomerResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return CustomerResourceWithRawResponse(self._requester)

    def get_customer_info(
        self,
    ) -> CustomerInfo:
        """Get current customer info (`GET /api/v1/customer-info`).

        Возвращает общие сведения о текущем абоненте: ИД, тариф, срок тестового периода,
        блокировки и число непрочитанных SMS. Параметров нет.

        Особенности документации:
        - в перечне полей ответа типы не указаны — они выведены из примера;
        - `expiration_date`, несмотря на имя, не дата, а объект `{days, expiration}`;
          `expiration` приходит как `YYYY-MM-DD HH:MM:SS` без часового пояса;
        - поле `type` объекта `block` дано в перечне без описания и без отметки «/» вложенного
          поля (как будто оно верхнего уровня), хотя в примере оно лежит внутри `block`;
          значение в примере — `"agreement"`, прочие значения не перечислены;
        - `block` описан как «объект с существующими блокировками» (во множественном числе),
          но в примере это один объект с одним `type`;
        - поля `finally_created` и `success` есть в примере, но отсутствуют в перечне полей.

        Returns:
            CustomerInfo: the parsed success response.
        """
        if _PENDING:
            _load()
        return self._requester.request(
            "get_customer_info",
            _get_customer_info._get_kwargs,
            {},
            CustomerInfo,
        )

    def get_tfa_status(
        self,
    ) -> TfaStatus:
        """Get two-factor authentication status (`GET /api/v1/customer/tfa`).

        Возвращает, включена ли у текущего абонента двухфакторная аутентификация. Параметров нет.

        Особенность: по документации в ответе «может возвращаться» также `message` —
        сообщение об ошибке; пример показывает только `tfa_active` и `success`.

        Returns:
            TfaStatus: the parsed success response.
        """
        if _PENDING:
            _load()
        return self._requester.request(
            "get_tfa_status",
            _get_tfa_status._get_kwargs,
            {},
            TfaStatus,
        )

    def enable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> Success:
        """Enable two-factor authentication (`PUT /api/v1/customer/tfa`).

        Включает двухфакторную аутентификацию для текущего абонента. В JSON-теле передаётся
        `pin` — PIN-код для подтверждения действия.

        Особенности документации:
        - у поля `pin` нет описания, а тип записан как `stringi` (слово `string`, склеенное
          со значком ссылки) — здесь это строка;
        - `pin` не отмечен знаком ⁎, поэтому в схеме он необязателен, хотя без PIN
          подтвердить включение, по-видимому, нельзя;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            pin (str | Unset): PIN-код для подтверждения действия. В документации поле без описания, тип
                записан
                как `stringi` (`string` со значком ссылки), знака ⁎ нет — поэтому необязательное.
                Пример в документации — `"1234"`.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        if _PENDING:
            _load()
        return self._requester.request(
            "enable_tfa",
            _enable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )

    def disable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> Success:
        """Disable two-factor authentication (`DELETE /api/v1/customer/tfa`).

        Отключает двухфакторную аутентификацию для текущего абонента. PIN-код для
        подтверждения передаётся в JSON-теле (`pin`).

        Особенности документации:
        - запрос DELETE с JSON-телом — нестандартно: часть HTTP-клиентов и прокси тело у
          DELETE не передают;
        - у поля `pin` нет описания, тип записан как `stringi` (`string` со значком ссылки) —
          здесь это строка;
        - `pin` не отмечен знаком ⁎, поэтому в схеме он необязателен; а раз в теле нет ни
          одного обязательного поля, то и само тело у этого DELETE необязательно (запрос без
          тела равнозначен `{}`) — это наше прочтение, документация об этом не говорит;
        - без `pin` (или с неверным PIN) включённая двухфакторная аутентификация не
          отключится: такой запрос корректен по схеме, но невозможен в текущем состоянии,
          поэтому ответ на него здесь — 409 (коды ошибок на странице не показаны);
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            pin (str | Unset): PIN-код для подтверждения действия. В документации поле без описания, тип
                записан
                как `stringi` (`string` со значком ссылки), знака ⁎ нет — поэтому необязательное.
                Пример в документации — `"1234"`.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        if _PENDING:
            _load()
        return self._requester.request(
            "disable_tfa",
            _disable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )


class AsyncCustomerResource:
    """The `customer` operations, async."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncCustomerResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncCustomerResourceWithRawResponse(self._requester)

    async def get_customer_info(
        self,
    ) -> CustomerInfo:
        """Get current customer info (`GET /api/v1/customer-info`).

        Возвращает общие сведения о текущем абоненте: ИД, тариф, срок тестового периода,
        блокировки и число непрочитанных SMS. Параметров нет.

        Особенности документации:
        - в перечне полей ответа типы не указаны — они выведены из примера;
        - `expiration_date`, несмотря на имя, не дата, а объект `{days, expiration}`;
          `expiration` приходит как `YYYY-MM-DD HH:MM:SS` без часового пояса;
        - поле `type` объекта `block` дано в перечне без описания и без отметки «/» вложенного
          поля (как будто оно верхнего уровня), хотя в примере оно лежит внутри `block`;
          значение в примере — `"agreement"`, прочие значения не перечислены;
        - `block` описан как «объект с существующими блокировками» (во множественном числе),
          но в примере это один объект с одним `type`;
        - поля `finally_created` и `success` есть в примере, но отсутствуют в перечне полей.

        Returns:
            CustomerInfo: the parsed success response.
        """
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_customer_info",
            _get_customer_info._get_kwargs,
            {},
            CustomerInfo,
        )

    async def get_tfa_status(
        self,
    ) -> TfaStatus:
        """Get two-factor authentication status (`GET /api/v1/customer/tfa`).

        Возвращает, включена ли у текущего абонента двухфакторная аутентификация. Параметров нет.

        Особенность: по документации в ответе «может возвращаться» также `message` —
        сообщение об ошибке; пример показывает только `tfa_active` и `success`.

        Returns:
            TfaStatus: the parsed success response.
        """
        if _PENDING:
            _load()
        return await self._requester.request(
            "get_tfa_status",
            _get_tfa_status._get_kwargs,
            {},
            TfaStatus,
        )

    async def enable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> Success:
        """Enable two-factor authentication (`PUT /api/v1/customer/tfa`).

        Включает двухфакторную аутентификацию для текущего абонента. В JSON-теле передаётся
        `pin` — PIN-код для подтверждения действия.

        Особенности документации:
        - у поля `pin` нет описания, а тип записан как `stringi` (слово `string`, склеенное
          со значком ссылки) — здесь это строка;
        - `pin` не отмечен знаком ⁎, поэтому в схеме он необязателен, хотя без PIN
          подтвердить включение, по-видимому, нельзя;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            pin (str | Unset): PIN-код для подтверждения действия. В документации поле без описания, тип
                записан
                как `stringi` (`string` со значком ссылки), знака ⁎ нет — поэтому необязательное.
                Пример в документации — `"1234"`.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        if _PENDING:
            _load()
        return await self._requester.request(
            "enable_tfa",
            _enable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )

    async def disable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> Success:
        """Disable two-factor authentication (`DELETE /api/v1/customer/tfa`).

        Отключает двухфакторную аутентификацию для текущего абонента. PIN-код для
        подтверждения передаётся в JSON-теле (`pin`).

        Особенности документации:
        - запрос DELETE с JSON-телом — нестандартно: часть HTTP-клиентов и прокси тело у
          DELETE не передают;
        - у поля `pin` нет описания, тип записан как `stringi` (`string` со значком ссылки) —
          здесь это строка;
        - `pin` не отмечен знаком ⁎, поэтому в схеме он необязателен; а раз в теле нет ни
          одного обязательного поля, то и само тело у этого DELETE необязательно (запрос без
          тела равнозначен `{}`) — это наше прочтение, документация об этом не говорит;
        - без `pin` (или с неверным PIN) включённая двухфакторная аутентификация не
          отключится: такой запрос корректен по схеме, но невозможен в текущем состоянии,
          поэтому ответ на него здесь — 409 (коды ошибок на странице не показаны);
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            pin (str | Unset): PIN-код для подтверждения действия. В документации поле без описания, тип
                записан
                как `stringi` (`string` со значком ссылки), знака ⁎ нет — поэтому необязательное.
                Пример в документации — `"1234"`.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        if _PENDING:
            _load()
        return await self._requester.request(
            "disable_tfa",
            _disable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )


class CustomerResourceWithRawResponse:
    """The `customer` operations, returning the raw answer."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get_customer_info(
        self,
    ) -> RawResponse[CustomerInfo]:
        """`get_customer_info` (`GET /api/v1/customer-info`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_customer_info",
            _get_customer_info._get_kwargs,
            {},
            CustomerInfo,
        )

    def get_tfa_status(
        self,
    ) -> RawResponse[TfaStatus]:
        """`get_tfa_status` (`GET /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "get_tfa_status",
            _get_tfa_status._get_kwargs,
            {},
            TfaStatus,
        )

    def enable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`enable_tfa` (`PUT /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "enable_tfa",
            _enable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )

    def disable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`disable_tfa` (`DELETE /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "disable_tfa",
            _disable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )


class AsyncCustomerResourceWithRawResponse:
    """The `customer` operations, async, returning the raw answer."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get_customer_info(
        self,
    ) -> RawResponse[CustomerInfo]:
        """`get_customer_info` (`GET /api/v1/customer-info`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_customer_info",
            _get_customer_info._get_kwargs,
            {},
            CustomerInfo,
        )

    async def get_tfa_status(
        self,
    ) -> RawResponse[TfaStatus]:
        """`get_tfa_status` (`GET /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "get_tfa_status",
            _get_tfa_status._get_kwargs,
            {},
            TfaStatus,
        )

    async def enable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`enable_tfa` (`PUT /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "enable_tfa",
            _enable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )

    async def disable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`disable_tfa` (`DELETE /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "disable_tfa",
            _disable_tfa_kwargs,
            {
                "pin": pin,
            },
            Success,
        )


_PENDING = True


def _load() -> None:
    """Import the endpoint modules and models of this tag, build the argument checks (once)."""
    global _PENDING
    global CustomerInfo
    global Success
    global TfaPinRequest
    global TfaStatus
    global _get_customer_info
    global _get_tfa_status
    global _enable_tfa
    global _disable_tfa
    global _CHECK_ENABLE_TFA__PIN
    global _CHECK_DISABLE_TFA__PIN
    from ...models.customer_info import CustomerInfo
    from ...models.success import Success
    from ...models.tfa_pin_request import TfaPinRequest
    from ...models.tfa_status import TfaStatus
    from . import disable_tfa as _disable_tfa
    from . import enable_tfa as _enable_tfa
    from . import get_customer_info as _get_customer_info
    from . import get_tfa_status as _get_tfa_status

    _CHECK_ENABLE_TFA__PIN = is_type(str)
    _CHECK_DISABLE_TFA__PIN = is_type(str)

    _PENDING = False


if not TYPE_CHECKING:
    import importlib

    _ENDPOINT_MODULES = frozenset(
        {
            "get_customer_info",
            "get_tfa_status",
            "enable_tfa",
            "disable_tfa",
        }
    )

    def __getattr__(name):
        """What the module imported eagerly before `_load` (endpoint modules, models)."""
        if name in _ENDPOINT_MODULES:  # also how `_load`'s `from . import <module>` finds them
            return importlib.import_module(f"{__name__}.{name}")
        if _PENDING:
            _load()
            if name in globals():
                return globals()[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncCustomerResource",
    "AsyncCustomerResourceWithRawResponse",
    "CustomerResource",
    "CustomerResourceWithRawResponse",
]
