"""The background billing run: at start-up, then every N minutes, in a process of its own.

Each run is `cadence bill --events` on the window's database: it issues what
fell due by today and writes the PDFs still waiting, reporting its progress
and outcome as JSON lines. A separate process, not a thread: a run of ten
thousand invoices builds millions of short-lived objects, whose garbage
collection (and the interpreter lock) would otherwise freeze the window for
a second at a time; here the window only reads a few lines. A run stopped
half-way is safe: billing is exactly-once and resumes at the next run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from cadence.domain.errors import KnownError, Message, message
from cadence.services.billing import DueInvoice, due_occurrences
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext

RUN_CHANGES = frozenset(
    {Change.INVOICES, Change.SUBSCRIPTIONS, Change.PAYMENTS, Change.ALERTS, Change.MESSAGES}
)


@dataclass(frozen=True)
class RunOutcome:
    """What one run did, for the status bar and the alerts."""

    as_of: date
    finished_at: datetime
    issued: int
    pdfs_written: int
    pdf_failures: list[Message] = field(default_factory=list)
    blocked: list[Message] = field(default_factory=list)  # series that could not issue, and why
    messages_written: int = 0  # reminders, notices and invoice e-mails put in the outbox


@dataclass(frozen=True)
class RunProgress:
    """A step of a run: issuing invoices, then writing PDFs; `done` of `total`."""

    phase: str  # "issue" or "pdf"
    done: int
    total: int


def _message(values: dict[str, Any]) -> Message:
    return Message(str(values["template"]), MappingProxyType(dict(values.get("params", {}))))


class BillingRunner(QObject):
    """Runs billing now and then; never two runs at once."""

    started = Signal()
    progressed = Signal(object)  # RunProgress
    finished = Signal(object)  # RunOutcome
    failed = Signal(object)  # KnownError: nothing more was issued (what was, stays)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._process: QProcess | None = None
        self._as_of: date | None = None
        self._output = b""
        self._outcome: RunOutcome | None = None
        self._refusal: Message | None = None
        self.last_outcome: RunOutcome | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)

    @property
    def running(self) -> bool:
        return self._process is not None

    def start_timer(self) -> None:
        """Run again every N minutes (the preferences say how many)."""
        self.timer.start(self._context.preferences.billing_interval_minutes * 60_000)

    def run_now(self) -> bool:
        """Start a run unless one is in progress; False when one already is."""
        if self._process is not None:
            return False
        as_of = self._context.clock.today()
        self._as_of, self._output, self._outcome, self._refusal = as_of, b"", None, None
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(
            [
                "-m",
                "cadence",
                "bill",
                "--db",
                str(self._context.operations.database.path),
                "--today",
                as_of.isoformat(),
                "--events",
            ]
        )
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._could_not_start)
        self._process = process
        self.started.emit()
        process.start()
        return True

    def stop(self) -> None:
        """Stop a run in progress (closing the window): safe, the next run resumes."""
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(10_000)

    def wait(self, milliseconds: int) -> bool:
        """Wait for a run in progress to end; True when none runs any more."""
        if self._process is not None:
            self._process.waitForFinished(milliseconds)
        return self._process is None

    def check_due(self, on_result: Callable[[list[DueInvoice]], None]) -> None:
        """Ask, without writing, what a run today would issue; `on_result` gets it."""
        as_of = self._context.clock.today()
        DbOp(
            self._context.operations, lambda session: due_occurrences(session, as_of=as_of)
        ).success(on_result).run(self)

    def _read(self) -> None:
        assert self._process is not None
        self._output += bytes(self._process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            if line.strip():
                self._handle(json.loads(line))

    def _handle(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "progress":
            self.progressed.emit(RunProgress(event["phase"], event["done"], event["total"]))
        elif kind == "done":
            assert self._as_of is not None
            self._outcome = RunOutcome(
                self._as_of,
                self._context.clock.now(),
                int(event["issued"]),
                int(event["pdfs_written"]),
                [_message(failure) for failure in event["pdf_failures"]],
                [_message(problem) for problem in event["blocked"]],
                int(event.get("messages_written", 0)),
            )
        elif kind == "refused":
            self._refusal = _message(event)

    def _ended(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        process = self._process
        assert process is not None
        self._read()
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        self._process = None
        process.deleteLater()
        # Whatever happened, invoices may have been issued: the views look again.
        self._context.operations.changed.emit(RUN_CHANGES, self)
        if self._outcome is not None:
            self.last_outcome = self._outcome
            self.finished.emit(self._outcome)
        elif self._refusal is not None:
            self.failed.emit(KnownError(self._refusal))
        else:
            summary = errors.strip().splitlines()[-1] if errors.strip() else f"exit {exit_code}"
            self._context.operations.crashed.emit(summary, errors or summary)
            self.failed.emit(KnownError(message("{summary}", summary=summary)))

    def _could_not_start(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._process is not None:
            process, self._process = self._process, None
            process.deleteLater()
            reason = process.errorString()
            self.failed.emit(KnownError(message("{summary}", summary=reason)))
