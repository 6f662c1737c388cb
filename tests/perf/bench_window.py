"""Benchmark: the window on 100,000 customers, 125,000 subscriptions and 1,000,000
invoices (tests/perf/big_database.py). Targets: ready in under 2 s; typing in a
table's search box filters in under 150 ms; while a background billing run of
about 10,000 invoices proceeds, and while the window then reads its alerts and
tables again, the GUI thread never stalls longer than 50 ms (a heartbeat timer
measures it); memory under 400 MB, at its peak over the whole run.

Each figure is printed next to a raw baseline measured in the same run: a bare
Qt window for start-up, the bare sqlite3 query for the search, the heartbeat of
an idle window for stalls, a bare Qt application for memory.

    .venv/bin/python tests/perf/bench_window.py [--database /tmp/cadence-big.sqlite3]

The big database is built once (a few minutes) and copied for each run, since
billing changes it. The window runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))
import big_database

SEARCH_TEXT = "dupont 42"
BILLING_DAY = date(2027, 7, 28)  # three days after the big database was last billed


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Heartbeat:
    """A 10 ms timer on the GUI thread; the longest gap between two beats is the
    longest the GUI thread could not answer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - 10)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


def _wait(app: object, condition: object, timeout: float = 600.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)  # type: ignore[operator]
    poll.start(1)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout * 1000))
    loop.exec()
    poll.stop()
    if not condition():  # type: ignore[operator]
        raise SystemExit("timed out")


def _run_for(seconds: float) -> None:
    """Let the event loop run for `seconds`, doing nothing else."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=Path("/tmp/cadence-big.sqlite3"))
    options = parser.parse_args()
    big_database.build(options.database)
    print(f"Database: {big_database.describe(options.database)}")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cadence.sqlite3"
        shutil.copyfile(options.database, path)
        # The copies' invoices have no PDFs: billing would write a million first.
        with sqlite3.connect(path) as connection:
            connection.execute(
                "UPDATE invoice SET pdf_state = 'written' WHERE pdf_state != 'written'"
            )
            connection.execute("UPDATE company SET pdf_folder = ?", (str(Path(folder) / "pdf"),))
        connection.close()

        # -- raw baselines -------------------------------------------------------
        started = time.perf_counter()
        from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

        app = QApplication([])
        bare = QMainWindow()
        bare.setCentralWidget(QTableView())
        bare.show()
        app.processEvents()
        bare_ready = time.perf_counter() - started
        bare.close()
        bare_memory = _rss_mb()
        with sqlite3.connect(path) as connection:
            started = time.perf_counter()
            connection.execute(
                "SELECT * FROM customer WHERE archived = 0 AND search_text LIKE ? "
                "ORDER BY search_text LIMIT 200",
                (f"%{SEARCH_TEXT}%",),
            ).fetchall()
            bare_search = time.perf_counter() - started
        connection.close()
        idle = Heartbeat()
        idle.start()
        _run_for(2.0)
        idle_stall = idle.stop()

        # -- the window ------------------------------------------------------------
        from PySide6.QtCore import QCoreApplication, QSettings

        QCoreApplication.setOrganizationName("CadenceBench")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        from cadence.store.database import open_database
        from cadence.ui.app import show_window
        from cadence.ui.clock import FixedClock
        from cadence.ui.preferences import Preferences

        preferences = Preferences()
        preferences.issue_without_review = True
        clock = FixedClock(datetime(2027, 7, 25, 9, 0).astimezone())  # nothing due yet
        started = time.perf_counter()
        window, _collector = show_window(app, open_database(path), clock, preferences)
        customers = window.tab("customers")
        table = customers.table  # type: ignore[attr-defined]
        _wait(app, lambda: table.model.rowCount() > 0)
        ready = time.perf_counter() - started
        _wait(app, lambda: not window.billing.runner.running and window.operations.pending == 0)

        # Typing: from the last keystroke to the filtered rows shown.
        box = table.search_box
        loaded: list[float] = []
        table.model.loaded.connect(lambda: loaded.append(time.perf_counter()))
        from PySide6.QtTest import QTest

        box.setFocus()
        QTest.keyClicks(box, SEARCH_TEXT)
        typed = time.perf_counter()
        _wait(app, lambda: bool(loaded) and loaded[-1] > typed)
        search = loaded[-1] - typed

        # A billing run of the invoices due over three days, with its PDFs.
        clock.moment = datetime(
            BILLING_DAY.year, BILLING_DAY.month, BILLING_DAY.day, 9
        ).astimezone()
        beat = Heartbeat()
        outcomes: list[object] = []
        window.billing.run_finished.connect(outcomes.append)
        beat.start()
        run_started = time.perf_counter()
        window.billing.run_now()
        _wait(app, lambda: bool(outcomes), timeout=3600)
        run_seconds = time.perf_counter() - run_started
        # What the run's end sets off counts too: the alerts and the tables read again.
        _wait(app, lambda: window.operations.pending == 0)
        stall = beat.stop()
        memory = _rss_mb()
        issued = outcomes[0].issued  # type: ignore[attr-defined]
        window.close()

    print()
    print(f"  {'':<52}{'Cadence':>10}{'baseline':>10}{'target':>9}")
    print(f"  {'window ready (s), bare Qt window':<52}{ready:>10.2f}{bare_ready:>10.2f}{'< 2':>9}")
    print(
        f"  {'search typed → rows shown (ms), bare sqlite3 query':<52}"
        f"{search * 1000:>10.0f}{bare_search * 1000:>10.0f}{'< 150':>9}"
    )
    print(
        f"  {'longest GUI stall in billing (ms), idle heartbeat':<52}"
        f"{stall:>10.0f}{idle_stall:>10.0f}{'< 50':>9}"
    )
    print(
        f"  {'peak memory (MB), bare Qt application':<52}"
        f"{memory:>10.0f}{bare_memory:>10.0f}{'< 400':>9}"
    )
    print(
        f"  billing run: {issued:,} invoices issued and their PDFs written in {run_seconds:.0f} s"
    )
    met = ready < 2 and search < 0.150 and stall < 50 and memory < 400
    print(f"  targets: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
