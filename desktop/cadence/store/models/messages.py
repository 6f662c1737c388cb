"""Messages to customers: the e-mail settings, the templates, the outbox, the log of
reminders decided, and the late fees claimed.

The outbox is the customer's correspondence: every message Cadence wrote stays,
sent or not, with its attachments, so it shows in the customer's history.
"""

from __future__ import annotations

from datetime import date, datetime
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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadence.domain.messages import MessageKind
from cadence.domain.parties import Language
from cadence.store.models.base import Base
from cadence.store.types import MONEY, enum_type


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"  # port 587: plain connection, then upgraded to TLS
    SSL = "ssl"  # port 465: TLS from the first byte
    NONE = "none"  # a relay on the local network only


class MessageStatus(StrEnum):
    PREPARED = "prepared"  # written, waiting for the owner: no e-mail set up, or no address
    QUEUED = "queued"  # goes by e-mail at the next attempt
    SENDING = "sending"  # handed to the server; the outcome is not recorded yet
    SENT = "sent"  # the server accepted it
    FAILED = "failed"  # the server refused it for good; `last_error` says why
    CANCELLED = "cancelled"  # not sent: no longer needed (the invoice was paid) or discarded
    HANDLED = "handled"  # the owner sent or printed it themselves


class ReminderOutcome(StrEnum):
    WRITTEN = "written"  # a message was written (`message_id`)
    SUPERSEDED = "superseded"  # a firmer step fell due at the same run: this one is skipped
    TOO_LATE = "too_late"  # the renewal came before Cadence ran again: no notice after it


class LateFeeKind(StrEnum):
    INTEREST = "interest"  # late-payment penalties at the company's rate (L441-10)
    INDEMNITY = "indemnity"  # the €40 recovery indemnity (D441-5), businesses only


class MailSettings(Base):
    """How Cadence sends e-mail, and which reminders it writes. One row.

    The SMTP password is never here: it lives in the operating system's keyring.
    """

    __tablename__ = "mail_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("port BETWEEN 1 AND 65535", name="port_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    host: Mapped[str | None] = mapped_column(String(253))
    port: Mapped[int] = mapped_column(default=587)
    security: Mapped[SmtpSecurity] = mapped_column(enum_type(SmtpSecurity))
    username: Mapped[str | None] = mapped_column(String(254))
    sender_address: Mapped[str | None] = mapped_column(String(254))
    sender_name: Mapped[str | None] = mapped_column(String(200))
    # A copy of every message to the owner's own address, for their records.
    bcc_owner: Mapped[bool] = mapped_column(default=False)
    renewal_notices: Mapped[bool] = mapped_column(default=True)
    dunning: Mapped[bool] = mapped_column(default=True)


class DunningStepSetting(Base):
    """One level of payment reminders, as the owner set it."""

    __tablename__ = "dunning_step"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 3", name="level_range"),
        CheckConstraint("days_after_due BETWEEN 1 AND 365", name="days_range"),
    )

    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    days_after_due: Mapped[int]
    enabled: Mapped[bool] = mapped_column(default=True)
    charge_interest: Mapped[bool] = mapped_column(default=False)
    charge_indemnity: Mapped[bool] = mapped_column(default=False)
    attach_letter: Mapped[bool] = mapped_column(default=False)


class MessageTemplate(Base):
    """The owner's wording of one kind of message in one language."""

    __tablename__ = "message_template"
    __table_args__ = (UniqueConstraint("kind", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MessageKind] = mapped_column(enum_type(MessageKind))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class OutboundMessage(Base):
    """A message to a customer: written once, then sent, retried, or handled by hand."""

    __tablename__ = "outbound_message"
    __table_args__ = (
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("(status = 'sent') = (sent_at IS NOT NULL)", name="sent_at_when_sent"),
        # The sender's query: what is queued and due, oldest first.
        Index("ix_outbound_message_status_next_attempt", "status", "next_attempt_at"),
        Index("ix_outbound_message_customer_created", "customer_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[MessageKind] = mapped_column(enum_type(MessageKind))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    recipient: Mapped[str | None] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[MessageStatus] = mapped_column(enum_type(MessageStatus))
    # What the message is about, to stop a reminder once its invoice is paid.
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"))
    # The RFC 5322 Message-ID, fixed when written: a message sent twice is recognisable.
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_on: Mapped[date]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]

    attachments: Mapped[list[MessageAttachment]] = relationship(
        back_populates="message", order_by="MessageAttachment.position"
    )


class MessageAttachment(Base):
    """A file sent with a message: a letter kept here, or an issued invoice's PDF.

    An invoice's PDF is already archived, immutable, in the invoice folder: the
    attachment names the invoice, and the file is read when the message goes.
    """

    __tablename__ = "message_attachment"
    __table_args__ = (
        UniqueConstraint("message_id", "position"),
        CheckConstraint("(content IS NULL) != (invoice_id IS NULL)", name="content_or_invoice"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbound_message.id"))
    position: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))

    message: Mapped[OutboundMessage] = relationship(back_populates="attachments")


class ReminderLog(Base):
    """Each reminder decided, once: the unique keys are what makes it exactly once.

    (invoice, level): the invoice's own e-mail is level 0, dunning levels 1 to 3.
    (subscription, renewal day): the notice before that renewal or term's end.
    """

    __tablename__ = "reminder_log"
    __table_args__ = (
        UniqueConstraint("invoice_id", "level"),
        UniqueConstraint("subscription_id", "renewal_on"),
        CheckConstraint("(invoice_id IS NULL) = (level IS NULL)", name="invoice_with_level"),
        CheckConstraint(
            "(subscription_id IS NULL) = (renewal_on IS NULL)", name="subscription_with_day"
        ),
        CheckConstraint("(invoice_id IS NULL) != (subscription_id IS NULL)", name="one_subject"),
        CheckConstraint(
            "(outcome = 'written') = (message_id IS NOT NULL)", name="message_when_written"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MessageKind] = mapped_column(enum_type(MessageKind))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    level: Mapped[int | None]
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"))
    renewal_on: Mapped[date | None]
    decided_on: Mapped[date]
    outcome: Mapped[ReminderOutcome] = mapped_column(enum_type(ReminderOutcome))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_message.id"))


class LateFee(Base):
    """A late fee claimed on an unpaid invoice: each kind once per invoice, ever.

    It is billed on an invoice of its own (`fee_invoice_id`), outside the scope of
    VAT: penalties and the indemnity are compensation, not the price of a supply.
    """

    __tablename__ = "late_fee"
    __table_args__ = (
        UniqueConstraint("invoice_id", "kind"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
    kind: Mapped[LateFeeKind] = mapped_column(enum_type(LateFeeKind))
    level: Mapped[int]
    amount: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    claimed_on: Mapped[date]
    fee_invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
