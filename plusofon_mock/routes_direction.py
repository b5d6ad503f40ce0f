"""direction group: allowed call directions (direction) and all directions (directions)."""

from __future__ import annotations

from starlette.responses import Response

from .errors import json_response, not_found
from .routing import ApiContext, RouteTable
from .validation import FieldSpec

DIRECTION_IDS = [FieldSpec("direction_ids", "int_or_str_array")]
CODES = [FieldSpec("codes", "int_or_str_array")]


async def allowed_directions(ctx: ApiContext) -> Response:
    """GET direction: an object keyed by code (a string there, as the docs show)."""
    await ctx.body()
    state = ctx.state
    with state.lock:
        by_code = {direction.code: direction for direction in state.directions}
        allowed = {
            str(code): by_code[code].to_allowed_json()
            for code in state.allowed_direction_codes
            if code in by_code
        }
    return json_response({"directions": allowed, "success": True})


async def allow_directions(ctx: ApiContext) -> Response:
    """PUT direction {direction_ids}: allow directions by their id; an unknown id is 404."""
    values = await ctx.values(DIRECTION_IDS)
    wanted = [str(item) for item in values.ids("direction_ids") or []]
    state = ctx.state
    with state.lock:
        by_id = {direction.id: direction for direction in state.directions}
        for direction_id in wanted:
            if direction_id not in by_id:
                raise not_found(f"Direction {direction_id} not found")
        for direction_id in wanted:
            code = by_id[direction_id].code
            if code not in state.allowed_direction_codes:
                state.allowed_direction_codes.append(code)
    return json_response({"success": True})


async def forbid_directions(ctx: ApiContext) -> Response:
    """DELETE direction {codes}: remove directions by code; a code no direction has is 404."""
    values = await ctx.values(CODES)
    state = ctx.state
    with state.lock:
        known = {direction.code for direction in state.directions}
        codes: list[int] = []
        for item in values.ids("codes") or []:
            code = item if isinstance(item, int) else _code_of(item)
            if code is None or code not in known:
                raise not_found(f"Direction with code {item} not found")
            codes.append(code)
        # Removing a known direction that is not allowed is a no-op, like any repeated DELETE.
        state.allowed_direction_codes = [
            code for code in state.allowed_direction_codes if code not in codes
        ]
    return json_response({"success": True})


def _code_of(text: str) -> int | None:
    """Return the integer a code given as a string stands for ("36", "+36"), else None."""
    digits = text.strip().removeprefix("+")
    if digits.isascii() and digits.isdigit() and len(digits) <= 6:
        return int(digits)
    return None


async def all_directions(ctx: ApiContext) -> Response:
    """GET directions: every existing direction (id a string, code an integer)."""
    await ctx.body()
    with ctx.state.lock:
        directions = [direction.to_json() for direction in ctx.state.directions]
    return json_response({"directions": directions, "success": True})


ROUTES: RouteTable = {
    "/api/v1/direction": {
        "GET": allowed_directions,
        "PUT": allow_directions,
        "DELETE": forbid_directions,
    },
    "/api/v1/directions": {"GET": all_directions},
}
