"""Each subscription's revenue history, kept as the reports read it.

The stretches of `domain.revenue` follow from a subscription's dates, its changes
of plan, its pauses and its plans' prices. They are stored (`RevenueSegment`) so
that the reports add them up in SQL; every service that changes one of those
inputs calls `refresh_revenue_history` for the subscriptions concerned, in the same
transaction. `revenue_history_problems` derives them all again and says where the
stored ones differ (`cadence check`).

A plan's price is kept with its history (`PlanPrice`): a new price applies to the
next invoices of its subscribers, and from that day to their MRR, without
rewriting the months before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from cadence.domain.discounts import Discount
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.periods import BillingSchedule, DateOutOfRange, Interval
from cadence.domain.revenue import (
    Boundary,
    PricedTerms,
    RevenueState,
    Stretch,
    revenue_stretches,
)
from cadence.services.common import chunks, pauses_of
from cadence.store.models import (
    Plan,
    PlanPrice,
    RevenueSegment,
    Subscription,
    SubscriptionChange,
)

_SUBSCRIPTION_COLUMNS = (
    Subscription.id,
    Subscription.customer_id,
    Subscription.plan_id,
    Subscription.quantity,
    Subscription.unit_price_override,
    Subscription.discount_kind,
    Subscription.discount_value,
    Subscription.discount_cycles,
    Subscription.start_date,
    Subscription.trial_end,
    Subscription.billing_anchor,
    Subscription.status,
    Subscription.ended_on,
    Subscription.cancellation_effective_on,
)


@dataclass(frozen=True)
class _Plan:
    interval: Interval
    currency: str
    schedule_rule: tuple[Any, Any]  # (day rule, fixed day)
    fixed_cycles: int | None
    prices: tuple[tuple[date, Decimal], ...]  # (effective on, unit price), in date order

    def price_on(self, day: date) -> Decimal:
        """The price of `day`: the latest one in effect, else the first one."""
        chosen = self.prices[0][1]
        for effective_on, price in self.prices:
            if effective_on > day:
                break
            chosen = price
        return chosen


def _plans(session: Session) -> dict[int, _Plan]:
    """Every plan with its price history (a business has a handful of plans)."""
    prices: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for plan_id, effective_on, price in session.execute(
        select(PlanPrice.plan_id, PlanPrice.effective_on, PlanPrice.unit_price).order_by(
            PlanPrice.plan_id, PlanPrice.effective_on
        )
    ):
        prices[plan_id].append((effective_on, price))
    plans: dict[int, _Plan] = {}
    for plan in session.execute(
        select(
            Plan.id,
            Plan.unit_price,
            Plan.currency,
            Plan.interval_count,
            Plan.interval_unit,
            Plan.day_rule,
            Plan.fixed_day,
            Plan.fixed_cycles,
            Plan.available_from,
        )
    ):
        plans[plan.id] = _Plan(
            interval=Interval(plan.interval_count, plan.interval_unit),
            currency=plan.currency,
            schedule_rule=(plan.day_rule, plan.fixed_day),
            fixed_cycles=plan.fixed_cycles,
            # A plan without a recorded price (never: created with one) keeps its own.
            prices=tuple(prices.get(plan.id, ())) or ((plan.available_from, plan.unit_price),),
        )
    return plans


def _priced_terms(
    start: date,
    pieces: Sequence[tuple[date, int, int, Decimal | None]],
    plans: dict[int, _Plan],
) -> list[PricedTerms]:
    """The terms from each change of plan, quantity or negotiated price on; where the
    plan's own price applies, from each of its changes of price too."""
    terms: list[PricedTerms] = []
    for position, (starts_on, plan_id, quantity, override) in enumerate(pieces):
        plan = plans[plan_id]
        until = pieces[position + 1][0] if position + 1 < len(pieces) else None
        first_day = max(starts_on, start)
        price = override if override is not None else plan.price_on(first_day)
        terms.append(
            PricedTerms(starts_on, plan_id, quantity, price, plan.interval, Boundary.PLAN_CHANGED)
        )
        if override is None:
            terms.extend(
                PricedTerms(
                    effective_on,
                    plan_id,
                    quantity,
                    new_price,
                    plan.interval,
                    Boundary.PRICE_CHANGED,
                )
                for effective_on, new_price in plan.prices
                if effective_on > first_day and (until is None or effective_on < until)
            )
    return terms


def _term_end(row: Any, plan: _Plan) -> date | None:
    """Where a fixed term ends, as the lifecycle sweep reads it (None: no term, or one
    beyond the calendar)."""
    if plan.fixed_cycles is None:
        return None
    day_rule, fixed_day = plan.schedule_rule
    try:
        return BillingSchedule(row.billing_anchor, plan.interval, day_rule, fixed_day).boundary(
            plan.fixed_cycles
        )
    except DateOutOfRange:
        return None


def _end(row: Any, plan: _Plan) -> tuple[date | None, Boundary]:
    """The subscription's first day without service, if known, and why it ends."""
    if row.ended_on is not None:
        reason = Boundary.ENDED if row.status is SubscriptionStatus.ENDED else Boundary.CANCELLED
        return row.ended_on, reason
    term_end = _term_end(row, plan)
    cancelled = row.cancellation_effective_on
    if cancelled is not None and (term_end is None or cancelled <= term_end):
        return cancelled, Boundary.CANCELLED
    return term_end, Boundary.ENDED


@dataclass(frozen=True)
class _Life:
    customer_id: int
    currency: str
    stretches: list[Stretch]


def _derive(session: Session, ids: Sequence[int], plans: dict[int, _Plan]) -> dict[int, _Life]:
    """The stretches of each subscription in `ids` (at most a chunk of them)."""
    changes: dict[int, list[Any]] = defaultdict(list)
    for change in session.execute(
        select(
            SubscriptionChange.subscription_id,
            SubscriptionChange.effective_on,
            SubscriptionChange.old_plan_id,
            SubscriptionChange.new_plan_id,
            SubscriptionChange.old_quantity,
            SubscriptionChange.new_quantity,
            SubscriptionChange.old_unit_price_override,
            SubscriptionChange.new_unit_price_override,
        )
        .where(SubscriptionChange.subscription_id.in_(ids))
        .order_by(SubscriptionChange.effective_on, SubscriptionChange.id)
    ):
        changes[change.subscription_id].append(change)
    pauses = pauses_of(session, ids)
    lives: dict[int, _Life] = {}
    for row in session.execute(select(*_SUBSCRIPTION_COLUMNS).where(Subscription.id.in_(ids))):
        own = changes.get(row.id, [])
        if own:
            first = own[0]
            pieces = [
                (
                    row.start_date,
                    first.old_plan_id,
                    first.old_quantity,
                    first.old_unit_price_override,
                )
            ]
            pieces.extend(
                (
                    change.effective_on,
                    change.new_plan_id,
                    change.new_quantity,
                    change.new_unit_price_override,
                )
                for change in own
            )
        else:
            pieces = [(row.start_date, row.plan_id, row.quantity, row.unit_price_override)]
        plan = plans[row.plan_id]
        ends_on, end_reason = _end(row, plan)
        discount = (
            Discount(row.discount_kind, row.discount_value, row.discount_cycles)
            if row.discount_kind is not None
            else None
        )
        lives[row.id] = _Life(
            customer_id=row.customer_id,
            currency=plan.currency,
            stretches=revenue_stretches(
                start=row.start_date,
                trial_end=row.trial_end,
                ends_on=ends_on,
                end_reason=end_reason,
                pauses=pauses.get(row.id, []),
                terms=_priced_terms(row.start_date, pieces, plans),
                discount=discount,
                currency=plan.currency,
            ),
        )
    return lives


def _rows(subscription_id: int, life: _Life) -> Iterable[dict[str, Any]]:
    for stretch in life.stretches:
        yield {
            "subscription_id": subscription_id,
            "customer_id": life.customer_id,
            "plan_id": stretch.plan_id,
            "currency": life.currency,
            "state": stretch.state,
            "start_date": stretch.start,
            "end_date": stretch.end,
            "quantity": stretch.quantity,
            "mrr": stretch.mrr,
            "opened_by": stretch.opened_by,
            "closed_by": stretch.closed_by,
        }


def refresh_revenue_history(session: Session, subscription_ids: Iterable[int]) -> None:
    """Derive the revenue history of these subscriptions again from what they are now,
    in the caller's transaction."""
    ids = sorted(set(subscription_ids))
    if not ids:
        return
    session.flush()
    plans = _plans(session)
    for chunk in chunks(ids):
        lives = _derive(session, chunk, plans)
        session.execute(delete(RevenueSegment).where(RevenueSegment.subscription_id.in_(chunk)))
        rows = [row for key, life in lives.items() for row in _rows(key, life)]
        if rows:
            session.execute(insert(RevenueSegment), rows)


def record_plan_price(session: Session, plan: Plan, *, effective_on: date) -> None:
    """Keep `plan`'s price as of `effective_on` (a second change that day replaces the
    first), and bring its subscribers' revenue history in line from that day."""
    session.flush()
    row = session.scalar(
        select(PlanPrice).where(
            PlanPrice.plan_id == plan.id, PlanPrice.effective_on == effective_on
        )
    )
    if row is None:
        session.add(
            PlanPrice(plan_id=plan.id, effective_on=effective_on, unit_price=plan.unit_price)
        )
    else:
        row.unit_price = plan.unit_price
    followed_at_some_time = select(SubscriptionChange.subscription_id).where(
        or_(SubscriptionChange.old_plan_id == plan.id, SubscriptionChange.new_plan_id == plan.id)
    )
    concerned = session.scalars(
        select(Subscription.id).where(
            or_(Subscription.plan_id == plan.id, Subscription.id.in_(followed_at_some_time)),
            or_(Subscription.ended_on.is_(None), Subscription.ended_on > effective_on),
        )
    )
    refresh_revenue_history(session, list(concerned))


def _stored(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[Any, ...]]]:
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in session.execute(
        select(
            RevenueSegment.subscription_id,
            RevenueSegment.customer_id,
            RevenueSegment.plan_id,
            RevenueSegment.currency,
            RevenueSegment.state,
            RevenueSegment.start_date,
            RevenueSegment.end_date,
            RevenueSegment.quantity,
            RevenueSegment.mrr,
            RevenueSegment.opened_by,
            RevenueSegment.closed_by,
        )
        .where(RevenueSegment.subscription_id.in_(ids))
        .order_by(RevenueSegment.subscription_id, RevenueSegment.start_date)
    ):
        found[row.subscription_id].append(tuple(row))
    return found


def revenue_history_problems(session: Session) -> list[int]:
    """The subscriptions whose stored revenue history differs from what their data
    gives now (none, when every change went through the services)."""
    plans = _plans(session)
    wrong: list[int] = []
    every = list(session.scalars(select(Subscription.id).order_by(Subscription.id)))
    for chunk in chunks(every):
        lives = _derive(session, chunk, plans)
        stored = _stored(session, chunk)
        for subscription_id in chunk:
            expected = [
                tuple(row.values()) for row in _rows(subscription_id, lives[subscription_id])
            ]
            if stored.get(subscription_id, []) != expected:
                wrong.append(subscription_id)
    return wrong


# -- what each subscription brings on a day -------------------------------------------------


def covering(day: date) -> ColumnElement[bool]:
    """The revenue segment runs on `day` (to its end)."""
    return and_(
        RevenueSegment.start_date <= day,
        or_(RevenueSegment.end_date.is_(None), RevenueSegment.end_date > day),
    )


@dataclass(frozen=True)
class DayRevenue:
    state: RevenueState
    mrr: Decimal  # 0 unless paying


def revenue_on(
    session: Session, subscription_ids: Sequence[int], day: date
) -> dict[int, DayRevenue]:
    """Each subscription's revenue state on `day` and its MRR then, from the same
    history the reports add up; a subscription not running that day is left out."""
    found: dict[int, DayRevenue] = {}
    for chunk in chunks(sorted(subscription_ids)):
        for subscription_id, state, mrr in session.execute(
            select(RevenueSegment.subscription_id, RevenueSegment.state, RevenueSegment.mrr).where(
                RevenueSegment.subscription_id.in_(chunk), covering(day)
            )
        ):
            paid = mrr if state is RevenueState.PAYING else Decimal("0.00")
            found[subscription_id] = DayRevenue(state, paid)
    return found


def paying_mrr_on(day: date) -> ColumnElement[Decimal]:
    """A subscription's MRR on `day` (0 unless paying), for sorting a query of them."""
    mrr = (
        select(RevenueSegment.mrr)
        .where(
            RevenueSegment.subscription_id == Subscription.id,
            RevenueSegment.state == RevenueState.PAYING,
            covering(day),
        )
        .correlate(Subscription)
        .scalar_subquery()
    )
    return func.coalesce(mrr, 0)
