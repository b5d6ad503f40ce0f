# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    reserve_number_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/number/reserve/{reserve_number_id}".format(
            reserve_number_id=quote(str(reserve_number_id), safe=""),
        ),
    }

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
    reserve_number_id: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Cancel a number reservation

     Отменяет резервирование номера.

    Особенности:
    - `reserve_number_id` документация типизирует как строку (в примере — `42`), хотя это
      `id` записи из `GET number/reserve` (там — целое число);
    - тела у запроса нет; ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        reserve_number_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]
    """

    kwargs = _get_kwargs(
        reserve_number_id=reserve_number_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reserve_number_id: int | str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Cancel a number reservation

     Отменяет резервирование номера.

    Особенности:
    - `reserve_number_id` документация типизирует как строку (в примере — `42`), хотя это
      `id` записи из `GET number/reserve` (там — целое число);
    - тела у запроса нет; ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        reserve_number_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | Success
    """

    return sync_detailed(
        reserve_number_id=reserve_number_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    reserve_number_id: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Cancel a number reservation

     Отменяет резервирование номера.

    Особенности:
    - `reserve_number_id` документация типизирует как строку (в примере — `42`), хотя это
      `id` записи из `GET number/reserve` (там — целое число);
    - тела у запроса нет; ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        reserve_number_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]
    """

    kwargs = _get_kwargs(
        reserve_number_id=reserve_number_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reserve_number_id: int | str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Cancel a number reservation

     Отменяет резервирование номера.

    Особенности:
    - `reserve_number_id` документация типизирует как строку (в примере — `42`), хотя это
      `id` записи из `GET number/reserve` (там — целое число);
    - тела у запроса нет; ответ описан как `success` и `message` («сообщение об ошибке»).

    Args:
        reserve_number_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | Success
    """

    return (
        await asyncio_detailed(
            reserve_number_id=reserve_number_id,
            client=client,
        )
    ).parsed
