"""Properties of billing timelines over random plans, starts, ends, terms and pauses.

The expectations come from the rules (ARCHITECTURE.md, rule 3; periods are
half-open) and from a small model written here; cycles are taken from
`BillingSchedule`, whose boundaries `test_periods.py` checks against a model of
its own.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice, pairwise, takewhile

from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.billing import BillingTimeline, Pause, ServicePeriod
from cadence.domain.catalogue import BillingTiming
from cadence.domain.periods import (
    BillingSchedule,
    DayRule,
    Interval,
    IntervalUnit,
    Period,
    align_anchor,
)

DAY, WEEK, MONTH, YEAR = IntervalUnit.DAY, IntervalUnit.WEEK, IntervalUnit.MONTH, IntervalUnit.YEAR
SAME_DAY, LAST_DAY, FIXED_DAY = DayRule.SAME_DAY, DayRule.LAST_DAY_OF_MONTH, DayRule.FIXED_DAY
ADVANCE, ARREARS = BillingTiming.ADVANCE, BillingTiming.ARREARS

# Dates drawn for a timeline (billing_from, ends_on, pauses, from_date, due_until)
# fall within the short first period and the first SPAN_CYCLES cycles; every
# property looks at the periods starting before boundary(HORIZON_CYCLES).
SPAN_CYCLES = 10
HORIZON_CYCLES = 14
# Far more periods than start before the horizon: an iterator that never stops
# yielding is cut off here.
CAP = 200


@dataclass(frozen=True)
class Case:
    timeline: BillingTimeline
    horizon: date  # boundary(HORIZON_CYCLES)
    span_end: date  # boundary(SPAN_CYCLES)
    # The days where off-by-one errors live: the timeline's own dates and the
    # cycle boundaries, each with the day before and the day after.
    landmarks: tuple[date, ...]

    def days(self) -> st.SearchStrategy[date]:
        """A day from 40 days before the service start to boundary(SPAN_CYCLES),
        half the time one of the landmarks."""
        lowest = self.timeline.service_start - timedelta(days=40)
        return st.one_of(
            st.dates(min_value=lowest, max_value=self.span_end),
            st.sampled_from([day for day in self.landmarks if day <= self.span_end]),
        )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    unit = draw(st.sampled_from([DAY, WEEK, MONTH, YEAR]))
    count = draw(st.integers(1, 3 if unit is YEAR else 12))
    interval = Interval(count, unit)
    if interval.months is None:
        rule, fixed = SAME_DAY, None
    else:
        rule = draw(st.sampled_from([SAME_DAY, LAST_DAY, FIXED_DAY]))
        fixed = draw(st.integers(1, 31)) if rule is FIXED_DAY else None
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)))
    anchor = align_anchor(start, interval, rule, fixed)
    schedule = BillingSchedule(anchor, interval, rule, fixed)
    # Service starting before the anchor leaves a short first period.
    service_start = start if draw(st.booleans()) else anchor
    span_end = schedule.boundary(SPAN_CYCLES)
    span = (span_end - service_start).days
    # Off-by-one errors live on and next to period starts: half the dates drawn
    # are there (the anchor, and the service start, included).
    near_boundaries = sorted(
        {service_start}
        | {
            schedule.boundary(k) + timedelta(days=shift)
            for k in range(SPAN_CYCLES + 1)
            for shift in (-1, 0, 1)
        }
    )

    def day_from(lowest: date) -> date:
        """A day on or after `lowest`."""
        near = [day for day in near_boundaries if day >= lowest]
        if near and draw(st.booleans()):
            return draw(st.sampled_from(near))
        return lowest + timedelta(days=draw(st.integers(0, span)))

    # 0–2 pauses that do not overlap; the next may begin the very day one ends
    # (paused again on the day of resuming). Only the last may be open-ended.
    pauses: list[Pause] = []
    pause_start = day_from(service_start)
    for _ in range(draw(st.integers(0, 2))):
        if draw(st.booleans()):
            pauses.append(Pause(pause_start, None))
            break
        pause_end = day_from(pause_start + timedelta(days=1))
        pauses.append(Pause(pause_start, pause_end))
        pause_start = pause_end if draw(st.booleans()) else day_from(pause_end)
    # From here on, the pauses' dates are landmarks too (billing from the day
    # service resumed, or the day before, for instance).
    near_boundaries = sorted(
        set(near_boundaries)
        | {
            day + timedelta(days=shift)
            for pause in pauses
            for day in (pause.start, pause.end)
            if day is not None
            for shift in (-1, 0, 1)
        }
    )

    if draw(st.booleans()):
        billing_from = day_from(service_start)
    else:  # everything since the service start is billed by Cadence
        billing_from = service_start - timedelta(days=draw(st.integers(0, 400)))
    ends_on = day_from(service_start + timedelta(days=1)) if draw(st.booleans()) else None
    fixed_cycles = draw(st.none() | st.integers(1, 12))
    pauses_in_any_order = tuple(draw(st.permutations(pauses)))

    timeline = BillingTimeline(
        service_start=service_start,
        schedule=schedule,
        timing=draw(st.sampled_from([ADVANCE, ARREARS])),
        billing_from=billing_from,
        fixed_cycles=fixed_cycles,
        ends_on=ends_on,
        pauses=pauses_in_any_order,
    )
    own_dates = {service_start, anchor, billing_from, ends_on or service_start}
    own_dates |= {day for pause in pauses for day in (pause.start, pause.end) if day is not None}
    landmarks = {day + timedelta(days=shift) for day in own_dates for shift in (-1, 0, 1)}
    landmarks |= set(near_boundaries)
    return Case(timeline, schedule.boundary(HORIZON_CYCLES), span_end, tuple(sorted(landmarks)))


def before_horizon(periods: Iterable[ServicePeriod], horizon: date) -> list[ServicePeriod]:
    return list(takewhile(lambda service: service.start < horizon, islice(periods, CAP)))


def billed(case: Case, from_date: date | None = None) -> list[ServicePeriod]:
    return before_horizon(case.timeline.billable_periods(from_date=from_date), case.horizon)


# --- A model of the rules, independent of billing.py ----------------------------


def pause_covering(day: date, pauses: Iterable[Pause]) -> Pause | None:
    for pause in pauses:
        if pause.start <= day and (pause.end is None or day < pause.end):
            return pause
    return None


def service_ends(timeline: BillingTimeline) -> date | None:
    """The first day without service: the end, or the end of a fixed term, if any."""
    ends = [timeline.ends_on] if timeline.ends_on is not None else []
    if timeline.fixed_cycles is not None:
        ends.append(timeline.schedule.boundary(timeline.fixed_cycles))
    return min(ends, default=None)


def cycles(timeline: BillingTimeline, horizon: date) -> Iterator[Period]:
    """The short first period's days (if any), then the schedule's cycles up to the
    horizon, as many as a fixed term has."""
    schedule = timeline.schedule
    if timeline.service_start < schedule.anchor:
        yield Period(timeline.service_start, schedule.anchor)
    index = 0
    while (timeline.fixed_cycles is None or index < timeline.fixed_cycles) and (
        schedule.boundary(index) < horizon
    ):
        yield schedule.period(index)
        index += 1


def first_day_of_service(cycle: Period, timeline: BillingTimeline) -> date | None:
    """The cycle's start or, when it begins during pauses, the day service resumes;
    None when the cycle has no day of service."""
    day = cycle.start
    while (pause := pause_covering(day, timeline.pauses)) is not None:
        if pause.end is None:
            return None
        day = pause.end
    ends = service_ends(timeline)
    if day >= cycle.end or (ends is not None and day >= ends):
        return None
    return day


def cycle_before(schedule: BillingSchedule) -> date:
    """Where the cycle before the anchor starts: anchor − one interval, with the day
    rule applied to that month (the whole cycle a short first period is part of)."""
    months = schedule.interval.months
    assert months is not None  # only day rules (month-based) leave a short period
    year, month0 = divmod(schedule.anchor.year * 12 + schedule.anchor.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    if schedule.day_rule is LAST_DAY:
        day = last
    elif schedule.day_rule is FIXED_DAY:
        assert schedule.fixed_day is not None
        day = min(schedule.fixed_day, last)
    else:
        day = min(schedule.anchor.day, last)
    return date(year, month0 + 1, day)


def minus_pauses(start: date, end: date, pauses: Iterable[Pause]) -> list[tuple[date, date]]:
    """The spans of [start, end) outside every pause."""
    spans = [(start, end)]
    for pause in pauses:
        pause_end = pause.end or date.max
        spans = [
            piece
            for a, b in spans
            for piece in ((a, min(b, pause.start)), (max(a, pause_end), b))
            if piece[0] < piece[1]
        ]
    return spans


# --- Properties ---------------------------------------------------------------


@given(cases())
def test_billable_periods_are_ordered_disjoint_and_within_the_service(case: Case) -> None:
    timeline = case.timeline
    periods = billed(case)
    ends = service_ends(timeline)
    for service in periods:
        assert service.period.start < service.period.end
        assert timeline.service_start <= service.period.start
        assert ends is None or service.period.end <= ends
        assert service.period.start >= timeline.billing_from
        # A billed period is its whole cycle or a part of it.
        assert service.cycle.start <= service.period.start
        assert service.period.end <= service.cycle.end
        assert service.prorated == (service.period != service.cycle)
        if service.cycle_index is None:  # the short first period
            assert timeline.service_start < timeline.schedule.anchor
            assert service.cycle == Period(
                cycle_before(timeline.schedule), timeline.schedule.anchor
            )
            assert service.cycle.start < timeline.service_start
        else:
            assert service.cycle == timeline.schedule.period(service.cycle_index)
    for this, following in pairwise(periods):
        assert this.period.start < following.period.start
        assert this.period.end <= following.period.start


@given(cases())
def test_no_billable_period_starts_inside_a_pause(case: Case) -> None:
    for service in billed(case):
        assert pause_covering(service.start, case.timeline.pauses) is None, service


@given(cases())
def test_every_day_of_service_is_billed_exactly_once(case: Case) -> None:
    """Every day d with max(service_start, billing_from) <= d < horizon that is in no
    pause and comes before the end of service (ends_on, or the end of a fixed term)
    lies in exactly one billable period, UNLESS the first day of service of d's
    cycle comes before billing_from. A cycle is the short first period
    [service_start, anchor) or a period of the schedule; its first day of service
    is its start or, when it starts during a pause, the day that pause (and any
    pause beginning that very day) ends. When that day is before billing_from,
    the part of the cycle served since then was billed before the business moved
    to Cadence, so none of the cycle is billed again."""
    timeline = case.timeline
    periods = billed(case)
    lower = max(timeline.service_start, timeline.billing_from)
    upper = min(case.horizon, service_ends(timeline) or case.horizon)
    for cycle in cycles(timeline, case.horizon):
        first_day = first_day_of_service(cycle, timeline)
        if first_day is None or first_day < timeline.billing_from:
            continue
        start, end = max(cycle.start, lower), min(cycle.end, upper)
        if start >= end:
            continue
        for a, b in minus_pauses(start, end, timeline.pauses):
            # Each day of [a, b) is in exactly one period: the periods meeting the
            # span tile it, without gap or overlap.
            meeting = [
                service.period
                for service in periods
                if service.start < b and a < service.period.end
            ]
            assert meeting, (a, b)
            assert meeting[0].start <= a, (a, b, meeting)
            assert meeting[-1].end >= b, (a, b, meeting)
            for this, following in pairwise(meeting):
                assert this.end == following.start, (a, b, meeting)


@given(cases(), st.data())
def test_from_date_keeps_every_period_from_the_cycle_containing_it(
    case: Case, data: st.DataObject
) -> None:
    """billable_periods(from_date=x) is the suffix of billable_periods() that starts
    with the first period whose cycle contains x or starts after it (cycle.end > x):
    it never loses or adds a period from the start of the cycle containing x on."""
    x = data.draw(case.days(), label="from_date")
    everything = billed(case)
    expected = [service for service in everything if service.cycle.end > x]
    assert everything[len(everything) - len(expected) :] == expected  # a suffix
    assert billed(case, from_date=x) == expected


@given(cases())
def test_due_on_the_start_in_advance_on_the_end_in_arrears(case: Case) -> None:
    timeline = case.timeline
    periods = billed(case)
    occurrences = list(islice(timeline.occurrences(due_until=case.horizon), len(periods)))
    assert [occurrence.service for occurrence in occurrences] == periods[: len(occurrences)]
    for occurrence in occurrences:
        if timeline.timing is ADVANCE:
            assert occurrence.due_on == occurrence.service.period.start
        else:
            assert occurrence.due_on == occurrence.service.period.end


@given(cases(), st.data())
def test_occurrences_due_until_are_the_periods_due_by_then(case: Case, data: st.DataObject) -> None:
    timeline = case.timeline
    due_until = data.draw(case.days(), label="due_until")
    # Every period due by `due_until` starts before it, so before the horizon.
    expected = [
        (service, due)
        for service in billed(case)
        if (due := service.start if timeline.timing is ADVANCE else service.period.end) <= due_until
    ]
    occurrences = list(islice(timeline.occurrences(due_until=due_until), CAP))
    assert [(o.service, o.due_on) for o in occurrences] == expected
