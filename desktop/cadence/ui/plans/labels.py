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


def unit_label(unit: IntervalUnit, count: int) -> str:
    """ "month" or "months", as a unit chooser next to a count shows it."""
    if count == 1:
        return {
            IntervalUnit.DAY: QCoreApplication.translate("PlanLabels", "day"),
            IntervalUnit.WEEK: QCoreApplication.translate("PlanLabels", "week"),
            IntervalUnit.MONTH: QCoreApplication.translate("PlanLabels", "month"),
            IntervalUnit.YEAR: QCoreApplication.translate("PlanLabels", "year"),
        }[unit]
    return {
        IntervalUnit.DAY: QCoreApplication.translate("PlanLabels", "days"),
        IntervalUnit.WEEK: QCoreApplication.translate("PlanLabels", "weeks"),
        IntervalUnit.MONTH: QCoreApplication.translate("PlanLabels", "months"),
        IntervalUnit.YEAR: QCoreApplication.translate("PlanLabels", "years"),
    }[unit]


def duration(interval: Interval | None) -> str:
    """ "14 days", "1 year"; "" for none."""
    if interval is None:
        return ""
    return QCoreApplication.translate("PlanLabels", "{count} {unit}").format(
        count=interval.count, unit=unit_label(interval.unit, interval.count)
    )


def every(count: int, unit: IntervalUnit) -> str:
    """ "every month", "every 3 months"."""
    if count == 1:
        return {
            IntervalUnit.DAY: QCoreApplication.translate("PlanLabels", "every day"),
            IntervalUnit.WEEK: QCoreApplication.translate("PlanLabels", "every week"),
            IntervalUnit.MONTH: QCoreApplication.translate("PlanLabels", "every month"),
            IntervalUnit.YEAR: QCoreApplication.translate("PlanLabels", "every year"),
        }[unit]
    return {
        IntervalUnit.DAY: QCoreApplication.translate("PlanLabels", "every {count} days"),
        IntervalUnit.WEEK: QCoreApplication.translate("PlanLabels", "every {count} weeks"),
        IntervalUnit.MONTH: QCoreApplication.translate("PlanLabels", "every {count} months"),
        IntervalUnit.YEAR: QCoreApplication.translate("PlanLabels", "every {count} years"),
    }[unit].format(count=count)


def day_rule_label(rule: DayRule) -> str:
    return {
        DayRule.SAME_DAY: QCoreApplication.translate(
            "PlanLabels", "The day the subscription starts"
        ),
        DayRule.LAST_DAY_OF_MONTH: QCoreApplication.translate(
            "PlanLabels", "The last day of the month"
        ),
        DayRule.FIXED_DAY: QCoreApplication.translate("PlanLabels", "A fixed day of the month"),
    }[rule]


def billing_day(rule: DayRule, fixed_day: int | None) -> str:
    """The day rule in a few words for a table: "" for the usual same-day rule."""
    if rule is DayRule.LAST_DAY_OF_MONTH:
        return QCoreApplication.translate("PlanLabels", "at month end")
    if rule is DayRule.FIXED_DAY:
        return QCoreApplication.translate("PlanLabels", "on day {day}").format(day=fixed_day)
    return ""


def timing_label(timing: BillingTiming) -> str:
    return {
        BillingTiming.ADVANCE: QCoreApplication.translate(
            "PlanLabels", "In advance, when each period starts"
        ),
        BillingTiming.ARREARS: QCoreApplication.translate(
            "PlanLabels", "In arrears, when each period ends"
        ),
    }[timing]


def renewal_label(rule: RenewalRule) -> str:
    return {
        RenewalRule.AUTO_RENEW: QCoreApplication.translate("PlanLabels", "Renews automatically"),
        RenewalRule.FIXED_CYCLES: QCoreApplication.translate(
            "PlanLabels", "Ends after a number of cycles"
        ),
    }[rule]


def renewal_summary(rule: RenewalRule, cycles: int | None) -> str:
    """ "Renews automatically", "Ends after 12 invoices"."""
    if rule is RenewalRule.AUTO_RENEW:
        return QCoreApplication.translate("PlanLabels", "Renews automatically")
    if cycles == 1:
        return QCoreApplication.translate("PlanLabels", "Ends after 1 invoice")
    return QCoreApplication.translate("PlanLabels", "Ends after {count} invoices").format(
        count=cycles
    )


def early_termination_label(rule: EarlyTermination) -> str:
    return {
        EarlyTermination.BILL_REMAINING_COMMITMENT: QCoreApplication.translate(
            "PlanLabels", "Bill what remains of the commitment"
        ),
        EarlyTermination.NO_FEE: QCoreApplication.translate("PlanLabels", "No fee"),
    }[rule]


def vat_rate_label(value: Decimal) -> str:
    """A French rate with where it applies: "20 % — standard rate"."""
    where = {
        Decimal("20.00"): QCoreApplication.translate("PlanLabels", "standard rate"),
        Decimal("13.00"): QCoreApplication.translate("PlanLabels", "Corsica"),
        Decimal("10.00"): QCoreApplication.translate("PlanLabels", "intermediate rate"),
        Decimal("8.50"): QCoreApplication.translate(
            "PlanLabels", "Guadeloupe, Martinique, La Réunion"
        ),
        Decimal("5.50"): QCoreApplication.translate("PlanLabels", "reduced rate"),
        Decimal("2.10"): QCoreApplication.translate("PlanLabels", "super-reduced rate"),
        Decimal("1.75"): QCoreApplication.translate(
            "PlanLabels", "Guadeloupe, Martinique, La Réunion"
        ),
        Decimal("1.05"): QCoreApplication.translate(
            "PlanLabels", "Guadeloupe, Martinique, La Réunion"
        ),
        Decimal("0.90"): QCoreApplication.translate("PlanLabels", "Corsica"),
        Decimal("0.00"): QCoreApplication.translate("PlanLabels", "no VAT (exempt or zero-rated)"),
    }.get(value)
    return rate(value) if where is None else f"{rate(value)} — {where}"
