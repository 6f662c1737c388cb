"""What renews or ends soon: the dates the alerts and the customers' notices are built on.

French consumer law (Code de la consommation, L215-1) asks that a consumer be told of
a tacit renewal in time to refuse it; the reminders read these dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.lifecycle import LIVE_STATUSES, renewal_date
from cadence.services.catalogue import plan_terms
from cadence.services.common import chunks
from cadence.services.timeline import load_subscriptions, timeline_of
from cadence.store.models import Subscription


class RenewalKind(StrEnum):
    RENEWAL = "renewal"  # renews for another period or commitment term
    TERM_END = "term_end"  # a fixed number of cycles ends


@dataclass(frozen=True)
class UpcomingRenewal:
    subscription_id: int
    customer_id: int
    customer_name: str
    plan_name: str
    on: date
    kind: RenewalKind
    committed: bool  # the renewal starts a new commitment term


def upcoming_renewals(session: Session, *, today: date, within_days: int) -> list[UpcomingRenewal]:
    """Running subscriptions that renew or reach the end of a fixed term between
    today and `within_days` days from now, soonest first. A subscription whose
    cancellation takes effect before then does not renew."""
    horizon = today + timedelta(days=within_days)
    ids = list(
        session.scalars(
            select(Subscription.id).where(
                Subscription.status.in_(LIVE_STATUSES), Subscription.ended_on.is_(None)
            )
        )
    )
    found: list[UpcomingRenewal] = []
    for chunk in chunks(ids):
        for subscription in load_subscriptions(session, chunk):
            plan = subscription.plan
            terms = plan_terms(plan)
            timeline = timeline_of(subscription, plan)
            term_end = timeline.term_end()
            if term_end is not None:
                on, kind = term_end, RenewalKind.TERM_END
            else:
                on = renewal_date(
                    schedule=timeline.schedule,
                    commitment=terms.commitment,
                    service_start=subscription.trial_end or subscription.start_date,
                    on_or_after=max(today, subscription.cycle_start),
                )
                kind = RenewalKind.RENEWAL
            cancelled_by = subscription.cancellation_effective_on
            if not today <= on <= horizon or (cancelled_by is not None and cancelled_by <= on):
                continue
            found.append(
                UpcomingRenewal(
                    subscription_id=subscription.id,
                    customer_id=subscription.customer_id,
                    customer_name=subscription.customer.name,
                    plan_name=plan.name,
                    on=on,
                    kind=kind,
                    committed=terms.commitment is not None and kind is RenewalKind.RENEWAL,
                )
            )
    return sorted(found, key=lambda renewal: (renewal.on, renewal.subscription_id))
