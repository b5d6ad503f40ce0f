# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "4e045d24e8043a7a63755461f321a4838f6465eac5e0d5a3633f340c1870e8bc"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "ecd3202d35758f5b8b0b1c9d32a329a8be4c7501e8326e35fe7061f1395b295c"
