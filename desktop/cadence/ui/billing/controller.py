"""Billing in the window: the start-up review, the timer, the menu, the status bar.

At start-up, what fell due while Cadence was closed is shown for review
(unless the owner chose to issue without asking); then a run issues it, and
the timer runs again every N minutes. "Later" in the review leaves the timer
off until the owner reviews from the Billing menu: nothing is issued behind
their back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from cadence.domain.errors import KnownError
from cadence.services.billing import DueInvoice
from cadence.ui import formatting
from cadence.ui.billing.review import ReviewDialog
from cadence.ui.billing.runner import BillingRunner, RunOutcome, RunProgress
from cadence.ui.main_window import MainWindow
from cadence.ui.messages import error_text, translated


class BillingController(QObject):
    """Drives the runner from the window and reports on its status bar."""

    run_finished = Signal(object)  # RunOutcome, after the status bar says it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.runner = BillingRunner(window.context, self)
        self.review: ReviewDialog | None = None
        self.awaiting_review = 0  # invoices the owner chose to look at later
        self.runner.started.connect(self._started)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

        self.run_action = QAction(self.tr("&Run billing now"), window)
        self.run_action.triggered.connect(self.run_now)
        self.review_action = QAction(self.tr("&Review invoices due…"), window)
        self.review_action.triggered.connect(lambda: self.start(force_review=True))
        window.billing_menu.addAction(self.run_action)
        window.billing_menu.addAction(self.review_action)

    def start(self, *, force_review: bool = False) -> None:
        """Look at what is due; review it or issue it; then keep running on the timer."""
        self._window.show_status(self.tr("Looking for invoices that fell due…"))
        self.runner.check_due(lambda due: self._due_known(due, force_review))

    def run_now(self) -> None:
        if not self.runner.run_now():
            self._window.show_status(self.tr("A billing run is already in progress."))

    def _due_known(self, due: list[DueInvoice], force_review: bool) -> None:
        preferences = self._window.preferences
        if due and (force_review or not preferences.issue_without_review):
            self.review = ReviewDialog(self._window.context, due, self._window)
            self.review.decided.connect(lambda issue: self._reviewed(issue, len(due)))
            self.review.open()
            return
        if not due and force_review:
            self._window.show_status(self.tr("Nothing is due: every invoice is issued."))
        self.awaiting_review = 0
        self.run_now()
        self.runner.start_timer()

    def _reviewed(self, issue: bool, count: int) -> None:
        self.review = None
        if issue:
            self.awaiting_review = 0
            self.run_now()
            self.runner.start_timer()
            return
        self.awaiting_review = count
        self.runner.timer.stop()
        self._window.show_status(
            self.tr("{count} invoice(s) await your review: Billing ▸ Review invoices due…").format(
                count=count
            )
        )

    def _started(self) -> None:
        self._window.progress.setRange(0, 0)  # busy until the first count arrives
        self._window.progress.setFormat(self.tr("Billing…"))
        self._window.progress.show()

    def _progressed(self, step: RunProgress) -> None:
        progress = self._window.progress
        progress.setRange(0, max(step.total, 1))
        progress.setValue(step.done)
        if step.phase == "issue":
            progress.setFormat(self.tr("Issuing %v of %m invoices"))
        else:
            progress.setFormat(self.tr("Writing %v of %m PDFs"))

    def _finished(self, outcome: RunOutcome) -> None:
        self._window.progress.hide()
        at = formatting.moment(outcome.finished_at)
        if outcome.issued:
            text = self.tr("{count} invoice(s) issued at {time}").format(
                count=outcome.issued, time=at
            )
        else:
            text = self.tr("Billing checked at {time}: nothing new was due").format(time=at)
        problems = [translated(problem) for problem in (*outcome.pdf_failures, *outcome.blocked)]
        if problems:
            text += " — " + self.tr("{count} problem(s): {first}").format(
                count=len(problems), first=problems[0]
            )
        self._window.show_status(text)
        self.run_finished.emit(outcome)

    def _failed(self, error: KnownError) -> None:
        self._window.progress.hide()
        self._window.show_status(
            self.tr("Billing stopped: {reason}").format(reason=error_text(error))
        )
