"""A new subscription's dates, its first status, and the status state machine."""

from __future__ import annotations

from datetime import date

import pytest

from cadence.domain.catalogue import BillingTiming, PlanTerms
from cadence.domain.errors import ConflictError
from cadence.domain.lifecycle import (
    SubscriptionDates,
    SubscriptionStatus,
    check_transition,
    initial_status,
    subscription_dates,
)
from cadence.domain.periods import DayRule, Interval, IntervalUnit

DAY, MONTH, YEAR = IntervalUnit.DAY, IntervalUnit.MONTH, IntervalUnit.YEAR
ADVANCE, ARREARS = BillingTiming.ADVANCE, BillingTiming.ARREARS
d = date

MONTHLY = Interval(1, MONTH)


# --- Dates of a new subscription -----------------------------------------------


def test_fourteen_day_trial_then_billing_in_advance() -> None:
    terms = PlanTerms(MONTHLY, trial=Interval(14, DAY))
    dates = subscription_dates(d(2026, 1, 31), terms)
    # 31 Jan + 14 days = 14 Feb (the first day after the trial, exclusive end).
    assert dates == SubscriptionDates(
        start=d(2026, 1, 31),
        trial_end=d(2026, 2, 14),
        service_start=d(2026, 2, 14),
        billing_anchor=d(2026, 2, 14),
        commitment_end=None,
        first_billing_date=d(2026, 2, 14),
    )
    assert not dates.has_stub_period


def test_one_month_trial_from_the_31st_ends_on_the_last_day_of_february() -> None:
    dates = subscription_dates(d(2026, 1, 31), PlanTerms(MONTHLY, trial=Interval(1, MONTH)))
    assert dates.trial_end == d(2026, 2, 28)
    assert dates.billing_anchor == d(2026, 2, 28)


def test_arrears_monthly_same_day_bills_at_the_end_of_the_first_period() -> None:
    dates = subscription_dates(d(2026, 1, 31), PlanTerms(MONTHLY, timing=ARREARS))
    assert dates.service_start == d(2026, 1, 31)
    assert dates.billing_anchor == d(2026, 1, 31)
    # Period 0 is [31 Jan, 28 Feb): billed in arrears on 28 Feb.
    assert dates.first_billing_date == d(2026, 2, 28)
    assert not dates.has_stub_period


def test_arrears_yearly_from_29_february() -> None:
    dates = subscription_dates(d(2028, 2, 29), PlanTerms(Interval(1, YEAR), timing=ARREARS))
    assert dates.first_billing_date == d(2029, 2, 28)


def test_fixed_day_in_advance_bills_the_stub_period_at_once() -> None:
    terms = PlanTerms(MONTHLY, day_rule=DayRule.FIXED_DAY, fixed_day=1, timing=ADVANCE)
    dates = subscription_dates(d(2026, 3, 15), terms)
    assert dates.service_start == d(2026, 3, 15)
    assert dates.billing_anchor == d(2026, 4, 1)
    # The short period 15–31 March is billed when it starts.
    assert dates.first_billing_date == d(2026, 3, 15)
    assert dates.has_stub_period


def test_fixed_day_in_arrears_bills_the_stub_period_at_the_anchor() -> None:
    terms = PlanTerms(MONTHLY, day_rule=DayRule.FIXED_DAY, fixed_day=1, timing=ARREARS)
    dates = subscription_dates(d(2026, 3, 15), terms)
    assert dates.billing_anchor == d(2026, 4, 1)
    assert dates.first_billing_date == d(2026, 4, 1)
    assert dates.has_stub_period


def test_last_day_rule_in_arrears_with_a_stub() -> None:
    terms = PlanTerms(MONTHLY, day_rule=DayRule.LAST_DAY_OF_MONTH, timing=ARREARS)
    dates = subscription_dates(d(2026, 2, 10), terms)
    assert dates.billing_anchor == d(2026, 2, 28)
    assert dates.first_billing_date == d(2026, 2, 28)
    assert dates.has_stub_period


def test_no_stub_when_the_start_is_already_on_the_fixed_day() -> None:
    terms = PlanTerms(MONTHLY, day_rule=DayRule.FIXED_DAY, fixed_day=1, timing=ARREARS)
    dates = subscription_dates(d(2026, 4, 1), terms)
    assert dates.billing_anchor == d(2026, 4, 1)
    assert dates.first_billing_date == d(2026, 5, 1)
    assert not dates.has_stub_period


@pytest.mark.parametrize(
    ("start", "trial", "expected"),
    [
        pytest.param(d(2026, 1, 31), None, d(2027, 1, 31), id="no-trial"),
        # Service starts after the trial, on 14 Feb 2026; 12 months later is 14 Feb 2027.
        pytest.param(d(2026, 1, 31), Interval(14, DAY), d(2027, 2, 14), id="after-a-trial"),
        pytest.param(d(2028, 2, 29), None, d(2029, 2, 28), id="from-29-february"),
    ],
)
def test_commitment_of_twelve_months(start: date, trial: Interval | None, expected: date) -> None:
    terms = PlanTerms(MONTHLY, trial=trial, commitment=Interval(12, MONTH))
    assert subscription_dates(start, terms).commitment_end == expected


def test_no_commitment_no_commitment_end() -> None:
    assert subscription_dates(d(2026, 1, 31), PlanTerms(MONTHLY)).commitment_end is None


# --- First status --------------------------------------------------------------

WITH_TRIAL = subscription_dates(d(2026, 1, 31), PlanTerms(MONTHLY, trial=Interval(14, DAY)))
WITHOUT_TRIAL = subscription_dates(d(2026, 1, 31), PlanTerms(MONTHLY))


@pytest.mark.parametrize(
    ("dates", "today", "expected"),
    [
        pytest.param(WITH_TRIAL, d(2026, 1, 31), SubscriptionStatus.TRIAL, id="trial-first-day"),
        pytest.param(WITH_TRIAL, d(2026, 2, 13), SubscriptionStatus.TRIAL, id="trial-last-day"),
        # trial_end is exclusive: on 14 Feb the trial is over.
        pytest.param(WITH_TRIAL, d(2026, 2, 14), SubscriptionStatus.ACTIVE, id="on-trial-end"),
        pytest.param(WITH_TRIAL, d(2026, 6, 1), SubscriptionStatus.ACTIVE, id="entered-late"),
        pytest.param(WITHOUT_TRIAL, d(2026, 1, 31), SubscriptionStatus.ACTIVE, id="no-trial"),
    ],
)
def test_initial_status(
    dates: SubscriptionDates, today: date, expected: SubscriptionStatus
) -> None:
    assert initial_status(dates, today) is expected


# --- The state machine ---------------------------------------------------------

S = SubscriptionStatus

# Written out by hand, one row per status: where a subscription may go next.
# Pinned by the rules: finished statuses are terminal; a trial cannot be paused;
# a paused subscription resumes to active; nothing goes back to trial; a transition
# changes the status (to itself is refused). The other rows record the design.
EXPECTED_ALLOWED: dict[SubscriptionStatus, set[SubscriptionStatus]] = {
    S.TRIAL: {S.ACTIVE, S.CANCELLATION_SCHEDULED, S.CANCELLED},
    S.ACTIVE: {S.PAUSED, S.PAST_DUE, S.CANCELLATION_SCHEDULED, S.CANCELLED, S.ENDED},
    # A fixed term may run out while the subscription is paused.
    S.PAUSED: {S.ACTIVE, S.PAST_DUE, S.CANCELLATION_SCHEDULED, S.CANCELLED, S.ENDED},
    S.PAST_DUE: {S.ACTIVE, S.PAUSED, S.CANCELLATION_SCHEDULED, S.CANCELLED, S.ENDED},
    # Undoing a scheduled cancellation goes back to active, or paused within a pause.
    S.CANCELLATION_SCHEDULED: {S.ACTIVE, S.PAUSED, S.PAST_DUE, S.CANCELLED, S.ENDED},
    S.CANCELLED: set(),
    S.ENDED: set(),
}

ALL_PAIRS = [
    pytest.param(current, target, target in EXPECTED_ALLOWED[current], id=f"{current}->{target}")
    for current in S
    for target in S
]


def test_the_expected_table_covers_every_status() -> None:
    assert set(EXPECTED_ALLOWED) == set(S)
    assert len(ALL_PAIRS) == 49


@pytest.mark.parametrize(("current", "target", "allowed"), ALL_PAIRS)
def test_check_transition_every_pair(
    current: SubscriptionStatus, target: SubscriptionStatus, allowed: bool
) -> None:
    if allowed:
        check_transition(current, target)
    else:
        with pytest.raises(ConflictError):
            check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        pytest.param(S.CANCELLED, S.ACTIVE, id="cancelled-cannot-come-back"),
        pytest.param(S.ENDED, S.ACTIVE, id="ended-cannot-come-back"),
        pytest.param(S.TRIAL, S.PAUSED, id="trial-cannot-be-paused"),
        pytest.param(S.ACTIVE, S.TRIAL, id="no-second-trial"),
    ],
)
def test_refusal_names_both_statuses(
    current: SubscriptionStatus, target: SubscriptionStatus
) -> None:
    with pytest.raises(ConflictError) as raised:
        check_transition(current, target)
    assert (
        str(raised.value) == f"a subscription that is {current.value} cannot become {target.value}"
    )


@pytest.mark.parametrize(
    ("current", "target"),
    [
        pytest.param(S.PAUSED, S.ACTIVE, id="resume"),
        pytest.param(S.TRIAL, S.ACTIVE, id="trial-converts"),
        pytest.param(S.PAST_DUE, S.ACTIVE, id="paid-up"),
        pytest.param(S.CANCELLATION_SCHEDULED, S.ACTIVE, id="undo-cancellation"),
        pytest.param(S.ACTIVE, S.CANCELLED, id="cancel-now"),
    ],
)
def test_everyday_transitions_pass(current: SubscriptionStatus, target: SubscriptionStatus) -> None:
    check_transition(current, target)
