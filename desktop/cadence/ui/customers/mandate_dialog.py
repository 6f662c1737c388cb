"""A customer's SEPA mandate: the reference printed on the form they signed, the day
they signed it, the scheme and the account; for a mandate already recorded, what its
next collection will be and when it lapses; and revoking it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadence.documents.formatting import grouped
from cadence.domain.direct_debit import MandateScheme, SequenceType
from cadence.domain.errors import ConflictError, KnownError
from cadence.domain.parties import PaymentMethod
from cadence.services.customers import CustomerRecord
from cadence.services.mandates import (
    MandateData,
    MandateRecord,
    create_mandate,
    next_reference,
    revoke_mandate,
    update_mandate,
)
from cadence.ui.clock import Clock
from cadence.ui.customers.prompts import inform
from cadence.ui.formatting import day
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.setup.form import form_layout, line_edit
from cadence.ui.setup.page import page_hint
from cadence.ui.subscriptions.widgets import date_edit, date_of, limit_dates

# A mandate changes the customer too: their way of paying and their account.
MANDATE_CHANGES = frozenset({Change.BANK, Change.CUSTOMERS})


def scheme_label(scheme: MandateScheme) -> str:
    """The scheme as the owner chooses it: what it is for, in plain words."""
    return {
        MandateScheme.CORE: QCoreApplication.translate(
            "Mandates", "CORE – Individuals and businesses"
        ),
        MandateScheme.B2B: QCoreApplication.translate("Mandates", "B2B – Businesses only"),
    }[scheme]


def scheme_hint(scheme: MandateScheme) -> str:
    return {
        MandateScheme.CORE: QCoreApplication.translate(
            "Mandates",
            "The usual mandate. The customer may ask their bank to refund a collection "
            "within 8 weeks, without giving a reason.",
        ),
        MandateScheme.B2B: QCoreApplication.translate(
            "Mandates",
            "For business customers only, who must first register the mandate with their "
            "bank. No refund once a collection is made.",
        ),
    }[scheme]


def sequence_label(sequence: SequenceType) -> str:
    """FRST and RCUR as the owner understands them."""
    return {
        SequenceType.FIRST: QCoreApplication.translate("Mandates", "first collection (FRST)"),
        SequenceType.RECURRING: QCoreApplication.translate("Mandates", "recurring (RCUR)"),
    }[sequence]


def mandate_status(mandate: MandateRecord, today: date) -> str:
    """In force, revoked on a day, or lapsed (36 months without a collection)."""
    if mandate.revoked_on is not None:
        return QCoreApplication.translate("Mandates", "Revoked on {day}").format(
            day=day(mandate.revoked_on)
        )
    if not mandate.in_force(today):
        return QCoreApplication.translate("Mandates", "Lapsed on {day}").format(
            day=day(mandate.lapses_on)
        )
    return QCoreApplication.translate("Mandates", "In force")


class MandateDialog(QDialog):
    """A new mandate of `customer` (`mandate` None) or changes to one; stays open on an
    error. A mandate in force can be revoked from here."""

    saved = Signal(object)  # the MandateRecord, once committed
    revoked = Signal(object)  # the MandateRecord, once revoked
    ready = Signal()  # a new mandate's suggested reference is in its field

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        customer: CustomerRecord,
        mandate: MandateRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._customer = customer
        self._mandate = mandate
        self.revoke_dialog: RevokeMandateDialog | None = None
        self._closed = False
        today = clock.today()
        self.setWindowTitle(
            self.tr("New SEPA mandate — {customer}").format(customer=customer.name)
            if mandate is None
            else self.tr("SEPA mandate {reference} — {customer}").format(
                reference=mandate.reference, customer=customer.name
            )
        )
        self.setMinimumWidth(560)

        self.reference = line_edit()
        self.reference.setMaxLength(35)
        self.signed_on = date_edit(today if mandate is None else mandate.signed_on)
        limit_dates(self.signed_on, latest=today)  # a mandate is recorded once signed
        self.signed_on.setMaximumWidth(170)
        self.scheme = QComboBox()
        for scheme in MandateScheme:
            self.scheme.addItem(scheme_label(scheme), scheme)
        self.scheme_hint = page_hint("")
        self.iban = line_edit(self.tr("e.g. FR76 3000 6000 0112 3456 7890 189"))
        self.bic = line_edit(self.tr("8 or 11 characters, e.g. AGRIFRPP"))
        self.iban.setMinimumWidth(300)
        if mandate is None:
            self.reference.setPlaceholderText(self.tr("Looking for a free reference…"))
            self.iban.setText(grouped(customer.iban or ""))
            self.bic.setText(customer.bic or "")
        else:
            self.reference.setText(mandate.reference)
            self.scheme.setCurrentIndex(self.scheme.findData(mandate.scheme))
            self.iban.setText(grouped(mandate.iban))
            self.bic.setText(mandate.bic or "")

        form = form_layout()
        form.addRow(self.tr("Mandate reference (RUM)"), self.reference)
        form.addRow(
            "",
            page_hint(
                self.tr(
                    "Printed on the form the customer signs; the bank shows it on every "
                    "collection. Keep the one suggested or type your own."
                )
            ),
        )
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Mandate type"), self.scheme)
        form.addRow("", self.scheme_hint)
        form.addRow(self.tr("Account IBAN"), self.iban)
        form.addRow(self.tr("BIC"), self.bic)
        if mandate is None and customer.payment_method is not PaymentMethod.DIRECT_DEBIT:
            form.addRow(
                "",
                page_hint(
                    self.tr(
                        "Once the mandate is saved, {customer} pays by direct debit: their "
                        "invoices are offered in the next batch of collections."
                    ).format(customer=customer.name)
                ),
            )
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {
                "reference": self.reference,
                "signed_on": self.signed_on,
                "scheme": self.scheme,
                "iban": self.iban,
                "bic": self.bic,
            },
            self.general_error,
        )

        heading = QLabel(customer.name)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is data, never markup
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        self.facts: QGroupBox | None = None
        if mandate is not None:
            self.facts = self._facts(mandate, today)
            layout.addWidget(self.facts)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.revoke_button: QPushButton | None = None
        if mandate is not None and mandate.revoked_on is None:
            self.revoke_button = self.buttons.addButton(
                self.tr("Revoke…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.revoke_button.clicked.connect(self.revoke)
        layout.addWidget(self.buttons)

        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self._scheme_changed()
        if mandate is None:
            customer_id = customer.id
            DbOp(operations, lambda session: next_reference(session, customer_id)).success(
                self._suggested
            ).failure(lambda error: None if self._closed else self._show_errors(error)).run(self)
        self.reference.setFocus()

    def _facts(self, mandate: MandateRecord, today: date) -> QGroupBox:
        """What the owner cannot change but should know: the next collection's kind,
        the last one, and the day the mandate lapses unless used."""
        box = QGroupBox(self.tr("Collections"))
        facts = QFormLayout(box)
        facts.addRow(self.tr("Status"), QLabel(mandate_status(mandate, today)))
        facts.addRow(self.tr("Next collection"), QLabel(sequence_label(mandate.next_sequence)))
        facts.addRow(
            self.tr("Last collected on"),
            QLabel(day(mandate.last_collected_on) or self.tr("never")),
        )
        lapses = QLabel(
            self.tr("{day} (after 36 months without a collection)").format(
                day=day(mandate.lapses_on)
            )
        )
        lapses.setWordWrap(True)
        facts.addRow(self.tr("Lapses on"), lapses)
        return box

    def _scheme_changed(self) -> None:
        self.scheme_hint.setText(scheme_hint(MandateScheme(self.scheme.currentData())))

    def _suggested(self, reference: str) -> None:
        if self._closed:
            return  # closed before the suggestion came: its field is gone
        self.reference.setPlaceholderText("")
        if not self.reference.text():  # what the owner typed meanwhile stays
            self.reference.setText(reference)
        self.ready.emit()

    def data(self) -> MandateData:
        """What the form says, as the services take it."""
        return MandateData(
            customer_id=self._customer.id,
            signed_on=date_of(self.signed_on),
            scheme=MandateScheme(self.scheme.currentData()),
            reference=self.reference.text(),
            iban=self.iban.text(),
            bic=self.bic.text(),
        )

    def accept(self) -> None:
        data = self.data()
        today = self._clock.today()
        self.errors.clear()
        if self._mandate is None:
            op = DbOp(
                self._operations,
                lambda session: create_mandate(session, data, today=today),
                writes=True,
                changes=MANDATE_CHANGES,
            )
        else:
            mandate_id = self._mandate.id
            op = DbOp(
                self._operations,
                lambda session: update_mandate(session, mandate_id, data, today=today),
                writes=True,
                changes=MANDATE_CHANGES,
            )
        save_then_close(
            self, op, button=self.buttons, show_errors=self._show_errors, saved=self.saved.emit
        )

    def _show_errors(self, error: KnownError) -> None:
        if isinstance(error, ConflictError):
            # Not a field to correct: another mandate stands in the way.
            self.errors.clear()
            inform(self, self.tr("SEPA mandate"), error_text(error), warning=True)
            return
        self.errors.show(error)

    def revoke(self) -> None:
        mandate = self._mandate
        if mandate is None or self.revoke_dialog is not None:
            return
        dialog = RevokeMandateDialog(self._operations, self._clock, mandate, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revoked.connect(self._revoked)
        dialog.finished.connect(lambda _result: setattr(self, "revoke_dialog", None))
        self.revoke_dialog = dialog
        dialog.open()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _revoked(self, record: MandateRecord) -> None:
        self.revoked.emit(record)
        QDialog.accept(self)  # nothing left to save: the mandate is revoked


class RevokeMandateDialog(QDialog):
    """The day the customer withdrew the mandate, asked before it is revoked for good."""

    revoked = Signal(object)  # the MandateRecord, once revoked

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        mandate: MandateRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._mandate = mandate
        today = clock.today()
        self.setWindowTitle(
            self.tr("Revoke mandate {reference}").format(reference=mandate.reference)
        )
        self.setMinimumWidth(480)
        explanation = QLabel(
            self.tr(
                "No invoice of {customer} will be collected under this mandate any more. "
                "A batch already written keeps its collections: cancel it if the bank has "
                "not collected yet. A revoked mandate cannot be used again: the customer "
                "signs a new one."
            ).format(customer=mandate.customer_name)
        )
        explanation.setWordWrap(True)
        self.revoked_on = date_edit(today)
        limit_dates(self.revoked_on, earliest=min(mandate.signed_on, today), latest=today)
        self.revoked_on.setMaximumWidth(170)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(
            self.tr("Letter of the customer, closed account… (optional)")
        )
        form = form_layout()
        form.addRow(self.tr("Revoked on"), self.revoked_on)
        form.addRow(self.tr("Reason"), self.reason)
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form, {"revoked_on": self.revoked_on, "reason": self.reason}, self.general_error
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Revoke the mandate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Enter pressed out of habit does not revoke: Cancel is the default.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.confirm.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        mandate_id, on, today = self._mandate.id, date_of(self.revoked_on), self._clock.today()
        reason = self.reason.text()
        self.errors.clear()
        op = DbOp(
            self._operations,
            lambda session: revoke_mandate(session, mandate_id, on=on, today=today, reason=reason),
            writes=True,
            # The invoices that announced its debits are the customer's to pay again: late
            # in the Invoices tab and the alerts once past due.
            changes={Change.BANK, Change.INVOICES},
        )
        save_then_close(
            self, op, button=self.confirm, show_errors=self.errors.show, saved=self.revoked.emit
        )
