"""What customers owe and how they pay: receivables ageing with the customers behind
each bucket, what is overdue, late and failed payments month by month, and days
sales outstanding (definitions in `docs/reports.md`).

What was left to pay on an invoice on a day is its total, VAT included, less the
payments and credit notes allocated to it by then: a report of a past day shows
what was owed that day, by the allocations recorded since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, InvoiceStatus, PaymentStatus
from cadence.domain.revenue import AGEING_LIMITS, AgeingBucket, days_sales_outstanding
from cadence.services.reports.history import cents, when
from cadence.services.reports.windows import Window, check_period, window_index
from cadence.store.functions import days_between, stored_integer
from cadence.store.models import Customer, Invoice, Payment, PaymentAllocation

DSO_DAYS = 90  # the sales DSO compares receivables with


def _due_range(due_date: Any, bucket: AgeingBucket, as_of: date) -> list[ColumnElement[bool]]:
    """The due dates of `bucket` on `as_of`, as a range the receivables index can read."""
    limits = dict(AGEING_LIMITS)
    position = [item for item, _limit in AGEING_LIMITS].index(bucket)
    conditions = []
    limit = limits[bucket]
    if limit is not None:  # late at most `limit` days: due on or after as_of − limit
        conditions.append(due_date >= as_of - timedelta(days=limit))
    if position > 0:  # later than the bucket before
        previous = AGEING_LIMITS[position - 1][1]
        assert previous is not None
        conditions.append(due_date < as_of - timedelta(days=previous))
    return conditions


def _bucket(due_date: Any, as_of: date) -> ColumnElement[str]:
    """The ageing bucket of an invoice due on `due_date`, on `as_of`."""
    return case(
        *(
            (and_(*_due_range(due_date, item, as_of)), literal(item.value))
            for item, _limit in AGEING_LIMITS
        ),
    )


def _settled_on() -> ColumnElement[date]:
    """When an allocation settled its part of an invoice: the day a payment was received
    (recorded later, perhaps), or the day a credit note was allocated."""
    return func.coalesce(Payment.received_on, PaymentAllocation.allocated_on)


def _allocations() -> Select[Any]:
    """Allocations, with the payment of those that are payments (returned ones left out)."""
    return (
        select(PaymentAllocation.invoice_id)
        .outerjoin(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(or_(Payment.id.is_(None), Payment.status != PaymentStatus.RETURNED))
    )


def _invoices_of(currency: str, as_of: date) -> list[ColumnElement[bool]]:
    return [
        Invoice.currency == currency,
        Invoice.kind == InvoiceKind.INVOICE,
        Invoice.issue_date <= as_of,
    ]


def _untouched(
    currency: str, as_of: date, buckets: Sequence[AgeingBucket]
) -> list[Select[*tuple[Any, ...]]]:
    """Per bucket, the invoices nothing has settled any part of: all is left to pay, now
    as on `as_of`. Most open invoices are these; the receivables index reads each
    bucket as one range of due dates."""
    return [
        select(
            literal(bucket.value).label("bucket"),
            Invoice.customer_id.label("customer_id"),
            stored_integer(Invoice.total_gross).label("left"),
        ).where(
            Invoice.status == InvoiceStatus.ISSUED,
            *_invoices_of(currency, as_of),
            *_due_range(Invoice.due_date, bucket, as_of),
        )
        for bucket in buckets
    ]


def _touched(currency: str, as_of: date) -> Select[*tuple[Any, ...]]:
    """The other invoices that had something left to pay on `as_of`: those partly settled
    now, and those settled now but only since `as_of`, with what was left then."""
    settled_by_then = (
        _allocations()
        .with_only_columns(func.sum(stored_integer(PaymentAllocation.amount)))
        .where(PaymentAllocation.invoice_id == Invoice.id, _settled_on() <= as_of)
        .correlate(Invoice)
        .scalar_subquery()
    )
    left = stored_integer(Invoice.total_gross) - func.coalesce(settled_by_then, 0)
    settled_since = _allocations().where(_settled_on() > as_of)
    return select(
        _bucket(Invoice.due_date, as_of).label("bucket"),
        Invoice.customer_id.label("customer_id"),
        left.label("left"),
    ).where(
        or_(
            Invoice.status == InvoiceStatus.PARTIALLY_PAID,
            and_(Invoice.status.not_in(OPEN_STATUSES), Invoice.id.in_(settled_since)),
        ),
        *_invoices_of(currency, as_of),
        left > 0,
    )


def _owed_on(currency: str, as_of: date, buckets: Sequence[AgeingBucket]) -> Subquery:
    """Each invoice of `buckets` with something left to pay at the end of `as_of`: its
    bucket, customer and what was left (integer cents)."""
    touched = _touched(currency, as_of).subquery()
    return union_all(
        *_untouched(currency, as_of, buckets),
        select(touched).where(touched.c.bucket.in_([bucket.value for bucket in buckets])),
    ).subquery()


@dataclass(frozen=True)
class AgeingLine:
    bucket: AgeingBucket
    amount: Decimal  # left to pay, VAT included
    invoices: int


@dataclass(frozen=True)
class Overdue:
    """What was past its due date: an amount, VAT included, on invoices of customers."""

    amount: Decimal
    invoices: int
    customers: int


@dataclass(frozen=True)
class Ageing:
    """What customers owed in `currency` at the end of `as_of`, by how late it was."""

    currency: str
    as_of: date
    lines: tuple[AgeingLine, ...]  # every bucket, in order, empty ones too
    overdue: Overdue

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


LATE_BUCKETS = tuple(bucket for bucket, _limit in AGEING_LIMITS[1:])


def ageing(session: Session, *, currency: str, as_of: date) -> Ageing:
    # Sums per bucket, each from its own range of the index, rather than sorting every
    # open invoice: an untouched part is one bucket (no grouping), the rest are few.
    untouched = [query.subquery() for query in _untouched(currency, as_of, list(AgeingBucket))]
    touched = _touched(currency, as_of).subquery()
    parts = [
        *(select(part.c.bucket, func.sum(part.c.left), func.count()) for part in untouched),
        select(touched.c.bucket, func.sum(touched.c.left), func.count()).group_by(touched.c.bucket),
    ]
    amounts: dict[str, int] = {}
    counts: dict[str, int] = {}
    for bucket, amount, count in session.execute(union_all(*parts)):
        if bucket is not None:
            amounts[bucket] = amounts.get(bucket, 0) + int(amount or 0)
            counts[bucket] = counts.get(bucket, 0) + count
    lines = tuple(
        AgeingLine(item, cents(amounts.get(item.value)), counts.get(item.value, 0))
        for item, _limit in AGEING_LIMITS
    )
    late = _owed_on(currency, as_of, LATE_BUCKETS)
    overdue = Overdue(
        sum((line.amount for line in lines[1:]), Decimal("0.00")),
        sum(line.invoices for line in lines[1:]),
        session.scalar(select(func.count(func.distinct(late.c.customer_id)))) or 0,
    )
    return Ageing(currency, as_of, lines, overdue)


@dataclass(frozen=True)
class OwingCustomer:
    customer_id: int
    name: str
    amount: Decimal  # left to pay in the buckets asked for, VAT included
    invoices: int


CUSTOMERS_LIMIT = 500


def ageing_customers(
    session: Session,
    *,
    currency: str,
    as_of: date,
    buckets: Sequence[AgeingBucket] = tuple(AgeingBucket),
    limit: int = CUSTOMERS_LIMIT,
) -> tuple[OwingCustomer, ...]:
    """The customers behind some buckets of the ageing, who owe most first."""
    owed = _owed_on(currency, as_of, list(dict.fromkeys(buckets)))  # each bucket once
    amount = func.sum(owed.c.left)
    rows = session.execute(
        select(owed.c.customer_id, Customer.name, amount, func.count())
        .join(Customer, Customer.id == owed.c.customer_id)
        .group_by(owed.c.customer_id, Customer.name)
        .order_by(amount.desc(), Customer.name)
        .limit(limit)
    )
    return tuple(
        OwingCustomer(customer_id, name, cents(total), count)
        for customer_id, name, total, count in rows
    )


# -- how customers pay --------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentMonth:
    window: Window
    payments: int  # payments settling invoices (one per invoice settled)
    received: Decimal
    late: int  # of them, after the invoice's due date
    late_amount: Decimal
    average_days_late: Decimal | None  # over the late ones
    failed: int  # payments returned by the bank
    failed_amount: Decimal


DAYS_PLACES = Decimal("0.1")


def payment_behaviour(
    session: Session, *, currency: str, first: date, last: date
) -> tuple[PaymentMonth, ...]:
    """Month by month, by the day the money came: the payments settling invoices (a
    payment settling two invoices counts twice), those received after the invoice's
    due date and how late, and the payments the bank returned."""
    windows = check_period(first, last)
    index = window_index(Payment.received_on, windows).label("w")
    lateness = days_between(Invoice.due_date, Payment.received_on)
    is_late = Payment.received_on > Invoice.due_date
    amount = stored_integer(PaymentAllocation.amount)
    allocated = {
        row.w: row
        for row in session.execute(
            select(
                index,
                func.count().label("payments"),
                func.sum(amount).label("received"),
                func.sum(when(is_late, literal(1))).label("late"),
                func.sum(when(is_late, amount)).label("late_amount"),
                func.sum(when(is_late, lateness)).label("days_late"),
            )
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
            .where(
                Payment.status != PaymentStatus.RETURNED,
                Invoice.currency == currency,
                Payment.received_on >= first,
                Payment.received_on <= last,
            )
            .group_by(index)
        )
    }
    returned = window_index(Payment.returned_on, windows).label("w")
    failed = {
        row.w: row
        for row in session.execute(
            select(
                returned,
                func.count().label("returned"),
                func.sum(stored_integer(Payment.amount)).label("amount"),
            )
            .where(
                Payment.status == PaymentStatus.RETURNED,
                Payment.currency == currency,
                Payment.returned_on >= first,
                Payment.returned_on <= last,
            )
            .group_by(returned)
        )
    }
    months = []
    for position, window in enumerate(windows, start=1):
        paid, bounced = allocated.get(position), failed.get(position)
        late = int(paid.late or 0) if paid is not None else 0
        months.append(
            PaymentMonth(
                window=window,
                payments=paid.payments if paid is not None else 0,
                received=cents(paid.received if paid is not None else 0),
                late=late,
                late_amount=cents(paid.late_amount if paid is not None else 0),
                average_days_late=(
                    (Decimal(int(paid.days_late)) / late).quantize(DAYS_PLACES)
                    if paid is not None and late
                    else None
                ),
                failed=bounced.returned if bounced is not None else 0,
                failed_amount=cents(bounced.amount if bounced is not None else 0),
            )
        )
    return tuple(months)


@dataclass(frozen=True)
class SalesOutstanding:
    """Days sales outstanding at the end of `as_of`: receivables ÷ sales × days."""

    as_of: date
    receivables: Decimal
    sales: Decimal  # invoiced less credited over the `days` days up to `as_of`, VAT incl.
    days: int
    value: Decimal | None  # None without sales


def sales_outstanding(session: Session, owed: Ageing, *, days: int = DSO_DAYS) -> SalesOutstanding:
    """The days sales outstanding when `owed` (the receivables) was read."""
    currency, as_of, receivables = owed.currency, owed.as_of, owed.total
    signed = case(
        (Invoice.kind == InvoiceKind.CREDIT_NOTE, -stored_integer(Invoice.total_gross)),
        else_=stored_integer(Invoice.total_gross),
    )
    sales = cents(
        session.scalar(
            select(func.sum(signed)).where(
                Invoice.status != InvoiceStatus.DRAFT,
                Invoice.currency == currency,
                Invoice.issue_date > as_of - timedelta(days=days),
                Invoice.issue_date <= as_of,
            )
        )
    )
    return SalesOutstanding(
        as_of, receivables, sales, days, days_sales_outstanding(receivables, sales, days)
    )
