from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from cadence.store.models.base import Base


class AuditEvent(Base):
    """What happened to which row, when, and from where: the owner's trail of actions."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The database's clock, in UTC; services never read the clock themselves.
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())
    on_date: Mapped[date]  # the business date the action took effect ("today" of the caller)
    actor: Mapped[str] = mapped_column(String(40))  # "gui", "cli", "billing", "demo"
    entity: Mapped[str] = mapped_column(String(40))  # "customer", "plan", "subscription" …
    entity_id: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(60))  # "created", "updated", "archived" …
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON of changed fields
