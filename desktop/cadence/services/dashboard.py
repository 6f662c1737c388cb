"""The figures the Reports tab opens on: recurring revenue, subscriptions, what is
overdue, and the invoices the coming days will bring.

Amounts are per currency (a business may sell in more than one); most have one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from cadence.domain.discounts import Discount
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.periods import Interval
from cadence.services.billing import due_occurrences
from cadence.services.company import get_company
from cadence.services.subscriptions import PAYING_STATUSES, monthly_recurring_revenue
from cadence.services.timeline import chunks
from cadence.store.models import (
    AuditEvent,
    BillingDecision,
    Invoice,
    OccurrenceDecision,
    PaymentAllocation,
    Plan,
    Subscription,
    SubscriptionPause,
)

FORECAST_DAYS = 30

Amounts = Mapping[str, Decimal]  # currency → amount


@dataclass(frozen=True)
class Recurring:
    """Monthly recurring revenue, excl. VAT, and the subscriptions that make it."""

    mrr: Amounts
    subscriptions: int
    past_due: int  # of which are past due


@dataclass(frozen=True)
class Overdue:
    amount: Amounts  # left to pay, VAT included
    invoices: int


@dataclass(frozen=True)
class ExpectedWeek:
    """Invoices falling due between `first` and `last` (included)."""

    first: date
    last: date
    invoices: int
    net: Amounts


@dataclass(frozen=True)
class Forecast:
    """The invoices billing will issue after today, up to `last` included."""

    last: date
    invoices: int
    net: Amounts
    weeks: tuple[ExpectedWeek, ...]


def recurring_revenue(session: Session, *, today: date) -> Recurring:
    """MRR: what the paying subscriptions bring in a month, excl. VAT, each as
    `services.subscriptions.monthly_recurring_revenue` counts it (the subscriptions
    table shows the same figure per row). Those of the same price are counted by the
    database. A pause in progress stops a subscription's revenue, even one whose
    status shows its coming cancellation."""
    paused_today = select(SubscriptionPause.subscription_id).where(
        SubscriptionPause.start_date <= today,
        or_(SubscriptionPause.end_date.is_(None), SubscriptionPause.end_date > today),
    )
    # A discount for some cycles only does not lower MRR: those are grouped as none.
    permanent = Subscription.discount_cycles.is_(None)
    discount_kind = case((permanent, Subscription.discount_kind), else_=None)
    discount_value = case((permanent, Subscription.discount_value), else_=None)
    rows = session.execute(
        select(
            Plan.unit_price,
            Plan.currency,
            Plan.interval_count,
            Plan.interval_unit,
            Subscription.status,
            Subscription.quantity,
            Subscription.unit_price_override,
            discount_kind.label("discount_kind"),
            discount_value.label("discount_value"),
            func.count().label("subscriptions"),
        )
        .join(Plan, Plan.id == Subscription.plan_id)
        .where(
            Subscription.status.in_(PAYING_STATUSES),
            Subscription.id.not_in(paused_today),
        )
        .group_by(
            Plan.id,
            Subscription.status,
            Subscription.quantity,
            Subscription.unit_price_override,
            discount_kind,
            discount_value,
        )
    ).all()
    mrr: dict[str, Decimal] = defaultdict(Decimal)
    count = past_due = 0
    for row in rows:
        discount = (
            Discount(row.discount_kind, row.discount_value)
            if row.discount_kind is not None and row.discount_value is not None
            else None
        )
        each = monthly_recurring_revenue(
            unit_price=row.unit_price
            if row.unit_price_override is None
            else row.unit_price_override,
            quantity=row.quantity,
            discount=discount,
            interval=Interval(row.interval_count, row.interval_unit),
            status=row.status,
            currency=row.currency,
        )
        mrr[row.currency] += each * row.subscriptions
        count += row.subscriptions
        if row.status is SubscriptionStatus.PAST_DUE:
            past_due += row.subscriptions
    return Recurring(mrr=dict(mrr), subscriptions=count, past_due=past_due)


def overdue(session: Session, *, today: date) -> Overdue:
    """What is left to pay of the invoices past their due date (the status-and-due-date
    index finds them; the allocations are summed by the database)."""
    late = and_(
        Invoice.status.in_(OPEN_STATUSES),
        Invoice.due_date < today,
        Invoice.kind == InvoiceKind.INVOICE,
    )
    totals = session.execute(
        select(Invoice.currency, func.count(), func.sum(Invoice.total_gross))
        .where(late)
        .group_by(Invoice.currency)
    ).all()
    settled: dict[str, Decimal] = {
        row.currency: row.amount
        for row in session.execute(
            select(Invoice.currency, func.sum(PaymentAllocation.amount).label("amount"))
            .join(PaymentAllocation, PaymentAllocation.invoice_id == Invoice.id)
            .where(late)
            .group_by(Invoice.currency)
        )
    }
    return Overdue(
        amount={
            currency: gross - (settled.get(currency) or Decimal(0))
            for currency, _count, gross in totals
        },
        invoices=sum(count for _currency, count, _gross in totals),
    )


def expected_invoices(session: Session, *, today: date, days: int = FORECAST_DAYS) -> Forecast:
    """The invoices billing will issue from tomorrow to `days` days ahead, by the billing
    engine's own rules: what a run on the last day would issue, less what is due
    already (a run today issues that). Each counts on the day a daily run would
    issue it: its due date, or the day it was postponed to. By week, Monday first."""
    last = today + timedelta(days=days)
    # Without the seller's details nothing can be issued (and billing refuses to look).
    due = due_occurrences(session, as_of=last) if get_company(session) is not None else []
    postponed = _postponed_until(session, {item.subscription_id for item in due if item.postponed})
    per_day: dict[date, list[tuple[str, Decimal]]] = defaultdict(list)
    for item in due:
        day = item.due_on
        if item.postponed:
            day = postponed.get((item.subscription_id, item.period_start), day)
        if day > today:
            per_day[day].append((item.currency, item.net))
    weeks: list[ExpectedWeek] = []
    first = today + timedelta(days=1)
    while first <= last:
        end = min(first + timedelta(days=6 - first.weekday()), last)
        net: dict[str, Decimal] = defaultdict(Decimal)
        count = 0
        for offset in range((end - first).days + 1):
            for currency, amount in per_day.get(first + timedelta(days=offset), ()):
                net[currency] += amount
                count += 1
        weeks.append(ExpectedWeek(first, end, count, dict(net)))
        first = end + timedelta(days=1)
    total: dict[str, Decimal] = defaultdict(Decimal)
    for week in weeks:
        for currency, amount in week.net.items():
            total[currency] += amount
    return Forecast(
        last=last,
        invoices=sum(week.invoices for week in weeks),
        net=dict(total),
        weeks=tuple(weeks),
    )


def data_version(session: Session) -> int:
    """A number that grows whenever the business's data changes (every change records
    an event in the audit log): figures computed at one version stay true until it
    moves, and need not be computed again, however long they took."""
    return session.scalar(select(func.max(AuditEvent.id))) or 0


def _postponed_until(session: Session, subscription_ids: set[int]) -> dict[tuple[int, date], date]:
    """The day each postponed period of these subscriptions was postponed to."""
    found: dict[tuple[int, date], date] = {}
    for ids in chunks(sorted(subscription_ids)):
        rows = session.execute(
            select(
                BillingDecision.subscription_id,
                BillingDecision.period_start,
                BillingDecision.postponed_until,
            ).where(
                BillingDecision.subscription_id.in_(ids),
                BillingDecision.decision == OccurrenceDecision.POSTPONED,
            )
        )
        for subscription_id, period_start, until in rows:
            if until is not None:  # as selected: a postponement has its day
                found[(subscription_id, period_start)] = until
    return found
