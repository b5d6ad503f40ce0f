# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "a1f59c211efcb58e3647c6eb23bd32f27bf9c2877d15339c6ce070b78e694d23"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "57814fe4d51d22e784170ebc2b7961dd32ce3020d65af292600c2b0b955699eb"
