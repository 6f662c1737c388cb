"""Renewal dates, known ahead for alerts and notices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cadence.domain.catalogue import RenewalRule
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import IntervalUnit
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.services.renewals import RenewalKind, upcoming_renewals

from .conftest import Factory  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)


def test_renewals_and_term_ends_within_the_window(make: Factory) -> None:
    monthly = make.subscription(start_date=date(2026, 10, 10))  # renews 10 Dec
    yearly_plan = make.plan(
        name="Annuel",
        interval_unit=IntervalUnit.YEAR,
        unit_price=Decimal("290"),
        commitment_count=12,
    )
    committed = make.subscription(plan_id=yearly_plan.id, start_date=date(2025, 12, 20))
    six = make.plan(name="Six mois", renewal_rule=RenewalRule.FIXED_CYCLES, fixed_cycles=6)
    ending = make.subscription(plan_id=six.id, start_date=date(2026, 6, 15))  # ends 15 Dec
    far = make.subscription(plan_id=yearly_plan.id, start_date=date(2026, 6, 1))  # June 2027
    leaving = make.subscription(start_date=date(2026, 10, 1))
    cancel_subscription(
        make.session,
        subscription_id=leaving.id,
        today=TODAY,
        when=CancelWhen.PERIOD_END,
        reason=CancellationReason.OTHER,
    )
    found = upcoming_renewals(make.session, today=TODAY, within_days=30)
    assert [(r.subscription_id, r.on, r.kind, r.committed) for r in found] == [
        (monthly.id, date(2026, 12, 10), RenewalKind.RENEWAL, False),
        (ending.id, date(2026, 12, 15), RenewalKind.TERM_END, False),
        (committed.id, date(2026, 12, 20), RenewalKind.RENEWAL, True),
    ]
    within_half_a_year = upcoming_renewals(make.session, today=TODAY, within_days=180)
    assert far.id not in {r.subscription_id for r in within_half_a_year}  # 1 June 2027
    later = upcoming_renewals(make.session, today=TODAY, within_days=200)
    assert (far.id, date(2027, 6, 1)) in {(r.subscription_id, r.on) for r in later}
