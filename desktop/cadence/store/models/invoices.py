from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadence.domain.invoicing import InvoiceKind, InvoiceStatus, OperationCategory, PdfState
from cadence.domain.parties import CustomerKind, Language
from cadence.domain.tax import VatCategory
from cadence.store.models.base import Base
from cadence.store.types import MONEY, PERCENT, QUANTITY, UNIT_PRICE, enum_type


class Invoice(Base):
    """An invoice or a credit note (`kind`), a draft until issued.

    At issue it receives its number and a copy of the buyer's and seller's
    identity, and from then on it never changes (corrections are credit notes).
    """

    __tablename__ = "invoice"
    __table_args__ = (
        # Exactly once: one invoice per subscription period, enforced by the database.
        UniqueConstraint("subscription_id", "period_start", name="uq_invoice_subscription_period"),
        UniqueConstraint("series_id", "number", name="uq_invoice_series_number"),
        CheckConstraint("(status = 'draft') = (number IS NULL)", name="numbered_once_issued"),
        CheckConstraint("(status = 'draft') = (issue_date IS NULL)", name="dated_once_issued"),
        CheckConstraint("number IS NULL OR series_id IS NOT NULL", name="number_in_series"),
        CheckConstraint(
            "kind != 'credit_note' OR corrects_invoice_id IS NOT NULL",
            name="credit_note_corrects_invoice",
        ),
        CheckConstraint("(period_start IS NULL) = (period_end IS NULL)", name="period_complete"),
        CheckConstraint(
            "period_end IS NULL OR period_end > period_start", name="period_ends_after_start"
        ),
        CheckConstraint("total_gross = total_net + total_vat", name="gross_is_net_plus_vat"),
        Index("ix_invoice_customer_issue_date", "customer_id", "issue_date"),
        Index("ix_invoice_status_due_date", "status", "due_date"),
        Index("uq_invoice_chain_position", "chain_position", unique=True),
        Index("ix_invoice_corrects_invoice_id", "corrects_invoice_id"),
        # The invoice list pages through a million invoices newest first, by status too.
        Index("ix_invoice_issue_date", "issue_date", "id"),
        Index("ix_invoice_status_issue_date", "status", "issue_date", "id"),
        # The receivables reports add up the open invoices, and the sales of a period,
        # from these indexes alone.
        Index(
            "ix_invoice_receivables",
            "status",
            "currency",
            "kind",
            "issue_date",
            "due_date",
            "total_gross",
            "customer_id",
        ),
        Index("ix_invoice_sales", "issue_date", "currency", "status", "kind", "total_gross"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[InvoiceKind] = mapped_column(enum_type(InvoiceKind))
    status: Mapped[InvoiceStatus] = mapped_column(enum_type(InvoiceStatus))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"))
    number: Mapped[str | None] = mapped_column(String(40))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"))
    # The subscription period this invoice bills; None on credit notes and one-off invoices.
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    corrects_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    issue_date: Mapped[date | None]
    due_date: Mapped[date | None]
    currency: Mapped[str] = mapped_column(String(3))
    total_net: Mapped[Decimal] = mapped_column(MONEY)
    total_vat: Mapped[Decimal] = mapped_column(MONEY)
    total_gross: Mapped[Decimal] = mapped_column(MONEY)
    operation_category: Mapped[OperationCategory] = mapped_column(enum_type(OperationCategory))
    customer_reference: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The buyer as they were when the invoice was issued (CGI art. 242 nonies A).
    buyer_kind: Mapped[CustomerKind | None] = mapped_column(enum_type(CustomerKind))
    buyer_name: Mapped[str | None] = mapped_column(String(200))
    buyer_address: Mapped[str | None] = mapped_column(Text)  # street lines, one per line
    buyer_postal_code: Mapped[str | None] = mapped_column(String(20))
    buyer_city: Mapped[str | None] = mapped_column(String(100))
    buyer_country: Mapped[str | None] = mapped_column(String(2))
    buyer_delivery_address: Mapped[str | None] = mapped_column(Text)
    buyer_siren: Mapped[str | None] = mapped_column(String(9))
    buyer_vat_number: Mapped[str | None] = mapped_column(String(20))
    buyer_email: Mapped[str | None] = mapped_column(String(254))
    buyer_language: Mapped[Language | None] = mapped_column(enum_type(Language))
    # The customer asked for invoices by e-mail when this one was issued.
    buyer_wants_email: Mapped[bool] = mapped_column(default=False)
    # The seller's identity and legal mentions at issue, as JSON.
    seller_snapshot: Mapped[str | None] = mapped_column(Text)
    # An invoice the seller collects by SEPA direct debit: the customer's mandate in
    # force at issue (its RUM), the account it debits, and the seller's creditor
    # identifier (ICS) then, if set. The PDF states them, in place of bank details to
    # pay by transfer; None on credit notes and on invoices paid any other way.
    debit_mandate_reference: Mapped[str | None] = mapped_column(String(35))
    debit_iban: Mapped[str | None] = mapped_column(String(34))
    debit_creditor_id: Mapped[str | None] = mapped_column(String(35))
    # Integrity: SHA-256 of the issued content, chained with the previous issued document's.
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    previous_sha256: Mapped[str | None] = mapped_column(String(64))
    # Place in the chain of all issued documents, invoices and credit notes alike.
    chain_position: Mapped[int | None]
    pdf_state: Mapped[PdfState | None] = mapped_column(enum_type(PdfState))
    pdf_path: Mapped[str | None] = mapped_column(String(1000))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    # What the PDF printed as already paid when it was first written (customer credit
    # used at issue): kept, so that regenerating the PDF gives the same bytes.
    pdf_paid_amount: Mapped[Decimal | None] = mapped_column(MONEY)
    issued_at: Mapped[datetime | None]
    created_on: Mapped[date]

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="InvoiceLine.position"
    )


class InvoiceLine(Base):
    """One line: what was sold, for which service period, at which VAT rate."""

    __tablename__ = "invoice_line"
    __table_args__ = (
        UniqueConstraint("invoice_id", "position"),
        CheckConstraint("(period_start IS NULL) = (period_end IS NULL)", name="period_complete"),
        CheckConstraint("discount_amount >= 0", name="discount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
    position: Mapped[int]
    item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"))
    description: Mapped[str] = mapped_column(Text)
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    unit_price: Mapped[Decimal] = mapped_column(UNIT_PRICE)
    discount_amount: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    discount_label: Mapped[str | None] = mapped_column(String(200))
    net_amount: Mapped[Decimal] = mapped_column(MONEY)  # after the line's discount
    vat_rate: Mapped[Decimal] = mapped_column(PERCENT)
    vat_category: Mapped[VatCategory] = mapped_column(enum_type(VatCategory))
    vat_exemption_reason: Mapped[str | None] = mapped_column(String(200))

    invoice: Mapped[Invoice] = relationship(back_populates="lines")
