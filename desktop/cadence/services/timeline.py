"""A subscription's billing timeline, read from its rows, and where its billing stands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cadence.domain.billing import BillingTimeline, Pause
from cadence.domain.periods import BillingSchedule
from cadence.services.catalogue import plan_terms
from cadence.services.common import chunks, pauses_of
from cadence.store.models import (
    BillingDecision,
    Invoice,
    OccurrenceDecision,
    Plan,
    Subscription,
)


def timeline_of(
    subscription: Subscription,
    plan: Plan,
    pauses: Sequence[Pause] = (),
    *,
    billing_anchor: date | None = None,
    cycle_start: date | None = None,
) -> BillingTimeline:
    """The subscription's timeline under `plan`; a planned change of cycle passes the
    anchor and cycle start it would have."""
    terms = plan_terms(plan)
    schedule = BillingSchedule(
        billing_anchor or subscription.billing_anchor,
        terms.interval,
        terms.day_rule,
        terms.fixed_day,
    )
    return BillingTimeline(
        service_start=cycle_start or subscription.cycle_start,
        schedule=schedule,
        timing=terms.timing,
        billing_from=subscription.billing_from,
        fixed_cycles=terms.fixed_cycles,
        ends_on=subscription.ended_on or subscription.cancellation_effective_on,
        pauses=tuple(pauses),
    )


class Handled:
    """Which periods of each subscription are settled for billing: invoiced or skipped
    (`done`), or postponed to a later day (`postponed`: period start → that day)."""

    def __init__(self, session: Session, subscription_ids: Sequence[int]) -> None:
        self.done: dict[int, set[date]] = defaultdict(set)
        self.postponed: dict[int, dict[date, date]] = defaultdict(dict)
        for ids in chunks(subscription_ids):
            invoiced = session.execute(
                select(Invoice.subscription_id, Invoice.period_start).where(
                    Invoice.subscription_id.in_(ids), Invoice.period_start.is_not(None)
                )
            )
            for subscription_id, start in invoiced:
                if subscription_id is not None and start is not None:  # as selected
                    self.done[subscription_id].add(start)
            decisions = session.execute(
                select(
                    BillingDecision.subscription_id,
                    BillingDecision.period_start,
                    BillingDecision.decision,
                    BillingDecision.postponed_until,
                ).where(BillingDecision.subscription_id.in_(ids))
            )
            for subscription_id, start, decision, until in decisions:
                if decision is OccurrenceDecision.SKIPPED or until is None:
                    self.done[subscription_id].add(start)
                else:
                    self.postponed[subscription_id][start] = until

    def waits(self, subscription_id: int, start: date, as_of: date) -> bool:
        """Whether the period starting on `start` needs no invoice on `as_of`."""
        if start in self.done.get(subscription_id, ()):
            return True
        until = self.postponed.get(subscription_id, {}).get(start)
        return until is not None and until > as_of

    def next_billing_date(
        self, subscription_id: int, timeline: BillingTimeline, from_date: date | None = None
    ) -> date | None:
        """When the subscription next needs an invoice: its first period neither done nor
        postponed, or a postponed one coming back, whichever is sooner; None when
        nothing is left. A postponement is deleted when its invoice is issued.
        Periods before the one containing `from_date` are known to be settled."""
        postponed = self.postponed.get(subscription_id, {})
        done = self.done.get(subscription_id, set())
        dates = list(postponed.values())
        for service in timeline.billable_periods(from_date):
            if service.start not in done and service.start not in postponed:
                dates.append(timeline.due_on(service))
                break
        return min(dates) if dates else None


def load_subscriptions(session: Session, ids: Sequence[int]) -> list[Subscription]:
    """Subscriptions with their plan, item, series and customer, in id order."""
    loaded: list[Subscription] = []
    for chunk in chunks(ids):
        loaded.extend(
            session.scalars(
                select(Subscription)
                .where(Subscription.id.in_(chunk))
                .options(
                    selectinload(Subscription.plan).selectinload(Plan.item),
                    selectinload(Subscription.plan).selectinload(Plan.invoice_series),
                    selectinload(Subscription.customer),
                )
                .order_by(Subscription.id)
            )
        )
    return loaded


def refresh_next_billing_dates(
    session: Session, ids: Sequence[int], loaded: Sequence[Subscription] = ()
) -> None:
    """Recompute the cached next billing date of each subscription in `ids` (or of
    the `loaded` ones, already in the session with their plans)."""
    if loaded:
        ids = [subscription.id for subscription in loaded]
    if not ids:
        return
    session.flush()
    handled = Handled(session, ids)
    pauses = pauses_of(session, ids)
    for subscription in loaded or load_subscriptions(session, ids):
        timeline = timeline_of(subscription, subscription.plan, pauses.get(subscription.id, []))
        subscription.next_billing_date = handled.next_billing_date(
            subscription.id, timeline, settled_before(subscription)
        )
    session.flush()


def settled_before(subscription: Subscription) -> date | None:
    """A day before which every period of the subscription is settled, from its cached
    next billing date (which every write keeps true, and `cadence check` verifies):
    the billing of what comes before is never looked at again. None: from the start."""
    if subscription.next_billing_date is None:
        return None
    return subscription.next_billing_date - timedelta(days=1)
