# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "397f3c4d73be4bdd25db2dbb8ec5ee84a02e3abf835c5655ae5cd3cd86f8ce82"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "155ee66d956b4196e7b1feb018f4e964e122bcaaf5658ce6a9fdbad98deda4c7"
