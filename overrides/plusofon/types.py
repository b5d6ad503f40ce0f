"""Every type a user annotates with: the spec's models and enums, pages, raw answers.

The models and enums are `plusofon_client.models` as `make generate` writes it (a star import
of its `__all__`), so this list cannot miss one; tests/client/test_public_types.py checks it.
Enums are `Literal` aliases (`NumberPhoneType = Literal["800", "abc", "def"]`).
"""

from plusofon_client import models as _models
from plusofon_client._arguments import FileInput
from plusofon_client._request import APIResponse
from plusofon_client.models import *  # noqa: F403
from plusofon_client.types import UNSET, Unset

from ._pagination import Page

__all__ = ["UNSET", "APIResponse", "FileInput", "Page", "Unset"]
__all__ += _models.__all__
