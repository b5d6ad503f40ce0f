# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The `direction` operations: an endpoint module per operation, and the resource classes
`DirectionResource` (sync) and `AsyncDirectionResource` (async) with one method per operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import (
    AsyncRequester,
    RawResponse,
    Requester,
    any_of,
    check_argument,
    is_type,
    list_of,
    optional_body,
)

if TYPE_CHECKING:
    from ...models.direction_allowed_list import DirectionAllowedList
    from ...models.direction_codes_request import DirectionCodesRequest
    from ...models.direction_ids_request import DirectionIdsRequest
    from ...models.direction_list import DirectionList
    from ...models.success import Success
    from .. import ArgumentCheck
    from . import allow_directions as _allow_directions
    from . import list_allowed_directions as _list_allowed_directions
    from . import list_directions as _list_directions
    from . import remove_directions as _remove_directions

    _CHECK_ALLOW_DIRECTIONS__DIRECTION_IDS: ArgumentCheck
    _CHECK_REMOVE_DIRECTIONS__CODES: ArgumentCheck


def _allow_directions_kwargs(
    *,
    direction_ids: list[int | str] | Unset,
) -> dict[str, Any]:
    """Check the arguments of `allow_directions`, build its body; return its `_get_kwargs`."""
    check_argument(
        "direction_ids", direction_ids, _CHECK_ALLOW_DIRECTIONS__DIRECTION_IDS, optional=True
    )
    body = DirectionIdsRequest(
        direction_ids=direction_ids,
    )
    return _allow_directions._get_kwargs(
        body=body,
    )


def _remove_directions_kwargs(
    *,
    codes: list[int | str] | Unset,
) -> dict[str, Any]:
    """Check the arguments of `remove_directions`, build its body; return its `_get_kwargs`."""
    check_argument("codes", codes, _CHECK_REMOVE_DIRECTIONS__CODES, optional=True)
    body = optional_body(
        DirectionCodesRequest(
            codes=codes,
        )
    )
    return _remove_directions._get_kwargs(
        body=body,
    )


class DirectionResource:
    """The `direction` operations."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> DirectionResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return DirectionResourceWithRawResponse(self._requester)

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
        if _PENDING:
            _load()
        return self._requester.request(
            "list_allowed_directions",
            _list_allowed_directions._get_kwargs,
            {},
            DirectionAllowedList,
        )

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
        if _PENDING:
            _load()
        return self._requester.request(
            "allow_directions",
            _allow_directions_kwargs,
            {
                "direction_ids": direction_ids,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "remove_directions",
            _remove_directions_kwargs,
            {
                "codes": codes,
            },
            Success,
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
        if _PENDING:
            _load()
        return self._requester.request(
            "list_directions",
            _list_directions._get_kwargs,
            {},
            DirectionList,
        )


class AsyncDirectionResource:
    """The `direction` operations, async."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncDirectionResourceWithRawResponse:
        """The same methods, returning the answer (`.status_code`, `.headers`, `.parse()`)."""
        return AsyncDirectionResourceWithRawResponse(self._requester)

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "list_allowed_directions",
            _list_allowed_directions._get_kwargs,
            {},
            DirectionAllowedList,
        )

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
        if _PENDING:
            _load()
        return await self._requester.request(
            "allow_directions",
            _allow_directions_kwargs,
            {
                "direction_ids": direction_ids,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "remove_directions",
            _remove_directions_kwargs,
            {
                "codes": codes,
            },
            Success,
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
        if _PENDING:
            _load()
        return await self._requester.request(
            "list_directions",
            _list_directions._get_kwargs,
            {},
            DirectionList,
        )


class DirectionResourceWithRawResponse:
    """The `direction` operations, returning the raw answer."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list_allowed_directions(
        self,
    ) -> RawResponse[DirectionAllowedList]:
        """`list_allowed_directions` (`GET /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "list_allowed_directions",
            _list_allowed_directions._get_kwargs,
            {},
            DirectionAllowedList,
        )

    def allow_directions(
        self,
        *,
        direction_ids: list[int | str] | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`allow_directions` (`PUT /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "allow_directions",
            _allow_directions_kwargs,
            {
                "direction_ids": direction_ids,
            },
            Success,
        )

    def remove_directions(
        self,
        *,
        codes: list[int | str] | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`remove_directions` (`DELETE /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "remove_directions",
            _remove_directions_kwargs,
            {
                "codes": codes,
            },
            Success,
        )

    def list_directions(
        self,
    ) -> RawResponse[DirectionList]:
        """`list_directions` (`GET /api/v1/directions`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return self._requester.request_raw(
            "list_directions",
            _list_directions._get_kwargs,
            {},
            DirectionList,
        )


class AsyncDirectionResourceWithRawResponse:
    """The `direction` operations, async, returning the raw answer."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_allowed_directions(
        self,
    ) -> RawResponse[DirectionAllowedList]:
        """`list_allowed_directions` (`GET /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "list_allowed_directions",
            _list_allowed_directions._get_kwargs,
            {},
            DirectionAllowedList,
        )

    async def allow_directions(
        self,
        *,
        direction_ids: list[int | str] | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`allow_directions` (`PUT /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "allow_directions",
            _allow_directions_kwargs,
            {
                "direction_ids": direction_ids,
            },
            Success,
        )

    async def remove_directions(
        self,
        *,
        codes: list[int | str] | Unset = UNSET,
    ) -> RawResponse[Success]:
        """`remove_directions` (`DELETE /api/v1/direction`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "remove_directions",
            _remove_directions_kwargs,
            {
                "codes": codes,
            },
            Success,
        )

    async def list_directions(
        self,
    ) -> RawResponse[DirectionList]:
        """`list_directions` (`GET /api/v1/directions`), returning the raw answer: `.parse()` gives its result."""
        if _PENDING:
            _load()
        return await self._requester.request_raw(
            "list_directions",
            _list_directions._get_kwargs,
            {},
            DirectionList,
        )


_PENDING = True


def _load() -> None:
    """Import the endpoint modules and models of this tag, build the argument checks (once)."""
    global _PENDING
    global DirectionAllowedList
    global DirectionCodesRequest
    global DirectionIdsRequest
    global DirectionList
    global Success
    global _list_allowed_directions
    global _allow_directions
    global _remove_directions
    global _list_directions
    global _CHECK_ALLOW_DIRECTIONS__DIRECTION_IDS
    global _CHECK_REMOVE_DIRECTIONS__CODES
    from ...models.direction_allowed_list import DirectionAllowedList
    from ...models.direction_codes_request import DirectionCodesRequest
    from ...models.direction_ids_request import DirectionIdsRequest
    from ...models.direction_list import DirectionList
    from ...models.success import Success
    from . import allow_directions as _allow_directions
    from . import list_allowed_directions as _list_allowed_directions
    from . import list_directions as _list_directions
    from . import remove_directions as _remove_directions

    _CHECK_ALLOW_DIRECTIONS__DIRECTION_IDS = list_of(any_of(is_type(int), is_type(str)))
    _CHECK_REMOVE_DIRECTIONS__CODES = list_of(any_of(is_type(int), is_type(str)))

    _PENDING = False


if not TYPE_CHECKING:
    import importlib

    _ENDPOINT_MODULES = frozenset(
        {
            "list_allowed_directions",
            "allow_directions",
            "remove_directions",
            "list_directions",
        }
    )

    def __getattr__(name):
        """What the module imported eagerly before `_load` (endpoint modules, models)."""
        if name in _ENDPOINT_MODULES:  # also how `_load`'s `from . import <module>` finds them
            return importlib.import_module(f"{__name__}.{name}")
        if _PENDING:
            _load()
            if name in globals():
                return globals()[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncDirectionResource",
    "AsyncDirectionResourceWithRawResponse",
    "DirectionResource",
    "DirectionResourceWithRawResponse",
]
