"""`cadence bill` killed with SIGKILL at random moments, 50 times, then run to the end:
every due invoice exists exactly once, numbered without gaps, and `check` passes.
Likewise for writing their PDFs: whole files only, each recorded with its hash."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from .conftest import CADENCE, Run  # type: ignore[import-not-found]

KILLS = 50


def _children(pid: int) -> set[int]:
    """The processes `pid` has started, and theirs (Linux: from /proc)."""
    found: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            child = int(stat.parent.name)
            found |= {child} | _children(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its entry waits to be read


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
                "--no-pdf",  # this test is about the invoices; the next one about their PDFs
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
    again = cadence("bill", "--db", str(database), "--today", "2026-11-25", "--no-pdf")
    assert again.stdout.strip() == "issued 0 invoices"


def test_writing_pdfs_killed_at_random_leaves_every_pdf_whole(
    cadence: Run, environment: dict[str, str], tmp_path: Path
) -> None:
    database = tmp_path / "cadence.sqlite3"
    made = cadence("demo", "--db", str(database), "--customers", "15", "--today", "2026-08-25")
    assert made.returncode == 0, made.stderr
    billed = cadence("bill", "--db", str(database), "--today", "2026-11-25", "--no-pdf")
    assert billed.returncode == 0, billed.stderr
    waiting = _count(database, "SELECT count(*) FROM invoice WHERE pdf_state != 'written'")
    assert waiting > 50  # several batches of PDFs to write

    rng = random.Random(11)
    orphans: set[int] = set()
    for _ in range(6):
        with subprocess.Popen(
            [str(CADENCE), "pdf", "--pending", "--batch-size", "8", "--db", str(database)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        ) as process:
            assert process.stderr is not None
            for _ in range(rng.randint(0, 2)):  # a line after each batch recorded
                if not process.stderr.readline():
                    break
            workers = _children(process.pid)
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            orphans.update(workers)

    finished = cadence("pdf", "--pending", "--db", str(database))
    assert finished.returncode == 0, finished.stderr
    # The pool's workers went with the process that started them.
    deadline = time.monotonic() + 30
    while orphans and time.monotonic() < deadline:
        orphans = {pid for pid in orphans if _alive(pid)}
    assert not orphans, f"workers left running: {sorted(orphans)}"
    folder = tmp_path / "cadence-pdf"
    written = sorted(path.name for path in folder.rglob("*") if path.is_file())
    numbers = _count(database, "SELECT count(*) FROM invoice WHERE number IS NOT NULL")
    assert len(written) == numbers  # one whole PDF each, and nothing else: no partial file
    assert all(name.endswith(".pdf") and not name.startswith(".") for name in written)
    checked = cadence("check", "--db", str(database))
    assert (checked.returncode, checked.stderr) == (0, "")
