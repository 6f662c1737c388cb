"""The background billing run: at start-up, then every N minutes, on the writer thread.

Each run issues what fell due by today (services.billing.run_billing, which
commits batch by batch) and then writes the PDFs still waiting
(services.pdfs.produce_pdfs, on every core). Progress and the outcome reach
the window through signals; the GUI thread only ever starts the run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError, Message
from cadence.services.billing import DueInvoice, due_occurrences, run_billing
from cadence.services.pdfs import produce_pdfs
from cadence.ui.operations import Change, DbOp, Progress
from cadence.ui.tab import AppContext

ACTOR = "billing"


@dataclass(frozen=True)
class RunOutcome:
    """What one run did, for the status bar and the alerts."""

    as_of: date
    finished_at: datetime
    issued: int
    pdfs_written: int
    pdf_failures: list[Message] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)  # series that could not issue, and why


@dataclass(frozen=True)
class RunProgress:
    """A step of a run: issuing invoices, then writing PDFs; `done` of `total`."""

    phase: str  # "issue" or "pdf"
    done: int
    total: int


def _run(
    session: Session, progress: Progress, as_of: date
) -> tuple[int, int, list[Message], list[str]]:
    report = run_billing(
        session,
        as_of=as_of,
        actor=ACTOR,
        progress=lambda current, total: progress(RunProgress("issue", len(current.issued), total)),
    )
    pdfs = produce_pdfs(
        session, progress=lambda done, total: progress(RunProgress("pdf", done, total))
    )
    return len(report.issued), pdfs.written, pdfs.failed, report.blocked


class BillingRunner(QObject):
    """Runs billing now and then; never two runs at once."""

    started = Signal()
    progressed = Signal(object)  # RunProgress
    finished = Signal(object)  # RunOutcome
    failed = Signal(object)  # KnownError: nothing more was issued (what was, stays)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._running = False
        self.last_outcome: RunOutcome | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)

    @property
    def running(self) -> bool:
        return self._running

    def start_timer(self) -> None:
        """Run again every N minutes (the preferences say how many)."""
        self.timer.start(self._context.preferences.billing_interval_minutes * 60_000)

    def run_now(self) -> bool:
        """Start a run unless one is in progress; False when one already is."""
        if self._running:
            return False
        self._running = True
        as_of = self._context.clock.today()
        self.started.emit()
        DbOp(
            self._context.operations,
            work_with_progress=lambda session, progress: _run(session, progress, as_of),
            batches=True,
            changes={Change.INVOICES, Change.SUBSCRIPTIONS, Change.PAYMENTS, Change.ALERTS},
        ).progress(self.progressed.emit).success(lambda result: self._done(as_of, *result)).failure(
            self._failed
        ).run(self)
        return True

    def check_due(self, on_result: Callable[[list[DueInvoice]], None]) -> None:
        """Ask, without writing, what a run today would issue; `on_result` gets it."""
        as_of = self._context.clock.today()
        DbOp(
            self._context.operations, lambda session: due_occurrences(session, as_of=as_of)
        ).success(on_result).run(self)

    def _done(
        self,
        as_of: date,
        issued: int,
        written: int,
        failures: list[Message],
        blocked: list[str],
    ) -> None:
        self._running = False
        outcome = RunOutcome(as_of, self._context.clock.now(), issued, written, failures, blocked)
        self.last_outcome = outcome
        self.finished.emit(outcome)

    def _failed(self, error: KnownError) -> None:
        self._running = False
        self.failed.emit(error)
