# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "a3bc8e942b78e708651c570e65753a1c4b6d124065c97781534e8038b69a9e55"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "3ec36fde903bbdf8f4a829f5b4eed1b44cf88e382b3141f29a9c2489a3a883b1"
