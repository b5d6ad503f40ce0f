"""Schemathesis run of the spec against the in-process mock (tests and `make bench`)."""
