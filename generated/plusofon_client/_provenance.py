# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "c27cf5246eba5d76a89f300bd80fd3cb464b70c9949a1b6b782f8b6b2c8fa317"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "c876ee332d98b6b172ab80a24234d679833c1b713dcfbf0f076182af0e477b8e"
