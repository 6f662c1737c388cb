"""The pane under the table: the selected subscription's terms, invoices and history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.discounts import DiscountKind
from cadence.domain.invoicing import InvoiceKind
from cadence.services.invoices import InvoiceRecord
from cadence.services.lifecycle import SubscriptionHistory, subscription_history
from cadence.ui.clock import Clock
from cadence.ui.formatting import day, money, rate
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.subscriptions.widgets import hint
from cadence.ui.subscriptions.wording import (
    event_text,
    invoice_kind_text,
    invoice_status_text,
    last_day,
    price_per_cycle,
    reason_text,
    status_look,
    status_text,
)

INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#a3221a")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DetailPane(QWidget):
    """Shows one subscription, read again when it or its invoices change."""

    loaded = Signal()
    invoice_activated = Signal(int)  # an invoice's id: open it in the Invoices tab

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._subscription_id: int | None = None
        self._generation = 0
        self.history: SubscriptionHistory | None = None

        self.empty = hint(self.tr("Select a subscription to see its invoices and its history."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._values: dict[str, QLabel] = {}
        for key, label in (
            ("customer", self.tr("Customer")),
            ("plan", self.tr("Plan")),
            ("status", self.tr("Status")),
            ("price", self.tr("Price excl. VAT")),
            ("discount", self.tr("Discount")),
            ("mrr", self.tr("Monthly revenue")),
            ("start", self.tr("Started on")),
            ("trial", self.tr("Free trial")),
            ("commitment", self.tr("Committed until")),
            ("next", self.tr("Next invoice")),
            ("pause", self.tr("Pause")),
            ("change", self.tr("Planned change")),
            ("cancellation", self.tr("Cancellation")),
            ("ended", self.tr("Last day of service")),
            ("reference", self.tr("Customer's reference")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, value)
            self._values[key] = value
        # The status is a coloured tag as wide as its words, not a bar across the pane.
        self._values["status"].setWordWrap(False)
        self._values["status"].setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred
        )
        facts = QWidget()
        facts.setLayout(self.facts)
        # A subscription with a trial, a pause, a planned change and notes has more
        # lines than the pane is high: they scroll.
        scroll = QScrollArea()
        scroll.setWidget(facts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)  # the group box's own background
        facts.setAutoFillBackground(False)
        facts_box = QGroupBox(self.tr("Subscription"))
        QVBoxLayout(facts_box).addWidget(scroll)
        facts_box.setMinimumWidth(330)

        self.invoices = _table(
            [self.tr("Number"), self.tr("Period"), self.tr("Incl. VAT"), self.tr("Status")]
        )
        self.invoices.setToolTip(self.tr("Double-click an invoice to open it"))
        self.invoices.cellDoubleClicked.connect(self._invoice_clicked)
        self.events = _table([self.tr("Date"), self.tr("What happened")])
        # One list at a time, as under the customers: a period, an amount and a status
        # side by side need the width, which three columns of boxes did not leave.
        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.invoices, self.tr("Invoices and credit notes"))
        self.lists.addTab(self.events, self.tr("History"))

        self.content = QWidget()
        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(facts_box, 2)
        columns.addWidget(self.lists, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        self.content.hide()
        operations.changed.connect(self._on_changed)

    @property
    def subscription_id(self) -> int | None:
        return self._subscription_id

    def show_subscription(self, subscription_id: int | None) -> None:
        if subscription_id == self._subscription_id:
            return
        self._subscription_id = subscription_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        subscription_id = self._subscription_id
        if subscription_id is None:
            self.history = None
            self.content.hide()
            self.empty.show()
            return
        generation, today = self._generation, self._clock.today()
        DbOp(
            self._operations,
            lambda session: subscription_history(
                session, subscription_id=subscription_id, today=today
            ),
        ).success(lambda history: self._arrived(generation, history)).run(self)

    def _on_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        shown = {
            Change.SUBSCRIPTIONS,
            Change.INVOICES,
            Change.PAYMENTS,
            Change.CUSTOMERS,
            Change.CATALOGUE,
        }
        if changes & shown:
            self.reload()

    def _arrived(self, generation: int, history: SubscriptionHistory) -> None:
        if generation != self._generation:
            return  # another subscription was selected since
        self.history = history
        self._show_facts(history)
        self._show_invoices(history.invoices)
        self.lists.setTabText(
            0, self.tr("Invoices and credit notes ({count})").format(count=len(history.invoices))
        )
        self.lists.setTabText(1, self.tr("History ({count})").format(count=len(history.events)))
        self.events.setRowCount(len(history.events))
        for row, event in enumerate(history.events):
            self.events.setItem(row, 0, _cell(day(event.on_date)))
            self.events.setItem(row, 1, _cell(event_text(event)))
        self.empty.hide()
        self.content.show()
        self.loaded.emit()

    def value(self, key: str) -> str:
        """The text shown for `key` ("" when its row is hidden): what tests read."""
        label = self._values[key]
        return label.text() if self.facts.isRowVisible(label) else ""

    def _set(self, key: str, text: str) -> None:
        label = self._values[key]
        label.setText(text)
        self.facts.setRowVisible(label, bool(text))

    def _show_facts(self, history: SubscriptionHistory) -> None:
        record = history.subscription
        currency = record.currency
        self._set("customer", record.customer_name)
        self._set("plan", record.plan_name)
        self._set("status", status_text(record.status))
        look = status_look(record.status)
        self._values["status"].setStyleSheet(
            f"background: {look.background.name()}; color: {look.foreground.name()};"
            " padding: 1px 6px;"
        )
        price = price_per_cycle(record.unit_price, currency, history.interval)
        if record.quantity != 1:
            price = self.tr("{price} × {quantity}").format(price=price, quantity=record.quantity)
        if record.unit_price_override is not None:
            price = self.tr("{price} (negotiated)").format(price=price)
        self._set("price", price)
        discount = record.discount
        discount_text = ""
        if discount is not None:
            value = (
                rate(discount.value)
                if discount.kind is DiscountKind.PERCENT
                else money(discount.value, currency)
            )
            discount_text = (
                self.tr("{value} on every invoice").format(value=value)
                if discount.cycles is None
                else self.tr("{value} on the first {count} invoices").format(
                    value=value, count=discount.cycles
                )
            )
        self._set("discount", discount_text)
        self._set("mrr", money(history.mrr, currency))
        self._set("start", day(record.start_date))
        self._set(
            "trial",
            self.tr("until {day}").format(day=last_day(record.trial_end))
            if record.trial_end is not None
            else "",
        )
        self._set("commitment", last_day(record.commitment_end) if record.commitment_end else "")
        self._set("next", day(record.next_billing_date))
        today = self._clock.today()
        coming = [pause for pause in history.pauses if pause.end is None or pause.end > today]
        pause_text = ""
        if coming:
            pause = coming[0]
            pause_text = (
                self.tr("from {start} until resumed").format(start=day(pause.start))
                if pause.end is None
                else self.tr("from {start}; service resumes on {end}").format(
                    start=day(pause.start), end=day(pause.end)
                )
            )
        self._set("pause", pause_text)
        change = history.scheduled_change
        self._set(
            "change",
            self.tr("{plan}, quantity {quantity}, from {day}").format(
                plan=change.plan_name, quantity=change.quantity, day=day(change.effective_on)
            )
            if change is not None
            else "",
        )
        cancellation = ""
        if history.cancellation_effective_on is not None and record.ended_on is None:
            cancellation = self.tr("last day of service {day}").format(
                day=last_day(history.cancellation_effective_on)
            )
        if cancellation and record.cancellation_reason is not None:
            cancellation = self.tr("{when} — {reason}").format(
                when=cancellation, reason=reason_text(record.cancellation_reason)
            )
        self._set("cancellation", cancellation)
        ended = ""
        if record.ended_on is not None:
            ended = last_day(record.ended_on)
            if record.cancellation_reason is not None:
                ended = self.tr("{day} — {reason}").format(
                    day=ended, reason=reason_text(record.cancellation_reason)
                )
        self._set("ended", ended)
        if history.cancellation_note:
            self._values["cancellation" if cancellation else "ended"].setToolTip(
                history.cancellation_note
            )
        self._set("reference", record.customer_reference or "")
        self._set("notes", record.notes)

    def _show_invoices(self, invoices: tuple[InvoiceRecord, ...]) -> None:
        self.invoices.setRowCount(len(invoices))
        for row, invoice in enumerate(invoices):
            credit = invoice.kind is InvoiceKind.CREDIT_NOTE
            number = invoice.number or self.tr("Draft")
            if credit:
                number = self.tr("{number} (credit note)").format(number=number)
            first = _cell(number)
            first.setData(INVOICE_ID_ROLE, invoice.id)
            first.setToolTip(invoice_kind_text(invoice))
            if invoice.period_start is not None and invoice.period_end is not None:
                period = self.tr("{start} to {end}").format(
                    start=day(invoice.period_start), end=last_day(invoice.period_end)
                )
            elif invoice.corrects is not None:
                period = self.tr("corrects {number}").format(number=invoice.corrects)
            else:
                period = day(invoice.issue_date)
            amount = -invoice.total_gross if credit else invoice.total_gross
            status = _cell(invoice_status_text(invoice))
            if invoice.overdue:
                status.setForeground(QBrush(OVERDUE_COLOUR))
            self.invoices.setItem(row, 0, first)
            self.invoices.setItem(row, 1, _cell(period))
            self.invoices.setItem(row, 2, _cell(money(amount, invoice.currency), right=True))
            self.invoices.setItem(row, 3, status)

    def _invoice_clicked(self, row: int, _column: int) -> None:
        item = self.invoices.item(row, 0)
        if item is not None:
            self.invoice_activated.emit(int(item.data(INVOICE_ID_ROLE)))
