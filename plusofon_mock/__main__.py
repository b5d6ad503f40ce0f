"""Serve the mock: `python -m plusofon_mock`; PORT, PLUSOFON_TOKEN, PLUSOFON_CLIENT_ID."""

from __future__ import annotations

import os
import sys

from .app import DEFAULT_CLIENT_ID, DEFAULT_TOKEN, create_app
from .connections import ConnectionLimits
from .server import serve


def main(limits: ConnectionLimits | None = None) -> None:
    """Read the environment, print how to call the mock, and serve it on 127.0.0.1."""
    raw_port = os.environ.get("PORT", "8080")
    try:
        port = int(raw_port)
    except ValueError:
        sys.exit(f"PORT must be a number, not {raw_port!r}")
    token = os.environ.get("PLUSOFON_TOKEN", DEFAULT_TOKEN)
    client_id = os.environ.get("PLUSOFON_CLIENT_ID", DEFAULT_CLIENT_ID)
    app = create_app(token=token, client_id=client_id)
    print(
        f"Plusofon mock at http://127.0.0.1:{port}/ - send 'Client: {client_id}' and "
        f"'Authorization: Bearer {token}'",
        flush=True,
    )
    serve(app, port, limits=limits)


if __name__ == "__main__":
    main()
