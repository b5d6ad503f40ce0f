"""Deliberate mistakes that mypy and pyright must both reject (tests/client/test_typing.py).

Every line marked `# expect-error` must be reported by both checkers, and nothing else.
Not imported by anything; `make typecheck` leaves this file out.
"""

from __future__ import annotations

import plusofon


def wrong_literals(client: plusofon.Plusofon) -> None:
    """Enum arguments are Literal types: a value outside the spec's enum is an error."""
    client.number.search_numbers(owner_type="nonsense")  # expect-error
    client.number.list_numbers(phone_type="mobile")  # expect-error
    client.number.search_numbers(number_type=9)  # expect-error
    client.number.set_number_follow(type_="sipp", numbers=[1])  # expect-error
    client.number.reserve_number(number=1, owner_type="personal", short=2)  # expect-error
    client.number.with_raw_response.list_numbers(phone_type="x")  # expect-error


def unknown_keywords(client: plusofon.Plusofon) -> None:
    """A misspelt argument name is an error, not a silently ignored keyword."""
    client.number.list_numbers(phone="abc")  # expect-error
    client.customer.enable_tfa(pinn="1234")  # expect-error


def paginate_filters(client: plusofon.Plusofon) -> None:
    """paginate takes the method's own arguments: its filters are typed as the method's."""
    client.paginate(client.number.list_numbers, phone_typ="abc")  # expect-error
    client.paginate(client.number.list_numbers, phone_type="xyz")  # expect-error
    client.paginate(client.number.search_numbers, number_type=9)  # expect-error
    client.paginate(client.number.list_numbers, page="2")  # expect-error
    client.paginate(client.number.list_numbers, max_pages="10")  # expect-error
    client.paginate(client.customer.get_customer_info)  # expect-error


def public_types(client: plusofon.Plusofon) -> None:
    """What plusofon.types and plusofon.APIResponse name is checked like the rest."""
    page: plusofon.APIResponse[plusofon.types.NumberPage]
    page = client.number.with_raw_response.search_numbers()  # expect-error
    kind: plusofon.types.NumberPhoneType = "mobile"  # expect-error
    for item in client.paginate(client.number.list_numbers):
        found: plusofon.types.NumberSearchItem = item  # expect-error
        print(found, kind, page)
    print(plusofon.PlusofonEror, plusofon.types.NumberPag)  # expect-error


async def async_too(client: plusofon.AsyncPlusofon) -> None:
    """The async resources have the same types."""
    await client.number.search_numbers(owner_type="corporate")  # expect-error
    client.paginate(client.number.list_numbers, phone_typ="abc")  # expect-error
    client.paginate(client.number.list_numbers, phone_type="xyz")  # expect-error
    client.paginate(client.customer.get_customer_info)  # expect-error
