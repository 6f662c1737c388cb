"""The business report gathers the report services' figures, unchanged, and writes its
PDF safely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from cadence.documents.report_model import Month, ReportDocument
from cadence.domain.errors import ValidationError
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.parties import Language
from cadence.services.billing import run_billing
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.services.reports import forecast, growth, receivables, recurring
from cadence.services.reports.document import business_report, write_business_report
from cadence.services.reports.windows import Scope

from .conftest import Factory  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)
FIRST = date(2026, 6, 1)
MONTH_AGO = TODAY - timedelta(days=30)
PLAN_NAME = 'Box <Thé> & "Co"'
EUROS = Scope("EUR")


@dataclass(frozen=True)
class Business:
    books: Factory
    box_plan_id: int  # the plan named like markup

    @property
    def session(self) -> Session:
        return self.books.session


@pytest.fixture
def business(books: Factory) -> Business:
    """Three customers since the summer, billed to date; one leaves today."""
    monthly = books.plan(name="Caisse mensuelle")
    box = books.plan(name=PLAN_NAME, unit_price=Decimal("49.00"))
    books.subscription(plan_id=monthly.id, start_date=date(2026, 6, 1))
    books.subscription(
        customer_id=books.customer(name="Chloé Martin").id,
        plan_id=box.id,
        start_date=date(2026, 7, 15),
        quantity=2,
    )
    leaving = books.subscription(
        customer_id=books.customer(name="Hugo Bernard").id,
        plan_id=monthly.id,
        start_date=date(2026, 9, 1),
    )
    books.session.commit()
    run_billing(books.session, as_of=TODAY)
    cancel_subscription(
        books.session,
        subscription_id=leaving.id,
        today=TODAY,
        when=CancelWhen.NOW,
        reason=CancellationReason.TOO_EXPENSIVE,
    )
    books.session.commit()
    return Business(books, box.id)


def report(business: Business, scope: Scope = EUROS) -> ReportDocument:
    return business_report(
        business.session, scope, first=FIRST, last=TODAY, today=TODAY, language=Language.FRENCH
    )


def test_the_key_figures_are_the_services_on_the_last_day_and_30_days_before(
    business: Business,
) -> None:
    session, figures = business.session, report(business).figures
    now = recurring.mrr_on(session, EUROS, day=TODAY)
    then = recurring.mrr_on(session, EUROS, day=MONTH_AGO)
    # Two subscriptions of 29 € and 2 × 49 € a month before; one of them has left since.
    assert (then.mrr, now.mrr) == (Decimal("156.00"), Decimal("127.00"))
    assert (figures.mrr.now, figures.mrr.earlier) == (now.mrr, then.mrr)
    assert (figures.arr.now, figures.arr.earlier) == (now.arr, then.arr)
    assert (figures.subscriptions.now, figures.subscriptions.earlier) == (2, 3)
    customers = growth.growth(session, EUROS, first=FIRST, last=TODAY).months[-1].customers
    assert figures.customers.now == customers == 2
    assert figures.customers.earlier == 3
    last_30_days = recurring.churn_over(
        session, EUROS, first=TODAY - timedelta(days=29), last=TODAY
    )
    assert figures.logo_churn.now == last_30_days.logo_churn_rate == Decimal("0.3333")
    assert figures.revenue_churn.now == last_30_days.revenue_churn_rate
    ageing = receivables.ageing(session, currency="EUR", as_of=TODAY)
    assert figures.overdue.now == ageing.overdue.amount
    assert figures.overdue_invoices == ageing.overdue.invoices
    assert figures.overdue_customers == ageing.overdue.customers
    dso = receivables.sales_outstanding(session, ageing)
    assert figures.dso.now == dso.value


def test_the_monthly_tables_are_the_services_month_by_month(business: Business) -> None:
    session, document = business.session, report(business)
    series = recurring.mrr_series(session, EUROS, first=FIRST, last=TODAY)
    movements = recurring.mrr_movements(session, EUROS, first=FIRST, last=TODAY)
    assert len(document.recurring) == len(movements) == 6  # June to 25 November
    assert document.recurring[-1].month == Month(date(2026, 11, 1), TODAY)
    assert [row.mrr for row in document.recurring] == [point.mrr for point in series]
    for row, month in zip(document.movements, movements, strict=True):
        assert row.month == Month(month.window.first, month.window.last)
        assert (row.mrr_at_start, row.mrr_at_end) == (month.mrr_at_start, month.mrr_at_end)
        assert dict(row.amounts) == month.amounts
        assert row.net_new == month.net_new
    assert document.movements[-1].net_new == Decimal("-29.00")  # Hugo left in November
    churn = recurring.churn(session, EUROS, first=FIRST, last=TODAY)
    assert [(row.customers_lost, row.logo_churn_rate) for row in document.churn] == [
        (month.customers_lost, month.logo_churn_rate) for month in churn
    ]
    payments = receivables.payment_behaviour(session, currency="EUR", first=FIRST, last=TODAY)
    assert [row.received for row in document.payments] == [month.received for month in payments]
    ahead = forecast.revenue_forecast(session, EUROS, today=TODAY)
    assert [(row.month.first, row.net, row.gross) for row in document.forecast] == [
        (month.window.first, month.net, month.gross) for month in ahead
    ]
    assert sum(row.invoices for row in document.forecast) > 0


def test_receivables_retention_and_cancellations_are_the_services(business: Business) -> None:
    session, document = business.session, report(business)
    ageing = receivables.ageing(session, currency="EUR", as_of=TODAY)
    assert [(line.bucket, line.amount, line.invoices) for line in document.ageing] == [
        (line.bucket, line.amount, line.invoices) for line in ageing.lines
    ]
    assert sum(line.amount for line in document.ageing) > 0  # billing issued invoices
    retention = recurring.retention(session, EUROS, first=FIRST, last=TODAY)
    assert (document.retention.net, document.retention.gross) == (
        retention.net_retention,
        retention.gross_retention,
    )
    (cancelled,) = document.cancellations
    assert cancelled.plan_name == "Caisse mensuelle"
    assert cancelled.cancelled == 1
    assert [(reason.reason, reason.mrr) for reason in cancelled.reasons] == [
        (CancellationReason.TOO_EXPENSIVE, Decimal("29.00"))
    ]


def test_the_report_names_the_company_period_and_plan_filter(business: Business) -> None:
    document = report(business)
    assert document.company_name == "Atelier Nuage SAS"
    assert (document.first, document.last, document.generated) == (FIRST, TODAY, TODAY)
    assert document.plan_name is None
    filtered = report(business, Scope("EUR", business.box_plan_id))
    assert filtered.plan_name == PLAN_NAME
    assert filtered.figures.mrr.now == Decimal("98.00")  # that plan's subscription alone


@pytest.mark.parametrize(
    ("first", "last", "field"),
    [
        (date(2026, 11, 25), date(2026, 11, 1), "last"),  # out of order
        (date(2026, 11, 1), date(2026, 11, 26), "last"),  # ends after today
        (date(2016, 1, 1), date(2026, 11, 25), "first"),  # more than 120 months
    ],
)
def test_a_bad_period_names_the_field(
    business: Business, first: date, last: date, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        business_report(
            business.session, EUROS, first=first, last=last, today=TODAY, language=Language.FRENCH
        )
    assert field in raised.value.errors


def test_the_report_is_written_whole_and_leaves_no_temporary_file(
    business: Business, tmp_path: Path
) -> None:
    folder = tmp_path / "rapports"
    path = folder / "rapport.pdf"
    write_business_report(
        business.session,
        EUROS,
        first=FIRST,
        last=TODAY,
        today=TODAY,
        language=Language.ENGLISH,
        path=path,
    )
    assert path.read_bytes().startswith(b"%PDF-")
    assert [entry.name for entry in folder.iterdir()] == ["rapport.pdf"]


@pytest.mark.parametrize(
    ("in_the_way", "target"),
    [
        ("file", "blocked/rapport.pdf"),  # a file where the folder should be
        ("folder", "blocked"),  # a folder where the file should be: the rename fails
    ],
)
def test_a_file_that_cannot_be_written_raises_os_error_and_leaves_nothing_else(
    business: Business, tmp_path: Path, in_the_way: str, target: str
) -> None:
    exports = tmp_path / "exports"  # apart from the database's files
    exports.mkdir()
    blocked = exports / "blocked"
    if in_the_way == "file":
        blocked.write_text("not a folder")
    else:
        blocked.mkdir()
        (blocked / "kept.txt").write_text("not a PDF")
    with pytest.raises(OSError, match="blocked"):
        write_business_report(
            business.session,
            EUROS,
            first=FIRST,
            last=TODAY,
            today=TODAY,
            language=Language.FRENCH,
            path=exports / target,
        )
    assert [entry.name for entry in exports.iterdir()] == ["blocked"]
