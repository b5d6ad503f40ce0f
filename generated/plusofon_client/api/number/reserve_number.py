# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_reserve_request import NumberReserveRequest
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    *,
    body: NumberReserveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/number/reserve",
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
    body: NumberReserveRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Reserve a number

     Резервирует (но не покупает) номер с витрины, найденный через `number/search`.
    Купить зарезервированный номер — `POST number/buy`.

    Особенности:
    - `number` — целое число (номер с кодом города, например `4951332210`, как его отдаёт
      `number/search`), хотя везде в ответах номера — строки;
    - `short` — единственное описанное значение `1` («резерв на один час»); срок резерва без
      `short` не описан; в документации тип склеен со значением («integer1»), а описание — с
      началом примера curl;
    - ответ — только `{"success": true}` без ИД резерва: ИД (`id`) и срок (`reserved_untill`)
      нужно узнать через `GET number/reserve`;
    - все значения в примерах запроса документации — заполнители (`"number": 11`,
      `"owner_type": "sit"`, `"short": 17`).

    Args:
        body (NumberReserveRequest): Тело `POST number/reserve`.

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
    body: NumberReserveRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Reserve a number

     Резервирует (но не покупает) номер с витрины, найденный через `number/search`.
    Купить зарезервированный номер — `POST number/buy`.

    Особенности:
    - `number` — целое число (номер с кодом города, например `4951332210`, как его отдаёт
      `number/search`), хотя везде в ответах номера — строки;
    - `short` — единственное описанное значение `1` («резерв на один час»); срок резерва без
      `short` не описан; в документации тип склеен со значением («integer1»), а описание — с
      началом примера curl;
    - ответ — только `{"success": true}` без ИД резерва: ИД (`id`) и срок (`reserved_untill`)
      нужно узнать через `GET number/reserve`;
    - все значения в примерах запроса документации — заполнители (`"number": 11`,
      `"owner_type": "sit"`, `"short": 17`).

    Args:
        body (NumberReserveRequest): Тело `POST number/reserve`.

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
    body: NumberReserveRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Reserve a number

     Резервирует (но не покупает) номер с витрины, найденный через `number/search`.
    Купить зарезервированный номер — `POST number/buy`.

    Особенности:
    - `number` — целое число (номер с кодом города, например `4951332210`, как его отдаёт
      `number/search`), хотя везде в ответах номера — строки;
    - `short` — единственное описанное значение `1` («резерв на один час»); срок резерва без
      `short` не описан; в документации тип склеен со значением («integer1»), а описание — с
      началом примера curl;
    - ответ — только `{"success": true}` без ИД резерва: ИД (`id`) и срок (`reserved_untill`)
      нужно узнать через `GET number/reserve`;
    - все значения в примерах запроса документации — заполнители (`"number": 11`,
      `"owner_type": "sit"`, `"short": 17`).

    Args:
        body (NumberReserveRequest): Тело `POST number/reserve`.

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
    body: NumberReserveRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Reserve a number

     Резервирует (но не покупает) номер с витрины, найденный через `number/search`.
    Купить зарезервированный номер — `POST number/buy`.

    Особенности:
    - `number` — целое число (номер с кодом города, например `4951332210`, как его отдаёт
      `number/search`), хотя везде в ответах номера — строки;
    - `short` — единственное описанное значение `1` («резерв на один час»); срок резерва без
      `short` не описан; в документации тип склеен со значением («integer1»), а описание — с
      началом примера curl;
    - ответ — только `{"success": true}` без ИД резерва: ИД (`id`) и срок (`reserved_untill`)
      нужно узнать через `GET number/reserve`;
    - все значения в примерах запроса документации — заполнители (`"number": 11`,
      `"owner_type": "sit"`, `"short": 17`).

    Args:
        body (NumberReserveRequest): Тело `POST number/reserve`.

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
