"""The alerts panel: what needs the owner's attention, docked beside the tabs.

Each alert opens its row; one the owner has dealt with, or will deal with later,
is dismissed (until its situation changes) or snoozed for a day or a week. The
list is read again whenever what it is computed from changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.services.alerts import (
    Alert,
    MostUrgent,
    dismiss_alert,
    most_urgent_alerts,
    snooze_alert,
)
from cadence.ui import formatting
from cadence.ui.alerts.view import AlertsModel, alerts_view
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext

# What alerts are computed from: invoices and payments (unpaid, due soon), subscriptions
# (past due, cancellations, renewals), plans (commitments, notice periods), customers
# (their names), and the owner's own dismissals.
REFRESH_ON = frozenset(
    {
        Change.INVOICES,
        Change.PAYMENTS,
        Change.SUBSCRIPTIONS,
        Change.CATALOGUE,
        Change.CUSTOMERS,
        Change.ALERTS,
    }
)
# The most urgent alerts listed: a list longer than this is never read through, and
# a business of 100,000 customers can have 100,000 alerts, which would hold the
# window's memory and slow its every garbage collection. The title counts them all.
LISTED_AT_MOST = 1000
PANEL_WIDTH = 380  # wide enough for a customer's name and an amount on a line
# On a laptop the tables need the width more: a fifth of the screen, never less than this.
NARROW_PANEL_WIDTH = 280


def panel_width(screen_width: int) -> int:
    """The width the panel first asks for on a screen this wide."""
    return max(NARROW_PANEL_WIDTH, min(PANEL_WIDTH, screen_width // 5))


class _Body(QWidget):
    """The panel's content, which asks for the width the window first gives the dock."""

    def sizeHint(self) -> QSize:  # noqa: N802
        screen = self.screen()
        width = panel_width(screen.availableGeometry().width()) if screen else PANEL_WIDTH
        return QSize(width, super().sizeHint().height())


class AlertsPanel(QDockWidget):
    """A dockable list of the current alerts, most urgent first."""

    open_requested = Signal(str, int)  # (tab, row id): the window opens that row
    count_changed = Signal(int)  # how many alerts are shown (the window's badge)
    loaded = Signal(list)  # the alerts, each time they are read again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("alerts")  # the window saves and restores where it docks
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._loading = False
        self._stale = False  # something changed while a reading was under way
        self._count = -1
        self._total = 0  # the alerts there are, listed or not

        self.model = AlertsModel(self)
        self.view = alerts_view(self.model)
        # Enter, or a double-click (a single one where the desktop says so).
        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.hint = QLabel(self.tr("Most urgent first; double-click one to open it."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setStyleSheet("color: #555555;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)

        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.triggered.connect(self.open_current)
        self.dismiss_action = QAction(self.tr("&Dismiss"), self)
        self.dismiss_action.setToolTip(
            self.tr("Hide this alert until its situation changes (a new due date or amount)")
        )
        self.dismiss_action.triggered.connect(self.dismiss_current)
        self.snooze_day_action = QAction(self.tr("Remind me &tomorrow"), self)
        self.snooze_day_action.triggered.connect(lambda: self.snooze_current(days=1))
        self.snooze_week_action = QAction(self.tr("Remind me in a &week"), self)
        self.snooze_week_action.triggered.connect(lambda: self.snooze_current(days=7))

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_current)
        # A short word: the panel is narrow on a laptop, and the menu says when.
        self.snooze_button = QPushButton(self.tr("Later"))
        self.snooze_button.setToolTip(self.tr("Hide this alert for a day or a week"))
        snooze_menu = QMenu(self.snooze_button)
        snooze_menu.addAction(self.snooze_day_action)
        snooze_menu.addAction(self.snooze_week_action)
        self.snooze_button.setMenu(snooze_menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.dismiss_action.toolTip())
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.buttons = QWidget()  # hidden while there is nothing to act on
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)

        body = _Body()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.setWidget(body)
        self._show_count(0, loading=True)
        context.operations.changed.connect(self._changed)

    # -- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the alerts again (at start-up, after a billing run, after a change)."""
        if self._loading:
            self._stale = True  # read once more when this reading is back
            return
        self._loading = True
        self._stale = False
        today = self.context.clock.today()
        preferences = self.context.preferences
        renewal_days, due_soon_days = preferences.renewal_alert_days, preferences.due_soon_days

        DbOp(
            self.context.operations,
            lambda session: most_urgent_alerts(
                session,
                today=today,
                renewal_days=renewal_days,
                due_soon_days=due_soon_days,
                most=LISTED_AT_MOST,
            ),
        ).success(self._arrived).failure(self._failed).run(self)

    def _arrived(self, read: MostUrgent) -> None:
        self._loading = False
        if self._stale:
            self.refresh()
            return
        alerts, self._total = read.alerts, read.total
        current = self._current()
        self.model.set_alerts(alerts)
        # The same alert stays selected; else the first, so that the buttons act at once.
        if not (current is not None and self._select_key(current.key)) and alerts:
            self.view.setCurrentIndex(self.model.index(0))
        self._show_count(self._total)
        self.loaded.emit(alerts)

    def _failed(self, error: KnownError) -> None:
        self._loading = False
        self.context.operations.refused.emit(error)

    def _changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if changes & REFRESH_ON:
            self.refresh()

    def _show_count(self, count: int, *, loading: bool = False) -> None:
        if loading:
            self.empty.setText(self.tr("Looking for what needs your attention…"))
        elif count == 0:
            self.empty.setText(self.tr("Nothing needs your attention today."))
        self.pages.setCurrentWidget(self.view if count else self.empty)
        listed = self.model.rowCount()
        self.hint.setText(
            self.tr("The {listed} most urgent of {count}; double-click one to open it.").format(
                listed=formatting.number(listed), count=formatting.number(count)
            )
            if count > listed
            else self.tr("Most urgent first; double-click one to open it.")
        )
        self.hint.setVisible(count > 0)
        self.buttons.setVisible(count > 0)
        self.setWindowTitle(
            self.tr("Alerts ({count})").format(count=formatting.number(count))
            if count
            else self.tr("Alerts")
        )
        self._update_buttons()
        if count != self._count and not loading:
            self._count = count
            self.count_changed.emit(count)

    # -- what the owner does -------------------------------------------------------------

    def _current(self) -> Alert | None:
        index = self.view.currentIndex()
        return self.model.alert(index.row()) if index.isValid() else None

    def _select_key(self, key: str) -> bool:
        for row, alert in enumerate(self.model.alerts()):
            if alert.key == key:
                self.view.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        for widget in (self.open_button, self.snooze_button, self.dismiss_button):
            widget.setEnabled(chosen)
        for action in (
            self.open_action,
            self.dismiss_action,
            self.snooze_day_action,
            self.snooze_week_action,
        ):
            action.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.open_current()

    def open_current(self) -> None:
        alert = self._current()
        if alert is not None:
            self.open_requested.emit(alert.tab, alert.record_id)

    def dismiss_current(self) -> None:
        alert = self._current()
        if alert is None:
            return
        today = self.context.clock.today()
        key, fingerprint = alert.key, alert.fingerprint
        self._put_aside(alert, lambda session: dismiss_alert(session, key, fingerprint, today))

    def snooze_current(self, *, days: int) -> None:
        alert = self._current()
        if alert is None:
            return
        until = self.context.clock.today() + timedelta(days=days)
        key, fingerprint = alert.key, alert.fingerprint
        self._put_aside(alert, lambda session: snooze_alert(session, key, fingerprint, until))

    def _put_aside(self, alert: Alert, work: Callable[[Session], None]) -> None:
        """Record the owner's decision; the alert leaves the list at once, the next
        one is selected, and the reading that follows the change confirms it."""
        row = self.view.currentIndex().row()
        self.model.remove(alert.key)
        self._total -= 1
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._show_count(self._total)
        DbOp(self.context.operations, work, writes=True, changes={Change.ALERTS}).failure(
            self._put_aside_failed
        ).run(self)

    def _put_aside_failed(self, error: KnownError) -> None:
        self.context.operations.refused.emit(error)
        self.refresh()  # the alert was not put aside: show it again

    def context_menu(self) -> QMenu:
        """What can be done with the selected alert."""
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.setDefaultAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.snooze_day_action)
        menu.addAction(self.snooze_week_action)
        menu.addAction(self.dismiss_action)
        return menu

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
            menu = self.context_menu()
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu per click
            menu.popup(self.view.viewport().mapToGlobal(position))
