"""Recording that a payment came back: a direct debit the customer's bank returned, a
cheque that bounced. The invoices it paid are unpaid again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.direct_debit import RETURN_REASONS
from cadence.domain.i18n import MESSAGES_CONTEXT
from cadence.services.direct_debit import reason_text, return_payment
from cadence.services.statements import PaymentSummary
from cadence.ui.clock import Clock
from cadence.ui.customers.labels import payment_method_label
from cadence.ui.formatting import day, money
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.setup.form import form_layout
from cadence.ui.setup.page import page_hint
from cadence.ui.subscriptions.widgets import date_edit, date_of, limit_dates

# The invoices it paid are open again (and may be overdue), the customer owes them,
# the subscriptions may fall past due, a collection is marked returned.
RETURN_CHANGES = frozenset(
    {Change.PAYMENTS, Change.INVOICES, Change.CUSTOMERS, Change.SUBSCRIPTIONS, Change.BANK}
)
OTHER_REASON = ""  # the combo's data for a reason the owner types


def reason_label(code: str) -> str:
    """AM04 – Provision insuffisante: the bank's code, and what it means."""
    return f"{code} – {QCoreApplication.translate(MESSAGES_CONTEXT, RETURN_REASONS[code])}"


class ReturnPaymentDialog(QDialog):
    """When the money went back, and why (a bank's reason code, or in the owner's words)."""

    returned = Signal(int)  # the payment's id, once recorded

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        payment: PaymentSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._payment = payment
        today = clock.today()
        self.setWindowTitle(self.tr("Record a payment as returned"))
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("{amount} received on {day} · {method}").format(
                amount=money(payment.amount, payment.currency),
                day=day(payment.received_on),
                method=payment_method_label(payment.method),
            )
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(
            self.tr(
                "The invoices this payment settled are unpaid again, and the reminders take "
                "them up from their due dates."
            )
        )
        explanation.setWordWrap(True)

        self.returned_on = date_edit(today)
        limit_dates(self.returned_on, earliest=payment.received_on, latest=today)
        self.returned_on.setMaximumWidth(170)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Another reason, in your words"), OTHER_REASON)
        for code in sorted(RETURN_REASONS):
            self.reason.addItem(reason_label(code), code)
        self.reason.setCurrentIndex(self.reason.findData("AM04"))  # the most frequent
        self.reason.setMaxVisibleItems(14)
        self.own_reason = QLineEdit()
        self.own_reason.setMaxLength(200)
        self.own_reason.setPlaceholderText(self.tr("Cheque without funds, account closed…"))
        form = form_layout()
        form.addRow(self.tr("Returned on"), self.returned_on)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.own_reason)
        form.addRow(
            "",
            page_hint(self.tr("The bank's statement gives a code of four letters and digits.")),
        )
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form, {"returned_on": self.returned_on, "reason": self.own_reason}, self.general_error
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Record as returned"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self._reason_changed()

    def _reason_changed(self) -> None:
        typed = self.reason.currentData() == OTHER_REASON
        self.own_reason.setEnabled(typed)
        if typed:
            self.own_reason.setFocus()

    def reason_text(self) -> str:
        """What is recorded: the code and its English meaning, as a returned collection
        records it, or the owner's words."""
        code = str(self.reason.currentData())
        return self.own_reason.text() if code == OTHER_REASON else reason_text(code)

    def accept(self) -> None:
        payment_id, today = self._payment.id, self._clock.today()
        returned_on: date = date_of(self.returned_on)
        reason = self.reason_text()
        self.errors.clear()
        op = DbOp(
            self._operations,
            lambda session: return_payment(
                session, payment_id, returned_on=returned_on, reason=reason, today=today
            ),
            writes=True,
            changes=RETURN_CHANGES,
        )
        save_then_close(
            self,
            op,
            button=self.confirm,
            show_errors=self.errors.show,
            saved=lambda _none: self.returned.emit(payment_id),
        )
