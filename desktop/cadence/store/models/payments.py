from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cadence.domain.invoicing import PaymentStatus
from cadence.domain.parties import PaymentMethod
from cadence.store.models.base import Base
from cadence.store.types import MONEY, enum_type


class Payment(Base):
    """Money received from a customer; what is not allocated is the customer's credit."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "(status = 'returned') = (returned_on IS NOT NULL)", name="returned_on_when_returned"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    received_on: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod))
    reference: Mapped[str | None] = mapped_column(String(140))
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PaymentStatus] = mapped_column(enum_type(PaymentStatus))
    returned_on: Mapped[date | None]
    return_reason: Mapped[str | None] = mapped_column(String(200))
    created_on: Mapped[date]


class PaymentAllocation(Base):
    """Part of a payment, or of a credit note, settling part of an invoice."""

    __tablename__ = "payment_allocation"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("(payment_id IS NULL) != (credit_note_id IS NULL)", name="one_source"),
        UniqueConstraint("payment_id", "invoice_id"),
        UniqueConstraint("credit_note_id", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    allocated_on: Mapped[date]
