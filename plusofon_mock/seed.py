"""Initial data: the docs' examples, plus a deterministic showcase and directions list."""

# The data is Russian text copied from the docs: Cyrillic look-alikes of Latin letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

from functools import cache

from .records import CabinetNumber, Direction, Reservation, ShowcaseNumber

CUSTOMER_ID = 1234
TARIFF = {"name": "Тестовый", "description": "Облачная АТС"}
TRIAL_DAYS = 14

# SIP accounts seen in the docs (aon_for_sips of number 17); used to name a "sip" following.
SIP_ACCOUNTS = {73: "test@plusofontest.ru"}

AGREEMENT_STATUSES = [
    {"status": "empty", "title": "Не отправлен"},
    {"status": "signed", "title": "Подписан"},
]

FOLLOW_TYPES: list[dict[str, object]] = [
    {"type": "sip", "title": "Sip аккаунт", "owner_types": ["personal", "business"]},
    {"type": "number", "title": "Номер", "owner_types": ["personal", "business"]},
    {"type": "group", "title": "Группа", "owner_types": ["business"]},
    {"type": "scenario", "title": "Сценарий", "owner_types": ["business"]},
]
# The follow table names more types than GET follow-types lists; these titles are ours.
EXTRA_FOLLOW_TITLES = {
    "call_queue": "Очередь вызовов",
    "sip_uri": "SIP URI",
    "bitrix": "Битрикс24",
    "amo": "amoCRM",
    "empty": "Без переадресации",
}
FOLLOW_TYPE_CODES = (
    "sip",
    "number",
    "group",
    "scenario",
    "call_queue",
    "sip_uri",
    "bitrix",
    "amo",
    "empty",
)
INTEGRATION_TYPES = ("bitrix", "amo")

CLI_TYPES = [
    {"type": "Y", "title": "Номер и имя звонящего"},
    {"type": "N", "title": "Переадресующий номер"},
]
CLI_TITLES = {str(item["type"]): str(item["title"]) for item in CLI_TYPES}

# The docs' two regions first; 1, 80 and 90 are ours, to give the showcase's other codes a home.
CODE_REGIONS: list[dict[str, object]] = [
    {"id": 65, "title": "Улан-Удэ (301)", "code": ["301"]},
    {"id": 23, "title": "Ижевск(341)", "code": ["341"]},
    {"id": 1, "title": "Москва (495, 499)", "code": ["495", "499"]},
    {"id": 90, "title": "Мобильные номера (930)", "code": ["930"]},
    {"id": 80, "title": "Номера 8-800 (800)", "code": ["800"]},
]

# Ids "1" and "2" are the docs' example; the rest (ids 3-22) are ours, among them Hungary (36)
# and Venezuela (58), which the docs show as allowed.
DIRECTIONS = [
    Direction("1", "Австралийские внеш. террит-и", "Australian External Territorie", 672),
    Direction("2", "Австралия", "Australia", 61),
    Direction("3", "Австрия", "Austria", 43),
    Direction("4", "Азербайджан", "Azerbaijan", 994),
    Direction("5", "Албания", "Albania", 355),
    Direction("6", "Алжир", "Algeria", 213),
    Direction("7", "Ангола", "Angola", 244),
    Direction("8", "Аргентина", "Argentina", 54),
    Direction("9", "Армения", "Armenia", 374),
    Direction("10", "Беларусь", "Belarus", 375),
    Direction("11", "Бельгия", "Belgium", 32),
    Direction("12", "Болгария", "Bulgaria", 359),
    Direction("13", "Бразилия", "Brazil", 55),
    Direction("14", "Великобритания", "United Kingdom", 44),
    Direction("15", "Венгрия", "Hungary", 36),
    Direction("16", "Венесуэла", "Venezuela", 58),
    Direction("17", "Вьетнам", "Vietnam", 84),
    Direction("18", "Германия", "Germany", 49),
    Direction("19", "Греция", "Greece", 30),
    Direction("20", "Грузия", "Georgia", 995),
    Direction("21", "Дания", "Denmark", 45),
    Direction("22", "Египет", "Egypt", 20),
]
ALLOWED_DIRECTION_CODES = [36, 58]


def cabinet_numbers() -> list[CabinetNumber]:
    """Return the docs' connected numbers 15 and 17 and the SMS number 22."""
    return [
        CabinetNumber(
            id=15,
            number="79309993750",
            phone_type="def",
            owner_type="business",
            period_price=99,
            buy_price=99,
            following={"name": "Sip аккаунт test@plusofontest.ru", "cli_type": CLI_TITLES["Y"]},
            integration_following={
                "host": "test.amocrm.ru",
                "type": "amo",
                "cli_type": CLI_TITLES["N"],
            },
            following_cli="Y",
            integration_cli="N",
        ),
        CabinetNumber(
            id=17,
            number="74951334527",
            phone_type="abc",
            owner_type="personal",
            period_price=150,
            buy_price=1,
            aon_for_sips=[{"id": 73, "name": "test@plusofontest.ru"}],
        ),
        CabinetNumber(
            id=22,
            number="79309992501",
            phone_type="def",
            owner_type="personal",
            sms_packet={
                "packet": "8460040d-374c-a7d8-abbe-6241614add81",
                "packet_name": "Пакет СМС 500",
                "sms_amount": 500,
                "price": "300.00",
                "sms_remaining": 500,
            },
            listed=False,
        ),
    ]


def reservations() -> list[Reservation]:
    """Return the docs' reservations 5 and 6 (past dates kept: the mock never expires them)."""
    return [
        Reservation(5, "4951919036", "2022-06-08 15:42:21", "abc", "personal", 99, 99),
        Reservation(6, "4951919034", "2022-06-08 15:43:54", "abc", "business", 790, 150),
    ]


# (first number, count, region id, city code, phone type), in the order search lists them.
# The first series starts so that page 100 of an unfiltered search begins with 4951332210
# and 4951332211, as in the docs' example; 4951919000+ holds the two reserved numbers.
_SERIES = [
    (4951330230, 2000, 1, 495, "abc"),
    (4951919000, 100, 1, 495, "abc"),
    (4991230000, 300, 1, 499, "abc"),
    (3012200000, 200, 65, 301, "abc"),
    (3412900000, 200, 23, 341, "abc"),
    (9309990000, 300, 90, 930, "def"),
    (8005550000, 100, 80, 800, "800"),
]

# number_type code -> (buy_price, period_price), strings as in the docs' search example.
_PRICES = {
    0: ("99.00", "99.00"),
    5: ("500.00", "150.00"),
    1: ("1500.00", "150.00"),
    2: ("5000.00", "300.00"),
    3: ("10000.00", "300.00"),
    4: ("25000.00", "500.00"),
}


def _number_type(last4: str) -> int:
    """Classify a number by its last four digits: 0 simple ... 4 exclusive (our own rule)."""
    if len(set(last4)) == 1:
        return 4
    if last4[1:] == "000":
        return 3
    if last4[2:] == "00":
        return 2
    if last4[:2] == last4[2:]:
        return 1
    if last4[0] == last4[3] and last4[1] == last4[2]:
        return 5
    return 0


@cache
def showcase() -> tuple[ShowcaseNumber, ...]:
    """Return the deterministic showcase of numbers for sale (3,200, two of them reserved)."""
    numbers: list[ShowcaseNumber] = []
    for first, count, region, city_code, phone_type in _SERIES:
        for offset in range(count):
            number = str(first + offset)
            number_type = _number_type(number[-4:])
            buy_price, period_price = _PRICES[number_type]
            owner_type = "personal" if number[-3] < "5" else "business"
            numbers.append(
                ShowcaseNumber(
                    number,
                    number_type,
                    buy_price,
                    period_price,
                    owner_type,
                    phone_type,
                    region,
                    city_code,
                )
            )
    # Built once per process (the records are frozen): every app shares it.
    return tuple(numbers)
