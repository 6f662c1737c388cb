"""What the owner did with an alert: dismissed it, or snoozed it until a day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from cadence.store.models.base import Base


class AlertState(Base):
    """An alert the owner put aside, for as long as its situation stays the same.

    Alerts themselves are computed from the data each time; only the owner's
    decision is kept, with the `fingerprint` of the situation it was taken on:
    when the situation changes (another due date, another amount), the alert
    comes back.
    """

    __tablename__ = "alert_state"
    __table_args__ = (
        CheckConstraint(
            "dismissed_on IS NOT NULL OR snoozed_until IS NOT NULL", name="dismissed_or_snoozed"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)  # "overdue:invoice:123"
    fingerprint: Mapped[str] = mapped_column(String(200))
    dismissed_on: Mapped[date | None]
    # Hidden before this day, shown again from it.
    snoozed_until: Mapped[date | None]
