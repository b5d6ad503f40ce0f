# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_follow_request import NumberFollowRequest
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    *,
    body: NumberFollowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/number/follow",
    }

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
    body: NumberFollowRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Set call forwarding for numbers

     Настраивает переадресацию входящих вызовов с подключенных номеров (`numbers` — ИД номеров
    из `GET number`, не сами телефонные номера).

    Какие поля нужны, зависит от `type` (у каждого такого поля есть `x-plusofon-applies-to`):
    - `sip` — `sip_id`; `number` — `destination_number`; `group` — `group_id`;
      `scenario` — `scenario_id`; `call_queue` — `call_queue_id`; `sip_uri` — `destination_uri`;
    - `bitrix`, `amo` — `host`, а также `type_default` и `cli_type_default` (переадресация и
      режим АОНа по умолчанию). Нужны ли тогда поля типа из `type_default` (например, `sip_id`
      при `type_default: sip`), документация не говорит;
    - `empty` — без дополнительных полей.

    Особенности:
    - коды типов на странице не перечислены: список `sip`, `number`, `group`, `scenario`,
      `call_queue`, `sip_uri`, `bitrix`, `amo`, `empty` собран из описаний полей и из примера
      `number/follow-types` (в котором только `sip`, `number`, `group`, `scenario`);
    - `cli_type` помечен обязательным (⁎), но с оговоркой «для всех типов, кроме "empty"».
      Здесь обязательны только `type` и `numbers`; `cli_type` нужно передавать для всех типов,
      кроме `empty` (сервер, вероятно, отклонит запрос без него);
    - коды `cli_type`/`cli_type_default` — `Y`/`N` из `number/cli-types`, тогда как
      `GET number` показывает в `following.cli_type` название режима, а не код;
    - все значения в примерах запроса документации — заполнители (`"eligendi"`, `"ut"` …).

    Args:
        body (NumberFollowRequest): Тело `POST number/follow`. Обязательны `type` и `numbers`;
            остальные поля зависят от
            `type` (см. `x-plusofon-applies-to` у каждого). `cli_type` документация помечает ⁎ «для
            всех типов, кроме empty» — схема его не требует, но для всех типов, кроме `empty`, его
            нужно передавать.

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
    body: NumberFollowRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Set call forwarding for numbers

     Настраивает переадресацию входящих вызовов с подключенных номеров (`numbers` — ИД номеров
    из `GET number`, не сами телефонные номера).

    Какие поля нужны, зависит от `type` (у каждого такого поля есть `x-plusofon-applies-to`):
    - `sip` — `sip_id`; `number` — `destination_number`; `group` — `group_id`;
      `scenario` — `scenario_id`; `call_queue` — `call_queue_id`; `sip_uri` — `destination_uri`;
    - `bitrix`, `amo` — `host`, а также `type_default` и `cli_type_default` (переадресация и
      режим АОНа по умолчанию). Нужны ли тогда поля типа из `type_default` (например, `sip_id`
      при `type_default: sip`), документация не говорит;
    - `empty` — без дополнительных полей.

    Особенности:
    - коды типов на странице не перечислены: список `sip`, `number`, `group`, `scenario`,
      `call_queue`, `sip_uri`, `bitrix`, `amo`, `empty` собран из описаний полей и из примера
      `number/follow-types` (в котором только `sip`, `number`, `group`, `scenario`);
    - `cli_type` помечен обязательным (⁎), но с оговоркой «для всех типов, кроме "empty"».
      Здесь обязательны только `type` и `numbers`; `cli_type` нужно передавать для всех типов,
      кроме `empty` (сервер, вероятно, отклонит запрос без него);
    - коды `cli_type`/`cli_type_default` — `Y`/`N` из `number/cli-types`, тогда как
      `GET number` показывает в `following.cli_type` название режима, а не код;
    - все значения в примерах запроса документации — заполнители (`"eligendi"`, `"ut"` …).

    Args:
        body (NumberFollowRequest): Тело `POST number/follow`. Обязательны `type` и `numbers`;
            остальные поля зависят от
            `type` (см. `x-plusofon-applies-to` у каждого). `cli_type` документация помечает ⁎ «для
            всех типов, кроме empty» — схема его не требует, но для всех типов, кроме `empty`, его
            нужно передавать.

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
    body: NumberFollowRequest,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | Success]:
    """Set call forwarding for numbers

     Настраивает переадресацию входящих вызовов с подключенных номеров (`numbers` — ИД номеров
    из `GET number`, не сами телефонные номера).

    Какие поля нужны, зависит от `type` (у каждого такого поля есть `x-plusofon-applies-to`):
    - `sip` — `sip_id`; `number` — `destination_number`; `group` — `group_id`;
      `scenario` — `scenario_id`; `call_queue` — `call_queue_id`; `sip_uri` — `destination_uri`;
    - `bitrix`, `amo` — `host`, а также `type_default` и `cli_type_default` (переадресация и
      режим АОНа по умолчанию). Нужны ли тогда поля типа из `type_default` (например, `sip_id`
      при `type_default: sip`), документация не говорит;
    - `empty` — без дополнительных полей.

    Особенности:
    - коды типов на странице не перечислены: список `sip`, `number`, `group`, `scenario`,
      `call_queue`, `sip_uri`, `bitrix`, `amo`, `empty` собран из описаний полей и из примера
      `number/follow-types` (в котором только `sip`, `number`, `group`, `scenario`);
    - `cli_type` помечен обязательным (⁎), но с оговоркой «для всех типов, кроме "empty"».
      Здесь обязательны только `type` и `numbers`; `cli_type` нужно передавать для всех типов,
      кроме `empty` (сервер, вероятно, отклонит запрос без него);
    - коды `cli_type`/`cli_type_default` — `Y`/`N` из `number/cli-types`, тогда как
      `GET number` показывает в `following.cli_type` название режима, а не код;
    - все значения в примерах запроса документации — заполнители (`"eligendi"`, `"ut"` …).

    Args:
        body (NumberFollowRequest): Тело `POST number/follow`. Обязательны `type` и `numbers`;
            остальные поля зависят от
            `type` (см. `x-plusofon-applies-to` у каждого). `cli_type` документация помечает ⁎ «для
            всех типов, кроме empty» — схема его не требует, но для всех типов, кроме `empty`, его
            нужно передавать.

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
    body: NumberFollowRequest,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | Success | None:
    """Set call forwarding for numbers

     Настраивает переадресацию входящих вызовов с подключенных номеров (`numbers` — ИД номеров
    из `GET number`, не сами телефонные номера).

    Какие поля нужны, зависит от `type` (у каждого такого поля есть `x-plusofon-applies-to`):
    - `sip` — `sip_id`; `number` — `destination_number`; `group` — `group_id`;
      `scenario` — `scenario_id`; `call_queue` — `call_queue_id`; `sip_uri` — `destination_uri`;
    - `bitrix`, `amo` — `host`, а также `type_default` и `cli_type_default` (переадресация и
      режим АОНа по умолчанию). Нужны ли тогда поля типа из `type_default` (например, `sip_id`
      при `type_default: sip`), документация не говорит;
    - `empty` — без дополнительных полей.

    Особенности:
    - коды типов на странице не перечислены: список `sip`, `number`, `group`, `scenario`,
      `call_queue`, `sip_uri`, `bitrix`, `amo`, `empty` собран из описаний полей и из примера
      `number/follow-types` (в котором только `sip`, `number`, `group`, `scenario`);
    - `cli_type` помечен обязательным (⁎), но с оговоркой «для всех типов, кроме "empty"».
      Здесь обязательны только `type` и `numbers`; `cli_type` нужно передавать для всех типов,
      кроме `empty` (сервер, вероятно, отклонит запрос без него);
    - коды `cli_type`/`cli_type_default` — `Y`/`N` из `number/cli-types`, тогда как
      `GET number` показывает в `following.cli_type` название режима, а не код;
    - все значения в примерах запроса документации — заполнители (`"eligendi"`, `"ut"` …).

    Args:
        body (NumberFollowRequest): Тело `POST number/follow`. Обязательны `type` и `numbers`;
            остальные поля зависят от
            `type` (см. `x-plusofon-applies-to` у каждого). `cli_type` документация помечает ⁎ «для
            всех типов, кроме empty» — схема его не требует, но для всех типов, кроме `empty`, его
            нужно передавать.

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
