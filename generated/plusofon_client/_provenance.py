# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "1f3cb68fa189be442636dd4cea24c296a5534cca9d1dea5fe980a701b0f63ca7"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "155ee66d956b4196e7b1feb018f4e964e122bcaaf5658ce6a9fdbad98deda4c7"
