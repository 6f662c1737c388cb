"""The forecast, worked out by hand, and always what the billing engine's own dry run
gives. Today is 25 November 2026; every plan is monthly at 30.00 + 20 % VAT unless
said, everything due so far was billed.

    Marc      since 10 October: the 10th of every month                12 × 30.00
    Yvonne    yearly at 600.00 since 1 March: 1 March 2027               1 × 600.00
    Tom       a 14-day trial from 20 November at 20.00, then 50 % off for 3 cycles:
              4 December, January, February at 10.00, then 20.00        12 invoices
    Claire    since 15 September, cancelled today at the end of her period:
              it ends on 15 December, already billed                     none
    Paul      since 5 August, paused from 5 January to 5 March: the 5th of every
              month, but not in January and February                    10 × 30.00
    Sophie    since 20 October, moving to the 50.00 plan from her next period,
              on 20 December (the billing run's own dry run plans her)  12 × 50.00
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.discounts import DiscountKind
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import due_occurrences, postpone_invoice, run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.demo import create_demo
from cadence.services.lifecycle import (
    CancelWhen,
    cancel_subscription,
    change_subscription,
    pause_subscription,
)
from cadence.services.reports.forecast import ForecastMonth, revenue_forecast
from cadence.services.reports.windows import Scope
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database, open_database
from cadence.store.models import ChangeMode, Customer, Subscription

from .conftest import COMPANY  # type: ignore[import-not-found]

D = Decimal
TODAY = date(2026, 11, 25)
EUR = Scope("EUR")


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    database = open_database(tmp_path_factory.mktemp("forecast") / "cadence.sqlite3")
    plans: dict[str, int] = {}
    with database.batches() as session:
        save_company(session, COMPANY, today=date(2026, 1, 1))
        item = create_item(session, ItemData("Service"), today=date(2026, 1, 1)).id

        def plan(name: str, price: str, **terms: object) -> None:
            data = PlanData(
                name=name,
                item_id=item,
                unit_price=D(price),
                available_from=date(2026, 1, 1),
                **terms,  # type: ignore[arg-type]
            )
            plans[name] = create_plan(session, data, today=date(2026, 1, 1)).id

        plan("Mensuel", "30.00")
        plan("Mensuel plus", "50.00")
        plan("Annuel", "600.00", interval_unit=IntervalUnit.YEAR)
        plan("Essai", "20.00", trial_count=14, trial_unit=IntervalUnit.DAY)
        subscriptions: dict[str, int] = {}

        def subscribe(name: str, plan_name: str, start: date, **terms: object) -> None:
            customer = create_customer(
                session,
                CustomerData(name=name, address_line1="1 rue", postal_code="69001", city="Lyon"),
                today=TODAY,
            ).id
            data = SubscriptionData(
                customer_id=customer,
                plan_id=plans[plan_name],
                start_date=start,
                **terms,  # type: ignore[arg-type]
            )
            subscriptions[name] = create_subscription(session, data, today=TODAY).id

        subscribe("Marc", "Mensuel", date(2026, 10, 10))
        subscribe("Yvonne", "Annuel", date(2026, 3, 1))
        subscribe(
            "Tom",
            "Essai",
            date(2026, 11, 20),
            discount_kind=DiscountKind.PERCENT,
            discount_value=D(50),
            discount_cycles=3,
        )
        subscribe("Claire", "Mensuel", date(2026, 9, 15))
        subscribe("Paul", "Mensuel", date(2026, 8, 5))
        subscribe("Sophie", "Mensuel", date(2026, 10, 20))
        session.commit()
        run_billing(session, as_of=TODAY)
        cancel_subscription(
            session,
            subscription_id=subscriptions["Claire"],
            today=TODAY,
            when=CancelWhen.PERIOD_END,
            reason=CancellationReason.TOO_EXPENSIVE,
        )
        pause_subscription(
            session,
            subscription_id=subscriptions["Paul"],
            today=TODAY,
            starts_on=date(2027, 1, 5),
            resumes_on=date(2027, 3, 5),
        )
        change_subscription(
            session,
            subscription_id=subscriptions["Sophie"],
            today=TODAY,
            mode=ChangeMode.NEXT_PERIOD,
            plan_id=plans["Mensuel plus"],
        )
        session.commit()
    yield database, plans
    database.close()


@pytest.fixture
def session(books: tuple[Database, dict[str, int]]) -> Iterator[Session]:
    with books[0].reading() as reading:
        yield reading


def test_the_forecast_month_by_month(session: Session) -> None:
    months = revenue_forecast(session, EUR, today=TODAY)
    assert [(m.window.first, m.window.last) for m in months[:2]] == [
        (date(2026, 11, 26), date(2026, 11, 30)),  # nothing falls due in these days
        (date(2026, 12, 1), date(2026, 12, 31)),
    ]
    assert months[-1].window.last == date(2027, 11, 30)
    by_month = [(m.window.first.month, m.invoices, m.net) for m in months]
    assert by_month == [
        (11, 0, D("0.00")),
        (12, 4, D("120.00")),  # Marc 30, Tom 10, Paul 30, Sophie 50
        (1, 3, D("90.00")),  # Paul paused
        (2, 3, D("90.00")),
        (3, 5, D("730.00")),  # Yvonne's 600, Tom at 20 from now on, Paul back
        (4, 4, D("130.00")),
        (5, 4, D("130.00")),
        (6, 4, D("130.00")),
        (7, 4, D("130.00")),
        (8, 4, D("130.00")),
        (9, 4, D("130.00")),
        (10, 4, D("130.00")),
        (11, 4, D("130.00")),
    ]
    assert [m.gross for m in months[1:3]] == [D("144.00"), D("108.00")]


def test_a_plan_filter_counts_the_invoices_billed_under_it(
    session: Session, books: tuple[Database, dict[str, int]]
) -> None:
    plans = books[1]
    plus = revenue_forecast(session, Scope("EUR", plans["Mensuel plus"]), today=TODAY)
    # Sophie's invoices from 20 December are under her new plan.
    assert [(m.invoices, m.net) for m in plus[1:4]] == [(1, D("50.00"))] * 3
    monthly = revenue_forecast(session, Scope("EUR", plans["Mensuel"]), today=TODAY)
    assert [(m.invoices, m.net) for m in monthly[1:4]] == [
        (2, D("60.00")),  # Marc, Paul
        (1, D("30.00")),
        (1, D("30.00")),
    ]


def test_the_forecast_is_the_billing_engines_own_dry_run(session: Session) -> None:
    """Planned by groups, by pauses or by the run itself: the same invoices as a billing
    run on the horizon would issue, after today."""
    months = revenue_forecast(session, EUR, today=TODAY)
    assert [(D(m.invoices), m.net, m.gross) for m in months] == _engine_months(session, months)


def test_a_business_without_its_details_forecasts_nothing(tmp_path: Path) -> None:
    database = open_database(tmp_path / "empty.sqlite3")
    with database.reading() as session:
        months = revenue_forecast(session, EUR, today=TODAY)
    database.close()
    assert len(months) == 13
    assert all(m.invoices == 0 for m in months)


def test_a_postponed_invoice_is_forecast_on_the_day_it_was_postponed_to(
    books: tuple[Database, dict[str, int]],
) -> None:
    database = books[0]
    with database.batches() as session:
        marc = session.scalar(select(Subscription.id).join(Customer).where(Customer.name == "Marc"))
        assert marc is not None
        postpone_invoice(
            session,
            subscription_id=marc,
            period_start=date(2026, 12, 10),
            until=date(2027, 1, 15),
            today=TODAY,
        )
        session.flush()
        months = revenue_forecast(session, EUR, today=TODAY)
        session.rollback()
    # Marc's December invoice comes in January, beside his January one.
    assert [(m.invoices, m.net) for m in months[1:3]] == [(3, D("90.00")), (4, D("120.00"))]


def test_on_a_whole_demo_business_the_forecast_is_the_runs_dry_run(tmp_path: Path) -> None:
    """Weekly plans billed in arrears, quarterly ones on a fixed day, fixed terms,
    trials, discounts for some cycles, pauses, scheduled cancellations: planned by
    groups, every month as the billing run would issue it."""
    database = open_database(tmp_path / "demo.sqlite3")
    with database.transaction() as session:
        create_demo(session, customers=150, seed=11, today=TODAY)
    with database.reading() as session:
        months = revenue_forecast(session, EUR, today=TODAY)
        engine = _engine_months(session, months)
    database.close()
    assert sum(month.invoices for month in months) > 1000
    assert [(D(m.invoices), m.net, m.gross) for m in months] == engine


def _engine_months(
    session: Session, months: tuple[ForecastMonth, ...]
) -> list[tuple[Decimal, Decimal, Decimal]]:
    """The months' invoices as a billing run on the last day would issue them, after
    today (what `revenue_forecast` must give)."""
    found: dict[int, list[Decimal]] = defaultdict(lambda: [D(0), D(0), D(0)])
    for item in due_occurrences(session, as_of=months[-1].window.last):
        if item.due_on > TODAY:
            for position, month in enumerate(months):
                if month.window.first <= item.due_on <= month.window.last:
                    found[position][0] += 1
                    found[position][1] += item.net
                    found[position][2] += item.gross
    return [
        (found[position][0], found[position][1], found[position][2])
        for position in range(len(months))
    ]
