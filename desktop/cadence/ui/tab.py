"""What every tab of the main window offers to the window's menus and shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from cadence.ui.clock import Clock
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


class Navigator(Protocol):
    def open_record(self, tab: str, record_id: int) -> None:
        """Show the tab `tab` ("customers", "invoices" …) with this row selected."""


@dataclass(frozen=True)
class AppContext:
    """What a tab needs from the application; tabs never reach for globals."""

    operations: Operations
    clock: Clock
    preferences: Preferences
    navigator: Navigator
    window: QMainWindow


class Tab(QWidget):
    """A tab: its own table and panes, and the window's common actions applied to it."""

    name = ""  # a stable key: "customers", "plans", "subscriptions", "invoices", "reports"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def create_new(self) -> None:
        """Ctrl+N: a new row of what this tab lists."""

    def focus_search(self) -> None:
        """Ctrl+F: the search box."""

    def print_current(self) -> None:
        """Ctrl+P: print what is selected, where that means something."""

    def archive_selected(self) -> None:
        """Delete: archive the selected row, after asking."""

    def show_record(self, record_id: int) -> None:
        """Select (loading it if needed) the row with this id: alerts open rows."""

    def save_state(self) -> None:
        """Remember column widths and splitter positions."""


def restore_splitter(splitter: QSplitter, key: str, first_sizes: list[int]) -> None:
    """The splitter where the owner left it (QSettings' `key`), or at `first_sizes`."""
    state = QSettings().value(key)
    if not (isinstance(state, QByteArray) and splitter.restoreState(state)):
        splitter.setSizes(first_sizes)


def save_splitter(splitter: QSplitter, key: str) -> None:
    QSettings().setValue(key, splitter.saveState())
