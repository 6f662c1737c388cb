"""`cadence check` finds tampering with issued documents, even with the guards removed."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest

from cadence.services.billing import run_billing
from cadence.services.integrity import check_database
from cadence.store.database import Database

from .conftest import Factory  # type: ignore[import-not-found]

TRIGGERS = (
    "invoice_issued_update",
    "invoice_issued_delete",
    "invoice_line_issued_insert",
    "invoice_line_issued_update",
    "invoice_line_issued_delete",
)


@pytest.fixture
def billed(database: Database, today: date) -> Database:
    """Three invoices of 34.80 (FA2026-00001 … 00003), issued on 1 Sep, 1 Oct, 1 Nov."""
    with database.batches() as session:
        make = Factory(session, today)
        make.company()
        make.subscription(start_date=date(2026, 9, 1))
        session.commit()
        for day in (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)):
            run_billing(session, as_of=day)
    return database


def tamper(database: Database, *statements: str) -> None:
    """What someone with the sqlite3 tool could do: drop the guards, then edit."""
    with contextlib.closing(sqlite3.connect(database.path)) as connection:
        for trigger in TRIGGERS:
            connection.execute(f"DROP TRIGGER {trigger}")
        connection.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def problems(database: Database) -> list[str]:
    with database.reading() as session:
        return [str(violation) for violation in check_database(session)]


def test_untouched_documents_pass(billed: Database) -> None:
    assert problems(billed) == []


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            [
                "UPDATE invoice SET total_net = 2000, total_vat = 400, total_gross = 2400 "
                "WHERE id = 2"
            ],
            [
                "chain: invoice FA2026-00002: was changed after it was issued (digest mismatch)",
                "totals: invoice FA2026-00002: totals 20.00 + 4.00 VAT = 24.00 do not match its "
                "lines (29.00 + 5.80 = 34.80)",
            ],
        ),
        (
            ["UPDATE invoice_line SET net_amount = 2000 WHERE invoice_id = 1"],
            [
                "chain: invoice FA2026-00001: was changed after it was issued (digest mismatch)",
                "totals: invoice FA2026-00001: line 1: 20.00 is not 1.000 × 29.0000 − 0.00",
            ],
        ),
        (
            ["UPDATE invoice SET buyer_name = 'Someone Else' WHERE id = 3"],
            ["chain: invoice FA2026-00003: was changed after it was issued (digest mismatch)"],
        ),
        (
            # An invoice made to look as if it were collected by direct debit.
            [
                "UPDATE invoice SET debit_mandate_reference = 'RUM-1', "
                "debit_iban = 'FR7630004000031234567890143' WHERE id = 3"
            ],
            ["chain: invoice FA2026-00003: was changed after it was issued (digest mismatch)"],
        ),
        (
            ["DELETE FROM invoice_line WHERE invoice_id = 2", "DELETE FROM invoice WHERE id = 2"],
            [
                "chain: invoice FA2026-00003: is at position 3, expected 2: a document is missing",
                "chain: invoice FA2026-00003: does not follow the document issued before it",
                "numbering: series Factures: FA2026-00003 comes where number 2 of its run should "
                "be: numbers are missing or repeated",
            ],
        ),
        (
            ["UPDATE invoice SET issue_date = '2026-08-15' WHERE id = 3"],
            [
                "chain: invoice FA2026-00003: was changed after it was issued (digest mismatch)",
                "numbering: series Factures: FA2026-00003 is dated 2026-08-15, before "
                "FA2026-00002 (2026-10-01)",
            ],
        ),
        (
            ["UPDATE invoice SET status = 'paid' WHERE id = 1"],
            ["settlement: invoice FA2026-00001: is marked paid but its settlements make it issued"],
        ),
        (
            [
                "INSERT INTO payment (customer_id, received_on, amount, currency, method, notes,"
                " status, created_on) VALUES (1, '2026-11-25', 5000, 'EUR', 'card', '',"
                " 'received', '2026-11-25')",
                "INSERT INTO payment_allocation (invoice_id, payment_id, amount, allocated_on)"
                " VALUES (1, 1, 5000, '2026-11-25')",
            ],
            [
                "settlement: invoice FA2026-00001: settled 50.00, more than its total 34.80",
                "settlement: invoice FA2026-00001: is marked issued but its settlements make "
                "it paid",
            ],
        ),
    ],
    ids=[
        "totals",
        "line",
        "buyer",
        "direct debit",
        "deleted",
        "backdated",
        "status",
        "over-settled",
    ],
)
def test_each_kind_of_tampering_is_reported(
    billed: Database, statements: list[str], expected: list[str]
) -> None:
    tamper(billed, *statements)
    found = problems(billed)
    for problem in expected:
        assert problem in found, found
