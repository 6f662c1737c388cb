"""Creating and editing a customer: every field of `CustomerData`, errors under each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.services.customers import (
    CustomerData,
    CustomerRecord,
    create_customer,
    customer_data,
    update_customer,
)
from cadence.ui.clock import Clock
from cadence.ui.customers.countries import CountryBox
from cadence.ui.customers.form_errors import ColumnFieldErrors
from cadence.ui.customers.labels import language_label, payment_method_label
from cadence.ui.forms import save_then_close
from cadence.ui.operations import Change, DbOp, Operations

_DELIVERY_FIELDS = (
    "delivery_address_line1",
    "delivery_address_line2",
    "delivery_postal_code",
    "delivery_city",
    "delivery_country",
)


class CustomerDialog(QDialog):
    """A new customer (`record` None) or changes to one; stays open on an error."""

    saved = Signal(object)  # the CustomerRecord, once committed

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._record = record
        self.setWindowTitle(
            self.tr("New customer")
            if record is None
            else self.tr("Customer: {name}").format(name=record.name)
        )

        # -- who they are -------------------------------------------------------
        self.individual = QRadioButton(self.tr("Individual"))
        self.company = QRadioButton(self.tr("Company"))
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.individual)
        self._kinds.addButton(self.company)
        self.individual.setChecked(True)
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.individual)
        kind_layout.addWidget(self.company)
        kind_layout.addStretch()
        self.name = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Who you deal with there"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.fr"))
        self.phone = QLineEdit()
        self.siren = QLineEdit()
        self.siren.setPlaceholderText(self.tr("9 digits"))
        self.vat_number = QLineEdit()
        self.vat_number.setPlaceholderText(self.tr("FR + 11 characters"))
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(language_label(language), language)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Only you see these notes"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 5)

        # Wide enough for an e-mail address, and for the errors under the fields.
        for field in (self.name, self.contact_name, self.email):
            field.setMinimumWidth(260)
        identity = QFormLayout()
        identity.addRow(self.tr("Customer is"), kind_row)
        self._name_label = QLabel()
        identity.addRow(self._name_label, self.name)
        identity.addRow(self.tr("Contact person"), self.contact_name)
        identity.addRow(self.tr("E-mail"), self.email)
        identity.addRow(self.tr("Phone"), self.phone)
        identity.addRow(self.tr("SIREN"), self.siren)
        identity.addRow(self.tr("VAT number"), self.vat_number)
        identity.addRow(self.tr("Documents in"), self.language)
        identity.addRow(self.tr("Notes"), self.notes)

        # -- where they are and how they pay -------------------------------------------
        self.address_line1 = QLineEdit()
        self.address_line1.setPlaceholderText(self.tr("Number and street"))
        self.address_line2 = QLineEdit()
        self.address_line2.setPlaceholderText(self.tr("Building, floor… (optional)"))
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(120)
        self.city = QLineEdit()
        self.country = CountryBox()
        self.has_delivery = QCheckBox(self.tr("Deliver to another address"))
        self.delivery_address_line1 = QLineEdit()
        self.delivery_address_line2 = QLineEdit()
        self.delivery_postal_code = QLineEdit()
        self.delivery_postal_code.setMaximumWidth(120)
        self.delivery_city = QLineEdit()
        self.delivery_country = CountryBox(blank=self.tr("Same as the billing address"))
        self.payment_method = QComboBox()
        for method in PaymentMethod:
            self.payment_method.addItem(payment_method_label(method), method)
        self.iban = QLineEdit()
        self.iban.setPlaceholderText(self.tr("Needed for direct debit"))
        self.bic = QLineEdit()
        self.invoice_by_email = QCheckBox(self.tr("Send invoices by e-mail"))

        address = QFormLayout()
        address.addRow(self.tr("Billing address"), self.address_line1)
        address.addRow("", self.address_line2)
        address.addRow(self.tr("Postcode"), self.postal_code)
        address.addRow(self.tr("City"), self.city)
        address.addRow(self.tr("Country"), self.country)
        address.addRow("", self.has_delivery)
        address.addRow(self.tr("Delivery address"), self.delivery_address_line1)
        address.addRow("", self.delivery_address_line2)
        address.addRow(self.tr("Postcode"), self.delivery_postal_code)
        address.addRow(self.tr("City"), self.delivery_city)
        address.addRow(self.tr("Country"), self.delivery_country)
        address.addRow(self.tr("Pays by"), self.payment_method)
        address.addRow(self.tr("IBAN"), self.iban)
        address.addRow(self.tr("BIC"), self.bic)
        address.addRow("", self.invoice_by_email)
        self._address_layout = address

        identity_box = QGroupBox(self.tr("Customer"))
        identity_box.setLayout(identity)
        address_box = QGroupBox(self.tr("Address and payment"))
        address_box.setLayout(address)
        columns = QHBoxLayout()
        columns.addWidget(identity_box, 1)
        columns.addWidget(address_box, 1)
        columns.setAlignment(identity_box, Qt.AlignmentFlag.AlignTop)
        columns.setAlignment(address_box, Qt.AlignmentFlag.AlignTop)

        self.general_error = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.errors = ColumnFieldErrors(
            [
                (
                    identity,
                    {
                        "name": self.name,
                        "contact_name": self.contact_name,
                        "email": self.email,
                        "phone": self.phone,
                        "siren": self.siren,
                        "vat_number": self.vat_number,
                        "notes": self.notes,
                    },
                ),
                (
                    address,
                    {
                        "address_line1": self.address_line1,
                        "address_line2": self.address_line2,
                        "postal_code": self.postal_code,
                        "city": self.city,
                        "country": self.country,
                        **{name: getattr(self, name) for name in _DELIVERY_FIELDS},
                        "iban": self.iban,
                        "bic": self.bic,
                    },
                ),
            ],
            self.general_error,
        )

        self.company.toggled.connect(self._kind_changed)
        self.has_delivery.toggled.connect(self._delivery_changed)
        if record is not None:
            self._fill(customer_data(record))
        self._kind_changed()
        self._delivery_changed()
        self.name.setFocus()

    # -- the form and its data ------------------------------------------------------

    def _fill(self, data: CustomerData) -> None:
        (self.company if data.kind is CustomerKind.COMPANY else self.individual).setChecked(True)
        for name in (
            "name",
            "contact_name",
            "email",
            "phone",
            "siren",
            "vat_number",
            "address_line1",
            "address_line2",
            "postal_code",
            "city",
            "delivery_address_line1",
            "delivery_address_line2",
            "delivery_postal_code",
            "delivery_city",
            "iban",
            "bic",
        ):
            widget = getattr(self, name)
            assert isinstance(widget, QLineEdit)
            widget.setText(getattr(data, name))
        self.country.set_code(data.country)
        self.delivery_country.set_code(data.delivery_country)
        self.has_delivery.setChecked(bool(data.delivery_address_line1))
        self.language.setCurrentIndex(self.language.findData(data.language))
        self.payment_method.setCurrentIndex(self.payment_method.findData(data.payment_method))
        self.invoice_by_email.setChecked(data.invoice_by_email)
        self.notes.setPlainText(data.notes)

    def data(self) -> CustomerData:
        """What the form says, as the services take it."""
        is_company = self.company.isChecked()
        delivery = self.has_delivery.isChecked()

        def delivered(widget: QLineEdit) -> str:
            return widget.text() if delivery else ""

        return CustomerData(
            name=self.name.text(),
            kind=CustomerKind.COMPANY if is_company else CustomerKind.INDIVIDUAL,
            contact_name=self.contact_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address_line1=self.address_line1.text(),
            address_line2=self.address_line2.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.code(),
            delivery_address_line1=delivered(self.delivery_address_line1),
            delivery_address_line2=delivered(self.delivery_address_line2),
            delivery_postal_code=delivered(self.delivery_postal_code),
            delivery_city=delivered(self.delivery_city),
            delivery_country=self.delivery_country.code() if delivery else "",
            # An individual has neither: what was typed while "company" was
            # chosen stays visible (greyed) but is not saved.
            siren=self.siren.text() if is_company else "",
            vat_number=self.vat_number.text() if is_company else "",
            language=Language(self.language.currentData()),
            payment_method=PaymentMethod(self.payment_method.currentData()),
            iban=self.iban.text(),
            bic=self.bic.text(),
            invoice_by_email=self.invoice_by_email.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def _kind_changed(self) -> None:
        is_company = self.company.isChecked()
        self._name_label.setText(self.tr("Company name") if is_company else self.tr("Full name"))
        self.siren.setEnabled(is_company)
        self.vat_number.setEnabled(is_company)

    def _delivery_changed(self) -> None:
        shown = self.has_delivery.isChecked()
        for name in _DELIVERY_FIELDS:
            self._address_layout.setRowVisible(getattr(self, name), shown)
            if not shown:  # a hidden field shows no error either
                error = self.findChild(QLabel, f"error_{name}")
                if error is not None:
                    error.hide()

    # -- saving -------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        today = self._clock.today()
        record = self._record
        self.errors.clear()
        if record is None:
            op = DbOp(
                self._operations,
                lambda session: create_customer(session, data, today=today),
                writes=True,
                changes={Change.CUSTOMERS},
            )
        else:
            customer_id = record.id
            op = DbOp(
                self._operations,
                lambda session: update_customer(session, customer_id, data, today=today),
                writes=True,
                changes={Change.CUSTOMERS},
            )
        save_then_close(
            self, op, button=self.buttons, show_errors=self.errors.show, saved=self.saved.emit
        )
