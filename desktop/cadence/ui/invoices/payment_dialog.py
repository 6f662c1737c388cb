"""Record a payment received for one invoice; more than is owed is kept as the customer's credit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.domain.parties import PaymentMethod
from cadence.services.invoices import InvoiceToPay
from cadence.services.payments import Allocation, PaymentData, record_payment
from cadence.ui.formatting import money
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.invoices.amounts import amount_text, currency_symbol, parse_amount
from cadence.ui.invoices.labels import method_labels
from cadence.ui.operations import Change, DbOp, Operations


class PaymentDialog(QDialog):
    """The amount (what is left, to begin with), the day, the method and a reference."""

    recorded = Signal(object)  # the PaymentRecord, once committed

    def __init__(
        self,
        operations: Operations,
        invoice: InvoiceToPay,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._invoice = invoice
        self._today = today
        self.setWindowTitle(self.tr("Record a payment"))

        heading = QLabel(
            self.tr("Invoice {number} — {customer}").format(
                number=invoice.number, customer=invoice.customer_name
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is data, never markup
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        left = QLabel(
            self.tr("Left to pay: {amount}").format(
                amount=money(invoice.left_to_pay, invoice.currency)
            ),
            self,
        )

        self.amount = QLineEdit(amount_text(invoice.left_to_pay), self)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        self.amount.textChanged.connect(self._amount_changed)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        quiet = self.hint.palette()  # the placeholder's grey: advice, not an error
        quiet.setColor(
            QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText)
        )
        self.hint.setPalette(quiet)
        self.hint.hide()
        self.received_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.received_on.setCalendarPopup(True)
        self.received_on.setMaximumDate(self.received_on.date())  # money cannot arrive tomorrow
        self.method = QComboBox(self)
        for method, label in method_labels():
            self.method.addItem(label, method)
        self.method.setCurrentIndex(self.method.findData(invoice.usual_method))
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(140)
        self.reference.setPlaceholderText(self.tr("Transfer label, cheque number… (optional)"))

        form = QFormLayout()
        form.addRow(
            self.tr("Amount received ({currency}):").format(
                currency=currency_symbol(invoice.currency)
            ),
            self.amount,
        )
        form.addRow("", self.hint)
        form.addRow(self.tr("Received on:"), self.received_on)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Reference:"), self.reference)
        self.general_error = QLabel(self)
        self.errors = FieldErrors(
            form,
            {"amount": self.amount, "received_on": self.received_on, "reference": self.reference},
            self.general_error,
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record the payment")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(left)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.amount.selectAll()
        self.amount.setFocus()

    def _amount_changed(self, text: str) -> None:
        amount = parse_amount(text)
        excess = amount - self._invoice.left_to_pay if amount is not None else None
        if excess is not None and excess > 0:
            self.hint.setText(
                self.tr(
                    "{excess} more than what is left to pay: it will be kept as credit "
                    "for {customer}'s next invoices."
                ).format(
                    excess=money(excess, self._invoice.currency),
                    customer=self._invoice.customer_name,
                )
            )
            self.hint.show()
        else:
            self.hint.hide()
        self.adjustSize()  # a line more or less: the dialog follows, nothing is clipped

    def submit(self) -> None:
        amount = parse_amount(self.amount.text())
        if amount is None:
            self._show_errors(
                ValidationError.single(
                    "amount",
                    Message(
                        self.tr("Type the amount received, such as {example}.").format(
                            example=amount_text(Decimal("34.80"))
                        )
                    ),
                )
            )
            return
        invoice = self._invoice
        share = min(amount, invoice.left_to_pay)
        data = PaymentData(
            customer_id=invoice.customer_id,
            received_on=self.received_on.date().toPython(),  # type: ignore[arg-type]
            amount=amount,
            method=PaymentMethod(self.method.currentData()),  # Qt gives the str back
            reference=self.reference.text(),
            # This invoice first; what is beyond stays the customer's credit.
            allocations=[Allocation(invoice.invoice_id, share)] if share > 0 else [],
        )
        today = self._today
        self.errors.clear()
        op = DbOp(
            self._operations,
            lambda session: record_payment(session, data, today=today),
            writes=True,
            changes={Change.INVOICES, Change.PAYMENTS, Change.SUBSCRIPTIONS},
        )
        save_then_close(
            self, op, button=self.buttons, show_errors=self._show_errors, saved=self.recorded.emit
        )

    def _show_errors(self, error: KnownError) -> None:
        self.errors.show(error)
        self.adjustSize()
