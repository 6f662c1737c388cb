"""Benchmark: a 12-month billing catch-up on the 10,000-customer demo (target: at least
1,000 invoices a second, without PDFs).

Run with `make bench` (or `.venv/bin/python tests/perf/bench_billing.py --customers N`).
The demo is created with its clock a year back, so `cadence bill` a year later has
twelve months to catch up. Its speed is printed next to a raw baseline measured
in the same run: bare `sqlite3` inserting exactly the invoice and line rows the
run wrote, into the same schema, with the same pragmas and the same commit size.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CADENCE = Path(sys.executable).with_name("cadence")
TARGET_PER_SECOND = 1000
BATCH = 500  # the billing run's commit size


def _run(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    result = subprocess.run([str(CADENCE), *args], capture_output=True, text=True, check=False)
    return time.perf_counter() - started, result


def _bare_insert(source: Path, target: Path, first_new_id: int) -> tuple[float, int, int]:
    """Seconds bare sqlite3 takes to insert the invoices (id ≥ first_new_id) and their
    lines that the run wrote, committing every BATCH invoices."""
    with sqlite3.connect(source) as origin:
        schema = [
            sql
            for (sql,) in origin.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' "
                "AND name IN ('invoice', 'invoice_line')"
            )
        ]
        invoices = origin.execute(
            "SELECT * FROM invoice WHERE id >= ? ORDER BY id", (first_new_id,)
        ).fetchall()
        lines = origin.execute(
            "SELECT * FROM invoice_line WHERE invoice_id >= ? ORDER BY invoice_id", (first_new_id,)
        ).fetchall()
    origin.close()
    lines_by_invoice: dict[int, list[tuple[object, ...]]] = {}
    for line in lines:
        lines_by_invoice.setdefault(int(line[1]), []).append(line)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    for sql in schema:
        connection.execute(sql)
    invoice_marks = ", ".join("?" * len(invoices[0]))
    line_marks = ", ".join("?" * len(lines[0]))
    started = time.perf_counter()
    for first in range(0, len(invoices), BATCH):
        batch = invoices[first : first + BATCH]
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(f"INSERT INTO invoice VALUES ({invoice_marks})", batch)  # noqa: S608
        connection.executemany(
            f"INSERT INTO invoice_line VALUES ({line_marks})",  # noqa: S608
            [line for row in batch for line in lines_by_invoice.get(int(row[0]), [])],
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, len(invoices), len(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite3"
        demo_seconds, demo = _run(
            "demo",
            "--db",
            str(database),
            "--customers",
            str(options.customers),
            "--today",
            "2025-11-25",
        )
        if demo.returncode != 0:
            print(demo.stderr, file=sys.stderr)
            return 1
        with sqlite3.connect(database) as connection:
            first_new_id = connection.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM invoice"
            ).fetchone()[0]
        connection.close()
        bill_seconds, bill = _run(
            "bill", "--db", str(database), "--today", "2026-11-25", "--no-pdf"
        )
        if bill.returncode != 0:
            print(bill.stderr, file=sys.stderr)
            return 1
        issued = int(bill.stdout.split()[1])
        check_seconds, check = _run("check", "--db", str(database))
        size = database.stat().st_size
        bare_seconds, rows, lines = _bare_insert(
            database, Path(folder) / "bare.sqlite3", first_new_id
        )

    rate = issued / bill_seconds
    print(f"12-month catch-up on the {options.customers:,}-customer demo (no PDFs)")
    print(f"  demo created in {demo_seconds:.1f} s; database now {size / 1_048_576:.0f} MB")
    print(f"  {bill.stdout.strip()} ({lines:,} lines)")
    print()
    print(f"  {'':<44}{'seconds':>9}{'invoices/s':>12}")
    print(f"  {'cadence bill (whole command)':<44}{bill_seconds:>9.1f}{rate:>12,.0f}")
    print(
        f"  {'bare sqlite3, same rows, same commits':<44}{bare_seconds:>9.1f}"
        f"{rows / bare_seconds:>12,.0f}"
    )
    print(f"  {'cadence check (every invoice re-verified)':<44}{check_seconds:>9.1f}")
    print()
    print(f"  cadence bill / bare inserts: {bill_seconds / bare_seconds:.0f}×")
    verdict = "met" if rate >= TARGET_PER_SECOND else "MISSED"
    print(f"  target: at least {TARGET_PER_SECOND:,} invoices a second: {verdict}")
    print(f"  check: exit {check.returncode}, {check.stdout.strip().splitlines()[-1]}")
    return 0 if rate >= TARGET_PER_SECOND and check.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
