"""A customer's SEPA mandates in their overview: each one's reference, scheme, signature
and status, and adding, editing or revoking one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cadence.documents.formatting import grouped
from cadence.domain.direct_debit import MandateScheme
from cadence.services.customers import CustomerRecord
from cadence.services.mandates import MandateRecord, list_mandates
from cadence.ui.customers.cells import Cell, fill_table, read_only_table
from cadence.ui.customers.labels import ATTENTION, GOOD, MUTED
from cadence.ui.customers.mandate_dialog import MandateDialog, RevokeMandateDialog, mandate_status
from cadence.ui.formatting import day
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext


class CustomerMandates(QWidget):
    """The mandates of one customer, newest first, read again when mandates change."""

    loaded = Signal()
    counted = Signal(int)  # how many are listed, for the tab's title

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._customer: CustomerRecord | None = None
        self._generation = 0  # answers for a customer no longer shown are dropped
        self.records: list[MandateRecord] = []
        self.dialog: QDialog | None = None

        self.table = read_only_table(
            [
                self.tr("Reference (RUM)"),
                self.tr("Type"),
                self.tr("Signed on"),
                self.tr("Account"),
                self.tr("Status"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.empty = QLabel(
            self.tr(
                "No mandate yet. To collect this customer's invoices by SEPA direct debit, "
                "record the mandate they signed."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED.name()};")
        self.add_button = QPushButton(self.tr("Add a mandate…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()
        context.operations.changed.connect(self._on_changed)

    def show_customer(
        self, customer: CustomerRecord | None, records: list[MandateRecord] | None = None
    ) -> None:
        """Show `customer`'s mandates: `records` when the overview read them with the
        rest, else read now."""
        self._customer = customer
        self._generation += 1
        if customer is None or records is not None:
            self._fill(records or [])
            self.loaded.emit()
            return
        generation, customer_id = self._generation, customer.id
        DbOp(self._context.operations, lambda session: list_mandates(session, customer_id)).success(
            lambda records: self._arrived(generation, records)
        ).run(self)

    def _arrived(self, generation: int, records: list[MandateRecord]) -> None:
        if generation == self._generation:
            self._fill(records)
            self.loaded.emit()

    def _on_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        # A change to the customer reloads the overview, which shows them again.
        if Change.BANK in changes and Change.CUSTOMERS not in changes:
            self.show_customer(self._customer)

    def _fill(self, records: list[MandateRecord]) -> None:
        selected = self.selected()
        self.records = records
        today = self._context.clock.today()
        rows = []
        for record in records:
            if record.revoked_on is not None:
                colour = MUTED
            elif record.in_force(today):
                colour = GOOD
            else:
                colour = ATTENTION
            rows.append(
                (
                    record.id,
                    [
                        Cell(record.reference),
                        Cell(_scheme_short(record.scheme)),
                        Cell(day(record.signed_on)),
                        Cell(grouped(record.iban)),
                        Cell(mandate_status(record, today), colour=colour),
                    ],
                )
            )
        fill_table(self.table, rows)
        self.empty.setVisible(not records)
        self.table.setVisible(bool(records))
        index = next(
            (i for i, record in enumerate(records) if selected and record.id == selected.id), 0
        )
        if records:
            self.table.selectRow(index)
        self._update_buttons()
        self.counted.emit(len(records))

    def selected(self) -> MandateRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def in_force(self) -> MandateRecord | None:
        today = self._context.clock.today()
        return next((record for record in self.records if record.in_force(today)), None)

    def _update_buttons(self) -> None:
        selected = self.selected()
        current = self.in_force()
        self.add_button.setEnabled(self._customer is not None and current is None)
        self.add_button.setToolTip(
            self.tr("Mandate {reference} is in force: revoke it first to record another.").format(
                reference=current.reference
            )
            if current is not None
            else ""
        )
        self.edit_button.setEnabled(selected is not None)
        self.revoke_button.setEnabled(selected is not None and selected.revoked_on is None)

    # -- what the owner does -------------------------------------------------------------

    def add(self) -> None:
        if self._customer is not None:
            self._open(MandateDialog(self._context.operations, self._context.clock, self._customer))

    def edit_selected(self) -> None:
        selected = self.selected()
        if self._customer is not None and selected is not None:
            self._open(
                MandateDialog(
                    self._context.operations, self._context.clock, self._customer, selected
                )
            )

    def revoke_selected(self) -> None:
        selected = self.selected()
        if selected is not None and selected.revoked_on is None:
            self._open(RevokeMandateDialog(self._context.operations, self._context.clock, selected))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return  # a double-click answered twice: one form is enough
        dialog.setParent(self, dialog.windowFlags())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


def _scheme_short(scheme: MandateScheme) -> str:
    return scheme.value  # CORE or B2B: the words banks and forms use
