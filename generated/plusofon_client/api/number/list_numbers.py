# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_list_request import NumberListRequest
from ...models.number_page import NumberPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NumberListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/number",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage | None:
    if response.status_code == 200:
        response_200 = NumberPage.from_dict(response.json())

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
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage]:
    """List connected numbers

     Возвращает все телефонные номера, подключенные в текущем личном кабинете, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - фильтр `phone_type` передаётся JSON-телом GET-запроса (так его показывает документация);
      тело необязательно. В примерах запроса значение — заполнитель `"nihil"`;
    - суммы `period_price` и `buy_price` приходят целыми числами (`99`), а не строками;
    - `black_list`, `following`, `integration_following` могут быть `null`;
    - `cli_type` внутри `following` и `integration_following` — человекочитаемое название
      режима АОНа («Номер и имя звонящего»), а не код `Y`/`N`, который принимает `number/follow`;
    - `number` — строка в международном формате с `7` (`"79309993750"`), в отличие от
      `number/search`, где номер приходит без кода страны;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberListRequest | Unset): Необязательное JSON-тело `GET number` (фильтр).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NumberListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage | None:
    """List connected numbers

     Возвращает все телефонные номера, подключенные в текущем личном кабинете, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - фильтр `phone_type` передаётся JSON-телом GET-запроса (так его показывает документация);
      тело необязательно. В примерах запроса значение — заполнитель `"nihil"`;
    - суммы `period_price` и `buy_price` приходят целыми числами (`99`), а не строками;
    - `black_list`, `following`, `integration_following` могут быть `null`;
    - `cli_type` внутри `following` и `integration_following` — человекочитаемое название
      режима АОНа («Номер и имя звонящего»), а не код `Y`/`N`, который принимает `number/follow`;
    - `number` — строка в международном формате с `7` (`"79309993750"`), в отличие от
      `number/search`, где номер приходит без кода страны;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberListRequest | Unset): Необязательное JSON-тело `GET number` (фильтр).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage
    """

    return sync_detailed(
        client=client,
        body=body,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage]:
    """List connected numbers

     Возвращает все телефонные номера, подключенные в текущем личном кабинете, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - фильтр `phone_type` передаётся JSON-телом GET-запроса (так его показывает документация);
      тело необязательно. В примерах запроса значение — заполнитель `"nihil"`;
    - суммы `period_price` и `buy_price` приходят целыми числами (`99`), а не строками;
    - `black_list`, `following`, `integration_following` могут быть `null`;
    - `cli_type` внутри `following` и `integration_following` — человекочитаемое название
      режима АОНа («Номер и имя звонящего»), а не код `Y`/`N`, который принимает `number/follow`;
    - `number` — строка в международном формате с `7` (`"79309993750"`), в отличие от
      `number/search`, где номер приходит без кода страны;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberListRequest | Unset): Необязательное JSON-тело `GET number` (фильтр).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NumberListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage | None:
    """List connected numbers

     Возвращает все телефонные номера, подключенные в текущем личном кабинете, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - фильтр `phone_type` передаётся JSON-телом GET-запроса (так его показывает документация);
      тело необязательно. В примерах запроса значение — заполнитель `"nihil"`;
    - суммы `period_price` и `buy_price` приходят целыми числами (`99`), а не строками;
    - `black_list`, `following`, `integration_following` могут быть `null`;
    - `cli_type` внутри `following` и `integration_following` — человекочитаемое название
      режима АОНа («Номер и имя звонящего»), а не код `Y`/`N`, который принимает `number/follow`;
    - `number` — строка в международном формате с `7` (`"79309993750"`), в отличие от
      `number/search`, где номер приходит без кода страны;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberListRequest | Unset): Необязательное JSON-тело `GET number` (фильтр).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page=page,
        )
    ).parsed
