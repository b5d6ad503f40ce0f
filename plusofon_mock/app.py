"""The Starlette app: faults and call counting first, then routing to the handlers."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from . import routes_agreement, routes_customer, routes_direction, routes_number
from .body_limit import BodyLimit, read_limited
from .faults import answer_late, answer_rewritten, apply_fault
from .pages import page_routes
from .routing import Dispatcher
from .state import MockState

DEFAULT_TOKEN = "mock-token"
DEFAULT_CLIENT_ID = "10553"


class MockApp(Starlette):
    """A Starlette app whose state (`mock_state`) tests can inspect and load with faults."""

    def __init__(
        self, state: MockState, spec_path: Path | None, body_limit: BodyLimit | None = None
    ) -> None:
        self.mock_state = state
        self.body_limit = body_limit or BodyLimit()
        routes = {
            **page_routes(spec_path),
            **routes_agreement.ROUTES,
            **routes_customer.ROUTES,
            **routes_number.ROUTES,
            **routes_direction.ROUTES,
        }
        super().__init__()
        # The router's fallback gets every request: a Mount's regex would miss paths that hold
        # a newline, and the dispatcher must answer those too (with its own JSON 404).
        self.router.default = Dispatcher(state, routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Outside Starlette's own middleware, so that a dropped connection stays dropped.
        if scope["type"] == "http":
            state = self.mock_state
            state.record_call(scope["method"], scope["path"])
            limited = await read_limited(self.body_limit.for_scope(scope), scope, receive, send)
            if limited is None:
                return  # answered 413
            receive = limited
            fault = state.faults.take(scope["method"], scope["path"])
            if fault is not None and await apply_fault(fault, scope, receive, send):
                return
            if fault is not None and fault.answer_delay > 0:
                await answer_late(super().__call__, fault.answer_delay, scope, receive, send)
                return
            if fault is not None and fault.rewrite is not None:
                await answer_rewritten(super().__call__, fault.rewrite, scope, receive, send)
                return
        await super().__call__(scope, receive, send)


def create_app(
    *,
    token: str = DEFAULT_TOKEN,
    client_id: str = DEFAULT_CLIENT_ID,
    spec_path: Path | None = None,
    state: MockState | None = None,
    body_limit: BodyLimit | None = None,
) -> MockApp:
    """Create a mock with fresh state (or the given one); spec_path serves /docs, /openapi.yaml."""
    if state is None:
        state = MockState(token=token, client_id=client_id)
    return MockApp(state, spec_path, body_limit)
