# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `direction` operations: `DirectionResource` (sync) and `AsyncDirectionResource` (async)."""

from __future__ import annotations

from functools import cached_property

from ..._arguments import (
    ArgumentCheck,
    any_of,
    argument_error,
    check_argument,
    is_type,
    list_of,
)
from ..._operations import OPERATIONS_BY_ID
from ..._request import APIRequest, APIResponse, AsyncRequester, Requester
from ...models.direction_allowed_list import DirectionAllowedList
from ...models.direction_codes_request import DirectionCodesRequest
from ...models.direction_ids_request import DirectionIdsRequest
from ...models.direction_list import DirectionList
from ...models.success import Success
from ...types import UNSET, Unset

_CHECK_ALLOW_DIRECTIONS__DIRECTION_IDS: ArgumentCheck = list_of(any_of(is_type(int), is_type(str)))
_CHECK_REMOVE_DIRECTIONS__CODES: ArgumentCheck = list_of(any_of(is_type(int), is_type(str)))


def _list_allowed_directions() -> APIRequest[DirectionAllowedList]:
    """The call of `list_allowed_directions`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "list_allowed_directions",
        "GET",
        "/api/v1/direction",
        DirectionAllowedList,
        OPERATIONS_BY_ID["list_allowed_directions"].side_effects,
    )


def _allow_directions(
    *,
    direction_ids: list[int | str] | Unset,
) -> APIRequest[Success]:
    """The call of `allow_directions`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument(
            "direction_ids", direction_ids, _CHECK_ALLOW_DIRECTIONS__DIRECTION_IDS, optional=True
        )
        body = DirectionIdsRequest(
            direction_ids=direction_ids,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("allow_directions", error) from None

    return APIRequest(
        "allow_directions",
        "PUT",
        "/api/v1/direction",
        Success,
        OPERATIONS_BY_ID["allow_directions"].side_effects,
        json=body,
    )


def _remove_directions(
    *,
    codes: list[int | str] | Unset,
) -> APIRequest[Success]:
    """The call of `remove_directions`, its arguments checked (ArgumentError: nothing is sent)."""
    try:
        check_argument("codes", codes, _CHECK_REMOVE_DIRECTIONS__CODES, optional=True)
        body = DirectionCodesRequest(
            codes=codes,
        ).to_dict()
    except ValueError as error:  # ArgumentError is one
        raise argument_error("remove_directions", error) from None

    return APIRequest(
        "remove_directions",
        "DELETE",
        "/api/v1/direction",
        Success,
        OPERATIONS_BY_ID["remove_directions"].side_effects,
        json=body or None,
    )


def _list_directions() -> APIRequest[DirectionList]:
    """The call of `list_directions`, its arguments checked (ArgumentError: nothing is sent)."""

    return APIRequest(
        "list_directions",
        "GET",
        "/api/v1/directions",
        DirectionList,
        OPERATIONS_BY_ID["list_directions"].side_effects,
    )


class DirectionResource:
    """The `direction` operations."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DirectionResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return DirectionResourceWithRawResponse(self._client)

    def list_allowed_directions(
        self,
    ) -> DirectionAllowedList:
        """List allowed call directions (`GET /api/v1/direction`).

        Возвращает направления вызовов, разрешённые в текущем личном кабинете. Параметров нет.

        Особенности:
        - `directions` — не массив, а объект, ключи которого — телефонные коды направлений
          (`"36"`, `"58"`), а значения — объекты направления;
        - здесь `code` — строка (`"36"`), тогда как в `GET /api/v1/directions` тот же код —
          целое число (`672`);
        - у разрешённого направления нет `id`, поэтому для `PUT /api/v1/direction` (добавление
          по `direction_ids`) ИД нужно брать из `GET /api/v1/directions`, а удаление
          (`DELETE /api/v1/direction`) идёт по кодам;
        - типы полей в документации не указаны (выведены из примера); `success` есть в
          примере, но не в перечне полей.

        Returns:
            DirectionAllowedList: the parsed success response.
        """
        return self._client.request(_list_allowed_directions())

    def allow_directions(
        self,
        *,
        direction_ids: list[int | str] | Unset = UNSET,
    ) -> Success:
        """Allow call directions (`PUT /api/v1/direction`).

        Добавляет направления в перечень разрешённых для текущего личного кабинета. В JSON-теле
        передаётся массив `direction_ids` — ИД направлений из `GET /api/v1/directions`.

        Особенности документации:
        - тип записан как `arrayi` (`array`, склеенное со значком ссылки); тип элементов не
          указан — здесь допускаются и строки (`"1"`, как `id` приходит в
          `GET /api/v1/directions`), и целые числа;
        - `direction_ids` не отмечен знаком ⁎, поэтому в схеме он необязателен;
        - во всех примерах запроса массив пуст (`{"direction_ids": []}`) — это заполнитель;
        - текст говорит «добавить направление» (в единственном числе), а поле — массив;
        - добавление идёт по ИД направления, а удаление (`DELETE`) — по телефонным кодам;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            direction_ids (list[int | str] | Unset): ИД направлений, которые нужно разрешить, — как их
                отдаёт `GET /api/v1/directions`
                (строка, например `"1"`) или тем же числом (`1`). В документации тип — `arrayi`
                (`array` со значком ссылки), тип элементов не указан, знака ⁎ нет (поэтому поле
                необязательно); в примерах — пустой массив-заполнитель.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _allow_directions(
                direction_ids=direction_ids,
            )
        )

    def remove_directions(
        self,
        *,
        codes: list[int | str] | Unset = UNSET,
    ) -> Success:
        """Remove allowed call directions (`DELETE /api/v1/direction`).

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
            codes (list[int | str] | Unset): Телефонные коды направлений, которые нужно убрать из
                разрешённых, — как их отдаёт
                `GET /api/v1/direction` (строка, например `"36"`) или числом (`36`, как в
                `GET /api/v1/directions`). В документации тип — `arrayi` (`array` со значком
                ссылки), тип элементов не указан, знака ⁎ нет (поэтому поле необязательно); в
                примерах — пустой массив-заполнитель.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return self._client.request(
            _remove_directions(
                codes=codes,
            )
        )

    def list_directions(
        self,
    ) -> DirectionList:
        """List all call directions (`GET /api/v1/directions`).

        Возвращает все существующие направления вызовов (справочник). Параметров нет,
        постраничной выдачи нет — приходит весь массив сразу.

        Особенности:
        - здесь `directions` — массив, а в `GET /api/v1/direction` — объект с ключами-кодами;
        - `id` приходит строкой (`"1"`), а `code` — целым числом (`672`), тогда как в
          `GET /api/v1/direction` `code` — строка (`"36"`);
        - в примере `name` сокращён («Австралийские внеш. террит-и»), а `english_name` обрезан
          («Australian External Territorie» — 30 символов), видимо, по длине поля;
        - в примере документации после второго элемента стоит `...` (не JSON);
        - типы полей в документации не указаны (выведены из примера); `success` есть в
          примере, но не в перечне полей.

        Returns:
            DirectionList: the parsed success response.
        """
        return self._client.request(_list_directions())


class AsyncDirectionResource:
    """The `direction` operations, async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDirectionResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncDirectionResourceWithRawResponse(self._client)

    async def list_allowed_directions(
        self,
    ) -> DirectionAllowedList:
        """List allowed call directions (`GET /api/v1/direction`).

        Возвращает направления вызовов, разрешённые в текущем личном кабинете. Параметров нет.

        Особенности:
        - `directions` — не массив, а объект, ключи которого — телефонные коды направлений
          (`"36"`, `"58"`), а значения — объекты направления;
        - здесь `code` — строка (`"36"`), тогда как в `GET /api/v1/directions` тот же код —
          целое число (`672`);
        - у разрешённого направления нет `id`, поэтому для `PUT /api/v1/direction` (добавление
          по `direction_ids`) ИД нужно брать из `GET /api/v1/directions`, а удаление
          (`DELETE /api/v1/direction`) идёт по кодам;
        - типы полей в документации не указаны (выведены из примера); `success` есть в
          примере, но не в перечне полей.

        Returns:
            DirectionAllowedList: the parsed success response.
        """
        return await self._client.request(_list_allowed_directions())

    async def allow_directions(
        self,
        *,
        direction_ids: list[int | str] | Unset = UNSET,
    ) -> Success:
        """Allow call directions (`PUT /api/v1/direction`).

        Добавляет направления в перечень разрешённых для текущего личного кабинета. В JSON-теле
        передаётся массив `direction_ids` — ИД направлений из `GET /api/v1/directions`.

        Особенности документации:
        - тип записан как `arrayi` (`array`, склеенное со значком ссылки); тип элементов не
          указан — здесь допускаются и строки (`"1"`, как `id` приходит в
          `GET /api/v1/directions`), и целые числа;
        - `direction_ids` не отмечен знаком ⁎, поэтому в схеме он необязателен;
        - во всех примерах запроса массив пуст (`{"direction_ids": []}`) — это заполнитель;
        - текст говорит «добавить направление» (в единственном числе), а поле — массив;
        - добавление идёт по ИД направления, а удаление (`DELETE`) — по телефонным кодам;
        - в примере на JavaScript объект тела передаётся в `fetch` без `JSON.stringify`.

        Args:
            direction_ids (list[int | str] | Unset): ИД направлений, которые нужно разрешить, — как их
                отдаёт `GET /api/v1/directions`
                (строка, например `"1"`) или тем же числом (`1`). В документации тип — `arrayi`
                (`array` со значком ссылки), тип элементов не указан, знака ⁎ нет (поэтому поле
                необязательно); в примерах — пустой массив-заполнитель.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _allow_directions(
                direction_ids=direction_ids,
            )
        )

    async def remove_directions(
        self,
        *,
        codes: list[int | str] | Unset = UNSET,
    ) -> Success:
        """Remove allowed call directions (`DELETE /api/v1/direction`).

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
            codes (list[int | str] | Unset): Телефонные коды направлений, которые нужно убрать из
                разрешённых, — как их отдаёт
                `GET /api/v1/direction` (строка, например `"36"`) или числом (`36`, как в
                `GET /api/v1/directions`). В документации тип — `arrayi` (`array` со значком
                ссылки), тип элементов не указан, знака ⁎ нет (поэтому поле необязательно); в
                примерах — пустой массив-заполнитель.

        Returns:
            Success: the parsed success response.

        Raises:
            ArgumentError: an argument has the wrong type or value (nothing was sent).
        """
        return await self._client.request(
            _remove_directions(
                codes=codes,
            )
        )

    async def list_directions(
        self,
    ) -> DirectionList:
        """List all call directions (`GET /api/v1/directions`).

        Возвращает все существующие направления вызовов (справочник). Параметров нет,
        постраничной выдачи нет — приходит весь массив сразу.

        Особенности:
        - здесь `directions` — массив, а в `GET /api/v1/direction` — объект с ключами-кодами;
        - `id` приходит строкой (`"1"`), а `code` — целым числом (`672`), тогда как в
          `GET /api/v1/direction` `code` — строка (`"36"`);
        - в примере `name` сокращён («Австралийские внеш. террит-и»), а `english_name` обрезан
          («Australian External Territorie» — 30 символов), видимо, по длине поля;
        - в примере документации после второго элемента стоит `...` (не JSON);
        - типы полей в документации не указаны (выведены из примера); `success` есть в
          примере, но не в перечне полей.

        Returns:
            DirectionList: the parsed success response.
        """
        return await self._client.request(_list_directions())


class DirectionResourceWithRawResponse:
    """The `direction` operations, returning the raw answer."""

    def __init__(self, client: Requester) -> None:
        self._client = client

    def list_allowed_directions(
        self,
    ) -> APIResponse[DirectionAllowedList]:
        """`list_allowed_directions` (`GET /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_list_allowed_directions())

    def allow_directions(
        self,
        *,
        direction_ids: list[int | str] | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`allow_directions` (`PUT /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _allow_directions(
                direction_ids=direction_ids,
            )
        )

    def remove_directions(
        self,
        *,
        codes: list[int | str] | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`remove_directions` (`DELETE /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(
            _remove_directions(
                codes=codes,
            )
        )

    def list_directions(
        self,
    ) -> APIResponse[DirectionList]:
        """`list_directions` (`GET /api/v1/directions`), returning the raw answer: `.parse()` gives its result."""
        return self._client.request_raw(_list_directions())


class AsyncDirectionResourceWithRawResponse:
    """The `direction` operations, async, returning the raw answer."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def list_allowed_directions(
        self,
    ) -> APIResponse[DirectionAllowedList]:
        """`list_allowed_directions` (`GET /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_list_allowed_directions())

    async def allow_directions(
        self,
        *,
        direction_ids: list[int | str] | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`allow_directions` (`PUT /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _allow_directions(
                direction_ids=direction_ids,
            )
        )

    async def remove_directions(
        self,
        *,
        codes: list[int | str] | Unset = UNSET,
    ) -> APIResponse[Success]:
        """`remove_directions` (`DELETE /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(
            _remove_directions(
                codes=codes,
            )
        )

    async def list_directions(
        self,
    ) -> APIResponse[DirectionList]:
        """`list_directions` (`GET /api/v1/directions`), returning the raw answer: `.parse()` gives its result."""
        return await self._client.request_raw(_list_directions())


__all__ = [
    "AsyncDirectionResource",
    "AsyncDirectionResourceWithRawResponse",
    "DirectionResource",
    "DirectionResourceWithRawResponse",
]
