# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_search_page import NumberSearchPage
from ...models.number_search_request import NumberSearchRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NumberSearchRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/number/search",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage | None:
    if response.status_code == 200:
        response_200 = NumberSearchPage.from_dict(response.json())

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
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberSearchRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage]:
    """Search the number showcase

     Ищет на витрине свободные номера для покупки. Фильтры (все необязательные) передаются
    JSON-телом GET-запроса. Выдача постраничная (Laravel, по 20 записей на странице, `?page=N`).

    Особенности:
    - фильтры из тела нужно повторять в запросе каждой страницы: ссылки `next_page_url` и
      `prev_page_url` содержат только `?page=N`;
    - постраничная выдача урезанная: нет `total`, `last_page`, `last_page_url`; конец выдачи —
      `next_page_url: null`;
    - `number_type` в запросе — строка (`"0"`…`"5"`), а в ответе — целое число (`0`…`5`);
    - коды `number_type` на странице перечислены не по порядку: 0 — простой, 5 — бронзовый,
      1 — серебряный, 2 — золотой, 3 — платиновый, 4 — эксклюзивный;
    - `buy_price` и `period_price` приходят строками с копейками (`"99.00"`), в отличие от
      целых чисел в `GET number` и `GET number/reserve`;
    - `number` приходит без кода страны (`"4951332210"`), а `GET number` и `GET number/reserve`
      показывают номера с `7`;
    - `region` — ИД региона (видимо, `id` из `number/code-regions`), `city_code` — целое число,
      хотя `number/code-regions` отдаёт коды строками;
    - `phone_number` — маска без кода города: `?` — один любой символ, `*` — любая
      последовательность символов;
    - в таблице документации тип склеен с первым значением («stringbusiness», «string0»,
      «stringabc»), а `number_type` — с концом описания маски; таблица полей ответа идёт без
      заголовка;
    - в примерах запроса `phone_number` — заполнитель `"error"`; пример ответа содержит `...`
      в массиве `data` (здесь убрано).

    Args:
        page (int | Unset):  Default: 1.
        body (NumberSearchRequest | Unset): Необязательные фильтры `GET number/search` (JSON-тело
            GET-запроса; ни одно поле не помечено
            ⁎). Повторяйте их в запросе каждой страницы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage]
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
    body: NumberSearchRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage | None:
    """Search the number showcase

     Ищет на витрине свободные номера для покупки. Фильтры (все необязательные) передаются
    JSON-телом GET-запроса. Выдача постраничная (Laravel, по 20 записей на странице, `?page=N`).

    Особенности:
    - фильтры из тела нужно повторять в запросе каждой страницы: ссылки `next_page_url` и
      `prev_page_url` содержат только `?page=N`;
    - постраничная выдача урезанная: нет `total`, `last_page`, `last_page_url`; конец выдачи —
      `next_page_url: null`;
    - `number_type` в запросе — строка (`"0"`…`"5"`), а в ответе — целое число (`0`…`5`);
    - коды `number_type` на странице перечислены не по порядку: 0 — простой, 5 — бронзовый,
      1 — серебряный, 2 — золотой, 3 — платиновый, 4 — эксклюзивный;
    - `buy_price` и `period_price` приходят строками с копейками (`"99.00"`), в отличие от
      целых чисел в `GET number` и `GET number/reserve`;
    - `number` приходит без кода страны (`"4951332210"`), а `GET number` и `GET number/reserve`
      показывают номера с `7`;
    - `region` — ИД региона (видимо, `id` из `number/code-regions`), `city_code` — целое число,
      хотя `number/code-regions` отдаёт коды строками;
    - `phone_number` — маска без кода города: `?` — один любой символ, `*` — любая
      последовательность символов;
    - в таблице документации тип склеен с первым значением («stringbusiness», «string0»,
      «stringabc»), а `number_type` — с концом описания маски; таблица полей ответа идёт без
      заголовка;
    - в примерах запроса `phone_number` — заполнитель `"error"`; пример ответа содержит `...`
      в массиве `data` (здесь убрано).

    Args:
        page (int | Unset):  Default: 1.
        body (NumberSearchRequest | Unset): Необязательные фильтры `GET number/search` (JSON-тело
            GET-запроса; ни одно поле не помечено
            ⁎). Повторяйте их в запросе каждой страницы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage
    """

    return sync_detailed(
        client=client,
        body=body,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberSearchRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage]:
    """Search the number showcase

     Ищет на витрине свободные номера для покупки. Фильтры (все необязательные) передаются
    JSON-телом GET-запроса. Выдача постраничная (Laravel, по 20 записей на странице, `?page=N`).

    Особенности:
    - фильтры из тела нужно повторять в запросе каждой страницы: ссылки `next_page_url` и
      `prev_page_url` содержат только `?page=N`;
    - постраничная выдача урезанная: нет `total`, `last_page`, `last_page_url`; конец выдачи —
      `next_page_url: null`;
    - `number_type` в запросе — строка (`"0"`…`"5"`), а в ответе — целое число (`0`…`5`);
    - коды `number_type` на странице перечислены не по порядку: 0 — простой, 5 — бронзовый,
      1 — серебряный, 2 — золотой, 3 — платиновый, 4 — эксклюзивный;
    - `buy_price` и `period_price` приходят строками с копейками (`"99.00"`), в отличие от
      целых чисел в `GET number` и `GET number/reserve`;
    - `number` приходит без кода страны (`"4951332210"`), а `GET number` и `GET number/reserve`
      показывают номера с `7`;
    - `region` — ИД региона (видимо, `id` из `number/code-regions`), `city_code` — целое число,
      хотя `number/code-regions` отдаёт коды строками;
    - `phone_number` — маска без кода города: `?` — один любой символ, `*` — любая
      последовательность символов;
    - в таблице документации тип склеен с первым значением («stringbusiness», «string0»,
      «stringabc»), а `number_type` — с концом описания маски; таблица полей ответа идёт без
      заголовка;
    - в примерах запроса `phone_number` — заполнитель `"error"`; пример ответа содержит `...`
      в массиве `data` (здесь убрано).

    Args:
        page (int | Unset):  Default: 1.
        body (NumberSearchRequest | Unset): Необязательные фильтры `GET number/search` (JSON-тело
            GET-запроса; ни одно поле не помечено
            ⁎). Повторяйте их в запросе каждой страницы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage]
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
    body: NumberSearchRequest | Unset = UNSET,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage | None:
    """Search the number showcase

     Ищет на витрине свободные номера для покупки. Фильтры (все необязательные) передаются
    JSON-телом GET-запроса. Выдача постраничная (Laravel, по 20 записей на странице, `?page=N`).

    Особенности:
    - фильтры из тела нужно повторять в запросе каждой страницы: ссылки `next_page_url` и
      `prev_page_url` содержат только `?page=N`;
    - постраничная выдача урезанная: нет `total`, `last_page`, `last_page_url`; конец выдачи —
      `next_page_url: null`;
    - `number_type` в запросе — строка (`"0"`…`"5"`), а в ответе — целое число (`0`…`5`);
    - коды `number_type` на странице перечислены не по порядку: 0 — простой, 5 — бронзовый,
      1 — серебряный, 2 — золотой, 3 — платиновый, 4 — эксклюзивный;
    - `buy_price` и `period_price` приходят строками с копейками (`"99.00"`), в отличие от
      целых чисел в `GET number` и `GET number/reserve`;
    - `number` приходит без кода страны (`"4951332210"`), а `GET number` и `GET number/reserve`
      показывают номера с `7`;
    - `region` — ИД региона (видимо, `id` из `number/code-regions`), `city_code` — целое число,
      хотя `number/code-regions` отдаёт коды строками;
    - `phone_number` — маска без кода города: `?` — один любой символ, `*` — любая
      последовательность символов;
    - в таблице документации тип склеен с первым значением («stringbusiness», «string0»,
      «stringabc»), а `number_type` — с концом описания маски; таблица полей ответа идёт без
      заголовка;
    - в примерах запроса `phone_number` — заполнитель `"error"`; пример ответа содержит `...`
      в массиве `data` (здесь убрано).

    Args:
        page (int | Unset):  Default: 1.
        body (NumberSearchRequest | Unset): Необязательные фильтры `GET number/search` (JSON-тело
            GET-запроса; ни одно поле не помечено
            ⁎). Повторяйте их в запросе каждой страницы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberSearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page=page,
        )
    ).parsed
