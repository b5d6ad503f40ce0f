# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreement_current_status import AgreementCurrentStatus
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agreement/current-status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    if response.status_code == 200:
        response_200 = AgreementCurrentStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorMessage | ErrorNotFound:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorNotFound.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = ErrorMessage.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorMessage.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorMessage.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorMessage.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorMessage.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound]:
    """Get current agreement status

     Возвращает текущий статус договора абонента: код и название статуса, номер (название)
    договора и его тип — ЮЛ, ФЛ или ИП. Параметров нет.

    Значения `type`:
    - `jur` — юридическое лицо;
    - `fiz` — физическое лицо;
    - `ip` — индивидуальный предприниматель.

    Особенности документации:
    - в перечне полей к описанию `status` приклеен лишний символ «i» (значок ссылки):
      «код статуса договора i»;
    - возможные коды `status` на странице не перечислены — их список отдаёт
      `GET agreement/statuses` (в примерах встречаются `empty` и `signed`), поэтому
      перечисление (enum) у `status` не задано;
    - `success` есть в примере, но отсутствует в перечне полей ответа;
    - что приходит в `type` и `name`, пока данные договора ещё не отправлены, документация
      не говорит; схема допускает `null` в обоих полях — это наше прочтение (договора ещё
      нет, статус `empty` «Не отправлен»).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    """Get current agreement status

     Возвращает текущий статус договора абонента: код и название статуса, номер (название)
    договора и его тип — ЮЛ, ФЛ или ИП. Параметров нет.

    Значения `type`:
    - `jur` — юридическое лицо;
    - `fiz` — физическое лицо;
    - `ip` — индивидуальный предприниматель.

    Особенности документации:
    - в перечне полей к описанию `status` приклеен лишний символ «i» (значок ссылки):
      «код статуса договора i»;
    - возможные коды `status` на странице не перечислены — их список отдаёт
      `GET agreement/statuses` (в примерах встречаются `empty` и `signed`), поэтому
      перечисление (enum) у `status` не задано;
    - `success` есть в примере, но отсутствует в перечне полей ответа;
    - что приходит в `type` и `name`, пока данные договора ещё не отправлены, документация
      не говорит; схема допускает `null` в обоих полях — это наше прочтение (договора ещё
      нет, статус `empty` «Не отправлен»).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound]:
    """Get current agreement status

     Возвращает текущий статус договора абонента: код и название статуса, номер (название)
    договора и его тип — ЮЛ, ФЛ или ИП. Параметров нет.

    Значения `type`:
    - `jur` — юридическое лицо;
    - `fiz` — физическое лицо;
    - `ip` — индивидуальный предприниматель.

    Особенности документации:
    - в перечне полей к описанию `status` приклеен лишний символ «i» (значок ссылки):
      «код статуса договора i»;
    - возможные коды `status` на странице не перечислены — их список отдаёт
      `GET agreement/statuses` (в примерах встречаются `empty` и `signed`), поэтому
      перечисление (enum) у `status` не задано;
    - `success` есть в примере, но отсутствует в перечне полей ответа;
    - что приходит в `type` и `name`, пока данные договора ещё не отправлены, документация
      не говорит; схема допускает `null` в обоих полях — это наше прочтение (договора ещё
      нет, статус `empty` «Не отправлен»).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    """Get current agreement status

     Возвращает текущий статус договора абонента: код и название статуса, номер (название)
    договора и его тип — ЮЛ, ФЛ или ИП. Параметров нет.

    Значения `type`:
    - `jur` — юридическое лицо;
    - `fiz` — физическое лицо;
    - `ip` — индивидуальный предприниматель.

    Особенности документации:
    - в перечне полей к описанию `status` приклеен лишний символ «i» (значок ссылки):
      «код статуса договора i»;
    - возможные коды `status` на странице не перечислены — их список отдаёт
      `GET agreement/statuses` (в примерах встречаются `empty` и `signed`), поэтому
      перечисление (enum) у `status` не задано;
    - `success` есть в примере, но отсутствует в перечне полей ответа;
    - что приходит в `type` и `name`, пока данные договора ещё не отправлены, документация
      не говорит; схема допускает `null` в обоих полях — это наше прочтение (договора ещё
      нет, статус `empty` «Не отправлен»).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementCurrentStatus | ErrorMessage | ErrorMessage | ErrorNotFound
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
