"""The Reports tab's figures: MRR, subscriptions, overdue, and the invoices to come.

Today is Wednesday 25 November 2026; every expected figure is worked out by hand
in its comment.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from cadence.domain.catalogue import BillingTiming
from cadence.domain.discounts import DiscountKind
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import postpone_invoice, run_billing
from cadence.services.dashboard import (
    ExpectedWeek,
    expected_invoices,
    overdue,
    recurring_revenue,
)
from cadence.services.lifecycle import CancelWhen, cancel_subscription, pause_subscription
from cadence.services.payments import PaymentData, record_payment
from cadence.services.standing import sweep_past_due
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
TODAY = date(2026, 11, 25)
STARTED = date(2026, 10, 1)  # active, past any trial


@pytest.mark.parametrize(
    ("plan", "subscription", "expected"),
    [
        ({"unit_price": D("29.00")}, {"quantity": 2}, D("58.00")),
        ({"unit_price": D("90.00"), "interval_count": 3}, {}, D("30.00")),  # a quarter ÷ 3
        # 290 ÷ 12 = 24.1666…
        ({"unit_price": D("290.00"), "interval_unit": IntervalUnit.YEAR}, {}, D("24.17")),
        # 10 × 52 ÷ 12 = 43.333…
        ({"unit_price": D("10.00"), "interval_unit": IntervalUnit.WEEK}, {}, D("43.33")),
        # Every two weeks: 10 × 52 ÷ 24 = 21.666…
        (
            {"unit_price": D("10.00"), "interval_unit": IntervalUnit.WEEK, "interval_count": 2},
            {},
            D("21.67"),
        ),
        # 1 × 365 ÷ 12 = 30.4166…
        ({"unit_price": D("1.00"), "interval_unit": IntervalUnit.DAY}, {}, D("30.42")),
        # A permanent 10 %: 29.00 − 2.90.
        (
            {"unit_price": D("29.00")},
            {"discount_kind": DiscountKind.PERCENT, "discount_value": D("10")},
            D("26.10"),
        ),
        # 10 % for three cycles is a promotion: the price stays 29.00.
        (
            {"unit_price": D("29.00")},
            {
                "discount_kind": DiscountKind.PERCENT,
                "discount_value": D("10"),
                "discount_cycles": 3,
            },
            D("29.00"),
        ),
        (
            {"unit_price": D("29.00")},
            {"discount_kind": DiscountKind.AMOUNT, "discount_value": D("5.00")},
            D("24.00"),
        ),
        ({"unit_price": D("29.00")}, {"unit_price_override": D("20.00")}, D("20.00")),
    ],
)
def test_mrr_brings_each_price_to_a_month(
    make: Factory, plan: dict[str, Any], subscription: dict[str, Any], expected: Decimal
) -> None:
    plan_id = make.plan(**plan).id
    make.subscription(plan_id=plan_id, start_date=STARTED, **subscription)
    assert recurring_revenue(make.session, today=TODAY).mrr == {"EUR": expected}


def test_mrr_counts_paying_subscriptions_only(books: Factory) -> None:
    late_plan = books.plan(name="Mensuel tardif", unit_price=D("10.00")).id
    books.subscription(plan_id=late_plan, start_date=date(2026, 10, 20))  # 10.00, unpaid
    books.session.commit()
    run_billing(books.session, as_of=date(2026, 10, 20))  # due 19 Nov, never paid
    monthly = books.plan(unit_price=D("29.00")).id
    trial = books.plan(name="Essai", unit_price=D("50.00"), trial_count=14).id
    for _ in range(2):
        books.subscription(plan_id=monthly, start_date=STARTED)  # active: 2 × 29.00
    books.subscription(plan_id=trial, start_date=date(2026, 11, 20))  # in trial to 4 Dec
    paused = books.subscription(plan_id=monthly, start_date=STARTED).id
    pause_subscription(books.session, subscription_id=paused, today=TODAY, starts_on=TODAY)
    leaving = books.subscription(plan_id=monthly, start_date=STARTED).id  # still pays: 29.00
    cancelled = books.subscription(plan_id=monthly, start_date=STARTED).id
    paused_leaving = books.subscription(plan_id=monthly, start_date=STARTED).id
    pause_subscription(books.session, subscription_id=paused_leaving, today=TODAY, starts_on=TODAY)
    for subscription, when in (
        (leaving, CancelWhen.PERIOD_END),
        (cancelled, CancelWhen.NOW),
        (paused_leaving, CancelWhen.PERIOD_END),
    ):
        cancel_subscription(
            books.session,
            subscription_id=subscription,
            today=TODAY,
            when=when,
            reason=CancellationReason.OTHER,
        )
    sweep_past_due(books.session, as_of=TODAY, actor="test")
    revenue = recurring_revenue(books.session, today=TODAY)
    # Two active, the one leaving at its period end, the late one: 3 × 29.00 + 10.00.
    assert revenue.mrr == {"EUR": D("97.00")}
    assert (revenue.subscriptions, revenue.past_due) == (4, 1)


def test_overdue_is_what_is_left_to_pay_after_the_due_date(books: Factory) -> None:
    plan = books.plan(unit_price=D("29.00")).id  # 34.80 incl. VAT
    customers = [books.subscription(plan_id=plan, start_date=date(2026, 10, 20)).customer_id]
    customers.append(books.subscription(plan_id=plan, start_date=date(2026, 10, 20)).customer_id)
    books.subscription(plan_id=plan, start_date=date(2026, 10, 30))  # due 29 Nov: not yet
    books.session.commit()
    run_billing(books.session, as_of=date(2026, 10, 20))  # due 19 November
    run_billing(books.session, as_of=date(2026, 10, 30))
    record_payment(books.session, PaymentData(customers[0], TODAY, D("10.00")), today=TODAY)
    late = overdue(books.session, today=TODAY)
    assert late.amount == {"EUR": D("59.60")}  # 34.80 − 10.00 + 34.80
    assert late.invoices == 2
    assert overdue(books.session, today=date(2026, 11, 19)).invoices == 0  # due that day


def test_overdue_of_a_new_business_is_nothing(make: Factory) -> None:
    late = overdue(make.session, today=TODAY)
    assert (late.amount, late.invoices) == ({}, 0)


@pytest.fixture
def coming(books: Factory) -> dict[str, int]:
    """Subscriptions at 29.00 € (50.00 € billed in arrears) whose next invoices fall
    within the next 30 days (26 November to 25 December) or just outside them."""
    monthly = books.plan(unit_price=D("29.00")).id
    arrears = books.plan(name="Terme échu", unit_price=D("50.00"), timing=BillingTiming.ARREARS).id
    ids = {
        "fifth": books.subscription(plan_id=monthly, start_date=date(2026, 10, 5)).id,
        "tomorrow": books.subscription(plan_id=monthly, start_date=date(2026, 11, 26)).id,
        "arrears": books.subscription(plan_id=arrears, start_date=date(2026, 11, 10)).id,
    }
    books.session.commit()
    run_billing(books.session, as_of=TODAY)  # 5 Oct and 5 Nov are issued
    ids["today"] = books.subscription(plan_id=monthly, start_date=TODAY).id
    ids["postponed"] = books.subscription(plan_id=monthly, start_date=date(2026, 11, 20)).id
    postpone_invoice(
        books.session,
        subscription_id=ids["postponed"],
        period_start=date(2026, 11, 20),
        until=date(2026, 12, 15),
        today=TODAY,
    )
    books.session.commit()
    return ids


def test_the_invoices_of_the_next_30_days_by_week(books: Factory, coming: dict[str, int]) -> None:
    forecast = expected_invoices(books.session, today=TODAY)
    assert forecast.last == date(2026, 12, 25)
    assert forecast.weeks == (
        # Thursday to Sunday: the subscription starting tomorrow.
        ExpectedWeek(date(2026, 11, 26), date(2026, 11, 29), 1, {"EUR": D("29.00")}),
        # The one of the 5th, monthly.
        ExpectedWeek(date(2026, 11, 30), date(2026, 12, 6), 1, {"EUR": D("29.00")}),
        # In arrears: the period 10 Nov – 10 Dec is invoiced when it ends.
        ExpectedWeek(date(2026, 12, 7), date(2026, 12, 13), 1, {"EUR": D("50.00")}),
        # The period of 20 Nov postponed to 15 Dec, then the one of 20 Dec.
        ExpectedWeek(date(2026, 12, 14), date(2026, 12, 20), 2, {"EUR": D("58.00")}),
        # The subscription starting today: its first invoice is due now (not counted),
        # its second on 25 December, the last day counted.
        ExpectedWeek(date(2026, 12, 21), date(2026, 12, 25), 1, {"EUR": D("29.00")}),
    )
    assert (forecast.invoices, forecast.net) == (6, {"EUR": D("195.00")})


def test_the_forecast_is_what_daily_billing_runs_issue(
    books: Factory, coming: dict[str, int]
) -> None:
    forecast = expected_invoices(books.session, today=TODAY)
    run_billing(books.session, as_of=TODAY)  # what is due now is not in the forecast
    issued = []
    for offset in range(1, 31):
        day = TODAY + timedelta(days=offset)
        report = run_billing(books.session, as_of=day)
        issued.extend((day, document.id) for document in report.issued)
    assert [week.invoices for week in forecast.weeks] == [
        sum(1 for day, _ in issued if week.first <= day <= week.last) for week in forecast.weeks
    ]
    net = books.session.scalar(
        select(func.sum(Invoice.total_net)).where(Invoice.id.in_([i for _, i in issued]))
    )
    assert forecast.net == {"EUR": net}


def test_nothing_is_expected_before_the_company_is_set_up(make: Factory) -> None:
    forecast = expected_invoices(make.session, today=TODAY)
    assert forecast.invoices == 0
    assert len(forecast.weeks) == 5  # the weeks are there, empty
