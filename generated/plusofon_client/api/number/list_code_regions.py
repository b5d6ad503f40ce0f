# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_code_regions_request import NumberCodeRegionsRequest
from ...models.number_code_regions_response import NumberCodeRegionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NumberCodeRegionsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/number/code-regions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse | None:
    if response.status_code == 200:
        response_200 = NumberCodeRegionsResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberCodeRegionsRequest | Unset = UNSET,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse]:
    """List region codes

     Справочник регионов с их телефонными кодами (`code_regions`): ИД региона, название и
    массив кодов.

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"type": ...}` со значением-заполнителем `"rerum"`; смысл и допустимые значения `type`
      неизвестны. Поле описано как необязательное (`x-plusofon-curl-only`);
    - коды региона — массив строк (`["301"]`), тогда как `city_code` в `number/search` — целое;
    - названия оформлены непоследовательно («Улан-Удэ (301)», «Ижевск(341)»);
    - ответ не постраничный.

    Args:
        body (NumberCodeRegionsRequest | Unset): Необязательное JSON-тело `GET number/code-
            regions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse]
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
    body: NumberCodeRegionsRequest | Unset = UNSET,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse | None:
    """List region codes

     Справочник регионов с их телефонными кодами (`code_regions`): ИД региона, название и
    массив кодов.

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"type": ...}` со значением-заполнителем `"rerum"`; смысл и допустимые значения `type`
      неизвестны. Поле описано как необязательное (`x-plusofon-curl-only`);
    - коды региона — массив строк (`["301"]`), тогда как `city_code` в `number/search` — целое;
    - названия оформлены непоследовательно («Улан-Удэ (301)», «Ижевск(341)»);
    - ответ не постраничный.

    Args:
        body (NumberCodeRegionsRequest | Unset): Необязательное JSON-тело `GET number/code-
            regions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NumberCodeRegionsRequest | Unset = UNSET,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse]:
    """List region codes

     Справочник регионов с их телефонными кодами (`code_regions`): ИД региона, название и
    массив кодов.

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"type": ...}` со значением-заполнителем `"rerum"`; смысл и допустимые значения `type`
      неизвестны. Поле описано как необязательное (`x-plusofon-curl-only`);
    - коды региона — массив строк (`["301"]`), тогда как `city_code` в `number/search` — целое;
    - названия оформлены непоследовательно («Улан-Удэ (301)», «Ижевск(341)»);
    - ответ не постраничный.

    Args:
        body (NumberCodeRegionsRequest | Unset): Необязательное JSON-тело `GET number/code-
            regions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NumberCodeRegionsRequest | Unset = UNSET,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse | None:
    """List region codes

     Справочник регионов с их телефонными кодами (`code_regions`): ИД региона, название и
    массив кодов.

    Особенности:
    - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
      `{"type": ...}` со значением-заполнителем `"rerum"`; смысл и допустимые значения `type`
      неизвестны. Поле описано как необязательное (`x-plusofon-curl-only`);
    - коды региона — массив строк (`["301"]`), тогда как `city_code` в `number/search` — целое;
    - названия оформлены непоследовательно («Улан-Удэ (301)», «Ижевск(341)»);
    - ответ не постраничный.

    Args:
        body (NumberCodeRegionsRequest | Unset): Необязательное JSON-тело `GET number/code-
            regions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberCodeRegionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
