"""How the window words a plan's terms: cycles, day rules, timing, renewal, VAT rates.

Looked up when shown (never at import), so that they follow the interface's
language once the translator is installed. Counts choose between a singular and
a plural source string: every count the forms allow is at least 1, where French
and English agree on "1 → singular".
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from cadence.domain.catalogue import BillingTiming, EarlyTermination, RenewalRule
from cadence.domain.periods import DayRule, Interval, IntervalUnit
from cadence.ui.formatting import rate

_CONTEXT = "PlanLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def unit_label(unit: IntervalUnit, count: int) -> str:
    """ "month" or "months", as a unit chooser next to a count shows it."""
    if count == 1:
        return {
            IntervalUnit.DAY: _tr("day"),
            IntervalUnit.WEEK: _tr("week"),
            IntervalUnit.MONTH: _tr("month"),
            IntervalUnit.YEAR: _tr("year"),
        }[unit]
    return {
        IntervalUnit.DAY: _tr("days"),
        IntervalUnit.WEEK: _tr("weeks"),
        IntervalUnit.MONTH: _tr("months"),
        IntervalUnit.YEAR: _tr("years"),
    }[unit]


def duration(interval: Interval | None) -> str:
    """ "14 days", "1 year"; "" for none."""
    if interval is None:
        return ""
    return _tr("{count} {unit}").format(
        count=interval.count, unit=unit_label(interval.unit, interval.count)
    )


def every(count: int, unit: IntervalUnit) -> str:
    """ "every month", "every 3 months"."""
    if count == 1:
        return {
            IntervalUnit.DAY: _tr("every day"),
            IntervalUnit.WEEK: _tr("every week"),
            IntervalUnit.MONTH: _tr("every month"),
            IntervalUnit.YEAR: _tr("every year"),
        }[unit]
    return {
        IntervalUnit.DAY: _tr("every {count} days"),
        IntervalUnit.WEEK: _tr("every {count} weeks"),
        IntervalUnit.MONTH: _tr("every {count} months"),
        IntervalUnit.YEAR: _tr("every {count} years"),
    }[unit].format(count=count)


def day_rule_label(rule: DayRule) -> str:
    return {
        DayRule.SAME_DAY: _tr("The day the subscription starts"),
        DayRule.LAST_DAY_OF_MONTH: _tr("The last day of the month"),
        DayRule.FIXED_DAY: _tr("A fixed day of the month"),
    }[rule]


def billing_day(rule: DayRule, fixed_day: int | None) -> str:
    """The day rule in a few words for a table: "" for the usual same-day rule."""
    if rule is DayRule.LAST_DAY_OF_MONTH:
        return _tr("at month end")
    if rule is DayRule.FIXED_DAY:
        return _tr("on day {day}").format(day=fixed_day)
    return ""


def timing_label(timing: BillingTiming) -> str:
    return {
        BillingTiming.ADVANCE: _tr("In advance, when each period starts"),
        BillingTiming.ARREARS: _tr("In arrears, when each period ends"),
    }[timing]


def renewal_label(rule: RenewalRule) -> str:
    return {
        RenewalRule.AUTO_RENEW: _tr("Renews automatically"),
        RenewalRule.FIXED_CYCLES: _tr("Ends after a number of cycles"),
    }[rule]


def renewal_summary(rule: RenewalRule, cycles: int | None) -> str:
    """ "Renews automatically", "Ends after 12 invoices"."""
    if rule is RenewalRule.AUTO_RENEW:
        return _tr("Renews automatically")
    if cycles == 1:
        return _tr("Ends after 1 invoice")
    return _tr("Ends after {count} invoices").format(count=cycles)


def early_termination_label(rule: EarlyTermination) -> str:
    return {
        EarlyTermination.BILL_REMAINING_COMMITMENT: _tr("Bill what remains of the commitment"),
        EarlyTermination.NO_FEE: _tr("No fee"),
    }[rule]


def vat_rate_label(value: Decimal) -> str:
    """A French rate with where it applies: "20 % — standard rate"."""
    where = {
        Decimal("20.00"): _tr("standard rate"),
        Decimal("13.00"): _tr("Corsica"),
        Decimal("10.00"): _tr("intermediate rate"),
        Decimal("8.50"): _tr("Guadeloupe, Martinique, La Réunion"),
        Decimal("5.50"): _tr("reduced rate"),
        Decimal("2.10"): _tr("super-reduced rate"),
        Decimal("1.75"): _tr("Guadeloupe, Martinique, La Réunion"),
        Decimal("1.05"): _tr("Guadeloupe, Martinique, La Réunion"),
        Decimal("0.90"): _tr("Corsica"),
        Decimal("0.00"): _tr("no VAT (exempt or zero-rated)"),
    }.get(value)
    return rate(value) if where is None else f"{rate(value)} — {where}"
