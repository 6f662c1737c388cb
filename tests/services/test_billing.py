"""The billing run: what is due, catching up, exactly once, in date order.

Dates and amounts are worked out by hand in the comments; the company charges
20 % VAT and gives 30 days to pay unless a test says otherwise.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.catalogue import BillingTiming, RenewalRule
from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import ValidationError
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.periods import DayRule, IntervalUnit
from cadence.domain.tax import FRANCHISE_MENTION, VatCategory, VatRegime
from cadence.services import billing
from cadence.services.billing import (
    due_occurrences,
    postpone_invoice,
    run_billing,
    skip_invoice,
)
from cadence.services.company import company_data, get_company, save_company
from cadence.services.credit_notes import issue_credit_note
from cadence.services.integrity import check_database
from cadence.services.payments import PaymentData, customer_balance, record_payment
from cadence.store.models import BillingDecision, Invoice, InvoiceLine, NumberSeries, Subscription

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
A_MONTH = (D("29.00"), D("5.80"), D("34.80"))  # net, VAT at 20 %, gross of the default plan


def issued(session: Session, subscription_id: int) -> list[tuple[object, ...]]:
    """(number, period start, period end, issue date, net, VAT, gross) by period."""
    rows = session.execute(
        select(
            Invoice.number,
            Invoice.period_start,
            Invoice.period_end,
            Invoice.issue_date,
            Invoice.total_net,
            Invoice.total_vat,
            Invoice.total_gross,
        )
        .where(Invoice.subscription_id == subscription_id, Invoice.kind == InvoiceKind.INVOICE)
        .order_by(Invoice.period_start)
    )
    return [tuple(row) for row in rows]


def bill(books: Factory, as_of: date) -> int:
    return len(run_billing(books.session, as_of=as_of).issued)


def test_a_catch_up_after_100_days_closed_issues_one_invoice_per_period(books: Factory) -> None:
    plan = books.plan()  # 29.00 a month, in advance, same day as the start
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 1, 31))
    books.session.commit()
    assert bill(books, date(2026, 1, 31)) == 1
    # Closed from 31 January to 11 May (100 days: 1 + 28 + 31 + 30 + 10); the periods
    # starting 28 Feb, 31 Mar and 30 Apr fell due meanwhile: three invoices dated the
    # day Cadence is opened again, in period order, none lumped, none skipped.
    assert bill(books, date(2026, 5, 11)) == 3
    assert issued(books.session, subscription.id) == [
        ("FA2026-00001", date(2026, 1, 31), date(2026, 2, 28), date(2026, 1, 31), *A_MONTH),
        ("FA2026-00002", date(2026, 2, 28), date(2026, 3, 31), date(2026, 5, 11), *A_MONTH),
        ("FA2026-00003", date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 11), *A_MONTH),
        ("FA2026-00004", date(2026, 4, 30), date(2026, 5, 31), date(2026, 5, 11), *A_MONTH),
    ]  # fmt: skip
    due = books.session.get_one(Invoice, 1).due_date
    assert due == date(2026, 3, 2)  # 31 January + 30 days
    assert check_database(books.session) == []


def test_a_series_on_the_31st_bills_on_29_february_in_a_leap_year(books: Factory) -> None:
    subscription = books.subscription(start_date=date(2028, 1, 31))
    books.session.commit()
    assert bill(books, date(2028, 4, 30)) == 4
    starts = [row[1] for row in issued(books.session, subscription.id)]
    assert starts == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]


def test_nothing_is_billed_until_the_trial_ends(books: Factory) -> None:
    plan = books.plan(trial_count=14)
    books.today = date(2026, 11, 1)  # subscribed that day, in trial until the 15th
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 11, 1))
    books.session.commit()
    assert bill(books, date(2026, 11, 14)) == 0
    row = books.session.get_one(Subscription, subscription.id)
    assert row.status is SubscriptionStatus.TRIAL
    assert bill(books, date(2026, 11, 15)) == 1
    assert issued(books.session, subscription.id)[0][1:3] == (
        date(2026, 11, 15),
        date(2026, 12, 15),
    )
    assert row.status is SubscriptionStatus.ACTIVE


def test_in_arrears_a_period_is_billed_when_it_ends(books: Factory) -> None:
    plan = books.plan(timing=BillingTiming.ARREARS)
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 9, 10))
    books.session.commit()
    assert bill(books, date(2026, 10, 9)) == 0
    assert bill(books, date(2026, 10, 10)) == 1
    assert issued(books.session, subscription.id)[0][1:4] == (
        date(2026, 9, 10),
        date(2026, 10, 10),
        date(2026, 10, 10),
    )


def test_quantity_and_a_discount_for_two_cycles(books: Factory) -> None:
    subscription = books.subscription(
        start_date=date(2026, 9, 1),
        quantity=3,
        discount_kind=DiscountKind.PERCENT,
        discount_value=D("20"),
        discount_cycles=2,
    )
    books.session.commit()
    assert bill(books, date(2026, 11, 1)) == 3
    # 3 × 29.00 = 87.00; 20 % off = 17.40 → 69.60, VAT 13.92 (two cycles); then 87.00, VAT 17.40.
    totals = [row[4:] for row in issued(books.session, subscription.id)]
    assert totals == [
        (D("69.60"), D("13.92"), D("83.52")),
        (D("69.60"), D("13.92"), D("83.52")),
        (D("87.00"), D("17.40"), D("104.40")),
    ]
    first_line = books.session.scalars(
        select(InvoiceLine).join(Invoice).where(Invoice.number == "FA2026-00001")
    ).one()
    assert (first_line.discount_amount, first_line.discount_label) == (D("17.40"), "Remise de 20 %")


def test_the_short_first_period_before_a_fixed_billing_day_is_prorated(books: Factory) -> None:
    plan = books.plan(day_rule=DayRule.FIXED_DAY, fixed_day=1)
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 11, 15))
    books.session.commit()
    assert bill(books, date(2026, 12, 1)) == 2
    # 15 Nov → 1 Dec is 16 of November's 30 days: 29.00 × 16 / 30 = 15.4666… → 15.4667
    # a unit, net 15.47, VAT 3.094 → 3.09; then the whole of December.
    sixteen_days = (D("15.47"), D("3.09"), D("18.56"))
    assert issued(books.session, subscription.id) == [
        ("FA2026-00001", date(2026, 11, 15), date(2026, 12, 1), date(2026, 12, 1), *sixteen_days),
        ("FA2026-00002", date(2026, 12, 1), date(2027, 1, 1), date(2026, 12, 1), *A_MONTH),
    ]  # fmt: skip
    line = books.session.scalars(
        select(InvoiceLine).join(Invoice).where(Invoice.number == "FA2026-00001")
    ).one()
    assert line.unit_price == D("15.4667")
    assert line.description == "Caisse mensuelle (au prorata, 16 jours sur 30)"


def test_under_the_vat_franchise_no_vat_is_charged_and_the_mention_is_kept(
    books: Factory, today: date
) -> None:
    current = get_company(books.session)
    assert current is not None
    franchise = dataclasses.replace(
        company_data(current), vat_regime=VatRegime.FRANCHISE, vat_number=""
    )
    save_company(books.session, franchise, today=today)
    subscription = books.subscription(start_date=date(2026, 11, 1))
    books.session.commit()
    bill(books, date(2026, 11, 1))
    assert issued(books.session, subscription.id)[0][4:] == (D("29.00"), D("0.00"), D("29.00"))
    line = books.session.scalars(select(InvoiceLine)).one()
    assert (line.vat_rate, line.vat_category, line.vat_exemption_reason) == (
        D("0.00"),
        VatCategory.EXEMPT,
        FRANCHISE_MENTION,
    )


def test_running_twice_or_moving_the_clock_back_issues_nothing_twice(books: Factory) -> None:
    first = books.subscription(start_date=date(2026, 11, 1))
    books.session.commit()
    assert bill(books, date(2026, 11, 25)) == 1
    assert bill(books, date(2026, 11, 25)) == 0
    assert bill(books, date(2026, 11, 2)) == 0  # the clock moved back
    assert bill(books, date(2026, 11, 25)) == 0  # and forward again
    assert len(issued(books.session, first.id)) == 1


def test_numbers_never_go_back_in_time(books: Factory) -> None:
    books.subscription(start_date=date(2026, 11, 1))
    books.session.commit()
    bill(books, date(2026, 11, 25))
    late = books.subscription(start_date=date(2026, 11, 10))
    books.session.commit()
    # Due on 10 November, but the series already has a document of 25 November:
    # issuing on the 20th would number it out of date order. Nothing is issued.
    report = run_billing(books.session, as_of=date(2026, 11, 20))
    assert report.issued == []
    assert len(report.blocked) == 1
    assert "already has a document dated 2026-11-25" in str(report.blocked[0])
    assert bill(books, date(2026, 11, 25)) == 1
    assert issued(books.session, late.id)[0][0] == "FA2026-00002"


def test_what_is_due_is_the_same_listed_a_few_subscriptions_at_a_time(
    books: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in (1, 5, 20):
        books.subscription(start_date=date(2026, 8, day))
    books.session.commit()
    whole = due_occurrences(books.session, as_of=date(2026, 11, 25))
    assert len({item.subscription_id for item in whole}) == 3
    monkeypatch.setattr(billing, "DUE_SLICE", 2)  # two slices, the second of one
    assert due_occurrences(books.session, as_of=date(2026, 11, 25)) == whole


def test_the_owner_postpones_one_invoice_and_skips_another(books: Factory) -> None:
    subscription = books.subscription(start_date=date(2026, 8, 1))
    books.session.commit()
    due = due_occurrences(books.session, as_of=date(2026, 11, 25))
    assert [item.period_start for item in due] == [
        date(2026, 8, 1),
        date(2026, 9, 1),
        date(2026, 10, 1),
        date(2026, 11, 1),
    ]
    skip_invoice(
        books.session,
        subscription_id=subscription.id,
        period_start=date(2026, 9, 1),
        today=date(2026, 11, 25),
        note="Mois offert",
    )
    postpone_invoice(
        books.session,
        subscription_id=subscription.id,
        period_start=date(2026, 10, 1),
        until=date(2026, 12, 10),
        today=date(2026, 11, 25),
    )
    books.session.commit()
    still_due = due_occurrences(books.session, as_of=date(2026, 11, 25))
    assert [item.period_start for item in still_due] == [date(2026, 8, 1), date(2026, 11, 1)]
    assert bill(books, date(2026, 11, 25)) == 2
    row = books.session.get_one(Subscription, subscription.id)
    assert row.next_billing_date == date(2026, 12, 1)
    assert bill(books, date(2026, 12, 5)) == 1  # December
    assert row.next_billing_date == date(2026, 12, 10)  # the postponed October comes back
    assert bill(books, date(2026, 12, 10)) == 1
    starts = [row[1] for row in issued(books.session, subscription.id)]
    assert starts == [date(2026, 8, 1), date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)]
    october = books.session.scalars(
        select(Invoice).where(Invoice.period_start == date(2026, 10, 1))
    ).one()
    assert (october.number, october.issue_date) == ("FA2026-00004", date(2026, 12, 10))
    assert check_database(books.session) == []


def test_a_decision_on_a_period_that_does_not_exist_or_is_invoiced_is_refused(
    books: Factory,
) -> None:
    from cadence.domain.errors import ConflictError, NotFoundError

    subscription = books.subscription(start_date=date(2026, 8, 1))
    books.session.commit()
    bill(books, date(2026, 8, 1))
    with pytest.raises(NotFoundError, match="no period starting on 2026-08-15"):
        skip_invoice(
            books.session,
            subscription_id=subscription.id,
            period_start=date(2026, 8, 15),
            today=date(2026, 8, 2),
        )
    with pytest.raises(ConflictError, match="already invoiced"):
        skip_invoice(
            books.session,
            subscription_id=subscription.id,
            period_start=date(2026, 8, 1),
            today=date(2026, 8, 2),
        )
    with pytest.raises(ConflictError, match="postpone to a day after today"):
        postpone_invoice(
            books.session,
            subscription_id=subscription.id,
            period_start=date(2026, 9, 1),
            until=date(2026, 8, 2),
            today=date(2026, 8, 2),
        )


@pytest.mark.parametrize(
    ("until", "accepted"),
    [
        (date(2027, 11, 25), True),  # today is 25 Nov 2026: one year ahead to the day
        (date(2027, 11, 26), False),
        (date(2099, 1, 1), False),
    ],
)
def test_an_invoice_is_postponed_by_a_year_at_most(
    books: Factory, until: date, accepted: bool
) -> None:
    subscription = books.subscription(start_date=date(2026, 11, 1))
    books.session.commit()

    def postpone() -> None:
        postpone_invoice(
            books.session,
            subscription_id=subscription.id,
            period_start=date(2026, 11, 1),
            until=until,
            today=date(2026, 11, 25),
        )

    if accepted:
        postpone()
        decision = books.session.scalars(select(BillingDecision)).one()
        assert decision.postponed_until == until
        return
    with pytest.raises(ValidationError) as raised:
        postpone()
    assert set(raised.value.errors) == {"until"}
    assert "postponed to 2027-11-25 at the latest" in str(raised.value.errors["until"])
    assert books.session.scalars(select(BillingDecision)).all() == []


def test_the_review_shows_what_the_run_issues(books: Factory) -> None:
    books.subscription(start_date=date(2026, 10, 1), quantity=2)
    books.subscription(start_date=date(2026, 11, 10))
    books.session.commit()
    due = due_occurrences(books.session, as_of=date(2026, 11, 25))
    report = run_billing(books.session, as_of=date(2026, 11, 25))
    assert sorted((d.subscription_id, d.period_start, d.gross) for d in due) == sorted(
        (row.subscription_id, row.period_start, row.total_gross)
        for row in books.session.scalars(select(Invoice))
    )
    assert len(report.issued) == len(due) == 3


def test_a_plan_with_its_own_series_numbers_its_invoices_there(books: Factory) -> None:
    series = NumberSeries(
        name="Box", kind=InvoiceKind.INVOICE, mask="BX{YYYY}-{000}", reset="yearly"
    )
    books.session.add(series)
    books.session.flush()
    plan = books.plan(name="Box", invoice_series_id=series.id)
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 11, 1))
    other = books.subscription(start_date=date(2026, 11, 1))
    books.session.commit()
    bill(books, date(2026, 11, 1))
    assert issued(books.session, subscription.id)[0][0] == "BX2026-001"
    assert issued(books.session, other.id)[0][0] == "FA2026-00001"


def test_a_customers_credit_pays_their_next_invoice(books: Factory) -> None:
    customer = books.customer()
    record_payment(
        books.session,
        PaymentData(customer_id=customer.id, received_on=date(2026, 10, 20), amount=D("100.00")),
        today=date(2026, 10, 20),
    )
    books.subscription(customer_id=customer.id, start_date=date(2026, 11, 1))
    books.session.commit()
    bill(books, date(2026, 11, 1))
    invoice = books.session.scalars(select(Invoice)).one()
    assert invoice.status is InvoiceStatus.PAID
    balance = customer_balance(books.session, customer.id)
    assert (balance.owed, balance.credit) == (D("0"), D("65.20"))  # 100.00 − 34.80


def test_unpaid_past_the_grace_period_the_subscription_is_past_due_until_paid(
    books: Factory,
) -> None:
    plan = books.plan(grace_days=7)
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 11, 1))
    books.session.commit()
    bill(books, date(2026, 11, 1))  # due 1 December
    row = books.session.get_one(Subscription, subscription.id)
    bill(books, date(2026, 12, 8))  # 1 Dec + 7 days of grace: not yet
    assert row.status is SubscriptionStatus.ACTIVE
    bill(books, date(2026, 12, 9))
    assert row.status is SubscriptionStatus.PAST_DUE
    record_payment(
        books.session,
        PaymentData(
            customer_id=subscription.customer_id,
            received_on=date(2026, 12, 9),
            amount=D("34.80"),  # November only; December's is not yet past its grace
        ),
        today=date(2026, 12, 9),
    )
    assert row.status is SubscriptionStatus.ACTIVE  # at once, not at the next run
    books.session.commit()
    bill(books, date(2026, 12, 10))
    assert row.status is SubscriptionStatus.ACTIVE


def test_a_partial_payment_leaves_it_past_due_and_a_credit_note_can_clear_it(
    books: Factory,
) -> None:
    plan = books.plan(grace_days=0)
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 11, 1))
    books.session.commit()
    bill(books, date(2026, 11, 1))  # November's invoice, due on 1 December
    bill(books, date(2026, 12, 5))
    row = books.session.get_one(Subscription, subscription.id)
    assert row.status is SubscriptionStatus.PAST_DUE
    november = books.session.scalars(
        select(Invoice).where(Invoice.period_start == date(2026, 11, 1))
    ).one()
    record_payment(
        books.session,
        PaymentData(subscription.customer_id, date(2026, 12, 5), D("20.00")),
        today=date(2026, 12, 5),
    )
    assert row.status is SubscriptionStatus.PAST_DUE
    issue_credit_note(
        books.session,
        invoice_id=november.id,
        today=date(2026, 12, 5),
        line_amounts={1: D("12.33")},  # 14.80 incl. VAT: what is left to pay
        reason="geste commercial",
    )
    assert november.status is InvoiceStatus.PAID
    assert row.status is SubscriptionStatus.ACTIVE


def test_a_fixed_term_ends_by_itself(books: Factory) -> None:
    plan = books.plan(renewal_rule=RenewalRule.FIXED_CYCLES, fixed_cycles=6)
    subscription = books.subscription(plan_id=plan.id, start_date=date(2026, 1, 1))
    books.session.commit()
    assert bill(books, date(2026, 12, 31)) == 6
    row = books.session.get_one(Subscription, subscription.id)
    assert (row.status, row.ended_on, row.next_billing_date) == (
        SubscriptionStatus.ENDED,
        date(2026, 7, 1),
        None,
    )


def test_a_commitment_is_renewed_by_tacit_agreement(books: Factory) -> None:
    plan = books.plan(
        interval_unit=IntervalUnit.YEAR,
        unit_price=D("290"),
        commitment_count=12,
    )
    subscription = books.subscription(plan_id=plan.id, start_date=date(2025, 11, 25))
    books.session.commit()
    row = books.session.get_one(Subscription, subscription.id)
    assert row.commitment_end == date(2026, 11, 25)
    report = run_billing(books.session, as_of=date(2026, 11, 25))
    assert report.lifecycle.renewed == 1
    assert row.commitment_end == date(2027, 11, 25)
    assert [r[1] for r in issued(books.session, subscription.id)] == [
        date(2025, 11, 25),
        date(2026, 11, 25),
    ]


def test_a_run_resumes_after_a_failed_batch(books: Factory) -> None:
    for start in (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)):
        books.subscription(start_date=start)
    books.session.commit()
    total = len(due_occurrences(books.session, as_of=date(2026, 6, 1)))
    assert total == 15  # 6 + 5 + 4 months
    report = run_billing(books.session, as_of=date(2026, 6, 1), batch_size=4)
    assert len(report.issued) == total
    numbers = sorted(books.session.scalars(select(Invoice.number)))
    assert numbers == [f"FA2026-{value:05d}" for value in range(1, total + 1)]
