"""The generated client's parsing of an answer: live-check judges quirks as the client does."""

from __future__ import annotations

import importlib

import httpx

from plusofon_client.client import Client

# Only the parse settings matter; nothing is sent through this client.
_PARSER = Client(base_url="http://live-check.invalid", raise_on_unexpected_status=True)


def parse_with_client(tag: str, operation_id: str, response: httpx.Response) -> object:
    """Parse the answer as `plusofon_client` does (models' `from_dict` with the quirk handling).

    The one place live-check parses: point it at the hand-written client's parse step once that
    step can be called on a bare response. Raises whatever the parsing raises.
    """
    module = importlib.import_module(f"plusofon_client.api.{tag}.{operation_id}")
    parsed: object = module._parse_response(client=_PARSER, response=response)
    return parsed
