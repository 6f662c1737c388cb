"""The outbox: every message Cadence writes to a customer, from written to sent (or
handled by the owner), with its attachments; and the e-mail each one becomes.

A message is written once, in the transaction that decided it (a reminder, an
issued invoice), and never rewritten: the customer's history shows exactly what
was sent. Sending is `services.delivery`; without an SMTP server a message waits
as "prepared", for the owner to print it or send it from their own mail program.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from cadence.domain.errors import ConflictError, Message, NotFoundError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceStatus
from cadence.domain.messages import DUNNING_KINDS, MessageKind
from cadence.domain.parties import Language
from cadence.domain.text import search_key
from cadence.services.common import fetch, record_event
from cadence.services.invoices import PdfAvailability, document_pdf
from cadence.services.mail_settings import MailSettingsData, get_mail_settings
from cadence.store.models import (
    CompanySettings,
    Customer,
    Invoice,
    MessageAttachment,
    MessageStatus,
    OutboundMessage,
)

_NOT_NOW = QT_TRANSLATE_NOOP("Messages", "this message is {status}: it cannot be {action} now")
_NO_RECIPIENT = QT_TRANSLATE_NOOP(
    "Messages", "{customer} has no e-mail address: print the message or add an address first"
)
_NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Messages", "e-mail is not set up: enter your server in Settings ▸ E-mail first"
)
_ATTACHMENT_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "the PDF of {number} is not available ({reason}): write it again from the Invoices tab",
)
_NO_ATTACHMENT = QT_TRANSLATE_NOOP("Messages", "there is no attachment {id}")

PDF = "application/pdf"
# Statuses the owner still has something to do about.
WAITING_FOR_OWNER = frozenset({MessageStatus.PREPARED, MessageStatus.FAILED})
UNFINISHED = frozenset({MessageStatus.PREPARED, MessageStatus.QUEUED, MessageStatus.FAILED})


@dataclass(frozen=True)
class AttachmentDraft:
    """A file to send: bytes kept with the message, or an issued invoice's PDF."""

    file_name: str
    content: bytes | None = None
    invoice_id: int | None = None
    content_type: str = PDF


def new_message_id(settings: MailSettingsData) -> str:
    """A Message-ID fixed when the message is written: if it ever went twice, the
    customer's mail program would show it once."""
    domain = settings.sender_address.rpartition("@")[2] or "cadence.invalid"
    return make_msgid("cadence", domain=domain)


def write_message(
    session: Session,
    *,
    customer: Customer,
    kind: MessageKind,
    language: Language,
    subject: str,
    body: str,
    now: datetime,
    settings: MailSettingsData,
    invoice_id: int | None = None,
    subscription_id: int | None = None,
    attachments: Sequence[AttachmentDraft] = (),
) -> OutboundMessage:
    """Add a message to the outbox: queued to go by e-mail when Cadence can send it
    and the customer has an address, else prepared for the owner."""
    recipient = customer.email or None
    can_send = settings.configured and recipient is not None
    row = OutboundMessage(
        customer_id=customer.id,
        kind=kind,
        language=language,
        recipient=recipient,
        subject=subject,
        body=body,
        status=MessageStatus.QUEUED if can_send else MessageStatus.PREPARED,
        invoice_id=invoice_id,
        subscription_id=subscription_id,
        message_id=new_message_id(settings),
        attempts=0,
        next_attempt_at=now if can_send else None,
        created_on=now.date(),
        created_at=now,
    )
    row.attachments = [
        MessageAttachment(
            position=position,
            file_name=draft.file_name,
            content_type=draft.content_type,
            content=draft.content,
            invoice_id=draft.invoice_id,
        )
        for position, draft in enumerate(attachments, start=1)
    ]
    session.add(row)
    session.flush()
    return row


def error_to_store(reason: Message) -> str:
    """Why a message did not go, kept so that it can be shown in the owner's language."""
    params = {name: str(value) for name, value in reason.params.items()}
    return json.dumps({"template": reason.template, "params": params}, ensure_ascii=False)


def stored_error(stored: str) -> Message:
    """The reason `error_to_store` kept; plain text (a server's words) stays as it is."""
    try:
        values = json.loads(stored)
        return message(str(values["template"]), **dict(values["params"]))
    except (ValueError, KeyError, TypeError):
        return message("{text}", text=stored)


_PAID = QT_TRANSLATE_NOOP(
    "Messages", "not sent: invoice {number} was paid before this reminder went"
)
_CREDITED = QT_TRANSLATE_NOOP(
    "Messages", "not sent: invoice {number} was credited before this reminder went"
)


def no_longer_needed(kind: MessageKind, invoice: Invoice | None) -> Message | None:
    """Why a reminder must not go any more (its invoice was paid or credited since),
    or None: the one rule the reminders run and the sender both apply."""
    if kind not in DUNNING_KINDS or invoice is None or invoice.status in OPEN_STATUSES:
        return None
    template = _CREDITED if invoice.status is InvoiceStatus.CREDITED else _PAID
    return message(template, number=invoice.number or "")


# -- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    file_name: str
    invoice_id: int | None


@dataclass(frozen=True)
class MessageRecord:
    """A message as the outbox and the customer's history list it."""

    id: int
    customer_id: int
    customer_name: str
    kind: MessageKind
    language: Language
    recipient: str | None
    subject: str
    body: str
    status: MessageStatus
    created_at: datetime
    sent_at: datetime | None
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None  # in English, for the command line and the logs
    error: Message | None  # the same, to be translated
    invoice_id: int | None
    invoice_number: str | None
    attachments: tuple[AttachmentRecord, ...]


def _records(session: Session, rows: Sequence[OutboundMessage]) -> list[MessageRecord]:
    customer_ids = {row.customer_id for row in rows}
    invoice_ids = {row.invoice_id for row in rows if row.invoice_id is not None}
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(Customer.id.in_(customer_ids))
        ).all()
    )
    numbers = dict(
        session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(invoice_ids))).all()
    )
    return [
        MessageRecord(
            id=row.id,
            customer_id=row.customer_id,
            customer_name=names.get(row.customer_id, ""),
            kind=row.kind,
            language=row.language,
            recipient=row.recipient,
            subject=row.subject,
            body=row.body,
            status=row.status,
            created_at=row.created_at,
            sent_at=row.sent_at,
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at,
            last_error=None if row.last_error is None else str(stored_error(row.last_error)),
            error=None if row.last_error is None else stored_error(row.last_error),
            invoice_id=row.invoice_id,
            invoice_number=numbers.get(row.invoice_id) if row.invoice_id else None,
            attachments=tuple(
                AttachmentRecord(attachment.id, attachment.file_name, attachment.invoice_id)
                for attachment in row.attachments
            ),
        )
        for row in rows
    ]


def list_messages(
    session: Session,
    *,
    statuses: Collection[MessageStatus] | None = None,
    customer_id: int | None = None,
    search: str = "",
    offset: int = 0,
    limit: int = 1000,
) -> list[MessageRecord]:
    """Messages newest first, of some statuses or a customer's, whose customer (ignoring
    case and accents), subject or address contains `search`: rows `offset` to
    `offset + limit`."""
    query = (
        select(OutboundMessage)
        .options(selectinload(OutboundMessage.attachments))
        .order_by(OutboundMessage.created_at.desc(), OutboundMessage.id.desc())
        .offset(offset)
        .limit(limit)
    )
    if statuses is not None:
        query = query.where(OutboundMessage.status.in_(statuses))
    if customer_id is not None:
        query = query.where(OutboundMessage.customer_id == customer_id)
    text = search.strip()
    if text:
        query = query.join(Customer, Customer.id == OutboundMessage.customer_id).where(
            or_(
                Customer.search_text.contains(search_key(text), autoescape=True),
                OutboundMessage.subject.icontains(text, autoescape=True),
                OutboundMessage.recipient.icontains(text, autoescape=True),
            )
        )
    return _records(session, session.scalars(query).all())


@dataclass(frozen=True)
class Summary:
    counts: dict[MessageStatus, int]
    last_sent: datetime | None
    configured: bool  # Cadence can send e-mail itself


def read_summary(session: Session) -> Summary:
    """How many messages are in each status, when the last one went, and whether
    Cadence can send e-mail."""
    last_sent = session.scalar(
        select(func.max(OutboundMessage.sent_at)).where(
            OutboundMessage.status == MessageStatus.SENT
        )
    )
    configured = get_mail_settings(session).configured
    return Summary(count_by_status(session), last_sent, configured)


def get_message(session: Session, message_id: int) -> MessageRecord:
    row = fetch(session, OutboundMessage, message_id, "message")
    return _records(session, [row])[0]


def count_by_status(session: Session) -> dict[MessageStatus, int]:
    rows = session.execute(
        select(OutboundMessage.status, func.count()).group_by(OutboundMessage.status)
    )
    return {status: count for status, count in rows}  # noqa: C416 (Rows, not pairs)


@dataclass(frozen=True)
class AttachmentFile:
    file_name: str
    content_type: str
    content: bytes


def attachment_file(session: Session, attachment_id: int) -> AttachmentFile:
    """The bytes of an attachment: kept with the message, or the invoice's archived PDF."""
    row = session.get(MessageAttachment, attachment_id)
    if row is None:
        raise NotFoundError(message(_NO_ATTACHMENT, id=attachment_id))
    return _file(session, row)


def _file(session: Session, row: MessageAttachment) -> AttachmentFile:
    if row.content is not None:
        return AttachmentFile(row.file_name, row.content_type, row.content)
    assert row.invoice_id is not None  # the table's check: content or invoice
    pdf = document_pdf(session, row.invoice_id)
    if pdf.availability is not PdfAvailability.READY or pdf.content is None:
        raise AttachmentNotReady(
            message(_ATTACHMENT_MISSING, number=pdf.number or "", reason=str(pdf.availability)),
            waiting=pdf.availability is PdfAvailability.NOT_WRITTEN,
        )
    return AttachmentFile(row.file_name, row.content_type, pdf.content)


class AttachmentNotReady(ConflictError):
    """An invoice's PDF is not there to attach: not written yet (`waiting`), or lost."""

    def __init__(self, msg: Message, *, waiting: bool) -> None:
        super().__init__(msg)
        self.waiting = waiting


def _sender(session: Session, settings: MailSettingsData) -> str:
    company = session.get(CompanySettings, 1)
    name = settings.sender_name or (company.trade_name or company.legal_name if company else "")
    return formataddr((name, settings.sender_address or "noreply@cadence.invalid"))


def build_email(
    session: Session, message_id: int, *, settings: MailSettingsData | None = None
) -> EmailMessage:
    """The message as an e-mail, attachments included (`AttachmentNotReady` when an
    invoice's PDF is not written yet). Also what "open in my mail program" saves."""
    settings = settings or get_mail_settings(session)
    row = fetch(session, OutboundMessage, message_id, "message")
    email = EmailMessage()
    email["From"] = _sender(session, settings)
    if row.recipient:
        email["To"] = row.recipient
    company = session.get(CompanySettings, 1)
    if company is not None and company.email and company.email != settings.sender_address:
        email["Reply-To"] = company.email
    if settings.bcc_owner and company is not None and company.email:
        email["Bcc"] = company.email
    email["Subject"] = row.subject
    email["Message-ID"] = row.message_id
    email["Date"] = format_datetime(row.created_at.astimezone())
    email.set_content(row.body)
    # After set_content, which replaces every Content-* header: the text says its
    # language (on its own part once files are attached).
    email["Content-Language"] = str(row.language)
    for attachment in row.attachments:
        file = _file(session, attachment)
        maintype, _, subtype = file.content_type.partition("/")
        email.add_attachment(
            file.content, maintype=maintype, subtype=subtype, filename=file.file_name
        )
    return email


# -- the owner's actions -------------------------------------------------------------


def _change(
    session: Session,
    message_id: int,
    allowed: Collection[MessageStatus],
    action: str,
    today: date,
    actor: str,
) -> OutboundMessage:
    row = fetch(session, OutboundMessage, message_id, "message")
    if row.status not in allowed:
        raise ConflictError(message(_NOT_NOW, status=str(row.status), action=action))
    record_event(session, today, actor, "outbound_message", row.id, action, summary=row.subject)
    return row


def send_again(
    session: Session, message_id: int, *, now: datetime, actor: str = "user"
) -> MessageRecord:
    """Queue a prepared or failed message to go by e-mail at once."""
    settings = get_mail_settings(session)
    row = _change(
        session, message_id, WAITING_FOR_OWNER | {MessageStatus.QUEUED}, "sent", now.date(), actor
    )
    if not settings.configured:
        raise ConflictError(message(_NOT_CONFIGURED))
    customer = session.get_one(Customer, row.customer_id)
    recipient = row.recipient or customer.email
    if not recipient:
        raise ConflictError(message(_NO_RECIPIENT, customer=customer.name))
    row.recipient, row.status, row.next_attempt_at = recipient, MessageStatus.QUEUED, now
    # A fresh start: the back-off counts the attempts since the owner asked again.
    row.last_error, row.attempts = None, 0
    session.flush()
    return get_message(session, row.id)


def discard(
    session: Session, message_id: int, *, today: date, actor: str = "user"
) -> MessageRecord:
    """Give up a message that has not gone: it stays in the history, as cancelled."""
    row = _change(session, message_id, UNFINISHED, "discarded", today, actor)
    row.status, row.next_attempt_at = MessageStatus.CANCELLED, None
    session.flush()
    return get_message(session, row.id)


def mark_handled(
    session: Session, message_id: int, *, today: date, actor: str = "user"
) -> MessageRecord:
    """The owner printed it or sent it from their own mail program."""
    row = _change(session, message_id, UNFINISHED, "handled", today, actor)
    row.status, row.next_attempt_at = MessageStatus.HANDLED, None
    session.flush()
    return get_message(session, row.id)
