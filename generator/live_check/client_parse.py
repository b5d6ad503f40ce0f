"""The client's reading of an answer: live-check judges it through the SDK's own call path.

The answer live-check received is handed back by a transport to `plusofon.Plusofon`, and the
operation's resource method is called: the same lifecycle (error envelope, parse, the checks of
`success`) every user's call goes through. Nothing is sent anywhere.
"""

from __future__ import annotations

import httpx

import plusofon

# Only the transport below ever sees a request of this client.
_NOWHERE = "http://live-check.invalid"


def parse_with_client(tag: str, operation_id: str, response: httpx.Response) -> object:
    """Call `client.<tag>.<operation_id>()` with `response` as the server's answer.

    Returns the parsed model; raises what the client raises (a PlusofonError).
    """

    def replay(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content
        )

    with plusofon.Plusofon(
        token="live-check",
        client_id="0",
        base_url=_NOWHERE,
        max_retries=0,
        transport=httpx.MockTransport(replay),
    ) as client:
        return getattr(getattr(client, tag), operation_id)()
