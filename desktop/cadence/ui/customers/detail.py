"""The selected customer at a glance: who they are, where their account stands, and
their subscriptions, invoices and payments; loaded by one read when chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.domain.invoicing import InvoiceKind, PaymentStatus
from cadence.services.mandates import MandateRecord, list_mandates
from cadence.services.statements import CustomerOverview, PaymentSummary, customer_overview
from cadence.ui.customers.cells import Cell, fill_table, read_only_table
from cadence.ui.customers.correspondence import CustomerMessages
from cadence.ui.customers.labels import (
    ATTENTION,
    GOOD,
    MUTED,
    invoice_kind_label,
    invoice_status_colour,
    invoice_status_label,
    kind_label,
    language_label,
    payment_method_label,
    payment_status_label,
    subscription_status_colour,
    subscription_status_label,
)
from cadence.ui.customers.mandates import CustomerMandates
from cadence.ui.customers.return_dialog import ReturnPaymentDialog
from cadence.ui.formatting import day, money
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp
from cadence.ui.plans.labels import every
from cadence.ui.tab import AppContext

# What a customer's overview shows: a change to any of these may change it.
REFRESH_ON = frozenset(
    {Change.CUSTOMERS, Change.SUBSCRIPTIONS, Change.INVOICES, Change.PAYMENTS, Change.COMPANY}
)
MESSAGES_TAB, MANDATES_TAB = 3, 4


class CustomerDetail(QWidget):
    """The overview of one customer, or a hint to choose one."""

    loaded = Signal()  # an overview arrived and is shown (tests and the tab listen)
    edit_requested = Signal()
    statement_requested = Signal()
    archive_requested = Signal()  # archive, or restore an archived customer

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._wanted: int | None = None
        self._loading = False
        self.overview: CustomerOverview | None = None

        self.hint = QLabel(
            self.tr(
                "Choose a customer in the list above to see their subscriptions, "
                "invoices, payments and balance."
            )
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED.name()};")

        # -- who they are ----------------------------------------------------------
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setStyleSheet(f"color: {MUTED.name()};")
        self.address = QLabel()
        self.contact = QLabel()
        for label in (self.address, self.contact):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        who = QGridLayout()
        who.addWidget(self.name, 0, 0, 1, 2)
        who.addWidget(self.facts, 1, 0, 1, 2)
        who.addWidget(self.address, 2, 0)
        who.addWidget(self.contact, 2, 1)
        who.setColumnStretch(0, 1)
        who.setColumnStretch(1, 1)

        # -- where their account stands -----------------------------------------------
        self.balance = QLabel()
        balance_font = QFont(self.balance.font())
        balance_font.setPointSizeF(balance_font.pointSizeF() * 1.25)
        balance_font.setBold(True)
        self.balance.setFont(balance_font)
        self.balance_details = QLabel()
        self.balance_details.setStyleSheet(f"color: {MUTED.name()};")
        account = QVBoxLayout()
        account_title = QLabel(self.tr("Balance"))
        account_title.setStyleSheet(f"color: {MUTED.name()};")
        account.addWidget(account_title)
        account.addWidget(self.balance)
        account.addWidget(self.balance_details)
        account.addStretch()

        # -- what the owner can do ----------------------------------------------------------
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.statement_button = QPushButton(self.tr("Statement PDF…"))
        self.archive_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_requested)
        self.statement_button.clicked.connect(self.statement_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        actions = QVBoxLayout()
        for button in (self.edit_button, self.statement_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch()

        header = QHBoxLayout()
        header.addLayout(who, 3)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        header.addWidget(separator)
        header.addLayout(account, 2)
        header.addLayout(actions)

        # -- their subscriptions, invoices and payments ----------------------------------------
        self.subscriptions = read_only_table(
            [
                self.tr("Plan"),
                self.tr("Status"),
                self.tr("Quantity"),
                self.tr("Price excl. VAT"),
                self.tr("Billed"),
                self.tr("Started"),
                self.tr("Next invoice"),
            ],
            stretch=0,  # the plan's name: the figures stay side by side
        )
        self.invoices = read_only_table(
            [
                self.tr("Number"),
                self.tr("Document"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Total incl. VAT"),
                self.tr("Left to pay"),
                self.tr("Status"),
            ]
        )
        self.payments = read_only_table(
            [
                self.tr("Received"),
                self.tr("Amount"),
                self.tr("Method"),
                self.tr("Reference"),
                self.tr("Not yet used"),
                self.tr("Status"),
            ]
        )
        self.subscriptions.itemDoubleClicked.connect(
            lambda item: self._open("subscriptions", self.subscriptions, item)
        )
        self.invoices.itemDoubleClicked.connect(
            lambda item: self._open("invoices", self.invoices, item)
        )
        # A direct debit sent back, a cheque that bounced: the payment did not happen.
        self.return_button = QPushButton(self.tr("Record as returned…"))
        self.return_button.setToolTip(
            self.tr("The bank sent this payment back: the invoices it paid are unpaid again")
        )
        self.return_button.clicked.connect(self.return_selected_payment)
        self.payments.itemSelectionChanged.connect(self._update_payment_actions)
        self.dialog: QDialog | None = None
        payments = QWidget()
        payments_layout = QVBoxLayout(payments)
        payments_layout.setContentsMargins(0, 4, 0, 0)
        payments_layout.addWidget(self.payments, 1)
        payment_buttons = QHBoxLayout()
        payment_buttons.addWidget(self.return_button)
        payment_buttons.addStretch(1)
        payments_layout.addLayout(payment_buttons)
        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.subscriptions, "")
        self.lists.addTab(self.invoices, "")
        self.lists.addTab(payments, "")
        self.messages = CustomerMessages(context)
        self.lists.addTab(self.messages, self.tr("Messages"))
        self.messages.counted.connect(
            lambda count: self.lists.setTabText(
                MESSAGES_TAB, self.tr("Messages ({count})").format(count=count)
            )
        )
        self.mandates = CustomerMandates(context)
        self.lists.addTab(self.mandates, self.tr("SEPA mandates"))
        self.mandates.counted.connect(self._mandates_counted)
        self.truncated = QLabel()
        self.truncated.setStyleSheet(f"color: {MUTED.name()};")
        self.truncated.hide()

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 4, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.lists, 1)
        content_layout.addWidget(self.truncated)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.lists.currentChanged.connect(lambda _index: self._show_truncation())
        context.operations.changed.connect(self._on_changed)

    # -- loading ---------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._wanted

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer (None: nobody); one read, never a queue of them: while one
        is loading, only the last customer asked for is loaded after it."""
        if customer_id == self._wanted and (self._loading or self.overview is not None):
            return
        self._wanted = customer_id
        self.messages.show_customer(customer_id)
        if customer_id is None:
            self.overview = None
            self.mandates.show_customer(None)
            self.pages.setCurrentWidget(self.hint)
            return
        if not self._loading:
            self._request()

    def reload(self) -> None:
        if self._wanted is not None and not self._loading:
            self._request()

    def _request(self) -> None:
        customer_id = self._wanted
        assert customer_id is not None
        self._loading = True
        today = self._context.clock.today()

        def read(session: Session) -> tuple[CustomerOverview, list[MandateRecord]]:
            # The mandates with the rest: one read per customer chosen.
            overview = customer_overview(session, customer_id, today=today)
            return overview, list_mandates(session, customer_id)

        DbOp(self._context.operations, read).success(
            lambda loaded: self._arrived(customer_id, *loaded)
        ).failure(lambda error: self._failed(customer_id, error)).run(self)

    def _arrived(
        self, customer_id: int, overview: CustomerOverview, mandates: list[MandateRecord]
    ) -> None:
        self._loading = False
        if customer_id != self._wanted:
            if self._wanted is not None:
                self._request()  # the owner moved on while this one loaded
            return
        self.overview = overview
        self._show(overview)
        self.mandates.show_customer(overview.customer, mandates)
        self.loaded.emit()

    def _failed(self, customer_id: int, error: KnownError) -> None:
        self._loading = False
        if customer_id != self._wanted:
            if self._wanted is not None:
                self._request()
            return
        self.overview = None
        self.hint.setText(error_text(error))
        self.pages.setCurrentWidget(self.hint)

    def _on_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if changes & REFRESH_ON:
            self.reload()

    # -- showing ---------------------------------------------------------------------------

    def _show(self, overview: CustomerOverview) -> None:
        customer = overview.customer
        self.name.setText(customer.name)
        facts = [kind_label(customer.kind), language_label(customer.language)]
        if customer.contact_name:
            facts.append(self.tr("contact: {name}").format(name=customer.contact_name))
        if customer.archived:
            facts.append(self.tr("archived"))
        self.facts.setText(" · ".join(facts))
        street = [customer.address_line1, customer.address_line2 or ""]
        self.address.setText(
            "\n".join(line for line in (*street, f"{customer.postal_code} {customer.city}") if line)
        )
        contact = [
            customer.email or self.tr("no e-mail"),
            customer.phone or "",
            self.tr("Pays by: {method}").format(
                method=payment_method_label(customer.payment_method)
            ),
        ]
        if customer.siren:
            contact.append(self.tr("SIREN {siren}").format(siren=customer.siren))
        self.contact.setText("\n".join(line for line in contact if line))
        self._show_balance(overview)
        self.archive_button.setText(
            self.tr("Restore") if customer.archived else self.tr("Archive…")
        )
        self._fill_subscriptions(overview)
        self._fill_invoices(overview)
        self._fill_payments(overview)
        self._show_truncation()
        self.pages.setCurrentIndex(1)

    def _show_balance(self, overview: CustomerOverview) -> None:
        currency = overview.currency
        balance = overview.balance
        if balance > 0:
            text = self.tr("Owes {amount}").format(amount=money(balance, currency))
            colour: QColor | None = ATTENTION
        elif balance < 0:
            text = self.tr("In credit: {amount}").format(amount=money(-balance, currency))
            colour = GOOD
        else:
            text, colour = self.tr("Nothing owed"), None
        self.balance.setText(text)
        self.balance.setStyleSheet("" if colour is None else f"color: {colour.name()};")
        self.balance_details.setText(
            self.tr("Unpaid invoices: {owed}\nCredit to use: {credit}").format(
                owed=money(overview.owed, currency), credit=money(overview.credit, currency)
            )
        )

    def _fill_subscriptions(self, overview: CustomerOverview) -> None:
        rows = []
        for item in overview.subscriptions:
            if item.ended_on is not None:
                next_text = self.tr("ended {day}").format(day=day(item.ended_on))
            else:
                next_text = day(item.next_billing_date)
            rows.append(
                (
                    item.id,
                    [
                        Cell(item.plan_name),
                        Cell(
                            subscription_status_label(item.status),
                            colour=subscription_status_colour(item.status),
                        ),
                        Cell(str(item.quantity), numeric=True),
                        Cell(money(item.recurring_amount, item.currency), numeric=True),
                        Cell(every(item.interval_count, item.interval_unit)),
                        Cell(day(item.start_date)),
                        Cell(next_text),
                    ],
                )
            )
        fill_table(self.subscriptions, rows)
        self.lists.setTabText(
            0, self.tr("Subscriptions ({count})").format(count=len(overview.subscriptions))
        )

    def _fill_invoices(self, overview: CustomerOverview) -> None:
        rows = []
        for invoice in overview.invoices:
            is_invoice = invoice.kind is InvoiceKind.INVOICE
            rows.append(
                (
                    invoice.id,
                    [
                        Cell(invoice.number or self.tr("(draft)")),
                        Cell(invoice_kind_label(invoice.kind)),
                        Cell(day(invoice.issue_date)),
                        Cell(day(invoice.due_date) if is_invoice else ""),
                        Cell(money(invoice.total_gross, invoice.currency), numeric=True),
                        Cell(
                            money(invoice.outstanding, invoice.currency)
                            if invoice.outstanding
                            else "",
                            numeric=True,
                        ),
                        Cell(
                            invoice_status_label(invoice.kind, invoice.status, invoice.overdue),
                            colour=invoice_status_colour(invoice.status, invoice.overdue),
                        ),
                    ],
                )
            )
        fill_table(self.invoices, rows)
        self.lists.setTabText(1, self.tr("Invoices ({count})").format(count=overview.invoice_count))

    def _fill_payments(self, overview: CustomerOverview) -> None:
        rows = []
        for payment in overview.payments:
            returned = payment.status is PaymentStatus.RETURNED
            rows.append(
                (
                    payment.id,
                    [
                        Cell(day(payment.received_on)),
                        Cell(money(payment.amount, payment.currency), numeric=True),
                        Cell(payment_method_label(payment.method)),
                        Cell(payment.reference or ""),
                        Cell(
                            money(payment.unallocated, payment.currency)
                            if payment.unallocated
                            else "",
                            numeric=True,
                        ),
                        Cell(
                            payment_status_label(payment.status),
                            colour=ATTENTION if returned else None,
                        ),
                    ],
                )
            )
        fill_table(self.payments, rows)
        self.lists.setTabText(2, self.tr("Payments ({count})").format(count=overview.payment_count))
        self._update_payment_actions()

    def selected_payment(self) -> PaymentSummary | None:
        overview = self.overview
        rows = self.payments.selectionModel().selectedRows()
        if overview is None or not rows or rows[0].row() >= len(overview.payments):
            return None
        return overview.payments[rows[0].row()]

    def _update_payment_actions(self) -> None:
        payment = self.selected_payment()
        self.return_button.setEnabled(
            payment is not None and payment.status is PaymentStatus.RECEIVED
        )

    def return_selected_payment(self) -> None:
        payment = self.selected_payment()
        if (
            payment is None
            or payment.status is not PaymentStatus.RECEIVED
            or self.dialog is not None
        ):
            return
        dialog = ReturnPaymentDialog(self._context.operations, self._context.clock, payment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _mandates_counted(self, count: int) -> None:
        self.lists.setTabText(MANDATES_TAB, self.tr("SEPA mandates ({count})").format(count=count))

    def _show_truncation(self) -> None:
        overview = self.overview
        if overview is None:
            return
        shown, total = {
            1: (len(overview.invoices), overview.invoice_count),
            2: (len(overview.payments), overview.payment_count),
        }.get(self.lists.currentIndex(), (0, 0))
        self.truncated.setVisible(shown < total)
        self.truncated.setText(
            self.tr("The latest {shown} of {total} are listed here.").format(
                shown=shown, total=total
            )
        )

    def _open(self, tab: str, table: QTableWidget, item: QTableWidgetItem) -> None:
        first = table.item(item.row(), 0)
        if first is not None:
            self._context.navigator.open_record(tab, int(first.data(Qt.ItemDataRole.UserRole)))
