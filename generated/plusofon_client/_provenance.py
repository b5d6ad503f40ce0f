# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "a1f59c211efcb58e3647c6eb23bd32f27bf9c2877d15339c6ce070b78e694d23"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "0b0f2da464c9bbbe37b2a1f7d5ebed018ba7f379653145872df9212f02b7af35"
