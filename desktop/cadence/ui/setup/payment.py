"""How customers pay: the bank account printed on invoices, the payment terms and
the legal mentions about late and early payment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.invoicing import DEFAULT_EARLY_PAYMENT_TEXT, DEFAULT_LATE_PENALTY_TEXT
from cadence.domain.payment_terms import (
    MAX_END_OF_MONTH_DAYS,
    MAX_NET_DAYS,
    PaymentTerms,
    PaymentTermsBasis,
)
from cadence.services.company import CompanyData
from cadence.ui import formatting
from cadence.ui.clock import Clock
from cadence.ui.setup.form import Section, form_layout, hint, line_edit


class BankSection(Section):
    """The account customers pay into, printed on invoices with a payment QR code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iban = line_edit(self.tr("e.g. FR76 3000 6000 0112 3456 7890 189"))
        self.bic = line_edit(self.tr("8 or 11 characters, e.g. AGRIFRPP"))
        self.sepa_creditor_id = line_edit(self.tr("e.g. FR72ZZZ123456"))
        form = form_layout()
        form.addRow(self.tr("IBAN"), self.iban)
        form.addRow(self.tr("BIC"), self.bic)
        form.addRow(self.tr("SEPA creditor identifier (ICS)"), self.sepa_creditor_id)
        form.addRow(
            "",
            hint(
                self.tr(
                    "Only if you collect payments by SEPA direct debit: your bank gave it to you."
                )
            ),
        )
        self._form(
            form,
            {"iban": self.iban, "bic": self.bic, "sepa_creditor_id": self.sepa_creditor_id},
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Bank account")

    def subtitle(self) -> str:
        return self.tr(
            "Printed on your invoices, with a QR code customers scan to pay by transfer. "
            "You may leave it empty."
        )

    def load(self, data: CompanyData) -> None:
        self.iban.setText(data.iban)
        self.bic.setText(data.bic)
        self.sepa_creditor_id.setText(data.sepa_creditor_id)

    def values(self) -> dict[str, object]:
        return {
            "iban": self.iban.text(),
            "bic": self.bic.text(),
            "sepa_creditor_id": self.sepa_creditor_id.text(),
        }


def _mention_editor(text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit(text)
    editor.setTabChangesFocus(True)  # Tab moves on, as in every other field
    lines = editor.fontMetrics().lineSpacing()
    editor.setFixedHeight(lines * 4 + 12)
    return editor


class TermsSection(Section):
    """When invoices are due, and what they say about paying late or early."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.days = QSpinBox()
        self.days.setSuffix(self.tr(" days"))
        self.basis = QComboBox()
        self.basis.addItem(self.tr("after the invoice date"), PaymentTermsBasis.NET_DAYS)
        self.basis.addItem(
            self.tr("after the end of the invoice's month"), PaymentTermsBasis.END_OF_MONTH
        )
        terms = QWidget()
        terms_layout = QHBoxLayout(terms)
        terms_layout.setContentsMargins(0, 0, 0, 0)
        terms_layout.addWidget(self.days)
        terms_layout.addWidget(self.basis)
        terms_layout.addStretch(1)
        terms.setFocusProxy(self.days)
        self.example = QLabel()
        self.example.setObjectName("due_date_example")

        self.late_penalty_text = _mention_editor(DEFAULT_LATE_PENALTY_TEXT)
        self.early_payment_text = _mention_editor(DEFAULT_EARLY_PAYMENT_TEXT)
        self.restore = QPushButton(self.tr("Restore the usual French mentions"))
        self.restore.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.restore.clicked.connect(self._restore_mentions)

        form = form_layout()
        form.addRow(self.tr("Payment due"), terms)
        form.addRow("", self.example)
        form.addRow(
            "",
            hint(
                self.tr(
                    "French law allows at most {net} days after the invoice date, or {eom} days "
                    "after the end of the month (Code de commerce, L441-10)."
                ).format(net=MAX_NET_DAYS, eom=MAX_END_OF_MONTH_DAYS)
            ),
        )
        form.addRow(self.tr("Late-payment penalties"), self.late_penalty_text)
        form.addRow(self.tr("Early-payment discount"), self.early_payment_text)
        form.addRow("", self.restore)
        form.addRow(
            "",
            hint(
                self.tr(
                    "Both mentions are compulsory on invoices between businesses; the fixed "
                    "40 € recovery fee is printed as well."
                )
            ),
        )
        self._form(
            form,
            {
                "payment_terms_days": terms,
                "late_penalty_text": self.late_penalty_text,
                "early_payment_text": self.early_payment_text,
            },
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.days.valueChanged.connect(self._show_example)
        self._basis_changed()
        self.days.setValue(30)

    def title(self) -> str:
        return self.tr("Payment terms")

    def subtitle(self) -> str:
        return self.tr("When your invoices are due, and the mentions printed about late payment.")

    def _basis(self) -> PaymentTermsBasis:
        return PaymentTermsBasis(self.basis.currentData())

    def _basis_changed(self) -> None:
        # The legal cap depends on how the delay is counted.
        end_of_month = self._basis() is PaymentTermsBasis.END_OF_MONTH
        self.days.setRange(0, MAX_END_OF_MONTH_DAYS if end_of_month else MAX_NET_DAYS)
        self._show_example()

    def _show_example(self) -> None:
        today = self._clock.today()
        # The spin box keeps the days within the legal cap, so the terms are valid.
        due = PaymentTerms(self._basis(), self.days.value()).due_date(today)
        self.example.setText(
            self.tr("An invoice dated {today} is due on {due}.").format(
                today=formatting.day(today), due=formatting.day(due)
            )
        )

    def _restore_mentions(self) -> None:
        self.late_penalty_text.setPlainText(DEFAULT_LATE_PENALTY_TEXT)
        self.early_payment_text.setPlainText(DEFAULT_EARLY_PAYMENT_TEXT)

    def load(self, data: CompanyData) -> None:
        self.basis.setCurrentIndex(self.basis.findData(data.payment_terms_basis))
        self.days.setValue(data.payment_terms_days)
        self.late_penalty_text.setPlainText(data.late_penalty_text)
        self.early_payment_text.setPlainText(data.early_payment_text)

    def values(self) -> dict[str, object]:
        return {
            "payment_terms_basis": self._basis(),
            "payment_terms_days": self.days.value(),
            "late_penalty_text": self.late_penalty_text.toPlainText(),
            "early_payment_text": self.early_payment_text.toPlainText(),
        }
