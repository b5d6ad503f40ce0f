"""openapi-generator's `-g python` client (out/python) against the mock: one JSON line a behaviour.

Run by `make generators-check` with the generated package on PYTHONPATH and PLUSOFON_BASE_URL
pointing at the mock; tools/generators judges the lines and what the mock received.
"""

import json
import os
import sys

import openapi_client
from openapi_client.models import AgreementJurSaveRequest, NumberSearchRequest

ACCOUNT = "30101810400000000225"
CYRILLIC_KEY = "\u0441orrespondent_account"


def report(behaviour: str, **result: object) -> None:
    print(json.dumps({"behaviour": behaviour, **result}, ensure_ascii=False), flush=True)


def failed(behaviour: str, error: Exception, **result: object) -> None:
    first = (str(error).strip().splitlines() or [""])[0]
    report(behaviour, error=f"{type(error).__name__}: {first}"[:300], **result)


configuration = openapi_client.Configuration(
    host=os.environ["PLUSOFON_BASE_URL"],
    access_token=os.environ["PLUSOFON_TOKEN"],
    api_key={"clientId": os.environ["PLUSOFON_CLIENT_ID"]},
)
client = openapi_client.ApiClient(configuration)
numbers = openapi_client.NumberApi(client)
agreement = openapi_client.AgreementApi(client)

try:
    found = {
        kind: [
            item.phone_type
            for item in numbers.search_numbers(
                number_search_request=NumberSearchRequest(phone_type=kind)
            ).data
        ]
        for kind in ("def", "abc")
    }
    report("filter", **found)
except Exception as error:
    failed("filter", error)

try:
    report("unfiltered", count=len(numbers.list_numbers().data))
except Exception as error:
    failed("unfiltered", error)

try:
    agreement.upload_signed_agreement(
        files=[("signed-1.pdf", b"%PDF-1.4 one"), ("signed-2.pdf", b"%PDF-1.4 two")]
    )
    report("upload", sent=True)
except Exception as error:
    failed("upload", error)

name = ""
try:
    # The property the generator gave the key with the Cyrillic first letter (U+0441): the README's
    # --name-mappings names it correspondent_account_cyrillic.
    fields = AgreementJurSaveRequest.model_fields
    name = next(
        n for n, info in fields.items() if CYRILLIC_KEY in (info.alias, info.serialization_alias)
    )
    agreement.save_jur_agreement(
        AgreementJurSaveRequest(name="РОМАЖЕЧКА", correspondent_account_cyrillic=ACCOUNT)
    )
    read = agreement.get_jur_agreement().agreement
    report("cyrillic", property=name, read=read.correspondent_account_cyrillic)
except Exception as error:
    failed("cyrillic", error, property=name)
sys.exit(0)
