"""Invoices collected by SEPA direct debit keep, from their issue, the mandate (RUM), the
account debited and the seller's creditor identifier (ICS) their PDF states; once
issued these change no more than the rest of the document.

Invoices issued before this revision have none: they print as they always did.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The new columns and their lengths: a RUM, an IBAN, an ICS.
_NEW_COLUMNS = {"debit_mandate_reference": 35, "debit_iban": 34, "debit_creditor_id": 35}

# Revision 0002's list of what an issued document may not change, and the new columns.
_IMMUTABLE_BEFORE = (
    "kind",
    "series_id",
    "number",
    "customer_id",
    "subscription_id",
    "period_start",
    "period_end",
    "corrects_invoice_id",
    "issue_date",
    "due_date",
    "currency",
    "total_net",
    "total_vat",
    "total_gross",
    "operation_category",
    "customer_reference",
    "notes",
    "buyer_kind",
    "buyer_name",
    "buyer_address",
    "buyer_postal_code",
    "buyer_city",
    "buyer_country",
    "buyer_delivery_address",
    "buyer_siren",
    "buyer_vat_number",
    "buyer_email",
    "buyer_language",
    "seller_snapshot",
    "content_sha256",
    "previous_sha256",
    "chain_position",
    "issued_at",
    "created_on",
)
_IMMUTABLE_AFTER = (*_IMMUTABLE_BEFORE, *_NEW_COLUMNS)
_REFUSAL = "an issued invoice or credit note cannot be changed or deleted; issue a credit note"


def _update_trigger(columns: tuple[str, ...]) -> str:
    changed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in columns)
    return f"""
        CREATE TRIGGER invoice_issued_update BEFORE UPDATE ON invoice
        WHEN OLD.number IS NOT NULL AND (NEW.status = 'draft' OR {changed})
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END
    """


def upgrade() -> None:
    # Added in place (no table rebuild): the invoice table keeps its other triggers.
    for name, length in _NEW_COLUMNS.items():
        op.add_column("invoice", sa.Column(name, sa.String(length=length), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER invoice_issued_update")
        op.execute(_update_trigger(_IMMUTABLE_AFTER))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # SQLite drops no column a trigger names.
        op.execute("DROP TRIGGER invoice_issued_update")
    for name in reversed(_NEW_COLUMNS):
        op.drop_column("invoice", name)
    if sqlite:
        op.execute(_update_trigger(_IMMUTABLE_BEFORE))
