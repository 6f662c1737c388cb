"""Tables that load lazily: a page of rows at a time, searched and sorted by the database.

A table of a million invoices shows its first page at once; the next page is
asked for when the owner scrolls near the end (Qt's `canFetchMore` /
`fetchMore`). Every query runs on the reader thread; an answer that comes back
after the search or the sort changed again is dropped (each request carries
the model's generation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.ui.operations import Change, DbOp, Operations

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
SEARCH_DELAY_MS = 60  # typing pauses shorter than this do not start a query
# A column squeezed to fit a narrow window keeps at least this share of its width
# (and its title): past that, the table scrolls sideways rather than cut every value.
SQUEEZE_LIMIT = 0.65


class PageQuery(Protocol[R]):  # type: ignore[misc]  # R is used covariantly in the result
    """Rows `offset` to `offset + limit` of what `search` finds, in the order given."""

    def __call__(
        self, session: Session, *, search: str, offset: int, limit: int, sort: str, descending: bool
    ) -> Sequence[R]: ...


class ArchivedRows(Generic[R]):
    """The page query of a table that shows archived rows on demand: whether it does
    is a plain value, read on the reader thread at each query, never a widget."""

    def __init__(self, rows: Callable[..., Sequence[R]]) -> None:
        self.include_archived = False
        self._rows = rows  # a service's `*_rows(session, *, search, …, include_archived)`

    def __call__(
        self, session: Session, *, search: str, offset: int, limit: int, sort: str, descending: bool
    ) -> Sequence[R]:
        return self._rows(
            session,
            search=search,
            offset=offset,
            limit=limit,
            sort=sort,
            descending=descending,
            include_archived=self.include_archived,
        )


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], object]  # the text shown (str(), unless already a str)
    sort_key: str | None = None  # the query's name for ordering by it; None: not sortable
    numeric: bool = False  # right-aligned, as amounts are
    tooltip: Callable[[R], str] | None = None


class PagedModel(QAbstractTableModel, Generic[R]):
    """Rows of a query, a page at a time, refreshed when their kind of data changes."""

    loaded = Signal()  # a page arrived (tests and the status line listen)

    def __init__(
        self,
        operations: Operations,
        columns: Sequence[Column[R]],
        query: PageQuery[R],
        *,
        row_id: Callable[[R], int],
        refresh_on: Iterable[Change],
        default_sort: str,
        colour: Callable[[R], QColor | None] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self._operations = operations
        self._columns = list(columns)
        self._query = query
        self._row_id = row_id
        self._refresh_on = frozenset(refresh_on)
        self._colour = colour
        self._page_size = page_size
        self._rows: list[R] = []
        self._search = ""
        self._sort = default_sort
        self._descending = False
        self._generation = 0
        self._loading = False
        self._exhausted = False
        operations.changed.connect(self._on_changed)

    # -- what the view asks -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self._colour is not None:
            colour = self._colour(row)
            return QBrush(colour) if colour is not None else None
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._loading and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._request(len(self._rows), self._page_size, replace=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort, self._descending = key, order is Qt.SortOrder.DescendingOrder
        self.reload()

    # -- what the widgets ask -----------------------------------------------------

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def index_of(self, row_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if self._row_id(row) == row_id), None)

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].sort_key is not None

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self, keep: int = 0) -> None:
        """Ask for the rows again from the start (as many as `keep`, at least a page)."""
        self._generation += 1
        self._exhausted = False
        self._request(0, max(self._page_size, keep), replace=True)

    # -- the queries ----------------------------------------------------------------

    def _request(self, offset: int, limit: int, *, replace: bool) -> None:
        self._loading = True
        generation = self._generation
        search, sort, descending, query = self._search, self._sort, self._descending, self._query

        def fetch(session: Session) -> Sequence[R]:
            return query(
                session,
                search=search,
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
            )

        DbOp(self._operations, fetch).success(
            lambda rows: self._arrived(generation, rows, limit, replace)
        ).failure(lambda error: self._failed(generation, error)).run(self)

    def _arrived(self, generation: int, rows: Sequence[R], limit: int, replace: bool) -> None:
        if generation != self._generation:
            return  # the search or the sort changed since: a newer answer is coming
        self._loading = False
        self._exhausted = len(rows) < limit
        if replace:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
        self._operations.refused.emit(error)

    def _on_changed(self, changes: frozenset[Change], initiator: object) -> None:
        if changes & self._refresh_on:
            self.reload(keep=len(self._rows))


class SearchableTable(QWidget, Generic[R]):
    """A search box over a lazily loaded, sortable table whose column widths are kept."""

    activated = Signal(object)  # a row was double-clicked or Enter pressed on it
    selected = Signal(object)  # the current row (None when nothing is selected)
    context_menu_requested = Signal(object, object)  # (row, global position)

    def __init__(
        self,
        model: PagedModel[R],
        *,
        settings_key: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._settings_key = f"tables/{settings_key}/header"
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(placeholder)
        self.search_box.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda index: self.activated.emit(model.row(index.row())))
        self.view.activated.connect(lambda index: self.activated.emit(model.row(index.row())))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._selected_id: int | None = None
        self._row_id: Callable[[R], int] | None = None
        self._restored = False  # the owner's column widths, from a previous session
        self._default_widths: list[int] | None = None  # fitted to the width until resized
        self._whole: frozenset[int] = frozenset()  # columns never squeezed
        self._fitting = False

        # Typing filters after a short pause, not at every keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: model.set_search(self.search_box.text().strip()))
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view)
        # The saved order first, then sorting on: the first page is asked for once.
        self._restore_header()
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)

    def set_row_id(self, row_id: Callable[[R], int]) -> None:
        """How to recognise a row again after a reload (the selection is kept)."""
        self._row_id = row_id

    def current(self) -> R | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select_id(self, row_id: int) -> bool:
        """Select the row with this id if it is loaded; False if it is not."""
        found = self.model.index_of(row_id)
        if found is None:
            return False
        self.view.selectRow(found)
        self.view.scrollTo(self.model.index(found, 0))
        return True

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected to type over."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search_now(self, text: str) -> None:
        """Show the rows matching `text` at once, the box saying so; the list is asked
        for again even when the search is the same, as a record sought may be new."""
        self._debounce.stop()
        with QSignalBlocker(self.search_box):  # no second search after the pause
            self.search_box.setText(text)
        if self.model.search != text:
            self.model.set_search(text)
        else:
            self.model.reload()

    def select_or_fetch(self, row_id: int) -> bool:
        """Select the row `row_id`, or ask for the next page where it may be. True when
        done (selected, or found nowhere: gone); False when a page is on its way,
        after which the caller asks again."""
        if self.select_id(row_id):
            return True
        if self.model.canFetchMore():
            self.model.fetchMore()
            return False
        return True

    def sort_as_last_time(self, *, first_time: bool) -> None:
        """Rows in the order the owner left them, by the first column the first time.
        Sorting is on and the header restored, and the view asked the model for that
        order already: only another order needs asking (each asking is a query)."""
        header = self.view.horizontalHeader()
        current = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        wanted = current
        if (
            first_time
            or not 0 <= current[0] < self.model.columnCount()
            or not self.model.is_sortable(current[0])
        ):
            wanted = (0, Qt.SortOrder.AscendingOrder)
        if wanted != current:
            header.setSortIndicator(*wanted)  # the view sorts the model: one query

    def set_default_widths(self, widths: Sequence[int], *, whole: Iterable[int] = ()) -> None:
        """The columns' widths until the owner sets theirs, in proportion: stretched or
        squeezed to the table's width, so that a laptop shows every column and a wide
        screen has no column three times too wide. The columns in `whole` (numbers,
        dates, amounts: a value cut short is a wrong value) are never squeezed, nor is
        any column narrower than its title. Widths saved in an earlier session are kept
        as they are."""
        if self._restored:
            return
        self._default_widths = list(widths)
        self._whole = frozenset(whole)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.view.viewport()
            and self._default_widths is not None
        ):
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        widths = self._default_widths
        available = self.view.viewport().width()
        if not widths or available <= 0:
            return
        header = self.view.horizontalHeader()
        titles = [header.sectionSizeHint(column) for column in range(header.count())]
        wanted = [max(width, title) for width, title in zip(widths, titles, strict=False)]
        floors = [
            width if column in self._whole else max(int(width * SQUEEZE_LIMIT), titles[column])
            for column, width in enumerate(wanted)
        ]
        # Columns that reach their floor stay there; the others share what is left.
        at_floor: set[int] = set()
        while True:
            free = [column for column in range(len(wanted)) if column not in at_floor]
            room = available - sum(floors[column] for column in at_floor)
            scale = room / max(sum(wanted[column] for column in free), 1)
            squeezed = {column for column in free if wanted[column] * scale < floors[column]}
            if not squeezed:
                break
            at_floor |= squeezed
        self._fitting = True
        try:
            for column, width in enumerate(wanted):
                size = floors[column] if column in at_floor else int(width * scale)
                header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        # The stretched last column follows the others: only a change to another is the owner's.
        if not self._fitting and column != last:
            self._default_widths = None

    def save_header(self) -> None:
        QSettings().setValue(self._settings_key, self.view.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = QSettings().value(self._settings_key)
        if isinstance(state, QByteArray):
            self._restored = self.view.horizontalHeader().restoreState(state)
        else:
            # Qt's own first sort is descending: start from A to Z instead.
            self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit(self.model.row(current.row()) if current.isValid() else None)

    def _remember_selection(self) -> None:
        row = self.current()
        self._selected_id = (
            self._row_id(row) if row is not None and self._row_id is not None else None
        )

    def _restore_selection(self) -> None:
        if self._selected_id is not None and not self.select_id(self._selected_id):
            self.selected.emit(None)

    def _context_menu(self, position: Any) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.selectRow(index.row())
            self.context_menu_requested.emit(
                self.model.row(index.row()), self.view.viewport().mapToGlobal(position)
            )
