"""SEPA direct-debit batches: which open invoices can be collected, the pain.008 file
asked of the bank, and what became of each collection (paid, returned, cancelled).

A batch goes through three states: requested (the file is written), then
confirmed (the bank collected: each collection becomes a payment) or cancelled
(withdrawn before the bank confirmed it; its invoices can be collected again).
A collection the debtor's bank sends back (an R-transaction) turns its payment
into a returned one: the invoice is unpaid again and the dunning takes it up.
"""

from __future__ import annotations

from collections.abc import Collection as Many
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from dateutil.easter import easter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import (
    MANDATE_ENDING_REASONS,
    RETURN_REASONS,
    BatchStatus,
    CollectionStatus,
    MandateScheme,
    SequenceType,
    lapses_on,
    next_sequence,
)
from cadence.domain.errors import ConflictError, FieldErrors, Message, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, PaymentStatus
from cadence.domain.parties import PaymentMethod
from cadence.domain.text import clean_line
from cadence.exchange.sepa_debit import (
    Creditor,
    DirectDebit,
    Pain008Version,
    build_pain008,
)
from cadence.services.common import Event, chunks, fetch, record_event, record_events
from cadence.services.company import require_company
from cadence.services.mandates import mandate_uses
from cadence.services.payments import (
    Allocation,
    PaymentData,
    record_payments,
    settle,
    settled_amounts,
    still_owed,
)
from cadence.services.standing import debit_announced, sweep_past_due
from cadence.store.models import (
    Collection,
    CollectionBatch,
    Customer,
    Invoice,
    Mandate,
    Payment,
    PaymentAllocation,
)

_NO_CREDITOR_ID = QT_TRANSLATE_NOOP(
    "Messages", "the SEPA creditor identifier (ICS) is missing in Settings ▸ Company"
)
_NO_COMPANY_IBAN = QT_TRANSLATE_NOOP(
    "Messages", "the company's IBAN is missing in Settings ▸ Company"
)
_NOT_AFTER_TODAY = QT_TRANSLATE_NOOP(
    "Messages", "the collection date must be after today ({today}): the bank needs a day"
)
_CLOSED_DAY = QT_TRANSLATE_NOOP(
    "Messages",
    "{day} is a day the SEPA system is closed (weekend or TARGET holiday): choose {next_day}",
)
_NOTHING_TO_COLLECT = QT_TRANSLATE_NOOP(
    "Messages", "no open invoice of a direct-debit customer can be collected on {day}"
)
_NOT_COLLECTABLE = QT_TRANSLATE_NOOP("Messages", "invoice {number} cannot be collected: {reason}")
_BATCH_CONFIRMED = QT_TRANSLATE_NOOP(
    "Messages", "batch {reference} was confirmed on {day}: it cannot change any more"
)
_BATCH_CANCELLED = QT_TRANSLATE_NOOP(
    "Messages", "batch {reference} was cancelled on {day}: it cannot change any more"
)
_RECEIVED_BEFORE = QT_TRANSLATE_NOOP(
    "Messages", "the bank cannot have collected before the collection date ({day})"
)
_IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "{day} is after today ({today})")
_COLLECTION_RETURNED = QT_TRANSLATE_NOOP(
    "Messages", "the collection {reference} was returned already"
)
_COLLECTION_CANCELLED = QT_TRANSLATE_NOOP(
    "Messages", "the collection {reference} was cancelled with its batch: nothing was collected"
)
_PAYMENT_NOT_RETURNABLE = QT_TRANSLATE_NOOP(
    "Messages", "this payment was already returned on {day}"
)
_RETURNED_BEFORE = QT_TRANSLATE_NOOP(
    "Messages", "a payment cannot come back before it was received ({day})"
)

# Why an invoice of a direct-debit customer stays out of a batch.
NO_MANDATE = QT_TRANSLATE_NOOP("Messages", "the customer has no mandate in force")
OTHER_SCHEME = QT_TRANSLATE_NOOP("Messages", "the customer's mandate is {scheme}")
NOT_EURO = QT_TRANSLATE_NOOP("Messages", "SEPA collects euros only, not {currency}")
SIGNED_LATER = QT_TRANSLATE_NOOP("Messages", "the mandate is signed after the collection date")


def target_closed(day: date) -> bool:
    """Weekends and the TARGET2 holidays: no SEPA collection settles on those days."""
    good_friday = easter(day.year) - timedelta(days=2)
    easter_monday = easter(day.year) + timedelta(days=1)
    return day.weekday() >= 5 or day in {
        date(day.year, 1, 1),
        good_friday,
        easter_monday,
        date(day.year, 5, 1),
        date(day.year, 12, 25),
        date(day.year, 12, 26),
    }


def next_open_day(day: date) -> date:
    while target_closed(day):
        day += timedelta(days=1)
    return day


def earliest_collection_date(today: date) -> date:
    """The first day a batch written today can be collected (D-1: the next open day)."""
    return next_open_day(today + timedelta(days=1))


@dataclass(frozen=True)
class Candidate:
    """An open invoice of a direct-debit customer, and whether it can go in the batch."""

    invoice_id: int
    number: str
    customer_id: int
    customer_name: str
    due_date: date | None
    amount: Decimal  # what is left to pay
    currency: str
    mandate_id: int | None
    mandate_reference: str
    sequence: SequenceType | None
    problem: Message | None  # why it stays out, or None
    # The customer was told it would be debited: its PDF announced the debit (the SEPA
    # pre-notification) and no payment of it came back since. One that asked for a
    # transfer (issued before the mandate) or whose debit was returned is collected
    # only when the owner chooses it: the customer may have paid it another way.
    announced: bool = True


@dataclass(frozen=True)
class BatchPreview:
    collection_date: date
    scheme: MandateScheme
    candidates: tuple[Candidate, ...]
    problems: tuple[Message, ...]  # what stops any batch (no ICS, a closed day …)

    @property
    def included(self) -> tuple[Candidate, ...]:
        """Those that can be collected."""
        return tuple(candidate for candidate in self.candidates if candidate.problem is None)

    @property
    def announced(self) -> tuple[Candidate, ...]:
        """Those that can be collected and were announced: a batch's default."""
        return tuple(candidate for candidate in self.included if candidate.announced)

    @property
    def total(self) -> Decimal:
        return sum((candidate.amount for candidate in self.included), Decimal(0))


@dataclass(frozen=True)
class CollectionRecord:
    id: int
    invoice_id: int
    invoice_number: str
    customer_id: int
    customer_name: str
    amount: Decimal
    sequence: SequenceType
    end_to_end_id: str
    mandate_reference: str
    status: CollectionStatus
    payment_id: int | None


@dataclass(frozen=True)
class BatchRecord:
    id: int
    reference: str
    scheme: MandateScheme
    message_version: str
    collection_date: date
    status: BatchStatus
    total: Decimal
    currency: str
    count: int
    created_on: date
    confirmed_on: date | None
    cancelled_on: date | None
    returned: int  # collections the bank sent back


def _company_problems(session: Session) -> list[Message]:
    company = require_company(session)
    problems = []
    if not company.sepa_creditor_id:
        problems.append(message(_NO_CREDITOR_ID))
    if not company.iban:
        problems.append(message(_NO_COMPANY_IBAN))
    return problems


def _date_problems(collection_date: date, today: date) -> list[Message]:
    if collection_date <= today:
        return [message(_NOT_AFTER_TODAY, today=today)]
    if target_closed(collection_date):
        return [
            message(
                _CLOSED_DAY,
                day=collection_date,
                next_day=next_open_day(collection_date),
            )
        ]
    return []


def preview_batch(
    session: Session, *, collection_date: date, scheme: MandateScheme, today: date
) -> BatchPreview:
    """The open invoices due by the collection date of customers who pay by direct
    debit, not already in a requested batch, each with its mandate and sequence, or
    the reason it stays out."""
    live = select(Collection.invoice_id).where(Collection.status == CollectionStatus.REQUESTED)
    invoices = list(
        session.execute(
            select(Invoice, Customer.name)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(
                Customer.payment_method == PaymentMethod.DIRECT_DEBIT,
                Invoice.kind == InvoiceKind.INVOICE,
                Invoice.status.in_(OPEN_STATUSES),
                Invoice.due_date <= collection_date,
                Invoice.id.not_in(live),
            )
            .order_by(Customer.name, Invoice.due_date, Invoice.id)
        )
    )
    customer_ids = sorted({invoice.customer_id for invoice, _ in invoices})
    mandates: dict[int, Mandate] = {}
    for ids in chunks(customer_ids):
        for signed in session.scalars(
            select(Mandate)
            .where(Mandate.customer_id.in_(ids), Mandate.revoked_on.is_(None))
            .order_by(Mandate.signed_on, Mandate.id)
        ):
            mandates[signed.customer_id] = signed  # the latest signed wins
    uses = mandate_uses(session, [signed.id for signed in mandates.values()])
    settled = settled_amounts(session, [invoice.id for invoice, _ in invoices])
    # Announced as the reminders and alerts understand it (standing.debit_announced).
    announced: set[int] = set()
    for ids in chunks([invoice.id for invoice, _ in invoices]):
        announced.update(
            session.scalars(select(Invoice.id).where(Invoice.id.in_(ids), debit_announced()))
        )
    # A mandate not used yet sends all its invoices of this batch as FRST: the
    # sequence is the mandate's, on the day of collection.
    candidates = []
    for invoice, customer_name in invoices:
        mandate = mandates.get(invoice.customer_id)
        left = invoice.total_gross - sum(settled[invoice.id], Decimal(0))
        if left <= 0:
            continue
        problem: Message | None = None
        sequence: SequenceType | None = None
        if invoice.currency != "EUR":
            problem = message(NOT_EURO, currency=invoice.currency)
        elif mandate is None:
            problem = message(NO_MANDATE)
        else:
            past = uses[mandate.id]
            last = max((use.collection_date for use in past), default=None)
            if collection_date >= lapses_on(mandate.signed_on, last):
                problem = message(NO_MANDATE)
            elif mandate.scheme is not scheme:
                problem = message(OTHER_SCHEME, scheme=mandate.scheme.value)
            elif mandate.signed_on > collection_date:
                problem = message(SIGNED_LATER)
            else:
                sequence = next_sequence(past, account_changed_on=mandate.account_changed_on)
        candidates.append(
            Candidate(
                invoice_id=invoice.id,
                number=invoice.number or "",
                customer_id=invoice.customer_id,
                customer_name=customer_name,
                due_date=invoice.due_date,
                amount=left,
                currency=invoice.currency,
                mandate_id=mandate.id if mandate else None,
                mandate_reference=mandate.reference if mandate else "",
                sequence=sequence,
                problem=problem,
                announced=invoice.id in announced,
            )
        )
    return BatchPreview(
        collection_date=collection_date,
        scheme=scheme,
        candidates=tuple(candidates),
        problems=tuple(_company_problems(session) + _date_problems(collection_date, today)),
    )


def _batch_reference(session: Session, today: date) -> str:
    prefix = f"CAD-{today:%Y%m%d}-"
    count = session.scalar(
        select(func.count())
        .select_from(CollectionBatch)
        .where(CollectionBatch.reference.startswith(prefix))
    )
    return f"{prefix}{int(count or 0) + 1:03d}"


def end_to_end_id(batch_reference: str, invoice_number: str, position: int) -> str:
    """Unique per collection (an invoice may be collected again after a return), and
    readable on the debtor's statement: the invoice number first."""
    suffix = f"/{batch_reference.removeprefix('CAD-').replace('-', '')}{position:03d}"
    return f"{invoice_number[: 35 - len(suffix)]}{suffix}"


def create_batch(
    session: Session,
    *,
    collection_date: date,
    scheme: MandateScheme,
    today: date,
    created_at: datetime | None = None,
    invoice_ids: Many[int] | None = None,
    version: Pain008Version = Pain008Version.V08,
    actor: str = "user",
) -> tuple[BatchRecord, bytes]:
    """Write the pain.008 batch of the invoices named, or by default of those that can
    be collected and were announced to the customer, and mark them "collection
    requested". Returns the batch and the file's bytes: the caller writes them before
    committing, so a file that cannot be written leaves nothing recorded."""
    preview = preview_batch(session, collection_date=collection_date, scheme=scheme, today=today)
    if preview.problems:
        raise ConflictError(preview.problems[0])
    chosen = list(preview.announced)
    if invoice_ids is not None:
        wanted = set(invoice_ids)
        by_id = {candidate.invoice_id: candidate for candidate in preview.candidates}
        errors = FieldErrors()
        for invoice_id in sorted(wanted):
            candidate = by_id.get(invoice_id)
            if candidate is None or candidate.problem is not None:
                number = candidate.number if candidate else str(invoice_id)
                reason = (
                    candidate.problem if candidate and candidate.problem else message(NO_MANDATE)
                )
                errors.add("invoice_ids", message(_NOT_COLLECTABLE, number=number, reason=reason))
        errors.raise_if_any()
        chosen = [candidate for candidate in preview.included if candidate.invoice_id in wanted]
    if not chosen:
        raise ConflictError(message(_NOTHING_TO_COLLECT, day=collection_date))
    company = require_company(session)
    reference = _batch_reference(session, today)
    mandates = {
        mandate.id: mandate
        for mandate in session.scalars(
            select(Mandate).where(Mandate.id.in_({c.mandate_id for c in chosen}))
        )
    }
    debits = []
    rows = []
    for position, candidate in enumerate(chosen, start=1):
        assert candidate.mandate_id is not None
        assert candidate.sequence is not None
        mandate = mandates[candidate.mandate_id]
        e2e = end_to_end_id(reference, candidate.number, position)
        debits.append(
            DirectDebit(
                end_to_end_id=e2e,
                amount=candidate.amount,
                currency=candidate.currency,
                mandate_reference=mandate.reference,
                mandate_signed_on=mandate.signed_on,
                sequence=candidate.sequence,
                debtor_name=candidate.customer_name,
                debtor_iban=mandate.iban,
                debtor_bic=mandate.bic or "",
                remittance=candidate.number,
            )
        )
        rows.append((candidate, e2e))
    content = build_pain008(
        message_id=reference,
        created_at=created_at or datetime.combine(today, time(9, 0)),
        creditor=Creditor(
            name=company.legal_name,
            iban=company.iban or "",
            bic=company.bic or "",
            creditor_id=company.sepa_creditor_id or "",
        ),
        scheme=scheme,
        collection_date=collection_date,
        debits=debits,
        version=version,
    )
    total = sum((candidate.amount for candidate in chosen), Decimal(0))
    batch = CollectionBatch(
        reference=reference,
        scheme=scheme,
        message_version=version.value,
        collection_date=collection_date,
        status=BatchStatus.REQUESTED,
        total=total,
        currency="EUR",
        content=content,
        created_on=today,
    )
    session.add(batch)
    session.flush()
    session.add_all(
        Collection(
            batch_id=batch.id,
            invoice_id=candidate.invoice_id,
            mandate_id=candidate.mandate_id,
            amount=candidate.amount,
            sequence=candidate.sequence,
            end_to_end_id=e2e,
            status=CollectionStatus.REQUESTED,
        )
        for candidate, e2e in rows
    )
    record_event(
        session,
        today,
        actor,
        "collection_batch",
        batch.id,
        "requested",
        summary=reference,
        details={"collection_date": collection_date, "total": total, "count": len(rows)},
    )
    session.flush()
    return batch_record(session, batch.id), content


def _batch_records(session: Session, batches: Sequence[CollectionBatch]) -> list[BatchRecord]:
    ids = [batch.id for batch in batches]
    counts: dict[int, tuple[int, int]] = {}
    for ids_chunk in chunks(ids):
        for batch_id, count, returned in session.execute(
            select(
                Collection.batch_id,
                func.count(),
                func.count().filter(Collection.status == CollectionStatus.RETURNED),
            )
            .where(Collection.batch_id.in_(ids_chunk))
            .group_by(Collection.batch_id)
        ):
            counts[batch_id] = (count, returned)
    return [
        BatchRecord(
            id=batch.id,
            reference=batch.reference,
            scheme=batch.scheme,
            message_version=batch.message_version,
            collection_date=batch.collection_date,
            status=batch.status,
            total=batch.total,
            currency=batch.currency,
            count=counts.get(batch.id, (0, 0))[0],
            created_on=batch.created_on,
            confirmed_on=batch.confirmed_on,
            cancelled_on=batch.cancelled_on,
            returned=counts.get(batch.id, (0, 0))[1],
        )
        for batch in batches
    ]


def batch_record(session: Session, batch_id: int) -> BatchRecord:
    return _batch_records(session, [fetch(session, CollectionBatch, batch_id, "batch")])[0]


def list_batches(session: Session, *, limit: int = 200) -> list[BatchRecord]:
    """Batches, the latest first."""
    batches = list(
        session.scalars(
            select(CollectionBatch)
            .order_by(CollectionBatch.created_on.desc(), CollectionBatch.id.desc())
            .limit(limit)
        )
    )
    return _batch_records(session, batches)


def batch_file(session: Session, batch_id: int) -> tuple[str, bytes]:
    """The batch's file name and bytes, as first written, to save again."""
    batch = fetch(session, CollectionBatch, batch_id, "batch")
    return f"{batch.reference}.xml", batch.content


def batch_collections(session: Session, batch_id: int) -> list[CollectionRecord]:
    fetch(session, CollectionBatch, batch_id, "batch")
    return _collection_records(session, Collection.batch_id == batch_id)


def _collection_records(session: Session, condition: object) -> list[CollectionRecord]:
    return [
        CollectionRecord(
            id=collection.id,
            invoice_id=collection.invoice_id,
            invoice_number=number or "",
            customer_id=customer_id,
            customer_name=name,
            amount=collection.amount,
            sequence=collection.sequence,
            end_to_end_id=collection.end_to_end_id,
            mandate_reference=reference,
            status=collection.status,
            payment_id=collection.payment_id,
        )
        for collection, number, customer_id, name, reference in session.execute(
            select(Collection, Invoice.number, Customer.id, Customer.name, Mandate.reference)
            .join(Invoice, Invoice.id == Collection.invoice_id)
            .join(Customer, Customer.id == Invoice.customer_id)
            .join(Mandate, Mandate.id == Collection.mandate_id)
            .where(condition)  # type: ignore[arg-type]
            .order_by(Collection.id)
        )
    ]


def requested_collections(session: Session, invoice_ids: Many[int]) -> dict[int, str]:
    """For the invoices in a requested batch, that batch's reference."""
    found: dict[int, str] = {}
    for ids in chunks(sorted(invoice_ids)):
        found.update(
            session.execute(
                select(Collection.invoice_id, CollectionBatch.reference)
                .join(CollectionBatch, CollectionBatch.id == Collection.batch_id)
                .where(
                    Collection.invoice_id.in_(ids),
                    Collection.status == CollectionStatus.REQUESTED,
                )
            ).all()
        )
    return found


def _requested(batch: CollectionBatch) -> None:
    """Only a batch still waiting for the bank can be confirmed or cancelled."""
    if batch.status is BatchStatus.CONFIRMED:
        raise ConflictError(
            message(_BATCH_CONFIRMED, reference=batch.reference, day=batch.confirmed_on)
        )
    if batch.status is BatchStatus.CANCELLED:
        raise ConflictError(
            message(_BATCH_CANCELLED, reference=batch.reference, day=batch.cancelled_on)
        )


def cancel_batch(
    session: Session, batch_id: int, *, today: date, actor: str = "user"
) -> BatchRecord:
    """Withdraw a batch the bank has not confirmed: its invoices can be collected again.
    Collections already returned or paid keep what happened to them."""
    batch = fetch(session, CollectionBatch, batch_id, "batch")
    _requested(batch)
    for collection in session.scalars(
        select(Collection).where(
            Collection.batch_id == batch.id, Collection.status == CollectionStatus.REQUESTED
        )
    ):
        collection.status = CollectionStatus.CANCELLED
    batch.status, batch.cancelled_on = BatchStatus.CANCELLED, today
    record_event(
        session, today, actor, "collection_batch", batch.id, "cancelled", summary=batch.reference
    )
    session.flush()
    return batch_record(session, batch.id)


def _collect(
    session: Session,
    collections: Sequence[Collection],
    *,
    received_on: date,
    today: date,
    actor: str,
) -> None:
    """Record each requested collection as a direct-debit payment of its invoice."""
    if not collections:
        return
    invoice_ids = {collection.invoice_id for collection in collections}
    customers = {
        invoice_id: customer_id
        for ids in chunks(sorted(invoice_ids))
        for invoice_id, customer_id in session.execute(
            select(Invoice.id, Invoice.customer_id).where(Invoice.id.in_(ids))
        )
    }
    owed = still_owed(session, invoice_ids)
    payments = []
    for collection in collections:
        share = min(owed[collection.invoice_id], collection.amount)
        payments.append(
            PaymentData(
                customer_id=customers[collection.invoice_id],
                received_on=received_on,
                amount=collection.amount,
                method=PaymentMethod.DIRECT_DEBIT,
                reference=collection.end_to_end_id,
                # Paid otherwise meanwhile: the money is the customer's credit.
                allocations=[Allocation(collection.invoice_id, share)] if share > 0 else [],
            )
        )
    records = record_payments(session, payments, today=today, actor=actor)
    for collection, record in zip(collections, records, strict=True):
        collection.status = CollectionStatus.PAID
        collection.payment_id = record.id


def confirm_batch(
    session: Session, batch_id: int, *, received_on: date, today: date, actor: str = "user"
) -> BatchRecord:
    """The bank collected the batch: each collection still requested is a payment."""
    batch = fetch(session, CollectionBatch, batch_id, "batch")
    _requested(batch)
    errors = FieldErrors()
    if received_on < batch.collection_date:
        errors.add("received_on", message(_RECEIVED_BEFORE, day=batch.collection_date))
    if received_on > today:
        errors.add("received_on", message(_IN_FUTURE, day=received_on, today=today))
    errors.raise_if_any()
    requested = list(
        session.scalars(
            select(Collection)
            .where(Collection.batch_id == batch.id, Collection.status == CollectionStatus.REQUESTED)
            .order_by(Collection.id)
        )
    )
    _collect(session, requested, received_on=received_on, today=today, actor=actor)
    batch.status, batch.confirmed_on = BatchStatus.CONFIRMED, today
    record_event(
        session, today, actor, "collection_batch", batch.id, "confirmed", summary=batch.reference
    )
    session.flush()
    return batch_record(session, batch.id)


def reason_text(code: str) -> str:
    """The stored reason of a return: its ISO code and, when known, what it means."""
    known = RETURN_REASONS.get(code.upper())
    return f"{code.upper()} {known}" if known else code


def return_collection(
    session: Session,
    collection_id: int,
    *,
    returned_on: date,
    reason_code: str,
    today: date,
    actor: str = "user",
) -> int:
    """The debtor's bank sent this collection back. A collection of a batch not yet
    confirmed is first recorded as paid on its collection date (the bank credited the
    whole batch, then debited the return). Returns the returned payment's id."""
    collection = fetch(session, Collection, collection_id, "collection")
    batch = session.get(CollectionBatch, collection.batch_id)
    assert batch is not None
    if collection.status is CollectionStatus.REQUESTED:
        _collect(
            session,
            [collection],
            received_on=min(batch.collection_date, returned_on),
            today=today,
            actor=actor,
        )
    elif collection.status is not CollectionStatus.PAID:
        template = (
            _COLLECTION_RETURNED
            if collection.status is CollectionStatus.RETURNED
            else _COLLECTION_CANCELLED
        )
        raise ConflictError(message(template, reference=collection.end_to_end_id))
    assert collection.payment_id is not None
    return_payment(
        session,
        collection.payment_id,
        returned_on=returned_on,
        reason=reason_text(reason_code),
        today=today,
        actor=actor,
    )
    if reason_code.upper() in MANDATE_ENDING_REASONS:
        mandate = session.get(Mandate, collection.mandate_id)
        if mandate is not None and mandate.revoked_on is None:
            mandate.revoked_on = max(returned_on, mandate.signed_on)
            record_event(
                session,
                today,
                actor,
                "mandate",
                mandate.id,
                "revoked",
                summary=mandate.reference,
                details={"reason": reason_text(reason_code)},
            )
    return collection.payment_id


def return_payment(
    session: Session,
    payment_id: int,
    *,
    returned_on: date,
    reason: str,
    today: date,
    actor: str = "user",
) -> None:
    """A payment came back (a direct debit returned, a cheque bounced): the invoices it
    paid are unpaid again, and the dunning rules take them up from their due dates."""
    payment = fetch(session, Payment, payment_id, "payment")
    if payment.status is PaymentStatus.RETURNED:
        assert payment.returned_on is not None
        raise ConflictError(message(_PAYMENT_NOT_RETURNABLE, day=payment.returned_on))
    errors = FieldErrors()
    if returned_on < payment.received_on:
        errors.add("returned_on", message(_RETURNED_BEFORE, day=payment.received_on))
    if returned_on > today:
        errors.add("returned_on", message(_IN_FUTURE, day=returned_on, today=today))
    cleaned = errors.check("reason", lambda: clean_line(reason, maximum=200))
    errors.raise_if_any()
    payment.status = PaymentStatus.RETURNED
    payment.returned_on = returned_on
    payment.return_reason = cleaned
    for collection in session.scalars(
        select(Collection).where(Collection.payment_id == payment.id)
    ):
        collection.status = CollectionStatus.RETURNED
    invoice_ids = set(
        session.scalars(
            select(Invoice.id)
            .join(PaymentAllocation, PaymentAllocation.invoice_id == Invoice.id)
            .where(PaymentAllocation.payment_id == payment.id)
        )
    )
    customer = session.get(Customer, payment.customer_id)
    record_events(
        session,
        actor,
        "payment",
        "returned",
        [
            Event(
                today,
                payment.id,
                customer.name if customer else "",
                {"amount": payment.amount, "reason": cleaned},
            )
        ],
    )
    settle(session, invoice_ids)
    sweep_past_due(session, as_of=today, actor=actor)
