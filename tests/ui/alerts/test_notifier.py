"""Tray notices: only for alerts new in this session, only while the window is out of sight."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from cadence.domain.errors import message
from cadence.services.alerts import Alert, AlertKind, Severity
from cadence.ui.alerts.notifier import AlertNotifier, system_tray
from cadence.ui.formatting import money


class FakeTray:
    def __init__(self) -> None:
        self.notices: list[tuple[str, str, QSystemTrayIcon.MessageIcon]] = []

    def showMessage(  # noqa: N802
        self,
        title: str,
        msg: str,
        icon: QSystemTrayIcon.MessageIcon = QSystemTrayIcon.MessageIcon.Information,
        msecs: int = 10_000,
    ) -> None:
        self.notices.append((title, msg, icon))


def alert(number: int, severity: Severity = Severity.INFO) -> Alert:
    return Alert(
        key=f"overdue:invoice:{number}",
        fingerprint="2026-11-19|34.80",
        kind=AlertKind.OVERDUE,
        severity=severity,
        title=message("Overdue: {customer}", customer=f"Client {number}"),
        detail=message("{amount} left to pay", amount=Decimal("34.80"), currency="EUR"),
        tab="invoices",
        record_id=number,
        on=date(2026, 11, 19),
    )


def minimised(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    return window


def test_a_new_alert_is_told_once_while_the_window_is_minimised(qtbot: QtBot) -> None:
    tray = FakeTray()
    notifier = AlertNotifier(minimised(qtbot), tray)
    notifier.alerts_loaded([alert(1)])
    notifier.alerts_loaded([alert(1)])  # read again: nothing new
    notifier.alerts_loaded([alert(1), alert(2, Severity.CRITICAL)])
    detail = f"{money(Decimal('34.80'))} left to pay"
    icons = QSystemTrayIcon.MessageIcon
    assert tray.notices == [
        ("Overdue: Client 1", detail, icons.Information),
        ("Overdue: Client 2", detail, icons.Critical),
    ]


def test_several_new_alerts_make_one_notice(qtbot: QtBot) -> None:
    tray = FakeTray()
    notifier = AlertNotifier(minimised(qtbot), tray)
    notifier.alerts_loaded([alert(n, Severity.WARNING) for n in range(1, 6)])
    ((title, text, icon),) = tray.notices
    assert title == "Cadence: 5 new alerts"
    assert text == "Overdue: Client 1\nOverdue: Client 2\nOverdue: Client 3\nand 2 more"
    assert icon is QSystemTrayIcon.MessageIcon.Warning


def test_alerts_arriving_while_the_window_is_in_view_are_seen(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    tray = FakeTray()
    notifier = AlertNotifier(window, tray)
    notifier.alerts_loaded([alert(1)])
    window.hide()
    notifier.alerts_loaded([alert(1), alert(2)])
    assert [title for title, _text, _icon in tray.notices] == ["Overdue: Client 2"]


def test_where_the_desktop_has_no_tray_there_is_none(qtbot: QtBot) -> None:
    window = minimised(qtbot)
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen, as some desktops
    assert system_tray(window) is None  # and no warning either (a Qt warning fails a test)
    AlertNotifier(window, None).alerts_loaded([alert(1)])
