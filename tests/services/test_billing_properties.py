"""For random subscription histories billed on random days, forwards and backwards,
every period that should be billed is billed exactly once, and `check` holds."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cadence.domain.catalogue import BillingTiming
from cadence.domain.errors import KnownError
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import DayRule, IntervalUnit
from cadence.services.billing import postpone_invoice, run_billing, skip_invoice
from cadence.services.common import pauses_of
from cadence.services.integrity import check_database
from cadence.services.lifecycle import (
    CancelWhen,
    cancel_subscription,
    pause_subscription,
    resume_subscription,
)
from cadence.services.timeline import Handled, timeline_of
from cadence.store.database import open_database
from cadence.store.models import BillingDecision, Invoice, OccurrenceDecision, Subscription

from .conftest import Factory  # type: ignore[import-not-found]

FIRST_DAY = date(2026, 1, 1)
LAST_DAY = date(2027, 6, 30)
days = st.integers(min_value=0, max_value=(LAST_DAY - FIRST_DAY).days).map(
    lambda offset: FIRST_DAY + timedelta(days=offset)
)


@st.composite
def plan_terms(draw: st.DrawFn) -> dict[str, object]:
    unit = draw(st.sampled_from([IntervalUnit.DAY, IntervalUnit.WEEK, IntervalUnit.MONTH]))
    terms: dict[str, object] = {
        "interval_unit": unit,
        "interval_count": draw(st.integers(1, 3)) if unit is not IntervalUnit.DAY else 10,
        "timing": draw(st.sampled_from(list(BillingTiming))),
        "trial_count": draw(st.sampled_from([0, 14])),
    }
    if unit is IntervalUnit.MONTH:
        rule = draw(st.sampled_from(list(DayRule)))
        terms["day_rule"] = rule
        if rule is DayRule.FIXED_DAY:
            terms["fixed_day"] = draw(st.integers(1, 31))
    return terms


step = st.one_of(
    st.tuples(st.just("bill"), days),
    st.tuples(st.just("pause"), days, st.integers(0, 40), st.none() | st.integers(1, 90)),
    st.tuples(st.just("resume"), days),
    st.tuples(st.just("cancel"), days, st.sampled_from(list(CancelWhen))),
    st.tuples(st.just("skip"), days),
    st.tuples(st.just("postpone"), days, st.integers(1, 60)),
)


def _apply(make: Factory, subscription_id: int, action: tuple[object, ...]) -> None:
    session = make.session
    kind, today = action[0], action[1]
    assert isinstance(today, date)
    try:
        if kind == "bill":
            run_billing(session, as_of=today)
        elif kind == "pause":
            offset, length = action[2], action[3]
            assert isinstance(offset, int)
            start = today + timedelta(days=offset)
            pause_subscription(
                session,
                subscription_id=subscription_id,
                today=today,
                starts_on=start,
                resumes_on=start + timedelta(days=length) if isinstance(length, int) else None,
            )
        elif kind == "resume":
            resume_subscription(session, subscription_id=subscription_id, today=today)
        elif kind == "cancel":
            when = action[2]
            assert isinstance(when, CancelWhen)
            cancel_subscription(
                session,
                subscription_id=subscription_id,
                today=today,
                when=when,
                reason=CancellationReason.OTHER,
                force=True,
            )
        else:
            row = session.get_one(Subscription, subscription_id)
            if row.next_billing_date is None:
                return
            handled = Handled(session, [subscription_id])
            start = next(
                (
                    service.start
                    for service in timeline_of(row, row.plan).billable_periods()
                    if service.start not in handled.done.get(subscription_id, set())
                ),
                None,
            )
            if start is None:
                return
            if kind == "skip":
                skip_invoice(
                    session, subscription_id=subscription_id, period_start=start, today=today
                )
            else:
                postpone_invoice(
                    session,
                    subscription_id=subscription_id,
                    period_start=start,
                    today=today,
                    until=today + timedelta(days=int(action[2])),  # type: ignore[call-overload]
                )
        session.commit()
    except KnownError:
        session.rollback()  # the owner was told no; nothing changed


@settings(max_examples=25)
@given(terms=plan_terms(), start=days, actions=st.lists(step, max_size=8))
def test_every_period_is_billed_exactly_once(
    migrated_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    terms: dict[str, object],
    start: date,
    actions: list[tuple[object, ...]],
) -> None:
    path = tmp_path_factory.mktemp("property") / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    try:
        with database.batches() as session:
            make = Factory(session, start)
            make.company()
            plan = make.plan(**terms)
            subscription_id = make.subscription(plan_id=plan.id, start_date=start).id
            session.commit()
            for action in actions:
                _apply(make, subscription_id, action)
            run_billing(session, as_of=LAST_DAY)  # whatever the clock did, all is due now
            session.commit()

            row = session.get_one(Subscription, subscription_id)
            timeline = timeline_of(row, row.plan, pauses_of(session, [row.id]).get(row.id, []))
            handled = Handled(session, [row.id])
            skipped = set(
                session.scalars(
                    select(BillingDecision.period_start).where(
                        BillingDecision.subscription_id == row.id,
                        BillingDecision.decision == OccurrenceDecision.SKIPPED,
                    )
                )
            )
            invoiced = list(
                session.scalars(
                    select(Invoice.period_start).where(
                        Invoice.subscription_id == row.id,
                        Invoice.kind == InvoiceKind.INVOICE,
                        Invoice.period_start.is_not(None),
                    )
                )
            )
            credited = set(
                session.scalars(
                    select(Invoice.period_start)
                    .where(Invoice.subscription_id == row.id)
                    .where(
                        Invoice.id.in_(
                            select(Invoice.corrects_invoice_id).where(
                                Invoice.kind == InvoiceKind.CREDIT_NOTE
                            )
                        )
                    )
                )
            )
            should = {
                occurrence.service.start
                for occurrence in timeline.occurrences(due_until=LAST_DAY)
                if occurrence.service.start not in skipped
            }
            still_postponed = {
                start
                for start, until in handled.postponed.get(row.id, {}).items()
                if until > LAST_DAY
            }
            assert len(invoiced) == len(set(invoiced)), "a period invoiced twice"
            assert should - still_postponed <= set(invoiced), "a due period was not billed"
            # Billed when due, then ended by an immediate cancellation: credited.
            assert set(invoiced) - should <= credited, "a period billed that should not be"
            assert check_database(session) == []
    finally:
        database.close()
