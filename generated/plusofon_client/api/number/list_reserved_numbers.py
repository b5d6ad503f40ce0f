# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_reserved_list_request import NumberReservedListRequest
from ...models.number_reserved_page import NumberReservedPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NumberReservedListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/number/reserve",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage | None:
    if response.status_code == 200:
        response_200 = NumberReservedPage.from_dict(response.json())

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
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberReservedListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage]:
    """List reserved numbers

     Возвращает номера, зарезервированные (но ещё не купленные) в текущем личном кабинете,
    постранично (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"phone_type": ...}` (значение — заполнитель `"natus"`); здесь это необязательный фильтр
      по типу номера (`x-plusofon-curl-only`);
    - `reserved_untill` (так, с опечаткой, поле называется в ответе) — дата и время
      `YYYY-MM-DD HH:MM:SS` без часового пояса;
    - `id` описан как «ИД подключенного номера», хотя это запись резерва: его передают в
      `DELETE number/reserve/{reserve_number_id}`;
    - суммы `buy_price` и `period_price` — целые числа;
    - `number` — строка с `7` (`"74951919036"`), хотя `POST number/reserve` принимает номер
      целым числом;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberReservedListRequest | Unset): Необязательное JSON-тело `GET number/reserve`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage]
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
    body: NumberReservedListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage | None:
    """List reserved numbers

     Возвращает номера, зарезервированные (но ещё не купленные) в текущем личном кабинете,
    постранично (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"phone_type": ...}` (значение — заполнитель `"natus"`); здесь это необязательный фильтр
      по типу номера (`x-plusofon-curl-only`);
    - `reserved_untill` (так, с опечаткой, поле называется в ответе) — дата и время
      `YYYY-MM-DD HH:MM:SS` без часового пояса;
    - `id` описан как «ИД подключенного номера», хотя это запись резерва: его передают в
      `DELETE number/reserve/{reserve_number_id}`;
    - суммы `buy_price` и `period_price` — целые числа;
    - `number` — строка с `7` (`"74951919036"`), хотя `POST number/reserve` принимает номер
      целым числом;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberReservedListRequest | Unset): Необязательное JSON-тело `GET number/reserve`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage
    """

    return sync_detailed(
        client=client,
        body=body,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberReservedListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage]:
    """List reserved numbers

     Возвращает номера, зарезервированные (но ещё не купленные) в текущем личном кабинете,
    постранично (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"phone_type": ...}` (значение — заполнитель `"natus"`); здесь это необязательный фильтр
      по типу номера (`x-plusofon-curl-only`);
    - `reserved_untill` (так, с опечаткой, поле называется в ответе) — дата и время
      `YYYY-MM-DD HH:MM:SS` без часового пояса;
    - `id` описан как «ИД подключенного номера», хотя это запись резерва: его передают в
      `DELETE number/reserve/{reserve_number_id}`;
    - суммы `buy_price` и `period_price` — целые числа;
    - `number` — строка с `7` (`"74951919036"`), хотя `POST number/reserve` принимает номер
      целым числом;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberReservedListRequest | Unset): Необязательное JSON-тело `GET number/reserve`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage]
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
    body: NumberReservedListRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage | None:
    """List reserved numbers

     Возвращает номера, зарезервированные (но ещё не купленные) в текущем личном кабинете,
    постранично (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"phone_type": ...}` (значение — заполнитель `"natus"`); здесь это необязательный фильтр
      по типу номера (`x-plusofon-curl-only`);
    - `reserved_untill` (так, с опечаткой, поле называется в ответе) — дата и время
      `YYYY-MM-DD HH:MM:SS` без часового пояса;
    - `id` описан как «ИД подключенного номера», хотя это запись резерва: его передают в
      `DELETE number/reserve/{reserve_number_id}`;
    - суммы `buy_price` и `period_price` — целые числа;
    - `number` — строка с `7` (`"74951919036"`), хотя `POST number/reserve` принимает номер
      целым числом;
    - ссылки постраничной выдачи в примере указывают на `http://localhost`.

    Args:
        page (int | Unset):  Default: 1.
        body (NumberReservedListRequest | Unset): Необязательное JSON-тело `GET number/reserve`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberReservedPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page=page,
        )
    ).parsed
