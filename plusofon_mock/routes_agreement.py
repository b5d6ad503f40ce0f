"""agreement group: contract data (save, submit, read back), status, PDF, upload, ESIA."""

from __future__ import annotations

import hashlib

from starlette.responses import Response

from . import seed
from .errors import ApiError, bad_request, conflict, json_response
from .multipart import UploadedFile
from .pdf import contract_pdf
from .routing import ApiContext, Handler, RouteTable
from .validation import FieldSpec, Kind, RequestBody, validate

# The docs spell the correspondent account with a Cyrillic first letter (U+0441) in some places
# and a Latin "c" in others; both are accepted; GET jur/ip answer with the Cyrillic key, as shown.
CYRILLIC_CORRESPONDENT = "\u0441orrespondent_account"
LATIN_CORRESPONDENT = "correspondent_account"

AGREE = "agree_to_the_terms"
# Laravel's "accepted" values, for form bodies where everything is a string.
ACCEPTED = frozenset({"1", "true", "on", "yes"})

# (name, type, required on submission) in the order of each kind's table; agree_to_the_terms apart.
_Row = tuple[str, Kind, bool]
FIZ_ROWS: list[_Row] = [
    ("first_name", "string", True),
    ("last_name", "string", True),
    ("middle_name", "string", True),
    ("birthday", "date", True),
    ("passport_series", "string", True),
    ("passport_number", "string", True),
    ("issue", "string", True),
    ("date_of_issue", "date", True),
    ("billing_address_street", "string", True),
    ("billing_address_city", "string", False),
    ("billing_address_postalcode", "string", False),
    ("shipping_address_street", "string", True),
    ("shipping_address_city", "string", False),
    ("shipping_address_postalcode", "string", False),
]
JUR_ROWS: list[_Row] = [
    ("legal_form", "string", True),
    ("legal_form_full", "string", False),
    ("name", "string", True),
    ("inn", "string", True),
    ("ogrn", "string", True),
    ("kpp", "string", True),
    ("bik", "string", True),
    ("bank", "string", True),
    ("payment_account", "string", True),
    (LATIN_CORRESPONDENT, "string", True),
    ("last_name", "string", True),
    ("first_name", "string", True),
    ("middle_name", "string", True),
    ("position", "string", True),
    ("foundation_authority", "string", True),
    ("email", "string", True),
    ("phone", "string", False),
    ("billing_address_street", "string", True),
    ("billing_address_city", "string", False),
    ("billing_address_postalcode", "string", False),
    ("shipping_address_street", "string", True),
    ("shipping_address_city", "string", False),
    ("shipping_address_postalcode", "string", False),
]
IP_ROWS: list[_Row] = [
    *FIZ_ROWS[:8],
    ("inn", "string", True),
    ("ogrn", "string", True),
    ("bik", "string", True),
    ("bank", "string", True),
    ("payment_account", "string", True),
    (LATIN_CORRESPONDENT, "string", True),
    *FIZ_ROWS[8:],
]
ROWS = {"fiz": FIZ_ROWS, "jur": JUR_ROWS, "ip": IP_ROWS}
FILES = {
    "fiz": ("file_passport", "file_registration", "file_selfie"),
    "jur": ("file_organization", "file_authority", "file_ogrn", "file_inn"),
    "ip": ("file_passport", "file_registration", "file_selfie"),
}
# Key order of the docs' GET examples.
GET_ORDER = {
    "fiz": [
        "first_name",
        "last_name",
        "middle_name",
        "birthday",
        "passport_series",
        "passport_number",
        "issue",
        "date_of_issue",
        "billing_address_street",
        "shipping_address_street",
        "agree_to_the_terms",
        "shipping_address_city",
        "shipping_address_postalcode",
        "billing_address_city",
        "billing_address_postalcode",
        "file_passport",
        "file_registration",
        "file_selfie",
    ],
    "jur": [
        "legal_form",
        "name",
        "inn",
        "ogrn",
        "kpp",
        "bik",
        "bank",
        "payment_account",
        CYRILLIC_CORRESPONDENT,
        "last_name",
        "first_name",
        "middle_name",
        "position",
        "foundation_authority",
        "email",
        "phone",
        "billing_address_street",
        "shipping_address_street",
        "agree_to_the_terms",
        "shipping_address_city",
        "shipping_address_postalcode",
        "billing_address_city",
        "billing_address_postalcode",
        "legal_form_full",
        "file_organization",
        "file_authority",
        "file_ogrn",
        "file_inn",
    ],
    "ip": [
        "first_name",
        "last_name",
        "middle_name",
        "birthday",
        "passport_series",
        "passport_number",
        "issue",
        "date_of_issue",
        "inn",
        "ogrn",
        "bik",
        "bank",
        "payment_account",
        CYRILLIC_CORRESPONDENT,
        "billing_address_street",
        "shipping_address_street",
        "agree_to_the_terms",
        "shipping_address_city",
        "shipping_address_postalcode",
        "billing_address_city",
        "billing_address_postalcode",
        "file_passport",
        "file_registration",
        "file_selfie",
    ],
}
# The docs' wording, which ends with a period on fiz-save and jur-save only.
REFUSED = "The selected agree to the terms is invalid"
REFUSED_WITH_PERIOD = {"fiz-save", "jur-save"}
# Every GET fiz/jur/ip page shows this same text.
NOT_FOUND = {"error": "Fiz contract not found", "code": 404}
NOT_READY = "File not ready for download"


def _specs(kind: str, *, submission: bool) -> list[FieldSpec]:
    """Return the table of a kind; nothing is required when only saving."""
    specs = []
    for name, field_kind, required in ROWS[kind]:
        aliases = (CYRILLIC_CORRESPONDENT,) if name == LATIN_CORRESPONDENT else ()
        specs.append(FieldSpec(name, field_kind, submission and required, aliases=aliases))
    return specs


def _check_agreement(body: RequestBody, operation: str, *, required: bool) -> bool | None:
    """Check agree_to_the_terms: true in JSON, an "accepted" string in a form."""
    found = body.lookup(FieldSpec(AGREE))
    if found is None:
        if required:
            raise bad_request(AGREE, "is required")
        return None
    value = found[1]
    if body.is_form:
        accepted = isinstance(value, str) and value.strip().lower() in ACCEPTED
    else:
        accepted = value is True
    if not accepted:
        message = REFUSED + ("." if operation in REFUSED_WITH_PERIOD else "")
        raise ApiError(400, {"message": message, "code": 400})
    return True


def _required_files(body: RequestBody, kind: str) -> dict[str, UploadedFile]:
    """Return the required file parts of a submission, or raise the 400 naming a missing one."""
    files: dict[str, UploadedFile] = {}
    for name in FILES[kind]:
        part = body.files.get(name)
        if isinstance(part, dict):
            raise bad_request(name, "must be one file part, not an array of them")
        if not isinstance(part, UploadedFile):
            if name in body.values:
                raise bad_request(name, "must be a file part of a multipart/form-data body")
            raise bad_request(name, "is required (a file part of multipart/form-data)")
        files[name] = part
    return files


def _save_handler(kind: str) -> Handler:
    """Build POST agreement/{kind}-save: store (merge) data without submitting it."""
    operation = f"{kind}-save"

    async def save(ctx: ApiContext) -> Response:
        body = await ctx.body(allow_form=True)
        values = validate(body, _specs(kind, submission=False))
        agreed = _check_agreement(body, operation, required=False)
        with ctx.state.lock:
            saved = ctx.state.agreement.saved.setdefault(kind, {})
            saved.update(values.data)
            if agreed is not None:
                saved[AGREE] = agreed
        return json_response({"success": True})

    save.__doc__ = f"POST agreement/{operation}: store {kind} data without submitting it."
    return save


def _submit_handler(kind: str) -> Handler:
    """Build POST agreement/{kind}: store the data and files and submit the contract."""

    async def submit(ctx: ApiContext) -> Response:
        body = await ctx.body(allow_form=True)
        values = validate(body, _specs(kind, submission=True))
        _check_agreement(body, kind, required=True)
        files = _required_files(body, kind)
        agreement = ctx.state.agreement
        with ctx.state.lock:
            if agreement.signed:
                raise conflict("The agreement is already signed")
            saved = agreement.saved.setdefault(kind, {})
            saved.update(values.data)
            saved[AGREE] = True
            agreement.files[kind] = files
            agreement.submitted_kind = kind
        return json_response({"success": True})

    submit.__doc__ = f"POST agreement/{kind}: submit {kind} data and files for the contract."
    return submit


def _read_handler(kind: str) -> Handler:
    """Build GET agreement/{kind}: the stored data, or the docs' 404."""

    async def read(ctx: ApiContext) -> Response:
        await ctx.body()
        agreement = ctx.state.agreement
        with ctx.state.lock:
            saved = agreement.saved.get(kind)
            if saved is None:
                raise ApiError(404, NOT_FOUND)
            files = agreement.files.get(kind, {})
            data: dict[str, object] = {}
            for key in GET_ORDER[kind]:
                if key == CYRILLIC_CORRESPONDENT:
                    data[key] = saved.get(LATIN_CORRESPONDENT)
                elif key in FILES[kind]:
                    # The docs show only null here; a submitted file is shown by its name.
                    data[key] = files[key].filename if key in files else None
                else:
                    data[key] = saved.get(key)
        return json_response({"agreement": data})

    read.__doc__ = f"GET agreement/{kind}: read back the stored {kind} data."
    return read


async def current_status(ctx: ApiContext) -> Response:
    """GET agreement/current-status: empty until signed; name and type once submitted."""
    await ctx.body()
    state = ctx.state
    with state.lock:
        agreement = state.agreement
        status = seed.AGREEMENT_STATUSES[1 if agreement.signed else 0]
        kind = agreement.submitted_kind
        answer = {
            "status": status["status"],
            "title": status["title"],
            "name": f"Plusofon2-{state.customer_id}" if kind else None,
            "type": kind,
            "success": True,
        }
    return json_response(answer)


async def statuses(ctx: ApiContext) -> Response:
    """GET agreement/statuses: the two documented statuses (no success flag, as documented)."""
    await ctx.body()
    return json_response({"agreement_statuses": [dict(s) for s in seed.AGREEMENT_STATUSES]})


async def expiration(ctx: ApiContext) -> Response:
    """GET agreement/expiration: days left and the end of the trial period."""
    await ctx.body()
    return json_response(ctx.state.expiration())


async def download(ctx: ApiContext) -> Response:
    """GET agreement/download: the contract PDF once submitted, else the docs' bare 404."""
    await ctx.body()
    state = ctx.state
    with state.lock:
        kind = state.agreement.submitted_kind
        signed = state.agreement.signed
        signed_files = ", ".join(part.filename for part in state.agreement.signed_files)
    if kind is None:
        raise ApiError(404, {"message": NOT_READY})
    name = f"Plusofon2-{state.customer_id}"
    pdf = contract_pdf(
        [
            f"Contract {name}",
            f"Kind: {kind}",
            f"Status: {'signed' if signed else 'not signed'}",
            # What an upload delivered, so a client outside the process can see every file came.
            f"Signed files: {signed_files or '-'}",
            "Generated by the Plusofon API mock (not a real contract).",
        ]
    )
    headers = {"Content-Disposition": f'attachment; filename="{name}.pdf"'}
    return Response(pdf, media_type="application/pdf", headers=headers)


async def upload(ctx: ApiContext) -> Response:
    """POST agreement/upload: the signed contract as `files[]` parts; marks the contract signed."""
    body = await ctx.body(allow_form=True)
    parts = _signed_files(body)
    agreement = ctx.state.agreement
    with ctx.state.lock:
        if agreement.submitted_kind is None:
            # The docs show this text on upload too: there is no contract to sign yet.
            raise conflict(NOT_READY)
        if not parts:
            # files is not marked required in the docs, so its absence breaks no schema.
            raise conflict("No file to upload: send the signed contract as `files[]` parts")
        agreement.signed_files.extend(parts)
        agreement.signed = True
    return json_response({"success": True})


def _signed_files(body: RequestBody) -> list[UploadedFile]:
    """The files of the `files` array (documented type `array`), or the 400 naming what is wrong.

    What PHP made of the part names decides (plusofon_mock/php_form.py): repeated `files` parts
    are one file, the last, and `files[][0]` nests an array in each item; both would lose or hide
    files on Plusofon's server, so both are refused.
    """
    found = body.files.get("files")
    if found is None:
        if "files" in body.values:
            raise bad_request("files", "must be file parts of a multipart/form-data body")
        return []
    if isinstance(found, UploadedFile):
        raise bad_request("files", "must be an array of files: name each part `files[]`")
    assert isinstance(found, dict)
    parts: list[UploadedFile] = []
    for key, item in found.items():
        if not isinstance(item, UploadedFile):
            raise bad_request(
                f"files.{key}", "must be a file, not an array (a part name such as `files[][0]`)"
            )
        parts.append(item)
    return parts


async def esia(ctx: ApiContext) -> Response:
    """GET agreement/esia: a Gosuslugi sign-in URL (a fresh requestMd5 each time)."""
    await ctx.body()
    state = ctx.state
    with state.lock:
        state.esia_requests += 1
        seed_text = f"{state.client_id}:{state.customer_id}:{state.esia_requests}"
    digest = hashlib.md5(seed_text.encode()).hexdigest()
    url = f"https://e-info.plusofon.ru/userauth?client_id={state.client_id}&requestMd5={digest}"
    return json_response({"url": url, "success": True})


async def send_on_sign(ctx: ApiContext) -> Response:
    """GET agreement/send-on-sign: pretend to send the contract to the Goskey app."""
    await ctx.body()
    return json_response({"success": True})


ROUTES: RouteTable = {
    "/api/v1/agreement/current-status": {"GET": current_status},
    "/api/v1/agreement/statuses": {"GET": statuses},
    "/api/v1/agreement/expiration": {"GET": expiration},
    "/api/v1/agreement/download": {"GET": download},
    "/api/v1/agreement/upload": {"POST": upload},
    "/api/v1/agreement/esia": {"GET": esia},
    "/api/v1/agreement/send-on-sign": {"GET": send_on_sign},
    **{
        f"/api/v1/agreement/{kind}": {"GET": _read_handler(kind), "POST": _submit_handler(kind)}
        for kind in ROWS
    },
    **{f"/api/v1/agreement/{kind}-save": {"POST": _save_handler(kind)} for kind in ROWS},
}
