"""A customer's messages in their overview: what Cadence wrote to them and whether it
went, each one opened in the Messages tab, its attachment opened from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError, message
from cadence.services.outbox import AttachmentRecord, MessageRecord, list_messages
from cadence.ui.messages import translated
from cadence.ui.operations import Change, DbOp
from cadence.ui.outbox.files import OpenUrl, open_attachment
from cadence.ui.outbox.labels import kind_label, status_colour, status_label, when
from cadence.ui.tab import AppContext

LIMIT = 200  # the latest; the Messages tab has them all
SUBJECT_COLUMN = 2


class CustomerMessages(QWidget):
    """The messages of one customer, newest first, read again when messages change."""

    loaded = Signal()
    counted = Signal(int)  # how many are listed, for the tab's title

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._customer_id: int | None = None
        self._generation = 0  # answers for a customer no longer shown are dropped
        self.records: list[MessageRecord] = []
        self.open_url: OpenUrl = QDesktopServices.openUrl

        headers = [self.tr("Written"), self.tr("What"), self.tr("Subject"), self.tr("Status")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.open_button = QPushButton(self.tr("Show in Messages"), self)
        self.open_button.setToolTip(self.tr("Read it, send it or print it in the Messages tab"))
        self.open_button.clicked.connect(self.open_selected)
        self.attachment_button = QToolButton(self)
        self.attachment_button.setText(self.tr("Open the attachment"))
        self.attachment_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.attachment_button.clicked.connect(self._open_first_attachment)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.attachment_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        context.operations.changed.connect(self._on_changed)

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self._generation += 1
        if customer_id is None:
            self._fill([])
            return
        generation = self._generation
        DbOp(
            self._context.operations,
            lambda session: list_messages(session, customer_id=customer_id, limit=LIMIT),
        ).success(lambda records: self._arrived(generation, records)).run(self)

    def _arrived(self, generation: int, records: list[MessageRecord]) -> None:
        if generation == self._generation:
            self._fill(records)
            self.loaded.emit()

    def _on_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if Change.MESSAGES in changes and self._customer_id is not None:
            self.show_customer(self._customer_id)

    def _fill(self, records: list[MessageRecord]) -> None:
        selected = self.selected()
        self.records = records
        today = self._context.clock.today()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            texts = (
                when(record.created_at, today),
                kind_label(record.kind),
                record.subject,
                status_label(record.status),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == len(texts) - 1:
                    colour = status_colour(record.status)
                    if colour is not None:
                        item.setForeground(colour)
                if record.error is not None:
                    item.setToolTip(translated(record.error))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            kept = next((i for i, record in enumerate(records) if record.id == selected.id), None)
            if kept is not None:
                self.table.selectRow(kept)
        self._update_buttons()
        self.counted.emit(len(records))

    def selected(self) -> MessageRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        """The message in the Messages tab, selected there."""
        record = self.selected()
        if record is not None:
            self._context.navigator.open_record("messages", record.id)

    def _update_buttons(self) -> None:
        record = self.selected()
        attachments = record.attachments if record is not None else ()
        self.open_button.setEnabled(record is not None)
        self.attachment_button.setEnabled(bool(attachments))
        # One attachment opens at a click; several, from a menu naming each.
        self.attachment_button.setPopupMode(
            QToolButton.ToolButtonPopupMode.InstantPopup
            if len(attachments) > 1
            else QToolButton.ToolButtonPopupMode.DelayedPopup
        )
        if len(attachments) > 1:
            menu = QMenu(self.attachment_button)
            for attachment in attachments:
                action = QAction(attachment.file_name, menu)
                action.triggered.connect(
                    lambda _checked=False, chosen=attachment: self.open_attachment(chosen)
                )
                menu.addAction(action)
            self.attachment_button.setMenu(menu)
        else:
            self.attachment_button.setMenu(None)  # type: ignore[arg-type]
        self.attachment_button.setToolTip(attachments[0].file_name if len(attachments) == 1 else "")

    def _open_first_attachment(self) -> None:
        record = self.selected()
        if record is not None and len(record.attachments) == 1:
            self.open_attachment(record.attachments[0])

    def open_attachment(self, attachment: AttachmentRecord) -> None:
        """The attachment opened by the system's program for it (a PDF reader)."""
        operations = self._context.operations

        def refused(problem: str) -> None:
            text = self.tr("The attachment could not be written: {problem}").format(problem=problem)
            operations.refused.emit(KnownError(message("{summary}", summary=text)))

        open_attachment(
            operations, attachment.id, attachment.file_name, self.open_url, refused, self
        )
