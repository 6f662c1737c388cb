"""The alerts panel: lists the alerts, opens their rows, dismisses and snoozes them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.services.payments import PaymentData, record_payment
from cadence.store.models import AlertState
from cadence.ui.alerts import panel as panel_module
from cadence.ui.alerts.panel import AlertsPanel
from cadence.ui.clock import FixedClock
from cadence.ui.formatting import day, money
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext

from .conftest import Business, Renewals  # type: ignore[import-not-found]


class Navigator:
    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


def loaded_panel(
    operations: Operations, clock: FixedClock, preferences: Preferences, qtbot: QtBot
) -> AlertsPanel:
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(operations, clock, preferences, Navigator(), window)
    panel = AlertsPanel(context, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    window.resize(1000, 700)
    window.show()
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    return panel


def titles(panel: AlertsPanel) -> list[str]:
    return [panel.model.index(row).data() for row in range(panel.model.rowCount())]


def test_the_alerts_are_listed_most_urgent_first_with_their_count(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    business: Business,
    qtbot: QtBot,
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = AlertsPanel(AppContext(operations, clock, preferences, Navigator(), window), window)
    counts: list[int] = []
    panel.count_changed.connect(counts.append)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    assert counts == [3]
    assert titles(panel) == [
        "Overdue: Élodie Lefèvre",
        "Notice deadline: Boulangerie Martin",
        "Renewal: Garage Ménard",
    ]
    detail = panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    # Amounts and dates as the interface writes them, never as the core stores them.
    assert detail.endswith(
        f"{money(Decimal('34.80'))} left to pay, due on {day(date(2026, 11, 19))}"
    )
    assert panel.windowTitle() == "Alerts (3)"
    assert panel.view.currentIndex().row() == 0  # the buttons act at once
    assert panel.dismiss_button.isEnabled()


def test_only_the_most_urgent_are_listed_and_the_title_counts_them_all(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    business: Business,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(panel_module, "LISTED_AT_MOST", 2)
    panel = loaded_panel(operations, clock, preferences, qtbot)
    assert titles(panel) == ["Overdue: Élodie Lefèvre", "Notice deadline: Boulangerie Martin"]
    assert panel.windowTitle() == "Alerts (3)"
    assert panel.hint.text() == "The 2 most urgent of 3; double-click one to open it."

    # One put aside: the count follows, though the list still holds all it can.
    with qtbot.waitSignal(panel.loaded):
        panel.dismiss_current()
    assert titles(panel) == ["Notice deadline: Boulangerie Martin", "Renewal: Garage Ménard"]
    assert panel.windowTitle() == "Alerts (2)"
    assert panel.hint.text() == "Most urgent first; double-click one to open it."


def test_nothing_to_attend_to_says_so(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    renewals: Renewals,
    qtbot: QtBot,
) -> None:
    preferences.renewal_alert_days = 10  # to 5 December: both renewals are later
    panel = loaded_panel(operations, clock, preferences, qtbot)
    assert panel.pages.currentWidget() is panel.empty
    assert panel.empty.text() == "Nothing needs your attention today."
    assert panel.windowTitle() == "Alerts"
    assert not panel.open_button.isEnabled()


def test_an_alert_opens_its_row(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    business: Business,
    qtbot: QtBot,
) -> None:
    panel = loaded_panel(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(panel.open_requested) as by_key:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert by_key.args == ["invoices", business.late_invoice]
    second = panel.view.visualRect(panel.model.index(1)).center()
    with qtbot.waitSignal(panel.open_requested) as by_mouse:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=second)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert by_mouse.args == ["subscriptions", business.renewals.notice_subscription]
    panel.view.setCurrentIndex(panel.model.index(2))
    with qtbot.waitSignal(panel.open_requested) as by_button:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert by_button.args == ["subscriptions", business.renewals.renewal_subscription]


def test_direct_debits_to_request_open_the_invoices_tab(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    announced_debit: int,
    qtbot: QtBot,
) -> None:
    """The customer was told the invoice would be debited: not late, the owner's to do."""
    panel = loaded_panel(operations, clock, preferences, qtbot)
    assert titles(panel) == ["Direct debits to request"]
    detail = panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert detail == (
        f"Direct debits to request\nInvoice FA2026-00001 ({money(Decimal('34.80'))}) due on "
        f"{day(date(2026, 11, 19))} waits for a batch: Invoices ▸ Direct debit…"
    )
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.open_button.click()
    assert opened.args == ["invoices", announced_debit]


def test_a_dismissed_alert_leaves_and_stays_away(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    renewals: Renewals,
    qtbot: QtBot,
) -> None:
    panel = loaded_panel(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(panel.loaded):  # the change reads the alerts again
        qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert titles(panel) == ["Renewal: Garage Ménard"]
    assert panel.view.currentIndex().row() == 0  # the next one is selected
    with operations.database.reading() as session:
        state = session.scalars(select(AlertState)).one()
    assert (state.key, state.fingerprint, state.dismissed_on) == (
        f"notice_deadline:subscription:{renewals.notice_subscription}",
        "2026-12-10",
        clock.today(),
    )


def test_a_snoozed_alert_comes_back_after_a_week(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    renewals: Renewals,
    qtbot: QtBot,
) -> None:
    panel = loaded_panel(operations, clock, preferences, qtbot)
    panel.view.setCurrentIndex(panel.model.index(1))
    with qtbot.waitSignal(panel.loaded):
        panel.snooze_week_action.trigger()
    assert "Renewal: Garage Ménard" not in titles(panel)
    with operations.database.reading() as session:
        assert session.scalars(select(AlertState.snoozed_until)).one() == date(2026, 12, 2)
    clock.advance(days=7)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    assert "Renewal: Garage Ménard" in titles(panel)


def test_the_context_menu_snoozes_until_tomorrow(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    renewals: Renewals,
    qtbot: QtBot,
) -> None:
    panel = loaded_panel(operations, clock, preferences, qtbot)
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.view.visualRect(panel.model.index(1)).center(),
    )
    menu = panel.context_menu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["&Open", "Remind me &tomorrow", "Remind me in a &week", "&Dismiss"]
    with qtbot.waitSignal(panel.loaded):
        menu.actions()[2].trigger()
    assert titles(panel) == ["Notice deadline: Boulangerie Martin"]
    with operations.database.reading() as session:
        state = session.scalars(select(AlertState)).one()
    assert state.snoozed_until == clock.today() + timedelta(days=1)


def test_a_payment_elsewhere_clears_the_overdue_alert(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    business: Business,
    qtbot: QtBot,
) -> None:
    panel = loaded_panel(operations, clock, preferences, qtbot)
    payment = PaymentData(business.late_customer, clock.today(), Decimal("34.80"))
    with qtbot.waitSignal(panel.loaded):
        DbOp(
            operations,
            lambda session: record_payment(session, payment, today=clock.today()),
            writes=True,
            changes={Change.PAYMENTS},
        ).run()
    assert titles(panel) == ["Notice deadline: Boulangerie Martin", "Renewal: Garage Ménard"]


def test_a_change_during_a_reading_is_read_once_more_after_it(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    renewals: Renewals,
    qtbot: QtBot,
) -> None:
    panel = loaded_panel(operations, clock, preferences, qtbot)
    readings: list[int] = []
    panel.loaded.connect(lambda alerts: readings.append(len(alerts)))
    panel.refresh()  # still the 30-day window
    preferences.renewal_alert_days = 10
    panel.refresh()  # while the first is under way
    panel.refresh()
    qtbot.waitUntil(lambda: operations.pending == 0 and bool(readings))
    assert readings == [0]  # one more reading, with the 10-day window; none shown stale
