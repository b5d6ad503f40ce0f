# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "3c2742efcd374b1110c9eec86be5bc02559c61def516178a449fd024a4a18b9f"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "4e02b6912d971fc0c137f39ec74d4624f283a08009dea3884363415f6f72bace"
