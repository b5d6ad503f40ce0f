# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "1a1f4bfdb5fed088b298387b8432727d0189b1918fbe5d8e02d70cd9b639b8b0"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "32d332598539fdd387dd88838e31ff8199d4f8cf9ee31600143c4d038562f475"
