# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `customer` operations: an endpoint module per operation, and the resource classes
`CustomerResource` (sync) and `AsyncCustomerResource` (async) with one method per operation."""

from __future__ import annotations

from ...client import AuthenticatedClient
from ...models.customer_info import CustomerInfo
from ...models.success import Success
from ...models.tfa_pin_request import TfaPinRequest
from ...models.tfa_status import TfaStatus
from ...types import UNSET, Unset
from .. import AsyncInvoke, Invoke, check_argument, is_type
from . import disable_tfa as _disable_tfa
from . import enable_tfa as _enable_tfa
from . import get_customer_info as _get_customer_info
from . import get_tfa_status as _get_tfa_status


def _enable_tfa_request(
    *,
    pin: str | Unset,
) -> TfaPinRequest:
    """Check the arguments of `enable_tfa` before anything is sent; build its body."""
    check_argument("pin", pin, is_type(str), optional=True)
    return TfaPinRequest(
        pin=pin,
    )


def _disable_tfa_request(
    *,
    pin: str | Unset,
) -> TfaPinRequest:
    """Check the arguments of `disable_tfa` before anything is sent; build its body."""
    check_argument("pin", pin, is_type(str), optional=True)
    return TfaPinRequest(
        pin=pin,
    )


class CustomerResource:
    """The `customer` operations, sent through `invoke` (`plusofon_client.api.Invoke`)."""

    def __init__(self, client: AuthenticatedClient, invoke: Invoke) -> None:
        self._client = client
        self._invoke = invoke

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
        return self._invoke(
            "get_customer_info",
            _get_customer_info.sync_detailed,
            CustomerInfo,
            client=self._client,
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
        return self._invoke(
            "get_tfa_status",
            _get_tfa_status.sync_detailed,
            TfaStatus,
            client=self._client,
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
            TypeError, ValueError: an argument has the wrong type or value (nothing was sent).
        """
        body = _enable_tfa_request(
            pin=pin,
        )
        return self._invoke(
            "enable_tfa",
            _enable_tfa.sync_detailed,
            Success,
            client=self._client,
            body=body,
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
        - `pin` не отмечен знаком ⁎, поэтому в схеме он необязателен;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            pin (str | Unset): PIN-код для подтверждения действия. В документации поле без описания, тип
                записан
                как `stringi` (`string` со значком ссылки), знака ⁎ нет — поэтому необязательное.
                Пример в документации — `"1234"`.

        Returns:
            Success: the parsed success response.

        Raises:
            TypeError, ValueError: an argument has the wrong type or value (nothing was sent).
        """
        body = _disable_tfa_request(
            pin=pin,
        )
        return self._invoke(
            "disable_tfa",
            _disable_tfa.sync_detailed,
            Success,
            client=self._client,
            body=body,
        )


class AsyncCustomerResource:
    """The `customer` operations, sent through `invoke` (`plusofon_client.api.AsyncInvoke`)."""

    def __init__(self, client: AuthenticatedClient, invoke: AsyncInvoke) -> None:
        self._client = client
        self._invoke = invoke

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
        return await self._invoke(
            "get_customer_info",
            _get_customer_info.asyncio_detailed,
            CustomerInfo,
            client=self._client,
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
        return await self._invoke(
            "get_tfa_status",
            _get_tfa_status.asyncio_detailed,
            TfaStatus,
            client=self._client,
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
            TypeError, ValueError: an argument has the wrong type or value (nothing was sent).
        """
        body = _enable_tfa_request(
            pin=pin,
        )
        return await self._invoke(
            "enable_tfa",
            _enable_tfa.asyncio_detailed,
            Success,
            client=self._client,
            body=body,
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
        - `pin` не отмечен знаком ⁎, поэтому в схеме он необязателен;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            pin (str | Unset): PIN-код для подтверждения действия. В документации поле без описания, тип
                записан
                как `stringi` (`string` со значком ссылки), знака ⁎ нет — поэтому необязательное.
                Пример в документации — `"1234"`.

        Returns:
            Success: the parsed success response.

        Raises:
            TypeError, ValueError: an argument has the wrong type or value (nothing was sent).
        """
        body = _disable_tfa_request(
            pin=pin,
        )
        return await self._invoke(
            "disable_tfa",
            _disable_tfa.asyncio_detailed,
            Success,
            client=self._client,
            body=body,
        )


__all__ = ["AsyncCustomerResource", "CustomerResource"]
