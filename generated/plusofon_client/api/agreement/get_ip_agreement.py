# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreement_ip_response import AgreementIpResponse
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agreement/ip",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgreementIpResponse | ErrorMessage | ErrorNotFound | None:
    if response.status_code == 200:
        response_200 = AgreementIpResponse.from_dict(response.json())

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
) -> Response[AgreementIpResponse | ErrorMessage | ErrorNotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgreementIpResponse | ErrorMessage | ErrorNotFound]:
    """Get saved sole proprietor (ip) agreement data

     Возвращает данные индивидуального предпринимателя, ранее сохранённые для договора
    (`agreement/ip-save` или `agreement/ip`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
      `сorrespondent_account` (так же, как в таблицах `ip-save` и `ip`), а во всех curl —
      латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
      (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
      читать любой из них;
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ИП; схема перечисляет все поля таблицы `ip-save` и поля примера сверх неё:
      `file_passport`, `file_registration`, `file_selfie` (в примере `null`; что в них
      приходит, когда файлы загружены, не показано);
    - обязательных полей в `agreement` схема не задаёт: через `ip-save` можно сохранить
      неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
      `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
      документация молчит, поэтому все поля `agreement` допускают `null`;
    - в примере `ogrn` (ОГРНИП) и `inn` — по 10 цифр, хотя ОГРНИП состоит из 15 цифр, а
      ИНН физлица — из 12 (значения условные);
    - «Данные не найдены» для ИП сообщаются текстом `Fiz contract not found` (как у
      физлица) и с ключом `error`, а не `message`;
    - «Пользователь не найден» здесь без точки в конце, у `GET fiz`/`GET jur` — с точкой.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementIpResponse | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AgreementIpResponse | ErrorMessage | ErrorNotFound | None:
    """Get saved sole proprietor (ip) agreement data

     Возвращает данные индивидуального предпринимателя, ранее сохранённые для договора
    (`agreement/ip-save` или `agreement/ip`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
      `сorrespondent_account` (так же, как в таблицах `ip-save` и `ip`), а во всех curl —
      латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
      (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
      читать любой из них;
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ИП; схема перечисляет все поля таблицы `ip-save` и поля примера сверх неё:
      `file_passport`, `file_registration`, `file_selfie` (в примере `null`; что в них
      приходит, когда файлы загружены, не показано);
    - обязательных полей в `agreement` схема не задаёт: через `ip-save` можно сохранить
      неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
      `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
      документация молчит, поэтому все поля `agreement` допускают `null`;
    - в примере `ogrn` (ОГРНИП) и `inn` — по 10 цифр, хотя ОГРНИП состоит из 15 цифр, а
      ИНН физлица — из 12 (значения условные);
    - «Данные не найдены» для ИП сообщаются текстом `Fiz contract not found` (как у
      физлица) и с ключом `error`, а не `message`;
    - «Пользователь не найден» здесь без точки в конце, у `GET fiz`/`GET jur` — с точкой.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementIpResponse | ErrorMessage | ErrorNotFound
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgreementIpResponse | ErrorMessage | ErrorNotFound]:
    """Get saved sole proprietor (ip) agreement data

     Возвращает данные индивидуального предпринимателя, ранее сохранённые для договора
    (`agreement/ip-save` или `agreement/ip`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
      `сorrespondent_account` (так же, как в таблицах `ip-save` и `ip`), а во всех curl —
      латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
      (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
      читать любой из них;
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ИП; схема перечисляет все поля таблицы `ip-save` и поля примера сверх неё:
      `file_passport`, `file_registration`, `file_selfie` (в примере `null`; что в них
      приходит, когда файлы загружены, не показано);
    - обязательных полей в `agreement` схема не задаёт: через `ip-save` можно сохранить
      неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
      `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
      документация молчит, поэтому все поля `agreement` допускают `null`;
    - в примере `ogrn` (ОГРНИП) и `inn` — по 10 цифр, хотя ОГРНИП состоит из 15 цифр, а
      ИНН физлица — из 12 (значения условные);
    - «Данные не найдены» для ИП сообщаются текстом `Fiz contract not found` (как у
      физлица) и с ключом `error`, а не `message`;
    - «Пользователь не найден» здесь без точки в конце, у `GET fiz`/`GET jur` — с точкой.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementIpResponse | ErrorMessage | ErrorNotFound]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AgreementIpResponse | ErrorMessage | ErrorNotFound | None:
    """Get saved sole proprietor (ip) agreement data

     Возвращает данные индивидуального предпринимателя, ранее сохранённые для договора
    (`agreement/ip-save` или `agreement/ip`), в объекте `agreement`. Параметров нет.

    Особенности документации:
    - в примере ответа ключ корреспондентского счёта написан с кириллической «с» (U+0441):
      `сorrespondent_account` (так же, как в таблицах `ip-save` и `ip`), а во всех curl —
      латиницей `correspondent_account`; схема содержит оба ключа, оба необязательны
      (кириллический помечен `x-plusofon-alias-of: correspondent_account`), клиенту надо
      читать любой из них;
    - поля объекта `agreement` на странице не описаны — дана отсылка к методу сохранения
      данных ИП; схема перечисляет все поля таблицы `ip-save` и поля примера сверх неё:
      `file_passport`, `file_registration`, `file_selfie` (в примере `null`; что в них
      приходит, когда файлы загружены, не показано);
    - обязательных полей в `agreement` схема не задаёт: через `ip-save` можно сохранить
      неполные данные; несохранённое поле, по нашему прочтению, приходит со значением
      `null` — так пример показывает незагруженные файлы (`file_*: null`), а о прочих полях
      документация молчит, поэтому все поля `agreement` допускают `null`;
    - в примере `ogrn` (ОГРНИП) и `inn` — по 10 цифр, хотя ОГРНИП состоит из 15 цифр, а
      ИНН физлица — из 12 (значения условные);
    - «Данные не найдены» для ИП сообщаются текстом `Fiz contract not found` (как у
      физлица) и с ключом `error`, а не `message`;
    - «Пользователь не найден» здесь без точки в конце, у `GET fiz`/`GET jur` — с точкой.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementIpResponse | ErrorMessage | ErrorNotFound
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
