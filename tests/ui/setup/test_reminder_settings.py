"""The reminders page: the switches, the three levels and the rate saved; levels out
of order and interest without a rate refused under their fields, nothing saved."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from cadence.domain.dunning import DEFAULT_STEPS, DunningStep
from cadence.services.mail_settings import (
    ReminderSettings,
    get_mail_settings,
    get_reminder_settings,
)
from cadence.ui.operations import Operations
from cadence.ui.setup.settings import SettingsDialog

from .conftest import click_save  # type: ignore[import-not-found]


def _reminders(operations: Operations) -> ReminderSettings:
    with operations.database.reading() as session:
        return get_reminder_settings(session)


def test_the_switches_levels_and_rate_are_saved(
    open_settings: Callable[[], SettingsDialog], operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_settings()
    dialog.show_page(dialog.reminders)
    page = dialog.reminders
    page.renewal_notices.click()
    friendly, firmer, formal = page.levels
    friendly.days.setValue(10)
    firmer.days.setValue(20)
    firmer.interest.click()
    firmer.indemnity.click()
    formal.days.setValue(45)
    formal.letter.click()  # on by default: off now
    qtbot.keyClicks(page.rate, "12,15")
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert _reminders(operations) == ReminderSettings(
        (
            DunningStep(level=1, days_after_due=10),
            DunningStep(level=2, days_after_due=20, charge_interest=True, charge_indemnity=True),
            DunningStep(level=3, days_after_due=45),
        ),
        Decimal("12.15"),
    )
    with operations.database.reading() as session:
        mail = get_mail_settings(session)
    assert (mail.renewal_notices, mail.dunning) == (False, True)

    again = open_settings()  # shows what was saved
    assert again.reminders.rate.text() == "12.15"
    assert again.reminders.levels[1].indemnity.isChecked()
    assert not again.reminders.renewal_notices.isChecked()


def test_a_level_off_is_greyed_and_reminders_off_grey_them_all(
    open_settings: Callable[[], SettingsDialog], operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_settings()
    page = dialog.reminders
    firmer = page.levels[1]
    firmer.enabled.click()
    assert not firmer.days.isEnabled()
    page.dunning.click()
    assert not page.grid.isEnabled()
    assert not page.rate.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert not _reminders(operations).steps[1].enabled
    with operations.database.reading() as session:
        assert not get_mail_settings(session).dunning


def test_levels_out_of_order_are_refused_with_the_message(
    open_settings: Callable[[], SettingsDialog], operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_settings()
    page = dialog.reminders
    page.levels[1].days.setValue(5)  # before the friendly reminder's 7 days
    click_save(dialog, qtbot)
    assert dialog.error_for("steps") == (
        "each reminder level must come later than the one before it"
    )
    assert dialog.isVisible()
    assert dialog.index.currentItem().text() == "Reminders ⚠"
    assert page.levels[1].days.value() == 5
    assert _reminders(operations) == ReminderSettings(DEFAULT_STEPS, None)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "late-payment interest is charged at a level: enter the yearly rate"),
        ("douze", "the late-payment rate is a percentage per year from 0.01 to 100"),
    ],
)
def test_interest_without_a_rate_it_can_read_is_refused(
    open_settings: Callable[[], SettingsDialog],
    operations: Operations,
    qtbot: QtBot,
    typed: str,
    words: str,
) -> None:
    dialog = open_settings()
    page = dialog.reminders
    page.levels[2].interest.click()
    qtbot.keyClicks(page.rate, typed)
    click_save(dialog, qtbot)
    assert dialog.error_for("late_interest_rate").startswith(words)
    assert dialog.error_for("steps") == ""
    assert dialog.isVisible()
    assert _reminders(operations) == ReminderSettings(DEFAULT_STEPS, None)
