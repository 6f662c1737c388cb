"""What the Reports tab asks the services for, in three reads: the headline figures of
the cards, the figures of the chosen period, and the forecast. Each runs as one
operation off the GUI thread and comes back as a frozen bundle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from cadence.services.reports.forecast import ForecastMonth, revenue_forecast
from cadence.services.reports.growth import Growth, PlanCancellations, cancellations, growth_of
from cadence.services.reports.receivables import (
    Ageing,
    PaymentMonth,
    SalesOutstanding,
    ageing,
    payment_behaviour,
    sales_outstanding,
)
from cadence.services.reports.recurring import (
    ChurnFigures,
    MonthMovements,
    MrrPoint,
    Retention,
    churn_of,
    churn_over,
    mrr_movements,
    mrr_on,
    mrr_series,
    retention,
)
from cadence.services.reports.windows import Scope, check_period, check_scope

COMPARED_DAYS = 30  # the cards compare with the figures this many days earlier


@dataclass(frozen=True)
class Request:
    """What the owner asked to see: a period, a currency, all plans or one."""

    first: date
    last: date
    currency: str
    plan_id: int | None = None


@dataclass(frozen=True)
class Headline:
    """The cards: today's figures, and those of 30 days earlier to compare with."""

    today: date
    mrr: MrrPoint
    mrr_before: MrrPoint
    churn: ChurnFigures  # over the last 30 days
    churn_before: ChurnFigures  # over the 30 days before those
    ageing: Ageing  # all plans: invoices are not filtered by plan
    ageing_before: Ageing


def read_headline(session: Session, request: Request, today: date) -> Headline:
    scope = check_scope(session, request.currency, request.plan_id)
    before = today - timedelta(days=COMPARED_DAYS)
    earlier = before - timedelta(days=COMPARED_DAYS)
    one_day = timedelta(days=1)
    return Headline(
        today=today,
        mrr=mrr_on(session, scope, day=today),
        mrr_before=mrr_on(session, scope, day=before),
        churn=churn_over(session, scope, first=before + one_day, last=today),
        churn_before=churn_over(session, scope, first=earlier + one_day, last=before),
        ageing=ageing(session, currency=scope.currency, as_of=today),
        ageing_before=ageing(session, currency=scope.currency, as_of=before),
    )


@dataclass(frozen=True)
class PeriodFigures:
    """Everything the sections chart and list for the chosen period."""

    request: Request
    scope: Scope
    series: tuple[MrrPoint, ...]
    movements: tuple[MonthMovements, ...]
    churn: tuple[ChurnFigures, ...]
    retention: Retention
    growth: Growth
    cancellations: tuple[PlanCancellations, ...]
    ageing: Ageing  # at the end of the period
    payments: tuple[PaymentMonth, ...]
    sales_outstanding: SalesOutstanding  # at the end of the period


def read_period(session: Session, request: Request, today: date) -> PeriodFigures:
    scope = check_scope(session, request.currency, request.plan_id)
    check_period(request.first, request.last, as_of=today)
    first, last = request.first, request.last
    movements = mrr_movements(session, scope, first=first, last=last)
    owed = ageing(session, currency=scope.currency, as_of=last)
    return PeriodFigures(
        request=request,
        scope=scope,
        series=mrr_series(session, scope, first=first, last=last),
        movements=movements,
        churn=tuple(churn_of(month) for month in movements),
        retention=retention(session, scope, first=first, last=last),
        growth=growth_of(session, scope, movements),
        cancellations=cancellations(session, scope, first=first, last=last),
        ageing=owed,
        payments=payment_behaviour(session, currency=scope.currency, first=first, last=last),
        sales_outstanding=sales_outstanding(session, owed),
    )


@dataclass(frozen=True)
class Forecast:
    request: Request
    months: tuple[ForecastMonth, ...]


def read_forecast(session: Session, request: Request, today: date) -> Forecast:
    scope = check_scope(session, request.currency, request.plan_id)
    return Forecast(request, revenue_forecast(session, scope, today=today))
