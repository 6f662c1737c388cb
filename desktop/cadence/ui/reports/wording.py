"""The words, numbers and colours of the Reports tab: the names of movements, ageing
buckets and revenue events, months, shares, and the colour of each series.

Module functions translate in the "Reports" context (lupdate finds the literal
strings in these `translate` calls).
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cadence.documents import report_colours as colours
from cadence.domain.revenue import AgeingBucket, Boundary, MovementKind
from cadence.services.reports.recurring import RevenueEvent
from cadence.services.reports.windows import Window
from cadence.ui.formatting import day, locale_name, money
from cadence.ui.subscriptions.wording import reason_text

translate = QCoreApplication.translate  # lupdate reads calls named translate(…)

MISSING = "–"  # a rate of nothing: not 0 %

# The PDF report's colours (documents.report_colours): the same meaning, the same
# colour, on the screen and on paper.
MOVEMENT_COLOURS = {kind: QColor(code) for kind, code in colours.MOVEMENT_COLOURS.items()}
AGEING_COLOURS = {bucket: QColor(code) for bucket, code in colours.AGEING_COLOURS.items()}
LINE_COLOUR = QColor(colours.LINE_COLOUR)  # MRR, and the first line of a chart
SECOND_LINE_COLOUR = QColor(colours.SECOND_LINE_COLOUR)
GOOD, BAD = colours.GOOD_COLOUR, colours.BAD_COLOUR


def movement_text(kind: MovementKind) -> str:
    texts = {
        MovementKind.NEW: translate("Reports", "New"),
        MovementKind.EXPANSION: translate("Reports", "Expansion"),
        MovementKind.REACTIVATION: translate("Reports", "Reactivation"),
        MovementKind.RESUMED: translate("Reports", "Resumed"),
        MovementKind.CONTRACTION: translate("Reports", "Contraction"),
        MovementKind.CHURNED: translate("Reports", "Churned"),
        MovementKind.PAUSED: translate("Reports", "Paused"),
    }
    return texts[kind]


def short_bucket_text(bucket: AgeingBucket) -> str:
    """Under a bar, where "days late" is in the chart's title."""
    texts = {
        AgeingBucket.NOT_DUE: translate("Reports", "Not due"),
        AgeingBucket.DAYS_1_30: translate("Reports", "1–30"),
        AgeingBucket.DAYS_31_60: translate("Reports", "31–60"),
        AgeingBucket.DAYS_61_90: translate("Reports", "61–90"),
        AgeingBucket.OVER_90: translate("Reports", "> 90"),
    }
    return texts[bucket]


def bucket_text(bucket: AgeingBucket) -> str:
    texts = {
        AgeingBucket.NOT_DUE: translate("Reports", "Not due"),
        AgeingBucket.DAYS_1_30: translate("Reports", "1–30 days"),
        AgeingBucket.DAYS_31_60: translate("Reports", "31–60 days"),
        AgeingBucket.DAYS_61_90: translate("Reports", "61–90 days"),
        AgeingBucket.OVER_90: translate("Reports", "Over 90 days"),
    }
    return texts[bucket]


def boundary_text(boundary: Boundary) -> str:
    texts = {
        Boundary.STARTED: translate("Reports", "Started"),
        Boundary.TRIAL_ENDED: translate("Reports", "Trial ended, now paying"),
        Boundary.PLAN_CHANGED: translate("Reports", "Plan, quantity or price changed"),
        Boundary.PRICE_CHANGED: translate("Reports", "The plan's price changed"),
        Boundary.PAUSED: translate("Reports", "Paused"),
        Boundary.RESUMED: translate("Reports", "Resumed"),
        Boundary.CANCELLED: translate("Reports", "Cancelled"),
        Boundary.ENDED: translate("Reports", "Fixed term ended"),
    }
    return texts[boundary]


def event_text(event: RevenueEvent, currency: str) -> str:
    """One subscription event behind a movement, in a line: "14/03/2026 · Plan changed:
    Caisse Pro × 2 · 29,00 € → 58,00 € (subscription 42)"."""
    what = boundary_text(event.boundary)
    if event.cancellation_reason is not None:
        what = translate("Reports", "{what} ({reason})").format(
            what=what, reason=reason_text(event.cancellation_reason)
        )
    plan = event.plan_name if event.quantity == 1 else f"{event.plan_name} × {event.quantity}"
    return translate(
        "Reports", "{day} · {what}: {plan} · {before} → {after} (subscription {number})"
    ).format(
        day=day(event.day),
        what=what,
        plan=plan,
        before=money(event.mrr_before, currency),
        after=money(event.mrr_after, currency),
        number=event.subscription_id,
    )


def month_text(window: Window) -> str:
    """ "Nov 2026" for a whole month; "1–25 Nov 2026" for the part of one a period covers."""
    month = format_date(window.first, "MMM yyyy", locale=locale_name())
    if window.whole_month:
        return month
    return translate("Reports", "{first}–{last} {month}").format(
        first=window.first.day, last=window.last.day, month=month
    )


def short_month(window: Window) -> str:
    """An axis label: "Nov 26"."""
    return format_date(window.first, "MMM yy", locale=locale_name())


def month_initials(window: Window) -> str:
    """An axis label on a narrow chart: "Nov" (the table under it gives the year)."""
    return format_date(window.first, "MMM", locale=locale_name())


def _percent_pattern(decimals: str) -> str:
    """The interface language's own way of writing a percentage ("#,##0%" in English,
    "#,##0 %" in French), with `decimals` after the point ("0.00", "0.0")."""
    pattern = str(Locale.parse(locale_name()).percent_formats[None].pattern)
    return pattern.replace("#,##0", "#,##" + decimals, 1)


def share(value: Decimal | None) -> str:
    """A rate such as 0.0523 as "5.23%" (English) or "5,23 %" (French); "–" for none."""
    if value is None:
        return MISSING
    return format_percent(value, _percent_pattern("0.00"), locale=locale_name())


def signed_money(amount: Decimal, currency: str) -> str:
    """An amount with its sign, even positive: "+1 234,00 €"."""
    text = money(amount, currency)
    return f"+{text}" if amount > 0 else text


def change_text(now: Decimal | int, before: Decimal | int, currency: str | None) -> str:
    """How a figure changed in 30 days: "+120,00 € (+2.1 %) in 30 days" for an amount,
    "+3 (+1.5 %) in 30 days" for a count."""
    difference = Decimal(now) - Decimal(before)
    if currency is not None:
        amount = signed_money(difference, currency)
    else:
        amount = format_decimal(difference, "+#,##0;-#,##0", locale=locale_name())
    if before:
        pattern = _percent_pattern("0.0")
        relative = format_percent(
            difference / Decimal(before), f"+{pattern};-{pattern}", locale=locale_name()
        )
        return translate("Reports", "{amount} ({relative}) in 30 days").format(
            amount=amount, relative=relative
        )
    return translate("Reports", "{amount} in 30 days").format(amount=amount)


def points_text(now: Decimal | None, before: Decimal | None) -> str:
    """How a rate changed in 30 days, in percentage points: "+1.2 pt vs the 30 days before"."""
    if now is None or before is None:
        return translate("Reports", "nothing to compare with the 30 days before")
    points = (now - before) * 100
    text = format_decimal(points, "+#,##0.0;-#,##0.0", locale=locale_name())
    return translate("Reports", "{points} pt vs the 30 days before").format(points=text)
