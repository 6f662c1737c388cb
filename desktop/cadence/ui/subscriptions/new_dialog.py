"""The dialog that subscribes a customer to a plan."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import InvalidValue, Message, ValidationError
from cadence.domain.money import parse_amount
from cadence.services.catalogue import PlanRecord, list_plans
from cadence.services.subscriptions import (
    MAX_QUANTITY,
    SubscriptionData,
    create_subscription,
)
from cadence.ui.clock import Clock
from cadence.ui.formatting import money
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.subscriptions.customer_picker import CustomerPicker
from cadence.ui.subscriptions.widgets import date_edit, date_of, hint, local_error, row_of
from cadence.ui.subscriptions.wording import plan_summary, price_per_cycle


def plan_label(plan: PlanRecord) -> str:
    """A plan as the plan lists show it: its name and its price per period."""
    price = price_per_cycle(plan.unit_price, plan.currency, plan.terms_of_billing.interval)
    return f"{plan.name} — {price}"


class DiscountField(QWidget):
    """A discount: none, a percentage or an amount off each invoice, forever or for
    the first invoices only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        # By position: Qt would hand the enums back as plain strings.
        self._kinds: list[DiscountKind | None] = [None, DiscountKind.PERCENT, DiscountKind.AMOUNT]
        self.kind.addItems(
            [self.tr("No discount"), self.tr("Percentage"), self.tr("Amount off, excl. VAT")]
        )
        self.value = QLineEdit()
        self.value.setMaximumWidth(90)
        self.unit = QLabel()
        self.duration = QComboBox()
        self.duration.addItems(
            [self.tr("on every invoice"), self.tr("on the first invoices only:")]
        )
        self.cycles = QSpinBox()
        self.cycles.setRange(1, 999)
        self.cycles.setValue(3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.value, self.unit, self.duration, self.cycles):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.kind)
        self.currency = "EUR"
        self.kind.currentIndexChanged.connect(self._refresh)
        self.duration.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def chosen_kind(self) -> DiscountKind | None:
        return self._kinds[max(self.kind.currentIndex(), 0)]

    def limited(self) -> bool:
        return self.duration.currentIndex() == 1

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self._refresh()

    def _refresh(self) -> None:
        kind = self.chosen_kind()
        for widget in (self.value, self.unit, self.duration):
            widget.setVisible(kind is not None)
        self.cycles.setVisible(kind is not None and self.limited())
        self.unit.setText("%" if kind is DiscountKind.PERCENT else self.currency)


class NewSubscriptionDialog(QDialog):
    """Customer, plan, start, quantity, negotiated price, discount, reference, notes;
    the core's refusals appear under the fields they concern."""

    created = Signal(object)  # the SubscriptionRecord
    plans_loaded = Signal()

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._plans: list[PlanRecord] = []
        self.setWindowTitle(self.tr("New subscription"))
        self.setMinimumWidth(600)

        self.customer = CustomerPicker(operations)
        self.plan = QComboBox()
        self.plan.setMinimumContentsLength(36)
        self.plan_terms = hint()
        self.start = date_edit(clock.today())
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setGroupSeparatorShown(True)
        self.price = QLineEdit()
        self.price.setMaximumWidth(120)
        self.price_field = row_of(
            self.price,
            hint(self.tr("excl. VAT, per unit; left empty: the plan's price"), wrap=False),
        )
        self.discount = DiscountField()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Purchase order number, if the customer has one"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow("", self.plan_terms)
        form.addRow(self.tr("Starts on"), self.start)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Negotiated price"), self.price_field)
        form.addRow(self.tr("Discount"), self.discount)
        form.addRow(self.tr("Customer's reference"), self.reference)
        form.addRow(self.tr("Notes"), self.notes)
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {
                "customer_id": self.customer,
                "plan_id": self.plan,
                "start_date": self.start,
                "quantity": self.quantity,
                "unit_price_override": self.price_field,
                "discount_kind": self.discount,
                "discount_value": self.discount,
                "discount_cycles": self.discount,
                "customer_reference": self.reference,
                "notes": self.notes,
            },
            self.general_error,
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create subscription"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)  # until the plans are known
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.plan.currentIndexChanged.connect(self._plan_changed)
        DbOp(operations, list_plans).success(self._plans_arrived).run(self)

    def _plans_arrived(self, plans: Sequence[PlanRecord]) -> None:
        self._plans = list(plans)
        for plan in self._plans:
            self.plan.addItem(plan_label(plan), plan.id)
        if not self._plans:
            self.plan_terms.setText(self.tr("There is no plan yet: create one in the Plans tab."))
        self.create_button.setEnabled(bool(self._plans))
        self.plans_loaded.emit()

    def chosen_plan(self) -> PlanRecord | None:
        index = self.plan.currentIndex()
        return self._plans[index] if 0 <= index < len(self._plans) else None

    def _plan_changed(self) -> None:
        plan = self.chosen_plan()
        if plan is None:
            return
        self.plan_terms.setText(plan_summary(plan))
        self.price.setPlaceholderText(money(plan.unit_price, plan.currency))
        self.discount.set_currency(plan.currency)

    def _read(self) -> SubscriptionData | None:
        """What the form says, or None after showing what cannot be read."""
        problems: dict[str, Message] = {}
        customer_id = self.customer.customer_id()
        if customer_id is None:
            problems["customer_id"] = local_error(
                self.tr("Type part of the customer's name, then pick them in the list")
            )
        plan = self.chosen_plan()
        price: Decimal | None = None
        if self.price.text().strip():
            try:
                price = parse_amount(self.price.text())
            except InvalidValue as error:
                problems["unit_price_override"] = error.message
        kind = self.discount.chosen_kind()
        value: Decimal | None = None
        if kind is not None and self.discount.value.text().strip():
            try:
                value = parse_amount(self.discount.value.text())
            except InvalidValue as error:
                problems["discount_value"] = error.message
        if problems or plan is None or customer_id is None:
            if problems:
                self.errors.show(ValidationError(problems))
            return None
        return SubscriptionData(
            customer_id=customer_id,
            plan_id=plan.id,
            start_date=date_of(self.start),
            quantity=self.quantity.value(),
            unit_price_override=price,
            discount_kind=kind,
            discount_value=value,
            discount_cycles=self.discount.cycles.value()
            if kind is not None and self.discount.limited()
            else None,
            customer_reference=self.reference.text(),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        data = self._read()
        if data is None:
            return
        self.errors.clear()
        today = self._clock.today()
        op = DbOp(
            self._operations,
            lambda session: create_subscription(session, data, today=today),
            writes=True,
            changes={Change.SUBSCRIPTIONS},
        )
        save_then_close(  # one click, one subscription
            self,
            op,
            button=self.create_button,
            show_errors=self.errors.show,
            saved=self.created.emit,
        )
