"""Messages to customers: e-mail settings, templates, the outbox and its attachments,
the log of reminders decided, late fees, and what the reminders read on plans,
invoices and the company.

Invoices issued before this revision are marked as not wanted by e-mail: Cadence
never mails the back catalogue, only what it issues from now on.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MESSAGE_KINDS = (
    "invoice",
    "credit_note",
    "renewal_notice",
    "term_end_notice",
    "reminder_first",
    "reminder_second",
    "formal_notice",
)
_LANGUAGES = ("fr", "en")


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(value) for value in values),
    )


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.add_column(sa.Column("late_interest_rate", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("renewal_offer", sa.Text(), nullable=False, server_default=""))
    # Added in place (no table rebuild): the invoice table keeps its triggers.
    op.add_column(
        "invoice",
        sa.Column("buyer_wants_email", sa.Boolean(), nullable=False, server_default=sa.false()),
    )

    op.create_table(
        "mail_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=253), nullable=True),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", _enum("smtp_security", ("starttls", "ssl", "none")), nullable=False),
        sa.Column("username", sa.String(length=254), nullable=True),
        sa.Column("sender_address", sa.String(length=254), nullable=True),
        sa.Column("sender_name", sa.String(length=200), nullable=True),
        sa.Column("bcc_owner", sa.Boolean(), nullable=False),
        sa.Column("renewal_notices", sa.Boolean(), nullable=False),
        sa.Column("dunning", sa.Boolean(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_mail_settings_single_row")),
        sa.CheckConstraint("port BETWEEN 1 AND 65535", name=op.f("ck_mail_settings_port_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_settings")),
    )
    op.create_table(
        "dunning_step",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("days_after_due", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("charge_interest", sa.Boolean(), nullable=False),
        sa.Column("charge_indemnity", sa.Boolean(), nullable=False),
        sa.Column("attach_letter", sa.Boolean(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 3", name=op.f("ck_dunning_step_level_range")),
        sa.CheckConstraint(
            "days_after_due BETWEEN 1 AND 365", name=op.f("ck_dunning_step_days_range")
        ),
        sa.PrimaryKeyConstraint("level", name=op.f("pk_dunning_step")),
    )
    op.create_table(
        "message_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("message_kind", _MESSAGE_KINDS), nullable=False),
        sa.Column("language", _enum("language", _LANGUAGES), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
        sa.UniqueConstraint("kind", "language", name=op.f("uq_message_template_kind_language")),
    )
    op.create_table(
        "outbound_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("message_kind", _MESSAGE_KINDS), nullable=False),
        sa.Column("language", _enum("language", _LANGUAGES), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "status",
            _enum(
                "message_status",
                ("prepared", "queued", "sending", "sent", "failed", "cancelled", "handled"),
            ),
            nullable=False,
        ),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_outbound_message_attempts_not_negative")),
        sa.CheckConstraint(
            "(status = 'sent') = (sent_at IS NOT NULL)",
            name=op.f("ck_outbound_message_sent_at_when_sent"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_outbound_message_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_outbound_message_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_outbound_message_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbound_message_message_id")),
    )
    op.create_index(
        "ix_outbound_message_status_next_attempt",
        "outbound_message",
        ["status", "next_attempt_at"],
    )
    op.create_index(
        "ix_outbound_message_customer_created", "outbound_message", ["customer_id", "created_at"]
    )
    op.create_index(op.f("ix_outbound_message_invoice_id"), "outbound_message", ["invoice_id"])
    op.create_table(
        "message_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(content IS NULL) != (invoice_id IS NULL)",
            name=op.f("ck_message_attachment_content_or_invoice"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_message_attachment_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["outbound_message.id"],
            name=op.f("fk_message_attachment_message_id_outbound_message"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_attachment")),
        sa.UniqueConstraint(
            "message_id", "position", name=op.f("uq_message_attachment_message_id_position")
        ),
    )
    op.create_table(
        "reminder_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("message_kind", _MESSAGE_KINDS), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("renewal_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column(
            "outcome",
            _enum("reminder_outcome", ("written", "superseded", "too_late")),
            nullable=False,
        ),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(invoice_id IS NULL) = (level IS NULL)",
            name=op.f("ck_reminder_log_invoice_with_level"),
        ),
        sa.CheckConstraint(
            "(subscription_id IS NULL) = (renewal_on IS NULL)",
            name=op.f("ck_reminder_log_subscription_with_day"),
        ),
        sa.CheckConstraint(
            "(invoice_id IS NULL) != (subscription_id IS NULL)",
            name=op.f("ck_reminder_log_one_subject"),
        ),
        sa.CheckConstraint(
            "(outcome = 'written') = (message_id IS NOT NULL)",
            name=op.f("ck_reminder_log_message_when_written"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_reminder_log_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["outbound_message.id"],
            name=op.f("fk_reminder_log_message_id_outbound_message"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_reminder_log_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_log")),
        sa.UniqueConstraint("invoice_id", "level", name=op.f("uq_reminder_log_invoice_id_level")),
        sa.UniqueConstraint(
            "subscription_id", "renewal_on", name=op.f("uq_reminder_log_subscription_id_renewal_on")
        ),
    )
    op.create_table(
        "late_fee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("late_fee_kind", ("interest", "indemnity")), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("claimed_on", sa.Date(), nullable=False),
        sa.Column("fee_invoice_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_late_fee_amount_positive")),
        sa.ForeignKeyConstraint(
            ["fee_invoice_id"], ["invoice.id"], name=op.f("fk_late_fee_fee_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_late_fee_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_late_fee")),
        sa.UniqueConstraint("invoice_id", "kind", name=op.f("uq_late_fee_invoice_id_kind")),
    )


def downgrade() -> None:
    for table in (
        "late_fee",
        "reminder_log",
        "message_attachment",
        "outbound_message",
        "message_template",
        "dunning_step",
        "mail_settings",
    ):
        op.drop_table(table)
    op.drop_column("invoice", "buyer_wants_email")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("renewal_offer")
    with op.batch_alter_table("company") as batch:
        batch.drop_column("late_interest_rate")
