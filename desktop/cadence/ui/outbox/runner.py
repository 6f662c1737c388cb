"""Sending the outbox in the background: `cadence mail send --events`, in a process of
its own, every two minutes, after each billing run, and when the owner asks.

A process, as for billing: talking to a mail server may take half a minute, and the
window must not wait for it. The window reads the JSON lines the command prints, one
per message then a summary. Without e-mail set up the command refuses to run (a
"refused" line, exit 2): nothing is sent, and the runner says nothing unless the
owner asked. Before each
scheduled run, a quick read checks that a message is due at all: a run with nothing
to send would only start Python for nothing every two minutes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from cadence.domain.errors import Message
from cadence.services.delivery import sending_due
from cadence.ui.messages import translated
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext

INTERVAL_MS = 2 * 60_000
EXIT_REFUSED = 2  # the command's "bad input" exit: e-mail not set up, no database
MAIL_CHANGES = frozenset({Change.MESSAGES, Change.ALERTS})

# The command to run for a database on a day: the real one, or a test's stand-in.
Command = Callable[[Path, date], list[str]]


def send_command(database: Path, today: date) -> list[str]:
    """`cadence mail send`, on the window's day (which `cadence --today` may have moved)."""
    database_options = ["--db", str(database), "--today", today.isoformat()]
    return [sys.executable, "-m", "cadence", "mail", "send", *database_options, "--events"]


@dataclass(frozen=True)
class MailOutcome:
    """What one run did: how many messages went, failed for good, wait for another
    attempt (`retry`, `waiting` for their PDF), or were no longer needed."""

    sent: int = 0
    failed: int = 0
    retry: int = 0
    waiting: int = 0
    cancelled: int = 0
    errors: tuple[str, ...] = field(default=())  # the failed messages' reasons

    @property
    def anything(self) -> bool:
        return bool(self.sent or self.failed or self.retry or self.waiting or self.cancelled)


def _message(values: dict[str, Any]) -> str:
    """A core message the command passed on, in the owner's language."""
    params = MappingProxyType(dict(values.get("params", {})))
    return translated(Message(str(values["template"]), params))


class MailRunner(QObject):
    """Runs the sending now and then; never two runs at once."""

    started = Signal()
    finished = Signal(object)  # MailOutcome
    refused = Signal(str)  # the command would not run (e-mail not set up): why
    failed = Signal(str)  # the command stopped unexpectedly: its last words

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        command: Command = send_command,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._command = command
        self._process: QProcess | None = None
        self._again = False  # asked for while a run was on: one more after it
        self._output = b""
        self._counts: dict[str, int] | None = None
        self._errors: list[str] = []
        self._refusal: str | None = None
        self._reported_crash = False
        self._stopped = False  # the window is closing: no more runs, nothing reported
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.run_if_due)

    @property
    def running(self) -> bool:
        return self._process is not None

    @property
    def follows(self) -> bool:
        """Another run was asked for during this one: it starts when this one ends."""
        return self._again

    def run_if_due(self) -> None:
        """Start a run if a message is due; the timer's and the billing run's way."""
        if self._process is not None:
            return
        now = self._context.clock.now()
        DbOp(self._context.operations, lambda session: sending_due(session, now=now)).success(
            self._due_known
        ).run(self)

    def _due_known(self, due: bool) -> None:
        if due:
            self.run_now()

    def run_now(self) -> bool:
        """Start a run; if one is on, another follows it. False when one already was."""
        if self._stopped:
            return False
        if self._process is not None:
            self._again = True
            return False
        self._again, self._output, self._counts, self._errors = False, b"", None, []
        self._refusal = None
        program, *arguments = self._command(
            self._context.operations.database.path, self._context.clock.today()
        )
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._could_not_start)
        self._process = process
        self.started.emit()
        process.start()
        return True

    def stop(self, milliseconds: int) -> None:
        """Closing the window: no more runs; the one on may finish the message it is
        handing over (killed mid-way, that message would wait for the owner to check)."""
        self.timer.stop()
        self._again, self._stopped = False, True
        process = self._process
        if process is not None and not process.waitForFinished(milliseconds):
            process.kill()
            process.waitForFinished(5_000)

    def _read(self) -> None:
        assert self._process is not None
        self._output += bytes(self._process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            if line.strip():
                self._handle(json.loads(line))

    def _handle(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "message" and event.get("outcome") == "failed":
            reason = event.get("reason")
            self._errors.append(_message(reason) if reason else str(event.get("error") or ""))
        elif kind == "refused":
            self._refusal = _message(event)
        elif kind == "done":
            self._counts = {
                key: int(event.get(key, 0))
                for key in ("sent", "failed", "retry", "waiting", "cancelled")
            }

    def _ended(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        process = self._process
        assert process is not None
        self._read()
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        self._process = None
        process.deleteLater()
        last_words = errors.splitlines()[-1] if errors else f"exit {exit_code}"
        if self._stopped:
            return  # stopped by the window as it closes: nobody is there to read it
        if self._counts is not None:
            outcome = MailOutcome(**self._counts, errors=tuple(self._errors))
            if outcome.anything:
                self._context.operations.changed.emit(MAIL_CHANGES, self)
            self.finished.emit(outcome)
        elif self._refusal is not None:
            self.refused.emit(self._refusal)
        elif exit_code == EXIT_REFUSED:
            self.refused.emit(last_words)
        else:
            # Some messages may have gone before it stopped: the views look again.
            self._context.operations.changed.emit(MAIL_CHANGES, self)
            if not self._reported_crash:  # once: not a dialog every two minutes
                self._reported_crash = True
                self._context.operations.crashed.emit(last_words, errors or last_words)
            self.failed.emit(last_words)
        if self._again:
            self.run_now()

    def _could_not_start(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._process is not None:
            process, self._process = self._process, None
            process.deleteLater()
            self.failed.emit(process.errorString())
