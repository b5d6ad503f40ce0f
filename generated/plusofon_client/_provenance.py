# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/generation/test_generation.py)."""

SPEC_SHA256 = "289b02a065ed22c2f6785bb74c6784669119388f0a2f7bf308c85a24721ed77c"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "067ce572fd9cca58ae61119772d881bfded8658f205762e524b89a1cfd93a1a9"
