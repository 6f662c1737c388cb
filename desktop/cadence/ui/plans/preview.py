"""The next billing dates of a plan, as the owner edits it: computed by the domain's
pure period functions (fast enough to run at every keystroke on the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import islice

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.billing import BillingTimeline
from cadence.domain.catalogue import BillingTiming, PlanTerms
from cadence.domain.lifecycle import subscription_dates
from cadence.domain.periods import BillingSchedule, Period
from cadence.ui.customers.labels import MUTED
from cadence.ui.formatting import day

PREVIEW_COUNT = 12


@dataclass(frozen=True)
class BillingDate:
    invoice_on: date
    period: Period  # the service it bills (half-open)
    prorated: bool  # a short first period, billed for its days only


@dataclass(frozen=True)
class SchedulePreview:
    """What a subscription starting on `start` under a plan's terms would be billed."""

    start: date
    trial_end: date | None  # the first paid day
    commitment_end: date | None  # the first day free of the commitment
    term_end: date | None  # a fixed term's first day without service
    dates: tuple[BillingDate, ...]


def preview_schedule(terms: PlanTerms, start: date, count: int = PREVIEW_COUNT) -> SchedulePreview:
    """The first `count` invoices of a subscription starting on `start`: the same
    timeline billing follows (trial, day rule, short first period, timing, fixed
    term). Raises the domain's `InvalidValue` for terms that cannot apply."""
    dates = subscription_dates(start, terms)
    schedule = BillingSchedule(
        dates.billing_anchor, terms.interval, terms.day_rule, terms.fixed_day
    )
    timeline = BillingTimeline(
        service_start=dates.service_start,
        schedule=schedule,
        timing=terms.timing,
        billing_from=dates.service_start,
        fixed_cycles=terms.fixed_cycles,
    )
    return SchedulePreview(
        start=start,
        trial_end=dates.trial_end,
        commitment_end=dates.commitment_end,
        term_end=timeline.term_end(),
        dates=tuple(
            BillingDate(timeline.due_on(service), service.period, service.prorated)
            for service in islice(timeline.billable_periods(), count)
        ),
    )


class SchedulePreviewBox(QGroupBox):
    """The dates of `preview_schedule` for a start date the owner can change."""

    start_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Next billing dates"))
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setMaximumWidth(170)
        self.start.dateChanged.connect(lambda _day: self.start_changed.emit())
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Invoice on"), self.tr("For the service")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {MUTED.name()};")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("A subscription starting on"), self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.problem)
        self.preview: SchedulePreview | None = None

    def start_date(self) -> date:
        chosen = self.start.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def show_preview(self, preview: SchedulePreview, timing: BillingTiming) -> None:
        self.preview = preview
        self.problem.hide()
        self.table.setRowCount(len(preview.dates))
        for row, billing in enumerate(preview.dates):
            covered = self.tr("{first} to {last}").format(
                first=day(billing.period.start), last=day(billing.period.last_day)
            )
            if billing.prorated:
                covered = self.tr("{period} (short first period, prorated)").format(period=covered)
            for column, text in enumerate((day(billing.invoice_on), covered)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole of a long period, cut short on a laptop
                self.table.setItem(row, column, item)
        notes = []
        if preview.trial_end is not None:
            notes.append(
                self.tr("Free trial until {day}.").format(
                    day=day(Period(preview.start, preview.trial_end).last_day)
                )
            )
        if preview.commitment_end is not None:
            first_paid = preview.trial_end or preview.start
            notes.append(
                self.tr("Committed until {day}.").format(
                    day=day(Period(first_paid, preview.commitment_end).last_day)
                )
            )
        if preview.term_end is not None:
            notes.append(
                self.tr("The subscription ends by itself on {day}.").format(
                    day=day(Period(preview.start, preview.term_end).last_day)
                )
            )
        if timing is BillingTiming.ARREARS:
            notes.append(self.tr("Each invoice is issued once its period is over."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def show_problem(self, text: str) -> None:
        """The terms cannot be previewed yet (a count out of range …): say why."""
        self.preview = None
        self.table.setRowCount(0)
        self.notes.hide()
        self.problem.setText(
            self.tr("The dates appear once the cycle is complete: {problem}").format(problem=text)
        )
        self.problem.show()
