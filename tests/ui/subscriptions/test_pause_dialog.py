"""Pausing: from the next period by default, until resumed or until a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.store.models import SubscriptionPause
from cadence.ui.operations import Operations
from cadence.ui.subscriptions.pause_dialog import PauseDialog
from cadence.ui.subscriptions.tab import SubscriptionsTab
from cadence.ui.subscriptions.widgets import set_date

from .conftest import Shop  # type: ignore[import-not-found]


def opened(tab: SubscriptionsTab, shop: Shop, qtbot: QtBot) -> PauseDialog:
    assert tab.table.select_id(shop.active)
    tab.pause_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, PauseDialog)
    qtbot.waitSignal(dialog.ready).wait()
    return dialog


def pauses(operations: Operations, subscription_id: int) -> list[tuple[date, date | None]]:
    with operations.database.reading() as session:
        return [
            (row.start_date, row.end_date)
            for row in session.scalars(
                select(SubscriptionPause).where(
                    SubscriptionPause.subscription_id == subscription_id
                )
            )
        ]


def test_a_pause_from_the_next_period_until_a_day(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    dialog = opened(tab, shop, qtbot)
    # Invoiced until 10 Dec: the pause cannot cut that period short.
    assert dialog.from_next_period.text() == "At the start of the next period, on 10 Dec 2026"
    assert not dialog.end.isEnabled()
    dialog.until_day.setChecked(True)
    set_date(dialog.end, date(2027, 2, 10))
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert pauses(operations, shop.active) == [(date(2026, 12, 10), date(2027, 2, 10))]
    assert tab.resume_action.text() == "Call off the planned pause"


def test_a_pause_cannot_end_before_it_starts(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    dialog = opened(tab, shop, qtbot)
    dialog.until_day.setChecked(True)
    set_date(dialog.end, date(2026, 12, 1))
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "must end after it starts" in dialog.errors.message_for("resumes_on")
    assert dialog.isVisible()
    assert pauses(operations, shop.active) == []
