"""The review of what fell due while Cadence was closed, before it is issued.

As GnuCash's "since last run": one line per invoice a run would issue
(customer, plan, period, amount), each to issue now, postpone to a day (it
keeps its period) or skip (recorded, never issued). "Issue" records the
postponements and skips, then lets the run go; "Later" issues nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.services.billing import DueInvoice, postpone_invoice, skip_invoice
from cadence.ui import formatting
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext


class Decision(Enum):
    ISSUE = "issue"
    POSTPONE = "postpone"
    SKIP = "skip"


@dataclass(frozen=True)
class LineDecision:
    invoice: DueInvoice
    decision: Decision
    until: date | None = None


def _is_period(invoice: DueInvoice) -> bool:
    """Charges left on an ended subscription are due with no period: they cannot
    be postponed or skipped, only issued."""
    return invoice.period_end > invoice.period_start


class ReviewDialog(QDialog):
    """What fell due, line by line; emits `decided` once the owner's choices are recorded."""

    decided = Signal(bool)  # True: issue now; False: later

    _COLUMNS = 6

    def __init__(
        self, context: AppContext, due: list[DueInvoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._due = due
        self.setWindowTitle(self.tr("Invoices due since Cadence last ran"))
        self.resize(900, 480)
        today = context.clock.today()

        totals: dict[str, Decimal] = {}
        for invoice in due:
            totals[invoice.currency] = totals.get(invoice.currency, Decimal(0)) + invoice.gross
        amount = ", ".join(formatting.money(total, code) for code, total in totals.items())
        intro = QLabel(
            self.tr(
                "{count} invoice(s) fell due while Cadence was closed ({amount} incl. VAT). "
                "Issue them now, or postpone or skip some of them first."
            ).format(count=len(due), amount=amount)
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(due), self._COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Plan"),
                self.tr("Period"),
                self.tr("Amount incl. VAT"),
                self.tr("Decision"),
                self.tr("Postpone to"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, self._COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._choices: list[QComboBox] = []
        self._dates: list[QDateEdit] = []
        for row, invoice in enumerate(due):
            period = (
                self.tr("{start} to {end}").format(
                    start=formatting.day(invoice.period_start),
                    end=formatting.day(invoice.period_end - timedelta(days=1)),
                )
                if _is_period(invoice)
                else self.tr("charges left to invoice")
            )
            amount_item = QTableWidgetItem(formatting.money(invoice.gross, invoice.currency))
            amount_item.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            for column, item in enumerate(
                (
                    QTableWidgetItem(invoice.customer_name),
                    QTableWidgetItem(invoice.plan_name),
                    QTableWidgetItem(period),
                    amount_item,
                )
            ):
                self.table.setItem(row, column, item)
            choice = QComboBox(self.table)
            choice.addItem(self.tr("Issue"), Decision.ISSUE)
            if _is_period(invoice):
                choice.addItem(self.tr("Postpone"), Decision.POSTPONE)
                choice.addItem(self.tr("Skip this period"), Decision.SKIP)
            until = QDateEdit(self.table)
            until.setCalendarPopup(True)
            until.setMinimumDate(_qdate(today + timedelta(days=1)))
            until.setMaximumDate(_qdate(today + timedelta(days=365)))
            until.setDate(_qdate(today + timedelta(days=7)))
            until.setEnabled(False)
            choice.currentIndexChanged.connect(
                lambda _index, c=choice, u=until: u.setEnabled(c.currentData() is Decision.POSTPONE)
            )
            self.table.setCellWidget(row, 4, choice)
            self.table.setCellWidget(row, 5, until)
            self._choices.append(choice)
            self._dates.append(until)

        self.without_review = QCheckBox(
            self.tr("From now on, issue what falls due without asking me")
        )
        self.without_review.setChecked(context.preferences.issue_without_review)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        buttons = QDialogButtonBox(self)
        self.issue_button = buttons.addButton(
            self.tr("Issue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.issue_button.clicked.connect(self._issue)
        self.later_button.clicked.connect(self._later)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.without_review)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def decisions(self) -> list[LineDecision]:
        return [
            LineDecision(
                invoice,
                choice.currentData(),
                _pydate(until.date()) if choice.currentData() is Decision.POSTPONE else None,
            )
            for invoice, choice, until in zip(self._due, self._choices, self._dates, strict=True)
        ]

    def set_decision(self, row: int, decision: Decision, until: date | None = None) -> None:
        """Choose for one line, as the owner would with its combo box and date."""
        choice = self._choices[row]
        choice.setCurrentIndex(choice.findData(decision))
        if until is not None:
            self._dates[row].setDate(_qdate(until))

    def _issue(self) -> None:
        self._context.preferences.issue_without_review = self.without_review.isChecked()
        today = self._context.clock.today()
        chosen = [line for line in self.decisions() if line.decision is not Decision.ISSUE]
        if not chosen:
            self._close(True)
            return

        def record(session: Session) -> None:
            for line in chosen:
                if line.decision is Decision.SKIP:
                    skip_invoice(
                        session,
                        subscription_id=line.invoice.subscription_id,
                        period_start=line.invoice.period_start,
                        today=today,
                    )
                else:
                    assert line.until is not None
                    postpone_invoice(
                        session,
                        subscription_id=line.invoice.subscription_id,
                        period_start=line.invoice.period_start,
                        until=line.until,
                        today=today,
                    )

        self.issue_button.setEnabled(False)
        DbOp(self._context.operations, record, writes=True, changes={Change.SUBSCRIPTIONS}).success(
            lambda _: self._close(True)
        ).failure(self._refused).run(self)

    def _refused(self, error: KnownError) -> None:
        self.issue_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()

    def _later(self) -> None:
        self._context.preferences.issue_without_review = self.without_review.isChecked()
        self._close(False)

    def _close(self, issue: bool) -> None:
        self.decided.emit(issue)
        if issue:
            self.accept()
        else:
            self.reject()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
