from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadence.domain.catalogue import BillingTiming, EarlyTermination, ItemKind, RenewalRule
from cadence.domain.periods import DayRule, IntervalUnit
from cadence.store.models.base import Base
from cadence.store.models.numbering import NumberSeries
from cadence.store.types import PERCENT, UNIT_PRICE, enum_type


class CatalogueItem(Base):
    """A product or service; plans sell it on a cycle."""

    __tablename__ = "catalogue_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ItemKind] = mapped_column(enum_type(ItemKind))
    unit_label: Mapped[str | None] = mapped_column(String(40))  # "licence", "box", "hour"
    vat_rate: Mapped[Decimal] = mapped_column(PERCENT)
    archived: Mapped[bool] = mapped_column(default=False)
    created_on: Mapped[date]


class Plan(Base):
    """An offer in the catalogue: price, cycle, and the contract terms of its subscriptions."""

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("interval_count >= 1", name="interval_count_positive"),
        CheckConstraint(
            "(day_rule = 'fixed_day') = (fixed_day IS NOT NULL)", name="fixed_day_with_rule"
        ),
        CheckConstraint("fixed_day IS NULL OR fixed_day BETWEEN 1 AND 31", name="fixed_day_range"),
        CheckConstraint("(trial_count IS NULL) = (trial_unit IS NULL)", name="trial_complete"),
        CheckConstraint(
            "(commitment_count IS NULL) = (commitment_unit IS NULL)", name="commitment_complete"
        ),
        CheckConstraint("(notice_count IS NULL) = (notice_unit IS NULL)", name="notice_complete"),
        CheckConstraint(
            "(renewal_rule = 'fixed_cycles') = (fixed_cycles IS NOT NULL)",
            name="fixed_cycles_with_rule",
        ),
        CheckConstraint("fixed_cycles IS NULL OR fixed_cycles >= 1", name="fixed_cycles_positive"),
        CheckConstraint("grace_days >= 0", name="grace_days_not_negative"),
        CheckConstraint("renewal_notice_days >= 0", name="renewal_notice_days_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[int] = mapped_column(ForeignKey("catalogue_item.id"), index=True)
    unit_price: Mapped[Decimal] = mapped_column(UNIT_PRICE)  # excl. VAT
    currency: Mapped[str] = mapped_column(String(3))
    vat_rate: Mapped[Decimal] = mapped_column(PERCENT)
    interval_count: Mapped[int]
    interval_unit: Mapped[IntervalUnit] = mapped_column(enum_type(IntervalUnit))
    day_rule: Mapped[DayRule] = mapped_column(enum_type(DayRule))
    fixed_day: Mapped[int | None]
    timing: Mapped[BillingTiming] = mapped_column(enum_type(BillingTiming))
    trial_count: Mapped[int | None]
    trial_unit: Mapped[IntervalUnit | None] = mapped_column(enum_type(IntervalUnit, "trial_unit"))
    commitment_count: Mapped[int | None]
    commitment_unit: Mapped[IntervalUnit | None] = mapped_column(
        enum_type(IntervalUnit, "commitment_unit")
    )
    early_termination: Mapped[EarlyTermination] = mapped_column(enum_type(EarlyTermination))
    notice_count: Mapped[int | None]
    notice_unit: Mapped[IntervalUnit | None] = mapped_column(enum_type(IntervalUnit, "notice_unit"))
    # Days after an invoice's due date before an unpaid subscription becomes past due.
    grace_days: Mapped[int] = mapped_column(default=0)
    renewal_rule: Mapped[RenewalRule] = mapped_column(enum_type(RenewalRule))
    fixed_cycles: Mapped[int | None]
    # How many days before a renewal or a term's end the customer is told.
    renewal_notice_days: Mapped[int] = mapped_column(default=30)
    # A paragraph the renewal notices carry: an offer to keep the customer. Empty: none.
    renewal_offer: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    # A plan with its own numbering; None uses the company's invoice series.
    invoice_series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"))
    available_from: Mapped[date]
    archived: Mapped[bool] = mapped_column(default=False)
    created_on: Mapped[date]

    item: Mapped[CatalogueItem] = relationship()
    invoice_series: Mapped[NumberSeries | None] = relationship()
