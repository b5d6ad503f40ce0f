# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""A client library for accessing Plusofon REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
