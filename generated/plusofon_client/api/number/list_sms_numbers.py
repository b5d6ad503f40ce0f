# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_not_found import ErrorNotFound
from ...models.number_sms_page import NumberSmsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/number/sms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage | None:
    if response.status_code == 200:
        response_200 = NumberSmsPage.from_dict(response.json())

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
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage]:
    """List numbers with SMS service

     Возвращает номера, к которым подключена услуга обмена SMS-сообщениями, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но ответ постраничный, поэтому здесь есть
      параметр `page`;
    - в описании ответа для `phone_type` указан только `def` (мобильный номер) — в схеме
      оставлен полный список типов;
    - `sms_packet.price` приходит строкой с копейками (`"300.00"`), а `sms_amount` и
      `sms_remaining` — целыми числами;
    - `sms_packet.packet` («ИД пакета») — строка вида UUID, а не целое число;
    - в тексте документации описание `def` склеено со следующим полем
      («мобильный номерowner_type»), а у `owner_type` нет собственного описания.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage | None:
    """List numbers with SMS service

     Возвращает номера, к которым подключена услуга обмена SMS-сообщениями, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но ответ постраничный, поэтому здесь есть
      параметр `page`;
    - в описании ответа для `phone_type` указан только `def` (мобильный номер) — в схеме
      оставлен полный список типов;
    - `sms_packet.price` приходит строкой с копейками (`"300.00"`), а `sms_amount` и
      `sms_remaining` — целыми числами;
    - `sms_packet.packet` («ИД пакета») — строка вида UUID, а не целое число;
    - в тексте документации описание `def` склеено со следующим полем
      («мобильный номерowner_type»), а у `owner_type` нет собственного описания.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage]:
    """List numbers with SMS service

     Возвращает номера, к которым подключена услуга обмена SMS-сообщениями, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но ответ постраничный, поэтому здесь есть
      параметр `page`;
    - в описании ответа для `phone_type` указан только `def` (мобильный номер) — в схеме
      оставлен полный список типов;
    - `sms_packet.price` приходит строкой с копейками (`"300.00"`), а `sms_amount` и
      `sms_remaining` — целыми числами;
    - `sms_packet.packet` («ИД пакета») — строка вида UUID, а не целое число;
    - в тексте документации описание `def` склеено со следующим полем
      («мобильный номерowner_type»), а у `owner_type` нет собственного описания.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage | None:
    """List numbers with SMS service

     Возвращает номера, к которым подключена услуга обмена SMS-сообщениями, постранично
    (Laravel, по 15 записей на странице, `?page=N`).

    Особенности:
    - документация пишет «Не имеет параметров», но ответ постраничный, поэтому здесь есть
      параметр `page`;
    - в описании ответа для `phone_type` указан только `def` (мобильный номер) — в схеме
      оставлен полный список типов;
    - `sms_packet.price` приходит строкой с копейками (`"300.00"`), а `sms_amount` и
      `sms_remaining` — целыми числами;
    - `sms_packet.packet` («ИД пакета») — строка вида UUID, а не целое число;
    - в тексте документации описание `def` склеено со следующим полем
      («мобильный номерowner_type»), а у `owner_type` нет собственного описания.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | ErrorNotFound | NumberSmsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed
