"""A subscription's events and terms in the owner's words."""

from __future__ import annotations

from datetime import date

import pytest

from cadence.domain.periods import Interval, IntervalUnit
from cadence.services.lifecycle import HistoryEvent
from cadence.ui.subscriptions.wording import duration_text, event_text, interval_text

DAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("action", "summary", "details", "expected"),
    [
        ("plan_changed", "Caisse Pro", {"quantity": 2}, "Changed to Caisse Pro, quantity 2"),
        (
            "pause_planned",
            "",
            {"from": "2026-12-10", "until": "2027-02-10"},
            "Pause planned from 10 Dec 2026; service resumes on 10 Feb 2027",
        ),
        (
            "pause_planned",
            "",
            {"from": "2026-12-10", "until": None},
            "Pause planned from 10 Dec 2026, until resumed",
        ),
        # commitment ends are "first day after": the last committed day is the 9th
        ("commitment_renewed", "", {"until": "2027-10-10"}, "Commitment renewed until 9 Oct 2027"),
        (
            "cancellation_scheduled",
            "",
            {"effective_on": "2026-12-10", "reason": "low_usage"},
            "Cancellation scheduled, last day of service 9 Dec 2026 (Does not use it enough)",
        ),
        (
            "invoice_skipped",
            "",
            {"period_start": "not a date"},
            "Invoice of the period from (unknown date) skipped",
        ),
        ("something_new", "", {}, "Something new"),  # an action this version does not know
    ],
)
def test_events_in_words(
    action: str, summary: str, details: dict[str, object], expected: str
) -> None:
    assert event_text(HistoryEvent(DAY, action, summary, details)) == expected


def test_cycles_and_durations() -> None:
    assert interval_text(Interval(1, IntervalUnit.MONTH)) == "month"
    assert interval_text(Interval(3, IntervalUnit.MONTH)) == "3 months"
    assert duration_text(Interval(1, IntervalUnit.YEAR)) == "1 year"
    assert duration_text(Interval(14, IntervalUnit.DAY)) == "14 days"
