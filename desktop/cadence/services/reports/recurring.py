"""Recurring revenue: MRR and ARR, their movements month by month, churn, and
retention (definitions in `docs/reports.md`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from cadence.domain.lifecycle import CancellationReason
from cadence.domain.revenue import (
    Boundary,
    MovementKind,
    logo_churn_rate,
    rate,
    revenue_churn_rate,
)
from cadence.services.reports.history import (
    PAUSED,
    PAYING,
    Standing,
    cents,
    customer_moves,
    in_scope,
    raw_mrr,
    standing_on,
    window_changes,
    window_moves,
)
from cadence.services.reports.windows import Scope, Window, check_period, within
from cadence.services.revenue import covering
from cadence.store.models import Customer, Plan, RevenueSegment, Subscription

MONTHS_IN_A_YEAR = 12


@dataclass(frozen=True)
class MrrPoint:
    """Recurring revenue at the end of `day`."""

    day: date
    mrr: Decimal
    arr: Decimal  # MRR × 12
    subscriptions: int  # paying ones


def mrr_on(session: Session, scope: Scope, *, day: date) -> MrrPoint:
    standing = standing_on(session, scope, day)
    return MrrPoint(day, standing.mrr, standing.mrr * MONTHS_IN_A_YEAR, standing.subscriptions)


def mrr_series(session: Session, scope: Scope, *, first: date, last: date) -> tuple[MrrPoint, ...]:
    """MRR at the end of each month from `first` to `last` (the last point on `last`)."""
    windows = check_period(first, last)
    opening = standing_on(session, scope, windows[0].opening)
    mrr, subscriptions = opening.mrr, opening.subscriptions
    points = []
    for window, change in zip(windows, window_changes(session, scope, windows), strict=True):
        mrr += change.mrr
        subscriptions += change.subscriptions
        points.append(MrrPoint(window.last, mrr, mrr * MONTHS_IN_A_YEAR, subscriptions))
    return tuple(points)


# -- movements and churn ------------------------------------------------------------------


@dataclass(frozen=True)
class MonthMovements:
    """How MRR moved within a window, customer by customer, summed by kind."""

    window: Window
    mrr_at_start: Decimal
    mrr_at_end: Decimal
    amounts: dict[MovementKind, Decimal]  # signed: contraction, churn and pauses negative
    customers: dict[MovementKind, int]
    customers_at_start: int  # with an MRR above zero
    customers_at_end: int
    active_customers_at_end: int  # with a paying subscription, even one charged nothing

    @property
    def net_new(self) -> Decimal:
        """New + expansion + reactivation + resumed − contraction − churned − paused:
        always the MRR at the end less the MRR at the start."""
        return sum(self.amounts.values(), Decimal("0.00"))


def mrr_movements(
    session: Session, scope: Scope, *, first: date, last: date
) -> tuple[MonthMovements, ...]:
    windows = check_period(first, last)
    return movements_from(session, scope, windows, standing_on(session, scope, windows[0].opening))


def movements_from(
    session: Session, scope: Scope, windows: Sequence[Window], opening: Standing
) -> tuple[MonthMovements, ...]:
    """The movements within `windows`, from what stood at the start of the first."""
    mrr, customers, active = opening.mrr, opening.paying_customers, opening.customers
    found = []
    for window, moves in zip(windows, window_moves(session, scope, windows), strict=True):
        mrr_at_start, customers_at_start = mrr, customers
        mrr += sum(moves.amounts.values(), Decimal("0.00"))
        customers += moves.paying_customers_change
        active += moves.customers_change
        found.append(
            MonthMovements(
                window,
                mrr_at_start,
                mrr,
                moves.amounts,
                moves.customers,
                customers_at_start,
                customers,
                active,
            )
        )
    return tuple(found)


@dataclass(frozen=True)
class ChurnFigures:
    """Customers and revenue lost within a window, as rates of what there was."""

    window: Window
    customers_at_start: int  # with an MRR above zero
    new_customers: int  # new and reactivated
    customers_lost: int  # churned
    logo_churn_rate: Decimal | None  # None when there was no customer to lose
    mrr_at_start: Decimal
    churned_mrr: Decimal  # positive
    contraction_mrr: Decimal  # positive
    revenue_churn_rate: Decimal | None


def churn_of(movements: MonthMovements) -> ChurnFigures:
    """The churn of a window whose movements are known."""
    gained = movements.customers[MovementKind.NEW] + movements.customers[MovementKind.REACTIVATION]
    lost = movements.customers[MovementKind.CHURNED]
    churned = -movements.amounts[MovementKind.CHURNED]
    contraction = -movements.amounts[MovementKind.CONTRACTION]
    return ChurnFigures(
        window=movements.window,
        customers_at_start=movements.customers_at_start,
        new_customers=gained,
        customers_lost=lost,
        logo_churn_rate=logo_churn_rate(lost, movements.customers_at_start, gained),
        mrr_at_start=movements.mrr_at_start,
        churned_mrr=churned,
        contraction_mrr=contraction,
        revenue_churn_rate=revenue_churn_rate(churned, contraction, movements.mrr_at_start),
    )


def churn(session: Session, scope: Scope, *, first: date, last: date) -> tuple[ChurnFigures, ...]:
    """Churn month by month."""
    return tuple(churn_of(month) for month in mrr_movements(session, scope, first=first, last=last))


def churn_over(session: Session, scope: Scope, *, first: date, last: date) -> ChurnFigures:
    """Churn over the whole of `first` to `last` as one period (the last 30 days)."""
    check_period(first, last)
    window = Window(first, last)
    opening = standing_on(session, scope, window.opening)
    return churn_of(movements_from(session, scope, (window,), opening)[0])


# -- what lies behind a movement ------------------------------------------------------


@dataclass(frozen=True)
class RevenueEvent:
    """A change in one subscription's revenue: what it became on `day`, and why."""

    day: date
    subscription_id: int
    boundary: Boundary  # why the revenue changed that day
    plan_name: str  # the plan from that day (before it, for an end)
    quantity: int
    mrr_before: Decimal  # paying MRR the day before
    mrr_after: Decimal
    cancellation_reason: CancellationReason | None  # for a cancellation


@dataclass(frozen=True)
class CustomerMovement:
    customer_id: int
    customer_name: str
    kind: MovementKind
    amount: Decimal  # signed
    mrr_at_start: Decimal
    mrr_at_end: Decimal
    events: tuple[RevenueEvent, ...]


DETAILS_LIMIT = 500  # customers listed behind one bar: the largest movements first


def movement_details(
    session: Session,
    scope: Scope,
    *,
    first: date,
    last: date,
    kind: MovementKind | None = None,
    limit: int = DETAILS_LIMIT,
) -> tuple[CustomerMovement, ...]:
    """The customers behind the movements of `first` to `last` (all kinds, or one), the
    largest first, each with the subscription events that made it."""
    windows = (Window(first, last),)
    check_period(first, last)
    moves = customer_moves(scope, windows)
    kinds = [kind] if kind is not None else list(MovementKind)
    rows: list[tuple[int, str, MovementKind, Decimal, Decimal, Decimal]] = []
    for movement_kind in kinds:
        amount = moves.c[movement_kind.value]
        for row in session.execute(
            select(
                moves.c.customer_id,
                Customer.name,
                amount,
                moves.c.mrr_at_start,
                moves.c.mrr_at_end,
            )
            .join(Customer, Customer.id == moves.c.customer_id)
            .where(amount != 0)
            .order_by(func.abs(amount).desc(), Customer.name)
            .limit(limit)
        ):
            rows.append(
                (row[0], row[1], movement_kind, cents(row[2]), cents(row[3]), cents(row[4]))
            )
    rows.sort(key=lambda item: (-abs(item[3]), item[1], item[2].value))
    rows = rows[:limit]
    events = _events(session, scope, windows[0], {row[0] for row in rows})
    return tuple(
        CustomerMovement(
            customer_id,
            name,
            movement_kind,
            amount,
            start,
            end,
            tuple(events.get(customer_id, ())),
        )
        for customer_id, name, movement_kind, amount, start, end in rows
    )


def _events(
    session: Session, scope: Scope, window: Window, customer_ids: set[int]
) -> dict[int, list[RevenueEvent]]:
    """Each customer's subscription events within the window, in date order: a segment
    starting (with the MRR it follows on from) or ending with nothing after it."""
    if not customer_ids:
        return {}
    found = session.execute(
        select(
            RevenueSegment.customer_id,
            RevenueSegment.subscription_id,
            RevenueSegment.state,
            RevenueSegment.start_date,
            RevenueSegment.end_date,
            RevenueSegment.mrr,
            RevenueSegment.quantity,
            RevenueSegment.opened_by,
            RevenueSegment.closed_by,
            Plan.name,
            Subscription.cancellation_reason,
        )
        .join(Plan, Plan.id == RevenueSegment.plan_id)
        .join(Subscription, Subscription.id == RevenueSegment.subscription_id)
        .where(
            RevenueSegment.customer_id.in_(customer_ids),
            RevenueSegment.state.in_((PAYING, PAUSED)),
            or_(
                within((window,), RevenueSegment.start_date),
                within((window,), RevenueSegment.end_date),
            ),
            *in_scope(scope),
        )
        .order_by(RevenueSegment.subscription_id, RevenueSegment.start_date)
    ).all()
    events: dict[int, list[RevenueEvent]] = defaultdict(list)
    paying_until: dict[tuple[int, date], Decimal] = {}
    for row in found:
        if row.end_date is not None:
            paying_until[(row.subscription_id, row.end_date)] = (
                row.mrr if row.state is PAYING else Decimal("0.00")
            )
    for row in found:
        paying = row.mrr if row.state is PAYING else Decimal("0.00")
        if window.first <= row.start_date <= window.last:
            before = paying_until.get((row.subscription_id, row.start_date), Decimal("0.00"))
            events[row.customer_id].append(
                RevenueEvent(
                    row.start_date,
                    row.subscription_id,
                    row.opened_by,
                    row.name,
                    row.quantity,
                    before,
                    paying,
                    None,
                )
            )
        ended = row.end_date is not None and window.first <= row.end_date <= window.last
        if ended and row.closed_by in (Boundary.CANCELLED, Boundary.ENDED):
            events[row.customer_id].append(
                RevenueEvent(
                    row.end_date,
                    row.subscription_id,
                    row.closed_by,
                    row.name,
                    row.quantity,
                    paying,
                    Decimal("0.00"),
                    row.cancellation_reason if row.closed_by is Boundary.CANCELLED else None,
                )
            )
    for found_events in events.values():
        found_events.sort(key=lambda event: (event.day, event.subscription_id))
    return events


# -- retention ------------------------------------------------------------------------


@dataclass(frozen=True)
class Retention:
    """What the customers paying at the start of a period still bring at its end."""

    first: date
    last: date
    customers: int  # the cohort: customers with an MRR above zero at the start
    customers_kept: int  # of them, still paying or paused at the end
    mrr_at_start: Decimal
    mrr_at_end: Decimal  # the cohort's MRR at the end, paused subscriptions included
    kept_mrr: Decimal  # each customer's lower of the two, summed
    gross_retention: Decimal | None
    net_retention: Decimal | None


def retention(session: Session, scope: Scope, *, first: date, last: date) -> Retention:
    """Gross and net revenue retention of the customers paying when `first` begins,
    measured at the end of `last`. A paused customer counts with the MRR of their
    paused subscriptions: a pause is not churn."""
    window = check_period(first, last)[0]
    opening = window.opening
    start = case((and_(RevenueSegment.state == PAYING, covering(opening)), raw_mrr()), else_=0)
    end = case((covering(last), raw_mrr()), else_=0)
    per_customer = (
        select(func.sum(start).label("start"), func.sum(end).label("end"))
        .where(
            *in_scope(scope),
            RevenueSegment.state.in_((PAYING, PAUSED)),
            or_(covering(opening), covering(last)),
        )
        .group_by(RevenueSegment.customer_id)
        .subquery()
    )
    cohort = per_customer.c.start > 0
    row = session.execute(
        select(
            func.count(),
            func.count().filter(per_customer.c.end > 0),
            func.sum(per_customer.c.start),
            func.sum(per_customer.c.end),
            func.sum(
                case(
                    (per_customer.c.end < per_customer.c.start, per_customer.c.end),
                    else_=per_customer.c.start,
                )
            ),
        ).where(cohort)
    ).one()
    at_start, at_end, kept = cents(row[2]), cents(row[3]), cents(row[4])
    return Retention(
        first=first,
        last=last,
        customers=row[0],
        customers_kept=row[1],
        mrr_at_start=at_start,
        mrr_at_end=at_end,
        kept_mrr=kept,
        gross_retention=rate(kept, at_start),
        net_retention=rate(at_end, at_start),
    )
