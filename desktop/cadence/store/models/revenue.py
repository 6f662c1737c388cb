"""The history the revenue reports are computed from: each plan's prices over time, and
each subscription's life as stretches of constant monthly revenue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cadence.domain.revenue import Boundary, RevenueState
from cadence.store.models.base import Base
from cadence.store.types import DAY_NUMBER, MONEY, UNIT_PRICE, enum_type


class PlanPrice(Base):
    """A plan's price from `effective_on` on (its first price also holds before)."""

    __tablename__ = "plan_price"
    __table_args__ = (
        UniqueConstraint("plan_id", "effective_on"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"))
    effective_on: Mapped[date]
    unit_price: Mapped[Decimal] = mapped_column(UNIT_PRICE)  # excl. VAT


class RevenueSegment(Base):
    """Days `start_date` to `end_date` (excluded; NULL: no end known) of a subscription
    with one state and one monthly revenue, as `domain.revenue.revenue_stretches`
    derives them. Derived data: `services.revenue` writes it again whenever what it
    follows from changes, and `cadence check` compares it with a fresh derivation.

    The customer and currency are copied from the subscription and its plan so that
    the reports add segments up without joining them.
    """

    __tablename__ = "revenue_segment"
    __table_args__ = (
        UniqueConstraint("subscription_id", "start_date"),
        CheckConstraint("end_date IS NULL OR end_date > start_date", name="ends_after_start"),
        CheckConstraint("quantity >= 1", name="quantity_positive"),
        CheckConstraint("(end_date IS NULL) = (closed_by IS NULL)", name="closed_by_when_ended"),
        # The reports read the segments that start, or end, within their months, then
        # each customer's segments before them: from these indexes alone.
        Index(
            "ix_revenue_segment_starts",
            "start_date",
            "state",
            "currency",
            "plan_id",
            "customer_id",
            "mrr",
            "opened_by",
        ),
        Index(
            "ix_revenue_segment_ends",
            "end_date",
            "state",
            "currency",
            "plan_id",
            "customer_id",
            "mrr",
            "closed_by",
        ),
        Index(
            "ix_revenue_segment_customer",
            "customer_id",
            "state",
            "start_date",
            "end_date",
            "currency",
            "plan_id",
            "mrr",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"))
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[RevenueState] = mapped_column(enum_type(RevenueState))
    start_date: Mapped[date] = mapped_column(DAY_NUMBER)
    end_date: Mapped[date | None] = mapped_column(DAY_NUMBER)
    quantity: Mapped[int]
    mrr: Mapped[Decimal] = mapped_column(MONEY)  # excl. VAT; nominal in trial and pause
    opened_by: Mapped[Boundary] = mapped_column(enum_type(Boundary, "opened_by"))
    closed_by: Mapped[Boundary | None] = mapped_column(enum_type(Boundary, "closed_by"))
