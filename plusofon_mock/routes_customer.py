"""customer group: customer-info and two-factor authentication (customer/tfa)."""

from __future__ import annotations

from starlette.responses import Response

from .errors import conflict, json_response
from .routing import ApiContext, RouteTable
from .state import format_datetime
from .validation import FieldSpec

PIN = [FieldSpec("pin")]


async def customer_info(ctx: ApiContext) -> Response:
    """GET customer-info: the docs' customer, with the trial end computed from app start."""
    await ctx.body()
    state = ctx.state
    with state.lock:
        info = {
            "id": state.customer_id,
            "tariff": dict(state.tariff),
            "expiration_date": {
                "days": state.trial_days_left(),
                "expiration": format_datetime(state.trial_expires_at),
            },
            # The docs show only this block; the mock keeps it whatever the contract's status.
            "block": {"type": "agreement"},
            "unread_sms": state.unread_sms,
            "finally_created": True,
            "success": True,
        }
    return json_response(info)


async def get_tfa(ctx: ApiContext) -> Response:
    """GET customer/tfa: whether two-factor authentication is on."""
    await ctx.body()
    return json_response({"tfa_active": ctx.state.tfa_pin is not None, "success": True})


async def enable_tfa(ctx: ApiContext) -> Response:
    """PUT customer/tfa {pin}: turn two-factor authentication on with that PIN."""
    values = await ctx.values(PIN)
    pin = values.text("pin")
    state = ctx.state
    with state.lock:
        if state.tfa_pin is not None:
            raise conflict("Two-factor authentication is already enabled")
        # pin is not marked required in the docs: its absence breaks no schema, yet leaves no PIN.
        if not pin:
            raise conflict("A PIN is needed to enable two-factor authentication")
        state.tfa_pin = pin
    return json_response({"success": True})


async def disable_tfa(ctx: ApiContext) -> Response:
    """DELETE customer/tfa {pin}: turn two-factor authentication off; the PIN must match."""
    values = await ctx.values(PIN)
    pin = values.text("pin")
    state = ctx.state
    with state.lock:
        if state.tfa_pin is None:
            raise conflict("Two-factor authentication is not enabled")
        if pin != state.tfa_pin:
            raise conflict("Wrong PIN")
        state.tfa_pin = None
    return json_response({"success": True})


ROUTES: RouteTable = {
    "/api/v1/customer-info": {"GET": customer_info},
    "/api/v1/customer/tfa": {"GET": get_tfa, "PUT": enable_tfa, "DELETE": disable_tfa},
}
