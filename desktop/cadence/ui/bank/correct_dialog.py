"""The owner's correction of a statement line: whose money it is and which of their
open invoices it pays (money in), or which of their payments came back (money out).

Nothing is recorded here: the line gets the owner's match, sure, and Confirm records it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind
from cadence.services.invoices import InvoiceRecord, list_invoices
from cadence.services.reconciliation import LineRow, assign_line, assign_return, returnable_payments
from cadence.ui.bank.labels import amount_colour
from cadence.ui.formatting import day, money
from cadence.ui.forms import ERROR_STYLE, WrappedLabel, save_then_close
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.subscriptions.customer_picker import CustomerPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AMOUNT_ROLE = Qt.ItemDataRole.UserRole + 2
# What a correction changes: the line's match only; confirming it records the rest.
CORRECTION_CHANGES = frozenset({Change.BANK})

Payment = tuple[int, date, Decimal, str]  # as returnable_payments gives it


def open_invoices(session: Session, customer_id: int, today: date) -> list[InvoiceRecord]:
    """The customer's invoices waiting for money, the oldest due first (the order in
    which a payment settles them)."""
    found = list_invoices(session, today=today, customer_id=customer_id, statuses=OPEN_STATUSES)
    invoices = [record for record in found if record.kind is InvoiceKind.INVOICE]
    return sorted(invoices, key=lambda record: (record.due_date or date.min, record.id))


class CorrectDialog(QDialog):
    """Choose the customer, then what the line pays (or returns)."""

    corrected = Signal(object)  # the line's id, once the correction is committed

    def __init__(
        self, operations: Operations, row: LineRow, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._row = row
        self._today = today
        self._money_in = row.amount > 0
        self._customer_id: int | None = row.customer_id
        self._generation = 0
        self.setWindowTitle(self.tr("Correct the match"))

        heading = QLabel(
            self.tr("{amount} on {day}").format(
                amount=money(row.amount, row.currency), day=day(row.booked_on)
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setStyleSheet(f"color: {amount_colour(row.amount).name()};")
        label = QLabel(" · ".join(part for part in (row.counterparty, row.text) if part), self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the bank's words are data
        label.setWordWrap(True)

        self.customer = CustomerPicker(operations, self)
        if row.customer_id is not None:
            self.customer.setText(row.customer_name)
        self.customer.chosen.connect(self._customer_chosen)
        self.customer.textEdited.connect(lambda _text: self._customer_chosen(None))

        self.choices = QListWidget(self)
        self.choices.setMinimumHeight(150)
        self.choices.itemChanged.connect(lambda _item: self._update_summary())
        self.choices.currentItemChanged.connect(lambda *_items: self._update_summary())
        self.summary = WrappedLabel("", self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Paid by:") if self._money_in else self.tr("Customer:"), self.customer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this match"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("Which invoices does it pay?")
                if self._money_in
                else self.tr("Which of their payments came back?"),
                self,
            )
        )
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._customer_chosen(row.customer_id)

    # -- the customer and their invoices or payments ----------------------------------------

    def _customer_chosen(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self._generation += 1
        generation = self._generation
        self.choices.clear()
        self.error.hide()
        if customer_id is None:
            self._update_summary()
            return
        today = self._today
        if self._money_in:
            DbOp(
                self._operations, lambda session: open_invoices(session, customer_id, today)
            ).success(lambda found: self._invoices_arrived(generation, found)).run(self)
        else:
            DbOp(
                self._operations, lambda session: returnable_payments(session, customer_id)
            ).success(lambda found: self._payments_arrived(generation, found)).run(self)

    def _invoices_arrived(self, generation: int, invoices: Sequence[InvoiceRecord]) -> None:
        if generation != self._generation:
            return  # another customer was chosen meanwhile
        self.choices.blockSignals(True)
        left = self._row.amount
        for invoice in invoices:
            item = QListWidgetItem(
                self.tr("{number} — due {due} — {left} left to pay").format(
                    number=invoice.number or "",
                    due=day(invoice.due_date),
                    left=money(invoice.outstanding, invoice.currency),
                )
            )
            item.setData(ID_ROLE, invoice.id)
            item.setData(AMOUNT_ROLE, str(invoice.outstanding))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # The oldest first, as far as the money goes: what a payment settles.
            ticked = left > 0
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            left -= invoice.outstanding if ticked else Decimal(0)
            self.choices.addItem(item)
        self.choices.blockSignals(False)
        self._update_summary()

    def _payments_arrived(self, generation: int, payments: Sequence[Payment]) -> None:
        if generation != self._generation:
            return
        returned = -self._row.amount
        first_fitting: QListWidgetItem | None = None
        for payment_id, received_on, amount, reference in payments:
            text = self.tr("{amount} received on {day}").format(
                amount=money(amount, self._row.currency), day=day(received_on)
            )
            item = QListWidgetItem(f"{text} — {reference}" if reference else text)
            item.setData(ID_ROLE, payment_id)
            if amount != returned:
                # The bank returns a payment whole: another amount cannot be this one.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first_fitting is None:
                first_fitting = item
            self.choices.addItem(item)
        if first_fitting is not None:
            self.choices.setCurrentItem(first_fitting)
        self._update_summary()

    def ticked_invoices(self) -> list[int]:
        """The invoices ticked, in the order listed (oldest due first)."""
        return [
            int(item.data(ID_ROLE))
            for item in self._items()
            if item.checkState() is Qt.CheckState.Checked
        ]

    def chosen_payment(self) -> int | None:
        item = self.choices.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return int(item.data(ID_ROLE))

    def _items(self) -> list[QListWidgetItem]:
        return [self.choices.item(row) for row in range(self.choices.count())]

    def _update_summary(self) -> None:
        row = self._row
        if self._customer_id is None:
            self.summary.setText(self.tr("Type the customer's name, then pick them in the list."))
            self.ok_button.setEnabled(False)
            return
        if not self._money_in:
            fitting = any(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in self._items())
            self.summary.setText(
                ""
                if fitting
                else self.tr("No payment of {amount} from this customer: choose another.").format(
                    amount=money(-row.amount, row.currency)
                )
            )
            self.summary.setVisible(bool(self.summary.text()))
            self.ok_button.setEnabled(self.chosen_payment() is not None)
            return
        ticked = sum(
            (
                Decimal(str(item.data(AMOUNT_ROLE)))
                for item in self._items()
                if item.checkState() is Qt.CheckState.Checked
            ),
            Decimal(0),
        )
        paid = min(ticked, row.amount)
        credit = row.amount - paid
        if not self._items():
            text = self.tr(
                "Nothing of theirs waits for payment: the whole {amount} is kept as their credit."
            ).format(amount=money(row.amount, row.currency))
        elif not ticked:
            text = self.tr("No invoice ticked: it pays their oldest invoices first.")
        elif credit > 0:
            text = self.tr(
                "{paid} pays the invoices ticked; {credit} is kept as their credit."
            ).format(paid=money(paid, row.currency), credit=money(credit, row.currency))
        else:
            text = self.tr("{paid} pays the invoices ticked.").format(
                paid=money(paid, row.currency)
            )
        self.summary.setText(text)
        self.summary.show()
        self.ok_button.setEnabled(True)

    # -- saving ----------------------------------------------------------------------------

    def submit(self) -> None:
        customer_id, line_id = self._customer_id, self._row.id
        if customer_id is None:
            return
        if self._money_in:
            invoice_ids = self.ticked_invoices()
            op = DbOp(
                self._operations,
                lambda session: assign_line(
                    session, line_id, customer_id=customer_id, invoice_ids=invoice_ids
                ),
                writes=True,
                changes=CORRECTION_CHANGES,
            )
        else:
            payment_id = self.chosen_payment()
            if payment_id is None:
                return
            op = DbOp(
                self._operations,
                lambda session: assign_return(session, line_id, payment_id=payment_id),
                writes=True,
                changes=CORRECTION_CHANGES,
            )
        self.error.hide()
        save_then_close(
            self,
            op,
            button=self.ok_button,
            show_errors=self._show_error,
            saved=lambda _none: self.corrected.emit(line_id),
        )

    def _show_error(self, error: KnownError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
