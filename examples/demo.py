"""A short tour of the client: `make` runs it against the embedded mock server.

With PLUSOFON_BASE_URL and PLUSOFON_TOKEN set (and PLUSOFON_CLIENT_ID), it talks to that server
instead and makes read-only calls only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the mock lives in plusofon_mock, beside the installed packages


import plusofon  # noqa: E402
from plusofon_mock import DEFAULT_CLIENT_ID, DEFAULT_TOKEN, create_app  # noqa: E402
from plusofon_mock.server import serve_in_thread  # noqa: E402


def show_account(client: plusofon.Plusofon) -> None:
    """Who we are and which numbers we have."""
    info = client.customer.get_customer_info()
    print(f"Customer {info.id}, tariff «{info.tariff.name}» ({info.tariff.description})")
    numbers = list(client.paginate(client.number.list_numbers))
    print(f"Connected numbers: {len(numbers)}")
    for item in numbers:
        kind = f"{item.phone_type:<3}  {item.owner_type:<8}"
        print(f"  +{item.number}  {kind}  {item.period_price} ₽/month")


def reserve_and_buy(client: plusofon.Plusofon) -> None:
    """Search the showcase, reserve a number, buy it, and show a typed error."""
    found = client.number.search_numbers(phone_type="abc", owner_type="personal", number_type=0)
    choice = found.data[0]
    print(
        f"Found {len(found.data)} simple Moscow numbers on page 1; taking {choice.number} "
        f"for {choice.buy_price} ₽"
    )
    client.number.reserve_number(number=int(choice.number), owner_type="personal", short=1)
    reserved = client.number.list_reserved_numbers()
    mine = next(r for r in reserved.data if r.number.endswith(choice.number))
    print(f"Reserved +{mine.number} until {mine.reserved_untill:%Y-%m-%d %H:%M %Z}")
    client.number.buy_numbers(numbers=[mine.number], owner_type="personal")
    total = len(list(client.paginate(client.number.list_numbers)))
    print(f"Bought +{mine.number}; connected numbers now: {total}")
    try:
        client.number.cancel_reservation(reserve_number_id=mine.id)
    except plusofon.NotFoundError as error:
        # A bought number's reservation is gone: the client raises the API's 404 as NotFoundError.
        print(f"Cancelling it now is refused, as expected: {type(error).__name__}: {error.message}")


def main() -> int:
    """Run the tour; read-only against a real server."""
    if os.environ.get("PLUSOFON_BASE_URL"):
        with plusofon.Plusofon.from_env() as client:
            print(f"Plusofon demo against {os.environ['PLUSOFON_BASE_URL']} (read-only)")
            show_account(client)
        return 0
    with serve_in_thread(create_app(spec_path=ROOT / "spec" / "plusofon.yaml")) as url:
        print(f"Plusofon demo against the embedded mock server at {url}")
        with plusofon.Plusofon(
            token=DEFAULT_TOKEN, client_id=DEFAULT_CLIENT_ID, base_url=url
        ) as client:
            show_account(client)
            reserve_and_buy(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
