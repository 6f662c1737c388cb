"""The business report: the figures of every report service gathered into the
frozen values `documents.report_pdf` prints, and the PDF written to a file.

Nothing is computed here that a report service computes: this module only asks
them, on the report's days, and copies their answers into the document's model.
The key figures are read at the end of the period's last day and 30 days
before; churn "over 30 days" is over the 30 days ending then.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from cadence.documents.report_model import (
    AgeingLine,
    CancelledForReason,
    CancelledPlan,
    ChurnMonth,
    Compared,
    ForecastMonth,
    KeyFigures,
    Month,
    MovementMonth,
    PaymentMonth,
    RecurringMonth,
    ReportDocument,
    Retention,
)
from cadence.documents.report_pdf import render_report
from cadence.domain.parties import Language
from cadence.domain.revenue import MovementKind
from cadence.services.catalogue import get_plan
from cadence.services.company import get_company
from cadence.services.pdfs import write_atomically
from cadence.services.reports import forecast, growth, receivables, recurring
from cadence.services.reports.history import standing_on
from cadence.services.reports.windows import Scope, Window, check_period

COMPARED_DAYS = 30  # the key figures' change is over this many days
CHURN_DAYS = 30  # the key figures' churn is over the days ending with the period


def business_report(
    session: Session, scope: Scope, *, first: date, last: date, today: date, language: Language
) -> ReportDocument:
    """The business report of `scope` over `first` to `last` (both included), made on
    `today`, in `language`. A period out of order, too long, or ending after `today`
    raises ValidationError naming the field."""
    check_period(first, last, as_of=today)
    movements = recurring.mrr_movements(session, scope, first=first, last=last)
    owed = receivables.ageing(session, currency=scope.currency, as_of=last)
    company = get_company(session)
    company_name = (company.trade_name or company.legal_name) if company is not None else ""
    plan_name = get_plan(session, scope.plan_id).name if scope.plan_id is not None else None
    return ReportDocument(
        language=language,
        company_name=company_name,
        currency=scope.currency,
        first=first,
        last=last,
        generated=today,
        plan_name=plan_name,
        figures=_key_figures(session, scope, owed),
        retention=_retention(session, scope, first, last),
        recurring=_recurring(session, scope, movements),
        movements=tuple(
            MovementMonth(
                month=_month(month.window),
                mrr_at_start=month.mrr_at_start,
                mrr_at_end=month.mrr_at_end,
                amounts=tuple((kind, month.amounts[kind]) for kind in MovementKind),
            )
            for month in movements
        ),
        churn=tuple(_churn_month(recurring.churn_of(month)) for month in movements),
        ageing=tuple(AgeingLine(line.bucket, line.amount, line.invoices) for line in owed.lines),
        payments=tuple(
            PaymentMonth(
                month=_month(month.window),
                payments=month.payments,
                received=month.received,
                late=month.late,
                late_amount=month.late_amount,
                average_days_late=month.average_days_late,
                failed=month.failed,
                failed_amount=month.failed_amount,
            )
            for month in receivables.payment_behaviour(
                session, currency=scope.currency, first=first, last=last
            )
        ),
        forecast=tuple(
            ForecastMonth(_month(month.window), month.invoices, month.net, month.gross)
            for month in forecast.revenue_forecast(session, scope, today=today)
        ),
        cancellations=tuple(
            CancelledPlan(
                plan_name=plan.plan_name,
                cancelled=plan.cancelled,
                subscriptions=plan.subscriptions,
                rate=plan.rate,
                mrr=plan.mrr,
                reasons=tuple(
                    CancelledForReason(item.reason, item.subscriptions, item.mrr)
                    for item in plan.reasons
                ),
            )
            for plan in growth.cancellations(session, scope, first=first, last=last)
        ),
    )


def write_business_report(
    session: Session,
    scope: Scope,
    *,
    first: date,
    last: date,
    today: date,
    language: Language,
    path: Path,
) -> None:
    """Write the business report's PDF to `path`, all or nothing (a temporary file
    renamed). A file that cannot be written (a read-only folder, a full disk) raises
    OSError, as the statements' export does: the caller says why to the owner."""
    document = business_report(
        session, scope, first=first, last=last, today=today, language=language
    )
    write_atomically(render_report(document), path)


def _month(window: Window) -> Month:
    return Month(window.first, window.last)


def _key_figures(session: Session, scope: Scope, owed: receivables.Ageing) -> KeyFigures:
    """The key figures at the end of the day `owed` was read, and `COMPARED_DAYS` before."""
    day = owed.as_of
    earlier = day - timedelta(days=COMPARED_DAYS)
    mrr = (recurring.mrr_on(session, scope, day=day), recurring.mrr_on(session, scope, day=earlier))
    customers = tuple(standing_on(session, scope, on).customers for on in (day, earlier))
    churn = (
        _churn_over(session, scope, day),
        _churn_over(session, scope, day - timedelta(days=CHURN_DAYS)),
    )
    ageing = (owed, receivables.ageing(session, currency=scope.currency, as_of=earlier))
    dso = tuple(receivables.sales_outstanding(session, read).value for read in ageing)
    return KeyFigures(
        mrr=Compared(mrr[0].mrr, mrr[1].mrr),
        arr=Compared(mrr[0].arr, mrr[1].arr),
        subscriptions=Compared(mrr[0].subscriptions, mrr[1].subscriptions),
        customers=Compared(customers[0], customers[1]),
        logo_churn=Compared(churn[0].logo_churn_rate, churn[1].logo_churn_rate),
        revenue_churn=Compared(churn[0].revenue_churn_rate, churn[1].revenue_churn_rate),
        overdue=Compared(ageing[0].overdue.amount, ageing[1].overdue.amount),
        overdue_invoices=owed.overdue.invoices,
        overdue_customers=owed.overdue.customers,
        dso=Compared(dso[0], dso[1]),
    )


def _churn_over(session: Session, scope: Scope, last: date) -> recurring.ChurnFigures:
    """Churn over the `CHURN_DAYS` days ending with `last`."""
    first = last - timedelta(days=CHURN_DAYS - 1)
    return recurring.churn_over(session, scope, first=first, last=last)


def _retention(session: Session, scope: Scope, first: date, last: date) -> Retention:
    found = recurring.retention(session, scope, first=first, last=last)
    return Retention(
        customers=found.customers,
        customers_kept=found.customers_kept,
        mrr_at_start=found.mrr_at_start,
        mrr_at_end=found.mrr_at_end,
        gross=found.gross_retention,
        net=found.net_retention,
    )


def _recurring(
    session: Session, scope: Scope, movements: tuple[recurring.MonthMovements, ...]
) -> tuple[RecurringMonth, ...]:
    first, last = movements[0].window.first, movements[-1].window.last
    points = recurring.mrr_series(session, scope, first=first, last=last)
    months = growth.growth_of(session, scope, movements).months
    return tuple(
        RecurringMonth(
            month=_month(month.window),
            mrr=point.mrr,
            subscriptions=point.subscriptions,
            customers=month.customers,
            new_subscriptions=month.new_subscriptions,
            ended_subscriptions=month.ended_subscriptions,
        )
        for point, month in zip(points, months, strict=True)
    )


def _churn_month(figures: recurring.ChurnFigures) -> ChurnMonth:
    return ChurnMonth(
        month=_month(figures.window),
        customers_at_start=figures.customers_at_start,
        new_customers=figures.new_customers,
        customers_lost=figures.customers_lost,
        logo_churn_rate=figures.logo_churn_rate,
        mrr_at_start=figures.mrr_at_start,
        churned_mrr=figures.churned_mrr,
        contraction_mrr=figures.contraction_mrr,
        revenue_churn_rate=figures.revenue_churn_rate,
    )
