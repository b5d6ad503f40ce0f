# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "ad9d37e439a340fd4d705c8793ab4d777b8c5f7af95861daaf8edc398b08d0a8"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "76c5d857137a63277809d876d4f05d5d11580080e06653f4573243d4d02cda77"
