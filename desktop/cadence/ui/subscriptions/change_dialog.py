"""Changing a running subscription's plan, quantity or price, after seeing what it costs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import InvalidValue, KnownError, ValidationError
from cadence.domain.money import parse_amount
from cadence.services.catalogue import PlanRecord, list_plans
from cadence.services.lifecycle import ChangePreview, change_subscription, preview_change
from cadence.services.subscriptions import MAX_QUANTITY, SubscriptionRow
from cadence.store.models import ChangeMode
from cadence.ui.clock import Clock
from cadence.ui.formatting import day, money
from cadence.ui.forms import FieldErrors
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.subscriptions.new_dialog import plan_label
from cadence.ui.subscriptions.widgets import hint, row_of

PREVIEW_DELAY_MS = 200  # the cost is asked for once the owner stops changing the form


@dataclass(frozen=True)
class _Request:
    plan_id: int
    quantity: int
    unit_price_override: Decimal | None
    mode: ChangeMode


class ChangeDialog(QDialog):
    """New plan, quantity or price; now with proration or from the next period. The
    lines it would bill or credit show before the owner confirms."""

    changed = Signal(object)  # the ChangePreview of what was done
    previewed = Signal()  # a preview (or its refusal) arrived

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        subscription: SubscriptionRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._subscription = subscription
        self._plans: list[PlanRecord] = []
        self._generation = 0
        self._previewed: _Request | None = None  # the request the preview shown is for
        self.setMinimumWidth(600)
        self.setWindowTitle(
            self.tr("Change plan or quantity — {customer}").format(
                customer=subscription.customer_name
            )
        )

        self.plan = QComboBox()
        self.plan.setMinimumContentsLength(36)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setValue(subscription.quantity)
        self.price = QLineEdit()
        self.price.setMaximumWidth(120)
        if subscription.negotiated:  # as the owner would type it: 26,10 in French
            self.price.setText(str(subscription.unit_price).replace(".", QLocale().decimalPoint()))
        self.price_field = row_of(
            self.price,
            hint(self.tr("excl. VAT, per unit; left empty: the plan's price"), wrap=False),
        )
        self.now = QRadioButton(self.tr("Now: the rest of the period is prorated"))
        self.next_period = QRadioButton(self.tr("From the start of the next period"))
        self.now.setChecked(True)
        self.when = QButtonGroup(self)
        self.when.addButton(self.now)
        self.when.addButton(self.next_period)
        self.when_field = QWidget()
        when_layout = QVBoxLayout(self.when_field)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.now)
        when_layout.addWidget(self.next_period)
        self.when_field.setFocusProxy(self.now)

        form = QFormLayout()
        current = hint(
            self.tr("{plan}, quantity {quantity}").format(
                plan=subscription.plan_name, quantity=subscription.quantity
            )
        )
        form.addRow(self.tr("Now"), current)
        form.addRow(self.tr("New plan"), self.plan)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Negotiated price"), self.price_field)
        form.addRow(self.tr("Takes effect"), self.when_field)
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {
                "plan_id": self.plan,
                "quantity": self.quantity,
                "unit_price_override": self.price_field,
                "mode": self.when_field,
            },
            self.general_error,
        )

        self.preview_box = QGroupBox(self.tr("What the change costs"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lines = QTableWidget(0, 2)
        self.lines.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Amount excl. VAT")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setWordWrap(True)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.lines.setMinimumHeight(110)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        box_layout = QVBoxLayout(self.preview_box)
        box_layout.addWidget(self.lines)
        box_layout.addWidget(self.totals)
        box_layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Confirm the change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)  # the owner sees the cost first
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.buttons)
        self._show_nothing(self.tr("Choose a new plan, quantity or price to see what it costs."))

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PREVIEW_DELAY_MS)
        self._delay.timeout.connect(self._preview)
        DbOp(operations, lambda session: list_plans(session, include_archived=True)).success(
            self._plans_arrived
        ).run(self)

    def _plans_arrived(self, plans: Sequence[PlanRecord]) -> None:
        current = self._subscription.plan_id
        # A plan no longer sold stays listed for the subscriptions already on it.
        self._plans = [plan for plan in plans if not plan.archived or plan.id == current]
        for plan in self._plans:
            self.plan.addItem(plan_label(plan), plan.id)
        found = self.plan.findData(current)
        self.plan.setCurrentIndex(max(found, 0))
        self.plan.currentIndexChanged.connect(self._edited)
        self.quantity.valueChanged.connect(self._edited)
        self.price.textChanged.connect(self._edited)
        self.when.buttonToggled.connect(self._edited)

    def _edited(self) -> None:
        self.confirm.setEnabled(False)
        self._delay.start()

    def _request(self) -> _Request | None:
        """What the form asks for, or None after showing why it cannot be read."""
        self.errors.clear()
        price: Decimal | None = None
        if self.price.text().strip():
            try:
                price = parse_amount(self.price.text())
            except InvalidValue as error:
                self.errors.show(ValidationError.single("unit_price_override", error.message))
                return None
        plan_id = self.plan.currentData()
        if not isinstance(plan_id, int):
            return None
        mode = ChangeMode.NOW_PRORATED if self.now.isChecked() else ChangeMode.NEXT_PERIOD
        return _Request(plan_id, self.quantity.value(), price, mode)

    def _preview(self) -> None:
        request = self._request()
        self._generation += 1
        if request is None:
            self._show_nothing("")
            return
        generation = self._generation
        subscription_id, today = self._subscription.id, self._clock.today()
        DbOp(
            self._operations,
            lambda session: preview_change(
                session,
                subscription_id=subscription_id,
                today=today,
                mode=request.mode,
                plan_id=request.plan_id,
                quantity=request.quantity,
                unit_price_override=request.unit_price_override,
                keep_price=False,
            ),
        ).success(lambda preview: self._arrived(generation, request, preview)).failure(
            lambda error: self._refused(generation, error)
        ).run(self)

    def _arrived(self, generation: int, request: _Request, preview: ChangePreview) -> None:
        if generation != self._generation:
            return
        self._previewed = request
        self._show(preview)
        self.confirm.setEnabled(True)
        self.previewed.emit()

    def _refused(self, generation: int, error: KnownError) -> None:
        if generation != self._generation:
            return
        self._previewed = None
        if isinstance(error, ValidationError):
            self.errors.show(error)
            self._show_nothing("")
        else:  # "nothing to change" and the like: not a mistake, a state of things
            self._show_nothing(error_text(error))
        self.previewed.emit()

    def _show_nothing(self, text: str) -> None:
        self.lines.setRowCount(0)
        self.lines.hide()
        self.totals.clear()
        self.summary.setText(text)
        self.confirm.setEnabled(False)

    def _show(self, preview: ChangePreview) -> None:
        currency = self._subscription.currency
        effective = day(preview.effective_on)
        if preview.totals is None:
            self._show_nothing(
                self.tr(
                    "The new terms apply from {day}. Nothing is charged or credited now."
                ).format(day=effective)
            )
            return
        self.lines.show()
        self.lines.setRowCount(len(preview.lines))
        for row, line in enumerate(preview.lines):
            self.lines.setItem(row, 0, QTableWidgetItem(line.description))
            amount = QTableWidgetItem(money(line.net_amount, currency))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, 1, amount)
        self.lines.resizeRowsToContents()
        totals = preview.totals
        self.totals.setText(
            self.tr("Total excl. VAT: {net}   VAT: {vat}   Total incl. VAT: {gross}").format(
                net=money(totals.net, currency),
                vat=money(totals.vat, currency),
                gross=money(totals.gross, currency),
            )
        )
        gross = money(abs(totals.gross), currency)
        if preview.credited_now:
            text = self.tr("A credit note of {amount} is issued now for the difference.")
        elif totals.gross > 0:
            text = self.tr("{amount} will be added to the next invoice.")
        elif totals.gross < 0:
            text = self.tr("{amount} will be deducted from the next invoice.")
        else:
            text = self.tr("The difference comes to nothing.")
        self.summary.setText(
            self.tr("The new terms apply from {day}. {cost}").format(
                day=effective, cost=text.format(amount=gross)
            )
        )

    def submit(self) -> None:
        request = self._previewed
        if request is None or request != self._request():
            return  # the form changed since the preview: the new one is on its way
        self.confirm.setEnabled(False)
        subscription_id, today = self._subscription.id, self._clock.today()
        DbOp(
            self._operations,
            lambda session: change_subscription(
                session,
                subscription_id=subscription_id,
                today=today,
                mode=request.mode,
                plan_id=request.plan_id,
                quantity=request.quantity,
                unit_price_override=request.unit_price_override,
                keep_price=False,
            ),
            writes=True,
            # A downgrade of an invoiced period issues a credit note, which settles it.
            changes={Change.SUBSCRIPTIONS, Change.INVOICES, Change.PAYMENTS},
        ).success(self._done).failure(self._failed).run(self)

    def _done(self, preview: ChangePreview) -> None:
        self.changed.emit(preview)
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self.confirm.setEnabled(True)
        self.errors.show(error)
