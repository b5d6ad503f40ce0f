"""The JSON type word of a value, for checks that report types and never values."""

from __future__ import annotations


def json_type(value: object) -> str:
    """The JSON type of a value (`null`, `boolean`, `integer`, …); what a report may say of it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__
