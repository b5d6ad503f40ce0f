"""Every operation through `plusofon.Plusofon` against the mock served by uvicorn on 127.0.0.1.

Each test gets a fresh mock (the docs' seed data) behind one session-wide server and checks
what comes back, the state change it made, and that every 200 JSON answer matched the spec.
"""

# The seed data is Russian text: Cyrillic look-alikes of Latin letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import io
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

import plusofon
from plusofon_client._operations import OPERATIONS, OPERATIONS_BY_ID
from plusofon_client.models import (
    AgreementFizData,
    AgreementIpData,
    AgreementJurData,
    NumberFollowing,
    NumberIntegrationFollowing,
    NumberItem,
)
from plusofon_mock import MockApp, MockState, create_app
from tests.client.e2e.support import (
    CYRILLIC_CORRESPONDENT,
    PDF_BYTES,
    Sleeps,
    Switchboard,
    async_client,
    example_arguments,
    loopback_transport,
    success_validator,
    sync_client,
)


@dataclass(frozen=True)
class Exchange:
    """One request and its answer as they went over the wire."""

    method: str
    path: str
    status: int
    content_type: str
    content: bytes

    def json(self) -> Any:
        """The decoded JSON body."""
        return json.loads(self.content)


def _exchange(request: httpx.Request, response: httpx.Response) -> Exchange:
    return Exchange(
        request.method,
        request.url.path,
        response.status_code,
        response.headers.get("content-type", ""),
        response.content,
    )


class RecordingTransport(httpx.BaseTransport):
    """An httpx transport that sends for real and records every answer it got."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner if inner is not None else loopback_transport()
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, read the whole answer, remember it and hand it on."""
        response = self.inner.handle_request(request)
        content = response.read()
        response.close()
        answer = httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )
        self.exchanges.append(_exchange(request, answer))
        return answer

    def close(self) -> None:
        """Close the real transport."""
        self.inner.close()

    def last(self, method: str, path: str) -> Exchange:
        """The last answer to `method path`."""
        for exchange in reversed(self.exchanges):
            if (exchange.method, exchange.path) == (method, path):
                return exchange
        raise AssertionError(f"no {method} {path} was sent")


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """Async twin of RecordingTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[Exchange] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, read the whole answer, remember it and hand it on."""
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        await response.aclose()
        answer = httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )
        self.exchanges.append(_exchange(request, answer))
        return answer

    async def aclose(self) -> None:
        """Close the real transport."""
        await self.inner.aclose()


def total_calls(app: MockApp) -> int:
    """How many requests the mock has seen so far."""
    with app.mock_state.lock:
        return sum(app.mock_state.calls.values())


_TEMPLATES = [
    (re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(op.path)) + "$"), op)
    for op in OPERATIONS_BY_ID.values()
]


def operation_of(method: str, path: str) -> str | None:
    """The operationId a request belongs to (concrete paths before templated ones)."""
    candidates = [op for regex, op in _TEMPLATES if op.method == method and regex.match(path)]
    candidates.sort(key=lambda op: "{" in op.path)
    return candidates[0].operation_id if candidates else None


def nonconforming(exchanges: list[Exchange]) -> list[str]:
    """Describe every 200 JSON answer whose body breaks its operation's success schema."""
    problems: list[str] = []
    for exchange in exchanges:
        if exchange.status != 200 or not exchange.content_type.startswith("application/json"):
            continue
        operation_id = operation_of(exchange.method, exchange.path)
        if operation_id is None:
            continue
        for error in success_validator(operation_id).iter_errors(exchange.json()):
            where = "/".join(str(part) for part in error.absolute_path) or "(body)"
            problems.append(f"{operation_id}: {where}: {error.message}")
    return sorted(set(problems))


@dataclass
class Live:
    """A fresh mock behind the server, and a client recording the wire."""

    app: MockApp
    client: plusofon.Plusofon
    wire: RecordingTransport
    sleeps: Sleeps
    url: str

    @property
    def state(self) -> MockState:
        return self.app.mock_state

    def numbers(self) -> dict[int, NumberItem]:
        return {item.id: item for item in self.client.paginate(self.client.number.list_numbers)}

    def reserved(self) -> dict[str, int]:
        """Reserved numbers (11 digits, as listed) and their reservation ids."""
        method = self.client.number.list_reserved_numbers
        return {item.number: item.id for item in self.client.paginate(method)}


@pytest.fixture
def live(e2e_server: tuple[Switchboard, str]) -> Iterator[Live]:
    board, url = e2e_server
    app = board.reset()
    wire = RecordingTransport()
    sleeps = Sleeps()
    with sync_client(url, app, wire, max_retries=0, sleep=sleeps) as client:
        yield Live(app, client, wire, sleeps, url)
    problems = nonconforming(wire.exchanges)
    assert not problems, f"answers that break the spec: {sorted(problems)}"
    assert sleeps.waits == []


# --- customer ------------------------------------------------------------------------------------


def test_customer_info_and_trial(live: Live) -> None:
    info = live.client.customer.get_customer_info()
    assert info.id == 1234
    assert (info.tariff.name, info.tariff.description) == ("Тестовый", "Облачная АТС")
    assert info.expiration_date.days == 14
    assert info.block.type_ == "agreement"
    assert (info.unread_sms, info.success, info.finally_created) == (0, True, True)
    expires = info.expiration_date.expiration
    assert expires.utcoffset() == dt.timedelta(hours=3)
    left = expires - dt.datetime.now(dt.UTC)
    assert dt.timedelta(days=13, hours=23) < left <= dt.timedelta(days=14)

    trial = live.client.agreement.get_trial_expiration()
    assert (trial.days, trial.expiration) == (14, expires)


def test_tfa_enable_and_disable_with_pin(live: Live) -> None:
    customer = live.client.customer
    assert customer.get_tfa_status().tfa_active is False
    assert customer.enable_tfa(pin="1234").success is True
    assert live.state.tfa_pin == "1234"
    assert customer.get_tfa_status().tfa_active is True
    with pytest.raises(plusofon.ConflictError, match="already enabled"):
        customer.enable_tfa(pin="9999")
    with pytest.raises(plusofon.ConflictError, match="Wrong PIN") as wrong:
        customer.disable_tfa(pin="0000")
    assert (wrong.value.status_code, wrong.value.operation) == (409, "disable_tfa")
    # With 2FA on, deleting a number needs the PIN too.
    with pytest.raises(plusofon.ConflictError, match="Wrong PIN"):
        live.client.number.delete_number(number_id="17")
    assert 17 in live.numbers()
    assert customer.disable_tfa(pin="1234").success is True
    assert customer.get_tfa_status().tfa_active is False
    with pytest.raises(plusofon.ConflictError, match="not enabled"):
        customer.disable_tfa(pin="1234")


# --- numbers -------------------------------------------------------------------------------------


def test_list_numbers_and_sms_numbers(live: Live) -> None:
    page = live.client.number.list_numbers()
    assert (page.current_page, page.total, page.last_page, page.next_page_url) == (1, 2, 1, None)
    fifteen, seventeen = page.data
    assert (fifteen.id, fifteen.number, fifteen.phone_type, fifteen.owner_type) == (
        15,
        "79309993750",
        "def",
        "business",
    )
    assert (fifteen.buy_price, fifteen.period_price) == (Decimal(99), Decimal(99))
    assert isinstance(fifteen.following, NumberFollowing)
    assert fifteen.following.name == "Sip аккаунт test@plusofontest.ru"
    assert fifteen.following.cli_type == "Номер и имя звонящего"
    assert isinstance(fifteen.integration_following, NumberIntegrationFollowing)
    assert fifteen.integration_following.host == "test.amocrm.ru"
    assert fifteen.integration_following.type_ == "amo"
    assert (seventeen.id, seventeen.number, seventeen.buy_price) == (17, "74951334527", Decimal(1))
    assert isinstance(seventeen.aon_for_sips, list)
    assert [(sip.id, sip.name) for sip in seventeen.aon_for_sips] == [(73, "test@plusofontest.ru")]
    assert seventeen.following is None and seventeen.black_list is None

    assert [n.id for n in live.client.number.list_numbers(phone_type="abc").data] == [17]
    assert live.client.number.list_numbers(phone_type="800").data == []

    sms = live.client.number.list_sms_numbers()
    (item,) = sms.data
    assert (item.id, item.number) == (22, "79309992501")
    assert item.sms_packet.packet_name == "Пакет СМС 500"
    assert (item.sms_packet.price, item.sms_packet.sms_remaining) == (Decimal("300.00"), 500)


def test_reference_lists(live: Live) -> None:
    follow = live.client.number.list_follow_types().follow_types
    assert [(t.type_, t.title) for t in follow] == [
        ("sip", "Sip аккаунт"),
        ("number", "Номер"),
        ("group", "Группа"),
        ("scenario", "Сценарий"),
    ]
    assert follow[2].owner_types == ["business"]
    cli = live.client.number.list_cli_types().cli_types
    assert {t.type_: t.title for t in cli} == {
        "Y": "Номер и имя звонящего",
        "N": "Переадресующий номер",
    }
    regions = live.client.number.list_code_regions().code_regions
    assert [r.id for r in regions] == [65, 23, 1, 90, 80]
    assert (regions[0].title, regions[0].code) == ("Улан-Удэ (301)", ["301"])
    # The curl-only `type` member is accepted (and ignored).
    same = live.client.number.list_code_regions(type_="rerum").code_regions
    assert [r.id for r in same] == [r.id for r in regions]


def test_search_reserve_buy(live: Live) -> None:
    number = live.client.number
    first = number.search_numbers(city_code=495)
    assert (first.current_page, first.per_page, len(first.data)) == (1, 20, 20)
    assert isinstance(first.next_page_url, str) and first.next_page_url.endswith("?page=2")
    assert all(item.phone_type == "abc" and item.number.startswith("495") for item in first.data)
    chosen = first.data[0]
    assert (chosen.number, chosen.buy_price, chosen.number_type) == (
        "4951330230",
        Decimal("99.00"),
        0,
    )

    before = live.reserved()
    assert before == {"74951919036": 5, "74951919034": 6}
    assert number.reserve_number(number=int(chosen.number), owner_type="business", short=1).success
    reserved = number.list_reserved_numbers()
    (new,) = [item for item in reserved.data if item.number == "7" + chosen.number]
    assert new.id not in (5, 6)
    assert (new.owner_type, new.phone_type, new.buy_price) == ("business", "abc", Decimal(99))
    left = new.reserved_untill - dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=59) < left <= dt.timedelta(hours=1)
    # A reserved number leaves the showcase and cannot be reserved twice.
    again = number.search_numbers(city_code=495)
    assert chosen.number not in {item.number for item in again.data}
    with pytest.raises(plusofon.ConflictError, match="already reserved"):
        number.reserve_number(number=int(chosen.number), owner_type="business")

    assert number.buy_numbers(numbers=["7" + chosen.number], owner_type="business").success
    (purchase,) = live.state.purchases
    assert (purchase.number, purchase.reservation_id) == ("7" + chosen.number, new.id)
    numbers = live.numbers()
    bought = numbers[purchase.number_id]
    assert (bought.number, bought.owner_type, bought.buy_price) == (
        "7" + chosen.number,
        "business",
        Decimal(99),
    )
    assert set(numbers) == {15, 17, purchase.number_id}
    assert "7" + chosen.number not in live.reserved()
    with pytest.raises(plusofon.ConflictError, match="not reserved"):
        number.buy_numbers(numbers=["7" + chosen.number], owner_type="business")
    # The seed reservation 5 bought by its number as an integer (10 digits, as reserve takes).
    assert number.buy_numbers(numbers=[4951919036], owner_type="personal").success
    assert set(live.reserved()) == {"74951919034"}
    assert len(live.state.purchases) == 2


def test_search_filters_and_pagination(live: Live) -> None:
    number = live.client.number
    # The docs' example: personal, simple (0), city numbers of Moscow matching 133221?.
    found = number.search_numbers(**example_arguments("search_numbers"))
    assert "4951332210" in {item.number for item in found.data}
    assert found.next_page_url is None
    for item in found.data:
        assert item.number.startswith("495133221") and len(item.number) == 10
        assert (item.owner_type, item.number_type, item.phone_type) == ("personal", 0, "abc")
    second = number.search_numbers(city_code=301, page=2)
    assert (second.current_page, second.data[0].number) == (2, "3012200020")
    items = list(live.client.paginate(number.search_numbers, phone_type="800"))
    assert len(items) == 100 and len({item.number for item in items}) == 100
    assert all(item.phone_type == "800" for item in items)


def test_cancel_reservation(live: Live) -> None:
    number = live.client.number
    assert number.search_numbers(city_code=495, phone_number="1919036").data == []
    assert number.cancel_reservation(reserve_number_id="5").success is True
    assert live.reserved() == {"74951919034": 6}
    # The number is back in the showcase.
    back = number.search_numbers(city_code=495, phone_number="1919036")
    assert [item.number for item in back.data] == ["4951919036"]
    with pytest.raises(plusofon.NotFoundError, match="Reservation 5 not found") as info:
        number.cancel_reservation(reserve_number_id="5")
    assert info.value.status_code == 404


def test_delete_number(live: Live) -> None:
    assert live.client.number.delete_number(number_id="17").success is True
    assert set(live.numbers()) == {15}
    with pytest.raises(plusofon.NotFoundError, match="Number 17 not found"):
        live.client.number.delete_number(number_id="17")


def test_follow_changes_the_numbers_fields(live: Live) -> None:
    number = live.client.number
    assert number.set_number_follow(**example_arguments("set_number_follow")).success
    numbers = live.numbers()
    assert isinstance(numbers[15].following, NumberFollowing)
    assert numbers[15].following.name == "Sip аккаунт test@plusofontest.ru"

    assert number.set_number_follow(
        type_="number", numbers=[15, 17], destination_number="79309992501", cli_type="N"
    ).success
    for item in live.numbers().values():
        assert isinstance(item.following, NumberFollowing)
        assert (item.following.name, item.following.cli_type) == (
            "Номер 79309992501",
            "Переадресующий номер",
        )

    assert number.set_number_follow(
        type_="amo",
        numbers=[17],
        host="example.amocrm.ru",
        cli_type="Y",
        type_default="sip",
        sip_id=73,
        cli_type_default="Y",
    ).success
    seventeen = live.numbers()[17]
    assert isinstance(seventeen.integration_following, NumberIntegrationFollowing)
    assert (
        seventeen.integration_following.host,
        seventeen.integration_following.type_,
        seventeen.integration_following.cli_type,
    ) == ("example.amocrm.ru", "amo", "Номер и имя звонящего")
    assert isinstance(seventeen.following, NumberFollowing)
    assert seventeen.following.name == "Sip аккаунт test@plusofontest.ru"

    assert number.set_number_follow(type_="empty", numbers=[17]).success
    assert live.numbers()[17].following is None
    # group is a business-only type (GET follow-types): refused for the personal number 17.
    with pytest.raises(plusofon.ConflictError, match="not available for personal"):
        number.set_number_follow(type_="group", numbers=[17], group_id=1, cli_type="Y")
    with pytest.raises(plusofon.NotFoundError, match="Number 999 not found"):
        number.set_number_follow(type_="empty", numbers=[999])


def test_contact_list_changes_black_list(live: Live) -> None:
    number = live.client.number
    assert number.set_contact_list(numbers=[15, 17], contact_list_id=7).success
    assert {i: n.black_list for i, n in live.numbers().items()} == {15: 7, 17: 7}
    assert number.set_contact_list(numbers=[15]).success  # no id: the list is detached
    assert {i: n.black_list for i, n in live.numbers().items()} == {15: None, 17: 7}
    assert number.set_contact_list(**example_arguments("set_contact_list")).success
    assert live.state.numbers[22].black_list == 15


# --- directions ----------------------------------------------------------------------------------


def allowed(live: Live) -> dict[str, str]:
    directions = live.client.direction.list_allowed_directions().directions
    return {code: item.english_name for code, item in directions.additional_properties.items()}


def test_directions_added_and_removed(live: Live) -> None:
    direction = live.client.direction
    every = direction.list_directions().directions
    assert len(every) == 22
    assert (every[0].id, every[0].code, every[0].english_name) == (
        "1",
        672,
        "Australian External Territorie",
    )
    assert allowed(live) == {"36": "Hungary", "58": "Venezuela"}
    hungary = direction.list_allowed_directions().directions["36"]
    assert (hungary.code, hungary.name) == ("36", "Венгрия")

    assert direction.allow_directions(direction_ids=["1", 2]).success
    assert allowed(live) == {
        "36": "Hungary",
        "58": "Venezuela",
        "672": "Australian External Territorie",
        "61": "Australia",
    }
    assert direction.remove_directions(codes=["36", 58]).success
    assert allowed(live) == {"672": "Australian External Territorie", "61": "Australia"}
    assert live.state.allowed_direction_codes == [672, 61]
    with pytest.raises(plusofon.NotFoundError, match="Direction 999 not found"):
        direction.allow_directions(direction_ids=["999"])
    with pytest.raises(plusofon.NotFoundError, match="code 999999 not found"):
        direction.remove_directions(codes=[999999])
    assert direction.allow_directions(direction_ids=[]).success
    assert allowed(live) == {"672": "Australian External Territorie", "61": "Australia"}


# --- agreement -----------------------------------------------------------------------------------


def test_agreement_statuses_and_status(live: Live) -> None:
    statuses = live.client.agreement.list_agreement_statuses().agreement_statuses
    assert [(s.status, s.title) for s in statuses] == [
        ("empty", "Не отправлен"),
        ("signed", "Подписан"),
    ]
    status = live.client.agreement.get_agreement_status()
    assert (status.status, status.title, status.type_) == ("empty", "Не отправлен", None)


@pytest.mark.parametrize("kind", ["fiz", "jur", "ip"])
def test_agreement_save_and_read_back(live: Live, kind: str) -> None:
    agreement = live.client.agreement
    read = getattr(agreement, f"get_{kind}_agreement")
    with pytest.raises(plusofon.NotFoundError, match="Fiz contract not found") as missing:
        read()
    assert missing.value.body == {"error": "Fiz contract not found", "code": 404}

    arguments = example_arguments(f"save_{kind}_agreement")
    assert getattr(agreement, f"save_{kind}_agreement")(**arguments).success is True
    data = read().agreement
    assert isinstance(data, AgreementFizData | AgreementJurData | AgreementIpData)
    for name, value in arguments.items():
        assert getattr(data, name) == value, name
    if kind != "fiz":
        # On the wire the account comes back under its Cyrillic key only.
        wire = live.wire.last("GET", f"/api/v1/agreement/{kind}").json()["agreement"]
        assert wire[CYRILLIC_CORRESPONDENT] == "80211890480601000625"
        assert "correspondent_account" not in wire
        assert isinstance(data, AgreementJurData | AgreementIpData)
        assert data.correspondent_account == "80211890480601000625"

    # A later save merges into the draft.
    getattr(agreement, f"save_{kind}_agreement")(first_name="Пётр")
    assert read().agreement.first_name == "Пётр"
    refuse_disagreement(live, getattr(agreement, f"save_{kind}_agreement"), kind != "ip")


def refuse_disagreement(live: Live, method: Callable[..., object], period: bool) -> None:
    """agree_to_the_terms=False: the API's 400 (or, once the client knows the spec's
    `const: true`, a ValueError before anything is sent)."""
    before = total_calls(live.app)
    with pytest.raises((plusofon.ValidationError, ValueError)) as info:
        method(agree_to_the_terms=False)
    if isinstance(info.value, plusofon.ValidationError):
        refused = "The selected agree to the terms is invalid" + ("." if period else "")
        assert (info.value.status_code, info.value.message) == (400, refused)
    else:
        assert str(info.value).startswith("agree_to_the_terms: ")
        assert total_calls(live.app) == before


def test_submit_with_path_bytes_and_file_then_download(live: Live, tmp_path: Path) -> None:
    agreement = live.client.agreement
    with pytest.raises(plusofon.ContractNotReadyError, match="File not ready") as early:
        agreement.download_agreement()
    assert early.value.status_code == 404

    passport = tmp_path / "паспорт.jpg"
    passport.write_bytes(b"\xff\xd8passport")
    arguments = example_arguments("submit_fiz_agreement")
    with (tmp_path / "selfie.png").open("wb+") as selfie:
        selfie.write(b"\x89PNGselfie")
        selfie.seek(0)
        arguments.update(
            file_passport=passport, file_registration=b"registration", file_selfie=selfie
        )
        assert agreement.submit_fiz_agreement(**arguments).success is True

    files = live.state.agreement.files["fiz"]
    assert (files["file_passport"].filename, files["file_passport"].data) == (
        "паспорт.jpg",
        b"\xff\xd8passport",
    )
    assert files["file_passport"].content_type == "image/jpeg"
    assert files["file_registration"].data == b"registration"
    assert (files["file_selfie"].filename, files["file_selfie"].data) == (
        "selfie.png",
        b"\x89PNGselfie",
    )
    data = agreement.get_fiz_agreement().agreement
    assert (data.file_passport, data.file_selfie) == ("паспорт.jpg", "selfie.png")
    assert (data.first_name, data.birthday) == ("Иван", dt.date(1990, 1, 1))

    status = agreement.get_agreement_status()
    assert (status.status, status.name, status.type_) == ("empty", "Plusofon2-1234", "fiz")
    pdf = agreement.download_agreement()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    assert b"Kind: fiz" in pdf and b"Status: not signed" in pdf

    assert agreement.send_agreement_on_sign().success is True
    with io.BytesIO(PDF_BYTES) as signed:
        assert agreement.upload_signed_agreement(files=[signed, b"page 2"]).success is True
    assert [f.data for f in live.state.agreement.signed_files] == [PDF_BYTES, b"page 2"]
    status = agreement.get_agreement_status()
    assert (status.status, status.title) == ("signed", "Подписан")
    assert b"Status: signed" in agreement.download_agreement()
    with pytest.raises(plusofon.ConflictError, match="already signed"):
        agreement.submit_fiz_agreement(**example_arguments("submit_fiz_agreement"))


@pytest.mark.parametrize("kind", ["jur", "ip"])
def test_submit_jur_and_ip(live: Live, kind: str) -> None:
    agreement = live.client.agreement
    arguments = example_arguments(f"submit_{kind}_agreement")
    assert getattr(agreement, f"submit_{kind}_agreement")(**arguments).success is True
    assert live.state.agreement.submitted_kind == kind
    assert set(live.state.agreement.files[kind]) == {
        name for name in arguments if name.startswith("file_")
    }
    data = getattr(agreement, f"get_{kind}_agreement")().agreement
    assert data.inn == arguments["inn"]
    assert data.correspondent_account == "80211890480601000625"
    assert agreement.get_agreement_status().type_ == kind
    assert agreement.download_agreement().startswith(b"%PDF")


def test_submit_without_agreement_is_refused(live: Live) -> None:
    arguments = example_arguments("submit_ip_agreement")
    del arguments["agree_to_the_terms"]
    submit = functools.partial(live.client.agreement.submit_ip_agreement, **arguments)
    refuse_disagreement(live, submit, period=False)
    assert live.state.agreement.submitted_kind is None


def test_upload_before_submission(live: Live) -> None:
    # The mock answers 409 with «File not ready for download»: a conflict, not a missing file.
    with pytest.raises(plusofon.ConflictError, match="File not ready") as info:
        live.client.agreement.upload_signed_agreement(files=[PDF_BYTES])
    assert info.value.status_code == 409
    assert not isinstance(info.value, plusofon.NotFoundError)
    assert live.state.agreement.signed is False


def test_esia_url(live: Live) -> None:
    first = live.client.agreement.get_esia_url()
    second = live.client.agreement.get_esia_url()
    prefix = "https://e-info.plusofon.ru/userauth?client_id=10553&requestMd5="
    for answer in (first, second):
        assert answer.success is True
        assert answer.url.startswith(prefix) and len(answer.url) == len(prefix) + 32
    assert first.url != second.url


# --- errors --------------------------------------------------------------------------------------


def test_bad_credentials_raise_authentication_error(live: Live) -> None:
    for wrong in (
        live.client.with_options(token="not-the-token"),
        live.client.with_options(client_id="1"),
    ):
        with pytest.raises(plusofon.AuthenticationError, match="Unauthenticated") as info:
            wrong.customer.get_customer_info()
        assert (info.value.status_code, info.value.operation) == (401, "get_customer_info")
        with pytest.raises(plusofon.AuthenticationError):
            wrong.number.buy_numbers(numbers=[4951919036], owner_type="personal")
    assert live.state.purchases == []


def test_invalid_parameter_is_a_validation_error(live: Live) -> None:
    with pytest.raises(plusofon.ValidationError, match="page: must be an integer >= 1") as info:
        live.client.number.list_numbers(page=0)
    assert (info.value.status_code, info.value.code) == (400, 400)


# The client is Any here: these calls break the methods' types on purpose.
BadCall = Callable[[Any], object]
BAD_CALLS: list[tuple[BadCall, type[Exception], str]] = [
    (lambda c: c.number.list_numbers(phone_type="mobile"), ValueError, "phone_type"),
    (lambda c: c.number.search_numbers(number_type=9), ValueError, "number_type"),
    (lambda c: c.number.search_numbers(number_type="0"), TypeError, "number_type"),
    (lambda c: c.number.reserve_number(number=1, owner_type="x"), ValueError, "owner_type"),
    (
        lambda c: c.number.reserve_number(number=1, owner_type="personal", short=2),
        ValueError,
        "short",
    ),
    (
        lambda c: c.number.reserve_number(number="4951332210", owner_type="personal"),
        TypeError,
        "number",
    ),
    (lambda c: c.number.set_number_follow(type_="fax", numbers=[15]), ValueError, "type_"),
    (
        lambda c: c.number.set_number_follow(type_="sip", numbers=[15], cli_type="y"),
        ValueError,
        "cli_type",
    ),
    (
        lambda c: c.number.buy_numbers(numbers=["74951919036"], owner_type="corporate"),
        ValueError,
        "owner_type",
    ),
    (lambda c: c.number.set_contact_list(numbers=["15"]), TypeError, "numbers[0]"),
    (lambda c: c.agreement.save_fiz_agreement(birthday="1990-01-01"), TypeError, "birthday"),
]


@pytest.mark.parametrize(("call", "error", "argument"), BAD_CALLS)
def test_bad_arguments_are_refused_before_sending(
    live: Live, call: BadCall, error: type[Exception], argument: str
) -> None:
    before = total_calls(live.app)
    with pytest.raises(error) as info:
        call(live.client)
    assert isinstance(info.value, plusofon.ArgumentError)
    assert info.value.parameter == argument.split("[")[0]
    assert f": {argument}: " in str(info.value)
    assert total_calls(live.app) == before


def test_unknown_ids_raise_not_found(live: Live) -> None:
    number = live.client.number
    with pytest.raises(plusofon.NotFoundError, match="Number 999 not found"):
        number.delete_number(number_id="999")
    with pytest.raises(plusofon.NotFoundError, match="Reservation 42 not found"):
        number.cancel_reservation(**example_arguments("cancel_reservation"))
    with pytest.raises(plusofon.NotFoundError, match="not found in the showcase"):
        number.reserve_number(number=1234567890, owner_type="personal")
    assert set(live.numbers()) == {15, 17}


def test_conflicts_raise_conflict_error(live: Live) -> None:
    with pytest.raises(plusofon.ConflictError, match="already reserved") as info:
        live.client.number.reserve_number(number=4951919036, owner_type="personal")
    assert (info.value.status_code, info.value.code) == (409, 409)
    with pytest.raises(plusofon.ConflictError, match="already connected"):
        live.client.number.reserve_number(number=79309993750, owner_type="personal")


def test_every_operation_answers_200_on_a_fresh_mock(live: Live) -> None:
    """One walk over every operation of the spec, in an order the mock's state allows."""
    agreement, customer = live.client.agreement, live.client.customer
    number, direction = live.client.number, live.client.direction

    agreement.get_agreement_status()
    agreement.list_agreement_statuses()
    agreement.get_trial_expiration()
    for kind in ("fiz", "jur", "ip"):
        getattr(agreement, f"save_{kind}_agreement")(**example_arguments(f"save_{kind}_agreement"))
        getattr(agreement, f"get_{kind}_agreement")()
    for kind in ("jur", "ip", "fiz"):
        submit = getattr(agreement, f"submit_{kind}_agreement")
        submit(**example_arguments(f"submit_{kind}_agreement"))
    agreement.download_agreement()
    agreement.get_esia_url()
    agreement.send_agreement_on_sign()
    agreement.upload_signed_agreement(files=[PDF_BYTES])

    customer.get_customer_info()
    customer.get_tfa_status()
    customer.enable_tfa(pin="1234")
    customer.disable_tfa(pin="1234")

    number.list_numbers()
    number.list_sms_numbers()
    number.list_follow_types()
    number.list_cli_types()
    number.list_code_regions()
    number.list_reserved_numbers()
    chosen = number.search_numbers(**example_arguments("search_numbers")).data[0].number
    number.reserve_number(number=int(chosen), owner_type="business")
    number.buy_numbers(numbers=["7" + chosen], owner_type="business")
    number.cancel_reservation(reserve_number_id="5")
    number.set_number_follow(**example_arguments("set_number_follow"))
    number.set_contact_list(**example_arguments("set_contact_list"))
    number.delete_number(number_id="17")

    direction.list_allowed_directions()
    direction.list_directions()
    direction.allow_directions(direction_ids=["1", 2])
    direction.remove_directions(codes=["36", 58])

    answered = [
        operation_of(exchange.method, exchange.path)
        for exchange in live.wire.exchanges
        if exchange.status == 200
    ]
    assert sorted(map(str, answered)) == sorted(op.operation_id for op in OPERATIONS)


@pytest.mark.parametrize("kind", ["fiz", "jur", "ip"])
def test_partial_draft_reads_back(live: Live, kind: str) -> None:
    """A draft saved with one field reads back with that field; the others come as null."""
    agreement = live.client.agreement
    assert getattr(agreement, f"save_{kind}_agreement")(first_name="Иван").success
    data = getattr(agreement, f"get_{kind}_agreement")().agreement
    assert (data.first_name, data.last_name, data.agree_to_the_terms) == ("Иван", None, None)
    if kind != "jur":
        assert (data.birthday, data.date_of_issue) == (None, None)


# --- the async client, in-process (httpx.ASGITransport): a representative subset ----------------


@dataclass
class InProcess:
    """A fresh mock and an AsyncPlusofon wired to it in-process, recording the answers."""

    app: MockApp
    client: plusofon.AsyncPlusofon
    wire: AsyncRecordingTransport

    @property
    def state(self) -> MockState:
        return self.app.mock_state


@pytest.fixture
async def in_process() -> AsyncIterator[InProcess]:
    app = create_app()
    wire = AsyncRecordingTransport(httpx.ASGITransport(app=app))
    sleeps = Sleeps()
    async with async_client(app, transport=wire, max_retries=0, sleep=sleeps.asleep) as client:
        yield InProcess(app, client, wire)
    assert nonconforming(wire.exchanges) == []
    assert sleeps.waits == []


async def test_async_search_reserve_buy_cancel_delete(in_process: InProcess) -> None:
    client = in_process.client
    found = await client.number.search_numbers(city_code=499, phone_number="123000?")
    assert [item.number for item in found.data] == [f"499123000{d}" for d in range(10)]
    chosen = found.data[3].number
    assert (await client.number.reserve_number(number=int(chosen), owner_type="personal")).success
    listing = client.paginate(client.number.list_reserved_numbers, phone_type="abc")
    reserved = {item.number: item async for item in listing}
    assert set(reserved) == {"74951919036", "74951919034", "7" + chosen}
    # Without `short` the mock keeps a reservation 24 hours (the docs name no duration).
    left = reserved["7" + chosen].reserved_untill - dt.datetime.now(dt.UTC)
    assert dt.timedelta(hours=23, minutes=59) < left <= dt.timedelta(hours=24)

    assert (await client.number.buy_numbers(numbers=[int(chosen)], owner_type="personal")).success
    numbers = {item.number: item async for item in client.paginate(client.number.list_numbers)}
    assert set(numbers) == {"79309993750", "74951334527", "7" + chosen}
    assert (await client.number.cancel_reservation(reserve_number_id="6")).success
    left_reserved = await client.number.list_reserved_numbers()
    assert [item.id for item in left_reserved.data] == [5]
    new_id = str(numbers["7" + chosen].id)
    assert (await client.number.delete_number(number_id=new_id)).success
    assert [item.id for item in (await client.number.list_numbers()).data] == [15, 17]
    assert [p.number for p in in_process.state.purchases] == ["7" + chosen]


async def test_async_agreement_round_trip(in_process: InProcess, tmp_path: Path) -> None:
    agreement = in_process.client.agreement
    with pytest.raises(plusofon.ContractNotReadyError):
        await agreement.download_agreement()
    assert (await agreement.save_jur_agreement(**example_arguments("save_jur_agreement"))).success
    data = (await agreement.get_jur_agreement()).agreement
    assert (data.name, data.correspondent_account) == ("РОМАЖЕЧКА", "80211890480601000625")
    wire = in_process.wire.exchanges[-1].json()["agreement"]
    assert CYRILLIC_CORRESPONDENT in wire and "correspondent_account" not in wire

    scan = tmp_path / "скан паспорта.pdf"
    scan.write_bytes(PDF_BYTES)
    arguments = example_arguments("submit_ip_agreement")
    with io.BytesIO(b"selfie") as selfie:
        arguments.update(file_passport=scan, file_registration=b"reg", file_selfie=selfie)
        assert (await agreement.submit_ip_agreement(**arguments)).success
    files = in_process.state.agreement.files["ip"]
    assert (files["file_passport"].filename, files["file_passport"].data) == (
        "скан паспорта.pdf",
        PDF_BYTES,
    )
    assert (files["file_registration"].data, files["file_selfie"].data) == (b"reg", b"selfie")
    ip = (await agreement.get_ip_agreement()).agreement
    assert (ip.first_name, ip.issue, ip.file_passport) == ("Иван", "УФМС РФ", "скан паспорта.pdf")
    assert (await agreement.download_agreement()).startswith(b"%PDF")
    assert (await agreement.get_esia_url()).url.startswith("https://e-info.plusofon.ru/")
    assert (await agreement.send_agreement_on_sign()).success
    assert (await agreement.upload_signed_agreement(files=[scan])).success
    status = await agreement.get_agreement_status()
    assert (status.status, status.type_, status.name) == ("signed", "ip", "Plusofon2-1234")


async def test_async_customer_and_directions(in_process: InProcess) -> None:
    client = in_process.client
    info, tfa, statuses = await asyncio.gather(
        client.customer.get_customer_info(),
        client.customer.get_tfa_status(),
        client.agreement.list_agreement_statuses(),
    )
    assert (info.id, info.tariff.name, tfa.tfa_active) == (1234, "Тестовый", False)
    assert len(statuses.agreement_statuses) == 2
    assert (await client.customer.enable_tfa(pin="4321")).success
    assert (await client.customer.get_tfa_status()).tfa_active is True
    assert (await client.number.delete_number(number_id="15", pin="4321")).success
    assert (await client.customer.disable_tfa(pin="4321")).success

    assert (await client.direction.allow_directions(direction_ids=[14, "18"])).success
    allowed = (await client.direction.list_allowed_directions()).directions
    assert sorted(allowed.additional_keys) == ["36", "44", "49", "58"]
    assert (await client.direction.remove_directions(codes=[44, "36"])).success
    allowed = (await client.direction.list_allowed_directions()).directions
    assert allowed.additional_keys == ["58", "49"]


async def test_async_errors(in_process: InProcess) -> None:
    client = in_process.client
    with pytest.raises(plusofon.AuthenticationError):
        await client.with_options(token="wrong").number.list_numbers()
    with pytest.raises(plusofon.ValidationError, match="page"):
        await client.number.list_sms_numbers(page=0)
    with pytest.raises(plusofon.NotFoundError):
        await client.number.cancel_reservation(reserve_number_id="404")
    with pytest.raises(plusofon.ConflictError):
        await client.number.reserve_number(number=4951919034, owner_type="business")
    before = total_calls(in_process.app)
    with pytest.raises(plusofon.ArgumentError, match=r"^search_numbers: owner_type: "):
        await client.number.search_numbers(owner_type="corporate")  # type: ignore[arg-type]
    assert total_calls(in_process.app) == before
