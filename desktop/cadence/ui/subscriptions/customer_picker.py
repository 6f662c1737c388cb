"""Choosing a customer among a hundred thousand: type, and pick a suggestion.

The suggestions come from the database as the owner types (a read operation
asking for a few matches), never from a list of every customer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cadence.domain.text import search_key
from cadence.services.customers import CustomerRecord, list_customers
from cadence.ui.operations import DbOp, Operations

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SUGGESTIONS = 30
TYPING_PAUSE_MS = 150


class CustomerPicker(QLineEdit):
    """A field that suggests customers matching what is typed (name, e-mail, city,
    postcode …) and remembers the one picked."""

    chosen = Signal(object)  # the customer's id, or None once the text is changed again
    suggestions_loaded = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._customer_id: int | None = None
        self._generation = 0
        self.setPlaceholderText(self.tr("Type a name, an e-mail, a city…"))
        self.suggestions = QStandardItemModel(self)
        self._completer = QCompleter(self.suggestions, self)
        # The database already chose the matches (ignoring accents): Qt must not
        # filter them again by prefix.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(NAME_ROLE)  # once picked, the field shows the name
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        # The index overload: the stubs do not know signals can be indexed by type.
        self._completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._look_up)
        self.textEdited.connect(self._edited)

    def customer_id(self) -> int | None:
        """The customer picked; a name typed in full that one suggestion has is taken too."""
        if self._customer_id is not None:
            return self._customer_id
        typed = search_key(self.text())
        matching = [
            item.data(ID_ROLE)
            for item in self._items()
            if item.data(ID_ROLE) is not None and search_key(item.data(NAME_ROLE)) == typed
        ]
        return matching[0] if typed and len(matching) == 1 else None

    def choose(self, row: int) -> None:
        """Pick the suggestion at `row`, as a click on it does."""
        self._picked(self.suggestions.index(row, 0))

    def _items(self) -> list[QStandardItem]:
        return [self.suggestions.item(row) for row in range(self.suggestions.rowCount())]

    def _edited(self, _text: str) -> None:
        if self._customer_id is not None:
            self._customer_id = None
            self.chosen.emit(None)
        self._typing.start()

    def _look_up(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.text().strip()
        if not text:
            self.suggestions.clear()
            return
        DbOp(
            self._operations,
            lambda session: list_customers(session, search=text, limit=MAX_SUGGESTIONS),
        ).success(lambda found: self._arrived(generation, text, found)).run(self)

    def _arrived(self, generation: int, text: str, found: Sequence[CustomerRecord]) -> None:
        if generation != self._generation:
            return  # the owner typed on: a newer answer is coming
        self.suggestions.clear()
        for customer in found:
            where = " ".join(part for part in (customer.postal_code, customer.city) if part)
            shown = " — ".join(part for part in (customer.name, where, customer.email) if part)
            item = QStandardItem(shown)
            item.setData(customer.id, ID_ROLE)
            item.setData(customer.name, NAME_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if not found:
            item = QStandardItem(self.tr("No customer matches “{text}”").format(text=text))
            item.setData(text, NAME_ROLE)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.appendRow(item)
        if self.isVisible():
            self._completer.complete()
        self.suggestions_loaded.emit()

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        customer_id = index.data(ID_ROLE)
        if customer_id is None:
            return
        self._customer_id = int(customer_id)
        self.setText(str(index.data(NAME_ROLE)))
        self.chosen.emit(self._customer_id)
