# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "c27cf5246eba5d76a89f300bd80fd3cb464b70c9949a1b6b782f8b6b2c8fa317"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "3cb788ed048186a88eb2eb9db7c75f500e9a8f858b6a3d666694c5d350c29cc3"
