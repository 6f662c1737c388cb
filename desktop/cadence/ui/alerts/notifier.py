"""Telling the owner of new alerts while the window is out of sight, by the system
tray's notifications. Nothing happens where the desktop has no tray."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from cadence.services.alerts import Alert, Severity
from cadence.ui.alerts.look import alert_text

NOTICE_MS = 10_000  # how long the desktop shows the notice
LISTED = 3  # titles named in a notice of several alerts


class Tray(Protocol):
    """What the notifier needs of a tray icon (a QSystemTrayIcon; a fake in tests)."""

    def showMessage(  # noqa: N802
        self,
        title: str,
        msg: str,
        icon: QSystemTrayIcon.MessageIcon = ...,
        msecs: int = ...,
    ) -> None: ...


def system_tray(window: QMainWindow) -> QSystemTrayIcon | None:
    """The application's icon in the system tray, shown; None where there is no tray.
    Clicking it, or one of its notices, brings the window back."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(window.windowIcon(), window)
    tray.setToolTip("Cadence")

    def reveal() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    tray.activated.connect(lambda _reason: reveal())
    tray.messageClicked.connect(reveal)
    tray.show()
    return tray


class AlertNotifier(QObject):
    """Shows a tray notice for alerts not seen before in this session, when the window
    is hidden or minimised; alerts that arrive while it is in view count as seen."""

    def __init__(self, window: QMainWindow, tray: Tray | None) -> None:
        super().__init__(window)
        self._window = window
        self._tray = tray
        self._seen: set[str] = set()

    def alerts_loaded(self, alerts: Sequence[Alert]) -> None:
        new = [alert for alert in alerts if alert.key not in self._seen]
        self._seen.update(alert.key for alert in alerts)
        out_of_sight = not self._window.isVisible() or self._window.isMinimized()
        if not new or self._tray is None or not out_of_sight:
            return
        if len(new) == 1:
            title, text = alert_text(new[0].title), alert_text(new[0].detail)
        else:
            title = self.tr("Cadence: {count} new alerts").format(count=len(new))
            lines = [alert_text(alert.title) for alert in new[:LISTED]]
            if len(new) > LISTED:
                lines.append(self.tr("and {count} more").format(count=len(new) - LISTED))
            text = "\n".join(lines)
        self._tray.showMessage(title, text, _icon(new), NOTICE_MS)


def _icon(alerts: Sequence[Alert]) -> QSystemTrayIcon.MessageIcon:
    severities = {alert.severity for alert in alerts}
    if Severity.CRITICAL in severities:
        return QSystemTrayIcon.MessageIcon.Critical
    if Severity.WARNING in severities:
        return QSystemTrayIcon.MessageIcon.Warning
    return QSystemTrayIcon.MessageIcon.Information
