"""What the hostile tests share: the client's credentials, calling in either mode, the calls."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from typing import Any

import pytest

import plusofon

TOKEN = "hostile-Token-7f3a"
CLIENT_ID = "10553"
MiB = 1024 * 1024

Op = Callable[[Any], Any]


def call(mode: str, url: str, op: Op, **options: Any) -> Any:
    """Build a client of the mode for url, run op(client) (awaiting it if async), close it."""
    options.setdefault("max_retries", 0)
    if mode == "sync":
        with plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID, base_url=url, **options) as client:
            return op(client)

    async def run() -> Any:
        async with plusofon.AsyncPlusofon(
            token=TOKEN, client_id=CLIENT_ID, base_url=url, **options
        ) as client:
            return await op(client)

    return asyncio.run(run())


def expect_error(
    mode: str,
    url: str,
    op: Op,
    error: type[plusofon.PlusofonError] = plusofon.PlusofonError,
    **options: Any,
) -> plusofon.PlusofonError:
    """Run the call and return the PlusofonError it raised (fail on anything else)."""
    try:
        call(mode, url, op, **options)
    except error as raised:
        return raised
    except BaseException as other:
        pytest.fail(f"expected {error.__name__}, got {type(other).__name__}: {other!r}"[:500])
    pytest.fail(f"expected {error.__name__}, the call succeeded")


def all_texts(error: BaseException) -> str:
    """str, repr and the formatted traceback of an error and of every chained cause."""
    texts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


LIST_NUMBERS: Op = lambda c: c.number.list_numbers()  # noqa: E731
BUY: Op = lambda c: c.number.buy_numbers(numbers=["74951234567"], owner_type="personal")  # noqa: E731
CUSTOMER: Op = lambda c: c.customer.get_customer_info()  # noqa: E731
FIZ: Op = lambda c: c.agreement.get_fiz_agreement()  # noqa: E731
RESERVE: Op = lambda c: c.number.reserve_number(number=4951234567, owner_type="personal")  # noqa: E731
OPERATIONS = {
    "list_numbers": LIST_NUMBERS,
    "buy_numbers": BUY,
    "get_customer_info": CUSTOMER,
    "get_fiz_agreement": FIZ,
    "reserve_number": RESERVE,
}


def call_each(mode: str, url: str, *ops: Op, **options: Any) -> list[Any]:
    """Run the calls in turn on one client; each gives its result or the PlusofonError it raised."""

    def outcome(op: Op, client: Any) -> Any:
        try:
            return op(client)
        except plusofon.PlusofonError as error:
            return error

    if mode == "sync":
        results: list[Any] = call(mode, url, lambda c: [outcome(op, c) for op in ops], **options)
        return results

    async def each(client: Any) -> list[Any]:
        results = []
        for op in ops:
            try:
                results.append(await op(client))
            except plusofon.PlusofonError as error:
                results.append(error)
        return results

    results = call(mode, url, each, **options)
    return results


async def no_wait(seconds: float) -> None:
    """The async client's `sleep` in tests: retries at once."""
