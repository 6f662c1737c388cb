"""The main window: the tabs, the menus and shortcuts, the status bar, the alerts,
and what it remembers between sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from cadence import __version__
from cadence.domain.errors import KnownError
from cadence.ui.clock import Clock
from cadence.ui.messages import error_text
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext, Tab

TabFactory = Callable[[AppContext], Tab]


class MainWindow(QMainWindow):
    """Tabs over the database; every call to the core goes through `operations`."""

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        preferences: Preferences,
        tabs: Sequence[TabFactory],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.clock = clock
        self.preferences = preferences
        self.context = AppContext(operations, clock, preferences, self, self)
        self.setWindowTitle(self.tr("Cadence — {path}").format(path=operations.database.path.name))
        self.setMinimumSize(960, 600)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, Tab] = {}
        for factory in tabs:
            tab = factory(self.context)
            self._tabs[tab.name] = tab
            self.tabs.addTab(tab, tab.title())
        self.setCentralWidget(self.tabs)

        self.status_message = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.progress)

        self._build_menus()
        operations.refused.connect(self.show_refusal)
        operations.crashed.connect(self.show_crash)
        self._restore()

    # -- menus and shortcuts ---------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Shortcuts work wherever the focus is in the window, as menus do.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New…"), QKeySequence.StandardKey.New, lambda: self.current_tab().create_new()
        )
        self.search_action = self._action(
            self.tr("&Search"),
            QKeySequence.StandardKey.Find,
            lambda: self.current_tab().focus_search(),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            QKeySequence.StandardKey.Print,
            lambda: self.current_tab().print_current(),
        )
        self.archive_action = self._action(
            self.tr("&Archive…"),
            QKeySequence(Qt.Key.Key_Delete),
            lambda: self.current_tab().archive_selected(),
        )
        # Delete archives only when a table has the focus: in a text field it deletes text.
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.addAction(self.archive_action)
        for action in (self.new_action, self.search_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addAction(self.archive_action)
        file_menu.addSeparator()
        self.settings_menu = file_menu
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.billing_menu = self.menuBar().addMenu(self.tr("&Billing"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Cadence"), None, self._about))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Cadence"),
            self.tr(
                "Cadence {version}\n\nRecurring billing for small businesses, offline "
                "on one computer.\n\nDatabase: {path}"
            ).format(version=__version__, path=self.operations.database.path),
        )

    # -- tabs ---------------------------------------------------------------------

    def current_tab(self) -> Tab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, Tab)
        return widget

    def tab(self, name: str) -> Tab:
        return self._tabs[name]

    def open_record(self, tab: str, record_id: int) -> None:
        target = self._tabs.get(tab)
        if target is None:
            return
        self.tabs.setCurrentWidget(target)
        target.show_record(record_id)
        # Out of the tray or the task bar, but a maximised window stays maximised.
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- messages -------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.status_message.setText(text)

    def show_refusal(self, error: KnownError) -> None:
        QMessageBox.warning(self, self.tr("Cadence"), error_text(error))

    def show_crash(self, summary: str, details: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Cadence: something went wrong"))
        box.setText(
            self.tr(
                "Cadence met an error it did not expect; nothing was half-written. "
                "Please send the details below to the developers.\n\n{summary}"
            ).format(summary=summary)
        )
        box.setDetailedText(details)
        box.exec()

    # -- what the window remembers -------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = settings.value("window/tab")
        if isinstance(last, str) and last in self._tabs:
            self.tabs.setCurrentWidget(self._tabs[last])

    def _first_size(self) -> None:
        """The first time: most of the screen, never more than it (a laptop's 1366×768
        must show the status bar), centred."""
        screen = self.screen().availableGeometry()
        width = min(1440, int(screen.width() * 0.92))
        height = min(900, int(screen.height() * 0.92))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        self.move(
            screen.x() + (screen.width() - self.width()) // 2,
            screen.y() + (screen.height() - self.height()) // 2,
        )
        if screen.height() < 800:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        current = self.tabs.currentWidget()
        if isinstance(current, Tab):
            settings.setValue("window/tab", current.name)
        for tab in self._tabs.values():
            tab.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        if self.operations.pending:
            self.show_status(self.tr("Finishing the work in progress before closing…"))
        self.operations.shutdown()
        event.accept()
