"""Database work off the GUI thread: the one way the window calls the services.

    DbOp(ops, lambda session: customers.create_customer(session, data, today=day),
         writes=True, changes={Change.CUSTOMERS}).success(on_created).run(self)

Worker threads serve the operations: one writer (SQLite has one), one reader,
which in WAL mode never waits for the writer, so a table can be searched
while a billing run writes, and one for long reads (forecasts) so that the
tables never wait behind them. Each operation gets its own session,
committed on success and rolled back on error, and its result comes back to
the GUI thread through a queued signal. After a writing operation,
`Operations.changed(changes, initiator)` tells every view what kinds of rows
changed, so each refreshes only what it shows.

Errors the owner can act on (`KnownError`) go to the operation's `failure`
handler, or to `Operations.refused`; anything else is a bug: logged with its
traceback and reported through `Operations.crashed`.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.store.database import Database

T = TypeVar("T")
log = logging.getLogger(__name__)


class Change(StrEnum):
    """The kinds of rows an operation may change; views listen for theirs."""

    COMPANY = "company"
    CUSTOMERS = "customers"
    CATALOGUE = "catalogue"
    SUBSCRIPTIONS = "subscriptions"
    INVOICES = "invoices"
    PAYMENTS = "payments"
    ALERTS = "alerts"
    MESSAGES = "messages"  # the outbox: messages written, sent, failed
    BANK = "bank"  # mandates, direct-debit batches, statement lines and their matches


EVERYTHING = frozenset(Change)


class Mode(Enum):
    READ = "read"  # a reading session, on the reader thread
    SLOW_READ = "slow_read"  # a long read (a forecast), on a thread of its own
    WRITE = "write"  # one transaction, committed at the end, on the writer thread
    BATCHES = "batches"  # long work that commits its own batches (billing, PDFs)


Progress = Callable[[object], None]


@dataclass(eq=False)
class _Job(Generic[T]):
    work: Callable[[Session, Progress], T]
    mode: Mode
    changes: frozenset[Change]
    initiator: object
    on_success: Callable[[T], None] | None = None
    on_failure: Callable[[KnownError], None] | None = None
    on_progress: Callable[[object], None] | None = None
    result: T | None = None
    error: KnownError | None = None
    crash: str | None = None  # the traceback of an unexpected exception


class Operations(QObject):
    """Runs database work on two worker threads and reports back on the GUI thread."""

    # (changes: frozenset[Change], initiator): after every successful writing operation.
    changed = Signal(object, object)
    # A KnownError no operation handled: the window shows it in a plain dialog.
    refused = Signal(object)
    # An unexpected exception: (summary, traceback), a bug to report.
    crashed = Signal(str, str)
    # How many operations are queued or running (the status bar's "working…").
    busy_changed = Signal(int)

    _finished = Signal(object)  # the key of a finished _Job, emitted from a worker thread
    _progressed = Signal(object, object)  # (_Job, payload), from a worker thread

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # A long read (a 30-day forecast over 100,000 subscriptions) has its own
        # thread, so tables and alerts never wait behind it.
        self._queues: dict[str, queue.SimpleQueue[_Job[Any] | None]] = {
            "writer": queue.SimpleQueue(),
            "reader": queue.SimpleQueue(),
            "slow-reader": queue.SimpleQueue(),
        }
        self._threads = {
            name: threading.Thread(
                target=self._serve, args=(jobs,), name=f"cadence-{name}", daemon=True
            )
            for name, jobs in self._queues.items()
        }
        self._pending = 0
        self._closed = False
        # Every job in flight, held here on the GUI thread until delivered: a
        # worker is never the last holder of a job, so its handlers (and the
        # widgets they refer to) are always freed on the GUI thread, as Qt needs.
        self._in_flight: dict[int, _Job[Any]] = {}
        # Emitted from the workers, delivered here on the GUI thread (queued).
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)
        for thread in self._threads.values():
            thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, job: _Job[Any]) -> None:
        if self._closed:
            return  # the window is closing: nothing new starts
        self._pending += 1
        self._in_flight[id(job)] = job
        self.busy_changed.emit(self._pending)
        lane = {Mode.READ: "reader", Mode.SLOW_READ: "slow-reader"}.get(job.mode, "writer")
        self._queues[lane].put(job)

    def shutdown(self, timeout: float = 120.0) -> None:
        """Let the running and queued work finish, stop the workers, close the database."""
        self._closed = True
        for jobs in self._queues.values():
            jobs.put(None)
        for thread in self._threads.values():
            thread.join(timeout)
        self.database.close()

    # -- on the worker threads --------------------------------------------------

    def _serve(self, jobs: queue.SimpleQueue[_Job[Any] | None]) -> None:
        while (job := jobs.get()) is not None:
            self._execute(job)
            # Only the job's key crosses back: the job itself stays in _in_flight,
            # so its last reference is always dropped on the GUI thread.
            key = id(job)
            del job
            self._finished.emit(key)

    def _execute(self, job: _Job[Any]) -> None:
        def progress(payload: object) -> None:
            self._progressed.emit(job, payload)

        database = self.database
        try:
            if job.mode in (Mode.READ, Mode.SLOW_READ):
                with database.reading() as session:
                    job.result = job.work(session, progress)
            elif job.mode is Mode.WRITE:
                with database.transaction() as session:
                    job.result = job.work(session, progress)
            else:
                with database.batches() as session:
                    job.result = job.work(session, progress)
        except KnownError as error:
            job.error = error
        except Exception:  # a bug: reported, never swallowed
            job.crash = traceback.format_exc()
            log.error("operation failed unexpectedly:\n%s", job.crash)

    # -- back on the GUI thread ---------------------------------------------------

    def _deliver(self, key: int) -> None:
        job = self._in_flight.pop(key)
        self._pending -= 1
        self.busy_changed.emit(self._pending)
        try:
            self._report(job)
        except Exception:  # a bug in a handler: reported like one in the work
            details = traceback.format_exc()
            log.error("an operation's handler failed:\n%s", details)
            self.crashed.emit(details.strip().splitlines()[-1], details)

    def _report(self, job: _Job[Any]) -> None:
        if job.crash is not None:
            summary = job.crash.strip().splitlines()[-1]
            self.crashed.emit(summary, job.crash)
            return
        if job.error is not None:
            if job.on_failure is not None:
                job.on_failure(job.error)
            else:
                self.refused.emit(job.error)
            # Batches committed before the error did change things.
            if job.mode is Mode.BATCHES and job.changes:
                self.changed.emit(job.changes, job.initiator)
            return
        if job.changes:
            self.changed.emit(job.changes, job.initiator)
        if job.on_success is not None:
            job.on_success(job.result)

    def _deliver_progress(self, job: _Job[Any], payload: object) -> None:
        if job.on_progress is not None:
            job.on_progress(payload)


@dataclass(eq=False)
class DbOp(Generic[T]):
    """One unit of database work, built, given its handlers, then run."""

    operations: Operations
    work: Callable[[Session], T] | None = None
    writes: bool = False
    changes: Iterable[Change] = ()
    batches: bool = False  # the work commits its own batches (a billing run)
    slow: bool = False  # a long read: on its own thread, never in front of the tables
    # Work that reports progress: called with (session, progress) instead.
    work_with_progress: Callable[[Session, Progress], T] | None = None
    _job: _Job[T] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if (self.work is None) == (self.work_with_progress is None):
            raise TypeError("give either work or work_with_progress")
        run: Callable[[Session, Progress], T]
        if self.work is not None:
            plain = self.work

            def run(session: Session, progress: Progress) -> T:
                return plain(session)

        else:
            assert self.work_with_progress is not None
            run = self.work_with_progress
        if self.batches:
            mode = Mode.BATCHES
        elif self.writes:
            mode = Mode.WRITE
        else:
            mode = Mode.SLOW_READ if self.slow else Mode.READ
        self._job = _Job(work=run, mode=mode, changes=frozenset(self.changes), initiator=None)

    @property
    def job(self) -> _Job[T]:
        assert self._job is not None
        return self._job

    def success(self, handler: Callable[[T], None]) -> DbOp[T]:
        self.job.on_success = handler
        return self

    def failure(self, handler: Callable[[KnownError], None]) -> DbOp[T]:
        self.job.on_failure = handler
        return self

    def progress(self, handler: Callable[[Any], None]) -> DbOp[T]:
        self.job.on_progress = handler
        return self

    def run(self, initiator: object = None) -> None:
        self.job.initiator = initiator
        self.operations.submit(self.job)
