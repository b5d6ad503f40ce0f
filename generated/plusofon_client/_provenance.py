# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "289b02a065ed22c2f6785bb74c6784669119388f0a2f7bf308c85a24721ed77c"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "155ee66d956b4196e7b1feb018f4e964e122bcaaf5658ce6a9fdbad98deda4c7"
