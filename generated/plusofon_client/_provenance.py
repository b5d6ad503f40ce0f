# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "a3bc8e942b78e708651c570e65753a1c4b6d124065c97781534e8038b69a9e55"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "39953e0ea5cd80326044e0d9ce4f0ed63f9c5d5d69728f39a075a11502ef49b7"
