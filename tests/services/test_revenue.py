"""The revenue history is kept by every service that changes what it follows from: after
each owner's action and each billing run, it is what the subscriptions' data gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.catalogue import RenewalRule
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.revenue import Boundary, RevenueState
from cadence.services.billing import run_billing
from cadence.services.catalogue import get_plan, plan_data, update_plan
from cadence.services.lifecycle import (
    CancelWhen,
    cancel_subscription,
    change_subscription,
    pause_subscription,
    resume_subscription,
    undo_cancellation,
)
from cadence.services.revenue import revenue_history_problems, revenue_on
from cadence.services.subscriptions import get_subscription, subscription_data, update_subscription
from cadence.store.models import ChangeMode, RevenueSegment

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal


def segments(session: Session, subscription_id: int) -> list[tuple[object, ...]]:
    return [
        (row.start_date, row.end_date, row.state, row.mrr, row.opened_by, row.closed_by)
        for row in session.scalars(
            select(RevenueSegment)
            .where(RevenueSegment.subscription_id == subscription_id)
            .order_by(RevenueSegment.start_date)
        )
    ]


def consistent(session: Session) -> None:
    session.flush()
    assert revenue_history_problems(session) == []


def test_every_action_keeps_the_history_in_line(books: Factory) -> None:
    session, today = books.session, books.today  # 25 November 2026
    plan = books.plan(unit_price=D("30.00"))
    bigger = books.plan(name="Caisse plus", unit_price=D("50.00"))
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 12, 1)).id
    consistent(session)
    assert segments(session, subscription) == [
        (date(2026, 12, 1), None, RevenueState.PAYING, D("30.00"), Boundary.STARTED, None)
    ]

    # Before its start, its terms may change: two licences.
    data = replace(subscription_data(get_subscription(session, subscription)), quantity=2)
    update_subscription(session, subscription, data, today=today)
    consistent(session)
    assert segments(session, subscription)[0][3] == D("60.00")

    session.commit()
    run_billing(session, as_of=date(2026, 12, 1))
    consistent(session)

    cancel_subscription(
        session,
        subscription_id=subscription,
        today=date(2026, 12, 10),
        when=CancelWhen.PERIOD_END,
        reason=CancellationReason.TOO_EXPENSIVE,
    )
    consistent(session)
    assert segments(session, subscription)[-1][1:] == (
        date(2027, 1, 1),
        RevenueState.PAYING,
        D("60.00"),
        Boundary.STARTED,
        Boundary.CANCELLED,
    )
    undo_cancellation(session, subscription_id=subscription, today=date(2026, 12, 10))
    consistent(session)
    assert segments(session, subscription)[-1][1] is None

    change_subscription(
        session,
        subscription_id=subscription,
        today=date(2026, 12, 10),
        mode=ChangeMode.NEXT_PERIOD,
        plan_id=bigger.id,
    )
    consistent(session)
    assert segments(session, subscription)[-1][0] == date(2027, 1, 1)  # the new plan's
    session.commit()
    run_billing(session, as_of=date(2027, 1, 1))  # applies the change
    consistent(session)

    pause_subscription(
        session,
        subscription_id=subscription,
        today=date(2027, 1, 5),
        starts_on=date(2027, 2, 1),
        resumes_on=date(2027, 4, 1),
    )
    consistent(session)
    resume_subscription(
        session, subscription_id=subscription, today=date(2027, 1, 20), resumes_on=date(2027, 3, 1)
    )
    consistent(session)
    assert [row[2] for row in segments(session, subscription)][-2:] == [
        RevenueState.PAUSED,
        RevenueState.PAYING,
    ]

    # A new price for the plan: from that day, for whoever pays the plan's price.
    raised = replace(plan_data(get_plan(session, bigger.id)), unit_price=D("55.00"))
    update_plan(session, bigger.id, raised, today=date(2027, 5, 10))
    consistent(session)
    assert revenue_on(session, [subscription], date(2027, 5, 10))[subscription].mrr == D("110.00")
    assert revenue_on(session, [subscription], date(2027, 5, 9))[subscription].mrr == D("100.00")

    session.commit()
    run_billing(session, as_of=date(2027, 5, 10))
    cancel_subscription(
        session,
        subscription_id=subscription,
        today=date(2027, 5, 20),
        when=CancelWhen.NOW,
        reason=CancellationReason.BUSINESS_CLOSED,
    )
    consistent(session)
    assert segments(session, subscription)[-1][1:] == (
        date(2027, 5, 20),
        RevenueState.PAYING,
        D("110.00"),
        Boundary.PRICE_CHANGED,
        Boundary.CANCELLED,
    )


def test_a_hand_made_change_is_found_by_the_check(books: Factory) -> None:
    """Data changed behind the services' back (a restored backup, a tool) leaves the
    history out of line: `cadence check` says which subscription."""
    session = books.session
    subscription = books.subscription(start_date=date(2026, 11, 1)).id
    row = session.scalars(
        select(RevenueSegment).where(RevenueSegment.subscription_id == subscription)
    ).one()
    row.mrr = D("1.00")
    session.flush()
    assert revenue_history_problems(session) == [subscription]


def test_a_move_to_a_fixed_term_ends_the_history_once_billing_applies_it(books: Factory) -> None:
    """A change of cycle takes its new anchor when billing applies it: only then is the
    end of the new plan's fixed term known."""
    session = books.session
    monthly = books.plan(unit_price=D("30.00"))
    three_terms = books.plan(
        name="Trois bimestres",
        unit_price=D("50.00"),
        interval_count=2,
        renewal_rule=RenewalRule.FIXED_CYCLES,
        fixed_cycles=3,
    )
    subscription = books.subscription(plan_id=monthly.id, start_date=date(2026, 11, 1)).id
    session.commit()
    run_billing(session, as_of=date(2026, 11, 25))
    change_subscription(
        session,
        subscription_id=subscription,
        today=date(2026, 11, 25),
        mode=ChangeMode.NEXT_PERIOD,
        plan_id=three_terms.id,
    )
    session.commit()
    run_billing(session, as_of=date(2026, 12, 1))
    consistent(session)
    # Three cycles of two months from 1 December: over on 1 June 2027.
    assert segments(session, subscription)[-1][:2] == (date(2026, 12, 1), date(2027, 6, 1))
    assert segments(session, subscription)[-1][5] is Boundary.ENDED
