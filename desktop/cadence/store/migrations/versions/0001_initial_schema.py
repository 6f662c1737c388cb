"""Initial schema: company, numbering, customers, catalogue, subscriptions,
invoices and credit notes, payments, audit log.

Amounts, unit prices, quantities and rates are BIGINT counts of 10^-scale units
(see store/types.py: ScaledDecimal), never floating point.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"], unique=False)

    op.create_table(
        "catalogue_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "service", "goods", name="item_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("unit_label", sa.String(length=40), nullable=True),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_item")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "individual",
                "company",
                name="customer_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("address_line1", sa.String(length=200), nullable=False),
        sa.Column("address_line2", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("delivery_address_line1", sa.String(length=200), nullable=True),
        sa.Column("delivery_address_line2", sa.String(length=200), nullable=True),
        sa.Column("delivery_postal_code", sa.String(length=20), nullable=True),
        sa.Column("delivery_city", sa.String(length=100), nullable=True),
        sa.Column("delivery_country", sa.String(length=2), nullable=True),
        sa.Column("siren", sa.String(length=9), nullable=True),
        sa.Column("vat_number", sa.String(length=20), nullable=True),
        sa.Column(
            "language",
            sa.Enum("fr", "en", name="language", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "payment_method",
            sa.Enum(
                "bank_transfer",
                "direct_debit",
                "card",
                "cheque",
                "cash",
                "other",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("invoice_by_email", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    op.create_index(
        "ix_customer_archived_search_text", "customer", ["archived", "search_text"], unique=False
    )

    op.create_table(
        "number_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "invoice",
                "credit_note",
                name="invoice_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("mask", sa.String(length=40), nullable=False),
        sa.Column(
            "reset",
            sa.Enum(
                "never",
                "yearly",
                "monthly",
                name="reset_rule",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("period_key", sa.String(length=7), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.CheckConstraint("next_value >= 1", name=op.f("ck_number_series_next_value_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_series")),
        sa.UniqueConstraint("name", name=op.f("uq_number_series_name")),
    )
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("trade_name", sa.String(length=200), nullable=True),
        sa.Column("legal_form", sa.String(length=60), nullable=True),
        sa.Column("share_capital", sa.BigInteger(), nullable=True),
        sa.Column("address_line1", sa.String(length=200), nullable=False),
        sa.Column("address_line2", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("siren", sa.String(length=9), nullable=True),
        sa.Column("siret", sa.String(length=14), nullable=True),
        sa.Column("registration", sa.String(length=100), nullable=True),
        sa.Column("vat_number", sa.String(length=20), nullable=True),
        sa.Column(
            "vat_regime",
            sa.Enum(
                "normal", "franchise", name="vat_regime", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("vat_on_debits", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("sepa_creditor_id", sa.String(length=35), nullable=True),
        sa.Column("logo_path", sa.String(length=1000), nullable=True),
        sa.Column("default_currency", sa.String(length=3), nullable=False),
        sa.Column(
            "payment_terms_basis",
            sa.Enum(
                "net_days",
                "end_of_month",
                name="payment_terms_basis",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("payment_terms_days", sa.Integer(), nullable=False),
        sa.Column("late_penalty_text", sa.Text(), nullable=False),
        sa.Column("early_payment_text", sa.Text(), nullable=False),
        sa.Column("invoice_series_id", sa.Integer(), nullable=False),
        sa.Column("credit_note_series_id", sa.Integer(), nullable=False),
        sa.Column("pdf_folder", sa.String(length=1000), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_company_single_row")),
        sa.CheckConstraint(
            "payment_terms_days >= 0", name=op.f("ck_company_payment_terms_days_positive")
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_series_id"],
            ["number_series.id"],
            name=op.f("fk_company_credit_note_series_id_number_series"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_series_id"],
            ["number_series.id"],
            name=op.f("fk_company_invoice_series_id_number_series"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank_transfer",
                "direct_debit",
                "card",
                "cheque",
                "cash",
                "other",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=140), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "returned",
                name="payment_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("return_reason", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(status = 'returned') = (returned_on IS NOT NULL)",
            name=op.f("ck_payment_returned_on_when_returned"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payment_amount_positive")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_payment_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    op.create_index(op.f("ix_payment_customer_id"), "payment", ["customer_id"], unique=False)

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column("interval_count", sa.Integer(), nullable=False),
        sa.Column(
            "interval_unit",
            sa.Enum(
                "day",
                "week",
                "month",
                "year",
                name="interval_unit",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "day_rule",
            sa.Enum(
                "same_day",
                "last_day_of_month",
                "fixed_day",
                name="day_rule",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("fixed_day", sa.Integer(), nullable=True),
        sa.Column(
            "timing",
            sa.Enum(
                "advance",
                "arrears",
                name="billing_timing",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("trial_count", sa.Integer(), nullable=True),
        sa.Column(
            "trial_unit",
            sa.Enum(
                "day",
                "week",
                "month",
                "year",
                name="trial_unit",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("commitment_count", sa.Integer(), nullable=True),
        sa.Column(
            "commitment_unit",
            sa.Enum(
                "day",
                "week",
                "month",
                "year",
                name="commitment_unit",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "early_termination",
            sa.Enum(
                "bill_remaining_commitment",
                "no_fee",
                name="early_termination",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("notice_count", sa.Integer(), nullable=True),
        sa.Column(
            "notice_unit",
            sa.Enum(
                "day",
                "week",
                "month",
                "year",
                name="notice_unit",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column(
            "renewal_rule",
            sa.Enum(
                "auto_renew",
                "fixed_cycles",
                name="renewal_rule",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("fixed_cycles", sa.Integer(), nullable=True),
        sa.Column("renewal_notice_days", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("invoice_series_id", sa.Integer(), nullable=True),
        sa.Column("available_from", sa.Date(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(day_rule = 'fixed_day') = (fixed_day IS NOT NULL)",
            name=op.f("ck_plan_fixed_day_with_rule"),
        ),
        sa.CheckConstraint(
            "(renewal_rule = 'fixed_cycles') = (fixed_cycles IS NOT NULL)",
            name=op.f("ck_plan_fixed_cycles_with_rule"),
        ),
        sa.CheckConstraint(
            "(commitment_count IS NULL) = (commitment_unit IS NULL)",
            name=op.f("ck_plan_commitment_complete"),
        ),
        sa.CheckConstraint(
            "(notice_count IS NULL) = (notice_unit IS NULL)", name=op.f("ck_plan_notice_complete")
        ),
        sa.CheckConstraint(
            "(trial_count IS NULL) = (trial_unit IS NULL)", name=op.f("ck_plan_trial_complete")
        ),
        sa.CheckConstraint(
            "fixed_cycles IS NULL OR fixed_cycles >= 1", name=op.f("ck_plan_fixed_cycles_positive")
        ),
        sa.CheckConstraint(
            "fixed_day IS NULL OR fixed_day BETWEEN 1 AND 31", name=op.f("ck_plan_fixed_day_range")
        ),
        sa.CheckConstraint("grace_days >= 0", name=op.f("ck_plan_grace_days_not_negative")),
        sa.CheckConstraint("interval_count >= 1", name=op.f("ck_plan_interval_count_positive")),
        sa.CheckConstraint(
            "renewal_notice_days >= 0", name=op.f("ck_plan_renewal_notice_days_not_negative")
        ),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_plan_unit_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["invoice_series_id"],
            ["number_series.id"],
            name=op.f("fk_plan_invoice_series_id_number_series"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["catalogue_item.id"], name=op.f("fk_plan_item_id_catalogue_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_index(op.f("ix_plan_item_id"), "plan", ["item_id"], unique=False)

    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_override", sa.BigInteger(), nullable=True),
        sa.Column(
            "discount_kind",
            sa.Enum(
                "percent", "amount", name="discount_kind", native_enum=False, create_constraint=True
            ),
            nullable=True,
        ),
        sa.Column("discount_value", sa.BigInteger(), nullable=True),
        sa.Column("discount_cycles", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("trial_end", sa.Date(), nullable=True),
        sa.Column("billing_anchor", sa.Date(), nullable=False),
        sa.Column("commitment_end", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "trial",
                "active",
                "paused",
                "past_due",
                "cancellation_scheduled",
                "cancelled",
                "ended",
                name="subscription_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("next_billing_date", sa.Date(), nullable=True),
        sa.Column("cancel_at_period_end", sa.Boolean(), nullable=False),
        sa.Column("cancellation_requested_on", sa.Date(), nullable=True),
        sa.Column(
            "cancellation_reason",
            sa.Enum(
                "too_expensive",
                "low_usage",
                "missing_features",
                "switched_to_competitor",
                "service_quality",
                "temporary_need",
                "business_closed",
                "non_payment",
                "other",
                name="cancellation_reason",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("cancellation_note", sa.Text(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("customer_reference", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(status IN ('cancelled', 'ended')) = (ended_on IS NOT NULL)",
            name=op.f("ck_subscription_ended_on_when_over"),
        ),
        sa.CheckConstraint(
            "status != 'cancelled' OR cancellation_reason IS NOT NULL",
            name=op.f("ck_subscription_cancelled_with_reason"),
        ),
        sa.CheckConstraint(
            "(discount_kind IS NULL AND discount_value IS NULL AND discount_cycles IS NULL) OR (discount_kind IS NOT NULL AND discount_value IS NOT NULL AND discount_value > 0)",
            name=op.f("ck_subscription_discount_complete"),
        ),
        sa.CheckConstraint(
            "billing_anchor >= start_date", name=op.f("ck_subscription_anchor_after_start")
        ),
        sa.CheckConstraint(
            "discount_cycles IS NULL OR discount_cycles >= 1",
            name=op.f("ck_subscription_discount_cycles_positive"),
        ),
        sa.CheckConstraint("quantity >= 1", name=op.f("ck_subscription_quantity_positive")),
        sa.CheckConstraint(
            "trial_end IS NULL OR trial_end > start_date",
            name=op.f("ck_subscription_trial_after_start"),
        ),
        sa.CheckConstraint(
            "unit_price_override IS NULL OR unit_price_override >= 0",
            name=op.f("ck_subscription_price_override_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_subscription_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_subscription_plan_id_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription")),
    )
    op.create_index(
        op.f("ix_subscription_customer_id"), "subscription", ["customer_id"], unique=False
    )
    op.create_index(
        op.f("ix_subscription_next_billing_date"),
        "subscription",
        ["next_billing_date"],
        unique=False,
    )
    op.create_index(op.f("ix_subscription_plan_id"), "subscription", ["plan_id"], unique=False)
    op.create_index(op.f("ix_subscription_status"), "subscription", ["status"], unique=False)

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "invoice",
                "credit_note",
                name="invoice_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "issued",
                "partially_paid",
                "paid",
                "credited",
                name="invoice_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("corrects_invoice_id", sa.Integer(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_net", sa.BigInteger(), nullable=False),
        sa.Column("total_vat", sa.BigInteger(), nullable=False),
        sa.Column("total_gross", sa.BigInteger(), nullable=False),
        sa.Column(
            "operation_category",
            sa.Enum(
                "services",
                "goods",
                "mixed",
                name="operation_category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("customer_reference", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "buyer_kind",
            sa.Enum(
                "individual",
                "company",
                name="customer_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("buyer_name", sa.String(length=200), nullable=True),
        sa.Column("buyer_address", sa.Text(), nullable=True),
        sa.Column("buyer_country", sa.String(length=2), nullable=True),
        sa.Column("buyer_delivery_address", sa.Text(), nullable=True),
        sa.Column("buyer_siren", sa.String(length=9), nullable=True),
        sa.Column("buyer_vat_number", sa.String(length=20), nullable=True),
        sa.Column("buyer_email", sa.String(length=254), nullable=True),
        sa.Column(
            "buyer_language",
            sa.Enum("fr", "en", name="language", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column("seller_snapshot", sa.Text(), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=True),
        sa.Column("previous_sha256", sa.String(length=64), nullable=True),
        sa.Column(
            "pdf_state",
            sa.Enum(
                "pending",
                "written",
                "missing",
                name="pdf_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("pdf_path", sa.String(length=1000), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(status = 'draft') = (issue_date IS NULL)", name=op.f("ck_invoice_dated_once_issued")
        ),
        sa.CheckConstraint(
            "(status = 'draft') = (number IS NULL)", name=op.f("ck_invoice_numbered_once_issued")
        ),
        sa.CheckConstraint(
            "kind != 'credit_note' OR corrects_invoice_id IS NOT NULL",
            name=op.f("ck_invoice_credit_note_corrects_invoice"),
        ),
        sa.CheckConstraint(
            "(period_start IS NULL) = (period_end IS NULL)", name=op.f("ck_invoice_period_complete")
        ),
        sa.CheckConstraint(
            "number IS NULL OR series_id IS NOT NULL", name=op.f("ck_invoice_number_in_series")
        ),
        sa.CheckConstraint(
            "period_end IS NULL OR period_end > period_start",
            name=op.f("ck_invoice_period_ends_after_start"),
        ),
        sa.CheckConstraint(
            "total_gross = total_net + total_vat", name=op.f("ck_invoice_gross_is_net_plus_vat")
        ),
        sa.ForeignKeyConstraint(
            ["corrects_invoice_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_corrects_invoice_id_invoice"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_invoice_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["number_series.id"], name=op.f("fk_invoice_series_id_number_series")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_invoice_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("series_id", "number", name="uq_invoice_series_number"),
        sa.UniqueConstraint(
            "subscription_id", "period_start", name="uq_invoice_subscription_period"
        ),
    )
    op.create_index(
        "ix_invoice_customer_issue_date", "invoice", ["customer_id", "issue_date"], unique=False
    )
    op.create_index("ix_invoice_status_due_date", "invoice", ["status", "due_date"], unique=False)

    op.create_table(
        "subscription_pause",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date > start_date",
            name=op.f("ck_subscription_pause_ends_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_subscription_pause_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription_pause")),
        sa.UniqueConstraint(
            "subscription_id",
            "start_date",
            name=op.f("uq_subscription_pause_subscription_id_start_date"),
        ),
    )
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("discount_amount", sa.BigInteger(), nullable=False),
        sa.Column("discount_label", sa.String(length=200), nullable=True),
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
        sa.Column("vat_exemption_reason", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "(period_start IS NULL) = (period_end IS NULL)",
            name=op.f("ck_invoice_line_period_complete"),
        ),
        sa.CheckConstraint(
            "discount_amount >= 0", name=op.f("ck_invoice_line_discount_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["catalogue_item.id"], name=op.f("fk_invoice_line_item_id_catalogue_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint(
            "invoice_id", "position", name=op.f("uq_invoice_line_invoice_id_position")
        ),
    )
    op.create_table(
        "payment_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("credit_note_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("allocated_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(payment_id IS NULL) != (credit_note_id IS NULL)",
            name=op.f("ck_payment_allocation_one_source"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payment_allocation_amount_positive")),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["invoice.id"],
            name=op.f("fk_payment_allocation_credit_note_id_invoice"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_payment_allocation_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_payment_allocation_payment_id_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocation")),
        sa.UniqueConstraint(
            "credit_note_id",
            "invoice_id",
            name=op.f("uq_payment_allocation_credit_note_id_invoice_id"),
        ),
        sa.UniqueConstraint(
            "payment_id", "invoice_id", name=op.f("uq_payment_allocation_payment_id_invoice_id")
        ),
    )
    op.create_index(
        op.f("ix_payment_allocation_invoice_id"), "payment_allocation", ["invoice_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_payment_allocation_invoice_id"), table_name="payment_allocation")

    op.drop_table("payment_allocation")
    op.drop_table("invoice_line")
    op.drop_table("subscription_pause")
    op.drop_index("ix_invoice_status_due_date", table_name="invoice")
    op.drop_index("ix_invoice_customer_issue_date", table_name="invoice")

    op.drop_table("invoice")
    op.drop_index(op.f("ix_subscription_status"), table_name="subscription")
    op.drop_index(op.f("ix_subscription_plan_id"), table_name="subscription")
    op.drop_index(op.f("ix_subscription_next_billing_date"), table_name="subscription")
    op.drop_index(op.f("ix_subscription_customer_id"), table_name="subscription")

    op.drop_table("subscription")
    op.drop_index(op.f("ix_plan_item_id"), table_name="plan")

    op.drop_table("plan")
    op.drop_index(op.f("ix_payment_customer_id"), table_name="payment")

    op.drop_table("payment")
    op.drop_table("company")
    op.drop_table("number_series")
    op.drop_index("ix_customer_archived_search_text", table_name="customer")

    op.drop_table("customer")
    op.drop_table("catalogue_item")
    op.drop_index("ix_audit_event_entity", table_name="audit_event")

    op.drop_table("audit_event")
