# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Where this package came from (checked by tests/test_generation.py)."""

SPEC_SHA256 = "1a1f4bfdb5fed088b298387b8432727d0189b1918fbe5d8e02d70cd9b639b8b0"
GENERATOR = "openapi-python-client 0.29.1"
CONFIG_SHA256 = "6d1af60a330c71022daeb31965e638558f4e7356b7a9b9171e4d0f1280f77fea"
