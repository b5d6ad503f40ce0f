# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "a3bc8e942b78e708651c570e65753a1c4b6d124065c97781534e8038b69a9e55"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "e5ee34772f206486505cf0442fd4e6b8caa5c215d40c1f2bc0c1869f1ac4a199"
