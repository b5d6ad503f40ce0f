# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "d5f1ec8e71067dcd7460ec23fe759e0a09db06a00925a24279c0fd22c13f2dcb"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "ecd3202d35758f5b8b0b1c9d32a329a8be4c7501e8326e35fe7061f1395b295c"
