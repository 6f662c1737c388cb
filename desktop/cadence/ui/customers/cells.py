"""Small read-only tables of an overview: rows of cells, each row keeping its id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


@dataclass(frozen=True)
class Cell:
    text: str
    numeric: bool = False
    colour: QColor | None = None


def fill_table(table: QTableWidget, rows: Sequence[tuple[int, Sequence[Cell]]]) -> None:
    """Put `rows` (id, cells) in `table`; the id is kept on the first cell of each row."""
    table.setRowCount(len(rows))
    for row, (row_id, cells) in enumerate(rows):
        for column, cell in enumerate(cells):
            item = QTableWidgetItem(cell.text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            if cell.numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if cell.colour is not None:
                item.setForeground(cell.colour)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def read_only_table(headers: Sequence[str], stretch: int = -1) -> QTableWidget:
    """A read-only table whose column `stretch` (the last by default) takes the room
    its neighbours, sized to their contents, leave."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch % len(headers), QHeaderView.ResizeMode.Stretch)
    return table
