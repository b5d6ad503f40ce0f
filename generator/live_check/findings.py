"""What live-check finds in one answer: differences from the spec and the quirks it saw."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Path = Sequence[str | int]


def field_name(path: Path, *, generic: bool = False) -> str:
    """`data[0].buy_price` (`data[].buy_price` when generic); the whole body is `(body)`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += "[]" if generic else f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(body)"


@dataclass(frozen=True)
class Difference:
    """One place where the answer is not what the spec says: a field, expected vs seen."""

    field: str
    expected: str
    seen: str

    def __str__(self) -> str:
        return f"{self.field}: expected {self.expected}, seen {self.seen}"


@dataclass(frozen=True, order=True)
class Quirk:
    """A documented quirk as the server showed it (e.g. money: `data[].buy_price` integer)."""

    name: str
    field: str
    seen: str

    def __str__(self) -> str:
        return f"{self.name} {self.field}: {self.seen}"
