# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreement_fiz_response import AgreementFizResponse
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agreement/fiz",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgreementFizResponse | ErrorMessage | ErrorNotFound | None:
    if response.status_code == 200:
        response_200 = AgreementFizResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorNotFound.from_dict(response.json())

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
) -> Response[AgreementFizResponse | ErrorMessage | ErrorNotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgreementFizResponse | ErrorMessage | ErrorNotFound]:
    """Get saved individual (fiz) agreement data

     Возвращает данные физического лица, ранее сохранённые для договора (`agreement/fiz-save`
    или `agreement/fiz`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ФЛ; схема перечисляет все поля таблицы `fiz-save` и поля, которые есть в
      примере сверх неё: `file_passport`, `file_registration`, `file_selfie` (в примере
      `null`; что в них приходит, когда файлы загружены, — имя, путь или ссылка, — не
      показано);
    - обязательных полей в `agreement` схема не задаёт: через `fiz-save` можно сохранить
      неполные данные (в его таблице ничего не отмечено ⁎); несохранённое поле, по нашему
      прочтению, приходит со значением `null` — так пример показывает незагруженные файлы
      (`file_*: null`), а о прочих полях документация молчит, поэтому все поля `agreement`
      допускают `null`;
    - «Данные не найдены» приходят в виде `{"error", "code": 404}` — с ключом `error`, а не
      `message`, как у прочих ошибок.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementFizResponse | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AgreementFizResponse | ErrorMessage | ErrorNotFound | None:
    """Get saved individual (fiz) agreement data

     Возвращает данные физического лица, ранее сохранённые для договора (`agreement/fiz-save`
    или `agreement/fiz`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ФЛ; схема перечисляет все поля таблицы `fiz-save` и поля, которые есть в
      примере сверх неё: `file_passport`, `file_registration`, `file_selfie` (в примере
      `null`; что в них приходит, когда файлы загружены, — имя, путь или ссылка, — не
      показано);
    - обязательных полей в `agreement` схема не задаёт: через `fiz-save` можно сохранить
      неполные данные (в его таблице ничего не отмечено ⁎); несохранённое поле, по нашему
      прочтению, приходит со значением `null` — так пример показывает незагруженные файлы
      (`file_*: null`), а о прочих полях документация молчит, поэтому все поля `agreement`
      допускают `null`;
    - «Данные не найдены» приходят в виде `{"error", "code": 404}` — с ключом `error`, а не
      `message`, как у прочих ошибок.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementFizResponse | ErrorMessage | ErrorNotFound
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgreementFizResponse | ErrorMessage | ErrorNotFound]:
    """Get saved individual (fiz) agreement data

     Возвращает данные физического лица, ранее сохранённые для договора (`agreement/fiz-save`
    или `agreement/fiz`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ФЛ; схема перечисляет все поля таблицы `fiz-save` и поля, которые есть в
      примере сверх неё: `file_passport`, `file_registration`, `file_selfie` (в примере
      `null`; что в них приходит, когда файлы загружены, — имя, путь или ссылка, — не
      показано);
    - обязательных полей в `agreement` схема не задаёт: через `fiz-save` можно сохранить
      неполные данные (в его таблице ничего не отмечено ⁎); несохранённое поле, по нашему
      прочтению, приходит со значением `null` — так пример показывает незагруженные файлы
      (`file_*: null`), а о прочих полях документация молчит, поэтому все поля `agreement`
      допускают `null`;
    - «Данные не найдены» приходят в виде `{"error", "code": 404}` — с ключом `error`, а не
      `message`, как у прочих ошибок.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementFizResponse | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AgreementFizResponse | ErrorMessage | ErrorNotFound | None:
    """Get saved individual (fiz) agreement data

     Возвращает данные физического лица, ранее сохранённые для договора (`agreement/fiz-save`
    или `agreement/fiz`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ФЛ; схема перечисляет все поля таблицы `fiz-save` и поля, которые есть в
      примере сверх неё: `file_passport`, `file_registration`, `file_selfie` (в примере
      `null`; что в них приходит, когда файлы загружены, — имя, путь или ссылка, — не
      показано);
    - обязательных полей в `agreement` схема не задаёт: через `fiz-save` можно сохранить
      неполные данные (в его таблице ничего не отмечено ⁎); несохранённое поле, по нашему
      прочтению, приходит со значением `null` — так пример показывает незагруженные файлы
      (`file_*: null`), а о прочих полях документация молчит, поэтому все поля `agreement`
      допускают `null`;
    - «Данные не найдены» приходят в виде `{"error", "code": 404}` — с ключом `error`, а не
      `message`, как у прочих ошибок.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementFizResponse | ErrorMessage | ErrorNotFound
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
