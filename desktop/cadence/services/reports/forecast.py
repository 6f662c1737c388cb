"""The forecast: the invoices the billing engine will issue over the coming months, and
what they will bring, by the engine's own rules in a dry run.

Every date comes from the billing timeline (`domain.billing.BillingTimeline`) and
every amount from the invoice line billing would write (`services.pricing.period_line`),
so trials converting, fixed terms ending, scheduled cancellations, pauses, discounts
running out and scheduled changes are what billing will make of them. Most
subscriptions are alike to the engine (the same plan, price, quantity, discount and
dates): those are planned once for all of them. A subscription with a pause is
planned with its pauses; one with something waiting for billing (a change of plan,
a prorated charge, a postponed or skipped period) goes through the billing run's
own dry run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import CompoundSelect, Select, case, func, select, union
from sqlalchemy.orm import Session

from cadence.domain.billing import BillingTimeline, Occurrence, Pause
from cadence.domain.catalogue import ItemKind
from cadence.domain.discounts import Discount
from cadence.domain.invoicing import document_totals
from cadence.domain.lifecycle import LIVE_STATUSES
from cadence.domain.parties import Language
from cadence.domain.periods import BillingSchedule, Interval
from cadence.domain.revenue import last_of_month
from cadence.domain.tax import VatRegime
from cadence.services.billing import due_occurrences
from cadence.services.common import chunks, pauses_of
from cadence.services.company import get_company
from cadence.services.pricing import PriceTerms, period_line
from cadence.services.reports.windows import Scope, Window, monthly_windows
from cadence.store.models import (
    BillingDecision,
    CatalogueItem,
    Invoice,
    OccurrenceDecision,
    PendingCharge,
    Plan,
    Subscription,
    SubscriptionChange,
    SubscriptionPause,
)

FORECAST_MONTHS = 12


@dataclass(frozen=True)
class ForecastMonth:
    """What billing will issue within a window: invoices, and their totals."""

    window: Window
    invoices: int
    net: Decimal  # excl. VAT
    gross: Decimal  # VAT included


def forecast_windows(today: date, months: int = FORECAST_MONTHS) -> tuple[Window, ...]:
    """From tomorrow to the end of the `months`-th month after this one: the rest of
    this month, then whole months."""
    return monthly_windows(
        today + timedelta(days=1), last_of_month(today + relativedelta(months=months))
    )


class _Totals:
    def __init__(self, windows: Sequence[Window]) -> None:
        self.windows = windows
        self.invoices = [0] * len(windows)
        self.net = [Decimal("0.00")] * len(windows)
        self.gross = [Decimal("0.00")] * len(windows)

    def add(self, day: date, count: int, net: Decimal, gross: Decimal) -> None:
        for position, window in enumerate(self.windows):
            if window.first <= day <= window.last:
                self.invoices[position] += count
                self.net[position] += net * count
                self.gross[position] += gross * count
                return

    def months(self) -> tuple[ForecastMonth, ...]:
        return tuple(
            ForecastMonth(window, invoices, net, gross)
            for window, invoices, net, gross in zip(
                self.windows, self.invoices, self.net, self.gross, strict=True
            )
        )


def revenue_forecast(
    session: Session, scope: Scope, *, today: date, months: int = FORECAST_MONTHS
) -> tuple[ForecastMonth, ...]:
    """Month by month, the invoices billing will issue after today (each in the month
    it falls due, or was postponed to), in the scope's currency and, with a plan, those
    billed under that plan."""
    windows = forecast_windows(today, months)
    totals = _Totals(windows)
    company = get_company(session)
    if company is None:  # without the seller's details, nothing can be issued
        return totals.months()
    last = windows[-1].last
    pricer = _Pricer(_plans(session), company.vat_regime)
    waiting = _waiting_for_billing()
    paused = select(SubscriptionPause.subscription_id)
    for group in _alike(session, scope, last, waiting, paused):
        _plan_group(group, (), pricer, today, last, totals)
    with_pauses = session.scalars(
        paused.where(SubscriptionPause.subscription_id.not_in(waiting)).distinct()
    ).all()
    for ids in chunks(sorted(with_pauses)):
        pauses = pauses_of(session, ids)
        for group in _rows(session, scope, last, ids):
            _plan_group(group, tuple(pauses.get(group.example, ())), pricer, today, last, totals)
    _engine_dry_run(session, scope, sorted(set(session.scalars(waiting))), today, last, totals)
    return totals.months()


# -- subscriptions the engine sees alike ------------------------------------------------


@dataclass(frozen=True)
class _PlanFacts:
    name: str
    item_id: int
    item_kind: ItemKind
    unit_price: Decimal
    vat_rate: Decimal
    currency: str
    interval: Interval
    day_rule: Any
    fixed_day: int | None
    timing: Any
    fixed_cycles: int | None


def _plans(session: Session) -> dict[int, _PlanFacts]:
    return {
        row.id: _PlanFacts(
            row.name,
            row.item_id,
            row.kind,
            row.unit_price,
            row.vat_rate,
            row.currency,
            Interval(row.interval_count, row.interval_unit),
            row.day_rule,
            row.fixed_day,
            row.timing,
            row.fixed_cycles,
        )
        for row in session.execute(
            select(
                Plan.id,
                Plan.name,
                Plan.item_id,
                CatalogueItem.kind,
                Plan.unit_price,
                Plan.vat_rate,
                Plan.currency,
                Plan.interval_count,
                Plan.interval_unit,
                Plan.day_rule,
                Plan.fixed_day,
                Plan.timing,
                Plan.fixed_cycles,
            ).join(CatalogueItem, CatalogueItem.id == Plan.item_id)
        )
    }


def _waiting_for_billing() -> CompoundSelect[int]:
    """Subscriptions with something the billing run handles beyond their timeline: a
    change of plan, a prorated charge, a postponed or skipped period."""
    return union(
        select(SubscriptionChange.subscription_id).where(SubscriptionChange.applied_on.is_(None)),
        select(PendingCharge.subscription_id).where(PendingCharge.invoice_id.is_(None)),
        select(BillingDecision.subscription_id),
    )


@dataclass(frozen=True)
class _Group:
    """Subscriptions billing treats alike: `count` of them, one of them `example`."""

    example: int
    count: int
    plan_id: int
    quantity: int
    unit_price_override: Decimal | None
    discount: Discount | None
    cycles_before: int  # invoices already issued, as far as a discount for N cycles cares
    billing_anchor: date
    cycle_start: date
    billing_from: date
    next_billing_date: date
    ends_on: date | None


def _group_columns(scope: Scope, last: date) -> tuple[list[Any], list[Any]]:
    """The columns that make two subscriptions alike to billing, and the conditions of
    those the forecast looks at."""
    limited = Subscription.discount_cycles.is_not(None)
    # The periods invoiced, as billing counts them for a discount for N cycles. Only
    # invoices bill a period (credit notes carry none): the count reads the index alone.
    issued = (
        select(func.count())
        .where(Invoice.subscription_id == Subscription.id, Invoice.period_start.is_not(None))
        .correlate(Subscription)
        .scalar_subquery()
    )
    # Past its last discounted cycle, a subscription counts as any other whose discount ran out.
    cycles_before = case(
        (
            limited,
            case(
                (issued < Subscription.discount_cycles, issued), else_=Subscription.discount_cycles
            ),
        ),
        else_=0,
    )
    columns = [
        Subscription.plan_id,
        Subscription.quantity,
        Subscription.unit_price_override,
        Subscription.discount_kind,
        Subscription.discount_value,
        Subscription.discount_cycles,
        cycles_before,
        Subscription.billing_anchor,
        Subscription.cycle_start,
        Subscription.billing_from,
        Subscription.next_billing_date,
        func.coalesce(Subscription.ended_on, Subscription.cancellation_effective_on),
    ]
    conditions = [
        Subscription.status.in_(LIVE_STATUSES),
        Subscription.next_billing_date <= last,
        Plan.currency == scope.currency,
    ]
    if scope.plan_id is not None:
        conditions.append(Subscription.plan_id == scope.plan_id)
    return columns, conditions


def _group(example: int, count: int, values: Sequence[Any]) -> _Group:
    (
        plan_id,
        quantity,
        override,
        kind,
        value,
        cycles,
        before,
        anchor,
        cycle_start,
        billing_from,
        next_billing,
        ends_on,
    ) = values
    discount = Discount(kind, value, cycles) if kind is not None else None
    return _Group(
        example,
        count,
        plan_id,
        quantity,
        override,
        discount,
        int(before),
        anchor,
        cycle_start,
        billing_from,
        next_billing,
        ends_on,
    )


def _alike(
    session: Session,
    scope: Scope,
    last: date,
    waiting: CompoundSelect[int],
    paused: Select[int],
) -> Iterable[_Group]:
    """The subscriptions without pauses or anything waiting, grouped by what billing
    reads of them, by the database."""
    columns, conditions = _group_columns(scope, last)
    query = (
        select(func.min(Subscription.id), func.count(), *columns)
        .join(Plan, Plan.id == Subscription.plan_id)
        .where(*conditions, Subscription.id.not_in(waiting), Subscription.id.not_in(paused))
        .group_by(*columns)
    )
    for row in session.execute(query):
        yield _group(row[0], row[1], row[2:])


def _rows(session: Session, scope: Scope, last: date, ids: Sequence[int]) -> Iterable[_Group]:
    """The subscriptions in `ids` one by one, as groups of one."""
    columns, conditions = _group_columns(scope, last)
    for row in session.execute(
        select(Subscription.id, *columns)
        .join(Plan, Plan.id == Subscription.plan_id)
        .where(*conditions, Subscription.id.in_(ids))
    ):
        yield _group(row[0], 1, row[1:])


def _plan_group(
    group: _Group,
    pauses: tuple[Pause, ...],
    pricer: _Pricer,
    today: date,
    last: date,
    totals: _Totals,
) -> None:
    """Plan one group's periods to `last` as billing would, counting those after today.

    Billing issues a subscription's periods in order: those falling due before its
    next billing date are issued, the others not yet (nothing waits to be decided)."""
    cycles = group.cycles_before
    for occurrence in pricer.periods(group, pauses, last):
        if occurrence.due_on > today:
            net, gross = pricer.price(group, occurrence, cycles)
            totals.add(occurrence.due_on, group.count, net, gross)
        cycles += 1


class _Pricer:
    """The net and gross of the invoice billing one period, as `period_line` writes it;
    remembered, since a period's price depends on few things and most are alike."""

    def __init__(self, plans: dict[int, _PlanFacts], regime: VatRegime) -> None:
        self.plans = plans
        self.regime = regime
        self.known: dict[tuple[Any, ...], tuple[Decimal, Decimal]] = {}
        # Subscriptions of different prices often share their dates: many start on
        # the same day on the same plan. Their periods are worked out once.
        self.schedules: dict[tuple[Any, ...], list[Occurrence]] = {}

    def periods(self, group: _Group, pauses: tuple[Pause, ...], last: date) -> list[Occurrence]:
        """The group's periods not issued yet that fall due by `last`, from the billing
        timeline."""
        plan = self.plans[group.plan_id]
        key = (
            plan.interval,
            plan.day_rule,
            plan.fixed_day,
            plan.timing,
            plan.fixed_cycles,
            group.billing_anchor,
            group.cycle_start,
            group.billing_from,
            group.next_billing_date,
            group.ends_on,
            pauses,
        )
        found = self.schedules.get(key)
        if found is None:
            timeline = BillingTimeline(
                service_start=group.cycle_start,
                schedule=BillingSchedule(
                    group.billing_anchor, plan.interval, plan.day_rule, plan.fixed_day
                ),
                timing=plan.timing,
                billing_from=group.billing_from,
                fixed_cycles=plan.fixed_cycles,
                ends_on=group.ends_on,
                pauses=pauses,
            )
            from_date = group.next_billing_date - timedelta(days=1)
            found = self.schedules[key] = [
                occurrence
                for occurrence in timeline.occurrences(due_until=last, from_date=from_date)
                if occurrence.due_on >= group.next_billing_date  # before it: issued
            ]
        return found

    def price(self, group: _Group, occurrence: Occurrence, cycles: int) -> tuple[Decimal, Decimal]:
        service = occurrence.service
        discount = group.discount
        if discount is not None and not discount.applies_to_cycle(cycles):
            discount = None
        # A whole period costs the same whatever its dates; a part of one, by its days.
        days = (service.period.days, service.cycle.days) if service.prorated else None
        key = (group.plan_id, group.quantity, group.unit_price_override, discount, days)
        found = self.known.get(key)
        if found is None:
            plan = self.plans[group.plan_id]
            terms = PriceTerms(
                plan_name=plan.name,
                item_id=plan.item_id,
                item_kind=plan.item_kind,
                unit_price=plan.unit_price
                if group.unit_price_override is None
                else group.unit_price_override,
                quantity=group.quantity,
                vat_rate=plan.vat_rate,
                currency=plan.currency,
                discount=discount,
            )
            # The discount was decided above: the line is priced as cycle 0 of it.
            line = period_line(terms, service, 0, Language.FRENCH, self.regime)
            totals = document_totals([line], plan.currency)
            found = self.known[key] = (totals.net, totals.gross)
        return found


# -- subscriptions the billing run plans itself ------------------------------------------


def _engine_dry_run(
    session: Session, scope: Scope, ids: Sequence[int], today: date, last: date, totals: _Totals
) -> None:
    if not ids:
        return
    postponed = _postponed_until(session, ids)
    for item in due_occurrences(session, as_of=last, subscription_ids=ids):
        if item.currency != scope.currency or (
            scope.plan_id is not None and item.plan_id != scope.plan_id
        ):
            continue
        day = (
            postponed.get((item.subscription_id, item.period_start), item.due_on)
            if item.postponed
            else item.due_on
        )
        if day > today:
            totals.add(day, 1, item.net, item.gross)


def _postponed_until(session: Session, ids: Sequence[int]) -> dict[tuple[int, date], date]:
    """The day each postponed period of these subscriptions was postponed to."""
    found: dict[tuple[int, date], date] = {}
    for chunk in chunks(ids):
        for subscription_id, period_start, until in session.execute(
            select(
                BillingDecision.subscription_id,
                BillingDecision.period_start,
                BillingDecision.postponed_until,
            ).where(
                BillingDecision.subscription_id.in_(chunk),
                BillingDecision.decision == OccurrenceDecision.POSTPONED,
            )
        ):
            if until is not None:
                found[(subscription_id, period_start)] = until
    return found
