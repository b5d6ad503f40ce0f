"""Plusofon REST API client: the hand-written layer over the generated plusofon_client."""
