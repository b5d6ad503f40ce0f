# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "c27cf5246eba5d76a89f300bd80fd3cb464b70c9949a1b6b782f8b6b2c8fa317"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "d881fd0aa97122c5f2d5725b14b85004e57730a16e736a6ed9cbdcc68fe85405"
