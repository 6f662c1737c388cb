"""The alerts in the main window: docked on the right, in the View menu, opening rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadence.ui.alerts.install import install_alerts
from cadence.ui.clock import FixedClock
from cadence.ui.main_window import MainWindow
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences

from .conftest import Renewals  # type: ignore[import-not-found]


class Window(MainWindow):
    """The main window, without raising itself (the offscreen platform cannot)."""

    opened: list[tuple[str, int]]

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


def test_an_alert_asks_the_window_to_open_its_row(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    renewals: Renewals,
    qtbot: QtBot,
) -> None:
    window = Window(operations, clock, preferences, tabs=[])
    window.opened = []
    qtbot.addWidget(window)
    panel = install_alerts(window).panel
    assert window.dockWidgetArea(panel) is Qt.DockWidgetArea.RightDockWidgetArea
    assert panel.toggleViewAction() in window.view_menu.actions()
    window.show()
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    panel.open_button.click()
    assert window.opened == [("subscriptions", renewals.notice_subscription)]
