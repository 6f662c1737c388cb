"""Growth: subscriptions and customers over time, new subscriptions per plan, and the
cancellations by plan and by reason (definitions in `docs/reports.md`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cadence.domain.lifecycle import CancellationReason
from cadence.domain.revenue import Boundary, rate
from cadence.services.reports.history import (
    PAYING,
    Standing,
    cents,
    in_scope,
    raw_mrr,
    standing_on,
    when,
    window_changes,
)
from cadence.services.reports.recurring import MonthMovements, movements_from
from cadence.services.reports.windows import (
    Scope,
    Window,
    check_period,
    day_value,
    window_index,
    within,
)
from cadence.store.models import Plan, RevenueSegment, Subscription


@dataclass(frozen=True)
class GrowthMonth:
    window: Window
    subscriptions: int  # paying at the end (active or past due)
    customers: int  # with a paying subscription at the end
    trials: int  # in trial at the end
    new_subscriptions: int  # started within the window, trials included
    ended_subscriptions: int  # cancelled or come to the end of their term
    new_by_plan: dict[int, int]  # plan id → subscriptions started on it


@dataclass(frozen=True)
class Growth:
    months: tuple[GrowthMonth, ...]
    plan_names: dict[int, str]  # every plan of `new_by_plan`


def growth(session: Session, scope: Scope, *, first: date, last: date) -> Growth:
    windows = check_period(first, last)
    opening = standing_on(session, scope, windows[0].opening)
    return _growth(session, scope, opening, movements_from(session, scope, windows, opening))


def growth_of(session: Session, scope: Scope, movements: Sequence[MonthMovements]) -> Growth:
    """The growth over the windows of `movements` already read (`mrr_movements`'s, of the
    same scope), which count the customers at the end of each."""
    opening = standing_on(session, scope, movements[0].window.opening)
    return _growth(session, scope, opening, movements)


def _growth(
    session: Session, scope: Scope, opening: Standing, movements: Sequence[MonthMovements]
) -> Growth:
    windows = tuple(month.window for month in movements)
    started = _started_by_window(session, scope, windows)
    ended = _ended_by_window(session, scope, windows)
    subscriptions, trials = opening.subscriptions, opening.trials
    months = []
    for position, (month, change) in enumerate(
        zip(movements, window_changes(session, scope, windows), strict=True), start=1
    ):
        subscriptions += change.subscriptions
        trials += change.trials
        by_plan = started.get(position, {})
        months.append(
            GrowthMonth(
                window=month.window,
                subscriptions=subscriptions,
                customers=month.active_customers_at_end,
                trials=trials,
                new_subscriptions=sum(by_plan.values()),
                ended_subscriptions=ended.get(position, 0),
                new_by_plan=dict(by_plan),
            )
        )
    plan_ids = {plan_id for month in months for plan_id in month.new_by_plan}
    names = dict(session.execute(select(Plan.id, Plan.name).where(Plan.id.in_(plan_ids))).all())
    return Growth(tuple(months), names)


def _started_by_window(
    session: Session, scope: Scope, windows: tuple[Window, ...]
) -> dict[int, dict[int, int]]:
    """Subscriptions started within each window, by plan: their first segment opens then."""
    index = window_index(RevenueSegment.start_date, windows)
    found: dict[int, dict[int, int]] = defaultdict(dict)
    for position, plan_id, count in session.execute(
        select(index, RevenueSegment.plan_id, func.count())
        .where(
            *in_scope(scope),
            RevenueSegment.opened_by == Boundary.STARTED,
            within(windows, RevenueSegment.start_date),
        )
        .group_by(index, RevenueSegment.plan_id)
    ):
        found[position][plan_id] = count
    return found


def _ended_by_window(session: Session, scope: Scope, windows: tuple[Window, ...]) -> dict[int, int]:
    index = window_index(RevenueSegment.end_date, windows)
    return dict(
        session.execute(
            select(index, func.count())
            .where(
                *in_scope(scope),
                RevenueSegment.closed_by.in_((Boundary.CANCELLED, Boundary.ENDED)),
                within(windows, RevenueSegment.end_date),
            )
            .group_by(index)
        ).all()
    )


# -- cancellations -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReasonCount:
    plan_id: int
    reason: CancellationReason
    subscriptions: int
    mrr: Decimal  # what the cancelled subscriptions were paying a month when they ended


@dataclass(frozen=True)
class PlanCancellations:
    plan_id: int
    plan_name: str
    cancelled: int
    subscriptions: int  # on the plan at some time in the period
    rate: Decimal | None  # cancelled ÷ subscriptions
    mrr: Decimal
    reasons: tuple[ReasonCount, ...]  # most frequent first


def cancellations(
    session: Session, scope: Scope, *, first: date, last: date
) -> tuple[PlanCancellations, ...]:
    """The subscriptions cancelled from `first` to `last` (by the day their service
    ended), by plan and by reason: the plans cancelled most first."""
    windows = check_period(first, last)
    opening, end = day_value(windows[0].opening), day_value(last)
    per_reason = session.execute(
        select(
            RevenueSegment.plan_id,
            Subscription.cancellation_reason,
            func.count(),
            func.sum(when(RevenueSegment.state == PAYING, raw_mrr())),
        )
        .join(Subscription, Subscription.id == RevenueSegment.subscription_id)
        .where(
            *in_scope(scope),
            RevenueSegment.closed_by == Boundary.CANCELLED,
            within(windows, RevenueSegment.end_date),
        )
        .group_by(RevenueSegment.plan_id, Subscription.cancellation_reason)
    ).all()
    if not per_reason:
        return ()
    plan_ids = {row[0] for row in per_reason}
    on_plan = dict(
        session.execute(
            select(
                RevenueSegment.plan_id, func.count(func.distinct(RevenueSegment.subscription_id))
            )
            .where(
                *in_scope(scope),
                RevenueSegment.plan_id.in_(plan_ids),
                RevenueSegment.start_date <= end,
                or_(RevenueSegment.end_date.is_(None), RevenueSegment.end_date > opening),
            )
            .group_by(RevenueSegment.plan_id)
        ).all()
    )
    names = dict(session.execute(select(Plan.id, Plan.name).where(Plan.id.in_(plan_ids))).all())
    reasons: dict[int, list[ReasonCount]] = defaultdict(list)
    for plan_id, reason, count, mrr in per_reason:
        # A cancelled subscription always has its reason (a constraint says so).
        reasons[plan_id].append(
            ReasonCount(plan_id, reason or CancellationReason.OTHER, count, cents(mrr))
        )
    found = []
    for plan_id, counts in reasons.items():
        counts.sort(key=lambda item: (-item.subscriptions, item.reason.value))
        cancelled = sum(item.subscriptions for item in counts)
        found.append(
            PlanCancellations(
                plan_id=plan_id,
                plan_name=names[plan_id],
                cancelled=cancelled,
                subscriptions=on_plan.get(plan_id, 0),
                rate=rate(cancelled, on_plan.get(plan_id, 0)),
                mrr=sum((item.mrr for item in counts), Decimal("0.00")),
                reasons=tuple(counts),
            )
        )
    found.sort(key=lambda plan: (-plan.cancelled, plan.plan_name))
    return tuple(found)
