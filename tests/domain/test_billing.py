"""Which periods a subscription is billed for, when, and for how much: worked by hand.

Every expected value below is written out, with its arithmetic in a comment;
none is computed by the code under test. Periods are half-open: `end` is the
first day after the period (ARCHITECTURE.md, rule 3 (learnt)).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Any

import pytest

from cadence.domain.billing import (
    BillingTimeline,
    Occurrence,
    Pause,
    ServicePeriod,
    discount_for_period,
    prorated_net,
    prorated_unit_price,
)
from cadence.domain.catalogue import BillingTiming
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.periods import BillingSchedule, DayRule, Interval, IntervalUnit, Period

D = Decimal
d = date
WEEK, MONTH, YEAR = IntervalUnit.WEEK, IntervalUnit.MONTH, IntervalUnit.YEAR
SAME_DAY, LAST_DAY, FIXED_DAY = DayRule.SAME_DAY, DayRule.LAST_DAY_OF_MONTH, DayRule.FIXED_DAY
ADVANCE, ARREARS = BillingTiming.ADVANCE, BillingTiming.ARREARS
PERCENT, AMOUNT = DiscountKind.PERCENT, DiscountKind.AMOUNT

# More than any test here expects: a timeline that yields too much is cut off
# here and fails its comparison instead of running for ever.
LIMIT = 60
# A `due_until` far beyond every period a test looks at.
FAR = d(2200, 1, 1)


def monthly(anchor: date, rule: DayRule = SAME_DAY, fixed: int | None = None) -> BillingSchedule:
    return BillingSchedule(anchor, Interval(1, MONTH), rule, fixed)


def timeline(
    schedule: BillingSchedule,
    *,
    service_start: date | None = None,
    timing: BillingTiming = ADVANCE,
    billing_from: date | None = None,
    fixed_cycles: int | None = None,
    ends_on: date | None = None,
    pauses: tuple[Pause, ...] = (),
) -> BillingTimeline:
    start = service_start or schedule.anchor
    return BillingTimeline(
        service_start=start,
        schedule=schedule,
        timing=timing,
        billing_from=billing_from or start,
        fixed_cycles=fixed_cycles,
        ends_on=ends_on,
        pauses=pauses,
    )


def full(start: date, end: date, index: int) -> ServicePeriod:
    """A whole cycle, `index` of the schedule."""
    return ServicePeriod(Period(start, end), Period(start, end), index)


def part(
    start: date, end: date, cycle_start: date, cycle_end: date, index: int | None
) -> ServicePeriod:
    """Part of a cycle (prorated); index None for the short first period."""
    return ServicePeriod(Period(start, end), Period(cycle_start, cycle_end), index)


def first(plan: BillingTimeline, count: int = LIMIT) -> list[ServicePeriod]:
    return list(islice(plan.billable_periods(), count))


class Hang(Exception):
    """An iterator that should have ended was still running."""


@contextmanager
def must_finish(seconds: float = 5.0) -> Iterator[None]:
    """Fail, rather than hang, when an iterator loops for ever without yielding
    (islice alone only stops one that keeps yielding). POSIX only; elsewhere no guard."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- The first periods of a timeline and their due dates -----------------------

ON_THE_31ST = monthly(d(2027, 1, 31))
# Period k starts on 31 Jan + k months, clamped: 31 Jan, 28 Feb, 31 Mar, 30 Apr,
# 31 May, 30 Jun (never 28 Mar after February).
FIRST_FIVE_FROM_31_JANUARY = [
    full(d(2027, 1, 31), d(2027, 2, 28), 0),
    full(d(2027, 2, 28), d(2027, 3, 31), 1),
    full(d(2027, 3, 31), d(2027, 4, 30), 2),
    full(d(2027, 4, 30), d(2027, 5, 31), 3),
    full(d(2027, 5, 31), d(2027, 6, 30), 4),
]


@pytest.mark.parametrize(
    ("timing", "due_dates"),
    [
        pytest.param(
            ADVANCE,
            [d(2027, 1, 31), d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30), d(2027, 5, 31)],
            id="advance-due-on-the-start",
        ),
        pytest.param(
            ARREARS,
            [d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30), d(2027, 5, 31), d(2027, 6, 30)],
            id="arrears-due-on-the-end",
        ),
    ],
)
def test_monthly_on_the_31st_periods_and_due_dates(
    timing: BillingTiming, due_dates: list[date]
) -> None:
    plan = timeline(ON_THE_31ST, timing=timing)
    occurrences = list(islice(plan.occurrences(due_until=FAR), 5))
    assert occurrences == [
        Occurrence(service, due)
        for service, due in zip(FIRST_FIVE_FROM_31_JANUARY, due_dates, strict=True)
    ]
    assert not any(occurrence.service.prorated for occurrence in occurrences)


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        pytest.param(
            # Fixed day 1 from 15 March: anchor 1 April; the cycle before it is
            # [1 Mar, 1 Apr), of which 15–31 March (17 days) is served.
            timeline(monthly(d(2027, 4, 1), FIXED_DAY, 1), service_start=d(2027, 3, 15)),
            [
                part(d(2027, 3, 15), d(2027, 4, 1), d(2027, 3, 1), d(2027, 4, 1), None),
                full(d(2027, 4, 1), d(2027, 5, 1), 0),
                full(d(2027, 5, 1), d(2027, 6, 1), 1),
                full(d(2027, 6, 1), d(2027, 7, 1), 2),
            ],
            id="monthly-fixed-day-1-short-first-period",
        ),
        pytest.param(
            # Last day of the month from 10 Feb 2027: anchor 28 Feb; the cycle
            # before it is [31 Jan, 28 Feb) (28 days), 10–27 Feb served (18 days).
            timeline(monthly(d(2027, 2, 28), LAST_DAY), service_start=d(2027, 2, 10)),
            [
                part(d(2027, 2, 10), d(2027, 2, 28), d(2027, 1, 31), d(2027, 2, 28), None),
                full(d(2027, 2, 28), d(2027, 3, 31), 0),
                full(d(2027, 3, 31), d(2027, 4, 30), 1),
                full(d(2027, 4, 30), d(2027, 5, 31), 2),
            ],
            id="monthly-last-day-short-first-period",
        ),
        pytest.param(
            # Quarterly on the 1st from 10 Feb: anchor 1 March; the cycle before
            # it is [1 Dec 2026, 1 Mar 2027): 31 + 31 + 28 = 90 days, 10–28 Feb
            # (19 days) served.
            timeline(
                BillingSchedule(d(2027, 3, 1), Interval(3, MONTH), FIXED_DAY, 1),
                service_start=d(2027, 2, 10),
            ),
            [
                part(d(2027, 2, 10), d(2027, 3, 1), d(2026, 12, 1), d(2027, 3, 1), None),
                full(d(2027, 3, 1), d(2027, 6, 1), 0),
                full(d(2027, 6, 1), d(2027, 9, 1), 1),
                full(d(2027, 9, 1), d(2027, 12, 1), 2),
            ],
            id="quarterly-fixed-day-1-short-first-period",
        ),
        pytest.param(
            # 31 Jan + 3, 6, 9, 12 months: 30 Apr, 31 Jul, 31 Oct, 31 Jan.
            timeline(BillingSchedule(d(2027, 1, 31), Interval(3, MONTH))),
            [
                full(d(2027, 1, 31), d(2027, 4, 30), 0),
                full(d(2027, 4, 30), d(2027, 7, 31), 1),
                full(d(2027, 7, 31), d(2027, 10, 31), 2),
                full(d(2027, 10, 31), d(2028, 1, 31), 3),
            ],
            id="quarterly-same-day-31st",
        ),
        pytest.param(
            # 29 Jan 2027 + 7 days: 5 Feb, 12 Feb, 19 Feb.
            timeline(BillingSchedule(d(2027, 1, 29), Interval(1, WEEK))),
            [
                full(d(2027, 1, 29), d(2027, 2, 5), 0),
                full(d(2027, 2, 5), d(2027, 2, 12), 1),
                full(d(2027, 2, 12), d(2027, 2, 19), 2),
            ],
            id="weekly",
        ),
        pytest.param(
            # 29 Feb 2028 + 12k months: 28 Feb in 2029–2031, 29 Feb again in 2032.
            timeline(BillingSchedule(d(2028, 2, 29), Interval(1, YEAR))),
            [
                full(d(2028, 2, 29), d(2029, 2, 28), 0),
                full(d(2029, 2, 28), d(2030, 2, 28), 1),
                full(d(2030, 2, 28), d(2031, 2, 28), 2),
                full(d(2031, 2, 28), d(2032, 2, 29), 3),
                full(d(2032, 2, 29), d(2033, 2, 28), 4),
            ],
            id="yearly-from-29-february",
        ),
    ],
)
def test_first_periods(plan: BillingTimeline, expected: list[ServicePeriod]) -> None:
    assert first(plan, len(expected)) == expected


def test_short_first_period_is_prorated_and_the_next_are_not() -> None:
    plan = timeline(monthly(d(2027, 4, 1), FIXED_DAY, 1), service_start=d(2027, 3, 15))
    short, regular = first(plan, 2)
    assert short.prorated
    assert short.cycle_index is None
    assert short.period.days == 17  # 15 → 31 March included
    assert short.cycle.days == 31  # all of March
    assert not regular.prorated
    # 29.00 × 17 / 31 = 493 / 31 = 15.903225… → 15.9032
    assert prorated_unit_price(D("29.00"), short) == D("15.9032")
    assert prorated_unit_price(D("29.00"), regular) == D("29.00")


@pytest.mark.parametrize(
    ("timing", "due"),
    [
        pytest.param(ADVANCE, d(2027, 3, 15), id="advance-on-the-service-start"),
        pytest.param(ARREARS, d(2027, 4, 1), id="arrears-on-the-anchor"),
    ],
)
def test_short_first_period_due_date(timing: BillingTiming, due: date) -> None:
    plan = timeline(
        monthly(d(2027, 4, 1), FIXED_DAY, 1), service_start=d(2027, 3, 15), timing=timing
    )
    occurrence = next(plan.occurrences(due_until=FAR))
    assert occurrence.service.period == Period(d(2027, 3, 15), d(2027, 4, 1))
    assert occurrence.due_on == due


# --- Billing from the day the business moved to Cadence -------------------------

FROM_1_JANUARY = monthly(d(2027, 1, 1))


def from_15_march(**options: Any) -> BillingTimeline:
    """Monthly on the 1st from 15 March 2027: a short first period [15 Mar, 1 Apr)."""
    return timeline(monthly(d(2027, 4, 1), FIXED_DAY, 1), service_start=d(2027, 3, 15), **options)


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        pytest.param(
            timeline(FROM_1_JANUARY, billing_from=d(2026, 6, 1)),
            [full(d(2027, 1, 1), d(2027, 2, 1), 0), full(d(2027, 2, 1), d(2027, 3, 1), 1)],
            id="before-the-service-start-changes-nothing",
        ),
        pytest.param(
            timeline(FROM_1_JANUARY, billing_from=d(2027, 4, 1)),
            [full(d(2027, 4, 1), d(2027, 5, 1), 3), full(d(2027, 5, 1), d(2027, 6, 1), 4)],
            id="on-a-period-start",
        ),
        pytest.param(
            # [1 Apr, 1 May) began before 15 April: billed by the old system, skipped whole.
            timeline(FROM_1_JANUARY, billing_from=d(2027, 4, 15)),
            [full(d(2027, 5, 1), d(2027, 6, 1), 4), full(d(2027, 6, 1), d(2027, 7, 1), 5)],
            id="mid-period-skips-that-period",
        ),
        pytest.param(
            timeline(FROM_1_JANUARY, billing_from=d(2027, 4, 2)),
            [full(d(2027, 5, 1), d(2027, 6, 1), 4), full(d(2027, 6, 1), d(2027, 7, 1), 5)],
            id="the-day-after-a-period-start",
        ),
        pytest.param(
            timeline(FROM_1_JANUARY, billing_from=d(2027, 4, 30)),
            [full(d(2027, 5, 1), d(2027, 6, 1), 4), full(d(2027, 6, 1), d(2027, 7, 1), 5)],
            id="the-last-day-of-a-period",
        ),
        pytest.param(
            # Paused when the business moved to Cadence (10 April); service resumed
            # on 15 April, after the move: the old system never billed [15 Apr, 1 May).
            timeline(
                FROM_1_JANUARY,
                billing_from=d(2027, 4, 10),
                pauses=(Pause(d(2027, 2, 10), d(2027, 4, 15)),),
            ),
            [
                part(d(2027, 4, 15), d(2027, 5, 1), d(2027, 4, 1), d(2027, 5, 1), 3),
                full(d(2027, 5, 1), d(2027, 6, 1), 4),
            ],
            id="service-resumed-after-it",
        ),
        pytest.param(
            # Resumed on 5 April, before the move on 10 April: [5 Apr, 1 May) was
            # billed by the old system.
            timeline(
                FROM_1_JANUARY,
                billing_from=d(2027, 4, 10),
                pauses=(Pause(d(2027, 2, 10), d(2027, 4, 5)),),
            ),
            [full(d(2027, 5, 1), d(2027, 6, 1), 4), full(d(2027, 6, 1), d(2027, 7, 1), 5)],
            id="service-resumed-before-it",
        ),
        pytest.param(
            from_15_march(billing_from=d(2027, 3, 15)),
            [
                part(d(2027, 3, 15), d(2027, 4, 1), d(2027, 3, 1), d(2027, 4, 1), None),
                full(d(2027, 4, 1), d(2027, 5, 1), 0),
            ],
            id="on-the-service-start-bills-the-short-period",
        ),
        pytest.param(
            from_15_march(billing_from=d(2027, 3, 20)),
            [full(d(2027, 4, 1), d(2027, 5, 1), 0), full(d(2027, 5, 1), d(2027, 6, 1), 1)],
            id="within-the-short-period-skips-it",
        ),
    ],
)
def test_billing_from(plan: BillingTimeline, expected: list[ServicePeriod]) -> None:
    assert first(plan, len(expected)) == expected


# --- The end of service --------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        pytest.param(
            # 1–15 March served: 15 of March's 31 days.
            timeline(FROM_1_JANUARY, ends_on=d(2027, 3, 16)),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                part(d(2027, 3, 1), d(2027, 3, 16), d(2027, 3, 1), d(2027, 4, 1), 2),
            ],
            id="mid-period-cuts-it-short",
        ),
        pytest.param(
            timeline(FROM_1_JANUARY, ends_on=d(2027, 3, 1)),
            [full(d(2027, 1, 1), d(2027, 2, 1), 0), full(d(2027, 2, 1), d(2027, 3, 1), 1)],
            id="on-a-period-start-bills-nothing-from-it",
        ),
        pytest.param(
            timeline(FROM_1_JANUARY, ends_on=d(2027, 1, 2)),
            [part(d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 1), d(2027, 2, 1), 0)],
            id="after-one-day",
        ),
        pytest.param(
            from_15_march(ends_on=d(2027, 3, 25)),
            [part(d(2027, 3, 15), d(2027, 3, 25), d(2027, 3, 1), d(2027, 4, 1), None)],
            id="within-the-short-first-period",
        ),
        pytest.param(
            from_15_march(ends_on=d(2027, 4, 1)),
            [part(d(2027, 3, 15), d(2027, 4, 1), d(2027, 3, 1), d(2027, 4, 1), None)],
            id="on-the-anchor-after-the-short-period",
        ),
        pytest.param(
            # 5–8 February served: 4 of the week's 7 days.
            timeline(BillingSchedule(d(2027, 1, 29), Interval(1, WEEK)), ends_on=d(2027, 2, 9)),
            [
                full(d(2027, 1, 29), d(2027, 2, 5), 0),
                part(d(2027, 2, 5), d(2027, 2, 9), d(2027, 2, 5), d(2027, 2, 12), 1),
            ],
            id="weekly-mid-week",
        ),
    ],
)
def test_ends_on(plan: BillingTimeline, expected: list[ServicePeriod]) -> None:
    with must_finish():
        assert first(plan) == expected


@pytest.mark.parametrize(
    ("timing", "due_dates"),
    [
        pytest.param(ADVANCE, [d(2027, 1, 1), d(2027, 2, 1), d(2027, 3, 1)], id="advance"),
        # The last period ends on 16 March, not with its cycle on 1 April.
        pytest.param(ARREARS, [d(2027, 2, 1), d(2027, 3, 1), d(2027, 3, 16)], id="arrears"),
    ],
)
def test_due_dates_up_to_the_end(timing: BillingTiming, due_dates: list[date]) -> None:
    plan = timeline(FROM_1_JANUARY, timing=timing, ends_on=d(2027, 3, 16))
    with must_finish():
        occurrences = list(islice(plan.occurrences(due_until=FAR), LIMIT))
    assert [occurrence.due_on for occurrence in occurrences] == due_dates


def test_last_period_cut_by_the_end_is_prorated() -> None:
    *_, last = first(timeline(FROM_1_JANUARY, ends_on=d(2027, 3, 16)))
    assert last.prorated
    assert last.period.days == 15
    assert last.cycle.days == 31
    # 29.00 × 15 / 31 = 435 / 31 = 14.032258… → 14.0323; net 14.0323 → 14.03
    assert prorated_unit_price(D("29.00"), last) == D("14.0323")
    assert prorated_net(1, D("29.00"), last, "EUR") == D("14.03")


# --- A fixed number of cycles --------------------------------------------------


def test_six_cycles_from_the_31st() -> None:
    plan = timeline(ON_THE_31ST, fixed_cycles=6)
    with must_finish():
        periods = first(plan)
    # Six cycles: 31 Jan, 28 Feb, 31 Mar, 30 Apr, 31 May, 30 Jun; the term ends 31 Jul.
    assert periods == [
        *FIRST_FIVE_FROM_31_JANUARY,
        full(d(2027, 6, 30), d(2027, 7, 31), 5),
    ]
    assert plan.term_end() == d(2027, 7, 31)


def test_a_short_first_period_is_not_one_of_the_cycles() -> None:
    plan = from_15_march(fixed_cycles=6)
    with must_finish():
        periods = first(plan)
    # The short period, then six cycles from 1 April: the term ends 1 October.
    assert periods == [
        part(d(2027, 3, 15), d(2027, 4, 1), d(2027, 3, 1), d(2027, 4, 1), None),
        full(d(2027, 4, 1), d(2027, 5, 1), 0),
        full(d(2027, 5, 1), d(2027, 6, 1), 1),
        full(d(2027, 6, 1), d(2027, 7, 1), 2),
        full(d(2027, 7, 1), d(2027, 8, 1), 3),
        full(d(2027, 8, 1), d(2027, 9, 1), 4),
        full(d(2027, 9, 1), d(2027, 10, 1), 5),
    ]
    assert plan.term_end() == d(2027, 10, 1)


def test_an_end_before_the_term_end_cuts_the_term_short() -> None:
    plan = timeline(ON_THE_31ST, fixed_cycles=6, ends_on=d(2027, 5, 15))
    with must_finish():
        assert first(plan) == [
            full(d(2027, 1, 31), d(2027, 2, 28), 0),
            full(d(2027, 2, 28), d(2027, 3, 31), 1),
            full(d(2027, 3, 31), d(2027, 4, 30), 2),
            part(d(2027, 4, 30), d(2027, 5, 15), d(2027, 4, 30), d(2027, 5, 31), 3),
        ]


def test_without_a_fixed_term_there_is_no_term_end() -> None:
    assert timeline(ON_THE_31ST).term_end() is None


# --- Pauses --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pauses", "expected"),
    [
        pytest.param(
            # February started before the pause: billed in full. March starts in
            # it: left out. April starts in it, service resumes on 15 April:
            # [15 Apr, 1 May) billed, 16 of April's 30 days.
            (Pause(d(2027, 2, 10), d(2027, 4, 15)),),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                part(d(2027, 4, 15), d(2027, 5, 1), d(2027, 4, 1), d(2027, 5, 1), 3),
                full(d(2027, 5, 1), d(2027, 6, 1), 4),
            ],
            id="resumed-mid-cycle",
        ),
        pytest.param(
            # Resumed on 1 April, a period start: April is billed in full.
            (Pause(d(2027, 2, 10), d(2027, 4, 1)),),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                full(d(2027, 4, 1), d(2027, 5, 1), 3),
                full(d(2027, 5, 1), d(2027, 6, 1), 4),
            ],
            id="resumed-on-a-period-start",
        ),
        pytest.param(
            (Pause(d(2027, 3, 1), d(2027, 4, 1)),),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                full(d(2027, 4, 1), d(2027, 5, 1), 3),
            ],
            id="exactly-one-cycle",
        ),
        pytest.param(
            # The first cycle starts in the pause: 20–31 January, 12 of 31 days.
            (Pause(d(2027, 1, 1), d(2027, 1, 20)),),
            [
                part(d(2027, 1, 20), d(2027, 2, 1), d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
            ],
            id="from-the-service-start",
        ),
        pytest.param(
            # No period starts in the pause: every one is billed in full.
            (Pause(d(2027, 2, 10), d(2027, 2, 20)),),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                full(d(2027, 3, 1), d(2027, 4, 1), 2),
            ],
            id="within-one-cycle",
        ),
        pytest.param(
            # March resumes on 15 March (17 of 31 days); May starts before the
            # second pause; June starts in it and ends before it does; July
            # resumes on 10 July (22 of 31 days).
            (Pause(d(2027, 2, 10), d(2027, 3, 15)), Pause(d(2027, 5, 5), d(2027, 7, 10))),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                part(d(2027, 3, 15), d(2027, 4, 1), d(2027, 3, 1), d(2027, 4, 1), 2),
                full(d(2027, 4, 1), d(2027, 5, 1), 3),
                full(d(2027, 5, 1), d(2027, 6, 1), 4),
                part(d(2027, 7, 10), d(2027, 8, 1), d(2027, 7, 1), d(2027, 8, 1), 6),
                full(d(2027, 8, 1), d(2027, 9, 1), 7),
            ],
            id="two-pauses",
        ),
        pytest.param(
            # Paused again the day it resumed: no service at all from 1 April to
            # 20 May, so April is left out and May is billed from 20 May.
            (Pause(d(2027, 2, 10), d(2027, 4, 15)), Pause(d(2027, 4, 15), d(2027, 5, 20))),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                part(d(2027, 5, 20), d(2027, 6, 1), d(2027, 5, 1), d(2027, 6, 1), 4),
                full(d(2027, 6, 1), d(2027, 7, 1), 5),
            ],
            id="paused-again-the-day-it-resumed",
        ),
    ],
)
def test_pauses(pauses: tuple[Pause, ...], expected: list[ServicePeriod]) -> None:
    assert first(timeline(FROM_1_JANUARY, pauses=pauses), len(expected)) == expected


@pytest.mark.parametrize(
    ("pauses", "expected"),
    [
        pytest.param(
            # March started before the pause: billed in full; then nothing.
            (Pause(d(2027, 3, 10), None),),
            [
                full(d(2027, 1, 1), d(2027, 2, 1), 0),
                full(d(2027, 2, 1), d(2027, 3, 1), 1),
                full(d(2027, 3, 1), d(2027, 4, 1), 2),
            ],
            id="open-pause-mid-cycle",
        ),
        pytest.param(
            (Pause(d(2027, 3, 1), None),),
            [full(d(2027, 1, 1), d(2027, 2, 1), 0), full(d(2027, 2, 1), d(2027, 3, 1), 1)],
            id="open-pause-on-a-period-start",
        ),
        pytest.param(
            # Paused for good the day the first pause ended: never resumed.
            (Pause(d(2027, 2, 10), d(2027, 4, 15)), Pause(d(2027, 4, 15), None)),
            [full(d(2027, 1, 1), d(2027, 2, 1), 0), full(d(2027, 2, 1), d(2027, 3, 1), 1)],
            id="open-pause-the-day-the-first-ended",
        ),
        pytest.param(
            (Pause(d(2027, 1, 1), None),),
            [],
            id="open-pause-from-the-service-start",
        ),
    ],
)
def test_an_open_pause_stops_billing_for_good(
    pauses: tuple[Pause, ...], expected: list[ServicePeriod]
) -> None:
    plan = timeline(FROM_1_JANUARY, pauses=pauses)
    with must_finish():
        assert first(plan) == expected
        assert list(islice(plan.occurrences(due_until=FAR), LIMIT)) == [
            Occurrence(service, service.start) for service in expected
        ]


def test_an_open_pause_bills_nothing_from_a_later_date() -> None:
    plan = timeline(FROM_1_JANUARY, pauses=(Pause(d(2027, 3, 10), None),))
    with must_finish():
        assert list(islice(plan.billable_periods(from_date=d(2027, 6, 15)), LIMIT)) == []


@pytest.mark.parametrize(
    ("timing", "due_dates"),
    [
        # [15 Apr, 1 May) is due when it starts, 15 April, or when it ends, 1 May.
        pytest.param(
            ADVANCE, [d(2027, 1, 1), d(2027, 2, 1), d(2027, 4, 15), d(2027, 5, 1)], id="advance"
        ),
        pytest.param(
            ARREARS, [d(2027, 2, 1), d(2027, 3, 1), d(2027, 5, 1), d(2027, 6, 1)], id="arrears"
        ),
    ],
)
def test_due_dates_around_a_pause(timing: BillingTiming, due_dates: list[date]) -> None:
    plan = timeline(FROM_1_JANUARY, timing=timing, pauses=(Pause(d(2027, 2, 10), d(2027, 4, 15)),))
    occurrences = list(islice(plan.occurrences(due_until=FAR), 4))
    assert [occurrence.due_on for occurrence in occurrences] == due_dates


def test_resumed_period_is_prorated() -> None:
    plan = timeline(FROM_1_JANUARY, pauses=(Pause(d(2027, 2, 10), d(2027, 4, 15)),))
    resumed = first(plan, 3)[2]
    assert resumed.prorated
    # 30.00 × 16 / 30 = 16.00
    assert prorated_unit_price(D("30.00"), resumed) == D("16.0000")
    assert prorated_net(2, D("30.00"), resumed, "EUR") == D("32.00")


def test_pause_covers_its_start_but_not_its_end() -> None:
    pause = Pause(d(2027, 2, 10), d(2027, 4, 15))
    assert not pause.covers(d(2027, 2, 9))
    assert pause.covers(d(2027, 2, 10))
    assert pause.covers(d(2027, 4, 14))
    assert not pause.covers(d(2027, 4, 15))
    assert Pause(d(2027, 2, 10), None).covers(d(2999, 1, 1))


# --- Occurrences due by a date -------------------------------------------------


@pytest.mark.parametrize(
    ("timing", "due_until", "from_date", "expected"),
    [
        pytest.param(
            ADVANCE,
            d(2027, 3, 31),
            None,
            [d(2027, 1, 31), d(2027, 2, 28), d(2027, 3, 31)],
            id="advance-due-on-the-day-included",
        ),
        pytest.param(
            ADVANCE,
            d(2027, 3, 30),
            None,
            [d(2027, 1, 31), d(2027, 2, 28)],
            id="advance-the-day-before",
        ),
        pytest.param(ADVANCE, d(2027, 1, 30), None, [], id="advance-nothing-due-yet"),
        pytest.param(
            ARREARS,
            d(2027, 3, 31),
            None,
            [d(2027, 2, 28), d(2027, 3, 31)],
            id="arrears-due-on-the-end",
        ),
        pytest.param(ARREARS, d(2027, 2, 27), None, [], id="arrears-first-period-not-over"),
        pytest.param(
            # 1 March is in [28 Feb, 31 Mar): that cycle and the next two.
            ADVANCE,
            d(2027, 4, 30),
            d(2027, 3, 1),
            [d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30)],
            id="from-a-date-within-a-cycle",
        ),
    ],
)
def test_occurrences_due_until(
    timing: BillingTiming, due_until: date, from_date: date | None, expected: list[date]
) -> None:
    plan = timeline(ON_THE_31ST, timing=timing)
    with must_finish():
        occurrences = list(
            islice(plan.occurrences(due_until=due_until, from_date=from_date), LIMIT)
        )
    assert [occurrence.due_on for occurrence in occurrences] == expected


@pytest.mark.parametrize(
    ("from_date", "first_start"),
    [
        pytest.param(d(2027, 1, 1), d(2027, 1, 31), id="before-the-anchor"),
        pytest.param(d(2027, 1, 31), d(2027, 1, 31), id="on-the-anchor"),
        pytest.param(d(2027, 2, 27), d(2027, 1, 31), id="last-day-of-the-first-cycle"),
        pytest.param(d(2027, 2, 28), d(2027, 2, 28), id="on-a-clamped-boundary"),
        pytest.param(d(2027, 3, 30), d(2027, 2, 28), id="within-the-second-cycle"),
    ],
)
def test_from_date_starts_with_the_cycle_containing_it(from_date: date, first_start: date) -> None:
    service = next(timeline(ON_THE_31ST).billable_periods(from_date=from_date))
    assert service.start == first_start


@pytest.mark.parametrize(
    ("from_date", "first_start"),
    [
        pytest.param(d(2027, 3, 10), d(2027, 3, 15), id="before-the-service-start"),
        pytest.param(d(2027, 3, 20), d(2027, 3, 15), id="within-the-short-period"),
        pytest.param(d(2027, 4, 1), d(2027, 4, 1), id="on-the-anchor"),
    ],
)
def test_from_date_and_the_short_first_period(from_date: date, first_start: date) -> None:
    plan = from_15_march()
    assert next(plan.billable_periods(from_date=from_date)).start == first_start


# --- Proration -----------------------------------------------------------------

# 7 days of a 30-day cycle: 1–7 April of [1 Apr, 1 May).
SEVEN_OF_THIRTY = part(d(2027, 4, 1), d(2027, 4, 8), d(2027, 4, 1), d(2027, 5, 1), 3)
# 17 days of a 31-day cycle: 15–31 March of [1 Mar, 1 Apr).
SEVENTEEN_OF_THIRTY_ONE = part(d(2027, 3, 15), d(2027, 4, 1), d(2027, 3, 1), d(2027, 4, 1), None)
WHOLE_APRIL = full(d(2027, 4, 1), d(2027, 5, 1), 3)


@pytest.mark.parametrize(
    ("unit_price", "quantity", "service", "expected_price", "expected_net"),
    [
        # 24.90 × 7 / 30 = 174.30 / 30 = 5.81 exactly
        pytest.param("24.90", 1, SEVEN_OF_THIRTY, "5.8100", "5.81", id="24.90-for-7-of-30-days"),
        # 29.00 × 17 / 31 = 493 / 31 = 15.903225… → 15.9032; 15.9032 → 15.90
        pytest.param(
            "29.00", 1, SEVENTEEN_OF_THIRTY_ONE, "15.9032", "15.90", id="29.00-for-17-of-31-days"
        ),
        # 3 × 15.9032 = 47.7096 → 47.71 (not 3 × 15.90 = 47.70)
        pytest.param(
            "29.00", 3, SEVENTEEN_OF_THIRTY_ONE, "15.9032", "47.71", id="quantity-3-rounded-once"
        ),
        # 10.00 × 7 / 30 = 2.3333… → 2.3333; 3 × 2.3333 = 6.9999 → 7.00
        pytest.param("10.00", 3, SEVEN_OF_THIRTY, "2.3333", "7.00", id="price-rounded-down"),
        # 0.05 × 17 / 31 = 0.85 / 31 = 0.027419… → 0.0274; net 0.0274 → 0.03
        pytest.param("0.05", 1, SEVENTEEN_OF_THIRTY_ONE, "0.0274", "0.03", id="tiny-price"),
        # 1.00 × 1 / 2 days = 0.5 exactly: 0.5000, 12 × 0.5 = 6.00
        pytest.param(
            "1.00",
            12,
            part(d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 1), d(2027, 1, 3), 0),
            "0.5000",
            "6.00",
            id="half-a-two-day-cycle",
        ),
        pytest.param("24.90", 1, WHOLE_APRIL, "24.90", "24.90", id="whole-period-not-prorated"),
        pytest.param("24.90", 2, WHOLE_APRIL, "24.90", "49.80", id="whole-period-quantity-2"),
    ],
)
def test_proration(
    unit_price: str,
    quantity: int,
    service: ServicePeriod,
    expected_price: str,
    expected_net: str,
) -> None:
    price = prorated_unit_price(D(unit_price), service)
    net = prorated_net(quantity, D(unit_price), service, "EUR")
    # Compared as tuples too, so the number of places is checked, not only the value.
    assert (price, str(price)) == (D(expected_price), expected_price)
    assert (net, str(net)) == (D(expected_net), expected_net)


def test_proration_rounds_half_up_to_four_places() -> None:
    # 1.00 × 1 / 16 = 0.0625 exactly. 0.0001 × 1 / 2 = 0.00005 → 0.0001 half up
    # (half-even would give 0.0000).
    one_of_sixteen = part(d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 1), d(2027, 1, 17), 0)
    assert prorated_unit_price(D("1.00"), one_of_sixteen) == D("0.0625")
    one_of_two = part(d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 1), d(2027, 1, 3), 0)
    assert str(prorated_unit_price(D("0.0001"), one_of_two)) == "0.0001"


def test_proration_in_yen_rounds_the_net_to_whole_yen() -> None:
    # 1000 × 17 / 31 = 548.3870… → 548.3871; net → 548 (yen have no minor unit)
    assert prorated_unit_price(D("1000"), SEVENTEEN_OF_THIRTY_ONE) == D("548.3871")
    assert prorated_net(1, D("1000"), SEVENTEEN_OF_THIRTY_ONE, "JPY") == D("548")


# --- Discounts on a period -----------------------------------------------------

TWENTY_PERCENT_FOR_THREE = Discount(PERCENT, D("20"), cycles=3)


@pytest.mark.parametrize(
    ("cycles_billed_before", "expected"),
    [
        # 29.90 × 20 / 100 = 5.98
        pytest.param(0, "5.98", id="first-cycle"),
        pytest.param(1, "5.98", id="second-cycle"),
        pytest.param(2, "5.98", id="third-cycle"),
        pytest.param(3, "0", id="fourth-cycle-full-price"),
        pytest.param(10, "0", id="much-later"),
    ],
)
def test_percentage_for_three_cycles(cycles_billed_before: int, expected: str) -> None:
    amount = discount_for_period(
        TWENTY_PERCENT_FOR_THREE, cycles_billed_before, D("29.90"), WHOLE_APRIL, "EUR"
    )
    assert amount == D(expected)


@pytest.mark.parametrize(
    ("discount", "net", "service", "expected"),
    [
        # 5.00 × 7 / 30 = 35 / 30 = 1.1666… → 1.17
        pytest.param(Discount(AMOUNT, D("5.00")), "5.81", SEVEN_OF_THIRTY, "1.17", id="prorated"),
        # 1.17 would be more than the net: capped at 1.00
        pytest.param(
            Discount(AMOUNT, D("5.00")), "1.00", SEVEN_OF_THIRTY, "1.00", id="prorated-capped"
        ),
        pytest.param(
            Discount(AMOUNT, D("5.00")), "0.00", SEVEN_OF_THIRTY, "0.00", id="prorated-free-period"
        ),
        pytest.param(Discount(AMOUNT, D("5.00")), "24.90", WHOLE_APRIL, "5.00", id="whole-period"),
        pytest.param(
            Discount(AMOUNT, D("50.00")), "24.90", WHOLE_APRIL, "24.90", id="whole-period-capped"
        ),
        # A percentage applies to the prorated net as it is: 5.81 × 20 / 100 = 1.162 → 1.16
        pytest.param(Discount(PERCENT, D("20")), "5.81", SEVEN_OF_THIRTY, "1.16", id="percent"),
        pytest.param(None, "24.90", WHOLE_APRIL, "0", id="no-discount"),
    ],
)
def test_discount_for_period(
    discount: Discount | None, net: str, service: ServicePeriod, expected: str
) -> None:
    amount = discount_for_period(discount, 0, D(net), service, "EUR")
    assert amount == D(expected)
    assert amount <= max(D(net), D(0))


def test_fixed_amount_for_two_cycles_stops_after_them() -> None:
    discount = Discount(AMOUNT, D("5.00"), cycles=2)
    assert discount_for_period(discount, 1, D("5.81"), SEVEN_OF_THIRTY, "EUR") == D("1.17")
    assert discount_for_period(discount, 2, D("5.81"), SEVEN_OF_THIRTY, "EUR") == D("0")
