"""Alerts: what the owner dismissed or snoozed, and the situation they did it on.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=False),
        sa.Column("dismissed_on", sa.Date(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "dismissed_on IS NOT NULL OR snoozed_until IS NOT NULL",
            name=op.f("ck_alert_state_dismissed_or_snoozed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_state")),
        sa.UniqueConstraint("key", name=op.f("uq_alert_state_key")),
    )


def downgrade() -> None:
    op.drop_table("alert_state")
