"""plusofon.types and plusofon.APIResponse: the types users annotate with, public and complete."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import typing

import pytest

import plusofon
import plusofon.types
from plusofon_client import api, models

TAGS = sorted(module.name for module in pkgutil.iter_modules(api.__path__))


def test_every_model_and_enum_is_in_plusofon_types() -> None:
    missing = [name for name in models.__all__ if name not in plusofon.types.__all__]
    assert missing == []
    for name in models.__all__:
        assert getattr(plusofon.types, name) is getattr(models, name), name


def test_plusofon_types_all_lists_its_public_names() -> None:
    public = {name for name in dir(plusofon.types) if not name.startswith("_")}
    assert sorted(plusofon.types.__all__) == sorted(public)
    assert len(plusofon.types.__all__) == len(set(plusofon.types.__all__))
    assert plusofon.types.APIResponse is plusofon.APIResponse
    assert plusofon.types.Page is plusofon.Page


def test_import_plusofon_loads_no_model_until_types_is_used() -> None:
    code = (
        "import sys, plusofon\n"
        "assert 'plusofon_client.models' not in sys.modules\n"
        "assert 'types' in dir(plusofon)\n"
        "assert plusofon.types.NumberPage.__name__ == 'NumberPage'\n"
        "assert 'plusofon_client.models' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("tag", TAGS)
def test_raw_methods_return_plusofon_api_response(tag: str) -> None:
    """What a user writes, `-> plusofon.APIResponse[NumberPage]`, is what the methods declare."""
    module = importlib.import_module(f"plusofon_client.api.{tag}")
    raw_classes = [getattr(module, name) for name in module.__all__ if "WithRawResponse" in name]
    assert len(raw_classes) == 2  # sync and async
    for raw in raw_classes:
        methods = [m for name, m in inspect.getmembers(raw) if not name.startswith("_")]
        assert methods
        for method in methods:
            returned = typing.get_type_hints(method)["return"]
            assert typing.get_origin(returned) is plusofon.APIResponse, method.__qualname__


def test_api_response_is_the_class_of_every_raw_answer() -> None:
    implementation = importlib.import_module("plusofon._response").APIResponse
    assert plusofon.APIResponse in implementation.__mro__  # declared, not only structural
    assert plusofon.APIResponse.__module__ == "plusofon"
