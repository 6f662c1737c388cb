"""Putting the alerts in the window: the panel docked on the right, listed in the
View menu, opening rows through the window, and the tray's notices."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from cadence.ui.alerts.notifier import AlertNotifier, system_tray
from cadence.ui.alerts.panel import AlertsPanel
from cadence.ui.main_window import MainWindow


@dataclass(frozen=True)
class InstalledAlerts:
    panel: AlertsPanel
    notifier: AlertNotifier


def install_alerts(window: MainWindow) -> InstalledAlerts:
    """Dock the alerts panel in `window` and notify new alerts through the system
    tray, where there is one. The caller reads them once the window is shown
    (`panel.refresh()`); from then on the panel reads them again by itself whenever
    the data they come from changes, billing runs included."""
    panel = AlertsPanel(window.context, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    window.restoreDockWidget(panel)  # where the owner left it last time, if anywhere
    window.view_menu.addAction(panel.toggleViewAction())
    panel.open_requested.connect(window.open_record)
    notifier = AlertNotifier(window, system_tray(window))
    panel.loaded.connect(notifier.alerts_loaded)
    return InstalledAlerts(panel, notifier)
