"""A database the size of a large Cadence user, for the window's benchmark: about
100,000 customers, 125,000 subscriptions and 1,000,000 invoices.

A 1,000-customer demo is made and billed for eight months by `cadence` itself
(every row valid, as the services write them), then copied 99 times over by
SQL: each copy's ids are shifted, its names and invoice numbers marked with the
copy's number (the revenue history and the changes of plan with them).
Building it takes about a minute; the file is kept and reused when it already
exists.

    .venv/bin/python tests/perf/big_database.py /tmp/cadence-big.sqlite3
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

CADENCE = Path(sys.executable).with_name("cadence")
COPIES = 100
BASE_CUSTOMERS = 1000

# column → the SQL expression giving its value in copy :k (other columns are copied)
_SHIFTED: dict[str, dict[str, str]] = {
    "customer": {
        "id": "id + :k * :customers",
        "name": "name || ' ' || :k",
        "search_text": "search_text || ' ' || :k",
    },
    "subscription": {
        "id": "id + :k * :subscriptions",
        "customer_id": "customer_id + :k * :customers",
    },
    "subscription_pause": {
        "id": "id + :k * :pauses",
        "subscription_id": "subscription_id + :k * :subscriptions",
    },
    "subscription_change": {
        "id": "id + :k * :changes",
        "subscription_id": "subscription_id + :k * :subscriptions",
    },
    "revenue_segment": {
        "id": "id + :k * :segments",
        "subscription_id": "subscription_id + :k * :subscriptions",
        "customer_id": "customer_id + :k * :customers",
    },
    "invoice": {
        "id": "id + :k * :invoices",
        "customer_id": "customer_id + :k * :customers",
        "subscription_id": "subscription_id + :k * :subscriptions",
        "corrects_invoice_id": "corrects_invoice_id + :k * :invoices",
        "number": "number || '-' || :k",
        "buyer_name": "buyer_name || ' ' || :k",
        "chain_position": "chain_position + :k * :invoices",
    },
    "invoice_line": {
        "id": "id + :k * :lines",
        "invoice_id": "invoice_id + :k * :invoices",
    },
    "payment": {
        "id": "id + :k * :payments",
        "customer_id": "customer_id + :k * :customers",
    },
    "payment_allocation": {
        "id": "id + :k * :allocations",
        "invoice_id": "invoice_id + :k * :invoices",
        "payment_id": "payment_id + :k * :payments",
        "credit_note_id": "credit_note_id + :k * :invoices",
    },
}


def _run(*args: str) -> None:
    result = subprocess.run([str(CADENCE), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stderr)


def _copy_statement(connection: sqlite3.Connection, table: str) -> str:
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    shifted = _SHIFTED[table]
    values = ", ".join(shifted.get(column, f'"{column}"') for column in columns)
    names = ", ".join(f'"{column}"' for column in columns)
    return (
        f'INSERT INTO "{table}" ({names}) SELECT {values} FROM "{table}" WHERE id <= :last_{table}'  # noqa: S608
    )


def build(path: Path) -> Path:
    """Make the big database at `path` unless it is already there."""
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    _run("demo", "--db", str(partial), "--customers", str(BASE_CUSTOMERS), "--today", "2026-11-25")
    _run("bill", "--db", str(partial), "--today", "2027-07-25", "--no-pdf")
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        counts = {
            table: connection.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0  # noqa: S608
            for table in _SHIFTED
        }
        sizes = {
            "customers": counts["customer"],
            "subscriptions": counts["subscription"],
            "pauses": counts["subscription_pause"],
            "changes": counts["subscription_change"],
            "segments": counts["revenue_segment"],
            "invoices": counts["invoice"],
            "lines": counts["invoice_line"],
            "payments": counts["payment"],
            "allocations": counts["payment_allocation"],
        }
        # The copies are issued invoices from the start: the triggers that guard
        # issued documents would refuse their lines. Put back afterwards.
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        connection.execute("BEGIN")
        for name, _ in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        for k in range(1, COPIES):
            for table in _SHIFTED:
                connection.execute(
                    _copy_statement(connection, table),
                    {"k": k, **sizes, **{f"last_{t}": counts[t] for t in _SHIFTED}},
                )
        for _, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")
        connection.execute("ANALYZE")
    finally:
        connection.close()
    partial.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def describe(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("customer", "subscription", "invoice")
        ]
    connection.close()
    size = path.stat().st_size / 1_048_576
    return (
        f"{counts[0]:,} customers, {counts[1]:,} subscriptions, {counts[2]:,} invoices, "
        f"{size:,.0f} MB"
    )


if __name__ == "__main__":
    target = build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/cadence-big.sqlite3"))
    print(describe(target))
