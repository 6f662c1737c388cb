"""Issued invoices and credit notes cannot change: the database itself refuses."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from cadence.store.database import Database

ISSUED = "UPDATE invoice SET number = 'FA2026-00001', status = 'issued', issue_date = '2026-11-25'"


@pytest.fixture
def invoices(database: Database) -> Database:
    """One issued invoice (id 1) with a line, and one draft (id 2) with a line."""
    with database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO customer (id, kind, name, address_line1, postal_code, city, "
                "country, language, payment_method, invoice_by_email, notes, search_text, "
                "archived, created_on) VALUES (1, 'individual', 'Élodie', '1 rue', '69002', "
                "'Lyon', 'FR', 'fr', 'card', 0, '', 'elodie', 0, '2026-11-25')"
            )
        )
        session.execute(
            text(
                "INSERT INTO number_series (id, name, kind, mask, reset, period_key, next_value) "
                "VALUES (1, 'Factures', 'invoice', 'FA{YYYY}-{00000}', 'yearly', '2026', 2)"
            )
        )
        for invoice_id in (1, 2):
            session.execute(
                text(
                    "INSERT INTO invoice (id, kind, status, series_id, customer_id, currency, "
                    "total_net, total_vat, total_gross, operation_category, notes, created_on) "
                    "VALUES (:id, 'invoice', 'draft', 1, 1, 'EUR', 1000, 200, 1200, 'services', '',"
                    " '2026-11-25')"
                ),
                {"id": invoice_id},
            )
            session.execute(
                text(
                    "INSERT INTO invoice_line (invoice_id, position, description, quantity, "
                    "unit_price, discount_amount, net_amount, vat_rate, vat_category) "
                    "VALUES (:id, 1, 'Caisse', 1000, 100000, 0, 1000, 2000, 'S')"
                ),
                {"id": invoice_id},
            )
        session.execute(text(ISSUED + " WHERE id = 1"))
    return database


def _refused(database: Database, statement: str) -> None:
    def attempt() -> None:
        with database.transaction() as session:
            session.execute(text(statement))

    with pytest.raises(IntegrityError, match="cannot be changed or deleted"):
        attempt()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE invoice SET total_net = 900, total_gross = 1100 WHERE id = 1",
        "UPDATE invoice SET number = 'FA2026-00099' WHERE id = 1",
        "UPDATE invoice SET issue_date = '2026-11-01' WHERE id = 1",
        "UPDATE invoice SET buyer_name = 'Someone else' WHERE id = 1",
        "UPDATE invoice SET debit_mandate_reference = 'RUM-1', debit_iban = 'FR76' WHERE id = 1",
        "UPDATE invoice SET content_sha256 = 'forged' WHERE id = 1",
        "UPDATE invoice SET status = 'draft' WHERE id = 1",
        "DELETE FROM invoice WHERE id = 1",
        "UPDATE invoice_line SET net_amount = 1 WHERE invoice_id = 1",
        "DELETE FROM invoice_line WHERE invoice_id = 1",
        "UPDATE invoice_line SET invoice_id = 1 WHERE invoice_id = 2",
        "INSERT INTO invoice_line (invoice_id, position, description, quantity, unit_price, "
        "discount_amount, net_amount, vat_rate, vat_category) "
        "VALUES (1, 2, 'Extra', 1000, 100, 0, 1, 2000, 'S')",
    ],
    ids=[
        "totals",
        "number",
        "date",
        "buyer",
        "direct debit",
        "digest",
        "back to draft",
        "delete",
        "line amount",
        "line delete",
        "line moved in",
        "line added",
    ],
)
def test_an_issued_document_refuses_every_change(invoices: Database, statement: str) -> None:
    _refused(invoices, statement)


def test_settlement_and_the_pdf_may_still_be_recorded(invoices: Database) -> None:
    with invoices.transaction() as session:
        session.execute(
            text(
                "UPDATE invoice SET status = 'paid', pdf_state = 'written', pdf_path = '/x.pdf', "
                "pdf_sha256 = 'abc' WHERE id = 1"
            )
        )
    with invoices.reading() as session:
        assert session.execute(text("SELECT status FROM invoice WHERE id = 1")).scalar() == "paid"


def test_a_draft_can_still_be_edited_and_deleted(invoices: Database) -> None:
    with invoices.transaction() as session:
        session.execute(text("UPDATE invoice_line SET net_amount = 2000 WHERE invoice_id = 2"))
        session.execute(text("DELETE FROM invoice_line WHERE invoice_id = 2"))
        session.execute(text("DELETE FROM invoice WHERE id = 2"))
    with invoices.reading() as session:
        assert session.execute(text("SELECT count(*) FROM invoice")).scalar() == 1
