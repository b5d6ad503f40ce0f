"""Mock of the Plusofon REST API, written from its docs, for tests and experiments."""

from __future__ import annotations

from .app import DEFAULT_CLIENT_ID, DEFAULT_TOKEN, MockApp, create_app
from .body_limit import MAX_BODY_BYTES, MAX_UPLOAD_BYTES, BodyLimit
from .faults import DroppedConnection, Fault, FaultRegistry
from .records import CabinetNumber, Direction, Purchase, Reservation, ShowcaseNumber
from .state import AgreementState, MockState

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_TOKEN",
    "MAX_BODY_BYTES",
    "MAX_UPLOAD_BYTES",
    "AgreementState",
    "BodyLimit",
    "CabinetNumber",
    "Direction",
    "DroppedConnection",
    "Fault",
    "FaultRegistry",
    "MockApp",
    "MockState",
    "Purchase",
    "Reservation",
    "ShowcaseNumber",
    "create_app",
]
