"""Receivables ageing, payments and days sales outstanding on invoices whose every
figure is worked out by hand.

A yearly plan at 100.00 + 20 % VAT: each customer gets one invoice of 120.00, due
30 days after it is issued.

    Invoice   issued       due          on 30 June 2026
    Inès      15 June      15 July      not due
    Henri     31 May       30 June      not due (due that very day)
    Gaëlle    30 May       29 June      1 day late        → 1–30
    Fabien    30 April     30 May       31 days late      → 31–60
    Émilie    2 March      1 April      90 days late      → 61–90
    Denis     1 March      31 March     91 days late      → over 90, less 20.00 paid on 10 May

Inès pays on 2 July (on time), Gaëlle on 10 July (11 days late).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cadence.domain.parties import PaymentMethod
from cadence.domain.periods import IntervalUnit
from cadence.domain.revenue import AgeingBucket
from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.payments import PaymentData, record_payment
from cadence.services.reports.receivables import (
    ageing,
    ageing_customers,
    payment_behaviour,
    sales_outstanding,
)
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database, open_database

from .conftest import COMPANY  # type: ignore[import-not-found]

D = Decimal
ISSUED = {
    "Inès": date(2026, 6, 15),
    "Henri": date(2026, 5, 31),
    "Gaëlle": date(2026, 5, 30),
    "Fabien": date(2026, 4, 30),
    "Émilie": date(2026, 3, 2),
    "Denis": date(2026, 3, 1),
}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    database = open_database(tmp_path_factory.mktemp("receivables") / "cadence.sqlite3")
    customers: dict[str, int] = {}
    with database.batches() as session:
        save_company(session, COMPANY, today=date(2026, 1, 1))
        item = create_item(session, ItemData("Maintenance"), today=date(2026, 1, 1)).id
        plan = create_plan(
            session,
            PlanData(
                name="Maintenance annuelle",
                item_id=item,
                unit_price=D("100.00"),
                available_from=date(2026, 1, 1),
                interval_unit=IntervalUnit.YEAR,
            ),
            today=date(2026, 1, 1),
        ).id
        session.commit()
        for name, day in sorted(ISSUED.items(), key=lambda item: item[1]):
            customers[name] = create_customer(
                session,
                CustomerData(name=name, address_line1="1 rue", postal_code="69001", city="Lyon"),
                today=day,
            ).id
            create_subscription(
                session,
                SubscriptionData(customer_id=customers[name], plan_id=plan, start_date=day),
                today=day,
            )
            session.commit()
            run_billing(session, as_of=day)

        def pay(name: str, amount: str, received: date) -> None:
            record_payment(
                session,
                PaymentData(
                    customer_id=customers[name],
                    received_on=received,
                    amount=D(amount),
                    method=PaymentMethod.BANK_TRANSFER,
                ),
                today=received,
            )

        pay("Denis", "20.00", date(2026, 5, 10))
        pay("Inès", "120.00", date(2026, 7, 2))
        pay("Gaëlle", "120.00", date(2026, 7, 10))
        session.commit()
    yield database, customers
    database.close()


@pytest.fixture
def session(books: tuple[Database, dict[str, int]]) -> Iterator[Session]:
    with books[0].reading() as reading:
        yield reading


def amounts(session: Session, as_of: date) -> dict[AgeingBucket, tuple[Decimal, int]]:
    found = ageing(session, currency="EUR", as_of=as_of)
    return {line.bucket: (line.amount, line.invoices) for line in found.lines}


def test_ageing_on_the_30th_of_june_buckets_each_invoice_at_its_boundary(session: Session) -> None:
    assert amounts(session, date(2026, 6, 30)) == {
        AgeingBucket.NOT_DUE: (D("240.00"), 2),  # Inès; Henri, due that day
        AgeingBucket.DAYS_1_30: (D("120.00"), 1),  # Gaëlle, 1 day late
        AgeingBucket.DAYS_31_60: (D("120.00"), 1),  # Fabien, 31 days
        AgeingBucket.DAYS_61_90: (D("120.00"), 1),  # Émilie, 90 days
        AgeingBucket.OVER_90: (D("100.00"), 1),  # Denis, 91 days, 20.00 paid
    }
    found = ageing(session, currency="EUR", as_of=date(2026, 6, 30))
    assert found.total == D("700.00")
    assert (found.overdue.amount, found.overdue.invoices, found.overdue.customers) == (
        D("460.00"),
        4,
        4,
    )


def test_ageing_a_few_days_later_counts_what_was_paid_meanwhile(session: Session) -> None:
    # 5 July: Inès has paid (2 July), Gaëlle not yet (10 July).
    assert amounts(session, date(2026, 7, 5)) == {
        AgeingBucket.NOT_DUE: (D("0.00"), 0),
        AgeingBucket.DAYS_1_30: (D("240.00"), 2),  # Henri 5 days, Gaëlle 6
        AgeingBucket.DAYS_31_60: (D("120.00"), 1),  # Fabien, 36
        AgeingBucket.DAYS_61_90: (D("0.00"), 0),
        AgeingBucket.OVER_90: (D("220.00"), 2),  # Émilie 95, Denis 96 (100.00 left)
    }


def test_before_an_invoice_was_issued_nothing_was_owed_on_it(session: Session) -> None:
    found = ageing(session, currency="EUR", as_of=date(2026, 3, 1))
    assert (found.total, found.overdue.amount) == (D("120.00"), D("0.00"))  # Denis's alone


def test_the_customers_behind_a_bucket(
    session: Session, books: tuple[Database, dict[str, int]]
) -> None:
    customers = books[1]
    owing = ageing_customers(
        session, currency="EUR", as_of=date(2026, 7, 5), buckets=[AgeingBucket.OVER_90]
    )
    assert [(c.customer_id, c.amount, c.invoices) for c in owing] == [
        (customers["Émilie"], D("120.00"), 1),
        (customers["Denis"], D("100.00"), 1),
    ]
    # A bucket asked for twice is counted once.
    twice = ageing_customers(
        session,
        currency="EUR",
        as_of=date(2026, 7, 5),
        buckets=[AgeingBucket.OVER_90, AgeingBucket.OVER_90],
    )
    assert twice == owing


def test_payments_month_by_month(session: Session) -> None:
    months = payment_behaviour(
        session, currency="EUR", first=date(2026, 5, 1), last=date(2026, 7, 31)
    )
    assert [
        (m.payments, m.received, m.late, m.late_amount, m.average_days_late) for m in months
    ] == [
        (1, D("20.00"), 1, D("20.00"), D("40.0")),  # Denis, 40 days after 31 March
        (0, D("0.00"), 0, D("0.00"), None),
        (2, D("240.00"), 1, D("120.00"), D("11.0")),  # Inès on time, Gaëlle 11 days late
    ]
    assert all(m.failed == 0 for m in months)


def test_days_sales_outstanding(session: Session) -> None:
    found = sales_outstanding(session, ageing(session, currency="EUR", as_of=date(2026, 6, 30)))
    # 700.00 owed; invoiced over the 90 days to 30 June: Fabien, Gaëlle, Henri, Inès.
    assert (found.receivables, found.sales, found.days) == (D("700.00"), D("480.00"), 90)
    assert found.value == D("131.3")  # 700 ÷ 480 × 90 = 131.25
