"""The revenue history added up by the database: what stood on a day, what changed in
each window, and how each customer's MRR moved.

Everything here reads `revenue_segment` (see `services.revenue`) in one currency,
and for one plan when the scope says so. Amounts travel through SQL as integer
cents, exact in `SUM()`, and become `Decimal` at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
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
from sqlalchemy.orm import Session, aliased

from cadence.domain.revenue import Boundary, MovementKind, RevenueState
from cadence.services.reports.windows import Scope, Window, window_index, window_opening, within
from cadence.services.revenue import covering
from cadence.store.functions import stored_integer
from cadence.store.models import RevenueSegment

PAYING, PAUSED, TRIAL = RevenueState.PAYING, RevenueState.PAUSED, RevenueState.TRIAL


def cents(value: Any) -> Decimal:
    """An amount added up in SQL (integer cents, or None for no rows) as a `Decimal`."""
    return Decimal(int(value or 0)).scaleb(-2)


def raw_mrr(segment: Any = RevenueSegment) -> ColumnElement[int]:
    return stored_integer(segment.mrr)


def in_scope(scope: Scope, segment: Any = RevenueSegment) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [segment.currency == scope.currency]
    if scope.plan_id is not None:
        conditions.append(segment.plan_id == scope.plan_id)
    return conditions


def when(condition: ColumnElement[bool], value: Any) -> ColumnElement[int]:
    """`value` where `condition` holds, else 0: a term of a conditional sum."""
    return case((condition, value), else_=literal(0))


# -- what stood on a day ------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """The scope's recurring revenue at the end of a day."""

    day: date
    mrr: Decimal
    subscriptions: int  # paying (active or past due), trials and pauses not counted
    trials: int
    customers: int  # with at least one paying subscription
    paying_customers: int  # with an MRR above zero (the base of logo churn)


def standing_on(session: Session, scope: Scope, day: date) -> Standing:
    per_customer = (
        select(
            func.sum(when(RevenueSegment.state == PAYING, raw_mrr())).label("mrr"),
            func.sum(when(RevenueSegment.state == PAYING, literal(1))).label("paying"),
            func.sum(when(RevenueSegment.state == TRIAL, literal(1))).label("trials"),
        )
        .where(*in_scope(scope), RevenueSegment.state.in_((PAYING, TRIAL)), covering(day))
        .group_by(RevenueSegment.customer_id)
        .subquery()
    )
    row = session.execute(
        select(
            func.sum(per_customer.c.mrr),
            func.sum(per_customer.c.paying),
            func.sum(per_customer.c.trials),
            func.count().filter(per_customer.c.paying > 0),
            func.count().filter(per_customer.c.mrr > 0),
        )
    ).one()
    return Standing(day, cents(row[0]), int(row[1] or 0), int(row[2] or 0), row[3], row[4])


# -- what changed in each window ----------------------------------------------------------


@dataclass(frozen=True)
class WindowChange:
    """How the scope's totals moved within a window."""

    mrr: Decimal
    subscriptions: int
    trials: int


def window_changes(session: Session, scope: Scope, windows: Sequence[Window]) -> list[WindowChange]:
    """For each window, what its starting and ending segments added and took away."""
    states = RevenueSegment.state.in_((PAYING, TRIAL))
    paying = RevenueSegment.state == PAYING
    trial = RevenueSegment.state == TRIAL

    def side(column: Any, sign: int) -> Select[*tuple[Any, ...]]:
        return select(
            column.label("day"),
            (sign * when(paying, raw_mrr())).label("mrr"),
            when(paying, literal(sign)).label("subscriptions"),
            when(trial, literal(sign)).label("trials"),
        ).where(*in_scope(scope), within(windows, column), states)

    events = union_all(side(RevenueSegment.start_date, 1), side(RevenueSegment.end_date, -1))
    moves = events.subquery()
    index = window_index(moves.c.day, windows).label("w")
    totals = {
        row.w: row
        for row in session.execute(
            select(
                index,
                func.sum(moves.c.mrr).label("mrr"),
                func.sum(moves.c.subscriptions).label("subscriptions"),
                func.sum(moves.c.trials).label("trials"),
            ).group_by(index)
        )
    }
    found = []
    for position in range(1, len(windows) + 1):
        row = totals.get(position)
        found.append(
            WindowChange(cents(row.mrr), int(row.subscriptions), int(row.trials))
            if row is not None
            else WindowChange(Decimal("0.00"), 0, 0)
        )
    return found


# -- how each customer's MRR moved ---------------------------------------------------------


def customer_moves(scope: Scope, windows: Sequence[Window]) -> Subquery:
    """One row per customer and window in which the customer's segments changed, with
    the customer's MRR at the window's start and end (paying, and paused), how much of
    the change was pauses beginning or ending, and the movement it makes (see
    `docs/reports.md`): a column per kind, signed, zero when not that kind."""
    held = RevenueSegment.state.in_((PAYING, PAUSED))
    paying = RevenueSegment.state == PAYING
    paused = RevenueSegment.state == PAUSED

    def side(column: Any, sign: int) -> Select[*tuple[Any, ...]]:
        closing = sign < 0
        into_pause = when(and_(paying, RevenueSegment.closed_by == Boundary.PAUSED), raw_mrr())
        out_of_pause = when(and_(paying, RevenueSegment.opened_by == Boundary.RESUMED), raw_mrr())
        return select(
            RevenueSegment.customer_id.label("customer_id"),
            window_index(column, windows).label("w"),
            (sign * when(paying, raw_mrr())).label("pay"),
            (sign * when(paused, raw_mrr())).label("held"),
            when(paying, literal(sign)).label("subscriptions"),
            (into_pause if closing else literal(0)).label("paused"),
            (literal(0) if closing else out_of_pause).label("resumed"),
        ).where(*in_scope(scope), within(windows, column), held)

    events = union_all(
        side(RevenueSegment.start_date, 1), side(RevenueSegment.end_date, -1)
    ).subquery()
    per_window = (
        select(
            events.c.customer_id,
            events.c.w,
            func.sum(events.c.pay).label("pay"),
            func.sum(events.c.held).label("held"),
            func.sum(events.c.subscriptions).label("subscriptions"),
            func.sum(events.c.paused).label("paused"),
            func.sum(events.c.resumed).label("resumed"),
        )
        .group_by(events.c.customer_id, events.c.w)
        .subquery()
    )
    opened = select(per_window, window_opening(per_window.c.w, windows).label("opening")).subquery()
    before = aliased(RevenueSegment)
    running = or_(before.end_date.is_(None), before.end_date > opened.c.opening)
    at_start = (
        select(
            opened.c.customer_id,
            opened.c.w,
            opened.c.pay,
            opened.c.held,
            opened.c.subscriptions,
            opened.c.paused,
            opened.c.resumed,
            func.coalesce(
                func.sum(when(and_(before.state == PAYING, running), raw_mrr(before))), 0
            ).label("pay_at_start"),
            func.coalesce(
                func.sum(when(and_(before.state == PAUSED, running), raw_mrr(before))), 0
            ).label("held_at_start"),
            func.coalesce(
                func.sum(when(and_(before.state == PAYING, running), literal(1))), 0
            ).label("subscriptions_at_start"),
            func.count(before.customer_id).label("seen"),
        )
        .select_from(opened)
        .outerjoin(
            before,
            and_(
                before.customer_id == opened.c.customer_id,
                before.state.in_((PAYING, PAUSED)),
                before.start_date <= opened.c.opening,
                *in_scope(scope, before),
            ),
        )
        .group_by(opened.c.customer_id, opened.c.w)
        .subquery()
    )
    start, held_start = at_start.c.pay_at_start, at_start.c.held_at_start
    end = start + at_start.c.pay
    held_end = held_start + at_start.c.held
    # The change not explained by pauses beginning or ending.
    rest = at_start.c.pay + at_start.c.paused - at_start.c.resumed
    absent_at_start = and_(start == 0, held_start == 0)
    gone_at_end = and_(end == 0, held_end == 0)
    kinds = {
        MovementKind.NEW: when(and_(rest > 0, absent_at_start, at_start.c.seen == 0), rest),
        MovementKind.REACTIVATION: when(and_(rest > 0, absent_at_start, at_start.c.seen > 0), rest),
        MovementKind.EXPANSION: when(and_(rest > 0, ~absent_at_start), rest),
        MovementKind.CONTRACTION: when(and_(rest < 0, ~gone_at_end), rest),
        MovementKind.CHURNED: when(and_(rest < 0, gone_at_end), rest),
        MovementKind.PAUSED: -at_start.c.paused,
        MovementKind.RESUMED: at_start.c.resumed,
    }
    return select(
        at_start.c.customer_id,
        at_start.c.w,
        start.label("mrr_at_start"),
        end.label("mrr_at_end"),
        at_start.c.subscriptions_at_start,
        (at_start.c.subscriptions_at_start + at_start.c.subscriptions).label(
            "subscriptions_at_end"
        ),
        *(amount.label(kind.value) for kind, amount in kinds.items()),
    ).subquery()


@dataclass(frozen=True)
class WindowMoves:
    """The customers' movements within one window, and how many customers came and went."""

    amounts: dict[MovementKind, Decimal]  # signed: losses are negative
    customers: dict[MovementKind, int]  # with a movement of that kind
    paying_customers_change: int  # customers with an MRR above zero, end less start
    customers_change: int  # customers with a paying subscription, end less start


def window_moves(session: Session, scope: Scope, windows: Sequence[Window]) -> list[WindowMoves]:
    moves = customer_moves(scope, windows)
    columns = [moves.c[kind.value] for kind in MovementKind]
    paying_change = case((moves.c.mrr_at_end > 0, 1), else_=0) - case(
        (moves.c.mrr_at_start > 0, 1), else_=0
    )
    active_change = case((moves.c.subscriptions_at_end > 0, 1), else_=0) - case(
        (moves.c.subscriptions_at_start > 0, 1), else_=0
    )
    rows = {
        row[0]: row
        for row in session.execute(
            select(
                moves.c.w,
                func.sum(paying_change),
                func.sum(active_change),
                *(func.sum(column) for column in columns),
                *(func.count().filter(column != 0) for column in columns),
            ).group_by(moves.c.w)
        )
    }
    kinds = list(MovementKind)
    found = []
    for position in range(1, len(windows) + 1):
        row = rows.get(position)
        if row is None:
            found.append(
                WindowMoves(
                    {kind: Decimal("0.00") for kind in kinds}, dict.fromkeys(kinds, 0), 0, 0
                )
            )
            continue
        amounts = row[3 : 3 + len(kinds)]
        counts = row[3 + len(kinds) :]
        found.append(
            WindowMoves(
                {kind: cents(amount) for kind, amount in zip(kinds, amounts, strict=True)},
                {kind: int(count) for kind, count in zip(kinds, counts, strict=True)},
                int(row[1]),
                int(row[2]),
            )
        )
    return found
