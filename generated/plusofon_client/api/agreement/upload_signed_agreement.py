# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreement_upload_request import AgreementUploadRequest
from ...models.error_message import ErrorMessage
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    *,
    body: AgreementUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agreement/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | Success | None:
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
) -> Response[ErrorMessage | Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AgreementUploadRequest,
) -> Response[ErrorMessage | Success]:
    """Upload signed agreement

     Передаёт файл(ы) подписанного договора. Тело — `multipart/form-data`: по одной части
    `files[]` на файл (массив `files` в таблице документации). Поле не отмечено ⁎, поэтому в
    схеме необязательно.

    Особенности документации:
    - в таблице у `files` нет описания, а тип склеен с началом примера: `arraycurl -X POST`
      (тип — `array`);
    - все примеры (curl, JS, PHP, Python) шлют JSON `{"files":[]}` с
      `Content-Type: application/json` — пустой массив, и JSON не может нести файлы;
      поэтому в спецификации только `multipart/form-data`; как сервер ждёт имена частей,
      на странице не сказано — здесь `files[]`: сервер на PHP (Laravel) собирает список
      из `files[]` (или `files[0]`, `files[1]`), из повторённых `files` оставляет последний
      файл, а из `files[][0]` (так шлёт клиент `openapi-generator -g php`) делает вложенные
      массивы;
    - среди ответов показан «Файл ещё не готов» `{"message": "File not ready for download"}`
      — текст про скачивание, видимо, скопирован с `download`; HTTP-статус не показан, мы
      отнесли его к 404, как у `download`;
    - показана и ошибка «Нет согласия с условиями оказания услуг связи» (400), хотя
      параметра `agree_to_the_terms` у метода нет;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`;
    - тексты ошибок без точки в конце.

    Args:
        body (AgreementUploadRequest): Тело `POST agreement/upload` (`multipart/form-data`): файлы
            подписанного договора.
            На странице поле не отмечено ⁎ и не описано, а примеры шлют JSON `{"files":[]}`.
            Поле формы — `files[]` (в документации `files`), по одной части на файл: сервер на PHP
            собирает список из `files[]`; из повторённых `files` без скобок остаётся последний, а
            `files[][0]` (клиент `openapi-generator -g php`) даёт вложенные массивы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Success]
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
    body: AgreementUploadRequest,
) -> ErrorMessage | Success | None:
    """Upload signed agreement

     Передаёт файл(ы) подписанного договора. Тело — `multipart/form-data`: по одной части
    `files[]` на файл (массив `files` в таблице документации). Поле не отмечено ⁎, поэтому в
    схеме необязательно.

    Особенности документации:
    - в таблице у `files` нет описания, а тип склеен с началом примера: `arraycurl -X POST`
      (тип — `array`);
    - все примеры (curl, JS, PHP, Python) шлют JSON `{"files":[]}` с
      `Content-Type: application/json` — пустой массив, и JSON не может нести файлы;
      поэтому в спецификации только `multipart/form-data`; как сервер ждёт имена частей,
      на странице не сказано — здесь `files[]`: сервер на PHP (Laravel) собирает список
      из `files[]` (или `files[0]`, `files[1]`), из повторённых `files` оставляет последний
      файл, а из `files[][0]` (так шлёт клиент `openapi-generator -g php`) делает вложенные
      массивы;
    - среди ответов показан «Файл ещё не готов» `{"message": "File not ready for download"}`
      — текст про скачивание, видимо, скопирован с `download`; HTTP-статус не показан, мы
      отнесли его к 404, как у `download`;
    - показана и ошибка «Нет согласия с условиями оказания услуг связи» (400), хотя
      параметра `agree_to_the_terms` у метода нет;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`;
    - тексты ошибок без точки в конце.

    Args:
        body (AgreementUploadRequest): Тело `POST agreement/upload` (`multipart/form-data`): файлы
            подписанного договора.
            На странице поле не отмечено ⁎ и не описано, а примеры шлют JSON `{"files":[]}`.
            Поле формы — `files[]` (в документации `files`), по одной части на файл: сервер на PHP
            собирает список из `files[]`; из повторённых `files` без скобок остаётся последний, а
            `files[][0]` (клиент `openapi-generator -g php`) даёт вложенные массивы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Success
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AgreementUploadRequest,
) -> Response[ErrorMessage | Success]:
    """Upload signed agreement

     Передаёт файл(ы) подписанного договора. Тело — `multipart/form-data`: по одной части
    `files[]` на файл (массив `files` в таблице документации). Поле не отмечено ⁎, поэтому в
    схеме необязательно.

    Особенности документации:
    - в таблице у `files` нет описания, а тип склеен с началом примера: `arraycurl -X POST`
      (тип — `array`);
    - все примеры (curl, JS, PHP, Python) шлют JSON `{"files":[]}` с
      `Content-Type: application/json` — пустой массив, и JSON не может нести файлы;
      поэтому в спецификации только `multipart/form-data`; как сервер ждёт имена частей,
      на странице не сказано — здесь `files[]`: сервер на PHP (Laravel) собирает список
      из `files[]` (или `files[0]`, `files[1]`), из повторённых `files` оставляет последний
      файл, а из `files[][0]` (так шлёт клиент `openapi-generator -g php`) делает вложенные
      массивы;
    - среди ответов показан «Файл ещё не готов» `{"message": "File not ready for download"}`
      — текст про скачивание, видимо, скопирован с `download`; HTTP-статус не показан, мы
      отнесли его к 404, как у `download`;
    - показана и ошибка «Нет согласия с условиями оказания услуг связи» (400), хотя
      параметра `agree_to_the_terms` у метода нет;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`;
    - тексты ошибок без точки в конце.

    Args:
        body (AgreementUploadRequest): Тело `POST agreement/upload` (`multipart/form-data`): файлы
            подписанного договора.
            На странице поле не отмечено ⁎ и не описано, а примеры шлют JSON `{"files":[]}`.
            Поле формы — `files[]` (в документации `files`), по одной части на файл: сервер на PHP
            собирает список из `files[]`; из повторённых `files` без скобок остаётся последний, а
            `files[][0]` (клиент `openapi-generator -g php`) даёт вложенные массивы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Success]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgreementUploadRequest,
) -> ErrorMessage | Success | None:
    """Upload signed agreement

     Передаёт файл(ы) подписанного договора. Тело — `multipart/form-data`: по одной части
    `files[]` на файл (массив `files` в таблице документации). Поле не отмечено ⁎, поэтому в
    схеме необязательно.

    Особенности документации:
    - в таблице у `files` нет описания, а тип склеен с началом примера: `arraycurl -X POST`
      (тип — `array`);
    - все примеры (curl, JS, PHP, Python) шлют JSON `{"files":[]}` с
      `Content-Type: application/json` — пустой массив, и JSON не может нести файлы;
      поэтому в спецификации только `multipart/form-data`; как сервер ждёт имена частей,
      на странице не сказано — здесь `files[]`: сервер на PHP (Laravel) собирает список
      из `files[]` (или `files[0]`, `files[1]`), из повторённых `files` оставляет последний
      файл, а из `files[][0]` (так шлёт клиент `openapi-generator -g php`) делает вложенные
      массивы;
    - среди ответов показан «Файл ещё не готов» `{"message": "File not ready for download"}`
      — текст про скачивание, видимо, скопирован с `download`; HTTP-статус не показан, мы
      отнесли его к 404, как у `download`;
    - показана и ошибка «Нет согласия с условиями оказания услуг связи» (400), хотя
      параметра `agree_to_the_terms` у метода нет;
    - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`;
    - тексты ошибок без точки в конце.

    Args:
        body (AgreementUploadRequest): Тело `POST agreement/upload` (`multipart/form-data`): файлы
            подписанного договора.
            На странице поле не отмечено ⁎ и не описано, а примеры шлют JSON `{"files":[]}`.
            Поле формы — `files[]` (в документации `files`), по одной части на файл: сервер на PHP
            собирает список из `files[]`; из повторённых `files` без скобок остаётся последний, а
            `files[][0]` (клиент `openapi-generator -g php`) даёт вложенные массивы.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Success
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
