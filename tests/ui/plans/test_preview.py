"""The next billing dates a plan's form shows, computed as billing computes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from cadence.domain.catalogue import BillingTiming, PlanTerms, RenewalRule
from cadence.domain.periods import DayRule, Interval, IntervalUnit, Period
from cadence.ui.plans.preview import SchedulePreviewBox, preview_schedule

MONTH = Interval(1, IntervalUnit.MONTH)


def invoice_days(terms: PlanTerms, start: date, count: int = 4) -> list[date]:
    return [billing.invoice_on for billing in preview_schedule(terms, start, count).dates]


def test_a_monthly_plan_started_on_the_31st_keeps_to_month_ends() -> None:
    assert invoice_days(PlanTerms(MONTH), date(2027, 1, 31)) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]


def test_a_fixed_day_starts_with_a_short_prorated_period() -> None:
    terms = PlanTerms(MONTH, day_rule=DayRule.FIXED_DAY, fixed_day=5)
    preview = preview_schedule(terms, date(2026, 11, 25), 3)
    first, second, _ = preview.dates
    assert (first.invoice_on, first.period, first.prorated) == (
        date(2026, 11, 25),
        Period(date(2026, 11, 25), date(2026, 12, 5)),
        True,
    )
    assert (second.invoice_on, second.prorated) == (date(2026, 12, 5), False)


def test_in_arrears_each_invoice_comes_when_its_period_ends() -> None:
    terms = PlanTerms(Interval(3, IntervalUnit.MONTH), timing=BillingTiming.ARREARS)
    assert invoice_days(terms, date(2026, 1, 15), 2) == [date(2026, 4, 15), date(2026, 7, 15)]


def test_a_trial_delays_the_first_invoice_and_the_commitment_follows_it() -> None:
    terms = PlanTerms(
        MONTH, trial=Interval(14, IntervalUnit.DAY), commitment=Interval(12, IntervalUnit.MONTH)
    )
    preview = preview_schedule(terms, date(2026, 11, 1), 2)
    assert preview.trial_end == date(2026, 11, 15)
    assert preview.commitment_end == date(2027, 11, 15)
    assert [billing.invoice_on for billing in preview.dates] == [
        date(2026, 11, 15),
        date(2026, 12, 15),
    ]


def test_a_fixed_term_stops_after_its_cycles() -> None:
    terms = PlanTerms(MONTH, renewal=RenewalRule.FIXED_CYCLES, fixed_cycles=3)
    preview = preview_schedule(terms, date(2026, 11, 1))
    assert len(preview.dates) == 3
    assert preview.term_end == date(2027, 2, 1)


def test_the_box_lists_the_dates_and_what_else_applies(qtbot: QtBot) -> None:
    box = SchedulePreviewBox(date(2026, 11, 25))
    qtbot.addWidget(box)
    box.start.setDate(QDate(2026, 11, 1))
    assert box.start_date() == date(2026, 11, 1)
    terms = PlanTerms(
        MONTH,
        trial=Interval(14, IntervalUnit.DAY),
        renewal=RenewalRule.FIXED_CYCLES,
        fixed_cycles=2,
    )
    box.show_preview(preview_schedule(terms, box.start_date()), terms.timing)
    assert box.table.rowCount() == 2
    assert box.table.item(0, 0).text() == "15 Nov 2026"
    assert box.table.item(0, 1).text() == "15 Nov 2026 to 14 Dec 2026"
    assert "Free trial until 14 Nov 2026." in box.notes.text()
    assert "ends by itself on 14 Jan 2027" in box.notes.text()
    box.show_problem("the number of months must be between 1 and 120, not 200")
    assert box.table.rowCount() == 0
    assert "between 1 and 120" in box.problem.text()
