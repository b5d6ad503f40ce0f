# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""A client library for accessing Plusofon REST API"""
