"""Correct an issued invoice with a credit note: all of it, or an amount on some lines."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.services.credit_notes import issue_credit_note
from cadence.services.invoices import InvoiceToCredit, LineRecord
from cadence.ui.formatting import day, money, rate
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.invoices.amounts import amount_text, parse_amount
from cadence.ui.operations import Change, DbOp, Operations

_AMOUNT_COLUMN = 4


class CreditNoteDialog(QDialog):
    """Whole invoice, or by line with an amount excl. VAT per line, and a reason."""

    issued = Signal(object)  # the IssuedDocument, once committed

    def __init__(
        self,
        operations: Operations,
        invoice: InvoiceToCredit,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._invoice = invoice
        self._today = today
        self.setWindowTitle(self.tr("Credit note for {number}").format(number=invoice.number))

        heading = QLabel(
            self.tr("Invoice {number} — {customer}").format(
                number=invoice.number, customer=invoice.customer_name
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        summary = self.tr("Total: {gross} incl. VAT ({net} excl. VAT).").format(
            gross=money(invoice.total_gross, invoice.currency),
            net=money(invoice.total_net, invoice.currency),
        )
        if invoice.credited_so_far > 0:
            summary += " " + self.tr("Already credited: {amount} incl. VAT.").format(
                amount=money(invoice.credited_so_far, invoice.currency)
            )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)

        self.whole = QRadioButton(self.tr("The whole invoice"), self)
        self.by_line = QRadioButton(self.tr("Part of some lines, by an amount excl. VAT"), self)
        choice = QButtonGroup(self)
        choice.addButton(self.whole)
        choice.addButton(self.by_line)
        if invoice.credited_so_far > 0:
            # Issuing a copy of every line would credit more than is left.
            self.whole.setEnabled(False)
            self.whole.setToolTip(
                self.tr("Part of this invoice is already credited: credit the lines by amount.")
            )
            self.by_line.setChecked(True)
        else:
            self.whole.setChecked(True)
        choices = QWidget(self)
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.whole)
        choices_layout.addWidget(self.by_line)

        self.lines = self._lines_table(invoice.lines)
        self.line_edits: list[QLineEdit] = []
        for row in range(len(invoice.lines)):
            edit = QLineEdit(self.lines)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(amount_text(Decimal(0)))
            edit.textChanged.connect(self._update_total)
            self.lines.setCellWidget(row, _AMOUNT_COLUMN, edit)
            self.line_edits.append(edit)
        self.total = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(self.tr("Printed on the credit note, e.g. cancelled order"))

        form = QFormLayout()
        form.addRow(self.tr("Credit:"), choices)
        form.addRow(self.lines)
        form.addRow("", self.total)
        form.addRow(self.tr("Reason:"), self.reason)
        self.general_error = QLabel(self)
        self.errors = FieldErrors(
            form, {"line_amounts": self.lines, "reason": self.reason}, self.general_error
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Issue the credit note")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.whole.toggled.connect(self._mode_changed)
        self._mode_changed()
        self.setMinimumWidth(760)

    def _lines_table(self, lines: tuple[LineRecord, ...]) -> QTableWidget:
        table = QTableWidget(len(lines), 5, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Period"),
                self.tr("Excl. VAT"),
                self.tr("VAT"),
                self.tr("To credit, excl. VAT"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(False)
        currency = self._invoice.currency
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(lines):
            period = (
                self.tr("{start} – {end}").format(
                    start=day(line.period_start), end=day(line.period_end - timedelta(days=1))
                )
                if line.period_start is not None and line.period_end is not None
                else ""
            )
            cells = [
                (line.description, None),
                (period, None),
                (money(line.net_amount, currency), right),
                (rate(line.vat_rate), right),
            ]
            for column, (text, alignment) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if alignment is not None:
                    item.setTextAlignment(alignment)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        # As tall as its lines (up to eight, then it scrolls), never taller.
        shown = max(1, min(len(lines), 8))
        table.setFixedHeight(
            header.sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        return table

    def _mode_changed(self) -> None:
        by_line = self.by_line.isChecked()
        for edit in self.line_edits:
            edit.setEnabled(by_line)
        if by_line and self.line_edits and not any(edit.text() for edit in self.line_edits):
            self.line_edits[0].setFocus()
        self._update_total()

    def _update_total(self) -> None:
        invoice = self._invoice
        if self.whole.isChecked():
            self.total.setText(
                self.tr("This credit note: {amount} incl. VAT").format(
                    amount=money(invoice.total_gross, invoice.currency)
                )
            )
            return
        amounts = [parse_amount(edit.text()) for edit in self.line_edits if edit.text().strip()]
        total = sum((amount for amount in amounts if amount is not None), Decimal(0))
        self.total.setText(
            self.tr("This credit note: {amount} excl. VAT, plus its VAT").format(
                amount=money(total, invoice.currency)
            )
        )

    def _line_amounts(self) -> dict[int, Decimal] | None:
        """Each line's amount by position; None when one is not an amount (said under them)."""
        amounts: dict[int, Decimal] = {}
        wrong: list[str] = []
        for line, edit in zip(self._invoice.lines, self.line_edits, strict=True):
            if not edit.text().strip():
                continue
            amount = parse_amount(edit.text())
            if amount is None:
                wrong.append(
                    self.tr("Line {position}: type an amount, such as {example}.").format(
                        position=line.position, example=amount_text(Decimal("12.50"))
                    )
                )
            else:
                amounts[line.position] = amount
        if wrong:
            self._show_errors(ValidationError.single("line_amounts", Message("\n".join(wrong))))
            return None
        return amounts

    def submit(self) -> None:
        line_amounts: dict[int, Decimal] | None = None
        if self.by_line.isChecked():
            line_amounts = self._line_amounts()
            if line_amounts is None:
                return
        invoice_id, today, reason = self._invoice.invoice_id, self._today, self.reason.text()
        self.errors.clear()
        op = DbOp(
            self._operations,
            lambda session: issue_credit_note(
                session,
                invoice_id=invoice_id,
                today=today,
                line_amounts=line_amounts,
                reason=reason,
            ),
            writes=True,
            changes={Change.INVOICES, Change.PAYMENTS, Change.SUBSCRIPTIONS},
        )
        save_then_close(
            self, op, button=self.buttons, show_errors=self._show_errors, saved=self.issued.emit
        )

    def _show_errors(self, error: KnownError) -> None:
        self.errors.show(error)
        self.adjustSize()  # the messages take room: the dialog grows, nothing is clipped
