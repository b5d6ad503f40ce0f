# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "289b02a065ed22c2f6785bb74c6784669119388f0a2f7bf308c85a24721ed77c"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "e5ee34772f206486505cf0442fd4e6b8caa5c215d40c1f2bc0c1869f1ac4a199"
