# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_info import CustomerInfo
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customer-info",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    if response.status_code == 200:
        response_200 = CustomerInfo.from_dict(response.json())

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
) -> Response[CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound]:
    """Get current customer info

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    """Get current customer info

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound]:
    """Get current customer info

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    """Get current customer info

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerInfo | ErrorMessage | ErrorMessage | ErrorNotFound
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
