"""The status and period filters above the documents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from cadence.services.invoices import DocumentFilter, StatusFilter
from cadence.ui.invoices.labels import status_filter_labels

DATE_DELAY_MS = 300  # typing a date changes it at each digit: wait for a pause


class Period(Enum):
    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CHOSEN = "chosen"


def period_dates(period: Period, today: date) -> tuple[date, date] | None:
    """The first and last days of a quick choice (None: every date, or chosen by hand)."""
    month = today.replace(day=1)
    match period:
        case Period.THIS_MONTH:
            return month, month + relativedelta(months=1) - timedelta(days=1)
        case Period.LAST_MONTH:
            return month - relativedelta(months=1), month - timedelta(days=1)
        case Period.THIS_YEAR:
            return date(today.year, 1, 1), date(today.year, 12, 31)
        case Period.LAST_YEAR:
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        case _:
            return None


class FilterBar(QWidget):
    """Status, and issue dates from a quick choice or typed; says when they change."""

    changed = Signal(object)  # the new DocumentFilter

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.status = QComboBox(self)
        for choice, label in status_filter_labels():
            self.status.addItem(label, choice)
        self.period = QComboBox(self)
        for period, label in (
            (Period.ALL, self.tr("All dates")),
            (Period.THIS_MONTH, self.tr("This month")),
            (Period.LAST_MONTH, self.tr("Last month")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.LAST_YEAR, self.tr("Last year")),
            (Period.CHOSEN, self.tr("Between two dates")),
        ):
            self.period.addItem(label, period)
        self.issued_from = QDateEdit(self)
        self.issued_to = QDateEdit(self)
        for edit in (self.issued_from, self.issued_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._date_typed)
        self._set_dates(period_dates(Period.THIS_MONTH, today()))
        self._date_pause = QTimer(self)
        self._date_pause.setSingleShot(True)
        self._date_pause.setInterval(DATE_DELAY_MS)
        self._date_pause.timeout.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Status:"), self))
        layout.addWidget(self.status)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Issued:"), self))
        layout.addWidget(self.period)
        self.from_label = QLabel(self.tr("from"), self)
        self.to_label = QLabel(self.tr("to"), self)
        layout.addWidget(self.from_label)
        layout.addWidget(self.issued_from)
        layout.addWidget(self.to_label)
        layout.addWidget(self.issued_to)
        layout.addStretch(1)

        self.status.currentIndexChanged.connect(self._emit)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self._show_dates()

    def current(self) -> DocumentFilter:
        # Qt hands a str back for a StrEnum: made an enum again.
        status = StatusFilter(self.status.currentData())
        if self.period.currentData() is Period.ALL:
            return DocumentFilter(status)
        return DocumentFilter(
            status,
            issued_from=self.issued_from.date().toPython(),  # type: ignore[arg-type]
            issued_to=self.issued_to.date().toPython(),  # type: ignore[arg-type]
        )

    def set_period(self, period: Period) -> None:
        self.period.setCurrentIndex(self.period.findData(period))

    def set_status(self, status: StatusFilter) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def show_everything(self) -> None:
        """Every status and date, without saying so (the caller reloads once)."""
        for combo in (self.status, self.period):
            combo.blockSignals(True)
        self.set_status(StatusFilter.ALL)
        self.set_period(Period.ALL)
        for combo in (self.status, self.period):
            combo.blockSignals(False)
        self._show_dates()

    def _period_chosen(self) -> None:
        period: Period = self.period.currentData()
        dates = period_dates(period, self._today())
        if dates is not None:
            self._set_dates(dates)
        self._show_dates()
        self._date_pause.stop()
        self._emit()

    def _date_typed(self) -> None:
        if self.period.currentData() is not Period.CHOSEN:
            self.period.blockSignals(True)
            self.set_period(Period.CHOSEN)
            self.period.blockSignals(False)
        self._date_pause.start()

    def _set_dates(self, dates: tuple[date, date] | None) -> None:
        if dates is None:
            return
        for edit, day in zip((self.issued_from, self.issued_to), dates, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _show_dates(self) -> None:
        """Hidden when every date is shown: the dates are not applied then, and the bar
        leaves the preview beside it the width it needs."""
        chosen = self.period.currentData() is not Period.ALL
        for widget in (self.issued_from, self.issued_to, self.from_label, self.to_label):
            widget.setVisible(chosen)

    def _emit(self) -> None:
        self.changed.emit(self.current())
