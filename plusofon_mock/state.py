"""In-memory state of one mock app: the cabinet, the showcase, the agreement, and test hooks."""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from . import seed
from .faults import FaultRegistry
from .multipart import UploadedFile
from .records import CabinetNumber, Direction, Purchase, Reservation, ShowcaseNumber

# The API speaks Moscow time without a zone ("YYYY-MM-DD HH:MM:SS"); the mock does the same.
MOSCOW = dt.timezone(dt.timedelta(hours=3), "MSK")
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def format_datetime(moment: dt.datetime) -> str:
    """Format a moment as the API does: Moscow time, no zone."""
    return moment.astimezone(MOSCOW).strftime(DATETIME_FORMAT)


def _moscow_now() -> dt.datetime:
    """Return the current time in Moscow."""
    return dt.datetime.now(MOSCOW)


@dataclass
class AgreementState:
    """Saved and submitted contract data, per kind (fiz, jur, ip)."""

    saved: dict[str, dict[str, object]] = field(default_factory=dict)
    files: dict[str, dict[str, UploadedFile]] = field(default_factory=dict)
    submitted_kind: str | None = None
    signed: bool = False
    signed_files: list[UploadedFile] = field(default_factory=list)


class MockState:
    """Everything one app instance remembers; mutate it only while holding `lock`."""

    def __init__(
        self,
        *,
        token: str = "mock-token",
        client_id: str = "10553",
        clock: Callable[[], dt.datetime] = _moscow_now,
    ) -> None:
        self.token = token
        self.client_id = client_id
        self.clock = clock
        # Handlers never await while holding it, so a plain lock also covers threads.
        self.lock = threading.RLock()
        self.faults = FaultRegistry()
        self.calls: Counter[tuple[str, str]] = Counter()
        self._load_seed()

    def _load_seed(self) -> None:
        """Set the cabinet, showcase and agreement to the docs' initial data."""
        self.purchases: list[Purchase] = []

        self.customer_id = seed.CUSTOMER_ID
        self.tariff = dict(seed.TARIFF)
        self.unread_sms = 0
        self.trial_expires_at = self.now() + dt.timedelta(days=seed.TRIAL_DAYS)
        self.tfa_pin: str | None = None
        self.agreement = AgreementState()
        self.esia_requests = 0

        self.numbers: dict[int, CabinetNumber] = {n.id: n for n in seed.cabinet_numbers()}
        self.reservations: dict[int, Reservation] = {r.id: r for r in seed.reservations()}
        self.showcase: dict[str, ShowcaseNumber] = {n.number: n for n in seed.showcase()}
        self.sip_accounts = dict(seed.SIP_ACCOUNTS)
        self.directions: list[Direction] = list(seed.DIRECTIONS)
        self.allowed_direction_codes: list[int] = list(seed.ALLOWED_DIRECTION_CODES)
        self._next_number_id = max(self.numbers) + 1
        self._next_reservation_id = max(self.reservations) + 1

    def reset(self) -> None:
        """Go back to the initial data (numbers, reservations, agreement, 2FA, directions).

        Token, client id, clock, queued faults and the call counter stay: they belong to the
        test, not to the cabinet. For tests that need the same starting point repeatedly.
        """
        with self.lock:
            self._load_seed()

    def now(self) -> dt.datetime:
        """Return the current moment according to the state's clock."""
        return self.clock()

    def record_call(self, method: str, path: str) -> None:
        """Count one request for tests."""
        with self.lock:
            self.calls[(method.upper(), path)] += 1

    def new_number_id(self) -> int:
        """Allocate the id of a newly connected number."""
        with self.lock:
            number_id = self._next_number_id
            self._next_number_id += 1
            return number_id

    def new_reservation_id(self) -> int:
        """Allocate the id of a new reservation."""
        with self.lock:
            reservation_id = self._next_reservation_id
            self._next_reservation_id += 1
            return reservation_id

    def trial_days_left(self) -> int:
        """Return whole days (rounded up) until the trial period ends."""
        seconds = (self.trial_expires_at - self.now()).total_seconds()
        return max(0, math.ceil(seconds / 86400))

    def expiration(self) -> dict[str, object]:
        """Return the trial period's end as GET agreement/expiration shows it."""
        return {
            "days": self.trial_days_left(),
            "expiration": format_datetime(self.trial_expires_at),
        }

    def reservation_for(self, number: str) -> Reservation | None:
        """Return the reservation of a 10-digit number, if any."""
        with self.lock:
            for reservation in self.reservations.values():
                if reservation.number == number:
                    return reservation
        return None

    def connected_for(self, number: str) -> CabinetNumber | None:
        """Return the cabinet number whose 10 last digits are `number`, if any."""
        with self.lock:
            for cabinet_number in self.numbers.values():
                if cabinet_number.number[-10:] == number:
                    return cabinet_number
        return None

    def taken_numbers(self) -> set[str]:
        """Return the 10-digit numbers that are reserved or connected (hidden from search)."""
        with self.lock:
            taken = {r.number for r in self.reservations.values()}
            taken.update(n.number[-10:] for n in self.numbers.values())
            return taken
