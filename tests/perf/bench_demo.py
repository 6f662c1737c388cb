"""Benchmark: `cadence demo --customers 10000` (target: under 60 s) and `cadence db check`.

Run with `make bench` (or `.venv/bin/python tests/perf/bench_demo.py --customers N`).
Prints the demo's time next to a raw baseline measured in the same run: bare
`sqlite3` inserting exactly the rows the demo wrote, into the same schema, with
the same pragmas, in one transaction. The difference is what validation, the
ORM and the audit trail cost.
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
TARGET_SECONDS = 60.0


def _run(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    result = subprocess.run([str(CADENCE), *args], capture_output=True, text=True, check=False)
    return time.perf_counter() - started, result


Tables = dict[str, tuple[str, list[tuple[object, ...]]]]


def _rows_by_table(database: Path) -> Tables:
    """Each table's CREATE statement and rows, read with plain sqlite3."""
    with sqlite3.connect(database) as connection:
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {
            name: (sql, connection.execute(f'SELECT * FROM "{name}"').fetchall())  # noqa: S608
            for name, sql in tables
        }


def _bare_sqlite_insert(target: Path, tables: Tables) -> float:
    """Seconds bare sqlite3 takes to insert the same rows, durably, in one transaction."""
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    for _, (sql, _) in tables.items():
        connection.execute(sql)
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for name, (_, rows) in tables.items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)  # noqa: S608
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite3"
        demo_seconds, demo = _run(
            "demo",
            "--db",
            str(database),
            "--customers",
            str(options.customers),
            "--seed",
            str(options.seed),
            "--today",
            "2026-11-25",
        )
        if demo.returncode != 0:
            print(demo.stderr, file=sys.stderr)
            return 1
        size = database.stat().st_size
        check_seconds, check = _run("db", "check", "--db", str(database))
        tables = _rows_by_table(database)
        rows = sum(len(table_rows) for _, table_rows in tables.values())
        baseline_seconds = _bare_sqlite_insert(Path(folder) / "baseline.sqlite3", tables)

    print(f"cadence demo --customers {options.customers} --seed {options.seed}")
    print(f"  {demo.stdout.strip()}")
    print(f"  rows written          {rows:>12,}")
    for name in ("customer", "subscription", "subscription_pause", "audit_event"):
        print(f"    {name:<20}{len(tables[name][1]):>12,}")
    print(f"  database file         {size / 1_048_576:>11.1f} MB")
    print()
    print(f"  {'':<34}{'seconds':>9}{'rows/s':>11}")
    print(
        f"  {'cadence demo (whole command)':<34}{demo_seconds:>9.2f}{rows / demo_seconds:>11,.0f}"
    )
    print(
        f"  {'bare sqlite3, same rows (baseline)':<34}{baseline_seconds:>9.2f}"
        f"{rows / baseline_seconds:>11,.0f}"
    )
    print(f"  {'cadence db check':<34}{check_seconds:>9.2f}")
    print()
    print(f"  demo / baseline: {demo_seconds / baseline_seconds:.0f}×")
    verdict = "met" if demo_seconds < TARGET_SECONDS else "MISSED"
    print(f"  target: demo under {TARGET_SECONDS:.0f} s: {verdict}")
    print(f"  db check: exit {check.returncode}, {check.stdout.strip()}")
    return 0 if demo_seconds < TARGET_SECONDS and check.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
