"""Billing periods computed from an anchor, never from the previous period.

Period *k* starts at `anchor + k × interval` with the plan's day rule applied to
that single result (ARCHITECTURE.md, rule 3). A monthly series anchored on
31 January therefore starts periods on 31 Jan, 29 Feb 2028, 31 Mar, 30 Apr …:
February's clamping never leaks into March.

Periods are half-open: `start` is the first day of service, `end` the first day
after it. The same convention holds for every `*_end` date in Cadence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP


class IntervalUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DayRule(StrEnum):
    """Which day of the month a month- or year-based cycle bills on."""

    # The anchor's day, clamped to shorter months (31 Jan → 28/29 Feb → 31 Mar).
    SAME_DAY = "same_day"
    LAST_DAY_OF_MONTH = "last_day_of_month"
    # A fixed day of the month (1–31, clamped to the month's length).
    FIXED_DAY = "fixed_day"


# Upper bounds on every interval the user can type: ten years, in each unit.
MAX_INTERVAL_COUNT = {
    IntervalUnit.DAY: 3660,
    IntervalUnit.WEEK: 520,
    IntervalUnit.MONTH: 120,
    IntervalUnit.YEAR: 10,
}

_BAD_COUNT = QT_TRANSLATE_NOOP(
    "Messages", "the number of {unit}s must be between 1 and {maximum}, not {count}"
)
_RULE_NEEDS_MONTHS = QT_TRANSLATE_NOOP(
    "Messages", "a day-of-month rule needs a cycle counted in months or years"
)
_BAD_FIXED_DAY = QT_TRANSLATE_NOOP(
    "Messages", "the billing day must be between 1 and 31, not {day}"
)
_FIXED_DAY_MISSING = QT_TRANSLATE_NOOP("Messages", "choose the day of the month to bill on")
_OUT_OF_CALENDAR = QT_TRANSLATE_NOOP(
    "Messages",
    "a date computed from {day} would fall outside the calendar (years 1 to 9999): "
    "choose a nearer date or a shorter term",
)


class DateOutOfRange(InvalidValue):
    """A date computed from the user's dates and terms falls before year 1 or after 9999.

    A `KnownError`, so that an absurd date or term gives a message instead of a crash;
    inside `FieldErrors.check` it becomes the error of the field being checked.
    """


def add_days(day: date, days: int) -> date:
    """`day` moved by `days` days (backwards when negative)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise DateOutOfRange(message(_OUT_OF_CALENDAR, day=day.isoformat())) from None


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` months in one step (month ends clamp: 31 Jan + 1 → 28/29 Feb)."""
    try:
        return day + relativedelta(months=months)
    except (ValueError, OverflowError):
        # relativedelta reports a year past 9999 (or before 1) as a ValueError.
        raise DateOutOfRange(message(_OUT_OF_CALENDAR, day=day.isoformat())) from None


def years_from(day: date, years: int) -> date:
    """`day` moved by `years` years, stopping at the calendar's first or last day: the
    bound of a range of dates the user may choose, which must not fail itself."""
    try:
        return add_months(day, 12 * years)
    except DateOutOfRange:
        return date.max if years > 0 else date.min


@dataclass(frozen=True, slots=True)
class Interval:
    """A length of time counted in whole units: 1 month, 3 months, 2 weeks, 1 year."""

    count: int
    unit: IntervalUnit

    def __post_init__(self) -> None:
        maximum = MAX_INTERVAL_COUNT[self.unit]
        if (
            isinstance(self.count, bool)
            or not isinstance(self.count, int)
            or not 1 <= self.count <= maximum
        ):
            raise InvalidValue(
                message(_BAD_COUNT, unit=self.unit.value, maximum=maximum, count=self.count)
            )

    @property
    def months(self) -> int | None:
        """Length in months for month- and year-based intervals, else None."""
        if self.unit is IntervalUnit.MONTH:
            return self.count
        if self.unit is IntervalUnit.YEAR:
            return 12 * self.count
        return None

    @property
    def days(self) -> int | None:
        """Length in days for day- and week-based intervals, else None."""
        if self.unit is IntervalUnit.DAY:
            return self.count
        if self.unit is IntervalUnit.WEEK:
            return 7 * self.count
        return None

    def after(self, start: date, times: int = 1) -> date:
        """`start` moved by `times` intervals in one step (month ends clamp); a
        `DateOutOfRange` when the result would leave the calendar."""
        if self.days is not None:
            return add_days(start, self.days * times)
        assert self.months is not None
        return add_months(start, self.months * times)


def validate_day_rule(interval: Interval, rule: DayRule, fixed_day: int | None) -> None:
    """Refuse a day rule that cannot apply to the cycle."""
    if rule is not DayRule.SAME_DAY and interval.months is None:
        raise InvalidValue(message(_RULE_NEEDS_MONTHS))
    if rule is DayRule.FIXED_DAY:
        if fixed_day is None:
            raise InvalidValue(message(_FIXED_DAY_MISSING))
        if isinstance(fixed_day, bool) or not 1 <= fixed_day <= 31:
            raise InvalidValue(message(_BAD_FIXED_DAY, day=fixed_day))


def _apply_day_rule(day: date, rule: DayRule, fixed_day: int | None) -> date:
    if rule is DayRule.LAST_DAY_OF_MONTH:
        return day + relativedelta(day=31)
    if rule is DayRule.FIXED_DAY:
        assert fixed_day is not None
        return day + relativedelta(day=fixed_day)
    return day


def align_anchor(
    start: date, interval: Interval, rule: DayRule, fixed_day: int | None = None
) -> date:
    """The first date on or after `start` on which the cycle may begin under `rule`."""
    validate_day_rule(interval, rule, fixed_day)
    candidate = _apply_day_rule(start, rule, fixed_day)
    if candidate < start:
        candidate = _apply_day_rule(add_months(start, 1), rule, fixed_day)
    return candidate


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open span of days: `start` included, `end` excluded."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"a period must end after it starts: {self.start} → {self.end}")

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end


@lru_cache(maxsize=1 << 17)
def _boundary(
    anchor: date, interval: Interval, rule: DayRule, fixed_day: int | None, index: int
) -> date:
    """Period starts are asked for again and again in a billing run: remembered."""
    moved = interval.after(anchor, index)
    if interval.months is None:
        return moved
    return _apply_day_rule(moved, rule, fixed_day)


@dataclass(frozen=True, slots=True)
class BillingSchedule:
    """The periods of a cycle: period k = [boundary(k), boundary(k + 1))."""

    anchor: date
    interval: Interval
    day_rule: DayRule = DayRule.SAME_DAY
    fixed_day: int | None = None

    def __post_init__(self) -> None:
        validate_day_rule(self.interval, self.day_rule, self.fixed_day)
        if self.day_rule is not DayRule.FIXED_DAY and self.fixed_day is not None:
            raise ValueError("fixed_day is only meaningful with DayRule.FIXED_DAY")
        aligned = align_anchor(self.anchor, self.interval, self.day_rule, self.fixed_day)
        if aligned != self.anchor:
            raise ValueError(f"anchor {self.anchor} does not follow {self.day_rule}; use {aligned}")

    def boundary(self, index: int) -> date:
        """Start of period `index`, computed from the anchor alone."""
        if index < 0:
            raise ValueError("period indices start at 0")
        return _boundary(self.anchor, self.interval, self.day_rule, self.fixed_day, index)

    def period(self, index: int) -> Period:
        return Period(self.boundary(index), self.boundary(index + 1))

    def index_of(self, day: date) -> int | None:
        """Index of the period containing `day`, or None before the anchor."""
        if day < self.anchor:
            return None
        step_days = self.interval.days
        if step_days is not None:
            return (day - self.anchor).days // step_days
        step_months = self.interval.months
        assert step_months is not None
        months = (day.year - self.anchor.year) * 12 + day.month - self.anchor.month
        index = max(months // step_months, 0)
        # The estimate is off by at most one, where a clamped day of month
        # falls after `day` within the same month.
        while index > 0 and self.boundary(index) > day:
            index -= 1
        while self.boundary(index + 1) <= day:
            index += 1
        return index

    def period_containing(self, day: date) -> Period | None:
        index = self.index_of(day)
        return None if index is None else self.period(index)

    def first_index_on_or_after(self, day: date) -> int:
        """Index of the first period starting on or after `day`."""
        index = self.index_of(day)
        if index is None:
            return 0
        return index if self.boundary(index) == day else index + 1

    def billing_dates(self, on_or_after: date, count: int) -> list[date]:
        """The next `count` period starts on or after `on_or_after`."""
        first = self.first_index_on_or_after(on_or_after)
        return [self.boundary(first + offset) for offset in range(count)]
