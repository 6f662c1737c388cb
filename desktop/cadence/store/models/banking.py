"""Direct debits and the bank: SEPA mandates, the batches sent to the bank and their
collections, the statements read back, their lines and what they were matched to,
the fees payment providers kept, and each bank's remembered CSV layout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from cadence.domain.direct_debit import BatchStatus, CollectionStatus, MandateScheme, SequenceType
from cadence.store.models.base import Base
from cadence.store.types import MONEY, enum_type


class Mandate(Base):
    """A customer's signed SEPA mandate: what allows Cadence to collect from their account."""

    __tablename__ = "mandate"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    reference: Mapped[str] = mapped_column(String(35), unique=True)  # the RUM
    scheme: Mapped[MandateScheme] = mapped_column(enum_type(MandateScheme))
    signed_on: Mapped[date]
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    # The debtor moved to another bank on this day: the next collection is FRST again.
    account_changed_on: Mapped[date | None]
    revoked_on: Mapped[date | None]
    created_on: Mapped[date]


class CollectionBatch(Base):
    """A pain.008 file: the collections Cadence asked the bank to make on one day."""

    __tablename__ = "collection_batch"
    __table_args__ = (
        CheckConstraint("total > 0", name="total_positive"),
        CheckConstraint(
            "(status = 'confirmed') = (confirmed_on IS NOT NULL)",
            name="confirmed_on_when_confirmed",
        ),
        CheckConstraint(
            "(status = 'cancelled') = (cancelled_on IS NOT NULL)",
            name="cancelled_on_when_cancelled",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(35), unique=True)  # the message id
    scheme: Mapped[MandateScheme] = mapped_column(enum_type(MandateScheme))
    message_version: Mapped[str] = mapped_column(String(20))  # "pain.008.001.08"
    collection_date: Mapped[date]
    status: Mapped[BatchStatus] = mapped_column(enum_type(BatchStatus))
    total: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    # The file as written: the owner can save it again if the first copy is lost.
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_on: Mapped[date]
    confirmed_on: Mapped[date | None]
    cancelled_on: Mapped[date | None]


class Collection(Base):
    """One invoice's debit in a batch, and what became of it."""

    __tablename__ = "collection"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "(status IN ('paid', 'returned')) = (payment_id IS NOT NULL)",
            name="payment_when_collected",
        ),
        # An invoice is in one live batch at most: never asked from the bank twice.
        Index(
            "uq_collection_requested_invoice",
            "invoice_id",
            unique=True,
            sqlite_where=text("status = 'requested'"),
            postgresql_where=text("status = 'requested'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("collection_batch.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    mandate_id: Mapped[int] = mapped_column(ForeignKey("mandate.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    sequence: Mapped[SequenceType] = mapped_column(enum_type(SequenceType))
    end_to_end_id: Mapped[str] = mapped_column(String(35), unique=True)
    status: Mapped[CollectionStatus] = mapped_column(enum_type(CollectionStatus))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)


class StatementSource(StrEnum):
    OFX = "ofx"
    CAMT053 = "camt053"
    MT940 = "mt940"
    CSV = "csv"
    STRIPE = "stripe"
    PAYPAL = "paypal"


class LineState(StrEnum):
    UNMATCHED = "unmatched"  # nothing found: the owner says what it is, or ignores it
    SUGGESTED = "suggested"  # Cadence proposes a match, with a confidence
    CONFIRMED = "confirmed"  # recorded: a payment, a batch collected, a debit returned
    IGNORED = "ignored"  # not a customer's money (bank fees, transfers, purchases …)


class MatchKind(StrEnum):
    INVOICE_NUMBER = "invoice_number"  # an invoice number in the remittance text
    BATCH = "batch"  # the bank's credit for a direct-debit batch
    RETURN = "return"  # a collection the debtor's bank sent back
    AMOUNT_AND_NAME = "amount_and_name"
    NAME = "name"
    AMOUNT = "amount"
    BY_HAND = "by_hand"  # chosen by the owner


class BankStatement(Base):
    """A statement file read into Cadence; the same file is never read twice."""

    __tablename__ = "bank_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[StatementSource] = mapped_column(enum_type(StatementSource))
    account: Mapped[str] = mapped_column(String(70))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    line_count: Mapped[int]
    new_line_count: Mapped[int]  # lines not already read from an overlapping statement
    imported_on: Mapped[date]


class StatementLine(Base):
    """A booked movement of the account, and what the owner confirmed it is."""

    __tablename__ = "statement_line"
    __table_args__ = (
        CheckConstraint("amount != 0", name="amount_not_zero"),
        CheckConstraint("fee >= 0", name="fee_not_negative"),
        CheckConstraint("confidence BETWEEN 0 AND 100", name="confidence_range"),
        Index("ix_statement_line_state_booked_on", "state", "booked_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statement.id"), index=True)
    # The same movement read from two overlapping statements is one line.
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    booked_on: Mapped[date]
    value_on: Mapped[date | None]
    amount: Mapped[Decimal] = mapped_column(MONEY)  # signed: positive is money in
    fee: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3))
    text: Mapped[str] = mapped_column(Text, default="")
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    counterparty_iban: Mapped[str] = mapped_column(String(34), default="")
    bank_reference: Mapped[str] = mapped_column(String(100), default="")
    end_to_end_id: Mapped[str] = mapped_column(String(35), default="")
    return_reason: Mapped[str] = mapped_column(String(4), default="")
    is_transfer: Mapped[bool] = mapped_column(default=False)
    source_line: Mapped[int] = mapped_column(default=0)
    state: Mapped[LineState] = mapped_column(enum_type(LineState))
    match_kind: Mapped[MatchKind | None] = mapped_column(enum_type(MatchKind))
    confidence: Mapped[int] = mapped_column(default=0)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("collection_batch.id"), index=True)
    collection_id: Mapped[int | None] = mapped_column(ForeignKey("collection.id"), index=True)
    # What confirming it recorded: a payment received, or the payment it returned.
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)
    confirmed_on: Mapped[date | None]


class StatementLineInvoice(Base):
    """The invoices a line pays, as suggested or as the owner corrected them."""

    __tablename__ = "statement_line_invoice"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        UniqueConstraint("line_id", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("statement_line.id"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(MONEY)


class PaymentFee(Base):
    """What a payment provider (Stripe, PayPal) kept from a payment: a cost of the
    business, recorded apart so that the customer is credited with what they paid."""

    __tablename__ = "payment_fee"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), unique=True)
    provider: Mapped[StatementSource] = mapped_column(enum_type(StatementSource))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    charged_on: Mapped[date]


class BankCsvLayout(Base):
    """How one bank's CSV export is read, chosen once and found again by its header row."""

    __tablename__ = "bank_csv_layout"

    id: Mapped[int] = mapped_column(primary_key=True)
    header_signature: Mapped[str] = mapped_column(String(1000), unique=True)
    name: Mapped[str] = mapped_column(String(100))  # the bank, as the owner named it
    # exchange.statement.CsvMapping's fields, as JSON.
    mapping: Mapped[str] = mapped_column(Text)
    last_used_on: Mapped[date]
