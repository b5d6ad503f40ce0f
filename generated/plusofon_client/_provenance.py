# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "791d3b1151c5199a5a78d727518487630a11240f03f58ee95c6dace2ca6b7213"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "155ee66d956b4196e7b1feb018f4e964e122bcaaf5658ce6a9fdbad98deda4c7"
