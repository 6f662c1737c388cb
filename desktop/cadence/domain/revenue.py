"""Recurring revenue: what a subscription brings in a month, and how that changes over
its life.

A subscription's life is cut into *stretches* of constant monthly revenue: in trial,
paying, or paused, at one plan, quantity and price. Each stretch starts and ends for
a reason (a trial ended, a plan changed, a pause began …), which is what the
revenue reports show behind each movement. The stretches follow from the
subscription's dates, its changes of plan, its pauses and its plans' prices alone,
so they can always be derived again and compared (`cadence check` does).

The figures the reports compute from them are defined in `docs/reports.md`; the
formulas here are the ones that document quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from cadence.domain.billing import Pause
from cadence.domain.discounts import Discount
from cadence.domain.money import round_money
from cadence.domain.periods import Interval, IntervalUnit


class RevenueState(StrEnum):
    TRIAL = "trial"  # not paid yet: no MRR
    PAYING = "paying"  # active or past due: its MRR counts
    PAUSED = "paused"  # no MRR for now, and not churn


class Boundary(StrEnum):
    """Why a stretch of a subscription's revenue starts or ends."""

    STARTED = "started"
    TRIAL_ENDED = "trial_ended"
    PLAN_CHANGED = "plan_changed"  # the plan, the quantity or the negotiated price
    PRICE_CHANGED = "price_changed"  # the plan's own price
    PAUSED = "paused"
    RESUMED = "resumed"
    CANCELLED = "cancelled"
    ENDED = "ended"  # a fixed term ran its course


# Cycles in a month, per unit of one: a week is 52/12 of a month, a day 365/12.
CYCLES_PER_MONTH = {
    IntervalUnit.MONTH: Decimal(1),
    IntervalUnit.YEAR: Decimal(1) / 12,
    IntervalUnit.WEEK: Decimal(52) / 12,
    IntervalUnit.DAY: Decimal(365) / 12,
}


def monthly_value(
    *,
    unit_price: Decimal,
    quantity: int,
    discount: Discount | None,
    interval: Interval,
    currency: str,
) -> Decimal:
    """What a paying subscription brings in a month, excl. VAT: its cycle's price after
    a permanent discount (one for N cycles is a promotion, not the price), brought to
    a month: monthly × 1, every 3 months ÷ 3, yearly ÷ 12, weekly × 52/12, daily ×
    365/12, every N units likewise; rounded to the cent."""
    cycle = round_money(unit_price * quantity, currency)  # as a full period's invoice line
    if discount is not None and discount.is_permanent:
        cycle -= discount.amount_off(cycle, currency)
    return round_money(cycle * CYCLES_PER_MONTH[interval.unit] / interval.count, currency)


@dataclass(frozen=True, slots=True)
class PricedTerms:
    """The terms a subscription is priced at from `starts_on` on."""

    starts_on: date
    plan_id: int
    quantity: int
    unit_price: Decimal  # excl. VAT: the negotiated price, else the plan's of that day
    interval: Interval
    reason: Boundary  # PLAN_CHANGED or PRICE_CHANGED (ignored for the first terms)


@dataclass(frozen=True, slots=True)
class Stretch:
    """Days `start` to `end` (excluded; None: no end known) of one subscription, with
    one state and one monthly revenue (`mrr`, the nominal one in trial and pause)."""

    start: date
    end: date | None
    state: RevenueState
    plan_id: int
    quantity: int
    mrr: Decimal
    opened_by: Boundary
    closed_by: Boundary | None  # None while `end` is None


# When several things happen on one day, the stretch starting then is named after
# the one that changed its state, else after a change of terms.
def _state_on(day: date, trial_end: date | None, pauses: Sequence[Pause]) -> RevenueState:
    if trial_end is not None and day < trial_end:
        return RevenueState.TRIAL
    if any(pause.covers(day) for pause in pauses):
        return RevenueState.PAUSED
    return RevenueState.PAYING


def _reason(before: Stretch, state: RevenueState, terms: PricedTerms) -> Boundary:
    if before.state is not state:
        if before.state is RevenueState.TRIAL:
            return Boundary.TRIAL_ENDED
        return Boundary.PAUSED if state is RevenueState.PAUSED else Boundary.RESUMED
    return terms.reason


def revenue_stretches(
    *,
    start: date,
    trial_end: date | None,
    ends_on: date | None,
    end_reason: Boundary,
    pauses: Sequence[Pause],
    terms: Sequence[PricedTerms],
    discount: Discount | None,
    currency: str,
) -> list[Stretch]:
    """A subscription's life from `start` to `ends_on` (its first day without service;
    None: not known to end) as consecutive stretches, each as long as nothing about its
    revenue changes. `terms` are in date order, the first applying from the start."""
    if not terms:
        raise ValueError("a subscription has terms from its start")
    if ends_on is not None and ends_on <= start:
        return []
    days = {start}
    if trial_end is not None:
        days.add(trial_end)
    days.update(item.starts_on for item in terms[1:])
    for pause in pauses:
        days.add(pause.start)
        if pause.end is not None:
            days.add(pause.end)
    cuts = sorted(day for day in days if start <= day and (ends_on is None or day < ends_on))
    stretches: list[Stretch] = []
    current = 0
    for position, day in enumerate(cuts):
        while current + 1 < len(terms) and terms[current + 1].starts_on <= day:
            current += 1
        priced = terms[current]
        state = _state_on(day, trial_end, pauses)
        mrr = monthly_value(
            unit_price=priced.unit_price,
            quantity=priced.quantity,
            discount=discount,
            interval=priced.interval,
            currency=currency,
        )
        end = cuts[position + 1] if position + 1 < len(cuts) else ends_on
        if stretches:
            before = stretches[-1]
            if (before.state, before.plan_id, before.quantity, before.mrr) == (
                state,
                priced.plan_id,
                priced.quantity,
                mrr,
            ):
                stretches[-1] = _until(before, end, None)
                continue
            reason = _reason(before, state, priced)
            stretches[-1] = _until(before, day, reason)
        else:
            reason = Boundary.STARTED
        stretches.append(
            Stretch(day, end, state, priced.plan_id, priced.quantity, mrr, reason, None)
        )
    if ends_on is not None:
        stretches[-1] = _until(stretches[-1], ends_on, end_reason)
    return stretches


def _until(stretch: Stretch, end: date | None, closed_by: Boundary | None) -> Stretch:
    return Stretch(
        stretch.start,
        end,
        stretch.state,
        stretch.plan_id,
        stretch.quantity,
        stretch.mrr,
        stretch.opened_by,
        closed_by,
    )


# -- the formulas of the reports --------------------------------------------------------


class MovementKind(StrEnum):
    """How a customer's MRR moved between the start and the end of a period."""

    NEW = "new"  # from nothing, a first time
    EXPANSION = "expansion"  # up, for a customer already there
    REACTIVATION = "reactivation"  # from nothing, for a former customer
    RESUMED = "resumed"  # back from a pause
    CONTRACTION = "contraction"  # down, the customer still there
    CHURNED = "churned"  # down to nothing, nothing paused: the customer is lost
    PAUSED = "paused"  # gone into a pause: neither contraction nor churn


GAINS = (MovementKind.NEW, MovementKind.EXPANSION, MovementKind.REACTIVATION, MovementKind.RESUMED)
LOSSES = (MovementKind.CONTRACTION, MovementKind.CHURNED, MovementKind.PAUSED)

RATE_PLACES = Decimal("0.0001")  # rates to a hundredth of a percent


def rate(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """`part / whole` to four places (0.0523 is 5.23 %); None when `whole` is zero:
    a rate of nothing is not 0 %."""
    if whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATE_PLACES, ROUND_HALF_UP)


def logo_churn_rate(lost: int, at_start: int, new: int) -> Decimal | None:
    """Customers lost in a period ÷ (customers at its start + new ones during it)."""
    return rate(lost, at_start + new)


def revenue_churn_rate(
    churned: Decimal, contraction: Decimal, mrr_at_start: Decimal
) -> Decimal | None:
    """(MRR churned + MRR contraction) ÷ MRR at the start of the period."""
    return rate(churned + contraction, mrr_at_start)


DAYS_PLACES = Decimal("0.1")


def days_sales_outstanding(receivables: Decimal, sales: Decimal, days: int) -> Decimal | None:
    """What customers owe ÷ what was invoiced over the last `days` days × `days`: how
    many days of sales are waiting to be paid. None without sales."""
    if sales <= 0:
        return None
    return (receivables / sales * days).quantize(DAYS_PLACES, ROUND_HALF_UP)


class AgeingBucket(StrEnum):
    """How late what is left to pay on an invoice is, on a given day."""

    NOT_DUE = "not_due"
    DAYS_1_30 = "1_30"
    DAYS_31_60 = "31_60"
    DAYS_61_90 = "61_90"
    OVER_90 = "over_90"


# The last day late of each bucket (None: no limit), in order.
AGEING_LIMITS: tuple[tuple[AgeingBucket, int | None], ...] = (
    (AgeingBucket.NOT_DUE, 0),
    (AgeingBucket.DAYS_1_30, 30),
    (AgeingBucket.DAYS_31_60, 60),
    (AgeingBucket.DAYS_61_90, 90),
    (AgeingBucket.OVER_90, None),
)


# -- months -------------------------------------------------------------------------------


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def last_of_month(day: date) -> date:
    following = day.replace(day=28) + timedelta(days=4)
    return following - timedelta(days=following.day)


def month_index(day: date) -> int:
    """Months since year 0: consecutive months have consecutive indices."""
    return day.year * 12 + day.month - 1
