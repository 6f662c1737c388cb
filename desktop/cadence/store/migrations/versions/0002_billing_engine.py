"""Billing engine: decisions on due periods, scheduled plan changes, pending
prorated charges, the day Cadence bills from, chronology of each series, the
chain of issued documents, the buyer's structured address and what the PDF
printed as paid, and issued documents made unchangeable.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Once a document has its number, only its settlement status and its PDF (its state,
# path, hash, and the amount it printed as already paid) may change.
_IMMUTABLE_INVOICE_COLUMNS = (
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
_REFUSAL = "an issued invoice or credit note cannot be changed or deleted; issue a credit note"

_TRIGGERS = {
    "invoice_issued_update": f"""
        CREATE TRIGGER invoice_issued_update BEFORE UPDATE ON invoice
        WHEN OLD.number IS NOT NULL AND (NEW.status = 'draft' OR {
        " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in _IMMUTABLE_INVOICE_COLUMNS)
    })
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END
    """,
    "invoice_issued_delete": f"""
        CREATE TRIGGER invoice_issued_delete BEFORE DELETE ON invoice
        WHEN OLD.number IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END
    """,
    "invoice_line_issued_insert": f"""
        CREATE TRIGGER invoice_line_issued_insert BEFORE INSERT ON invoice_line
        WHEN (SELECT number FROM invoice WHERE id = NEW.invoice_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END
    """,
    "invoice_line_issued_update": f"""
        CREATE TRIGGER invoice_line_issued_update BEFORE UPDATE ON invoice_line
        WHEN (SELECT number FROM invoice WHERE id = OLD.invoice_id) IS NOT NULL
          OR (SELECT number FROM invoice WHERE id = NEW.invoice_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END
    """,
    "invoice_line_issued_delete": f"""
        CREATE TRIGGER invoice_line_issued_delete BEFORE DELETE ON invoice_line
        WHEN (SELECT number FROM invoice WHERE id = OLD.invoice_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END
    """,
}


def upgrade() -> None:
    op.create_table(
        "billing_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "postponed",
                "skipped",
                name="occurrence_decision",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("postponed_until", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(decision = 'postponed') = (postponed_until IS NOT NULL)",
            name=op.f("ck_billing_decision_postponed_until_date"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_billing_decision_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_decision")),
        sa.UniqueConstraint(
            "subscription_id",
            "period_start",
            name=op.f("uq_billing_decision_subscription_id_period_start"),
        ),
    )
    op.create_table(
        "subscription_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "now_prorated",
                "next_period",
                name="change_mode",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("old_plan_id", sa.Integer(), nullable=False),
        sa.Column("new_plan_id", sa.Integer(), nullable=False),
        sa.Column("old_quantity", sa.Integer(), nullable=False),
        sa.Column("new_quantity", sa.Integer(), nullable=False),
        sa.Column("old_unit_price_override", sa.BigInteger(), nullable=True),
        sa.Column("new_unit_price_override", sa.BigInteger(), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "new_quantity >= 1", name=op.f("ck_subscription_change_new_quantity_positive")
        ),
        sa.ForeignKeyConstraint(
            ["new_plan_id"], ["plan.id"], name=op.f("fk_subscription_change_new_plan_id_plan")
        ),
        sa.ForeignKeyConstraint(
            ["old_plan_id"], ["plan.id"], name=op.f("fk_subscription_change_old_plan_id_plan")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_subscription_change_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription_change")),
    )
    op.create_index(
        "ix_subscription_change_pending", "subscription_change", ["applied_on", "effective_on"]
    )
    op.create_index(
        op.f("ix_subscription_change_subscription_id"), "subscription_change", ["subscription_id"]
    )
    op.create_table(
        "pending_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("net_amount", sa.BigInteger(), nullable=False),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column(
            "vat_category",
            sa.Enum(
                "S",
                "Z",
                "E",
                "AE",
                "K",
                "G",
                "O",
                name="vat_category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "(period_start IS NULL) = (period_end IS NULL)",
            name=op.f("ck_pending_charge_period_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_pending_charge_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["catalogue_item.id"],
            name=op.f("fk_pending_charge_item_id_catalogue_item"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_pending_charge_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_charge")),
    )
    op.create_index("ix_pending_charge_open", "pending_charge", ["subscription_id", "invoice_id"])

    op.add_column("invoice", sa.Column("chain_position", sa.Integer(), nullable=True))
    # The buyer's address as Factur-X structures it: street lines, postcode, city.
    op.add_column("invoice", sa.Column("buyer_postal_code", sa.String(length=20), nullable=True))
    op.add_column("invoice", sa.Column("buyer_city", sa.String(length=100), nullable=True))
    op.add_column("invoice", sa.Column("pdf_paid_amount", sa.BigInteger(), nullable=True))
    op.create_index("uq_invoice_chain_position", "invoice", ["chain_position"], unique=True)
    op.create_index("ix_invoice_corrects_invoice_id", "invoice", ["corrects_invoice_id"])
    op.add_column("number_series", sa.Column("last_issue_date", sa.Date(), nullable=True))
    op.add_column("subscription", sa.Column("cancellation_effective_on", sa.Date(), nullable=True))

    # Existing subscriptions are billed from their first paid day, as before, and
    # their cycle starts there.
    op.add_column("subscription", sa.Column("billing_from", sa.Date(), nullable=True))
    op.add_column("subscription", sa.Column("cycle_start", sa.Date(), nullable=True))
    op.execute(
        "UPDATE subscription SET billing_from = COALESCE(trial_end, start_date), "
        "cycle_start = COALESCE(trial_end, start_date)"
    )
    with op.batch_alter_table("subscription") as batch:
        batch.alter_column("billing_from", existing_type=sa.Date(), nullable=False)
        batch.alter_column("cycle_start", existing_type=sa.Date(), nullable=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in _TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("subscription") as batch:
        batch.drop_column("billing_from")
        batch.drop_column("cycle_start")
        batch.drop_column("cancellation_effective_on")
    op.drop_column("number_series", "last_issue_date")
    op.drop_index("ix_invoice_corrects_invoice_id", table_name="invoice")
    op.drop_index("uq_invoice_chain_position", table_name="invoice")
    op.drop_column("invoice", "pdf_paid_amount")
    op.drop_column("invoice", "buyer_city")
    op.drop_column("invoice", "buyer_postal_code")
    op.drop_column("invoice", "chain_position")
    op.drop_index("ix_pending_charge_open", table_name="pending_charge")
    op.drop_table("pending_charge")
    op.drop_index(op.f("ix_subscription_change_subscription_id"), table_name="subscription_change")
    op.drop_index("ix_subscription_change_pending", table_name="subscription_change")
    op.drop_table("subscription_change")
    op.drop_table("billing_decision")
