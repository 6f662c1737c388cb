"""Billing periods come from the anchor, not from the previous period (ARCHITECTURE.md, rule 3)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from itertools import pairwise

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue, KnownError
from cadence.domain.periods import (
    BillingSchedule,
    DateOutOfRange,
    DayRule,
    Interval,
    IntervalUnit,
    Period,
    add_days,
    add_months,
    align_anchor,
    validate_day_rule,
    years_from,
)

DAY, WEEK, MONTH, YEAR = IntervalUnit.DAY, IntervalUnit.WEEK, IntervalUnit.MONTH, IntervalUnit.YEAR
SAME_DAY, LAST_DAY, FIXED_DAY = DayRule.SAME_DAY, DayRule.LAST_DAY_OF_MONTH, DayRule.FIXED_DAY
d = date


def schedule(
    anchor: date, count: int, unit: IntervalUnit, rule: DayRule = SAME_DAY, fixed: int | None = None
) -> BillingSchedule:
    return BillingSchedule(anchor, Interval(count, unit), rule, fixed)


# --- Hand-worked boundaries ----------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        pytest.param(
            schedule(d(2027, 1, 31), 1, MONTH),
            [d(2027, 1, 31), d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30), d(2027, 5, 31)],
            id="monthly-same-day-31st-no-drift",
        ),
        pytest.param(
            schedule(d(2028, 1, 31), 1, MONTH),
            [d(2028, 1, 31), d(2028, 2, 29), d(2028, 3, 31)],
            id="monthly-same-day-31st-leap-february",
        ),
        pytest.param(
            schedule(d(2027, 1, 30), 1, MONTH),
            [d(2027, 1, 30), d(2027, 2, 28), d(2027, 3, 30)],
            id="monthly-same-day-30th",
        ),
        pytest.param(
            schedule(d(2028, 2, 29), 1, YEAR),
            [d(2028, 2, 29), d(2029, 2, 28), d(2030, 2, 28), d(2031, 2, 28), d(2032, 2, 29)],
            id="yearly-29-february",
        ),
        pytest.param(
            schedule(d(2027, 8, 31), 6, MONTH),
            [d(2027, 8, 31), d(2028, 2, 29), d(2028, 8, 31), d(2029, 2, 28), d(2029, 8, 31)],
            id="half-yearly-31st",
        ),
        pytest.param(
            schedule(d(2027, 1, 1), 3, MONTH, FIXED_DAY, 1),
            [d(2027, 1, 1), d(2027, 4, 1), d(2027, 7, 1), d(2027, 10, 1), d(2028, 1, 1)],
            id="quarterly-fixed-day-1",
        ),
        pytest.param(
            schedule(d(2027, 1, 31), 1, MONTH, LAST_DAY),
            [d(2027, 1, 31), d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30)],
            id="monthly-last-day-from-31-january",
        ),
        pytest.param(
            schedule(d(2027, 2, 28), 1, MONTH, LAST_DAY),
            [d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30), d(2027, 5, 31)],
            id="monthly-last-day-from-28-february",
        ),
        pytest.param(
            schedule(d(2027, 2, 28), 1, YEAR, LAST_DAY),
            [d(2027, 2, 28), d(2028, 2, 29), d(2029, 2, 28)],
            id="yearly-last-day-of-february",
        ),
        pytest.param(
            schedule(d(2027, 1, 30), 1, MONTH, FIXED_DAY, 30),
            [d(2027, 1, 30), d(2027, 2, 28), d(2027, 3, 30), d(2027, 4, 30)],
            id="fixed-day-30-through-february",
        ),
        pytest.param(
            schedule(d(2028, 2, 29), 1, MONTH, FIXED_DAY, 30),
            [d(2028, 2, 29), d(2028, 3, 30), d(2028, 4, 30)],
            id="fixed-day-30-anchored-on-a-clamped-29-february",
        ),
        pytest.param(
            schedule(d(2027, 1, 29), 1, WEEK),
            [d(2027, 1, 29), d(2027, 2, 5), d(2027, 2, 12), d(2027, 2, 19)],
            id="weekly",
        ),
        pytest.param(
            schedule(d(2027, 12, 27), 2, WEEK),
            [d(2027, 12, 27), d(2028, 1, 10), d(2028, 1, 24)],
            id="fortnightly-over-new-year",
        ),
        pytest.param(
            # 25 Feb + 10 days: February 2027 has 28 days, 25 + 10 − 28 = 7 March.
            schedule(d(2027, 2, 25), 10, DAY),
            [d(2027, 2, 25), d(2027, 3, 7), d(2027, 3, 17), d(2027, 3, 27)],
            id="every-10-days",
        ),
    ],
)
def test_boundaries(plan: BillingSchedule, expected: list[date]) -> None:
    assert [plan.boundary(k) for k in range(len(expected))] == expected


def test_period_is_half_open_between_two_boundaries() -> None:
    period = schedule(d(2027, 1, 31), 1, MONTH).period(1)
    assert period == Period(d(2027, 2, 28), d(2027, 3, 31))
    assert period.days == 31  # 28 Feb to 30 Mar included: 1 + 30
    assert period.last_day == d(2027, 3, 30)
    assert d(2027, 2, 28) in period
    assert d(2027, 3, 30) in period
    assert d(2027, 3, 31) not in period
    assert d(2027, 2, 27) not in period


def test_a_period_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError, match="must end after it starts"):
        Period(d(2027, 1, 1), d(2027, 1, 1))


def test_negative_period_index_is_refused() -> None:
    with pytest.raises(ValueError, match="start at 0"):
        schedule(d(2027, 1, 31), 1, MONTH).boundary(-1)


# --- Aligning the anchor to the day rule ---------------------------------------


@pytest.mark.parametrize(
    ("start", "interval", "rule", "fixed", "expected"),
    [
        pytest.param(
            d(2027, 3, 15), Interval(1, MONTH), SAME_DAY, None, d(2027, 3, 15), id="same-day"
        ),
        pytest.param(
            d(2027, 3, 15), Interval(1, WEEK), SAME_DAY, None, d(2027, 3, 15), id="same-day-weekly"
        ),
        pytest.param(
            d(2027, 3, 15), Interval(1, MONTH), FIXED_DAY, 1, d(2027, 4, 1), id="fixed-1-after-15th"
        ),
        pytest.param(
            d(2027, 3, 1), Interval(1, MONTH), FIXED_DAY, 1, d(2027, 3, 1), id="fixed-1-on-1st"
        ),
        pytest.param(
            d(2027, 3, 31), Interval(1, MONTH), FIXED_DAY, 31, d(2027, 3, 31), id="fixed-31-on-31st"
        ),
        pytest.param(
            d(2027, 4, 30),
            Interval(1, MONTH),
            FIXED_DAY,
            31,
            d(2027, 4, 30),
            id="fixed-31-in-april",
        ),
        pytest.param(
            d(2027, 2, 15),
            Interval(1, MONTH),
            FIXED_DAY,
            30,
            d(2027, 2, 28),
            id="fixed-30-in-february",
        ),
        pytest.param(
            # 30 January has passed; February has no 30th, so its last day.
            d(2027, 1, 31),
            Interval(1, MONTH),
            FIXED_DAY,
            30,
            d(2027, 2, 28),
            id="fixed-30-from-31-jan",
        ),
        pytest.param(
            d(2027, 12, 15), Interval(1, MONTH), FIXED_DAY, 1, d(2028, 1, 1), id="fixed-1-next-year"
        ),
        pytest.param(
            d(2027, 3, 15), Interval(1, YEAR), FIXED_DAY, 1, d(2027, 4, 1), id="yearly-fixed-1"
        ),
        pytest.param(
            d(2028, 2, 15),
            Interval(1, MONTH),
            LAST_DAY,
            None,
            d(2028, 2, 29),
            id="last-day-leap-feb",
        ),
        pytest.param(
            d(2027, 12, 31),
            Interval(3, MONTH),
            LAST_DAY,
            None,
            d(2027, 12, 31),
            id="last-day-on-it",
        ),
    ],
)
def test_align_anchor(
    start: date, interval: Interval, rule: DayRule, fixed: int | None, expected: date
) -> None:
    assert align_anchor(start, interval, rule, fixed) == expected


# --- Finding the period of a day ----------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(d(2027, 1, 30), None, id="day-before-anchor"),
        pytest.param(d(2020, 6, 1), None, id="years-before-anchor"),
        pytest.param(d(2027, 1, 31), 0, id="on-anchor"),
        pytest.param(d(2027, 2, 27), 0, id="last-day-of-first-period"),
        pytest.param(d(2027, 2, 28), 1, id="on-the-clamped-boundary"),
        pytest.param(d(2027, 3, 30), 1, id="day-before-31-march"),
        pytest.param(d(2027, 3, 31), 2, id="on-31-march"),
        pytest.param(d(2028, 1, 31), 12, id="a-year-later"),
    ],
)
def test_index_of_monthly_on_the_31st(day: date, expected: int | None) -> None:
    assert schedule(d(2027, 1, 31), 1, MONTH).index_of(day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(d(2027, 1, 28), None, id="before"),
        pytest.param(d(2027, 1, 29), 0, id="anchor"),
        pytest.param(d(2027, 2, 4), 0, id="sixth-day"),
        pytest.param(d(2027, 2, 5), 1, id="next-boundary"),
    ],
)
def test_index_of_weekly(day: date, expected: int | None) -> None:
    assert schedule(d(2027, 1, 29), 1, WEEK).index_of(day) == expected


def test_period_containing() -> None:
    plan = schedule(d(2027, 1, 1), 3, MONTH, FIXED_DAY, 1)
    assert plan.period_containing(d(2027, 5, 20)) == Period(d(2027, 4, 1), d(2027, 7, 1))
    assert plan.period_containing(d(2026, 12, 31)) is None


@pytest.mark.parametrize(
    ("on_or_after", "count", "expected"),
    [
        pytest.param(
            d(2027, 2, 1),
            3,
            [d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30)],
            id="between-boundaries",
        ),
        pytest.param(d(2027, 2, 28), 2, [d(2027, 2, 28), d(2027, 3, 31)], id="on-a-boundary"),
        pytest.param(d(2026, 12, 1), 2, [d(2027, 1, 31), d(2027, 2, 28)], id="before-the-anchor"),
        pytest.param(d(2027, 3, 1), 0, [], id="none-asked"),
    ],
)
def test_billing_dates(on_or_after: date, count: int, expected: list[date]) -> None:
    assert schedule(d(2027, 1, 31), 1, MONTH).billing_dates(on_or_after, count) == expected


# --- What a schedule refuses ---------------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "rule", "fixed"),
    [
        pytest.param(d(2027, 3, 15), FIXED_DAY, 1, id="fixed-day-1-on-the-15th"),
        pytest.param(d(2027, 3, 28), FIXED_DAY, 30, id="fixed-day-30-on-the-28th-of-march"),
        pytest.param(d(2027, 3, 15), LAST_DAY, None, id="last-day-on-the-15th"),
    ],
)
def test_schedule_refuses_an_unaligned_anchor(
    anchor: date, rule: DayRule, fixed: int | None
) -> None:
    with pytest.raises(ValueError, match="does not follow"):
        BillingSchedule(anchor, Interval(1, MONTH), rule, fixed)


@pytest.mark.parametrize(
    ("interval", "rule", "fixed"),
    [
        pytest.param(Interval(1, WEEK), LAST_DAY, None, id="last-day-weekly"),
        pytest.param(Interval(2, WEEK), FIXED_DAY, 1, id="fixed-day-fortnightly"),
        pytest.param(Interval(10, DAY), FIXED_DAY, 10, id="fixed-day-every-10-days"),
    ],
)
def test_day_rules_need_month_cycles(interval: Interval, rule: DayRule, fixed: int | None) -> None:
    with pytest.raises(InvalidValue, match="months or years"):
        validate_day_rule(interval, rule, fixed)
    with pytest.raises(InvalidValue, match="months or years"):
        BillingSchedule(d(2027, 3, 31), interval, rule, fixed)


@pytest.mark.parametrize(
    ("fixed", "words"),
    [
        pytest.param(None, "choose the day", id="missing"),
        pytest.param(0, "between 1 and 31", id="zero"),
        pytest.param(32, "between 1 and 31", id="thirty-two"),
        pytest.param(True, "between 1 and 31", id="bool"),
    ],
)
def test_fixed_day_must_be_a_day_of_the_month(fixed: int | None, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        validate_day_rule(Interval(1, MONTH), FIXED_DAY, fixed)


def test_fixed_day_without_the_fixed_day_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="fixed_day"):
        BillingSchedule(d(2027, 3, 1), Interval(1, MONTH), SAME_DAY, 1)


@pytest.mark.parametrize(
    ("count", "unit"),
    [
        pytest.param(0, MONTH, id="zero"),
        pytest.param(-1, MONTH, id="negative"),
        pytest.param(True, MONTH, id="bool"),
        pytest.param(1.5, MONTH, id="fraction"),
        pytest.param(121, MONTH, id="over-ten-years-of-months"),
        pytest.param(11, YEAR, id="over-ten-years"),
        pytest.param(521, WEEK, id="over-ten-years-of-weeks"),
        pytest.param(3661, DAY, id="over-ten-years-of-days"),
    ],
)
def test_interval_refuses_bad_counts(count: int, unit: IntervalUnit) -> None:
    with pytest.raises(InvalidValue, match="must be between 1 and"):
        Interval(count, unit)


@pytest.mark.parametrize(
    ("count", "unit"),
    [
        pytest.param(120, MONTH, id="120-months"),
        pytest.param(10, YEAR, id="10-years"),
        pytest.param(520, WEEK, id="520-weeks"),
        pytest.param(3660, DAY, id="3660-days"),
        pytest.param(1, DAY, id="one-day"),
    ],
)
def test_interval_accepts_counts_up_to_ten_years(count: int, unit: IntervalUnit) -> None:
    assert Interval(count, unit).count == count


# --- The ends of the calendar ------------------------------------------------------
#
# A date computed past 31 Dec 9999 (or before 1 Jan 1) is a message, never a crash.


@pytest.mark.parametrize(
    ("interval", "start", "times"),
    [
        pytest.param(Interval(10, YEAR), d(2026, 11, 25), 999, id="999-decades"),
        pytest.param(Interval(1, MONTH), d(9999, 12, 1), 1, id="month-after-9999-12"),
        pytest.param(Interval(1, DAY), d(9999, 12, 31), 1, id="day-after-9999-12-31"),
        pytest.param(Interval(520, WEEK), d(2026, 11, 25), 10_000, id="weeks-too-many"),
        pytest.param(Interval(1, MONTH), d(1, 1, 31), -1, id="month-before-year-1"),
        pytest.param(Interval(1, DAY), d(1, 1, 1), -1, id="day-before-year-1"),
    ],
)
def test_interval_after_past_the_calendar_is_a_known_error(
    interval: Interval, start: date, times: int
) -> None:
    with pytest.raises(DateOutOfRange, match="outside the calendar") as raised:
        interval.after(start, times)
    assert isinstance(raised.value, KnownError)


def test_interval_after_reaches_the_last_day_of_the_calendar() -> None:
    assert Interval(1, MONTH).after(d(9999, 11, 30)) == d(9999, 12, 30)
    assert Interval(1, DAY).after(d(9999, 12, 30)) == date.max


def test_a_schedule_past_the_calendar_is_a_known_error() -> None:
    decades = schedule(d(2026, 11, 25), 10, YEAR)
    assert decades.boundary(797) == d(9996, 11, 25)
    with pytest.raises(DateOutOfRange):
        decades.boundary(999)
    with pytest.raises(DateOutOfRange):
        decades.period(797)  # it would end in 10006
    with pytest.raises(DateOutOfRange):
        align_anchor(d(9999, 12, 20), Interval(1, MONTH), FIXED_DAY, 5)  # 5 Jan 10000


def test_date_helpers_refuse_to_leave_the_calendar() -> None:
    assert (add_days(d(2026, 12, 31), 1), add_months(d(2027, 1, 31), 1)) == (
        d(2027, 1, 1),
        d(2027, 2, 28),
    )
    with pytest.raises(DateOutOfRange):
        add_days(date.max, 1)
    with pytest.raises(DateOutOfRange):
        add_months(date.min, -1)


def test_years_from_stops_at_the_ends_of_the_calendar() -> None:
    assert years_from(d(2028, 2, 29), 1) == d(2029, 2, 28)
    assert years_from(d(2026, 11, 25), -10) == d(2016, 11, 25)
    assert years_from(d(9995, 6, 1), 10) == date.max
    assert years_from(d(5, 6, 1), -10) == date.min


# --- Properties ---------------------------------------------------------------
#
# The expected boundaries come from a model written here from the rule alone:
# month index arithmetic and `calendar.monthrange`, never the module's helpers.

MONTHS_PER_UNIT = {MONTH: 1, YEAR: 12}
DAYS_PER_UNIT = {DAY: 1, WEEK: 7}


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def model_boundary(plan: BillingSchedule, k: int) -> date:
    """Start of period k: anchor + k × interval, with the day rule applied to that result."""
    unit, count, anchor = plan.interval.unit, plan.interval.count, plan.anchor
    if unit in DAYS_PER_UNIT:
        return anchor + timedelta(days=k * count * DAYS_PER_UNIT[unit])
    year, month0 = divmod(
        anchor.year * 12 + anchor.month - 1 + k * count * MONTHS_PER_UNIT[unit], 12
    )
    month = month0 + 1
    last = days_in_month(year, month)
    if plan.day_rule is SAME_DAY:
        day = min(anchor.day, last)
    elif plan.day_rule is LAST_DAY:
        day = last
    else:
        assert plan.fixed_day is not None
        day = min(plan.fixed_day, last)
    return date(year, month, day)


def relativedelta_boundary(plan: BillingSchedule, k: int) -> date:
    """The same boundary, as `anchor + relativedelta(months=k × step)` then the rule."""
    unit, count, anchor = plan.interval.unit, plan.interval.count, plan.anchor
    if unit in DAYS_PER_UNIT:
        return anchor + timedelta(days=k * count * DAYS_PER_UNIT[unit])
    moved = anchor + relativedelta(months=k * count * MONTHS_PER_UNIT[unit])
    if plan.day_rule is LAST_DAY:
        return moved + relativedelta(day=31)
    if plan.day_rule is FIXED_DAY:
        return moved + relativedelta(day=plan.fixed_day)
    return moved


def satisfies_rule(day: date, rule: DayRule, fixed: int | None) -> bool:
    last = days_in_month(day.year, day.month)
    if rule is LAST_DAY:
        return day.day == last
    if rule is FIXED_DAY:
        assert fixed is not None
        return day.day == min(fixed, last)
    return True


def model_first_index_on_or_after(plan: BillingSchedule, day: date) -> int:
    """Smallest k with model_boundary(k) >= day, searched from a safe lower estimate."""
    if day <= plan.anchor:
        return 0
    unit, count = plan.interval.unit, plan.interval.count
    if unit in DAYS_PER_UNIT:
        step = count * DAYS_PER_UNIT[unit]
        return -(-(day - plan.anchor).days // step)
    step = count * MONTHS_PER_UNIT[unit]
    months = (day.year - plan.anchor.year) * 12 + day.month - plan.anchor.month
    k = max(months // step - 1, 0)
    assert k == 0 or model_boundary(plan, k) < day
    while model_boundary(plan, k) < day:
        k += 1
    return k


@st.composite
def rules_for(draw: st.DrawFn, unit: IntervalUnit) -> tuple[DayRule, int | None]:
    if unit in DAYS_PER_UNIT:
        return SAME_DAY, None
    rule = draw(st.sampled_from([SAME_DAY, LAST_DAY, FIXED_DAY]))
    return rule, draw(st.integers(1, 31)) if rule is FIXED_DAY else None


@st.composite
def schedules(draw: st.DrawFn) -> BillingSchedule:
    unit = draw(st.sampled_from([DAY, WEEK, MONTH, YEAR]))
    count = draw(st.integers(1, 3 if unit is YEAR else 24))
    rule, fixed = draw(rules_for(unit))
    start = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
    interval = Interval(count, unit)
    return BillingSchedule(align_anchor(start, interval, rule, fixed), interval, rule, fixed)


indices = st.integers(min_value=0, max_value=150)


@given(
    st.sampled_from([DAY, WEEK, MONTH, YEAR]).flatmap(
        lambda u: st.tuples(st.just(u), rules_for(u))
    ),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
)
def test_align_anchor_is_the_first_day_that_follows_the_rule(
    unit_and_rule: tuple[IntervalUnit, tuple[DayRule, int | None]], start: date
) -> None:
    unit, (rule, fixed) = unit_and_rule
    anchor = align_anchor(start, Interval(1, unit), rule, fixed)
    assert anchor >= start
    assert satisfies_rule(anchor, rule, fixed)
    day = start
    while day < anchor:
        assert not satisfies_rule(day, rule, fixed), day
        day += timedelta(days=1)


@given(schedules(), indices)
def test_periods_are_contiguous_and_never_empty(plan: BillingSchedule, k: int) -> None:
    for index in range(k, k + 4):
        this, following = plan.period(index), plan.period(index + 1)
        assert this.end == following.start
        assert this.days >= 1


@given(schedules(), st.integers(min_value=0, max_value=5000))
def test_every_day_from_the_anchor_is_in_exactly_one_period(
    plan: BillingSchedule, offset: int
) -> None:
    day = plan.anchor + timedelta(days=offset)
    index = plan.index_of(day)
    assert index is not None
    assert model_boundary(plan, index) <= day < model_boundary(plan, index + 1)
    assert day in plan.period(index)
    assert day not in plan.period(index + 1)
    if index > 0:
        assert day not in plan.period(index - 1)
    assert plan.period_containing(day) == plan.period(index)


@given(schedules(), st.integers(min_value=1, max_value=5000))
def test_days_before_the_anchor_have_no_period(plan: BillingSchedule, days_before: int) -> None:
    assert plan.index_of(plan.anchor - timedelta(days=days_before)) is None


@given(schedules(), indices)
def test_boundary_k_comes_from_the_anchor_alone(plan: BillingSchedule, k: int) -> None:
    boundary = plan.boundary(k)
    assert boundary == model_boundary(plan, k)
    assert boundary == relativedelta_boundary(plan, k)
    if plan.interval.months is not None:
        last = days_in_month(boundary.year, boundary.month)
        if plan.day_rule is SAME_DAY:
            # No drift: a series anchored on the 31st is back on the 31st after February.
            assert boundary.day == min(plan.anchor.day, last)
        elif plan.day_rule is FIXED_DAY:
            assert plan.fixed_day is not None
            assert boundary.day == min(plan.fixed_day, last)
        else:
            assert boundary.day == last


@given(schedules(), indices)
def test_boundaries_strictly_increase(plan: BillingSchedule, k: int) -> None:
    boundaries = [plan.boundary(index) for index in range(k, k + 6)]
    assert all(a < b for a, b in pairwise(boundaries))


@given(
    schedules(), st.integers(min_value=-400, max_value=5000), st.integers(min_value=1, max_value=6)
)
def test_billing_dates_are_the_next_boundaries(
    plan: BillingSchedule, offset: int, count: int
) -> None:
    on_or_after = plan.anchor + timedelta(days=offset)
    dates = plan.billing_dates(on_or_after, count)
    assert len(dates) == count
    assert all(day >= on_or_after for day in dates)
    assert all(a < b for a, b in pairwise(dates))
    first = model_first_index_on_or_after(plan, on_or_after)
    assert dates == [model_boundary(plan, first + j) for j in range(count)]
    if first > 0:
        assert model_boundary(plan, first - 1) < on_or_after
