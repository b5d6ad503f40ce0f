# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "054c7444e661b33930a28e012d0b5bf954419cb6a965a155ee795ac74b81ba90"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "4e02b6912d971fc0c137f39ec74d4624f283a08009dea3884363415f6f72bace"
