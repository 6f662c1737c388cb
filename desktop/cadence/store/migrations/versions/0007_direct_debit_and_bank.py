"""Direct debits and the bank: SEPA mandates, collection batches and their
collections, imported statements and their lines, provider fees, and the CSV
layouts remembered per bank.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SCHEMES = ("CORE", "B2B")
_SEQUENCES = ("FRST", "RCUR")
_SOURCES = ("ofx", "camt053", "mt940", "csv", "stripe", "paypal")


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(value) for value in values),
    )


def upgrade() -> None:
    op.create_table(
        "mandate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("scheme", _enum("mandate_scheme", _SCHEMES), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("account_changed_on", sa.Date(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    op.create_index("ix_mandate_customer_id", "mandate", ["customer_id"])

    op.create_table(
        "collection_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("scheme", _enum("mandate_scheme", _SCHEMES), nullable=False),
        sa.Column("message_version", sa.String(length=20), nullable=False),
        sa.Column("collection_date", sa.Date(), nullable=False),
        sa.Column(
            "status", _enum("batch_status", ("requested", "confirmed", "cancelled")), nullable=False
        ),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.CheckConstraint("total > 0", name="total_positive"),
        sa.CheckConstraint(
            "(status = 'confirmed') = (confirmed_on IS NOT NULL)",
            name="confirmed_on_when_confirmed",
        ),
        sa.CheckConstraint(
            "(status = 'cancelled') = (cancelled_on IS NOT NULL)",
            name="cancelled_on_when_cancelled",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )

    op.create_table(
        "collection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("mandate_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("sequence", _enum("sequence_type", _SEQUENCES), nullable=False),
        sa.Column("end_to_end_id", sa.String(length=35), nullable=False),
        sa.Column(
            "status",
            _enum("collection_status", ("requested", "paid", "returned", "cancelled")),
            nullable=False,
        ),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.CheckConstraint(
            "(status IN ('paid', 'returned')) = (payment_id IS NOT NULL)",
            name="payment_when_collected",
        ),
        sa.ForeignKeyConstraint(["batch_id"], ["collection_batch.id"]),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"]),
        sa.ForeignKeyConstraint(["mandate_id"], ["mandate.id"]),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("end_to_end_id"),
    )
    op.create_index("ix_collection_batch_id", "collection", ["batch_id"])
    op.create_index("ix_collection_invoice_id", "collection", ["invoice_id"])
    op.create_index("ix_collection_mandate_id", "collection", ["mandate_id"])
    op.create_index("ix_collection_payment_id", "collection", ["payment_id"])
    op.create_index(
        "uq_collection_requested_invoice",
        "collection",
        ["invoice_id"],
        unique=True,
        sqlite_where=sa.text("status = 'requested'"),
        postgresql_where=sa.text("status = 'requested'"),
    )

    op.create_table(
        "bank_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("source", _enum("statement_source", _SOURCES), nullable=False),
        sa.Column("account", sa.String(length=70), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("new_line_count", sa.Integer(), nullable=False),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("file_sha256"),
    )

    op.create_table(
        "statement_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("value_on", sa.Date(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("counterparty", sa.String(length=200), nullable=False),
        sa.Column("counterparty_iban", sa.String(length=34), nullable=False),
        sa.Column("bank_reference", sa.String(length=100), nullable=False),
        sa.Column("end_to_end_id", sa.String(length=35), nullable=False),
        sa.Column("return_reason", sa.String(length=4), nullable=False),
        sa.Column("is_transfer", sa.Boolean(), nullable=False),
        sa.Column("source_line", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            _enum("line_state", ("unmatched", "suggested", "confirmed", "ignored")),
            nullable=False,
        ),
        sa.Column(
            "match_kind",
            _enum(
                "match_kind",
                (
                    "invoice_number",
                    "batch",
                    "return",
                    "amount_and_name",
                    "name",
                    "amount",
                    "by_hand",
                ),
            ),
            nullable=True,
        ),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("collection_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("amount != 0", name="amount_not_zero"),
        sa.CheckConstraint("fee >= 0", name="fee_not_negative"),
        sa.CheckConstraint("confidence BETWEEN 0 AND 100", name="confidence_range"),
        sa.ForeignKeyConstraint(["statement_id"], ["bank_statement.id"]),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.ForeignKeyConstraint(["batch_id"], ["collection_batch.id"]),
        sa.ForeignKeyConstraint(["collection_id"], ["collection.id"]),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fingerprint"),
    )
    for column in ("statement_id", "customer_id", "batch_id", "collection_id", "payment_id"):
        op.create_index(f"ix_statement_line_{column}", "statement_line", [column])
    op.create_index("ix_statement_line_state_booked_on", "statement_line", ["state", "booked_on"])

    op.create_table(
        "statement_line_invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.ForeignKeyConstraint(["line_id"], ["statement_line.id"]),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("line_id", "invoice_id"),
    )
    op.create_index(
        "ix_statement_line_invoice_invoice_id", "statement_line_invoice", ["invoice_id"]
    )

    op.create_table(
        "payment_fee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("provider", _enum("statement_source", _SOURCES), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("charged_on", sa.Date(), nullable=False),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("payment_id"),
    )

    op.create_table(
        "bank_csv_layout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("header_signature", sa.String(length=1000), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("last_used_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("header_signature"),
    )


def downgrade() -> None:
    for table in (
        "bank_csv_layout",
        "payment_fee",
        "statement_line_invoice",
        "statement_line",
        "bank_statement",
        "collection",
        "collection_batch",
        "mandate",
    ):
        op.drop_table(table)
