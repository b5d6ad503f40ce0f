# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreement_ip_submit_request import AgreementIpSubmitRequest
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    *,
    body: AgreementIpSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agreement/ip",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    body: AgreementIpSubmitRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Submit sole proprietor (ip) agreement data

     Отправляет данные индивидуального предпринимателя на оформление договора (в отличие
    от `agreement/ip-save`, который только сохраняет их). Вместе с данными передаются три
    файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части —
    двоичные. Обязательны поля, отмеченные на странице знаком ⁎ (кроме корреспондентского
    счёта — см. ниже). `agree_to_the_terms` — логический признак; в multipart он
    передаётся текстом (`1` или `true`).

    Особенности документации:
    - корреспондентский счёт в таблице записан с кириллической «с» (U+0441) —
      `сorrespondent_account` — и отмечен ⁎, а во всех примерах (curl, JS, PHP, Python) —
      латиницей `correspondent_account`; какое написание принимает сервер, неизвестно,
      поэтому в схеме есть оба поля, ни одно не обязательно само по себе, но одно из двух
      нужно передать (условие `if`/`then` схемы; передавайте латинское);
    - в таблице у файловых полей тип `file`, но все примеры шлют JSON
      (`Content-Type: application/json`), где вместо файлов — строки
      (`"file_passport": "quaerat"`); JSON не может нести файлы, поэтому в спецификации
      только `multipart/form-data`;
    - значения в примерах — заполнители генератора документации (`"sunt"`,
      `"birthday": "et"` — даже не дата), `agree_to_the_terms` в них `false`; пример
      запроса здесь составлен заново;
    - в таблице `ogrn` описан как ОГРНИП; «расчётный счёт» здесь через «ё», в `ip-save` —
      «расчетный»; индексы названы «почтовый индекс…»;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
      примере на Python стоит `false` (это не Python);
    - тексты ошибок без точки в конце («…is invalid», «User not found»).

    Args:
        body (AgreementIpSubmitRequest): Тело `POST agreement/ip` (`multipart/form-data`).
            Обязательны поля, отмеченные ⁎ на
            странице. Корреспондентский счёт отмечен ⁎ под кириллическим ключом таблицы
            (`сorrespondent_account`), а в примерах передаётся латинским (`correspondent_account`):
            какой из ключей ждёт сервер, неизвестно, поэтому ни один из них не обязателен сам по
            себе, но обязателен хотя бы один — это выражает условие `if`/`then` (нет латинского
            ключа — нужен кириллический). Передавайте латинский (клиент шлёт оба). Файловые
            части — двоичные; на странице примеры шлют JSON со строками вместо файлов, что
            файлов не передаёт.

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
    body: AgreementIpSubmitRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Submit sole proprietor (ip) agreement data

     Отправляет данные индивидуального предпринимателя на оформление договора (в отличие
    от `agreement/ip-save`, который только сохраняет их). Вместе с данными передаются три
    файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части —
    двоичные. Обязательны поля, отмеченные на странице знаком ⁎ (кроме корреспондентского
    счёта — см. ниже). `agree_to_the_terms` — логический признак; в multipart он
    передаётся текстом (`1` или `true`).

    Особенности документации:
    - корреспондентский счёт в таблице записан с кириллической «с» (U+0441) —
      `сorrespondent_account` — и отмечен ⁎, а во всех примерах (curl, JS, PHP, Python) —
      латиницей `correspondent_account`; какое написание принимает сервер, неизвестно,
      поэтому в схеме есть оба поля, ни одно не обязательно само по себе, но одно из двух
      нужно передать (условие `if`/`then` схемы; передавайте латинское);
    - в таблице у файловых полей тип `file`, но все примеры шлют JSON
      (`Content-Type: application/json`), где вместо файлов — строки
      (`"file_passport": "quaerat"`); JSON не может нести файлы, поэтому в спецификации
      только `multipart/form-data`;
    - значения в примерах — заполнители генератора документации (`"sunt"`,
      `"birthday": "et"` — даже не дата), `agree_to_the_terms` в них `false`; пример
      запроса здесь составлен заново;
    - в таблице `ogrn` описан как ОГРНИП; «расчётный счёт» здесь через «ё», в `ip-save` —
      «расчетный»; индексы названы «почтовый индекс…»;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
      примере на Python стоит `false` (это не Python);
    - тексты ошибок без точки в конце («…is invalid», «User not found»).

    Args:
        body (AgreementIpSubmitRequest): Тело `POST agreement/ip` (`multipart/form-data`).
            Обязательны поля, отмеченные ⁎ на
            странице. Корреспондентский счёт отмечен ⁎ под кириллическим ключом таблицы
            (`сorrespondent_account`), а в примерах передаётся латинским (`correspondent_account`):
            какой из ключей ждёт сервер, неизвестно, поэтому ни один из них не обязателен сам по
            себе, но обязателен хотя бы один — это выражает условие `if`/`then` (нет латинского
            ключа — нужен кириллический). Передавайте латинский (клиент шлёт оба). Файловые
            части — двоичные; на странице примеры шлют JSON со строками вместо файлов, что
            файлов не передаёт.

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
    body: AgreementIpSubmitRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Submit sole proprietor (ip) agreement data

     Отправляет данные индивидуального предпринимателя на оформление договора (в отличие
    от `agreement/ip-save`, который только сохраняет их). Вместе с данными передаются три
    файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части —
    двоичные. Обязательны поля, отмеченные на странице знаком ⁎ (кроме корреспондентского
    счёта — см. ниже). `agree_to_the_terms` — логический признак; в multipart он
    передаётся текстом (`1` или `true`).

    Особенности документации:
    - корреспондентский счёт в таблице записан с кириллической «с» (U+0441) —
      `сorrespondent_account` — и отмечен ⁎, а во всех примерах (curl, JS, PHP, Python) —
      латиницей `correspondent_account`; какое написание принимает сервер, неизвестно,
      поэтому в схеме есть оба поля, ни одно не обязательно само по себе, но одно из двух
      нужно передать (условие `if`/`then` схемы; передавайте латинское);
    - в таблице у файловых полей тип `file`, но все примеры шлют JSON
      (`Content-Type: application/json`), где вместо файлов — строки
      (`"file_passport": "quaerat"`); JSON не может нести файлы, поэтому в спецификации
      только `multipart/form-data`;
    - значения в примерах — заполнители генератора документации (`"sunt"`,
      `"birthday": "et"` — даже не дата), `agree_to_the_terms` в них `false`; пример
      запроса здесь составлен заново;
    - в таблице `ogrn` описан как ОГРНИП; «расчётный счёт» здесь через «ё», в `ip-save` —
      «расчетный»; индексы названы «почтовый индекс…»;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
      примере на Python стоит `false` (это не Python);
    - тексты ошибок без точки в конце («…is invalid», «User not found»).

    Args:
        body (AgreementIpSubmitRequest): Тело `POST agreement/ip` (`multipart/form-data`).
            Обязательны поля, отмеченные ⁎ на
            странице. Корреспондентский счёт отмечен ⁎ под кириллическим ключом таблицы
            (`сorrespondent_account`), а в примерах передаётся латинским (`correspondent_account`):
            какой из ключей ждёт сервер, неизвестно, поэтому ни один из них не обязателен сам по
            себе, но обязателен хотя бы один — это выражает условие `if`/`then` (нет латинского
            ключа — нужен кириллический). Передавайте латинский (клиент шлёт оба). Файловые
            части — двоичные; на странице примеры шлют JSON со строками вместо файлов, что
            файлов не передаёт.

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
    body: AgreementIpSubmitRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Submit sole proprietor (ip) agreement data

     Отправляет данные индивидуального предпринимателя на оформление договора (в отличие
    от `agreement/ip-save`, который только сохраняет их). Вместе с данными передаются три
    файла — сканы паспорта и селфи, поэтому тело — `multipart/form-data`; файловые части —
    двоичные. Обязательны поля, отмеченные на странице знаком ⁎ (кроме корреспондентского
    счёта — см. ниже). `agree_to_the_terms` — логический признак; в multipart он
    передаётся текстом (`1` или `true`).

    Особенности документации:
    - корреспондентский счёт в таблице записан с кириллической «с» (U+0441) —
      `сorrespondent_account` — и отмечен ⁎, а во всех примерах (curl, JS, PHP, Python) —
      латиницей `correspondent_account`; какое написание принимает сервер, неизвестно,
      поэтому в схеме есть оба поля, ни одно не обязательно само по себе, но одно из двух
      нужно передать (условие `if`/`then` схемы; передавайте латинское);
    - в таблице у файловых полей тип `file`, но все примеры шлют JSON
      (`Content-Type: application/json`), где вместо файлов — строки
      (`"file_passport": "quaerat"`); JSON не может нести файлы, поэтому в спецификации
      только `multipart/form-data`;
    - значения в примерах — заполнители генератора документации (`"sunt"`,
      `"birthday": "et"` — даже не дата), `agree_to_the_terms` в них `false`; пример
      запроса здесь составлен заново;
    - в таблице `ogrn` описан как ОГРНИП; «расчётный счёт» здесь через «ё», в `ip-save` —
      «расчетный»; индексы названы «почтовый индекс…»;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`, а в
      примере на Python стоит `false` (это не Python);
    - тексты ошибок без точки в конце («…is invalid», «User not found»).

    Args:
        body (AgreementIpSubmitRequest): Тело `POST agreement/ip` (`multipart/form-data`).
            Обязательны поля, отмеченные ⁎ на
            странице. Корреспондентский счёт отмечен ⁎ под кириллическим ключом таблицы
            (`сorrespondent_account`), а в примерах передаётся латинским (`correspondent_account`):
            какой из ключей ждёт сервер, неизвестно, поэтому ни один из них не обязателен сам по
            себе, но обязателен хотя бы один — это выражает условие `if`/`then` (нет латинского
            ключа — нужен кириллический). Передавайте латинский (клиент шлёт оба). Файловые
            части — двоичные; на странице примеры шлют JSON со строками вместо файлов, что
            файлов не передаёт.

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
