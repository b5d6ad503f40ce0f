# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `customer` operations: `CustomerResource` (sync) and `AsyncCustomerResource` (async)."""

from __future__ import annotations

from functools import cached_property

from ..._arguments import ArgumentCheck, argument_error, check_argument, is_type
from ..._operations import OPERATIONS_BY_ID
from ..._request import APIRequest, APIResponse, AsyncRequester, Requester
from ...models.customer_info import CustomerInfo
from ...models.success import Success
from ...models.tfa_pin_request import TfaPinRequest
from ...models.tfa_status import TfaStatus
from ...types import UNSET, Unset

_CHECK_ENABLE_TFA__PIN: ArgumentCheck = is_type(str)
_CHECK_DISABLE_TFA__PIN: ArgumentCheck = is_type(str)


def _get_customer_info() -> APIRequest[CustomerInfo]:
    """The call of `get_customer_info`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_customer_info",
        "GET",
        "/api/v1/customer-info",
        CustomerInfo,
        OPERATIONS_BY_ID["get_customer_info"].side_effects,
    )


def _get_tfa_status() -> APIRequest[TfaStatus]:
    """The call of `get_tfa_status`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "get_tfa_status",
        "GET",
        "/api/v1/customer/tfa",
        TfaStatus,
        OPERATIONS_BY_ID["get_tfa_status"].side_effects,
    )


def _enable_tfa(
    *,
    pin: str | Unset,
) -> APIRequest[Success]:
    """The call of `enable_tfa`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("pin", pin, _CHECK_ENABLE_TFA__PIN, optional=True)
        body = TfaPinRequest(
            pin=pin,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("enable_tfa", error) from None

    return APIRequest(
        "enable_tfa",
        "PUT",
        "/api/v1/customer/tfa",
        Success,
        OPERATIONS_BY_ID["enable_tfa"].side_effects,
        json=body,
    )


def _disable_tfa(
    *,
    pin: str | Unset,
) -> APIRequest[Success]:
    """The call of `disable_tfa`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("pin", pin, _CHECK_DISABLE_TFA__PIN, optional=True)
        body = TfaPinRequest(
            pin=pin,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("disable_tfa", error) from None

    return APIRequest(
        "disable_tfa",
        "DELETE",
        "/api/v1/customer/tfa",
        Success,
        OPERATIONS_BY_ID["disable_tfa"].side_effects,
        json=body or None,
    )


class CustomerResource:
    """The `customer` operations."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomerResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return CustomerResourceWithRawResponse(self._client)

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
        return self._client.request(_get_customer_info())

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
        return self._client.request(_get_tfa_status())

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
        return self._client.request(
            _enable_tfa(
                pin=pin,
            )
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
        return self._client.request(
            _disable_tfa(
                pin=pin,
            )
        )


class AsyncCustomerResource:
    """The `customer` operations, async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomerResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncCustomerResourceWithRawResponse(self._client)

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
        return await self._client.request(_get_customer_info())

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
        return await self._client.request(_get_tfa_status())

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
        return await self._client.request(
            _enable_tfa(
                pin=pin,
            )
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
        return await self._client.request(
            _disable_tfa(
                pin=pin,
            )
        )


class CustomerResourceWithRawResponse:
    """The `customer` operations, returning the raw answer."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    def get_customer_info(
        self,
    ) -> APIResponse[CustomerInfo]:
        """`get_customer_info` (`GET /api/v1/customer-info`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_customer_info())

    def get_tfa_status(
        self,
    ) -> APIResponse[TfaStatus]:
        """`get_tfa_status` (`GET /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_get_tfa_status())

    def enable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`enable_tfa` (`PUT /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _enable_tfa(
                pin=pin,
            )
        )

    def disable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`disable_tfa` (`DELETE /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _disable_tfa(
                pin=pin,
            )
        )


class AsyncCustomerResourceWithRawResponse:
    """The `customer` operations, async, returning the raw answer."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def get_customer_info(
        self,
    ) -> APIResponse[CustomerInfo]:
        """`get_customer_info` (`GET /api/v1/customer-info`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_customer_info())

    async def get_tfa_status(
        self,
    ) -> APIResponse[TfaStatus]:
        """`get_tfa_status` (`GET /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_get_tfa_status())

    async def enable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`enable_tfa` (`PUT /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _enable_tfa(
                pin=pin,
            )
        )

    async def disable_tfa(
        self,
        *,
        pin: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`disable_tfa` (`DELETE /api/v1/customer/tfa`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _disable_tfa(
                pin=pin,
            )
        )


__all__ = [
    "AsyncCustomerResource",
    "AsyncCustomerResourceWithRawResponse",
    "CustomerResource",
    "CustomerResourceWithRawResponse",
]
