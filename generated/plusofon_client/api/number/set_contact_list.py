# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_contact_list_request import NumberContactListRequest
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    *,
    body: NumberContactListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/number/contact-list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

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
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberContactListRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Assign or remove a black list for numbers

     Назначает подключенным номерам (`numbers` — ИД номеров из `GET number`) чёрный список
    (список контактов `contact_list_id`).

    Особенности:
    - `contact_list_id` в таблице помечен обязательным (⁎), но текст под таблицей говорит, что
      для отключения чёрного списка запрос отправляют без `contact_list_id`. Здесь поле
      необязательное: с ним список назначается, без него — снимается;
    - ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        body (NumberContactListRequest): Тело `PATCH number/contact-list`. `contact_list_id` в
            таблице помечен ⁎, но текст велит не
            передавать его, чтобы отключить чёрный список, поэтому поле необязательное.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NumberContactListRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Assign or remove a black list for numbers

     Назначает подключенным номерам (`numbers` — ИД номеров из `GET number`) чёрный список
    (список контактов `contact_list_id`).

    Особенности:
    - `contact_list_id` в таблице помечен обязательным (⁎), но текст под таблицей говорит, что
      для отключения чёрного списка запрос отправляют без `contact_list_id`. Здесь поле
      необязательное: с ним список назначается, без него — снимается;
    - ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        body (NumberContactListRequest): Тело `PATCH number/contact-list`. `contact_list_id` в
            таблице помечен ⁎, но текст велит не
            передавать его, чтобы отключить чёрный список, поэтому поле необязательное.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | Success
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberContactListRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Assign or remove a black list for numbers

     Назначает подключенным номерам (`numbers` — ИД номеров из `GET number`) чёрный список
    (список контактов `contact_list_id`).

    Особенности:
    - `contact_list_id` в таблице помечен обязательным (⁎), но текст под таблицей говорит, что
      для отключения чёрного списка запрос отправляют без `contact_list_id`. Здесь поле
      необязательное: с ним список назначается, без него — снимается;
    - ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        body (NumberContactListRequest): Тело `PATCH number/contact-list`. `contact_list_id` в
            таблице помечен ⁎, но текст велит не
            передавать его, чтобы отключить чёрный список, поэтому поле необязательное.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NumberContactListRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Assign or remove a black list for numbers

     Назначает подключенным номерам (`numbers` — ИД номеров из `GET number`) чёрный список
    (список контактов `contact_list_id`).

    Особенности:
    - `contact_list_id` в таблице помечен обязательным (⁎), но текст под таблицей говорит, что
      для отключения чёрного списка запрос отправляют без `contact_list_id`. Здесь поле
      необязательное: с ним список назначается, без него — снимается;
    - ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        body (NumberContactListRequest): Тело `PATCH number/contact-list`. `contact_list_id` в
            таблице помечен ⁎, но текст велит не
            передавать его, чтобы отключить чёрный список, поэтому поле необязательное.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | Success
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
