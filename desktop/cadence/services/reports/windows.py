"""The periods a report is cut into, and what every report checks of them.

A report covers the days `first` to `last` (both included), cut into windows: the
calendar months, the first and last ones clipped to the period. A figure "at the
start" of a window is taken at the end of the day before its first day, a figure
"at the end" at the end of its last day; what happens on a day belongs to the
window of that day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, and_, case, func, literal, select
from sqlalchemy.orm import Session

from cadence.domain.errors import FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.money import DEFAULT_CURRENCY, validate_currency
from cadence.domain.revenue import first_of_month, last_of_month
from cadence.services.common import fetch
from cadence.store.models import AuditEvent, CompanySettings, Plan
from cadence.store.types import DAY_NUMBER

# A report over more months than this would be too long to read, and to compute.
MAX_MONTHS = 120

_ORDER = QT_TRANSLATE_NOOP("Messages", "the period must end on or after its start ({first})")
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "a report covers at most {months} months; choose a later start"
)
_AFTER_AS_OF = QT_TRANSLATE_NOOP(
    "Messages", "the period cannot end after the day the figures are read ({as_of})"
)
_OTHER_CURRENCY = QT_TRANSLATE_NOOP("Messages", "the plan “{plan}” is sold in {currency}")


@dataclass(frozen=True)
class Window:
    """Days `first` to `last` (included): a month of a report, or the part of one the
    report covers."""

    first: date
    last: date

    @property
    def opening(self) -> date:
        """The day whose end is the window's start."""
        return self.first - timedelta(days=1)

    @property
    def month(self) -> date:
        """The first day of the window's month (windows never span two)."""
        return first_of_month(self.first)

    @property
    def whole_month(self) -> bool:
        return self.first.day == 1 and self.last == last_of_month(self.last)


@dataclass(frozen=True)
class Scope:
    """What a report adds up: one currency, and the subscriptions of one plan or of all."""

    currency: str
    plan_id: int | None = None


def monthly_windows(first: date, last: date) -> tuple[Window, ...]:
    """The months from `first` to `last`, the first and last clipped to them."""
    windows: list[Window] = []
    start = first
    while start <= last:
        end = min(last_of_month(start), last)
        windows.append(Window(start, end))
        start = end + timedelta(days=1)
    return tuple(windows)


def last_months(last: date, months: int) -> tuple[date, date]:
    """The period of `months` months ending on `last`, its month included: from the first
    day of the month `months - 1` months before."""
    return first_of_month(last) - relativedelta(months=months - 1), last


def check_period(first: date, last: date, *, as_of: date | None = None) -> tuple[Window, ...]:
    """The windows of a period, once its dates make sense: in order, at most
    `MAX_MONTHS` months, and over by `as_of` for a report of what happened."""
    errors = FieldErrors()
    if last < first:
        errors.add("last", message(_ORDER, first=first))
    elif (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTHS:
        errors.add("first", message(_TOO_LONG, months=MAX_MONTHS))
    if as_of is not None and last > as_of:
        errors.add("last", message(_AFTER_AS_OF, as_of=as_of))
    errors.raise_if_any()
    return monthly_windows(first, last)


def check_scope(session: Session, currency: str, plan_id: int | None) -> Scope:
    """The scope, once the currency is one and the plan exists and is sold in it."""
    errors = FieldErrors()
    code = errors.check("currency", lambda: validate_currency(currency))
    plan = (
        errors.check("plan_id", lambda: fetch(session, Plan, plan_id, "plan")) if plan_id else None
    )
    if code is not None and plan is not None and plan.currency != code:
        errors.add("plan_id", message(_OTHER_CURRENCY, plan=plan.name, currency=plan.currency))
    errors.raise_if_any()
    assert code is not None
    return Scope(code, plan_id)


def day_value(day: date) -> ColumnElement[Any]:
    """A date as the revenue history's day-number columns compare it."""
    return literal(day, DAY_NUMBER)


def within(windows: Sequence[Window], day: Any) -> ColumnElement[bool]:
    """`day`, a day-number column of the revenue history, falls within the windows."""
    return and_(day > day_value(windows[0].opening), day <= day_value(windows[-1].last))


def window_index(day: Any, windows: Sequence[Window]) -> ColumnElement[int]:
    """The position (1 for the first) of the window holding `day`, for days known to be
    within the windows: a tree of comparisons, a handful per row rather than one per
    window. The dates compared with are typed as `day` is stored."""

    def within(low: int, high: int) -> ColumnElement[int]:
        if low == high:
            return literal(low + 1)
        middle = (low + high) // 2
        return case(
            (day <= literal(windows[middle].last, day.type), within(low, middle)),
            else_=within(middle + 1, high),
        )

    return within(0, len(windows) - 1)


def window_opening(index: ColumnElement[int], windows: Sequence[Window]) -> ColumnElement[Any]:
    """The opening day of the window at `index` (as `window_index` numbers them), as a
    day number of the revenue history."""
    return case(
        {position: day_value(window.opening) for position, window in enumerate(windows, 1)},
        value=index,
    )


def report_currencies(session: Session) -> list[str]:
    """The currencies a report can be in: the company's own first, then those its plans
    are sold in (most businesses have one)."""
    own = session.scalar(select(CompanySettings.default_currency))
    sold = sorted(set(session.scalars(select(Plan.currency).distinct())))
    first = [own] if own is not None else []
    return first + [code for code in sold if code != own] or [DEFAULT_CURRENCY]


def data_version(session: Session) -> int:
    """A number that grows whenever the business's data changes (every change records
    an event in the audit log): figures computed at one version stay true until it
    moves, and need not be computed again, however long they took."""
    return session.scalar(select(func.max(AuditEvent.id))) or 0
