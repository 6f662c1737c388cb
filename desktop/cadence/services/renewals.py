"""What renews or ends soon: the dates the alerts and the customers' notices are built on.

French consumer law (Code de la consommation, L215-1) asks that a consumer be told of
a tacit renewal in time to refuse it; the reminders read these dates.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.catalogue import PlanTerms
from cadence.domain.lifecycle import LIVE_STATUSES, renewal_date
from cadence.domain.periods import BillingSchedule, DateOutOfRange
from cadence.services.catalogue import plan_terms
from cadence.services.common import chunks
from cadence.services.timeline import load_subscriptions
from cadence.store.models import Subscription


class RenewalKind(StrEnum):
    RENEWAL = "renewal"  # renews for another period or commitment term
    TERM_END = "term_end"  # a fixed number of cycles ends


@dataclass(frozen=True)
class UpcomingRenewal:
    subscription_id: int
    customer_id: int
    customer_name: str
    plan_id: int
    plan_name: str
    on: date
    kind: RenewalKind
    committed: bool  # the renewal starts a new commitment term


@dataclass(frozen=True)
class NextRenewal:
    on: date
    kind: RenewalKind
    committed: bool  # the renewal starts a new commitment term


def next_renewal(
    subscription: Subscription, terms: PlanTerms, *, today: date
) -> NextRenewal | None:
    """When `subscription`, under its plan's `terms`, next renews from `today` on, or
    when its fixed term ends; None when it is over, or a scheduled cancellation ends it
    first."""
    if subscription.ended_on is not None:
        return None
    schedule = BillingSchedule(
        subscription.billing_anchor, terms.interval, terms.day_rule, terms.fixed_day
    )
    try:
        if terms.fixed_cycles is not None:
            on, kind = schedule.boundary(terms.fixed_cycles), RenewalKind.TERM_END
        else:
            on = renewal_date(
                schedule=schedule,
                commitment=terms.commitment,
                service_start=subscription.trial_end or subscription.start_date,
                # The current cycle's own start is not a renewal, nor is the first
                # start of a subscription that has not begun yet.
                on_or_after=max(today, subscription.cycle_start + timedelta(days=1)),
            )
            kind = RenewalKind.RENEWAL
    except DateOutOfRange:
        return None  # beyond the calendar's end: it never comes
    cancelled_by = subscription.cancellation_effective_on
    if cancelled_by is not None and cancelled_by <= on:
        return None
    committed = terms.commitment is not None and kind is RenewalKind.RENEWAL
    return NextRenewal(on, kind, committed)


def upcoming_renewals(
    session: Session, *, today: date, within_days: int, plan_ids: Collection[int] | None = None
) -> list[UpcomingRenewal]:
    """Running subscriptions (of `plan_ids` only, when given) that renew or reach the
    end of a fixed term between today and `within_days` days from now, soonest first.
    A subscription whose cancellation takes effect before then does not renew."""
    horizon = today + timedelta(days=within_days)
    live = select(Subscription.id).where(
        Subscription.status.in_(LIVE_STATUSES), Subscription.ended_on.is_(None)
    )
    if plan_ids is not None:
        live = live.where(Subscription.plan_id.in_(plan_ids))
    ids = list(session.scalars(live))
    found: list[UpcomingRenewal] = []
    for chunk in chunks(ids):
        for subscription in load_subscriptions(session, chunk):
            renewal = next_renewal(subscription, plan_terms(subscription.plan), today=today)
            if renewal is None or not today <= renewal.on <= horizon:
                continue
            found.append(
                UpcomingRenewal(
                    subscription_id=subscription.id,
                    customer_id=subscription.customer_id,
                    customer_name=subscription.customer.name,
                    plan_id=subscription.plan_id,
                    plan_name=subscription.plan.name,
                    on=renewal.on,
                    kind=renewal.kind,
                    committed=renewal.committed,
                )
            )
    return sorted(found, key=lambda renewal: (renewal.on, renewal.subscription_id))
