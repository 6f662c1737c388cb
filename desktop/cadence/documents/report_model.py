"""What the business report prints: plain frozen values, never database rows.

`services.reports.document` fills these from the report services; `report_pdf`
turns them into pages. Every figure is defined in `docs/reports.md`. Amounts are
in the report's one currency, excluding VAT, except what customers owe (ageing,
overdue, payments), which is VAT included. Rates are fractions (0.0523 is 5.23 %)
and None where they measure nothing: the report prints "–", not 0 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from cadence.domain.lifecycle import CancellationReason
from cadence.domain.parties import Language
from cadence.domain.revenue import AgeingBucket, MovementKind, first_of_month, last_of_month

Figure = TypeVar("Figure")


@dataclass(frozen=True, slots=True)
class Month:
    """A month of the report, or the part of it the report covers: days `first` to
    `last`, both included."""

    first: date
    last: date

    @property
    def whole(self) -> bool:
        return self.first == first_of_month(self.first) and self.last == last_of_month(self.last)


# No slots: a slotted generic dataclass breaks when built as `Compared[int](…)`.
@dataclass(frozen=True)
class Compared(Generic[Figure]):
    """A figure at the end of the report's last day, and the same figure 30 days earlier."""

    now: Figure
    earlier: Figure


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """The boxes at the top of the report."""

    mrr: Compared[Decimal]
    arr: Compared[Decimal]
    subscriptions: Compared[int]  # paying ones
    customers: Compared[int]  # with at least one paying subscription
    logo_churn: Compared[Decimal | None]  # over the last 30 days, and the 30 before
    revenue_churn: Compared[Decimal | None]
    overdue: Compared[Decimal]  # VAT included
    overdue_invoices: int
    overdue_customers: int
    dso: Compared[Decimal | None]  # days; None without sales


@dataclass(frozen=True, slots=True)
class Retention:
    """The customers paying when the period began, and what they brought at its end."""

    customers: int  # the cohort
    customers_kept: int
    mrr_at_start: Decimal
    mrr_at_end: Decimal
    gross: Decimal | None  # GRR
    net: Decimal | None  # NRR


@dataclass(frozen=True, slots=True)
class RecurringMonth:
    """Recurring revenue and the base behind it at the end of a month."""

    month: Month
    mrr: Decimal
    subscriptions: int  # paying at the end
    customers: int  # active at the end
    new_subscriptions: int  # started within the month, trials included
    ended_subscriptions: int  # cancelled or come to the end of their term

    @property
    def arr(self) -> Decimal:
        return self.mrr * 12


@dataclass(frozen=True, slots=True)
class MovementMonth:
    """How MRR moved within a month: an amount for every kind of movement, signed
    (contraction, churn and pauses negative)."""

    month: Month
    mrr_at_start: Decimal
    mrr_at_end: Decimal
    amounts: tuple[tuple[MovementKind, Decimal], ...]  # every kind once, in MovementKind order

    def amount(self, kind: MovementKind) -> Decimal:
        return dict(self.amounts).get(kind, Decimal("0.00"))

    @property
    def net_new(self) -> Decimal:
        return sum((amount for _, amount in self.amounts), Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class ChurnMonth:
    month: Month
    customers_at_start: int
    new_customers: int  # new and reactivated
    customers_lost: int
    logo_churn_rate: Decimal | None
    mrr_at_start: Decimal
    churned_mrr: Decimal  # positive
    contraction_mrr: Decimal  # positive
    revenue_churn_rate: Decimal | None


@dataclass(frozen=True, slots=True)
class AgeingLine:
    """What customers owed at the end of the report's last day, in one bucket."""

    bucket: AgeingBucket
    amount: Decimal  # VAT included
    invoices: int


@dataclass(frozen=True, slots=True)
class PaymentMonth:
    """The money received within a month, by the day it came."""

    month: Month
    payments: int  # payments settling invoices, one per invoice settled
    received: Decimal
    late: int  # of them, after the invoice's due date
    late_amount: Decimal
    average_days_late: Decimal | None  # over the late ones
    failed: int  # returned by the bank
    failed_amount: Decimal


@dataclass(frozen=True, slots=True)
class ForecastMonth:
    """The invoices billing will issue within a month after the day of the report."""

    month: Month
    invoices: int
    net: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class CancelledForReason:
    reason: CancellationReason
    subscriptions: int
    mrr: Decimal  # what they were paying a month when they ended


@dataclass(frozen=True, slots=True)
class CancelledPlan:
    plan_name: str
    cancelled: int
    subscriptions: int  # on the plan at some time in the period
    rate: Decimal | None  # cancelled ÷ subscriptions
    mrr: Decimal
    reasons: tuple[CancelledForReason, ...]  # most frequent first


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """The business report over days `first` to `last` (both included), made on
    `generated` (its date of creation, so the same report gives the same bytes)."""

    language: Language
    company_name: str
    currency: str
    first: date
    last: date
    generated: date
    plan_name: str | None  # the plan filter; None: every plan
    figures: KeyFigures
    retention: Retention  # over the period
    recurring: tuple[RecurringMonth, ...]
    movements: tuple[MovementMonth, ...]
    churn: tuple[ChurnMonth, ...]
    ageing: tuple[AgeingLine, ...]  # every bucket, in order
    payments: tuple[PaymentMonth, ...]
    forecast: tuple[ForecastMonth, ...]  # from the day after `generated`
    cancellations: tuple[CancelledPlan, ...]  # the plans cancelled most first
