# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `number` operations: `NumberResource` (sync) and `AsyncNumberResource` (async)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from ..._arguments import (
    ArgumentCheck,
    any_of,
    argument_error,
    check_argument,
    is_type,
    list_of,
    one_of,
    path_segment,
)
from ..._operations import OPERATIONS_BY_ID
from ..._request import APIRequest, APIResponse, AsyncRequester, Requester
from ...models.number_buy_request import NumberBuyRequest
from ...models.number_cli_type import NumberCliType
from ...models.number_cli_types_response import NumberCliTypesResponse
from ...models.number_code_regions_request import NumberCodeRegionsRequest
from ...models.number_code_regions_response import NumberCodeRegionsResponse
from ...models.number_contact_list_request import NumberContactListRequest
from ...models.number_delete_request import NumberDeleteRequest
from ...models.number_follow_request import NumberFollowRequest
from ...models.number_follow_type import NumberFollowType
from ...models.number_follow_types_response import NumberFollowTypesResponse
from ...models.number_list_request import NumberListRequest
from ...models.number_owner_type import NumberOwnerType
from ...models.number_page import NumberPage
from ...models.number_phone_type import NumberPhoneType
from ...models.number_reserve_request import NumberReserveRequest
from ...models.number_reserve_request_short import NumberReserveRequestShort
from ...models.number_reserved_list_request import NumberReservedListRequest
from ...models.number_reserved_page import NumberReservedPage
from ...models.number_search_number_type import NumberSearchNumberType
from ...models.number_search_page import NumberSearchPage
from ...models.number_search_request import NumberSearchRequest
from ...models.number_sms_page import NumberSmsPage
from ...models.success import Success
from ...types import UNSET, Unset

_CHECK_LIST_NUMBERS__PHONE_TYPE: ArgumentCheck = one_of("800", "abc", "def")
_CHECK_LIST_NUMBERS__PAGE: ArgumentCheck = is_type(int)
_CHECK_LIST_SMS_NUMBERS__PAGE: ArgumentCheck = is_type(int)
_CHECK_DELETE_NUMBER__NUMBER_ID: ArgumentCheck = any_of(is_type(str), is_type(int))
_CHECK_DELETE_NUMBER__PIN: ArgumentCheck = is_type(str)
_CHECK_SET_NUMBER_FOLLOW__TYPE_: ArgumentCheck = one_of(
    "amo", "bitrix", "call_queue", "empty", "group", "number", "scenario", "sip", "sip_uri"
)
_CHECK_SET_NUMBER_FOLLOW__NUMBERS: ArgumentCheck = list_of(is_type(int))
_CHECK_SET_NUMBER_FOLLOW__TYPE_DEFAULT: ArgumentCheck = one_of(
    "amo", "bitrix", "call_queue", "empty", "group", "number", "scenario", "sip", "sip_uri"
)
_CHECK_SET_NUMBER_FOLLOW__SIP_ID: ArgumentCheck = is_type(int)
_CHECK_SET_NUMBER_FOLLOW__DESTINATION_NUMBER: ArgumentCheck = is_type(str)
_CHECK_SET_NUMBER_FOLLOW__GROUP_ID: ArgumentCheck = is_type(int)
_CHECK_SET_NUMBER_FOLLOW__SCENARIO_ID: ArgumentCheck = is_type(int)
_CHECK_SET_NUMBER_FOLLOW__CALL_QUEUE_ID: ArgumentCheck = is_type(int)
_CHECK_SET_NUMBER_FOLLOW__DESTINATION_URI: ArgumentCheck = is_type(str)
_CHECK_SET_NUMBER_FOLLOW__HOST: ArgumentCheck = is_type(str)
_CHECK_SET_NUMBER_FOLLOW__CLI_TYPE: ArgumentCheck = one_of("N", "Y")
_CHECK_SET_NUMBER_FOLLOW__CLI_TYPE_DEFAULT: ArgumentCheck = one_of("N", "Y")
_CHECK_SET_CONTACT_LIST__NUMBERS: ArgumentCheck = list_of(is_type(int))
_CHECK_SET_CONTACT_LIST__CONTACT_LIST_ID: ArgumentCheck = is_type(int)
_CHECK_SEARCH_NUMBERS__OWNER_TYPE: ArgumentCheck = one_of("business", "personal")
_CHECK_SEARCH_NUMBERS__REGION: ArgumentCheck = is_type(int)
_CHECK_SEARCH_NUMBERS__CITY_CODE: ArgumentCheck = is_type(int)
_CHECK_SEARCH_NUMBERS__PHONE_NUMBER: ArgumentCheck = is_type(str)
_CHECK_SEARCH_NUMBERS__NUMBER_TYPE: ArgumentCheck = one_of(0, 1, 2, 3, 4, 5)
_CHECK_SEARCH_NUMBERS__PHONE_TYPE: ArgumentCheck = one_of("800", "abc", "def")
_CHECK_SEARCH_NUMBERS__PAGE: ArgumentCheck = is_type(int)
_CHECK_LIST_CODE_REGIONS__TYPE_: ArgumentCheck = is_type(str)
_CHECK_LIST_RESERVED_NUMBERS__PHONE_TYPE: ArgumentCheck = one_of("800", "abc", "def")
_CHECK_LIST_RESERVED_NUMBERS__PAGE: ArgumentCheck = is_type(int)
_CHECK_RESERVE_NUMBER__NUMBER: ArgumentCheck = is_type(int)
_CHECK_RESERVE_NUMBER__OWNER_TYPE: ArgumentCheck = one_of("business", "personal")
_CHECK_RESERVE_NUMBER__SHORT: ArgumentCheck = one_of(1)
_CHECK_CANCEL_RESERVATION__RESERVE_NUMBER_ID: ArgumentCheck = any_of(is_type(str), is_type(int))
_CHECK_BUY_NUMBERS__NUMBERS: ArgumentCheck = list_of(any_of(is_type(int), is_type(str)))
_CHECK_BUY_NUMBERS__OWNER_TYPE: ArgumentCheck = one_of("business", "personal")


def _list_numbers(
    *,
    phone_type: NumberPhoneType | Unset,
    page: int | Unset,
) -> APIRequest[NumberPage]:
    """The call of `list_numbers`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("phone_type", phone_type, _CHECK_LIST_NUMBERS__PHONE_TYPE, optional=True)
        check_argument("page", page, _CHECK_LIST_NUMBERS__PAGE, optional=True)
        body = NumberListRequest(
            phone_type=phone_type,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("list_numbers", error) from None
    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return APIRequest(
        "list_numbers",
        "GET",
        "/api/v1/number",
        NumberPage,
        OPERATIONS_BY_ID["list_numbers"].side_effects,
        query=params or None,
        json=body or None,
    )


def _list_sms_numbers(
    *,
    page: int | Unset,
) -> APIRequest[NumberSmsPage]:
    """The call of `list_sms_numbers`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("page", page, _CHECK_LIST_SMS_NUMBERS__PAGE, optional=True)
    except ValueError as error:  # ArgumentError is one
        raise argument_error("list_sms_numbers", error) from None
    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return APIRequest(
        "list_sms_numbers",
        "GET",
        "/api/v1/number/sms",
        NumberSmsPage,
        OPERATIONS_BY_ID["list_sms_numbers"].side_effects,
        query=params or None,
    )


def _delete_number(
    *,
    number_id: int | str,
    pin: str | Unset,
) -> APIRequest[Success]:
    """The call of `delete_number`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("number_id", number_id, _CHECK_DELETE_NUMBER__NUMBER_ID)
        check_argument("pin", pin, _CHECK_DELETE_NUMBER__PIN, optional=True)
        path = "/api/v1/number/{number_id}".format(
            number_id=path_segment("number_id", number_id),
        )
        body = NumberDeleteRequest(
            pin=pin,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("delete_number", error) from None

    return APIRequest(
        "delete_number",
        "DELETE",
        path,
        Success,
        OPERATIONS_BY_ID["delete_number"].side_effects,
        json=body or None,
    )


def _set_number_follow(
    *,
    type_: NumberFollowType,
    numbers: list[int],
    type_default: NumberFollowType | Unset,
    sip_id: int | Unset,
    destination_number: str | Unset,
    group_id: int | Unset,
    scenario_id: int | Unset,
    call_queue_id: int | Unset,
    destination_uri: str | Unset,
    host: str | Unset,
    cli_type: NumberCliType | Unset,
    cli_type_default: NumberCliType | Unset,
) -> APIRequest[Success]:
    """The call of `set_number_follow`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("type_", type_, _CHECK_SET_NUMBER_FOLLOW__TYPE_)
        check_argument("numbers", numbers, _CHECK_SET_NUMBER_FOLLOW__NUMBERS)
        check_argument(
            "type_default", type_default, _CHECK_SET_NUMBER_FOLLOW__TYPE_DEFAULT, optional=True
        )
        check_argument("sip_id", sip_id, _CHECK_SET_NUMBER_FOLLOW__SIP_ID, optional=True)
        check_argument(
            "destination_number",
            destination_number,
            _CHECK_SET_NUMBER_FOLLOW__DESTINATION_NUMBER,
            optional=True,
        )
        check_argument("group_id", group_id, _CHECK_SET_NUMBER_FOLLOW__GROUP_ID, optional=True)
        check_argument(
            "scenario_id", scenario_id, _CHECK_SET_NUMBER_FOLLOW__SCENARIO_ID, optional=True
        )
        check_argument(
            "call_queue_id", call_queue_id, _CHECK_SET_NUMBER_FOLLOW__CALL_QUEUE_ID, optional=True
        )
        check_argument(
            "destination_uri",
            destination_uri,
            _CHECK_SET_NUMBER_FOLLOW__DESTINATION_URI,
            optional=True,
        )
        check_argument("host", host, _CHECK_SET_NUMBER_FOLLOW__HOST, optional=True)
        check_argument("cli_type", cli_type, _CHECK_SET_NUMBER_FOLLOW__CLI_TYPE, optional=True)
        check_argument(
            "cli_type_default",
            cli_type_default,
            _CHECK_SET_NUMBER_FOLLOW__CLI_TYPE_DEFAULT,
            optional=True,
        )
        body = NumberFollowRequest(
            type_=type_,
            numbers=numbers,
            type_default=type_default,
            sip_id=sip_id,
            destination_number=destination_number,
            group_id=group_id,
            scenario_id=scenario_id,
            call_queue_id=call_queue_id,
            destination_uri=destination_uri,
            host=host,
            cli_type=cli_type,
            cli_type_default=cli_type_default,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("set_number_follow", error) from None

    return APIRequest(
        "set_number_follow",
        "POST",
        "/api/v1/number/follow",
        Success,
        OPERATIONS_BY_ID["set_number_follow"].side_effects,
        json=body,
    )


def _set_contact_list(
    *,
    numbers: list[int],
    contact_list_id: int | Unset,
) -> APIRequest[Success]:
    """The call of `set_contact_list`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("numbers", numbers, _CHECK_SET_CONTACT_LIST__NUMBERS)
        check_argument(
            "contact_list_id",
            contact_list_id,
            _CHECK_SET_CONTACT_LIST__CONTACT_LIST_ID,
            optional=True,
        )
        body = NumberContactListRequest(
            numbers=numbers,
            contact_list_id=contact_list_id,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("set_contact_list", error) from None

    return APIRequest(
        "set_contact_list",
        "PATCH",
        "/api/v1/number/contact-list",
        Success,
        OPERATIONS_BY_ID["set_contact_list"].side_effects,
        json=body,
    )


def _list_follow_types() -> APIRequest[NumberFollowTypesResponse]:
    """The call of `list_follow_types`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "list_follow_types",
        "GET",
        "/api/v1/number/follow-types",
        NumberFollowTypesResponse,
        OPERATIONS_BY_ID["list_follow_types"].side_effects,
    )


def _list_cli_types() -> APIRequest[NumberCliTypesResponse]:
    """The call of `list_cli_types`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "list_cli_types",
        "GET",
        "/api/v1/number/cli-types",
        NumberCliTypesResponse,
        OPERATIONS_BY_ID["list_cli_types"].side_effects,
    )


def _search_numbers(
    *,
    owner_type: NumberOwnerType | Unset,
    region: int | Unset,
    city_code: int | Unset,
    phone_number: str | Unset,
    number_type: NumberSearchNumberType | Unset,
    phone_type: NumberPhoneType | Unset,
    page: int | Unset,
) -> APIRequest[NumberSearchPage]:
    """The call of `search_numbers`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("owner_type", owner_type, _CHECK_SEARCH_NUMBERS__OWNER_TYPE, optional=True)
        check_argument("region", region, _CHECK_SEARCH_NUMBERS__REGION, optional=True)
        check_argument("city_code", city_code, _CHECK_SEARCH_NUMBERS__CITY_CODE, optional=True)
        check_argument(
            "phone_number", phone_number, _CHECK_SEARCH_NUMBERS__PHONE_NUMBER, optional=True
        )
        check_argument(
            "number_type", number_type, _CHECK_SEARCH_NUMBERS__NUMBER_TYPE, optional=True
        )
        check_argument("phone_type", phone_type, _CHECK_SEARCH_NUMBERS__PHONE_TYPE, optional=True)
        check_argument("page", page, _CHECK_SEARCH_NUMBERS__PAGE, optional=True)
        body = NumberSearchRequest(
            owner_type=owner_type,
            region=region,
            city_code=city_code,
            phone_number=phone_number,
            number_type=number_type,
            phone_type=phone_type,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("search_numbers", error) from None
    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return APIRequest(
        "search_numbers",
        "GET",
        "/api/v1/number/search",
        NumberSearchPage,
        OPERATIONS_BY_ID["search_numbers"].side_effects,
        query=params or None,
        json=body or None,
    )


def _list_code_regions(
    *,
    type_: str | Unset,
) -> APIRequest[NumberCodeRegionsResponse]:
    """The call of `list_code_regions`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("type_", type_, _CHECK_LIST_CODE_REGIONS__TYPE_, optional=True)
        body = NumberCodeRegionsRequest(
            type_=type_,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("list_code_regions", error) from None

    return APIRequest(
        "list_code_regions",
        "GET",
        "/api/v1/number/code-regions",
        NumberCodeRegionsResponse,
        OPERATIONS_BY_ID["list_code_regions"].side_effects,
        json=body or None,
    )


def _list_reserved_numbers(
    *,
    phone_type: NumberPhoneType | Unset,
    page: int | Unset,
) -> APIRequest[NumberReservedPage]:
    """The call of `list_reserved_numbers`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument(
            "phone_type", phone_type, _CHECK_LIST_RESERVED_NUMBERS__PHONE_TYPE, optional=True
        )
        check_argument("page", page, _CHECK_LIST_RESERVED_NUMBERS__PAGE, optional=True)
        body = NumberReservedListRequest(
            phone_type=phone_type,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("list_reserved_numbers", error) from None
    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return APIRequest(
        "list_reserved_numbers",
        "GET",
        "/api/v1/number/reserve",
        NumberReservedPage,
        OPERATIONS_BY_ID["list_reserved_numbers"].side_effects,
        query=params or None,
        json=body or None,
    )


def _reserve_number(
    *,
    number: int,
    owner_type: NumberOwnerType,
    short: NumberReserveRequestShort | Unset,
) -> APIRequest[Success]:
    """The call of `reserve_number`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("number", number, _CHECK_RESERVE_NUMBER__NUMBER)
        check_argument("owner_type", owner_type, _CHECK_RESERVE_NUMBER__OWNER_TYPE)
        check_argument("short", short, _CHECK_RESERVE_NUMBER__SHORT, optional=True)
        body = NumberReserveRequest(
            number=number,
            owner_type=owner_type,
            short=short,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("reserve_number", error) from None

    return APIRequest(
        "reserve_number",
        "POST",
        "/api/v1/number/reserve",
        Success,
        OPERATIONS_BY_ID["reserve_number"].side_effects,
        json=body,
    )


def _cancel_reservation(
    *,
    reserve_number_id: int | str,
) -> APIRequest[Success]:
    """The call of `cancel_reservation`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument(
            "reserve_number_id", reserve_number_id, _CHECK_CANCEL_RESERVATION__RESERVE_NUMBER_ID
        )
        path = "/api/v1/number/reserve/{reserve_number_id}".format(
            reserve_number_id=path_segment("reserve_number_id", reserve_number_id),
        )
    except ValueError as error:  # ArgumentError is one
        raise argument_error("cancel_reservation", error) from None

    return APIRequest(
        "cancel_reservation",
        "DELETE",
        path,
        Success,
        OPERATIONS_BY_ID["cancel_reservation"].side_effects,
    )


def _buy_numbers(
    *,
    numbers: list[int | str],
    owner_type: NumberOwnerType,
) -> APIRequest[Success]:
    """The call of `buy_numbers`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("numbers", numbers, _CHECK_BUY_NUMBERS__NUMBERS)
        check_argument("owner_type", owner_type, _CHECK_BUY_NUMBERS__OWNER_TYPE)
        body = NumberBuyRequest(
            numbers=numbers,
            owner_type=owner_type,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("buy_numbers", error) from None

    return APIRequest(
        "buy_numbers",
        "POST",
        "/api/v1/number/buy",
        Success,
        OPERATIONS_BY_ID["buy_numbers"].side_effects,
        json=body,
    )


class NumberResource:
    """The `number` operations."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NumberResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return NumberResourceWithRawResponse(self._client)

    def list_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> NumberPage:
        """List connected numbers (`GET /api/v1/number`).

        Возвращает все телефонные номера, подключенные в текущем личном кабинете, постранично
        (Laravel, по 15 записей на странице, `?page=N`).

        Особенности:
        - фильтр `phone_type` передаётся JSON-телом GET-запроса (так его показывает документация);
          тело необязательно. В примерах запроса значение — заполнитель `"nihil"`;
        - суммы `period_price` и `buy_price` приходят целыми числами (`99`), а не строками;
        - `black_list`, `following`, `integration_following` могут быть `null`;
        - `cli_type` внутри `following` и `integration_following` — человекочитаемое название
          режима АОНа («Номер и имя звонящего»), а не код `Y`/`N`, который принимает `number/follow`;
        - `number` — строка в международном формате с `7` (`"79309993750"`), в отличие от
          `number/search`, где номер приходит без кода страны;
        - ссылки постраничной выдачи в примере указывают на `http://localhost`.

        Args:
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
            page (int | Unset):

        Returns:
            NumberPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _list_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    def list_sms_numbers(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> NumberSmsPage:
        """List numbers with SMS service (`GET /api/v1/number/sms`).

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
            page (int | Unset):

        Returns:
            NumberSmsPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _list_sms_numbers(
                page=page,
            )
        )

    def delete_number(
        self,
        *,
        number_id: int | str,
        pin: str | Unset = UNSET,
    ) -> Success:
        """Delete a connected number (`DELETE /api/v1/number/{number_id}`).

        Отключает (удаляет) телефонный номер, подключенный в текущем личном кабинете.

        Особенности:
        - `number_id` документация типизирует как строку (в примере — `31`), хотя это ИД
          подключенного номера (`id` из `GET number`, в ответе — целое число);
        - JSON-тело с полем `pin` есть только в примерах запроса (curl/JS/PHP/Python), в таблице
          параметров его нет; значение в примерах — заполнитель `"quo"`. Назначение PIN на странице
          не объяснено (вероятно, PIN двухфакторной аутентификации, как в `customer/tfa`);
        - ответ описан как `success` и `message` («сообщение об ошибке»).

        Args:
            number_id (int | str):
            pin (str | Unset): PIN. Поле есть только в примерах запроса (curl/JS/PHP/Python), в таблице
                параметров его
                нет; значение там — заполнитель `"quo"`. Назначение не описано (вероятно, PIN
                двухфакторной аутентификации, как в `customer/tfa`).

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _delete_number(
                number_id=number_id,
                pin=pin,
            )
        )

    def set_number_follow(
        self,
        *,
        type_: NumberFollowType,
        numbers: list[int],
        type_default: NumberFollowType | Unset = UNSET,
        sip_id: int | Unset = UNSET,
        destination_number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        scenario_id: int | Unset = UNSET,
        call_queue_id: int | Unset = UNSET,
        destination_uri: str | Unset = UNSET,
        host: str | Unset = UNSET,
        cli_type: NumberCliType | Unset = UNSET,
        cli_type_default: NumberCliType | Unset = UNSET,
    ) -> Success:
        """Set call forwarding for numbers (`POST /api/v1/number/follow`).

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
            type_ (NumberFollowType): Код типа переадресации (страница не перечисляет коды; список
                собран из описаний полей
                `number/follow` и примера `number/follow-types`):
                - `sip` — на SIP-аккаунт (`sip_id`)
                - `number` — на телефонный номер (`destination_number`)
                - `group` — на группу (`group_id`)
                - `scenario` — на сценарий (`scenario_id`)
                - `call_queue` — на очередь вызовов (`call_queue_id`)
                - `sip_uri` — на адрес SIP URI (`destination_uri`)
                - `bitrix` — в интеграцию Битрикс24 (`host`, `type_default`, `cli_type_default`)
                - `amo` — в интеграцию amoCRM (`host`, `type_default`, `cli_type_default`)
                - `empty` — без переадресации (смысл на странице не описан; судя по названию и по тому, что
                  `cli_type` для него не нужен, — снятие переадресации)
            numbers (list[int]): ИД номеров (`id` из `GET number`), для которых устанавливается
                переадресация (⁎)
            type_default (NumberFollowType | Unset): Код типа переадресации (страница не перечисляет
                коды; список собран из описаний полей
                `number/follow` и примера `number/follow-types`):
                - `sip` — на SIP-аккаунт (`sip_id`)
                - `number` — на телефонный номер (`destination_number`)
                - `group` — на группу (`group_id`)
                - `scenario` — на сценарий (`scenario_id`)
                - `call_queue` — на очередь вызовов (`call_queue_id`)
                - `sip_uri` — на адрес SIP URI (`destination_uri`)
                - `bitrix` — в интеграцию Битрикс24 (`host`, `type_default`, `cli_type_default`)
                - `amo` — в интеграцию amoCRM (`host`, `type_default`, `cli_type_default`)
                - `empty` — без переадресации (смысл на странице не описан; судя по названию и по тому, что
                  `cli_type` для него не нужен, — снятие переадресации)
            sip_id (int | Unset): только для типа `sip` — ИД SIP-аккаунта, на который устанавливается
                переадресация
            destination_number (str | Unset): только для типа `number` — телефонный номер, на который
                устанавливается переадресация
            group_id (int | Unset): только для типа `group` — ИД группы, на которую устанавливается
                переадресация
            scenario_id (int | Unset): только для типа `scenario` — ИД сценария, на который
                устанавливается переадресация
            call_queue_id (int | Unset): только для типа `call_queue` — ИД очереди вызовов, на которую
                устанавливается переадресация
            destination_uri (str | Unset): только для типа `sip_uri` — адрес SIP URI, на который
                устанавливается переадресация
            host (str | Unset): только для типов `bitrix` и `amo` — адрес хоста интеграции
            cli_type (NumberCliType | Unset): Код режима показа АОНа при переадресации (из `number/cli-
                types`):
                - `Y` — номер и имя звонящего
                - `N` — переадресующий номер
            cli_type_default (NumberCliType | Unset): Код режима показа АОНа при переадресации (из
                `number/cli-types`):
                - `Y` — номер и имя звонящего
                - `N` — переадресующий номер

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _set_number_follow(
                type_=type_,
                numbers=numbers,
                type_default=type_default,
                sip_id=sip_id,
                destination_number=destination_number,
                group_id=group_id,
                scenario_id=scenario_id,
                call_queue_id=call_queue_id,
                destination_uri=destination_uri,
                host=host,
                cli_type=cli_type,
                cli_type_default=cli_type_default,
            )
        )

    def set_contact_list(
        self,
        *,
        numbers: list[int],
        contact_list_id: int | Unset = UNSET,
    ) -> Success:
        """Assign or remove a black list for numbers (`PATCH /api/v1/number/contact-list`).

        Назначает подключенным номерам (`numbers` — ИД номеров из `GET number`) чёрный список
        (список контактов `contact_list_id`).

        Особенности:
        - `contact_list_id` в таблице помечен обязательным (⁎), но текст под таблицей говорит, что
          для отключения чёрного списка запрос отправляют без `contact_list_id`. Здесь поле
          необязательное: с ним список назначается, без него — снимается;
        - ответ описан как `success` и `message` («сообщение об ошибке»).

        Args:
            numbers (list[int]): ИД номеров (`id` из `GET number`), на которые назначается список (⁎)
            contact_list_id (int | Unset): ИД списка контактов (чёрного списка). В таблице помечен
                обязательным (⁎), но для
                отключения чёрного списка запрос отправляют без этого поля — поэтому здесь оно
                необязательное.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _set_contact_list(
                numbers=numbers,
                contact_list_id=contact_list_id,
            )
        )

    def list_follow_types(
        self,
    ) -> NumberFollowTypesResponse:
        """List call forwarding types (`GET /api/v1/number/follow-types`).

        Справочник доступных типов переадресации (`follow_types`): код, название и режимы аренды
        номера (`business`/`personal`), для которых тип доступен.

        Особенности:
        - в примере ответа нет поля `success`, в отличие от большинства методов, поэтому оно
          необязательное;
        - ответ не постраничный;
        - в примере только `sip`, `number`, `group`, `scenario`, хотя `number/follow` описывает ещё
          `call_queue`, `sip_uri`, `bitrix`, `amo`, `empty`; поэтому `type` здесь — строка без
          перечисления (справочник может вернуть и другие коды).

        Returns:
            NumberFollowTypesResponse: the parsed success response.
        """
        return self._client.request(_list_follow_types())

    def list_cli_types(
        self,
    ) -> NumberCliTypesResponse:
        """List caller ID (CLI) display types (`GET /api/v1/number/cli-types`).

        Справочник режимов работы определителя номера (АОН) для входящих вызовов (`cli_types`):
        код (`Y`, `N`) и название.

        Особенности:
        - в примере ответа нет поля `success`, поэтому оно необязательное;
        - код (`Y`/`N`) передаётся в `cli_type` метода `number/follow`, а `GET number` в
          `following.cli_type` показывает название («Номер и имя звонящего»), а не код;
        - `type` здесь — строка без перечисления: это справочник, он может вернуть и другие коды.

        Returns:
            NumberCliTypesResponse: the parsed success response.
        """
        return self._client.request(_list_cli_types())

    def search_numbers(
        self,
        *,
        owner_type: NumberOwnerType | Unset = UNSET,
        region: int | Unset = UNSET,
        city_code: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        number_type: NumberSearchNumberType | Unset = UNSET,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> NumberSearchPage:
        """Search the number showcase (`GET /api/v1/number/search`).

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
            owner_type (NumberOwnerType | Unset): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем
            region (int | Unset): ИД региона (по-видимому, `id` из `number/code-regions`)
            city_code (int | Unset): код города (целое число, например `495`)
            phone_number (str | Unset): маска поиска номера телефона (без кода города): `?` — замена
                одного любого символа,
                `*` — замена последовательности любых символов
            number_type (NumberSearchNumberType | Unset): Категория («красивость») номера в ответе
                `number/search` — ЦЕЛОЕ ЧИСЛО (в запросе то же
                поле передаётся строкой, см. `NumberSearchNumberTypeFilter`):
                - `0` — «простой» номер
                - `1` — «серебряный» номер
                - `2` — «золотой» номер
                - `3` — «платиновый» номер
                - `4` — «эксклюзивный» номер
                - `5` — «бронзовый» номер

                Имена констант (`x-enum-varnames`) с окончанием `_NUMBER`: они уникальны во всей
                спецификации, потому что `openapi-generator -g go` объявляет константы перечислений на
                уровне пакета, рядом с константами `NumberSearchNumberTypeFilter` (`SIMPLE` …).
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
            page (int | Unset):

        Returns:
            NumberSearchPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _search_numbers(
                owner_type=owner_type,
                region=region,
                city_code=city_code,
                phone_number=phone_number,
                number_type=number_type,
                phone_type=phone_type,
                page=page,
            )
        )

    def list_code_regions(
        self,
        *,
        type_: str | Unset = UNSET,
    ) -> NumberCodeRegionsResponse:
        """List region codes (`GET /api/v1/number/code-regions`).

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
            type_ (str | Unset): Поле есть только в примерах запроса (curl/JS/PHP/Python), хотя
                документация пишет «Не
                имеет параметров»; значение там — заполнитель `"rerum"`. Смысл и допустимые значения
                неизвестны.

        Returns:
            NumberCodeRegionsResponse: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _list_code_regions(
                type_=type_,
            )
        )

    def list_reserved_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> NumberReservedPage:
        """List reserved numbers (`GET /api/v1/number/reserve`).

        Возвращает номера, зарезервированные (но ещё не купленные) в текущем личном кабинете,
        постранично (Laravel, по 15 записей на странице, `?page=N`).

        Особенности:
        - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
          `{"phone_type": ...}` (значение — заполнитель `"natus"`); здесь это необязательный фильтр
          по типу номера (`x-plusofon-curl-only`);
        - `reserved_untill` (так, с опечаткой, поле называется в ответе) — дата и время
          `YYYY-MM-DD HH:MM:SS` без часового пояса;
        - `id` описан как «ИД подключенного номера», хотя это запись резерва: его передают в
          `DELETE number/reserve/{reserve_number_id}`;
        - суммы `buy_price` и `period_price` — целые числа;
        - `number` — строка с `7` (`"74951919036"`), хотя `POST number/reserve` принимает номер
          целым числом;
        - ссылки постраничной выдачи в примере указывают на `http://localhost`.

        Args:
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
            page (int | Unset):

        Returns:
            NumberReservedPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _list_reserved_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    def reserve_number(
        self,
        *,
        number: int,
        owner_type: NumberOwnerType,
        short: NumberReserveRequestShort | Unset = UNSET,
    ) -> Success:
        """Reserve a number (`POST /api/v1/number/reserve`).

        Резервирует (но не покупает) номер с витрины, найденный через `number/search`.
        Купить зарезервированный номер — `POST number/buy`.

        Особенности:
        - `number` — целое число (номер с кодом города, например `4951332210`, как его отдаёт
          `number/search`), хотя везде в ответах номера — строки;
        - `short` — единственное описанное значение `1` («резерв на один час»); срок резерва без
          `short` не описан; в документации тип склеен со значением («integer1»), а описание — с
          началом примера curl;
        - ответ — только `{"success": true}` без ИД резерва: ИД (`id`) и срок (`reserved_untill`)
          нужно узнать через `GET number/reserve`;
        - все значения в примерах запроса документации — заполнители (`"number": 11`,
          `"owner_type": "sit"`, `"short": 17`).

        Args:
            number (int): номер телефона с кодом города (⁎), целым числом — например `4951332210`, как
                его отдаёт
                `number/search` (там строкой)
            owner_type (NumberOwnerType): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем
            short (NumberReserveRequestShort | Unset): `1` — резерв на один час (единственное описанное
                значение; срок резерва без этого поля
                не описан)

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _reserve_number(
                number=number,
                owner_type=owner_type,
                short=short,
            )
        )

    def cancel_reservation(
        self,
        *,
        reserve_number_id: int | str,
    ) -> Success:
        """Cancel a number reservation (`DELETE /api/v1/number/reserve/{reserve_number_id}`).

        Отменяет резервирование номера.

        Особенности:
        - `reserve_number_id` документация типизирует как строку (в примере — `42`), хотя это
          `id` записи из `GET number/reserve` (там — целое число);
        - тела у запроса нет; ответ описан как `success` и `message` («сообщение об ошибке»).

        Args:
            reserve_number_id (int | str):

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _cancel_reservation(
                reserve_number_id=reserve_number_id,
            )
        )

    def buy_numbers(
        self,
        *,
        numbers: list[int | str],
        owner_type: NumberOwnerType,
    ) -> Success:
        """Buy reserved numbers (`POST /api/v1/number/buy`).

        Покупает ранее зарезервированные номера (`POST number/reserve`).

        **Внимание: операция списывает деньги** (стоимость подключения `buy_price` и абонентская
        плата). Не повторяйте запрос вслепую после таймаута или ошибки сети — сначала проверьте
        `GET number` (купленный номер появится там) и `GET number/reserve`.

        Особенности:
        - тип элементов `numbers` («массив покупаемых номеров») не описан; здесь принимаются и целые
          числа (как номер принимает `POST number/reserve`, например `4951919036`), и строки (как
          номер показывает `GET number/reserve`, например `"74951919036"`); какую форму ждёт сервер,
          неизвестно. Это телефонные номера, а не ИД резерва;
        - `owner_type` обязателен, хотя режим уже был указан при резервировании;
        - ответ — только `{"success": true}`, без сведений о списании;
        - значения в примерах запроса документации — заполнители (`"numbers": []`,
          `"owner_type": "minus"`).

        Args:
            numbers (list[int | str]): массив покупаемых (ранее зарезервированных) телефонных номеров
                (⁎). Тип элементов не
                описан: принимаются целые числа (как в `POST number/reserve`, `4951919036`) и строки
                (как в `GET number/reserve`, `"74951919036"`).
            owner_type (NumberOwnerType): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _buy_numbers(
                numbers=numbers,
                owner_type=owner_type,
            )
        )


class AsyncNumberResource:
    """The `number` operations, async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNumberResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncNumberResourceWithRawResponse(self._client)

    async def list_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> NumberPage:
        """List connected numbers (`GET /api/v1/number`).

        Возвращает все телефонные номера, подключенные в текущем личном кабинете, постранично
        (Laravel, по 15 записей на странице, `?page=N`).

        Особенности:
        - фильтр `phone_type` передаётся JSON-телом GET-запроса (так его показывает документация);
          тело необязательно. В примерах запроса значение — заполнитель `"nihil"`;
        - суммы `period_price` и `buy_price` приходят целыми числами (`99`), а не строками;
        - `black_list`, `following`, `integration_following` могут быть `null`;
        - `cli_type` внутри `following` и `integration_following` — человекочитаемое название
          режима АОНа («Номер и имя звонящего»), а не код `Y`/`N`, который принимает `number/follow`;
        - `number` — строка в международном формате с `7` (`"79309993750"`), в отличие от
          `number/search`, где номер приходит без кода страны;
        - ссылки постраничной выдачи в примере указывают на `http://localhost`.

        Args:
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
            page (int | Unset):

        Returns:
            NumberPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _list_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    async def list_sms_numbers(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> NumberSmsPage:
        """List numbers with SMS service (`GET /api/v1/number/sms`).

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
            page (int | Unset):

        Returns:
            NumberSmsPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _list_sms_numbers(
                page=page,
            )
        )

    async def delete_number(
        self,
        *,
        number_id: int | str,
        pin: str | Unset = UNSET,
    ) -> Success:
        """Delete a connected number (`DELETE /api/v1/number/{number_id}`).

        Отключает (удаляет) телефонный номер, подключенный в текущем личном кабинете.

        Особенности:
        - `number_id` документация типизирует как строку (в примере — `31`), хотя это ИД
          подключенного номера (`id` из `GET number`, в ответе — целое число);
        - JSON-тело с полем `pin` есть только в примерах запроса (curl/JS/PHP/Python), в таблице
          параметров его нет; значение в примерах — заполнитель `"quo"`. Назначение PIN на странице
          не объяснено (вероятно, PIN двухфакторной аутентификации, как в `customer/tfa`);
        - ответ описан как `success` и `message` («сообщение об ошибке»).

        Args:
            number_id (int | str):
            pin (str | Unset): PIN. Поле есть только в примерах запроса (curl/JS/PHP/Python), в таблице
                параметров его
                нет; значение там — заполнитель `"quo"`. Назначение не описано (вероятно, PIN
                двухфакторной аутентификации, как в `customer/tfa`).

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _delete_number(
                number_id=number_id,
                pin=pin,
            )
        )

    async def set_number_follow(
        self,
        *,
        type_: NumberFollowType,
        numbers: list[int],
        type_default: NumberFollowType | Unset = UNSET,
        sip_id: int | Unset = UNSET,
        destination_number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        scenario_id: int | Unset = UNSET,
        call_queue_id: int | Unset = UNSET,
        destination_uri: str | Unset = UNSET,
        host: str | Unset = UNSET,
        cli_type: NumberCliType | Unset = UNSET,
        cli_type_default: NumberCliType | Unset = UNSET,
    ) -> Success:
        """Set call forwarding for numbers (`POST /api/v1/number/follow`).

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
            type_ (NumberFollowType): Код типа переадресации (страница не перечисляет коды; список
                собран из описаний полей
                `number/follow` и примера `number/follow-types`):
                - `sip` — на SIP-аккаунт (`sip_id`)
                - `number` — на телефонный номер (`destination_number`)
                - `group` — на группу (`group_id`)
                - `scenario` — на сценарий (`scenario_id`)
                - `call_queue` — на очередь вызовов (`call_queue_id`)
                - `sip_uri` — на адрес SIP URI (`destination_uri`)
                - `bitrix` — в интеграцию Битрикс24 (`host`, `type_default`, `cli_type_default`)
                - `amo` — в интеграцию amoCRM (`host`, `type_default`, `cli_type_default`)
                - `empty` — без переадресации (смысл на странице не описан; судя по названию и по тому, что
                  `cli_type` для него не нужен, — снятие переадресации)
            numbers (list[int]): ИД номеров (`id` из `GET number`), для которых устанавливается
                переадресация (⁎)
            type_default (NumberFollowType | Unset): Код типа переадресации (страница не перечисляет
                коды; список собран из описаний полей
                `number/follow` и примера `number/follow-types`):
                - `sip` — на SIP-аккаунт (`sip_id`)
                - `number` — на телефонный номер (`destination_number`)
                - `group` — на группу (`group_id`)
                - `scenario` — на сценарий (`scenario_id`)
                - `call_queue` — на очередь вызовов (`call_queue_id`)
                - `sip_uri` — на адрес SIP URI (`destination_uri`)
                - `bitrix` — в интеграцию Битрикс24 (`host`, `type_default`, `cli_type_default`)
                - `amo` — в интеграцию amoCRM (`host`, `type_default`, `cli_type_default`)
                - `empty` — без переадресации (смысл на странице не описан; судя по названию и по тому, что
                  `cli_type` для него не нужен, — снятие переадресации)
            sip_id (int | Unset): только для типа `sip` — ИД SIP-аккаунта, на который устанавливается
                переадресация
            destination_number (str | Unset): только для типа `number` — телефонный номер, на который
                устанавливается переадресация
            group_id (int | Unset): только для типа `group` — ИД группы, на которую устанавливается
                переадресация
            scenario_id (int | Unset): только для типа `scenario` — ИД сценария, на который
                устанавливается переадресация
            call_queue_id (int | Unset): только для типа `call_queue` — ИД очереди вызовов, на которую
                устанавливается переадресация
            destination_uri (str | Unset): только для типа `sip_uri` — адрес SIP URI, на который
                устанавливается переадресация
            host (str | Unset): только для типов `bitrix` и `amo` — адрес хоста интеграции
            cli_type (NumberCliType | Unset): Код режима показа АОНа при переадресации (из `number/cli-
                types`):
                - `Y` — номер и имя звонящего
                - `N` — переадресующий номер
            cli_type_default (NumberCliType | Unset): Код режима показа АОНа при переадресации (из
                `number/cli-types`):
                - `Y` — номер и имя звонящего
                - `N` — переадресующий номер

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _set_number_follow(
                type_=type_,
                numbers=numbers,
                type_default=type_default,
                sip_id=sip_id,
                destination_number=destination_number,
                group_id=group_id,
                scenario_id=scenario_id,
                call_queue_id=call_queue_id,
                destination_uri=destination_uri,
                host=host,
                cli_type=cli_type,
                cli_type_default=cli_type_default,
            )
        )

    async def set_contact_list(
        self,
        *,
        numbers: list[int],
        contact_list_id: int | Unset = UNSET,
    ) -> Success:
        """Assign or remove a black list for numbers (`PATCH /api/v1/number/contact-list`).

        Назначает подключенным номерам (`numbers` — ИД номеров из `GET number`) чёрный список
        (список контактов `contact_list_id`).

        Особенности:
        - `contact_list_id` в таблице помечен обязательным (⁎), но текст под таблицей говорит, что
          для отключения чёрного списка запрос отправляют без `contact_list_id`. Здесь поле
          необязательное: с ним список назначается, без него — снимается;
        - ответ описан как `success` и `message` («сообщение об ошибке»).

        Args:
            numbers (list[int]): ИД номеров (`id` из `GET number`), на которые назначается список (⁎)
            contact_list_id (int | Unset): ИД списка контактов (чёрного списка). В таблице помечен
                обязательным (⁎), но для
                отключения чёрного списка запрос отправляют без этого поля — поэтому здесь оно
                необязательное.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _set_contact_list(
                numbers=numbers,
                contact_list_id=contact_list_id,
            )
        )

    async def list_follow_types(
        self,
    ) -> NumberFollowTypesResponse:
        """List call forwarding types (`GET /api/v1/number/follow-types`).

        Справочник доступных типов переадресации (`follow_types`): код, название и режимы аренды
        номера (`business`/`personal`), для которых тип доступен.

        Особенности:
        - в примере ответа нет поля `success`, в отличие от большинства методов, поэтому оно
          необязательное;
        - ответ не постраничный;
        - в примере только `sip`, `number`, `group`, `scenario`, хотя `number/follow` описывает ещё
          `call_queue`, `sip_uri`, `bitrix`, `amo`, `empty`; поэтому `type` здесь — строка без
          перечисления (справочник может вернуть и другие коды).

        Returns:
            NumberFollowTypesResponse: the parsed success response.
        """
        return await self._client.request(_list_follow_types())

    async def list_cli_types(
        self,
    ) -> NumberCliTypesResponse:
        """List caller ID (CLI) display types (`GET /api/v1/number/cli-types`).

        Справочник режимов работы определителя номера (АОН) для входящих вызовов (`cli_types`):
        код (`Y`, `N`) и название.

        Особенности:
        - в примере ответа нет поля `success`, поэтому оно необязательное;
        - код (`Y`/`N`) передаётся в `cli_type` метода `number/follow`, а `GET number` в
          `following.cli_type` показывает название («Номер и имя звонящего»), а не код;
        - `type` здесь — строка без перечисления: это справочник, он может вернуть и другие коды.

        Returns:
            NumberCliTypesResponse: the parsed success response.
        """
        return await self._client.request(_list_cli_types())

    async def search_numbers(
        self,
        *,
        owner_type: NumberOwnerType | Unset = UNSET,
        region: int | Unset = UNSET,
        city_code: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        number_type: NumberSearchNumberType | Unset = UNSET,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> NumberSearchPage:
        """Search the number showcase (`GET /api/v1/number/search`).

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
            owner_type (NumberOwnerType | Unset): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем
            region (int | Unset): ИД региона (по-видимому, `id` из `number/code-regions`)
            city_code (int | Unset): код города (целое число, например `495`)
            phone_number (str | Unset): маска поиска номера телефона (без кода города): `?` — замена
                одного любого символа,
                `*` — замена последовательности любых символов
            number_type (NumberSearchNumberType | Unset): Категория («красивость») номера в ответе
                `number/search` — ЦЕЛОЕ ЧИСЛО (в запросе то же
                поле передаётся строкой, см. `NumberSearchNumberTypeFilter`):
                - `0` — «простой» номер
                - `1` — «серебряный» номер
                - `2` — «золотой» номер
                - `3` — «платиновый» номер
                - `4` — «эксклюзивный» номер
                - `5` — «бронзовый» номер

                Имена констант (`x-enum-varnames`) с окончанием `_NUMBER`: они уникальны во всей
                спецификации, потому что `openapi-generator -g go` объявляет константы перечислений на
                уровне пакета, рядом с константами `NumberSearchNumberTypeFilter` (`SIMPLE` …).
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
            page (int | Unset):

        Returns:
            NumberSearchPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _search_numbers(
                owner_type=owner_type,
                region=region,
                city_code=city_code,
                phone_number=phone_number,
                number_type=number_type,
                phone_type=phone_type,
                page=page,
            )
        )

    async def list_code_regions(
        self,
        *,
        type_: str | Unset = UNSET,
    ) -> NumberCodeRegionsResponse:
        """List region codes (`GET /api/v1/number/code-regions`).

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
            type_ (str | Unset): Поле есть только в примерах запроса (curl/JS/PHP/Python), хотя
                документация пишет «Не
                имеет параметров»; значение там — заполнитель `"rerum"`. Смысл и допустимые значения
                неизвестны.

        Returns:
            NumberCodeRegionsResponse: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _list_code_regions(
                type_=type_,
            )
        )

    async def list_reserved_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> NumberReservedPage:
        """List reserved numbers (`GET /api/v1/number/reserve`).

        Возвращает номера, зарезервированные (но ещё не купленные) в текущем личном кабинете,
        постранично (Laravel, по 15 записей на странице, `?page=N`).

        Особенности:
        - документация пишет «Не имеет параметров», но примеры запроса отправляют JSON-тело
          `{"phone_type": ...}` (значение — заполнитель `"natus"`); здесь это необязательный фильтр
          по типу номера (`x-plusofon-curl-only`);
        - `reserved_untill` (так, с опечаткой, поле называется в ответе) — дата и время
          `YYYY-MM-DD HH:MM:SS` без часового пояса;
        - `id` описан как «ИД подключенного номера», хотя это запись резерва: его передают в
          `DELETE number/reserve/{reserve_number_id}`;
        - суммы `buy_price` и `period_price` — целые числа;
        - `number` — строка с `7` (`"74951919036"`), хотя `POST number/reserve` принимает номер
          целым числом;
        - ссылки постраничной выдачи в примере указывают на `http://localhost`.

        Args:
            phone_type (NumberPhoneType | Unset): Тип номера:
                - `abc` — городской номер
                - `def` — мобильный номер
                - `800` — номер 8-800

                Значение `800` не является идентификатором Python, поэтому имена констант заданы в
                `x-enum-varnames` (ABC, DEF, TOLL_FREE_800).
            page (int | Unset):

        Returns:
            NumberReservedPage: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _list_reserved_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    async def reserve_number(
        self,
        *,
        number: int,
        owner_type: NumberOwnerType,
        short: NumberReserveRequestShort | Unset = UNSET,
    ) -> Success:
        """Reserve a number (`POST /api/v1/number/reserve`).

        Резервирует (но не покупает) номер с витрины, найденный через `number/search`.
        Купить зарезервированный номер — `POST number/buy`.

        Особенности:
        - `number` — целое число (номер с кодом города, например `4951332210`, как его отдаёт
          `number/search`), хотя везде в ответах номера — строки;
        - `short` — единственное описанное значение `1` («резерв на один час»); срок резерва без
          `short` не описан; в документации тип склеен со значением («integer1»), а описание — с
          началом примера curl;
        - ответ — только `{"success": true}` без ИД резерва: ИД (`id`) и срок (`reserved_untill`)
          нужно узнать через `GET number/reserve`;
        - все значения в примерах запроса документации — заполнители (`"number": 11`,
          `"owner_type": "sit"`, `"short": 17`).

        Args:
            number (int): номер телефона с кодом города (⁎), целым числом — например `4951332210`, как
                его отдаёт
                `number/search` (там строкой)
            owner_type (NumberOwnerType): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем
            short (NumberReserveRequestShort | Unset): `1` — резерв на один час (единственное описанное
                значение; срок резерва без этого поля
                не описан)

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _reserve_number(
                number=number,
                owner_type=owner_type,
                short=short,
            )
        )

    async def cancel_reservation(
        self,
        *,
        reserve_number_id: int | str,
    ) -> Success:
        """Cancel a number reservation (`DELETE /api/v1/number/reserve/{reserve_number_id}`).

        Отменяет резервирование номера.

        Особенности:
        - `reserve_number_id` документация типизирует как строку (в примере — `42`), хотя это
          `id` записи из `GET number/reserve` (там — целое число);
        - тела у запроса нет; ответ описан как `success` и `message` («сообщение об ошибке»).

        Args:
            reserve_number_id (int | str):

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _cancel_reservation(
                reserve_number_id=reserve_number_id,
            )
        )

    async def buy_numbers(
        self,
        *,
        numbers: list[int | str],
        owner_type: NumberOwnerType,
    ) -> Success:
        """Buy reserved numbers (`POST /api/v1/number/buy`).

        Покупает ранее зарезервированные номера (`POST number/reserve`).

        **Внимание: операция списывает деньги** (стоимость подключения `buy_price` и абонентская
        плата). Не повторяйте запрос вслепую после таймаута или ошибки сети — сначала проверьте
        `GET number` (купленный номер появится там) и `GET number/reserve`.

        Особенности:
        - тип элементов `numbers` («массив покупаемых номеров») не описан; здесь принимаются и целые
          числа (как номер принимает `POST number/reserve`, например `4951919036`), и строки (как
          номер показывает `GET number/reserve`, например `"74951919036"`); какую форму ждёт сервер,
          неизвестно. Это телефонные номера, а не ИД резерва;
        - `owner_type` обязателен, хотя режим уже был указан при резервировании;
        - ответ — только `{"success": true}`, без сведений о списании;
        - значения в примерах запроса документации — заполнители (`"numbers": []`,
          `"owner_type": "minus"`).

        Args:
            numbers (list[int | str]): массив покупаемых (ранее зарезервированных) телефонных номеров
                (⁎). Тип элементов не
                описан: принимаются целые числа (как в `POST number/reserve`, `4951919036`) и строки
                (как в `GET number/reserve`, `"74951919036"`).
            owner_type (NumberOwnerType): Режим аренды (покупки) номера:
                - `business` — многоканальный, номер для использования в логике АТС
                - `personal` — одноканальный, номер для персонального использования одним пользователем

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _buy_numbers(
                numbers=numbers,
                owner_type=owner_type,
            )
        )


class NumberResourceWithRawResponse:
    """The `number` operations, returning the raw answer."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    def list_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberPage]:
        """`list_numbers` (`GET /api/v1/number`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _list_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    def list_sms_numbers(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberSmsPage]:
        """`list_sms_numbers` (`GET /api/v1/number/sms`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _list_sms_numbers(
                page=page,
            )
        )

    def delete_number(
        self,
        *,
        number_id: int | str,
        pin: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`delete_number` (`DELETE /api/v1/number/{number_id}`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _delete_number(
                number_id=number_id,
                pin=pin,
            )
        )

    def set_number_follow(
        self,
        *,
        type_: NumberFollowType,
        numbers: list[int],
        type_default: NumberFollowType | Unset = UNSET,
        sip_id: int | Unset = UNSET,
        destination_number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        scenario_id: int | Unset = UNSET,
        call_queue_id: int | Unset = UNSET,
        destination_uri: str | Unset = UNSET,
        host: str | Unset = UNSET,
        cli_type: NumberCliType | Unset = UNSET,
        cli_type_default: NumberCliType | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`set_number_follow` (`POST /api/v1/number/follow`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _set_number_follow(
                type_=type_,
                numbers=numbers,
                type_default=type_default,
                sip_id=sip_id,
                destination_number=destination_number,
                group_id=group_id,
                scenario_id=scenario_id,
                call_queue_id=call_queue_id,
                destination_uri=destination_uri,
                host=host,
                cli_type=cli_type,
                cli_type_default=cli_type_default,
            )
        )

    def set_contact_list(
        self,
        *,
        numbers: list[int],
        contact_list_id: int | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`set_contact_list` (`PATCH /api/v1/number/contact-list`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _set_contact_list(
                numbers=numbers,
                contact_list_id=contact_list_id,
            )
        )

    def list_follow_types(
        self,
    ) -> APIResponse[NumberFollowTypesResponse]:
        """`list_follow_types` (`GET /api/v1/number/follow-types`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_list_follow_types())

    def list_cli_types(
        self,
    ) -> APIResponse[NumberCliTypesResponse]:
        """`list_cli_types` (`GET /api/v1/number/cli-types`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_list_cli_types())

    def search_numbers(
        self,
        *,
        owner_type: NumberOwnerType | Unset = UNSET,
        region: int | Unset = UNSET,
        city_code: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        number_type: NumberSearchNumberType | Unset = UNSET,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberSearchPage]:
        """`search_numbers` (`GET /api/v1/number/search`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _search_numbers(
                owner_type=owner_type,
                region=region,
                city_code=city_code,
                phone_number=phone_number,
                number_type=number_type,
                phone_type=phone_type,
                page=page,
            )
        )

    def list_code_regions(
        self,
        *,
        type_: str | Unset = UNSET,
    ) -> APIResponse[NumberCodeRegionsResponse]:
        """`list_code_regions` (`GET /api/v1/number/code-regions`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _list_code_regions(
                type_=type_,
            )
        )

    def list_reserved_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberReservedPage]:
        """`list_reserved_numbers` (`GET /api/v1/number/reserve`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _list_reserved_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    def reserve_number(
        self,
        *,
        number: int,
        owner_type: NumberOwnerType,
        short: NumberReserveRequestShort | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`reserve_number` (`POST /api/v1/number/reserve`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _reserve_number(
                number=number,
                owner_type=owner_type,
                short=short,
            )
        )

    def cancel_reservation(
        self,
        *,
        reserve_number_id: int | str,
    ) -> APIResponse[Success]:
        """`cancel_reservation` (`DELETE /api/v1/number/reserve/{reserve_number_id}`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _cancel_reservation(
                reserve_number_id=reserve_number_id,
            )
        )

    def buy_numbers(
        self,
        *,
        numbers: list[int | str],
        owner_type: NumberOwnerType,
    ) -> APIResponse[Success]:
        """`buy_numbers` (`POST /api/v1/number/buy`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _buy_numbers(
                numbers=numbers,
                owner_type=owner_type,
            )
        )


class AsyncNumberResourceWithRawResponse:
    """The `number` operations, async, returning the raw answer."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def list_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberPage]:
        """`list_numbers` (`GET /api/v1/number`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _list_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    async def list_sms_numbers(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberSmsPage]:
        """`list_sms_numbers` (`GET /api/v1/number/sms`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _list_sms_numbers(
                page=page,
            )
        )

    async def delete_number(
        self,
        *,
        number_id: int | str,
        pin: str | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`delete_number` (`DELETE /api/v1/number/{number_id}`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _delete_number(
                number_id=number_id,
                pin=pin,
            )
        )

    async def set_number_follow(
        self,
        *,
        type_: NumberFollowType,
        numbers: list[int],
        type_default: NumberFollowType | Unset = UNSET,
        sip_id: int | Unset = UNSET,
        destination_number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        scenario_id: int | Unset = UNSET,
        call_queue_id: int | Unset = UNSET,
        destination_uri: str | Unset = UNSET,
        host: str | Unset = UNSET,
        cli_type: NumberCliType | Unset = UNSET,
        cli_type_default: NumberCliType | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`set_number_follow` (`POST /api/v1/number/follow`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _set_number_follow(
                type_=type_,
                numbers=numbers,
                type_default=type_default,
                sip_id=sip_id,
                destination_number=destination_number,
                group_id=group_id,
                scenario_id=scenario_id,
                call_queue_id=call_queue_id,
                destination_uri=destination_uri,
                host=host,
                cli_type=cli_type,
                cli_type_default=cli_type_default,
            )
        )

    async def set_contact_list(
        self,
        *,
        numbers: list[int],
        contact_list_id: int | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`set_contact_list` (`PATCH /api/v1/number/contact-list`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _set_contact_list(
                numbers=numbers,
                contact_list_id=contact_list_id,
            )
        )

    async def list_follow_types(
        self,
    ) -> APIResponse[NumberFollowTypesResponse]:
        """`list_follow_types` (`GET /api/v1/number/follow-types`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_list_follow_types())

    async def list_cli_types(
        self,
    ) -> APIResponse[NumberCliTypesResponse]:
        """`list_cli_types` (`GET /api/v1/number/cli-types`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_list_cli_types())

    async def search_numbers(
        self,
        *,
        owner_type: NumberOwnerType | Unset = UNSET,
        region: int | Unset = UNSET,
        city_code: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        number_type: NumberSearchNumberType | Unset = UNSET,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberSearchPage]:
        """`search_numbers` (`GET /api/v1/number/search`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _search_numbers(
                owner_type=owner_type,
                region=region,
                city_code=city_code,
                phone_number=phone_number,
                number_type=number_type,
                phone_type=phone_type,
                page=page,
            )
        )

    async def list_code_regions(
        self,
        *,
        type_: str | Unset = UNSET,
    ) -> APIResponse[NumberCodeRegionsResponse]:
        """`list_code_regions` (`GET /api/v1/number/code-regions`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _list_code_regions(
                type_=type_,
            )
        )

    async def list_reserved_numbers(
        self,
        *,
        phone_type: NumberPhoneType | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> APIResponse[NumberReservedPage]:
        """`list_reserved_numbers` (`GET /api/v1/number/reserve`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _list_reserved_numbers(
                phone_type=phone_type,
                page=page,
            )
        )

    async def reserve_number(
        self,
        *,
        number: int,
        owner_type: NumberOwnerType,
        short: NumberReserveRequestShort | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`reserve_number` (`POST /api/v1/number/reserve`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _reserve_number(
                number=number,
                owner_type=owner_type,
                short=short,
            )
        )

    async def cancel_reservation(
        self,
        *,
        reserve_number_id: int | str,
    ) -> APIResponse[Success]:
        """`cancel_reservation` (`DELETE /api/v1/number/reserve/{reserve_number_id}`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _cancel_reservation(
                reserve_number_id=reserve_number_id,
            )
        )

    async def buy_numbers(
        self,
        *,
        numbers: list[int | str],
        owner_type: NumberOwnerType,
    ) -> APIResponse[Success]:
        """`buy_numbers` (`POST /api/v1/number/buy`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _buy_numbers(
                numbers=numbers,
                owner_type=owner_type,
            )
        )


__all__ = [
    "AsyncNumberResource",
    "AsyncNumberResourceWithRawResponse",
    "NumberResource",
    "NumberResourceWithRawResponse",
]
