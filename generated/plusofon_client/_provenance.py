# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "0fd997086ef7a32b245881bbeccca54736a66ebdd56dd3d58ed4d416c5046b7d"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "0ab80f68b41c890f7d240442d644f7405d053b49be82caf2c3c26f3231805c40"
