"""Dunning steps, notice windows and late interest: decided by windows, never early."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.dunning import (
    DEFAULT_STEPS,
    DunningStep,
    NoticeTiming,
    StepsError,
    check_steps,
    dunning_decision,
    late_interest,
    notice_timing,
)

DUE = date(2027, 1, 31)


def levels(steps: tuple[DunningStep, ...]) -> list[int]:
    return [step.level for step in steps]


@pytest.mark.parametrize(
    ("days_late", "taken", "send", "superseded"),
    [
        (6, set(), None, []),  # the first step is a week after the due date
        (7, set(), 1, []),
        (14, {1}, None, []),
        (15, {1}, 2, []),
        (20, set(), 2, [1]),  # closed from day 6 to day 20: the firmer step only
        (45, set(), 3, [1, 2]),
        (45, {1}, 3, [2]),
        (45, {1, 2, 3}, None, []),
        (45, {3}, None, []),  # never below a level already taken
    ],
)
def test_the_firmest_ripe_step_goes_and_gentler_ones_are_superseded(
    days_late: int, taken: set[int], send: int | None, superseded: list[int]
) -> None:
    decision = dunning_decision(
        DEFAULT_STEPS, due_date=DUE, today=DUE + timedelta(days=days_late), taken=taken
    )
    assert (decision.send.level if decision.send else None) == send
    assert levels(decision.superseded) == superseded


def test_a_disabled_step_is_skipped() -> None:
    steps = (DEFAULT_STEPS[0], DunningStep(2, 15, enabled=False), DEFAULT_STEPS[2])
    decision = dunning_decision(steps, due_date=DUE, today=DUE + timedelta(days=20), taken={1})
    assert decision.send is None
    assert decision.superseded == ()


@given(
    due=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    open_days=st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=40),
)
def test_over_any_run_days_each_step_is_decided_once_and_never_early(
    due: date, open_days: list[int]
) -> None:
    taken: dict[int, int] = {}  # level -> the day (offset) it was decided
    for offset in sorted(set(open_days)):
        decision = dunning_decision(
            DEFAULT_STEPS, due_date=due, today=due + timedelta(days=offset), taken=set(taken)
        )
        for step in (*decision.superseded, *([decision.send] if decision.send else [])):
            assert step.level not in taken
            assert offset >= step.days_after_due
            taken[step.level] = offset
    last = max(open_days)
    ripe = {step.level for step in DEFAULT_STEPS if step.days_after_due <= last}
    assert set(taken) == ripe


def test_steps_must_come_in_order() -> None:
    check_steps(DEFAULT_STEPS)
    with pytest.raises(StepsError, match="order"):
        check_steps((DunningStep(1, 15), DunningStep(2, 15), DunningStep(3, 30)))
    with pytest.raises(StepsError, match="range"):
        check_steps((DunningStep(1, 0), DunningStep(2, 15), DunningStep(3, 30)))
    with pytest.raises(StepsError, match="levels"):
        check_steps(DEFAULT_STEPS[:2])
    # A disabled step's days do not count.
    check_steps((DunningStep(1, 7), DunningStep(2, 3, enabled=False), DunningStep(3, 30)))


@pytest.mark.parametrize(
    ("today", "deadline", "timing"),
    [
        (date(2027, 5, 31), None, NoticeTiming.NOT_YET),
        (date(2027, 6, 1), None, NoticeTiming.DUE),  # 30 days before 1 July
        (date(2027, 6, 30), None, NoticeTiming.DUE),
        (date(2027, 7, 1), None, NoticeTiming.TOO_LATE),  # the renewal has come
        # With a month's notice to refuse by 31 May, the window opens 30 days before it.
        (date(2027, 4, 30), date(2027, 5, 31), NoticeTiming.NOT_YET),
        (date(2027, 5, 1), date(2027, 5, 31), NoticeTiming.DUE),
    ],
)
def test_a_notice_window_opens_ahead_of_the_last_day_to_refuse(
    today: date, deadline: date | None, timing: NoticeTiming
) -> None:
    assert (
        notice_timing(
            renewal_on=date(2027, 7, 1), notice_days=30, today=today, notice_deadline=deadline
        )
        is timing
    )


def test_late_interest_runs_from_the_day_after_the_due_date() -> None:
    # 1 000.00 at 12.15 % a year for 30 days: 9.986… → 9.99
    assert late_interest(
        Decimal("1000.00"), annual_rate=Decimal("12.15"), due_date=DUE, on=DUE + timedelta(30)
    ) == Decimal("9.99")
    assert (
        late_interest(Decimal("1000.00"), annual_rate=Decimal("12.15"), due_date=DUE, on=DUE) == 0
    )


@given(
    owed=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=2),
    rate=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100"), places=2),
    days=st.integers(min_value=1, max_value=3650),
)
def test_late_interest_is_in_cents_and_grows_with_time(
    owed: Decimal, rate: Decimal, days: int
) -> None:
    interest = late_interest(owed, annual_rate=rate, due_date=DUE, on=DUE + timedelta(days))
    assert interest == interest.quantize(Decimal("0.01"))
    later = late_interest(owed, annual_rate=rate, due_date=DUE, on=DUE + timedelta(days + 1))
    assert Decimal(0) <= interest <= later
    assert abs(interest - owed * rate / 100 * days / 365) <= Decimal("0.005")
