"""Cancelling, pausing, resuming and changing subscriptions, with their invoices.

The default plan costs 29.00 a month excl. VAT (20 %), billed in advance on the
subscription's start day; amounts are worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.domain.catalogue import BillingTiming, EarlyTermination, RenewalRule
from cadence.domain.errors import ConflictError, ValidationError
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import run_billing
from cadence.services.integrity import check_database
from cadence.services.lifecycle import (
    CancelWhen,
    cancel_subscription,
    change_subscription,
    pause_subscription,
    preview_change,
    resume_subscription,
    undo_cancellation,
)
from cadence.services.payments import PaymentData, record_payment
from cadence.store.models import (
    ChangeMode,
    Invoice,
    InvoiceLine,
    Subscription,
    SubscriptionPause,
)

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
REASON = CancellationReason.TOO_EXPENSIVE


def started(books: Factory, start: date, **plan_terms: object) -> Subscription:
    """A subscription from `start`, billed up to `start` plus a month."""
    plan = books.plan(name=f"Plan {len(plan_terms)} {start}", **plan_terms)
    record = books.subscription(plan_id=plan.id, start_date=start)
    books.session.commit()
    return books.session.get_one(Subscription, record.id)


def invoices(books: Factory, kind: InvoiceKind = InvoiceKind.INVOICE) -> list[Invoice]:
    return list(
        books.session.scalars(select(Invoice).where(Invoice.kind == kind).order_by(Invoice.id))
    )


def bill(books: Factory, as_of: date) -> int:
    return len(run_billing(books.session, as_of=as_of).issued)


@pytest.mark.parametrize(
    ("terms", "effective"),
    [
        # cycles start on the 10th; asked on 25 Nov: the period in progress ends 10 Dec
        ({}, date(2026, 12, 10)),
        # one month's notice from 25 Nov → 25 Dec, then the period ends 10 Jan
        ({"notice_count": 1, "notice_unit": IntervalUnit.MONTH}, date(2027, 1, 10)),
        # a 12-month commitment from 10 Oct 2026 runs to 10 Oct 2027
        ({"commitment_count": 12}, date(2027, 10, 10)),
    ],
    ids=["period end", "notice", "commitment"],
)
def test_a_cancellation_at_period_end_waits_for_notice_and_commitment(
    books: Factory, terms: dict[str, object], effective: date
) -> None:
    subscription = started(books, date(2026, 10, 10), **terms)
    bill(books, date(2026, 11, 25))
    result = cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        when=CancelWhen.PERIOD_END,
        reason=REASON,
        note="Trop cher pour nous",
    )
    books.session.commit()
    assert (result.effective_on, result.status) == (
        effective,
        SubscriptionStatus.CANCELLATION_SCHEDULED,
    )
    assert subscription.cancellation_reason is REASON
    assert subscription.cancellation_note == "Trop cher pour nous"
    before = len(invoices(books))
    bill(books, effective)
    assert subscription.status is SubscriptionStatus.CANCELLED
    assert (subscription.ended_on, subscription.next_billing_date) == (effective, None)
    assert all(invoice.period_start < effective for invoice in invoices(books))
    assert len(invoices(books)) >= before
    assert check_database(books.session) == []


def test_cancelled_during_the_trial_it_ends_with_the_trial_unbilled(books: Factory) -> None:
    books.today = date(2026, 11, 20)
    subscription = started(books, date(2026, 11, 20), trial_count=14)
    result = cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        when=CancelWhen.PERIOD_END,
        reason=CancellationReason.MISSING_FEATURES,
    )
    books.session.commit()
    assert result.effective_on == date(2026, 12, 4)  # the trial's first paid day
    assert bill(books, date(2026, 12, 31)) == 0
    assert subscription.status is SubscriptionStatus.CANCELLED


def test_cancelling_now_during_a_commitment_needs_force_and_bills_the_rest(books: Factory) -> None:
    subscription = started(
        books,
        date(2026, 10, 10),
        commitment_count=12,
        early_termination=EarlyTermination.BILL_REMAINING_COMMITMENT,
    )
    bill(books, date(2026, 11, 25))  # periods from 10 Oct and 10 Nov
    with pytest.raises(ConflictError, match="committed until 2027-10-10"):
        cancel_subscription(
            books.session,
            subscription_id=subscription.id,
            today=date(2026, 11, 25),
            when=CancelWhen.NOW,
            reason=REASON,
        )
    result = cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        when=CancelWhen.NOW,
        reason=REASON,
        force=True,
    )
    books.session.commit()
    # Paid until 10 Dec; ten cycles remain to 10 Oct 2027: 10 × 29.00 = 290.00 + 58.00 VAT.
    [closing] = [invoice for invoice in invoices(books) if invoice.period_start is None]
    assert [document.number for document in result.documents] == [closing.number]
    assert (closing.total_net, closing.total_vat, closing.total_gross) == (
        D("290.00"),
        D("58.00"),
        D("348.00"),
    )
    assert len(closing.lines) == 10
    assert closing.lines[0].description.endswith(
        " : engagement restant du 10/12/2026 au 09/01/2027"
    )
    assert (subscription.status, subscription.ended_on) == (
        SubscriptionStatus.CANCELLED,
        date(2026, 11, 25),
    )
    assert check_database(books.session) == []


def test_cancelling_now_credits_the_unused_days_billed_in_advance(books: Factory) -> None:
    subscription = started(books, date(2026, 10, 10))
    bill(books, date(2026, 11, 25))
    result = cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        when=CancelWhen.NOW,
        reason=REASON,
    )
    books.session.commit()
    # 25 Nov → 10 Dec is 15 of the period's 30 days: 29.00 × 15 / 30 = 14.50, VAT 2.90.
    [credit] = invoices(books, InvoiceKind.CREDIT_NOTE)
    assert [document.number for document in result.documents] == ["AV2026-00001"]
    assert (credit.total_net, credit.total_vat, credit.total_gross) == (
        D("14.50"),
        D("2.90"),
        D("17.40"),
    )
    november = invoices(books)[-1]
    assert credit.corrects_invoice_id == november.id
    assert november.status is InvoiceStatus.PARTIALLY_PAID  # 17.40 of 34.80 settled
    assert bill(books, date(2027, 1, 31)) == 0
    assert check_database(books.session) == []


def test_cancelling_now_in_arrears_bills_the_days_served(books: Factory) -> None:
    subscription = started(books, date(2026, 10, 10), timing=BillingTiming.ARREARS)
    bill(books, date(2026, 11, 25))  # 10 Oct → 10 Nov, billed on 10 Nov
    cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        when=CancelWhen.NOW,
        reason=REASON,
    )
    books.session.commit()
    assert bill(books, date(2026, 11, 25)) == 1
    last = invoices(books)[-1]
    # 10 → 25 Nov is 15 of 30 days: 14.50
    assert (last.period_start, last.period_end, last.total_net) == (
        date(2026, 11, 10),
        date(2026, 11, 25),
        D("14.50"),
    )


def test_a_scheduled_cancellation_can_be_undone(books: Factory) -> None:
    subscription = started(books, date(2026, 10, 10))
    cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        when=CancelWhen.PERIOD_END,
        reason=REASON,
    )
    assert (
        undo_cancellation(books.session, subscription_id=subscription.id, today=date(2026, 11, 26))
        is SubscriptionStatus.ACTIVE
    )
    books.session.commit()
    assert subscription.cancellation_effective_on is None
    bill(books, date(2027, 1, 10))
    assert invoices(books)[-1].period_start == date(2027, 1, 10)
    with pytest.raises(ConflictError, match="no cancellation is scheduled"):
        undo_cancellation(books.session, subscription_id=subscription.id, today=date(2027, 1, 10))


def test_a_pause_skips_whole_periods_and_resuming_bills_the_rest_of_the_cycle(
    books: Factory,
) -> None:
    subscription = started(books, date(2026, 10, 10))
    bill(books, date(2026, 11, 25))
    record_payment(  # paid up, so it is paused rather than past due
        books.session,
        PaymentData(subscription.customer_id, date(2026, 11, 25), D("69.60")),
        today=date(2026, 11, 25),
    )
    pause = pause_subscription(
        books.session, subscription_id=subscription.id, today=date(2026, 11, 25)
    )
    books.session.commit()
    assert (pause.start, pause.end) == (date(2026, 12, 10), None)  # when the period ends
    assert subscription.next_billing_date is None  # paused until further notice
    assert bill(books, date(2027, 1, 15)) == 0
    assert subscription.status is SubscriptionStatus.PAUSED
    resume_subscription(books.session, subscription_id=subscription.id, today=date(2027, 1, 20))
    books.session.commit()
    assert subscription.status is SubscriptionStatus.ACTIVE
    assert bill(books, date(2027, 2, 10)) == 2
    resumed, february = invoices(books)[-2:]
    # 20 Jan → 10 Feb is 21 of the cycle's 31 days: 29.00 × 21 / 31 = 19.6451… → 19.6452 → 19.65
    assert (resumed.period_start, resumed.period_end, resumed.total_net) == (
        date(2027, 1, 20),
        date(2027, 2, 10),
        D("19.65"),
    )
    assert (february.period_start, february.total_net) == (date(2027, 2, 10), D("29.00"))
    assert check_database(books.session) == []


def test_a_paused_subscription_whose_cancellation_is_scheduled_shows_the_cancellation(
    books: Factory,
) -> None:
    # Two months' notice from 26 Nov → 26 Jan, then the period ends on 10 Feb.
    subscription = started(
        books, date(2026, 10, 10), notice_count=2, notice_unit=IntervalUnit.MONTH
    )
    bill(books, date(2026, 11, 25))
    pause_subscription(books.session, subscription_id=subscription.id, today=date(2026, 11, 25))
    cancel_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 26),
        when=CancelWhen.PERIOD_END,
        reason=REASON,
    )
    books.session.commit()
    bill(books, date(2026, 12, 10))  # the pause begins: the coming end still shows
    assert subscription.status is SubscriptionStatus.CANCELLATION_SCHEDULED
    # Undone within the pause, it is paused again, and nothing is billed for the pause.
    assert (
        undo_cancellation(books.session, subscription_id=subscription.id, today=date(2026, 12, 11))
        is SubscriptionStatus.PAUSED
    )
    books.session.commit()
    assert bill(books, date(2027, 2, 1)) == 0
    assert check_database(books.session) == []


def test_what_cannot_be_paused(books: Factory) -> None:
    books.today = date(2026, 11, 20)
    trial = started(books, date(2026, 11, 20), trial_count=14)
    with pytest.raises(ConflictError, match="in trial cannot be paused"):
        pause_subscription(books.session, subscription_id=trial.id, today=date(2026, 11, 25))
    books.today = date(2026, 11, 25)
    running = started(books, date(2026, 10, 10))
    pause_subscription(books.session, subscription_id=running.id, today=date(2026, 11, 25))
    with pytest.raises(ConflictError, match="already paused from 2026-12-10"):
        pause_subscription(books.session, subscription_id=running.id, today=date(2026, 11, 25))
    with pytest.raises(ValidationError) as raised:
        pause_subscription(
            books.session,
            subscription_id=running.id,
            today=date(2026, 11, 25),
            starts_on=date(2027, 3, 1),
            resumes_on=date(2027, 2, 1),
        )
    assert set(raised.value.errors) == {"resumes_on"}
    called_off = resume_subscription(
        books.session, subscription_id=running.id, today=date(2026, 11, 26)
    )
    assert called_off.called_off
    assert (
        books.session.scalars(
            select(SubscriptionPause).where(SubscriptionPause.subscription_id == running.id)
        ).all()
        == []
    )


def test_an_upgrade_now_is_prorated_on_the_next_invoice(books: Factory) -> None:
    subscription = started(books, date(2026, 11, 10))
    better = books.plan(name="Caisse Pro", unit_price=D("49.00"))
    bill(books, date(2026, 11, 10))
    preview = preview_change(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        mode=ChangeMode.NOW_PRORATED,
        plan_id=better.id,
    )
    # 25 Nov → 10 Dec is 15 of 30 days: −29.00 × ½ = −14.50, +49.00 × ½ = +24.50.
    assert [line.net_amount for line in preview.lines] == [D("-14.50"), D("24.50")]
    assert preview.totals is not None
    assert (preview.totals.net, preview.totals.gross, preview.credited_now) == (
        D("10.00"),
        D("12.00"),
        False,
    )
    assert subscription.plan_id != better.id  # a preview changes nothing
    change_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        mode=ChangeMode.NOW_PRORATED,
        plan_id=better.id,
    )
    books.session.commit()
    assert subscription.plan_id == better.id
    bill(books, date(2026, 12, 10))
    december = invoices(books)[-1]
    # 49.00 for December, −14.50 + 24.50 of proration: 59.00 net, 11.80 VAT, 70.80.
    assert (december.total_net, december.total_vat, december.total_gross) == (
        D("59.00"),
        D("11.80"),
        D("70.80"),
    )
    assert [line.net_amount for line in december.lines] == [D("49.00"), D("-14.50"), D("24.50")]
    assert check_database(books.session) == []


def test_a_downgrade_now_credits_the_difference_at_once(books: Factory) -> None:
    pro = books.plan(name="Caisse Pro", unit_price=D("49.00"))
    record = books.subscription(plan_id=pro.id, start_date=date(2026, 11, 10))
    books.session.commit()
    cheaper = books.plan(name="Caisse Essentiel", unit_price=D("29.00"))
    bill(books, date(2026, 11, 10))
    result = change_subscription(
        books.session,
        subscription_id=record.id,
        today=date(2026, 11, 25),
        mode=ChangeMode.NOW_PRORATED,
        plan_id=cheaper.id,
    )
    books.session.commit()
    assert result.credited_now
    [credit] = invoices(books, InvoiceKind.CREDIT_NOTE)
    # unused half of 49.00 credited (24.50), half of 29.00 charged (14.50): 10.00 + 2.00 VAT
    assert (credit.total_net, credit.total_gross) == (D("10.00"), D("12.00"))
    assert check_database(books.session) == []


def test_a_change_of_cycle_starts_with_the_next_period(books: Factory) -> None:
    subscription = started(books, date(2026, 11, 10))
    yearly = books.plan(name="Annuel", interval_unit=IntervalUnit.YEAR, unit_price=D("290"))
    with pytest.raises(ValidationError) as raised:
        change_subscription(
            books.session,
            subscription_id=subscription.id,
            today=date(2026, 11, 25),
            mode=ChangeMode.NOW_PRORATED,
            plan_id=yearly.id,
        )
    assert "next period" in str(raised.value.errors["mode"])
    scheduled = change_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        mode=ChangeMode.NEXT_PERIOD,
        plan_id=yearly.id,
    )
    books.session.commit()
    assert scheduled.effective_on == date(2026, 12, 10)
    assert bill(books, date(2026, 12, 10)) == 2  # November (monthly), then the first year
    year = invoices(books)[-1]
    assert (year.period_start, year.period_end, year.total_net) == (
        date(2026, 12, 10),
        date(2027, 12, 10),
        D("290.00"),
    )
    assert subscription.plan_id == yearly.id
    assert check_database(books.session) == []


def test_changing_nothing_is_refused(books: Factory) -> None:
    subscription = started(books, date(2026, 11, 10))
    with pytest.raises(ConflictError, match="nothing to change"):
        change_subscription(
            books.session,
            subscription_id=subscription.id,
            today=date(2026, 11, 25),
            mode=ChangeMode.NEXT_PERIOD,
            quantity=1,
        )
    lines = books.session.scalars(select(InvoiceLine)).all()
    assert lines == []


def paused_since_december(books: Factory) -> Subscription:
    """Started 10 Oct 2026, billed and paid to 10 Dec, paused from then until resumed."""
    subscription = started(books, date(2026, 10, 10))
    bill(books, date(2026, 11, 25))
    record_payment(
        books.session,
        PaymentData(subscription.customer_id, date(2026, 11, 25), D("69.60")),
        today=date(2026, 11, 25),
    )
    pause_subscription(books.session, subscription_id=subscription.id, today=date(2026, 11, 25))
    books.session.commit()
    return subscription


def pauses(books: Factory, subscription: Subscription) -> list[tuple[date, date | None]]:
    return [
        (pause.start_date, pause.end_date)
        for pause in books.session.scalars(
            select(SubscriptionPause).where(SubscriptionPause.subscription_id == subscription.id)
        )
    ]


def test_a_subscription_cannot_resume_before_today(books: Factory) -> None:
    subscription = paused_since_december(books)
    assert bill(books, date(2027, 1, 20)) == 0
    # Resuming on 5 Jan, asked on 20 Jan, would bill fifteen days the customer was paused.
    with pytest.raises(ValidationError) as raised:
        resume_subscription(
            books.session,
            subscription_id=subscription.id,
            today=date(2027, 1, 20),
            resumes_on=date(2027, 1, 5),
        )
    assert set(raised.value.errors) == {"resumes_on"}
    assert "before today (2027-01-20)" in str(raised.value.errors["resumes_on"])
    assert pauses(books, subscription) == [(date(2026, 12, 10), None)]
    # Today itself, the default, is fine.
    resumed = resume_subscription(
        books.session, subscription_id=subscription.id, today=date(2027, 1, 20)
    )
    assert (resumed.resumes_on, resumed.called_off) == (date(2027, 1, 20), False)
    assert pauses(books, subscription) == [(date(2026, 12, 10), date(2027, 1, 20))]


@pytest.mark.parametrize(
    ("starts_on", "resumes_on", "field", "words"),
    [
        # today is 25 Nov 2026: a pause may start until 25 Nov 2031
        (date(2099, 1, 1), None, "starts_on", "at most 5 years ahead, by 2031-11-25"),
        (date(2031, 11, 26), None, "starts_on", "at most 5 years ahead"),
        # and end at most five years after it starts
        (None, date(2099, 1, 1), "resumes_on", "by 2031-12-10 at the latest"),
        (date(2027, 3, 1), date(2032, 3, 2), "resumes_on", "by 2032-03-01 at the latest"),
    ],
)
def test_a_pause_cannot_be_planned_decades_ahead(
    books: Factory, starts_on: date | None, resumes_on: date | None, field: str, words: str
) -> None:
    subscription = started(books, date(2026, 10, 10))
    with pytest.raises(ValidationError) as raised:
        pause_subscription(
            books.session,
            subscription_id=subscription.id,
            today=date(2026, 11, 25),
            starts_on=starts_on,
            resumes_on=resumes_on,
        )
    assert set(raised.value.errors) == {field}
    assert words in str(raised.value.errors[field])
    assert pauses(books, subscription) == []


def test_a_pause_up_to_five_years_ahead_is_planned(books: Factory) -> None:
    subscription = started(books, date(2026, 10, 10))
    pause = pause_subscription(
        books.session,
        subscription_id=subscription.id,
        today=date(2026, 11, 25),
        starts_on=date(2031, 11, 25),
        resumes_on=date(2036, 11, 25),
    )
    assert (pause.start, pause.end) == (date(2031, 11, 25), date(2036, 11, 25))


def test_a_resumption_cannot_be_planned_decades_ahead(books: Factory) -> None:
    subscription = paused_since_december(books)
    with pytest.raises(ValidationError) as raised:
        resume_subscription(
            books.session,
            subscription_id=subscription.id,
            today=date(2027, 1, 20),
            resumes_on=date(2099, 1, 1),
        )
    assert set(raised.value.errors) == {"resumes_on"}
    assert "by 2032-01-20 at the latest" in str(raised.value.errors["resumes_on"])
    assert pauses(books, subscription) == [(date(2026, 12, 10), None)]


def test_a_term_ending_past_the_calendar_stops_neither_billing_nor_cancelling(
    books: Factory,
) -> None:
    # A plan saved before fixed terms were capped: 999 cycles of ten years end in the
    # year 12026. The other subscriptions are billed; this one is billed and cancelled.
    other = started(books, date(2026, 11, 1))
    decade = started(books, date(2026, 11, 25), interval_count=10, interval_unit=IntervalUnit.YEAR)
    decade.plan.renewal_rule = RenewalRule.FIXED_CYCLES
    decade.plan.fixed_cycles = 999
    books.session.commit()
    assert bill(books, date(2026, 12, 1)) == 3  # November and December, and the decade
    assert {invoice.subscription_id for invoice in invoices(books)} == {other.id, decade.id}
    result = cancel_subscription(
        books.session,
        subscription_id=decade.id,
        today=date(2026, 12, 1),
        when=CancelWhen.PERIOD_END,
        reason=REASON,
    )
    assert (result.effective_on, result.status) == (
        date(2036, 11, 25),
        SubscriptionStatus.CANCELLATION_SCHEDULED,
    )
    assert check_database(books.session) == []
