from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from cadence.domain.invoicing import InvoiceKind
from cadence.domain.numbering import ResetRule
from cadence.store.models.base import Base
from cadence.store.types import enum_type


class NumberSeries(Base):
    """A gapless series of document numbers: its mask, and where its counter stands."""

    __tablename__ = "number_series"
    __table_args__ = (CheckConstraint("next_value >= 1", name="next_value_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[InvoiceKind] = mapped_column(enum_type(InvoiceKind))
    mask: Mapped[str] = mapped_column(String(40))
    reset: Mapped[ResetRule] = mapped_column(enum_type(ResetRule))
    # The counter's current run ('', '2026' or '2026-11', see domain.numbering.period_key)
    # and the value the next issued document of that run takes.
    period_key: Mapped[str] = mapped_column(String(7), default="")
    next_value: Mapped[int] = mapped_column(default=1)
    # Numbers follow the dates: nothing is issued in this series dated before this day.
    last_issue_date: Mapped[date | None]
