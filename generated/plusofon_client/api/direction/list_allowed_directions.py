# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direction_allowed_list import DirectionAllowedList
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/direction",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    if response.status_code == 200:
        response_200 = DirectionAllowedList.from_dict(response.json())

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
) -> Response[DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound]:
    """List allowed call directions

     Возвращает направления вызовов, разрешённые в текущем личном кабинете. Параметров нет.

    Особенности:
    - `directions` — не массив, а объект, ключи которого — телефонные коды направлений
      (`"36"`, `"58"`), а значения — объекты направления;
    - здесь `code` — строка (`"36"`), тогда как в `GET /api/v1/directions` тот же код —
      целое число (`672`);
    - у разрешённого направления нет `id`, поэтому для `PUT /api/v1/direction` (добавление
      по `direction_ids`) ИД нужно брать из `GET /api/v1/directions`, а удаление
      (`DELETE /api/v1/direction`) идёт по кодам;
    - типы полей в документации не указаны (выведены из примера); `success` есть в
      примере, но не в перечне полей.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    """List allowed call directions

     Возвращает направления вызовов, разрешённые в текущем личном кабинете. Параметров нет.

    Особенности:
    - `directions` — не массив, а объект, ключи которого — телефонные коды направлений
      (`"36"`, `"58"`), а значения — объекты направления;
    - здесь `code` — строка (`"36"`), тогда как в `GET /api/v1/directions` тот же код —
      целое число (`672`);
    - у разрешённого направления нет `id`, поэтому для `PUT /api/v1/direction` (добавление
      по `direction_ids`) ИД нужно брать из `GET /api/v1/directions`, а удаление
      (`DELETE /api/v1/direction`) идёт по кодам;
    - типы полей в документации не указаны (выведены из примера); `success` есть в
      примере, но не в перечне полей.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound]:
    """List allowed call directions

     Возвращает направления вызовов, разрешённые в текущем личном кабинете. Параметров нет.

    Особенности:
    - `directions` — не массив, а объект, ключи которого — телефонные коды направлений
      (`"36"`, `"58"`), а значения — объекты направления;
    - здесь `code` — строка (`"36"`), тогда как в `GET /api/v1/directions` тот же код —
      целое число (`672`);
    - у разрешённого направления нет `id`, поэтому для `PUT /api/v1/direction` (добавление
      по `direction_ids`) ИД нужно брать из `GET /api/v1/directions`, а удаление
      (`DELETE /api/v1/direction`) идёт по кодам;
    - типы полей в документации не указаны (выведены из примера); `success` есть в
      примере, но не в перечне полей.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound | None:
    """List allowed call directions

     Возвращает направления вызовов, разрешённые в текущем личном кабинете. Параметров нет.

    Особенности:
    - `directions` — не массив, а объект, ключи которого — телефонные коды направлений
      (`"36"`, `"58"`), а значения — объекты направления;
    - здесь `code` — строка (`"36"`), тогда как в `GET /api/v1/directions` тот же код —
      целое число (`672`);
    - у разрешённого направления нет `id`, поэтому для `PUT /api/v1/direction` (добавление
      по `direction_ids`) ИД нужно брать из `GET /api/v1/directions`, а удаление
      (`DELETE /api/v1/direction`) идёт по кодам;
    - типы полей в документации не указаны (выведены из примера); `success` есть в
      примере, но не в перечне полей.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectionAllowedList | ErrorMessage | ErrorMessage | ErrorNotFound
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
