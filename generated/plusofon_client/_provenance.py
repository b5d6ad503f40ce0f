# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "289b02a065ed22c2f6785bb74c6784669119388f0a2f7bf308c85a24721ed77c"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "c2105c44092fee002a416bc9235f61dd9e09fad1c4dc598b29934ce8ce6ea6fd"
