"""Helpers for tests that talk to a mock in-process through httpx."""

from __future__ import annotations

import httpx

from .app import MockApp
from .state import MockState

BASE_URL = "http://testserver"


def auth_headers(state: MockState) -> dict[str, str]:
    """Return the headers every /api/v1 call needs for this state's client id and token."""
    return {"Client": state.client_id, "Authorization": f"Bearer {state.token}"}


def client_for(app: MockApp, *, authenticated: bool = True) -> httpx.AsyncClient:
    """Return an AsyncClient wired to the app in-process (authenticated unless told otherwise)."""
    headers = auth_headers(app.mock_state) if authenticated else {}
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=headers)
