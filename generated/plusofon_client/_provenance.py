# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "a3bc8e942b78e708651c570e65753a1c4b6d124065c97781534e8038b69a9e55"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "5fb1c3b3efa545ab98881610857016c40cba1e562f7f9b01a7c891b44ace365f"
