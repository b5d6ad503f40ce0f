# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direction_codes_request import DirectionCodesRequest
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.success import Success
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DirectionCodesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/direction",
    }

    if not isinstance(body, Unset):
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
    body: DirectionCodesRequest | Unset = UNSET,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Remove allowed call directions

     Убирает направления из перечня разрешённых для текущего личного кабинета. В JSON-теле
    передаётся массив `codes` — телефонные коды направлений, как их отдаёт
    `GET /api/v1/direction`.

    Особенности документации:
    - запрос DELETE с JSON-телом — нестандартно: часть HTTP-клиентов и прокси тело у
      DELETE не передают;
    - тип записан как `arrayi` (`array` со значком ссылки); тип элементов не указан —
      здесь допускаются и строки (`"36"`, как `code` приходит в `GET /api/v1/direction`),
      и целые числа (`36`, как в `GET /api/v1/directions`);
    - `codes` не отмечен знаком ⁎, поэтому в схеме он необязателен; а раз в теле нет ни
      одного обязательного поля, то и само тело у этого DELETE необязательно (запрос без
      тела равнозначен `{}` и ничего не удаляет) — это наше прочтение, документация об
      этом не говорит;
    - во всех примерах запроса массив пуст (`{"codes": []}`) — это заполнитель;
    - удаление идёт по кодам, а добавление (`PUT`) — по ИД направлений;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

    Args:
        body (DirectionCodesRequest | Unset): Тело запроса удаления направлений из разрешённых.

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
    body: DirectionCodesRequest | Unset = UNSET,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Remove allowed call directions

     Убирает направления из перечня разрешённых для текущего личного кабинета. В JSON-теле
    передаётся массив `codes` — телефонные коды направлений, как их отдаёт
    `GET /api/v1/direction`.

    Особенности документации:
    - запрос DELETE с JSON-телом — нестандартно: часть HTTP-клиентов и прокси тело у
      DELETE не передают;
    - тип записан как `arrayi` (`array` со значком ссылки); тип элементов не указан —
      здесь допускаются и строки (`"36"`, как `code` приходит в `GET /api/v1/direction`),
      и целые числа (`36`, как в `GET /api/v1/directions`);
    - `codes` не отмечен знаком ⁎, поэтому в схеме он необязателен; а раз в теле нет ни
      одного обязательного поля, то и само тело у этого DELETE необязательно (запрос без
      тела равнозначен `{}` и ничего не удаляет) — это наше прочтение, документация об
      этом не говорит;
    - во всех примерах запроса массив пуст (`{"codes": []}`) — это заполнитель;
    - удаление идёт по кодам, а добавление (`PUT`) — по ИД направлений;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

    Args:
        body (DirectionCodesRequest | Unset): Тело запроса удаления направлений из разрешённых.

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
    body: DirectionCodesRequest | Unset = UNSET,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Remove allowed call directions

     Убирает направления из перечня разрешённых для текущего личного кабинета. В JSON-теле
    передаётся массив `codes` — телефонные коды направлений, как их отдаёт
    `GET /api/v1/direction`.

    Особенности документации:
    - запрос DELETE с JSON-телом — нестандартно: часть HTTP-клиентов и прокси тело у
      DELETE не передают;
    - тип записан как `arrayi` (`array` со значком ссылки); тип элементов не указан —
      здесь допускаются и строки (`"36"`, как `code` приходит в `GET /api/v1/direction`),
      и целые числа (`36`, как в `GET /api/v1/directions`);
    - `codes` не отмечен знаком ⁎, поэтому в схеме он необязателен; а раз в теле нет ни
      одного обязательного поля, то и само тело у этого DELETE необязательно (запрос без
      тела равнозначен `{}` и ничего не удаляет) — это наше прочтение, документация об
      этом не говорит;
    - во всех примерах запроса массив пуст (`{"codes": []}`) — это заполнитель;
    - удаление идёт по кодам, а добавление (`PUT`) — по ИД направлений;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

    Args:
        body (DirectionCodesRequest | Unset): Тело запроса удаления направлений из разрешённых.

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
    body: DirectionCodesRequest | Unset = UNSET,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Remove allowed call directions

     Убирает направления из перечня разрешённых для текущего личного кабинета. В JSON-теле
    передаётся массив `codes` — телефонные коды направлений, как их отдаёт
    `GET /api/v1/direction`.

    Особенности документации:
    - запрос DELETE с JSON-телом — нестандартно: часть HTTP-клиентов и прокси тело у
      DELETE не передают;
    - тип записан как `arrayi` (`array` со значком ссылки); тип элементов не указан —
      здесь допускаются и строки (`"36"`, как `code` приходит в `GET /api/v1/direction`),
      и целые числа (`36`, как в `GET /api/v1/directions`);
    - `codes` не отмечен знаком ⁎, поэтому в схеме он необязателен; а раз в теле нет ни
      одного обязательного поля, то и само тело у этого DELETE необязательно (запрос без
      тела равнозначен `{}` и ничего не удаляет) — это наше прочтение, документация об
      этом не говорит;
    - во всех примерах запроса массив пуст (`{"codes": []}`) — это заполнитель;
    - удаление идёт по кодам, а добавление (`PUT`) — по ИД направлений;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

    Args:
        body (DirectionCodesRequest | Unset): Тело запроса удаления направлений из разрешённых.

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
