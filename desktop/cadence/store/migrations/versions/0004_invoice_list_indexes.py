"""Indexes for the invoice list: newest first, and by status, on a million invoices.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_invoice_issue_date", "invoice", ["issue_date", "id"])
    op.create_index("ix_invoice_status_issue_date", "invoice", ["status", "issue_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_invoice_status_issue_date", table_name="invoice")
    op.drop_index("ix_invoice_issue_date", table_name="invoice")
