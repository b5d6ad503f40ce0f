# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "c27cf5246eba5d76a89f300bd80fd3cb464b70c9949a1b6b782f8b6b2c8fa317"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "803f51789c583d5f00c97c7c3e46102e556d761189eb52335b05a27dd9bb3672"
