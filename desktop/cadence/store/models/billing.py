"""What the billing engine remembers besides invoices: the owner's decisions on due
periods, changes of plan waiting for their date, and prorated amounts waiting for
the next invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cadence.domain.tax import VatCategory
from cadence.store.models.base import Base
from cadence.store.types import MONEY, PERCENT, QUANTITY, UNIT_PRICE, enum_type


class OccurrenceDecision(StrEnum):
    POSTPONED = "postponed"  # issue later, for the same period
    SKIPPED = "skipped"  # never issue this period


class ChangeMode(StrEnum):
    NOW_PRORATED = "now_prorated"  # from today, prorated on the next invoice
    NEXT_PERIOD = "next_period"  # from the next period start


class BillingDecision(Base):
    """The owner postponed or skipped the invoice of one subscription period."""

    __tablename__ = "billing_decision"
    __table_args__ = (
        UniqueConstraint("subscription_id", "period_start"),
        CheckConstraint(
            "(decision = 'postponed') = (postponed_until IS NOT NULL)",
            name="postponed_until_date",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    period_start: Mapped[date]
    decision: Mapped[OccurrenceDecision] = mapped_column(enum_type(OccurrenceDecision))
    postponed_until: Mapped[date | None]
    decided_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class SubscriptionChange(Base):
    """A change of plan, quantity or price: applied, or waiting for its date."""

    __tablename__ = "subscription_change"
    __table_args__ = (
        CheckConstraint("new_quantity >= 1", name="new_quantity_positive"),
        Index("ix_subscription_change_pending", "applied_on", "effective_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"), index=True)
    requested_on: Mapped[date]
    effective_on: Mapped[date]
    mode: Mapped[ChangeMode] = mapped_column(enum_type(ChangeMode))
    old_plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"))
    new_plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"))
    old_quantity: Mapped[int]
    new_quantity: Mapped[int]
    old_unit_price_override: Mapped[Decimal | None] = mapped_column(UNIT_PRICE)
    new_unit_price_override: Mapped[Decimal | None] = mapped_column(UNIT_PRICE)
    applied_on: Mapped[date | None]


class PendingCharge(Base):
    """A prorated amount (a charge, or a negative credit) for the subscription's next
    invoice; `invoice_id` is set when that invoice is issued."""

    __tablename__ = "pending_charge"
    __table_args__ = (
        CheckConstraint("(period_start IS NULL) = (period_end IS NULL)", name="period_complete"),
        Index("ix_pending_charge_open", "subscription_id", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    description: Mapped[str] = mapped_column(Text)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    unit_price: Mapped[Decimal] = mapped_column(UNIT_PRICE)
    net_amount: Mapped[Decimal] = mapped_column(MONEY)
    vat_rate: Mapped[Decimal] = mapped_column(PERCENT)
    vat_category: Mapped[VatCategory] = mapped_column(enum_type(VatCategory))
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    created_on: Mapped[date]
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    origin: Mapped[str] = mapped_column(String(40))  # "plan_change", …
