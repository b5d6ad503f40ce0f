# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "daff1a49f163daf5c65fb8cb42f65858f6096bd2c19c1d6fe1d74ae1b718298a"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "ecd3202d35758f5b8b0b1c9d32a329a8be4c7501e8326e35fe7061f1395b295c"
