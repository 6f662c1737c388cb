"""What is sold: catalogue items and the terms of a plan."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from babel.core import get_global

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.money import minor_unit_places, validate_currency
from cadence.domain.periods import DayRule, Interval

# The longest fixed term a plan may have (cycles × interval). With the ten-year cap
# on every interval, the dates of any subscription stay far inside the calendar.
MAX_FIXED_TERM_YEARS = 100
_MAX_FIXED_TERM_DAYS = MAX_FIXED_TERM_YEARS * 36525 // 100  # 365.25 days a year

# Amounts are stored to the cent: a currency with a finer minor unit (the dinars of
# Tunisia, Kuwait, Bahrain … count thousandths) cannot be rounded as Cadence stores it.
MAX_MINOR_UNIT_PLACES = 2

_TERM_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "{cycles} cycles of {count} {unit}(s) make a term longer than {maximum} years",
)
_NOT_MONEY = QT_TRANSLATE_NOOP(
    "Messages",
    "“{code}” is not a currency in use (testing, precious-metal, fund and withdrawn codes "
    "cannot be invoiced)",
)
_MINOR_UNIT_TOO_FINE = QT_TRANSLATE_NOOP(
    "Messages",
    "amounts in {code} have {places} decimal places; Cadence keeps amounts to the cent",
)


def check_fixed_term(interval: Interval, cycles: int) -> int:
    """Refuse a fixed term longer than `MAX_FIXED_TERM_YEARS`."""
    months, days = interval.months, interval.days
    if months is not None:
        too_long = months * cycles > 12 * MAX_FIXED_TERM_YEARS
    else:
        assert days is not None
        too_long = days * cycles > _MAX_FIXED_TERM_DAYS
    if too_long:
        raise InvalidValue(
            message(
                _TERM_TOO_LONG,
                cycles=cycles,
                count=interval.count,
                unit=interval.unit.value,
                maximum=MAX_FIXED_TERM_YEARS,
            )
        )
    return cycles


@lru_cache(maxsize=1)
def _currencies_in_use() -> frozenset[str]:
    """Codes CLDR lists as legal tender in some territory, with no end date. This
    leaves out the ISO 4217 codes that are not money: precious metals (XAU, XAG,
    XPT, XPD), testing (XTS), "no currency" (XXX), units of account and funds (XDR,
    XBA…, CHE, USN …), and withdrawn currencies (FRF, HRK …)."""
    return frozenset(
        code
        for currencies in get_global("territory_currencies").values()
        for code, _start, end, tender in currencies
        if tender and end is None
    )


def billable_currency(code: str) -> str:
    """The ISO 4217 code of a currency a plan can be invoiced in, normalized, or an
    `InvalidValue` saying why not."""
    normalized = validate_currency(code)
    if normalized not in _currencies_in_use():
        raise InvalidValue(message(_NOT_MONEY, code=normalized))
    places = minor_unit_places(normalized)
    if places > MAX_MINOR_UNIT_PLACES:
        raise InvalidValue(message(_MINOR_UNIT_TOO_FINE, code=normalized, places=places))
    return normalized


class ItemKind(StrEnum):
    """Decides the category of operation printed on invoices (goods, services or mixed)."""

    SERVICE = "service"
    GOODS = "goods"


class BillingTiming(StrEnum):
    ADVANCE = "advance"  # invoiced when the period starts
    ARREARS = "arrears"  # invoiced when the period has ended


class RenewalRule(StrEnum):
    AUTO_RENEW = "auto_renew"
    # A fixed number of billing cycles, then the subscription ends by itself.
    FIXED_CYCLES = "fixed_cycles"


class EarlyTermination(StrEnum):
    """What a cancellation forced before the commitment end costs the customer."""

    BILL_REMAINING_COMMITMENT = "bill_remaining_commitment"
    NO_FEE = "no_fee"


@dataclass(frozen=True, slots=True)
class PlanTerms:
    """The parts of a plan that decide a subscription's dates."""

    interval: Interval
    day_rule: DayRule = DayRule.SAME_DAY
    fixed_day: int | None = None
    timing: BillingTiming = BillingTiming.ADVANCE
    trial: Interval | None = None
    commitment: Interval | None = None
    notice: Interval | None = None
    renewal: RenewalRule = RenewalRule.AUTO_RENEW
    fixed_cycles: int | None = None
