"""What is sold: catalogue items and the terms of a plan."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cadence.domain.periods import DayRule, Interval


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
