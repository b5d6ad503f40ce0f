"""The answers the bench parses: shapes and values from the docs (2023-02-13), made bigger."""

from __future__ import annotations

import copy
import json
from typing import Any

BASE_URL = "https://restapi.plusofon.ru"
TOKEN = "bench-token"
CLIENT_ID = "10553"
NUMBER_PATH = "/api/v1/number"

# The two items of the docs' `GET number` example (number.txt), field for field.
DOCS_NUMBER_ITEMS: list[dict[str, Any]] = [
    {
        "id": 15,
        "number": "79309993750",
        "phone_type": "def",
        "owner_type": "business",
        "period_price": 99,
        "buy_price": 99,
        "black_list": None,
        "aon_for_sips": [],
        "following": {
            "name": "Sip аккаунт test@plusofontest.ru",
            "cli_type": "Номер и имя звонящего",
        },
        "integration_following": {
            "host": "test.amocrm.ru",
            "type": "amo",
            "cli_type": "Переадресующий номер",
        },
    },
    {
        "id": 17,
        "number": "74951334527",
        "phone_type": "abc",
        "owner_type": "personal",
        "period_price": 150,
        "buy_price": 1,
        "black_list": None,
        "aon_for_sips": [{"id": 73, "name": "test@plusofontest.ru"}],
        "following": None,
        "integration_following": None,
    },
]

# The two entries of the docs' `GET directions` example (direction.txt).
DOCS_DIRECTIONS: list[dict[str, Any]] = [
    {
        "id": "1",
        "name": "Австралийские внеш. террит-и",
        "english_name": "Australian External Territorie",
        "code": 672,
    },
    {"id": "2", "name": "Австралия", "english_name": "Australia", "code": 61},
]


def number_page(items: int = 15) -> dict[str, Any]:
    """A full Laravel page of `GET number`: the docs' two items taken in turn, distinct ids."""
    data = []
    for index in range(items):
        item = copy.deepcopy(DOCS_NUMBER_ITEMS[index % 2])
        item["id"] = 100 + index
        item["number"] = f"7930999{3750 + index:04d}"
        data.append(item)
    url = f"http://localhost{NUMBER_PATH}"
    return {
        "current_page": 1,
        "data": data,
        "first_page_url": f"{url}?page=1",
        "from": 1,
        "last_page": 1,
        "last_page_url": f"{url}?page=1",
        "next_page_url": None,
        "path": url,
        "per_page": 15,
        "prev_page_url": None,
        "to": items,
        "total": items,
        "success": True,
    }


def directions(entries: int = 250) -> dict[str, Any]:
    """`GET directions` with about as many entries as there are countries, docs' shape."""
    found = []
    for index in range(entries):
        entry = dict(DOCS_DIRECTIONS[index % 2])
        entry["id"] = str(index + 1)
        entry["code"] = 20 + index * 3
        if index >= 2:
            entry["name"] = f"{entry['name']} {index + 1}"
            entry["english_name"] = f"{entry['english_name']} {index + 1}"[:30]
        found.append(entry)
    return {"directions": found, "success": True}


def encode(data: object) -> bytes:
    """The bytes a server sends: compact UTF-8 JSON, Cyrillic unescaped."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
