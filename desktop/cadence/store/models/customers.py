from __future__ import annotations

from datetime import date

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.store.models.base import Base
from cadence.store.types import enum_type


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (Index("ix_customer_archived_search_text", "archived", "search_text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_type(CustomerKind))
    name: Mapped[str] = mapped_column(
        String(200)
    )  # a person's full name, or a company's legal name
    contact_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    address_line1: Mapped[str] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    # Where boxes are delivered, when it is not the billing address.
    delivery_address_line1: Mapped[str | None] = mapped_column(String(200))
    delivery_address_line2: Mapped[str | None] = mapped_column(String(200))
    delivery_postal_code: Mapped[str | None] = mapped_column(String(20))
    delivery_city: Mapped[str | None] = mapped_column(String(100))
    delivery_country: Mapped[str | None] = mapped_column(String(2))
    siren: Mapped[str | None] = mapped_column(String(9))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    payment_method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    invoice_by_email: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Name, e-mail, city … folded by domain.text.search_key, kept up to date by the services.
    search_text: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_on: Mapped[date]
