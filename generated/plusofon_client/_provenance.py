# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "c27cf5246eba5d76a89f300bd80fd3cb464b70c9949a1b6b782f8b6b2c8fa317"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "b0d5855965626fdfb616a4af5d25d2537ff5d5b6c4ac8dd8295fce34c2d8e5fd"
