"""Creating and editing a plan: every field of `PlanData`, errors under each, and the
next billing dates beside the form, following every change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.catalogue import BillingTiming, EarlyTermination, PlanTerms, RenewalRule
from cadence.domain.errors import InvalidValue, KnownError
from cadence.domain.money import parse_amount, price_to_show
from cadence.domain.periods import MAX_INTERVAL_COUNT, DayRule, Interval, IntervalUnit
from cadence.services.catalogue import (
    MAX_FIXED_CYCLES,
    MAX_GRACE_DAYS,
    MAX_RENEWAL_NOTICE_DAYS,
    MAX_RENEWAL_OFFER,
    ItemRecord,
    PlanData,
    PlanRecord,
    PlanRow,
    check_plan,
    create_plan,
    plan_data,
    update_plan,
)
from cadence.ui.clock import Clock
from cadence.ui.customers.form_errors import ColumnFieldErrors, with_local_errors
from cadence.ui.customers.labels import MUTED
from cadence.ui.forms import WrappedLabel, save_then_close
from cadence.ui.messages import translated
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.plans.item_dialog import (
    ItemDialog,
    chosen_vat_rate,
    set_vat_rate,
    vat_rate_box,
)
from cadence.ui.plans.labels import (
    day_rule_label,
    early_termination_label,
    renewal_label,
    timing_label,
    unit_label,
)
from cadence.ui.plans.preview import SchedulePreviewBox, preview_schedule

CURRENCIES = ("EUR", "CHF", "GBP", "USD", "CAD")  # the usual ones; any other can be typed


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side as one field of a form (a count and its unit); the first
    takes the focus when an error points at the row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    row.setFocusProxy(widgets[0])
    return row


class CountAndUnit:
    """A count (0 meaning "none" when `none` is given) and its unit, worded to agree."""

    def __init__(self, none: str | None, default_unit: IntervalUnit) -> None:
        self.count = QSpinBox()
        self.count.setRange(0 if none is not None else 1, MAX_INTERVAL_COUNT[IntervalUnit.DAY])
        if none is not None:
            self.count.setSpecialValueText(none)
        self.count.setMinimumWidth(110)
        self.unit = QComboBox()
        for unit in IntervalUnit:
            self.unit.addItem(unit_label(unit, 2), unit)
        self.unit.setCurrentIndex(self.unit.findData(default_unit))
        self.widget = _row(self.count, self.unit)
        self.count.valueChanged.connect(self._agree)
        self._agree()

    def _agree(self) -> None:
        count = self.count.value()
        for index in range(self.unit.count()):
            self.unit.setItemText(index, unit_label(IntervalUnit(self.unit.itemData(index)), count))
        # "None" needs no unit.
        self.unit.setEnabled(count > 0 and self.count.isEnabled())

    def set(self, count: int, unit: IntervalUnit) -> None:
        self.unit.setCurrentIndex(self.unit.findData(unit))
        self.count.setValue(count)

    def value(self) -> tuple[int, IntervalUnit]:
        return self.count.value(), IntervalUnit(self.unit.currentData())

    def interval(self) -> Interval | None:
        """The interval it says; None for none; `InvalidValue` for a count out of range."""
        count, unit = self.value()
        return Interval(count, unit) if count else None

    def set_enabled(self, enabled: bool) -> None:
        self.count.setEnabled(enabled)
        self._agree()


class PlanDialog(QDialog):
    """A new plan (`row` None) or changes to one; stays open on an error."""

    saved = Signal(object)  # the PlanRecord, once committed

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        items: Sequence[ItemRecord],
        row: PlanRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._row = row
        record = row.plan if row is not None else None
        today = clock.today()
        self.setWindowTitle(
            self.tr("New plan")
            if record is None
            else self.tr("Plan: {name}").format(name=record.name)
        )

        # -- the offer -------------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("As customers and invoices read it"))
        self.item = QComboBox()
        self.item.setMinimumWidth(200)
        self.new_item = QPushButton(self.tr("New…"))
        self.new_item.setToolTip(self.tr("Add an item to the catalogue"))
        self.edit_item = QPushButton(self.tr("Edit…"))
        self.edit_item.setToolTip(self.tr("Change the chosen item"))
        self.new_item.clicked.connect(lambda: self._open_item(None))
        self.edit_item.clicked.connect(lambda: self._open_item(self._chosen_item()))
        item_row = _row(self.item, self.new_item, self.edit_item)
        self.unit_price = QLineEdit()
        self.unit_price.setPlaceholderText(self.tr("e.g. 29,90"))
        self.unit_price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit_price.setMaximumWidth(140)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setMaximumWidth(90)
        self.vat_rate = vat_rate_box()
        self.available_from = QDateEdit(QDate(today.year, today.month, today.day))
        self.available_from.setCalendarPopup(True)
        self.available_from.setMaximumWidth(170)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the plan includes (optional)"))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.terms = QPlainTextEdit()
        self.terms.setTabChangesFocus(True)
        self.terms.setPlaceholderText(self.tr("Terms and conditions printed for subscribers"))
        offer = QFormLayout()
        offer.addRow(self.tr("Name"), self.name)
        offer.addRow(self.tr("Sells the item"), item_row)
        price_row = _row(self.unit_price, self.currency)
        offer.addRow(self.tr("Price excl. VAT"), price_row)
        offer.addRow(self.tr("VAT rate"), self.vat_rate)
        offer.addRow(self.tr("On sale from"), self.available_from)
        offer.addRow(self.tr("Description"), self.description)
        offer.addRow(self.tr("Terms"), self.terms)

        # -- the cycle and the contract ----------------------------------------------------------
        self.interval = CountAndUnit(None, IntervalUnit.MONTH)
        self.interval.count.setPrefix(self.tr("every "))
        self.day_rule = QComboBox()
        for rule in DayRule:
            self.day_rule.addItem(day_rule_label(rule), rule)
        self.fixed_day = QSpinBox()
        self.fixed_day.setRange(1, 31)
        self.fixed_day.setMaximumWidth(90)
        self.timing = QComboBox()
        for timing in BillingTiming:
            self.timing.addItem(timing_label(timing), timing)
        self.trial = CountAndUnit(self.tr("no trial"), IntervalUnit.DAY)
        self.commitment = CountAndUnit(self.tr("no commitment"), IntervalUnit.MONTH)
        self.early_termination = QComboBox()
        for termination in EarlyTermination:
            self.early_termination.addItem(early_termination_label(termination), termination)
        self.early_termination.setToolTip(
            self.tr("What cancelling before the end of the commitment costs the customer")
        )
        self.notice = CountAndUnit(self.tr("no notice"), IntervalUnit.DAY)
        self.grace_days = QSpinBox()
        self.grace_days.setRange(0, MAX_GRACE_DAYS)
        self.grace_days.setSuffix(self.tr(" days"))
        self.grace_days.setMaximumWidth(110)
        self.grace_days.setToolTip(
            self.tr("Days after an invoice's due date before an unpaid subscription is past due")
        )
        self.renewal_rule = QComboBox()
        for renewal in RenewalRule:
            self.renewal_rule.addItem(renewal_label(renewal), renewal)
        self.fixed_cycles = QSpinBox()
        self.fixed_cycles.setRange(1, MAX_FIXED_CYCLES)
        self.fixed_cycles.setValue(12)
        self.fixed_cycles.setSuffix(self.tr(" invoices"))
        self.fixed_cycles.setMaximumWidth(130)
        self.renewal_notice_days = QSpinBox()
        self.renewal_notice_days.setRange(0, MAX_RENEWAL_NOTICE_DAYS)
        self.renewal_notice_days.setValue(30)
        self.renewal_notice_days.setSuffix(self.tr(" days before"))
        self.renewal_notice_days.setMaximumWidth(150)
        self.renewal_notice_days.setToolTip(
            self.tr("How long before a renewal or the end of the term the customer is told")
        )
        self.renewal_offer = QPlainTextEdit()
        self.renewal_offer.setTabChangesFocus(True)
        self.renewal_offer.setPlaceholderText(
            self.tr("e.g. Renew before the 31st and get the 13th month free")
        )
        self.renewal_offer.setToolTip(
            self.tr(
                "A paragraph added to the notices sent before a renewal or the end of the "
                "term; at most {maximum} characters"
            ).format(maximum=MAX_RENEWAL_OFFER)
        )
        self.renewal_offer.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.locked = WrappedLabel()
        self.locked.setStyleSheet(f"color: {MUTED.name()};")
        self.locked.hide()
        cycle = QFormLayout()
        cycle.addRow(self.locked)
        cycle.addRow(self.tr("Bill"), self.interval.widget)
        cycle.addRow(self.tr("On"), self.day_rule)
        cycle.addRow(self.tr("Day of the month"), self.fixed_day)
        cycle.addRow(self.tr("Invoice"), self.timing)
        cycle.addRow(self.tr("Free trial"), self.trial.widget)
        cycle.addRow(self.tr("Commitment"), self.commitment.widget)
        cycle.addRow(self.tr("Early cancellation"), self.early_termination)
        cycle.addRow(self.tr("Notice to cancel"), self.notice.widget)
        cycle.addRow(self.tr("Grace period"), self.grace_days)
        cycle.addRow(self.tr("Renewal"), self.renewal_rule)
        cycle.addRow(self.tr("Ends after"), self.fixed_cycles)
        cycle.addRow(self.tr("Renewal reminder"), self.renewal_notice_days)
        # Above its field, across the column: beside it, so long a label would widen the
        # dialog past a 1366-pixel screen.
        cycle.addRow(QLabel(self.tr("Offer in renewal notices (optional)")))
        cycle.addRow(self.renewal_offer)

        self.preview = SchedulePreviewBox(today)
        self.preview.setMinimumWidth(380)  # a short first period's note, in French too

        offer_box = QGroupBox(self.tr("Offer"))
        offer_box.setLayout(offer)
        cycle_box = QGroupBox(self.tr("Billing and contract"))
        cycle_box.setLayout(cycle)
        columns = QHBoxLayout()
        columns.addWidget(offer_box, 5)
        columns.addWidget(cycle_box, 5)
        columns.addWidget(self.preview, 4)

        self.general_error = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.errors = ColumnFieldErrors(
            [
                (
                    offer,
                    {
                        "name": self.name,
                        "item_id": item_row,
                        "unit_price": price_row,
                        "currency": price_row,
                        "vat_rate": self.vat_rate,
                        "available_from": self.available_from,
                        "description": self.description,
                        "terms": self.terms,
                    },
                ),
                (
                    cycle,
                    {
                        "interval_count": self.interval.widget,
                        "interval_unit": self.interval.widget,
                        "day_rule": self.day_rule,
                        "fixed_day": self.fixed_day,
                        "timing": self.timing,
                        "trial_count": self.trial.widget,
                        "commitment_count": self.commitment.widget,
                        "early_termination": self.early_termination,
                        "notice_count": self.notice.widget,
                        "grace_days": self.grace_days,
                        "renewal_rule": self.renewal_rule,
                        "fixed_cycles": self.fixed_cycles,
                        "renewal_notice_days": self.renewal_notice_days,
                        "renewal_offer": self.renewal_offer,
                    },
                ),
            ],
            self.general_error,
        )

        self._items: list[ItemRecord] = []
        self._cycle_locked = False
        self.item_dialog: ItemDialog | None = None  # the item dialog opened last
        self.set_items(items, record.item_id if record is not None else None)
        if record is not None:
            self._fill(record)
            if row is not None and row.subscriptions:
                self._lock_cycle(row.subscriptions)
        else:
            self._item_changed()
        self.item.currentIndexChanged.connect(self._item_changed)
        for signal in (
            self.interval.count.valueChanged,
            self.interval.unit.currentIndexChanged,
            self.day_rule.currentIndexChanged,
            self.fixed_day.valueChanged,
            self.timing.currentIndexChanged,
            self.trial.count.valueChanged,
            self.trial.unit.currentIndexChanged,
            self.commitment.count.valueChanged,
            self.commitment.unit.currentIndexChanged,
            self.renewal_rule.currentIndexChanged,
            self.fixed_cycles.valueChanged,
            self.preview.start_changed,
        ):
            signal.connect(self._terms_changed)
        self._terms_changed()
        self.name.setFocus()

    # -- the items -----------------------------------------------------------------------

    def set_items(self, items: Sequence[ItemRecord], chosen: int | None) -> None:
        """Items on sale, and the plan's own even if it was archived since."""
        self._items = [item for item in items if not item.archived or item.id == chosen]
        self.item.blockSignals(True)
        self.item.clear()
        for item in self._items:
            label = item.name
            if item.archived:
                label = self.tr("{name} (archived)").format(name=item.name)
            self.item.addItem(label, item.id)
        self.item.setCurrentIndex(self.item.findData(chosen) if chosen is not None else 0)
        self.item.blockSignals(False)
        self.edit_item.setEnabled(self.item.count() > 0)

    def _chosen_item(self) -> ItemRecord | None:
        item_id = self.item.currentData()
        return next((item for item in self._items if item.id == item_id), None)

    def _item_changed(self) -> None:
        item = self._chosen_item()
        # A new plan usually charges its item's rate; an existing one keeps its own.
        if item is not None and self._row is None:
            set_vat_rate(self.vat_rate, item.vat_rate)

    def _open_item(self, record: ItemRecord | None) -> None:
        dialog = ItemDialog(self._operations, self._clock, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._item_saved)
        self.item_dialog = dialog
        dialog.open()

    def _item_saved(self, saved: ItemRecord) -> None:
        items = [item for item in self._items if item.id != saved.id]
        items.append(saved)
        items.sort(key=lambda item: item.name.casefold())
        self.set_items(items, saved.id)
        self._item_changed()

    # -- the form and its data ----------------------------------------------------------------

    def _fill(self, record: PlanRecord) -> None:
        data = plan_data(record)
        self.name.setText(data.name)
        self.unit_price.setText(price_text(data.unit_price))
        self.currency.setCurrentText(data.currency)
        set_vat_rate(self.vat_rate, data.vat_rate)
        self.available_from.setDate(
            QDate(data.available_from.year, data.available_from.month, data.available_from.day)
        )
        self.description.setPlainText(data.description)
        self.terms.setPlainText(data.terms)
        self.interval.set(data.interval_count, data.interval_unit)
        self.day_rule.setCurrentIndex(self.day_rule.findData(data.day_rule))
        self.fixed_day.setValue(data.fixed_day or 1)
        self.timing.setCurrentIndex(self.timing.findData(data.timing))
        self.trial.set(data.trial_count, data.trial_unit)
        self.commitment.set(data.commitment_count, data.commitment_unit)
        self.early_termination.setCurrentIndex(
            self.early_termination.findData(data.early_termination)
        )
        self.notice.set(data.notice_count, data.notice_unit)
        self.grace_days.setValue(data.grace_days)
        self.renewal_rule.setCurrentIndex(self.renewal_rule.findData(data.renewal_rule))
        self.fixed_cycles.setValue(data.fixed_cycles or 12)
        self.renewal_notice_days.setValue(data.renewal_notice_days)
        self.renewal_offer.setPlainText(data.renewal_offer)

    def _lock_cycle(self, subscriptions: int) -> None:
        """Once subscribed, the cycle cannot change (the service says so too): said
        and shown before the owner tries."""
        self._cycle_locked = True
        self.interval.set_enabled(False)
        for widget in (self.day_rule, self.fixed_day, self.timing, self.currency):
            widget.setEnabled(False)
        self.locked.setText(
            self.tr(
                "{count} subscription(s) follow this cycle: it cannot change. "
                "Create a new plan to offer another one."
            ).format(count=subscriptions)
        )
        self.locked.show()

    def _day_rule(self) -> DayRule:
        return DayRule(self.day_rule.currentData())

    def _terms(self) -> PlanTerms:
        """The cycle and contract the form describes; `InvalidValue` if one is out of range."""
        interval = self.interval.interval()
        assert interval is not None  # the count of a cycle is at least 1
        rule = self._day_rule()
        renewal = RenewalRule(self.renewal_rule.currentData())
        return PlanTerms(
            interval=interval,
            day_rule=rule,
            fixed_day=self.fixed_day.value() if rule is DayRule.FIXED_DAY else None,
            timing=BillingTiming(self.timing.currentData()),
            trial=self.trial.interval(),
            commitment=self.commitment.interval(),
            notice=self.notice.interval(),
            renewal=renewal,
            fixed_cycles=self.fixed_cycles.value() if renewal is RenewalRule.FIXED_CYCLES else None,
        )

    def _terms_changed(self) -> None:
        unit = IntervalUnit(self.interval.unit.currentData())
        locked = self._cycle_locked
        # A day of the month only means something for cycles counted in months.
        by_month = unit in (IntervalUnit.MONTH, IntervalUnit.YEAR)
        if not by_month and self._day_rule() is not DayRule.SAME_DAY:
            self.day_rule.setCurrentIndex(self.day_rule.findData(DayRule.SAME_DAY))
        self.day_rule.setEnabled(by_month and not locked)
        self.fixed_day.setEnabled(self._day_rule() is DayRule.FIXED_DAY and not locked)
        self.interval.count.setMaximum(MAX_INTERVAL_COUNT[unit])
        self.early_termination.setEnabled(self.commitment.count.value() > 0)
        self.fixed_cycles.setEnabled(
            RenewalRule(self.renewal_rule.currentData()) is RenewalRule.FIXED_CYCLES
        )
        try:
            terms = self._terms()
            self.preview.show_preview(
                preview_schedule(terms, self.preview.start_date()), terms.timing
            )
        except KnownError as error:
            self.preview.show_problem(translated(error.message))

    def read(self) -> tuple[PlanData, dict[str, str]]:
        """What the form says, and what it could not read (field → message). Such a
        field is sent as a harmless stand-in, so that the service still checks the others."""
        unreadable: dict[str, str] = {}
        item_id = self.item.currentData()
        if item_id is None:
            unreadable["item_id"] = self.tr(
                "choose what the plan sells, or add an item with “New…”"
            )
        unit_price = Decimal(0)
        if not self.unit_price.text().strip():
            unreadable["unit_price"] = self.tr("type the price excl. VAT, e.g. 29,90")
        else:
            try:
                unit_price = parse_amount(self.unit_price.text())
            except InvalidValue as error:
                unreadable["unit_price"] = translated(error.message)
        trial_count, trial_unit = self.trial.value()
        commitment_count, commitment_unit = self.commitment.value()
        notice_count, notice_unit = self.notice.value()
        interval_count, interval_unit = self.interval.value()
        rule = self._day_rule()
        renewal = RenewalRule(self.renewal_rule.currentData())
        chosen = self.available_from.date()
        data = PlanData(
            name=self.name.text(),
            item_id=int(item_id or 0),
            unit_price=unit_price,
            available_from=date(chosen.year(), chosen.month(), chosen.day()),
            currency=self.currency.currentText().strip().upper(),
            vat_rate=chosen_vat_rate(self.vat_rate),
            interval_count=interval_count,
            interval_unit=interval_unit,
            day_rule=rule,
            fixed_day=self.fixed_day.value() if rule is DayRule.FIXED_DAY else None,
            timing=BillingTiming(self.timing.currentData()),
            trial_count=trial_count,
            trial_unit=trial_unit,
            commitment_count=commitment_count,
            commitment_unit=commitment_unit,
            early_termination=EarlyTermination(self.early_termination.currentData()),
            notice_count=notice_count,
            notice_unit=notice_unit,
            grace_days=self.grace_days.value(),
            renewal_rule=renewal,
            fixed_cycles=self.fixed_cycles.value() if renewal is RenewalRule.FIXED_CYCLES else None,
            renewal_notice_days=self.renewal_notice_days.value(),
            renewal_offer=self.renewal_offer.toPlainText(),
            description=self.description.toPlainText(),
            terms=self.terms.toPlainText(),
            # What the form does not show (the plan's own numbering series) is kept.
            invoice_series_id=None if self._row is None else self._row.plan.invoice_series_id,
        )
        return data, unreadable

    # -- saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        self.errors.clear()
        data, unreadable = self.read()
        today = self._clock.today()
        plan_id = None if self._row is None else self._row.plan.id
        self.buttons.setEnabled(False)
        if unreadable:
            # Nothing is saved; the service only says what else is wrong.
            DbOp(
                self._operations,
                lambda session: check_plan(session, data, plan_id=plan_id),
            ).success(lambda _none: self._refused(with_local_errors(unreadable, None))).failure(
                lambda error: self._refused(with_local_errors(unreadable, error))
            ).run(self)
            return
        if plan_id is None:
            op = DbOp(
                self._operations,
                lambda session: create_plan(session, data, today=today),
                writes=True,
                changes={Change.CATALOGUE},
            )
        else:
            op = DbOp(
                self._operations,
                lambda session: update_plan(session, plan_id, data, today=today),
                writes=True,
                changes={Change.CATALOGUE},
            )
        save_then_close(
            self, op, button=self.buttons, show_errors=self.errors.show, saved=self.saved.emit
        )

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)


def price_text(amount: Decimal) -> str:
    """A price as the owner would type it: "29,90" in French, every decimal kept
    (0,0125), no symbol; `parse_amount` reads it back."""
    return str(price_to_show(amount)).replace(".", QLocale().decimalPoint())
