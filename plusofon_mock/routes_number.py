"""number group: connected numbers, forwarding, black lists, showcase, reservations, purchase."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal, InvalidOperation

from starlette.responses import Response

from . import seed
from .errors import conflict, json_response, not_found
from .pagination import paginate, simple_paginate
from .records import CabinetNumber, Purchase, Reservation, ShowcaseNumber
from .routing import ApiContext, RouteTable
from .state import MockState, format_datetime
from .validation import FieldSpec, Values, page_number

PHONE_TYPES = ("abc", "def", "800")
OWNER_TYPES = ("business", "personal")
CLI_CODES = ("Y", "N")
NUMBER_TYPES = ("0", "1", "2", "3", "4", "5")

NUMBER_FILTER = [FieldSpec("phone_type", enum=PHONE_TYPES)]
# pin appears only in the docs' curl sample of DELETE number/{number_id}.
DELETE_NUMBER = [FieldSpec("pin")]
FOLLOW = [
    FieldSpec("type", required=True, enum=seed.FOLLOW_TYPE_CODES),
    FieldSpec("type_default", enum=seed.FOLLOW_TYPE_CODES),
    FieldSpec("numbers", "int_array", required=True),
    FieldSpec("sip_id", "integer"),
    FieldSpec("destination_number"),
    FieldSpec("group_id", "integer"),
    FieldSpec("scenario_id", "integer"),
    FieldSpec("call_queue_id", "integer"),
    FieldSpec("destination_uri"),
    FieldSpec("host"),
    # Required "for all types except empty": optional here; absent keeps the number's current mode.
    FieldSpec("cli_type", enum=CLI_CODES),
    FieldSpec("cli_type_default", enum=CLI_CODES),
]
CONTACT_LIST = [
    # Required in the table, yet "omit it to remove the black list": optional, absent means none.
    FieldSpec("contact_list_id", "integer"),
    FieldSpec("numbers", "int_array", required=True),
]
SEARCH = [
    FieldSpec("owner_type", enum=OWNER_TYPES),
    FieldSpec("region", "integer"),
    FieldSpec("city_code", "integer"),
    FieldSpec("phone_number"),
    FieldSpec("number_type", enum=NUMBER_TYPES),
    FieldSpec("phone_type", enum=PHONE_TYPES),
]
# type appears only in the docs' curl sample, with a placeholder value: accepted, unused.
CODE_REGIONS = [FieldSpec("type")]
RESERVE = [
    FieldSpec("number", "integer", required=True),
    FieldSpec("owner_type", required=True, enum=OWNER_TYPES),
    # Only 1 ("reserve for one hour") is documented.
    FieldSpec("short", "integer", enum=(1,)),
]
BUY = [
    FieldSpec("numbers", "int_or_str_array", required=True),
    FieldSpec("owner_type", required=True, enum=OWNER_TYPES),
]

SHORT_RESERVATION = dt.timedelta(hours=1)
# The docs do not say how long a reservation without `short` lasts; 24 hours is our choice.
LONG_RESERVATION = dt.timedelta(hours=24)


def parse_id(text: str) -> int | None:
    """Return the id a path segment stands for, or None (answered as an unknown id, 404)."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None


def ten_digits(value: int | str) -> str | None:
    """Normalize a phone number to the 10 digits reserve takes (74951919036 -> 4951919036)."""
    text = str(value).strip().removeprefix("+") if isinstance(value, str) else str(value)
    if not (text.isascii() and text.isdigit()):
        return None
    if len(text) == 11 and text[0] in "78":
        text = text[1:]
    return text if len(text) == 10 else None


def _price(text: str) -> int:
    """Turn a showcase price ("99.00") into the integer the reserve list shows (99)."""
    try:
        return int(Decimal(text))
    except InvalidOperation:
        return 0


async def list_numbers(ctx: ApiContext) -> Response:
    """GET number: the connected numbers, optionally filtered by phone_type."""
    page = page_number(ctx.request)
    phone_type = (await ctx.values(NUMBER_FILTER)).text("phone_type")
    with ctx.state.lock:
        numbers = [
            number
            for number in ctx.state.numbers.values()
            if number.listed and phone_type in (None, number.phone_type)
        ]
        envelope = paginate(ctx.request, numbers, CabinetNumber.to_json, page=page)
    return json_response(envelope)


async def list_sms_numbers(ctx: ApiContext) -> Response:
    """GET number/sms: the numbers with an SMS packet."""
    page = page_number(ctx.request)
    await ctx.body()
    with ctx.state.lock:
        numbers = [n for n in ctx.state.numbers.values() if n.sms_packet is not None]
        envelope = paginate(ctx.request, numbers, CabinetNumber.to_sms_json, page=page)
    return json_response(envelope)


async def delete_number(ctx: ApiContext) -> Response:
    """DELETE number/{number_id}: disconnect a number (the PIN must match when 2FA is on)."""
    pin = (await ctx.values(DELETE_NUMBER)).text("pin")
    number_id = parse_id(ctx.params["number_id"])
    state = ctx.state
    with state.lock:
        if number_id is None or number_id not in state.numbers:
            raise not_found(f"Number {ctx.params['number_id']} not found")
        if state.tfa_pin is not None and pin != state.tfa_pin:
            raise conflict("Wrong PIN")
        del state.numbers[number_id]
    return json_response({"success": True})


def _cabinet_numbers(state: MockState, ids: list[int]) -> list[CabinetNumber]:
    """Return the cabinet numbers with these ids, or raise 404 naming the first unknown one."""
    numbers: list[CabinetNumber] = []
    for number_id in ids:
        number = state.numbers.get(number_id)
        if number is None:
            raise not_found(f"Number {number_id} not found")
        if number not in numbers:
            numbers.append(number)
    return numbers


def _follow_title(follow_type: str) -> str:
    """Return the readable title of a follow type."""
    for item in seed.FOLLOW_TYPES:
        if item["type"] == follow_type:
            return str(item["title"])
    return seed.EXTRA_FOLLOW_TITLES.get(follow_type, follow_type)


def _follow_target(state: MockState, follow_type: str, values: Values) -> str | None:
    """Return what a following points at, as text, from the field its type uses."""
    if follow_type == "sip":
        sip_id = values.integer("sip_id")
        return None if sip_id is None else state.sip_accounts.get(sip_id, str(sip_id))
    fields = {
        "number": "destination_number",
        "group": "group_id",
        "scenario": "scenario_id",
        "call_queue": "call_queue_id",
        "sip_uri": "destination_uri",
    }
    name = fields.get(follow_type)
    value = values.data.get(name) if name else None
    return None if value is None or value == "" else str(value)


def _following(state: MockState, follow_type: str, values: Values, cli: str) -> dict[str, str]:
    """Build a `following` object: a readable name from type and target, and the CLI title."""
    target = _follow_target(state, follow_type, values)
    title = _follow_title(follow_type)
    return {"name": f"{title} {target}" if target else title, "cli_type": seed.CLI_TITLES[cli]}


def _check_owner_type(follow_type: str | None, number: CabinetNumber) -> None:
    """Refuse (409) a follow type that GET follow-types does not offer for the number's mode."""
    for item in seed.FOLLOW_TYPES:
        owner_types = item["owner_types"]
        if (
            item["type"] == follow_type
            and isinstance(owner_types, list)
            and number.owner_type not in owner_types
        ):
            raise conflict(
                f"Follow type {follow_type} is not available for {number.owner_type} "
                f"number {number.id}"
            )


async def set_follow(ctx: ApiContext) -> Response:
    """POST number/follow: set the forwarding of the given numbers."""
    values = await ctx.values(FOLLOW)
    follow_type = values.text("type")
    assert follow_type is not None
    type_default = values.text("type_default")
    state = ctx.state
    with state.lock:
        numbers = _cabinet_numbers(state, values.integers("numbers") or [])
        for number in numbers:
            if follow_type in seed.INTEGRATION_TYPES:
                _check_owner_type(type_default, number)
            else:
                _check_owner_type(follow_type, number)
        for number in numbers:
            if follow_type in seed.INTEGRATION_TYPES:
                cli = values.text("cli_type") or number.integration_cli
                previous = number.integration_following or {}
                number.integration_following = {
                    "host": values.text("host") or previous.get("host", ""),
                    "type": follow_type,
                    "cli_type": seed.CLI_TITLES[cli],
                }
                number.integration_cli = cli
                # type_default is the forwarding used when the integration does not route.
                if type_default == "empty":
                    number.following = None
                elif type_default is not None:
                    default_cli = values.text("cli_type_default") or number.following_cli
                    number.following = _following(state, type_default, values, default_cli)
                    number.following_cli = default_cli
            elif follow_type == "empty":
                number.following = None
            else:
                cli = values.text("cli_type") or number.following_cli
                number.following = _following(state, follow_type, values, cli)
                number.following_cli = cli
    return json_response({"success": True})


async def set_contact_list(ctx: ApiContext) -> Response:
    """PATCH number/contact-list: attach a black list; without contact_list_id, detach it."""
    values = await ctx.values(CONTACT_LIST)
    with ctx.state.lock:
        for number in _cabinet_numbers(ctx.state, values.integers("numbers") or []):
            number.black_list = values.integer("contact_list_id")
    return json_response({"success": True})


async def follow_types(ctx: ApiContext) -> Response:
    """GET number/follow-types: the docs' four types (no success flag, as documented)."""
    await ctx.body()
    return json_response({"follow_types": copy.deepcopy(seed.FOLLOW_TYPES)})


async def cli_types(ctx: ApiContext) -> Response:
    """GET number/cli-types: the two caller-id modes (no success flag, as documented)."""
    await ctx.body()
    return json_response({"cli_types": copy.deepcopy(seed.CLI_TYPES)})


def mask_matches(mask: str, text: str) -> bool:
    """Match a search mask: ? is one character, * any run; a mask without either is a substring."""
    if "?" not in mask and "*" not in mask:
        return mask in text
    # Iterative wildcard matching with one backtrack point: linear-ish, no regex blow-up.
    m = t = 0
    star = -1
    resume = 0
    while t < len(text):
        if m < len(mask) and mask[m] in ("?", text[t]):
            m += 1
            t += 1
        elif m < len(mask) and mask[m] == "*":
            star, resume = m, t
            m += 1
        elif star >= 0:
            m = star + 1
            resume += 1
            t = resume
        else:
            return False
    while m < len(mask) and mask[m] == "*":
        m += 1
    return m == len(mask)


async def search(ctx: ApiContext) -> Response:
    """GET number/search: the showcase less reserved and connected numbers, filtered."""
    page = page_number(ctx.request)
    values = await ctx.values(SEARCH)
    owner_type = values.text("owner_type")
    region = values.integer("region")
    city_code = values.integer("city_code")
    mask = values.text("phone_number")
    number_type = values.text("number_type")
    phone_type = values.text("phone_type")
    state = ctx.state
    with state.lock:
        taken = state.taken_numbers()
        found = [
            item
            for item in state.showcase.values()
            if item.number not in taken
            and owner_type in (None, item.owner_type)
            and region in (None, item.region)
            and city_code in (None, item.city_code)
            and number_type in (None, str(item.number_type))
            and phone_type in (None, item.phone_type)
            and (mask is None or mask_matches(mask, item.local_part))
        ]
    return json_response(simple_paginate(ctx.request, found, ShowcaseNumber.to_json, page=page))


async def code_regions(ctx: ApiContext) -> Response:
    """GET number/code-regions: regions and their phone codes."""
    await ctx.values(CODE_REGIONS)
    return json_response({"code_regions": copy.deepcopy(seed.CODE_REGIONS), "success": True})


async def reserve(ctx: ApiContext) -> Response:
    """POST number/reserve: reserve a showcase number for 1 hour (short=1) or 24 hours."""
    values = await ctx.values(RESERVE)
    raw_number = values.integer("number")
    owner_type = values.text("owner_type")
    assert raw_number is not None and owner_type is not None
    number = ten_digits(raw_number)
    state = ctx.state
    with state.lock:
        if number is not None and state.connected_for(number) is not None:
            raise conflict(f"Number {raw_number} is already connected")
        if number is not None and state.reservation_for(number) is not None:
            raise conflict(f"Number {raw_number} is already reserved")
        item = state.showcase.get(number) if number is not None else None
        if item is None:
            raise not_found(f"Number {raw_number} not found in the showcase")
        duration = SHORT_RESERVATION if values.integer("short") == 1 else LONG_RESERVATION
        reservation = Reservation(
            id=state.new_reservation_id(),
            number=item.number,
            reserved_untill=format_datetime(state.now() + duration),
            phone_type=item.phone_type,
            # The mode asked for is kept; the showcase's own owner_type is only a suggestion.
            owner_type=owner_type,
            buy_price=_price(item.buy_price),
            period_price=_price(item.period_price),
        )
        state.reservations[reservation.id] = reservation
    return json_response({"success": True})


async def list_reservations(ctx: ApiContext) -> Response:
    """GET number/reserve: the reservations, optionally filtered by phone_type (curl only)."""
    page = page_number(ctx.request)
    phone_type = (await ctx.values(NUMBER_FILTER)).text("phone_type")
    with ctx.state.lock:
        found = [
            reservation
            for reservation in ctx.state.reservations.values()
            if phone_type in (None, reservation.phone_type)
        ]
        envelope = paginate(ctx.request, found, Reservation.to_json, page=page)
    return json_response(envelope)


async def cancel_reservation(ctx: ApiContext) -> Response:
    """DELETE number/reserve/{reserve_number_id}: cancel; the number goes back to the showcase."""
    await ctx.body()
    raw_id = ctx.params["reserve_number_id"]
    reservation_id = parse_id(raw_id)
    with ctx.state.lock:
        if reservation_id is None or reservation_id not in ctx.state.reservations:
            raise not_found(f"Reservation {raw_id} not found")
        del ctx.state.reservations[reservation_id]
    return json_response({"success": True})


async def buy(ctx: ApiContext) -> Response:
    """POST number/buy: buy reserved numbers (all or none); each becomes a connected number."""
    values = await ctx.values(BUY)
    owner_type = values.text("owner_type")
    assert owner_type is not None
    state = ctx.state
    with state.lock:
        reservations: list[Reservation] = []
        for item in values.ids("numbers") or []:
            number = ten_digits(item)
            reservation = state.reservation_for(number) if number is not None else None
            if reservation is None:
                raise conflict(f"Number {item} is not reserved")
            if reservation not in reservations:
                reservations.append(reservation)
        bought_at = format_datetime(state.now())
        for reservation in reservations:
            del state.reservations[reservation.id]
            connected = CabinetNumber(
                id=state.new_number_id(),
                number="7" + reservation.number,
                phone_type=reservation.phone_type,
                owner_type=owner_type,
                period_price=reservation.period_price,
                buy_price=reservation.buy_price,
            )
            state.numbers[connected.id] = connected
            state.purchases.append(
                Purchase(
                    number=connected.number,
                    number_id=connected.id,
                    reservation_id=reservation.id,
                    owner_type=owner_type,
                    buy_price=connected.buy_price,
                    period_price=connected.period_price,
                    bought_at=bought_at,
                )
            )
    return json_response({"success": True})


ROUTES: RouteTable = {
    "/api/v1/number": {"GET": list_numbers},
    "/api/v1/number/sms": {"GET": list_sms_numbers},
    "/api/v1/number/{number_id}": {"DELETE": delete_number},
    "/api/v1/number/follow": {"POST": set_follow},
    "/api/v1/number/contact-list": {"PATCH": set_contact_list},
    "/api/v1/number/follow-types": {"GET": follow_types},
    "/api/v1/number/cli-types": {"GET": cli_types},
    "/api/v1/number/search": {"GET": search},
    "/api/v1/number/code-regions": {"GET": code_regions},
    "/api/v1/number/reserve": {"GET": list_reservations, "POST": reserve},
    "/api/v1/number/reserve/{reserve_number_id}": {"DELETE": cancel_reservation},
    "/api/v1/number/buy": {"POST": buy},
}
