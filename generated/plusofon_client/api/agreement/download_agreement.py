# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import File, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agreement/download",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

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
) -> Response[ErrorMessage | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | File]:
    """Download agreement PDF

     Возвращает PDF-файл договора. Параметров нет. Если файл ещё не сформирован, приходит
    JSON `{"message": "File not ready for download"}` без поля `code`.

    Особенности документации:
    - HTTP-статус ответа «Файл ещё не готов» на странице не показан; мы выбрали 404 (так
      же договорено с mock-сервером);
    - успешный ответ на странице подписан «Файл получен» и показан как `null`, а в перечне
      полей ответа — `success` и `message`; это не может быть содержимым PDF, поэтому
      пример у ответа 200 не приведён, а тело описано как двоичное `application/pdf`;
    - все примеры шлют `Accept: application/json` и разбирают ответ как JSON
      (`response.json()`, `json_decode`), что для PDF не сработает;
    - «Пользователь не найден» здесь без точки в конце.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | File]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | File | None:
    """Download agreement PDF

     Возвращает PDF-файл договора. Параметров нет. Если файл ещё не сформирован, приходит
    JSON `{"message": "File not ready for download"}` без поля `code`.

    Особенности документации:
    - HTTP-статус ответа «Файл ещё не готов» на странице не показан; мы выбрали 404 (так
      же договорено с mock-сервером);
    - успешный ответ на странице подписан «Файл получен» и показан как `null`, а в перечне
      полей ответа — `success` и `message`; это не может быть содержимым PDF, поэтому
      пример у ответа 200 не приведён, а тело описано как двоичное `application/pdf`;
    - все примеры шлют `Accept: application/json` и разбирают ответ как JSON
      (`response.json()`, `json_decode`), что для PDF не сработает;
    - «Пользователь не найден» здесь без точки в конце.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | File
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | File]:
    """Download agreement PDF

     Возвращает PDF-файл договора. Параметров нет. Если файл ещё не сформирован, приходит
    JSON `{"message": "File not ready for download"}` без поля `code`.

    Особенности документации:
    - HTTP-статус ответа «Файл ещё не готов» на странице не показан; мы выбрали 404 (так
      же договорено с mock-сервером);
    - успешный ответ на странице подписан «Файл получен» и показан как `null`, а в перечне
      полей ответа — `success` и `message`; это не может быть содержимым PDF, поэтому
      пример у ответа 200 не приведён, а тело описано как двоичное `application/pdf`;
    - все примеры шлют `Accept: application/json` и разбирают ответ как JSON
      (`response.json()`, `json_decode`), что для PDF не сработает;
    - «Пользователь не найден» здесь без точки в конце.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | File]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | File | None:
    """Download agreement PDF

     Возвращает PDF-файл договора. Параметров нет. Если файл ещё не сформирован, приходит
    JSON `{"message": "File not ready for download"}` без поля `code`.

    Особенности документации:
    - HTTP-статус ответа «Файл ещё не готов» на странице не показан; мы выбрали 404 (так
      же договорено с mock-сервером);
    - успешный ответ на странице подписан «Файл получен» и показан как `null`, а в перечне
      полей ответа — `success` и `message`; это не может быть содержимым PDF, поэтому
      пример у ответа 200 не приведён, а тело описано как двоичное `application/pdf`;
    - все примеры шлют `Accept: application/json` и разбирают ответ как JSON
      (`response.json()`, `json_decode`), что для PDF не сработает;
    - «Пользователь не найден» здесь без точки в конце.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | File
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
