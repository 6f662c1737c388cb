"""`cadence bill` killed with SIGKILL at random moments, 50 times, then run to the end:
every due invoice exists exactly once, numbered without gaps, and `check` passes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
from pathlib import Path

from .conftest import CADENCE, Run  # type: ignore[import-not-found]

KILLS = 50


def _count(database: Path, sql: str) -> int:
    with sqlite3.connect(database) as connection:
        value = connection.execute(sql).fetchone()[0]
    connection.close()
    return int(value)


def test_a_billing_run_killed_fifty_times_still_bills_everything_once(
    cadence: Run, environment: dict[str, str], tmp_path: Path
) -> None:
    database = tmp_path / "cadence.sqlite3"
    # A business whose clock was a year behind: a year of invoices falls due at once.
    made = cadence("demo", "--db", str(database), "--customers", "60", "--today", "2025-11-25")
    assert made.returncode == 0, made.stderr
    before = _count(database, "SELECT count(*) FROM invoice")
    dry = cadence("bill", "--db", str(database), "--today", "2026-11-25", "--dry-run")
    due = int(dry.stdout.split()[2])  # "would issue N invoices"
    assert due > 300

    rng = random.Random(2026)
    for _ in range(KILLS):
        batches_to_let_through = rng.randint(0, 3)
        with subprocess.Popen(
            [
                str(CADENCE),
                "bill",
                "--db",
                str(database),
                "--today",
                "2026-11-25",
                "--batch-size",
                "5",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        ) as process:
            assert process.stderr is not None
            # Each progress line follows a committed batch: killing right after one
            # lands in the middle of the next.
            for _ in range(batches_to_let_through):
                if not process.stderr.readline():
                    break
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)

    finished = cadence("bill", "--db", str(database), "--today", "2026-11-25")
    assert finished.returncode == 0, finished.stderr
    assert _count(database, "SELECT count(*) FROM invoice") == before + due
    assert (
        _count(
            database,
            "SELECT count(*) FROM (SELECT subscription_id, period_start FROM invoice "
            "WHERE period_start IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1)",
        )
        == 0
    )
    checked = cadence("check", "--db", str(database))
    assert (checked.returncode, checked.stdout.strip()) == (0, f"{database}: all checks passed")
    again = cadence("bill", "--db", str(database), "--today", "2026-11-25")
    assert again.stdout.strip() == "issued 0 invoices"
