"""A table of figures under a chart: read-only, amounts to the right, exported as CSV.

Each cell carries the text shown and the value exported: "1 234,50 €" on screen is
1234,50 in a French spreadsheet and 1234.50 in an English one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cadence.domain.text import SpreadsheetValue, spreadsheet_csv
from cadence.ui.formatting import locale_name

Exported = SpreadsheetValue


@dataclass(frozen=True)
class Cell:
    text: str
    value: Exported = None  # what the CSV gets; the text when None
    numeric: bool = False  # right-aligned
    tooltip: str = ""
    colour: str | None = None  # text colour, for a figure that needs attention


def text_cell(text: str, tooltip: str = "") -> Cell:
    return Cell(text, text, tooltip=tooltip)


def number_cell(text: str, value: Decimal | int | None, colour: str | None = None) -> Cell:
    return Cell(text, value, numeric=True, colour=colour)


class FigureTable(QTableWidget):
    """Rows of cells with a header; the first column names the row (a month, a plan)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Cell]] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(70)

    def show_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self._headers, self._rows = list(headers), [list(row) for row in rows]
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, title in enumerate(headers):
            item = QTableWidgetItem(title)
            if column and rows and rows[0][column].numeric:
                item.setTextAlignment(right)
            self.setHorizontalHeaderItem(column, item)
        for row_number, row in enumerate(rows):
            for column, cell in enumerate(row):
                item = QTableWidgetItem(cell.text)
                if cell.numeric:
                    item.setTextAlignment(right)
                if cell.tooltip:
                    item.setToolTip(cell.tooltip)
                if cell.colour is not None:
                    item.setForeground(QColor(cell.colour))
                self.setItem(row_number, column, item)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its contents, then the room left shared among them in
        proportion, so a short table fills the width and a wide one scrolls."""
        self.resizeColumnsToContents()
        widths = [self.columnWidth(column) for column in range(self.columnCount())]
        room = self.viewport().width() - sum(widths)
        if widths and room > 0:
            total = sum(widths)
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width + room * width // total)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def headers(self) -> list[str]:
        return list(self._headers)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests and the screenshots read it)."""
        return [[cell.text for cell in row] for row in self._rows]

    def csv_text(self) -> str:
        return figures_csv(self._headers, self._rows)


def figures_csv(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """The rows as CSV a spreadsheet in the interface's language opens as it should:
    in French, semicolons between fields and decimal commas; formulas neutralised."""
    return spreadsheet_csv(
        headers,
        ([cell.text if cell.value is None else cell.value for cell in row] for row in rows),
        french=locale_name().startswith("fr"),
    )
