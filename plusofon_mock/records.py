"""The records the mock keeps in memory, each rendering itself as the docs show it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CabinetNumber:
    """A number of the cabinet: listed by GET number and/or, with an SMS packet, by number/sms."""

    id: int
    number: str
    phone_type: str
    owner_type: str
    period_price: int = 0
    buy_price: int = 0
    black_list: int | None = None
    aon_for_sips: list[dict[str, object]] = field(default_factory=list)
    following: dict[str, str] | None = None
    integration_following: dict[str, str] | None = None
    # Codes ("Y"/"N") behind the cli_type titles shown, kept so a later follow can reuse them.
    following_cli: str = "Y"
    integration_cli: str = "Y"
    sms_packet: dict[str, object] | None = None
    # False for the docs' SMS-only example number 22, which GET number does not list.
    listed: bool = True

    def to_json(self) -> dict[str, object]:
        """Render as an item of GET number."""
        return {
            "id": self.id,
            "number": self.number,
            "phone_type": self.phone_type,
            "owner_type": self.owner_type,
            "period_price": self.period_price,
            "buy_price": self.buy_price,
            "black_list": self.black_list,
            "aon_for_sips": [dict(sip) for sip in self.aon_for_sips],
            "following": dict(self.following) if self.following is not None else None,
            "integration_following": (
                dict(self.integration_following) if self.integration_following is not None else None
            ),
        }

    def to_sms_json(self) -> dict[str, object]:
        """Render as an item of GET number/sms."""
        return {
            "id": self.id,
            "number": self.number,
            "phone_type": self.phone_type,
            "owner_type": self.owner_type,
            "sms_packet": dict(self.sms_packet or {}),
        }


@dataclass(frozen=True)
class ShowcaseNumber:
    """A number offered for sale; `number` has 10 digits (city code and local part)."""

    number: str
    number_type: int
    buy_price: str
    period_price: str
    owner_type: str
    phone_type: str
    region: int
    city_code: int

    @property
    def local_part(self) -> str:
        """Return the number without its city code (what the search mask applies to)."""
        return self.number[len(str(self.city_code)) :]

    def to_json(self) -> dict[str, object]:
        """Render as an item of GET number/search."""
        return {
            "number_type": self.number_type,
            "number": self.number,
            "buy_price": self.buy_price,
            "period_price": self.period_price,
            "owner_type": self.owner_type,
            "phone_type": self.phone_type,
        }


@dataclass
class Reservation:
    """A reserved (not yet bought) number; `number` has 10 digits, shown with a leading 7."""

    id: int
    number: str
    reserved_untill: str
    phone_type: str
    owner_type: str
    buy_price: int
    period_price: int

    def to_json(self) -> dict[str, object]:
        """Render as an item of GET number/reserve (the field name's spelling is the API's)."""
        return {
            "id": self.id,
            "number": "7" + self.number,
            "reserved_untill": self.reserved_untill,
            "phone_type": self.phone_type,
            "owner_type": self.owner_type,
            "buy_price": self.buy_price,
            "period_price": self.period_price,
        }


@dataclass(frozen=True)
class Purchase:
    """One number bought through POST number/buy, recorded for tests."""

    number: str
    number_id: int
    reservation_id: int
    owner_type: str
    buy_price: int
    period_price: int
    bought_at: str


@dataclass(frozen=True)
class Direction:
    """A call direction of GET directions (id a string, code an integer, as documented)."""

    id: str
    name: str
    english_name: str
    code: int

    def to_json(self) -> dict[str, object]:
        """Render as an item of GET directions."""
        return {
            "id": self.id,
            "name": self.name,
            "english_name": self.english_name,
            "code": self.code,
        }

    def to_allowed_json(self) -> dict[str, object]:
        """Render as a value of GET direction (code a string there, as documented)."""
        return {"code": str(self.code), "name": self.name, "english_name": self.english_name}
