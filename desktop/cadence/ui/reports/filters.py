"""The choices above the reports: the period, the plan, and the currency (offered only
when plans are sold in more than one)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from cadence.services.catalogue import PlanRecord
from cadence.services.reports.windows import last_months
from cadence.ui.reports.figures import Request

CUSTOM = "custom"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportFilters(QWidget):
    """Period, plan and currency; `changed` whenever the owner changes one."""

    changed = Signal()

    def __init__(self, default_currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox()
        for key, text in (
            ("12", self.tr("Last 12 months")),
            ("24", self.tr("Last 24 months")),
            ("36", self.tr("Last 36 months")),
            ("this_year", self.tr("This year")),
            ("last_year", self.tr("Last year")),
            (CUSTOM, self.tr("Other period…")),
        ):
            self.period.addItem(text, key)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._dates_changed)
        self.until = QLabel(self.tr("to"))
        self.plan = QComboBox()
        self.plan.addItem(self.tr("All plans"), None)
        self.plan.setMinimumContentsLength(16)
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.currency = QComboBox()
        self.currency.addItem(default_currency, default_currency)
        self.currency.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        layout.addWidget(self.period)
        layout.addWidget(self.first)
        layout.addWidget(self.until)
        layout.addWidget(self.last)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Plan:")))
        layout.addWidget(self.plan)
        layout.addWidget(self.currency)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.plan.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.currency.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._show_dates(False)

    def _show_dates(self, shown: bool) -> None:
        for widget in (self.first, self.until, self.last):
            widget.setVisible(shown)

    def _period_changed(self, _index: int) -> None:
        self._show_dates(self.period.currentData() == CUSTOM)
        self.changed.emit()

    def _dates_changed(self, _value: QDate) -> None:
        if self.period.currentData() == CUSTOM:
            self.changed.emit()

    def set_choices(self, plans: Sequence[PlanRecord], currencies: Sequence[str]) -> None:
        """The plans and currencies to choose from; the current choices are kept where
        they still exist."""
        chosen_plan, chosen_currency = self.plan.currentData(), self.currency.currentData()
        self.plan.blockSignals(True)
        self.currency.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("All plans"), None)
        for plan in sorted(plans, key=lambda record: (record.archived, record.name.casefold())):
            text = (
                self.tr("{name} (withdrawn)").format(name=plan.name) if plan.archived else plan.name
            )
            self.plan.addItem(text, plan.id)
        self.currency.clear()
        for code in currencies:
            self.currency.addItem(code, code)
        self.currency.setVisible(len(currencies) > 1)
        self.plan.setCurrentIndex(max(self.plan.findData(chosen_plan), 0))
        self.currency.setCurrentIndex(max(self.currency.findData(chosen_currency), 0))
        self.plan.blockSignals(False)
        self.currency.blockSignals(False)
        if (self.plan.currentData(), self.currency.currentData()) != (chosen_plan, chosen_currency):
            self.changed.emit()

    def request(self, today: date) -> Request:
        """The period and scope chosen, the period ending today at the latest."""
        key = self.period.currentData()
        if key == CUSTOM:
            first, last = _date(self.first.date()), _date(self.last.date())
        elif key == "this_year":
            first, last = date(today.year, 1, 1), today
        elif key == "last_year":
            first, last = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        else:
            first, last = last_months(today, int(key))
        return Request(first, last, self.currency.currentData(), self.plan.currentData())

    def start_custom_at(self, today: date) -> None:
        """The dates an "Other period" opens with: the last 12 months."""
        first, last = last_months(today, 12)
        for edit, value in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)
        self.last.setMaximumDate(_qdate(today))
