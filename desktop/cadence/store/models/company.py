from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadence.domain.payment_terms import PaymentTermsBasis
from cadence.domain.tax import VatRegime
from cadence.store.models.base import Base
from cadence.store.models.numbering import NumberSeries
from cadence.store.types import MONEY, PERCENT, enum_type


class CompanySettings(Base):
    """The seller: one row, created by the first-run wizard or `cadence demo`."""

    __tablename__ = "company"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("payment_terms_days >= 0", name="payment_terms_days_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    legal_name: Mapped[str] = mapped_column(String(200))
    trade_name: Mapped[str | None] = mapped_column(String(200))
    legal_form: Mapped[str | None] = mapped_column(String(60))  # SAS, SARL, EI …
    share_capital: Mapped[Decimal | None] = mapped_column(MONEY)
    address_line1: Mapped[str] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    siren: Mapped[str | None] = mapped_column(String(9))
    siret: Mapped[str | None] = mapped_column(String(14))
    registration: Mapped[str | None] = mapped_column(String(100))  # "RCS Lyon", "RM 69"
    vat_number: Mapped[str | None] = mapped_column(String(20))
    vat_regime: Mapped[VatRegime] = mapped_column(enum_type(VatRegime))
    # « Option pour le paiement de la taxe d'après les débits », printed when chosen.
    vat_on_debits: Mapped[bool] = mapped_column(default=False)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(200))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    sepa_creditor_id: Mapped[str | None] = mapped_column(String(35))  # ICS, for direct debits
    logo_path: Mapped[str | None] = mapped_column(String(1000))
    default_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payment_terms_basis: Mapped[PaymentTermsBasis] = mapped_column(enum_type(PaymentTermsBasis))
    payment_terms_days: Mapped[int]
    late_penalty_text: Mapped[str] = mapped_column(Text)
    early_payment_text: Mapped[str] = mapped_column(Text)  # escompte, or that there is none
    # Late-payment penalties, per cent a year, as the reminders charge them; None: not charged.
    late_interest_rate: Mapped[Decimal | None] = mapped_column(PERCENT)
    invoice_series_id: Mapped[int] = mapped_column(ForeignKey("number_series.id"))
    credit_note_series_id: Mapped[int] = mapped_column(ForeignKey("number_series.id"))
    # Where invoice PDFs go; None means the user's documents folder, Cadence/Invoices/YYYY.
    pdf_folder: Mapped[str | None] = mapped_column(String(1000))
    created_on: Mapped[date]

    invoice_series: Mapped[NumberSeries] = relationship(foreign_keys=[invoice_series_id])
    credit_note_series: Mapped[NumberSeries] = relationship(foreign_keys=[credit_note_series_id])
