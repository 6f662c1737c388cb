"""What the owner reads before acting on a subscription, and its history afterwards.

The default plan costs 29.00 a month excl. VAT, billed in advance on the
subscription's start day (the 10th here).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cadence.domain.catalogue import EarlyTermination
from cadence.domain.errors import ConflictError
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.periods import Interval, IntervalUnit
from cadence.services.billing import run_billing
from cadence.services.lifecycle import (
    CancelWhen,
    cancel_subscription,
    change_subscription,
    default_pause_start,
    pause_subscription,
    preview_cancellation,
    subscription_history,
)
from cadence.store.models import ChangeMode, Subscription

from .conftest import Factory  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)
REASON = CancellationReason.LOW_USAGE


def started(books: Factory, **plan_terms: object) -> Subscription:
    """A subscription from 10 Oct 2026, invoiced for October and November."""
    plan = books.plan(name=f"Plan {sorted(plan_terms)}", **plan_terms)
    record = books.subscription(plan_id=plan.id, start_date=date(2026, 10, 10))
    books.session.commit()
    run_billing(books.session, as_of=TODAY)
    return books.session.get_one(Subscription, record.id)


@pytest.mark.parametrize(
    "terms",
    [{}, {"notice_count": 1, "notice_unit": IntervalUnit.MONTH}, {"commitment_count": 12}],
    ids=["period end", "notice", "commitment"],
)
def test_the_preview_tells_the_day_a_cancellation_at_period_end_takes(
    books: Factory, terms: dict[str, object]
) -> None:
    subscription = started(books, **terms)
    preview = preview_cancellation(books.session, subscription_id=subscription.id, today=TODAY)
    assert subscription.cancellation_effective_on is None  # nothing changed
    result = cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        when=CancelWhen.PERIOD_END,
        reason=REASON,
    )
    assert preview.at_period_end == result.effective_on
    after = preview_cancellation(books.session, subscription_id=subscription.id, today=TODAY)
    assert after.scheduled_on == result.effective_on


@pytest.mark.parametrize(
    ("early_termination", "billed_from", "refunded_until"),
    [
        # the commitment runs to 10 Oct 2027; invoiced until 10 Dec 2026
        (EarlyTermination.BILL_REMAINING_COMMITMENT, date(2026, 12, 10), None),
        (EarlyTermination.NO_FEE, None, date(2026, 12, 10)),
    ],
)
def test_the_preview_tells_what_breaking_a_commitment_costs(
    books: Factory,
    early_termination: EarlyTermination,
    billed_from: date | None,
    refunded_until: date | None,
) -> None:
    subscription = started(books, commitment_count=12, early_termination=early_termination)
    preview = preview_cancellation(books.session, subscription_id=subscription.id, today=TODAY)
    assert preview.committed_until == date(2027, 10, 10)
    assert (preview.bills_commitment_from, preview.refunded_until) == (billed_from, refunded_until)
    assert not preview.in_trial
    result = cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        when=CancelWhen.NOW,
        reason=REASON,
        force=True,
    )
    assert len(result.documents) == 1
    newest = subscription_history(books.session, subscription_id=subscription.id, today=TODAY)
    expected = InvoiceKind.INVOICE if billed_from else InvoiceKind.CREDIT_NOTE
    assert newest.invoices[0].kind is expected


def test_a_commitment_invoiced_in_full_costs_nothing_more_and_is_not_refunded(
    books: Factory,
) -> None:
    subscription = started(books, commitment_count=12, interval_unit=IntervalUnit.YEAR)
    preview = preview_cancellation(books.session, subscription_id=subscription.id, today=TODAY)
    assert preview.committed_until == date(2027, 10, 10)
    assert (preview.bills_commitment_from, preview.refunded_until) == (None, None)


def test_no_preview_for_a_finished_subscription(books: Factory) -> None:
    subscription = started(books)
    cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        when=CancelWhen.NOW,
        reason=REASON,
    )
    with pytest.raises(ConflictError, match="already cancelled"):
        preview_cancellation(books.session, subscription_id=subscription.id, today=TODAY)


def test_the_default_pause_start_is_the_one_a_pause_takes(books: Factory) -> None:
    subscription = started(books)
    shown = default_pause_start(books.session, subscription_id=subscription.id, today=TODAY)
    pause = pause_subscription(books.session, subscription_id=subscription.id, today=TODAY)
    assert shown == pause.start == date(2026, 12, 10)  # when the invoiced period ends


def test_no_pause_start_during_a_trial(books: Factory) -> None:
    plan = books.plan(name="With a trial", trial_count=14)
    record = books.subscription(plan_id=plan.id, start_date=TODAY)
    with pytest.raises(ConflictError, match="in trial"):
        default_pause_start(books.session, subscription_id=record.id, today=TODAY)


def test_the_history_lists_invoices_events_and_what_is_planned(books: Factory) -> None:
    subscription = started(books)
    change_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        mode=ChangeMode.NEXT_PERIOD,
        quantity=2,
    )
    pause_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        starts_on=date(2027, 3, 10),
        resumes_on=date(2027, 5, 10),
    )
    cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        when=CancelWhen.PERIOD_END,
        reason=REASON,
        note="Ne l'utilise plus",
    )
    history = subscription_history(books.session, subscription_id=subscription.id, today=TODAY)
    assert history.subscription.id == subscription.id
    assert history.interval == Interval(1, IntervalUnit.MONTH)
    assert history.mrr == Decimal("29.00")  # still paid until the cancellation takes effect
    assert history.subscription.status is SubscriptionStatus.CANCELLATION_SCHEDULED
    assert (history.cancellation_effective_on, history.cancellation_note) == (
        date(2026, 12, 10),
        "Ne l'utilise plus",
    )
    assert [(pause.start, pause.end) for pause in history.pauses] == [
        (date(2027, 3, 10), date(2027, 5, 10))
    ]
    change = history.scheduled_change
    assert change is not None
    assert (change.effective_on, change.quantity) == (date(2026, 12, 10), 2)
    # Newest first: November's invoice, then October's.
    assert [(invoice.kind, invoice.period_start) for invoice in history.invoices] == [
        (InvoiceKind.INVOICE, date(2026, 11, 10)),
        (InvoiceKind.INVOICE, date(2026, 10, 10)),
    ]
    actions = [event.action for event in history.events]
    assert actions[0] == "cancellation_scheduled"
    assert actions[-1] == "created"
    assert {"plan_change_scheduled", "pause_planned"} <= set(actions)
    scheduled = history.events[0]
    assert (scheduled.on_date, scheduled.details["effective_on"]) == (TODAY, "2026-12-10")


def test_the_history_shows_the_credit_notes_of_a_cancellation(books: Factory) -> None:
    subscription = started(books)
    cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=TODAY,
        when=CancelWhen.NOW,
        reason=REASON,
    )
    history = subscription_history(books.session, subscription_id=subscription.id, today=TODAY)
    assert history.invoices[0].kind is InvoiceKind.CREDIT_NOTE
    assert history.mrr == Decimal("0.00")
    assert history.events[0].action == "cancelled"
