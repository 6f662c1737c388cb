from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadence.domain.discounts import DiscountKind
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.store.models.base import Base
from cadence.store.models.catalogue import Plan
from cadence.store.models.customers import Customer
from cadence.store.types import PERCENT, UNIT_PRICE, enum_type


class Subscription(Base):
    """A customer's subscription to a plan.

    Dates follow the half-open convention of `domain.periods`: `trial_end` is the
    first paid day, `commitment_end` the first day free of the commitment.
    """

    __tablename__ = "subscription"
    __table_args__ = (
        CheckConstraint("quantity >= 1", name="quantity_positive"),
        CheckConstraint(
            "unit_price_override IS NULL OR unit_price_override >= 0",
            name="price_override_not_negative",
        ),
        CheckConstraint(
            "(discount_kind IS NULL AND discount_value IS NULL AND discount_cycles IS NULL)"
            " OR (discount_kind IS NOT NULL AND discount_value IS NOT NULL AND discount_value > 0)",
            name="discount_complete",
        ),
        CheckConstraint(
            "discount_cycles IS NULL OR discount_cycles >= 1", name="discount_cycles_positive"
        ),
        CheckConstraint("trial_end IS NULL OR trial_end > start_date", name="trial_after_start"),
        CheckConstraint("billing_anchor >= start_date", name="anchor_after_start"),
        CheckConstraint(
            "(status IN ('cancelled', 'ended')) = (ended_on IS NOT NULL)", name="ended_on_when_over"
        ),
        CheckConstraint(
            "status != 'cancelled' OR cancellation_reason IS NOT NULL",
            name="cancelled_with_reason",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    quantity: Mapped[int] = mapped_column(default=1)
    # A price agreed with this customer instead of the plan's, excl. VAT.
    unit_price_override: Mapped[Decimal | None] = mapped_column(UNIT_PRICE)
    discount_kind: Mapped[DiscountKind | None] = mapped_column(enum_type(DiscountKind))
    discount_value: Mapped[Decimal | None] = mapped_column(PERCENT)  # percent or amount
    discount_cycles: Mapped[int | None]  # None with a discount: every cycle
    start_date: Mapped[date]
    trial_end: Mapped[date | None]
    billing_anchor: Mapped[date]
    # The first day of the current billing cycle's series: the first paid day, or the
    # day a change of plan started a new cycle. A short period runs from it to the anchor.
    cycle_start: Mapped[date]
    # Cadence bills the periods starting on or after this day; earlier ones were
    # billed elsewhere, before the business moved to Cadence. Usually the first paid day.
    billing_from: Mapped[date]
    commitment_end: Mapped[date | None]
    status: Mapped[SubscriptionStatus] = mapped_column(enum_type(SubscriptionStatus), index=True)
    # Cached from the schedule and the invoices issued; None once the subscription is over.
    next_billing_date: Mapped[date | None] = mapped_column(index=True)
    cancel_at_period_end: Mapped[bool] = mapped_column(default=False)
    cancellation_requested_on: Mapped[date | None]
    # When a scheduled cancellation ends the service (the first day without it).
    cancellation_effective_on: Mapped[date | None]
    cancellation_reason: Mapped[CancellationReason | None] = mapped_column(
        enum_type(CancellationReason)
    )
    cancellation_note: Mapped[str] = mapped_column(Text, default="")
    # First day without service, for a cancelled or ended subscription.
    ended_on: Mapped[date | None]
    customer_reference: Mapped[str | None] = mapped_column(String(100))  # purchase order
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_on: Mapped[date]

    customer: Mapped[Customer] = relationship()
    plan: Mapped[Plan] = relationship()
    pauses: Mapped[list[SubscriptionPause]] = relationship(
        back_populates="subscription", order_by="SubscriptionPause.start_date"
    )


class SubscriptionPause(Base):
    """No service and no invoice from `start_date` until `end_date` (excluded)."""

    __tablename__ = "subscription_pause"
    __table_args__ = (
        UniqueConstraint("subscription_id", "start_date"),
        CheckConstraint("end_date IS NULL OR end_date > start_date", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    start_date: Mapped[date]
    end_date: Mapped[date | None]  # None: paused until further notice
    reason: Mapped[str] = mapped_column(Text, default="")

    subscription: Mapped[Subscription] = relationship(back_populates="pauses")
