"""Matching statement lines to what Cadence expects, and recording what the owner confirms.

Each line read from a statement gets a suggestion with a confidence (0–100):

- money out that names a collection's end-to-end id is that collection **returned**;
- money in that names a direct-debit batch, or equals a requested batch's total
  near its collection date, is that **batch** collected;
- money in whose text holds **invoice numbers** pays those invoices;
- money in from a payer whose name (or e-mail) is a customer's pays that
  customer's open invoice of the **same amount**, else their oldest ones;
- money in of exactly one open invoice's amount, from nobody known, is a guess.

Nothing is recorded until the owner confirms: a confirmed line becomes a payment
(with the provider's fee apart), a batch confirmed, or a payment returned.
Money out that matches nothing, and transfers to the bank, are set aside as
ignored: they are the business's own spending, not customers' money.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection as Many
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import BatchStatus, CollectionStatus
from cadence.domain.errors import ConflictError, FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, PaymentStatus
from cadence.domain.parties import PaymentMethod
from cadence.domain.text import search_key
from cadence.services.common import NOT_FOUND, chunks, fetch, record_event
from cadence.services.direct_debit import (
    confirm_batch,
    reason_text,
    return_collection,
    return_payment,
)
from cadence.services.payments import (
    Allocation,
    PaymentData,
    record_payments,
    settled_amounts,
    still_owed,
)
from cadence.store.models import (
    BankStatement,
    Collection,
    CollectionBatch,
    Customer,
    Invoice,
    LineState,
    MatchKind,
    Payment,
    PaymentFee,
    StatementLine,
    StatementLineInvoice,
    StatementSource,
)

_ALREADY_CONFIRMED = QT_TRANSLATE_NOOP(
    "Messages", "the line of {day} ({amount}) is already confirmed"
)
_ALREADY_IGNORED = QT_TRANSLATE_NOOP(
    "Messages", "the line of {day} ({amount}) is set aside: bring it back to review first"
)
_NOTHING_SUGGESTED = QT_TRANSLATE_NOOP(
    "Messages", "the line of {day} ({amount}) has no match to confirm: choose a customer"
)
_NOT_MONEY_IN = QT_TRANSLATE_NOOP(
    "Messages", "the line of {day} is money going out: it can only return a payment"
)
_NOT_MONEY_OUT = QT_TRANSLATE_NOOP(
    "Messages", "the line of {day} is money coming in: it cannot return a payment"
)
_NOT_CUSTOMERS_INVOICE = QT_TRANSLATE_NOOP(
    "Messages", "invoice {number} is not {customer}'s or has nothing left to pay"
)
_RETURN_AMOUNT = QT_TRANSLATE_NOOP(
    "Messages", "the payment returned was {amount}, not {line_amount}"
)

# The confidence of each kind of evidence; the view calls ≥ 90 sure, ≥ 60 likely.
SURE = 90
LIKELY = 60

# What could be an invoice number in a bank's label: letters, digits and separators.
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9/_.-]*[A-Za-z0-9])?")
# A batch is credited from its collection date to some days after (weekends, bank delays).
_BATCH_WINDOW = (timedelta(days=-2), timedelta(days=10))


class LineView(StrEnum):
    TO_REVIEW = "to_review"  # unmatched and suggested
    CONFIRMED = "confirmed"
    IGNORED = "ignored"
    ALL = "all"


_VIEW_STATES = {
    LineView.TO_REVIEW: (LineState.UNMATCHED, LineState.SUGGESTED),
    LineView.CONFIRMED: (LineState.CONFIRMED,),
    LineView.IGNORED: (LineState.IGNORED,),
    LineView.ALL: tuple(LineState),
}


@dataclass(frozen=True)
class LineRow:
    """One line of the reconciliation view."""

    id: int
    booked_on: date
    amount: Decimal
    fee: Decimal
    currency: str
    text: str
    counterparty: str
    source: StatementSource
    file_name: str
    state: LineState
    match_kind: MatchKind | None
    confidence: int
    customer_id: int | None
    customer_name: str
    invoices: tuple[tuple[int, str, Decimal], ...]  # (id, number, amount) it pays
    batch_reference: str
    collection_reference: str  # the end-to-end id of a returned collection
    return_reason: str
    is_transfer: bool
    payment_id: int | None
    # What else the file said of it, for the owner to check a suggestion by.
    counterparty_iban: str = ""
    bank_reference: str = ""
    end_to_end_id: str = ""
    value_on: date | None = None
    source_line: int = 0  # where it starts in its file
    batch_size: int = 0  # the collections of the batch it is the bank's credit for
    # The batch was confirmed by hand before this line was read: confirming the line
    # records nothing more.
    batch_recorded: bool = False


@dataclass(frozen=True)
class Suggestion:
    kind: MatchKind
    confidence: int
    customer_id: int | None = None
    invoices: tuple[tuple[int, Decimal], ...] = ()
    batch_id: int | None = None
    collection_id: int | None = None


class _Customers:
    """Who a payer's name or e-mail could be: each customer under the longest word of
    their name, checked against every word of the line (bank labels write "DUPONT
    MARIE" for Marie Dupont)."""

    def __init__(self, session: Session) -> None:
        self.by_word: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
        self.by_email: dict[str, int] = {}
        for customer_id, name, email in session.execute(
            select(Customer.id, Customer.name, Customer.email)
        ):
            words = frozenset(word for word in search_key(name).split() if len(word) > 1)
            if words:
                self.by_word[max(words, key=len)].append((customer_id, words))
            if email:
                self.by_email[email.strip().casefold()] = customer_id

    def named_in(self, *texts: str) -> set[int]:
        found: set[int] = set()
        for text in texts:
            lowered = text.casefold()
            if "@" in lowered:
                found.update(
                    customer_id for email, customer_id in self.by_email.items() if email in lowered
                )
            words = set(search_key(text).split())
            for word in words:
                for customer_id, name_words in self.by_word.get(word, ()):
                    if name_words <= words:
                        found.add(customer_id)
        return found


@dataclass
class _OpenInvoice:
    id: int
    number: str
    customer_id: int
    due_date: date | None
    left: Decimal


def _open_invoices(session: Session) -> list[_OpenInvoice]:
    rows = list(
        session.execute(
            select(
                Invoice.id,
                Invoice.number,
                Invoice.customer_id,
                Invoice.due_date,
                Invoice.total_gross,
            )
            .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.status.in_(OPEN_STATUSES))
            .order_by(Invoice.due_date, Invoice.id)
        )
    )
    settled = settled_amounts(session, [row.id for row in rows])
    return [
        _OpenInvoice(
            row.id,
            row.number or "",
            row.customer_id,
            row.due_date,
            row.total_gross - sum(settled[row.id], Decimal(0)),
        )
        for row in rows
    ]


def _invoice_numbers_in(session: Session, text: str) -> list[tuple[int, str, int]]:
    """Invoices whose number appears in the text, in the order written: (id, number, customer)."""
    tokens = list(dict.fromkeys(token.upper() for token in _TOKEN.findall(text)))
    if not tokens:
        return []
    found = {
        number.upper(): (invoice_id, number, customer_id)
        for invoice_id, number, customer_id in session.execute(
            select(Invoice.id, Invoice.number, Invoice.customer_id).where(
                Invoice.kind == InvoiceKind.INVOICE,
                or_(Invoice.number.in_(tokens), func.upper(Invoice.number).in_(tokens)),
            )
        )
        if number is not None
    }
    return [found[token] for token in tokens if token in found]


def _spread(amount: Decimal, invoices: Sequence[_OpenInvoice]) -> tuple[tuple[int, Decimal], ...]:
    """The amount over the invoices in order, each up to what is left of it."""
    shares = []
    for invoice in invoices:
        if amount <= 0:
            break
        share = min(amount, invoice.left)
        if share > 0:
            shares.append((invoice.id, share))
            amount -= share
    return tuple(shares)


class _Matcher:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.customers = _Customers(session)
        self.open = _open_invoices(session)
        self.open_by_id = {invoice.id: invoice for invoice in self.open}
        self.open_by_customer: dict[int, list[_OpenInvoice]] = defaultdict(list)
        self.open_by_amount: dict[Decimal, list[_OpenInvoice]] = defaultdict(list)
        for invoice in self.open:
            self.open_by_customer[invoice.customer_id].append(invoice)
            self.open_by_amount[invoice.left].append(invoice)
        # The batches whose credit may still come: those waiting for the bank first,
        # then those confirmed by hand before their statement was read, so that their
        # credit is recognised as recorded already, not offered as a customer's money.
        credited = select(StatementLine.batch_id).where(
            StatementLine.state == LineState.CONFIRMED, StatementLine.batch_id.is_not(None)
        )
        self.batches = list(
            session.execute(
                select(
                    CollectionBatch.id,
                    CollectionBatch.reference,
                    CollectionBatch.collection_date,
                    CollectionBatch.total,
                )
                .where(
                    CollectionBatch.status.in_((BatchStatus.REQUESTED, BatchStatus.CONFIRMED)),
                    CollectionBatch.id.not_in(credited),
                )
                .order_by(CollectionBatch.status != BatchStatus.REQUESTED, CollectionBatch.id)
            )
        )
        # What each batch's FRST and RCUR blocks add up to: some banks credit each
        # block of the file apart. A debit returned later was credited first.
        self.block_totals: dict[int, set[Decimal]] = defaultdict(set)
        for batch_id, _sequence, total in session.execute(
            select(Collection.batch_id, Collection.sequence, func.sum(Collection.amount))
            .where(
                Collection.batch_id.in_([batch.id for batch in self.batches]),
                Collection.status != CollectionStatus.CANCELLED,
            )
            .group_by(Collection.batch_id, Collection.sequence)
        ):
            self.block_totals[batch_id].add(total)

    def _collection(self, line: StatementLine) -> tuple[int, Decimal] | None:
        ids = [line.end_to_end_id] if line.end_to_end_id else []
        ids += [token for token in _TOKEN.findall(line.text) if "/" in token]
        if not ids:
            return None
        row = self.session.execute(
            select(Collection.id, Collection.amount).where(
                Collection.end_to_end_id.in_(ids),
                Collection.status.in_((CollectionStatus.REQUESTED, CollectionStatus.PAID)),
            )
        ).first()
        return (row.id, row.amount) if row else None

    def suggest(self, line: StatementLine) -> Suggestion | None:
        if line.amount < 0:
            return self._money_out(line)
        return self._batch(line) or self._by_invoice_numbers(line) or self._by_payer(line)

    def _money_out(self, line: StatementLine) -> Suggestion | None:
        if line.is_transfer:
            return None
        found = self._collection(line)
        if found is None:
            return None
        collection_id, amount = found
        customer_id = self.session.scalar(
            select(Invoice.customer_id)
            .join(Collection, Collection.invoice_id == Invoice.id)
            .where(Collection.id == collection_id)
        )
        sure = -line.amount == amount
        return Suggestion(
            MatchKind.RETURN,
            100 if sure else 50,
            customer_id=customer_id,
            collection_id=collection_id,
        )

    def _batch(self, line: StatementLine) -> Suggestion | None:
        text = line.text.upper()
        for batch_id, reference, collection_date, total in self.batches:
            named = reference.upper() in text
            amount_fits = line.amount == total or line.amount in self.block_totals[batch_id]
            near = (
                collection_date + _BATCH_WINDOW[0]
                <= line.booked_on
                <= collection_date + _BATCH_WINDOW[1]
            )
            if named and amount_fits:
                return Suggestion(MatchKind.BATCH, 100, batch_id=batch_id)
            if named:
                return Suggestion(MatchKind.BATCH, 80, batch_id=batch_id)
            if amount_fits and near:
                return Suggestion(MatchKind.BATCH, 70, batch_id=batch_id)
        return None

    def _by_invoice_numbers(self, line: StatementLine) -> Suggestion | None:
        named = _invoice_numbers_in(self.session, f"{line.text} {line.end_to_end_id}")
        if not named:
            return None
        customers = {customer_id for _, _, customer_id in named}
        customer_id = named[0][2]
        still_open = [
            self.open_by_id[invoice_id]
            for invoice_id, _, owner in named
            if invoice_id in self.open_by_id and owner == customer_id
        ]
        if not still_open:  # already paid: the payer is known, the invoice is not open
            return Suggestion(MatchKind.INVOICE_NUMBER, 40, customer_id=customer_id)
        owed = sum((invoice.left for invoice in still_open), Decimal(0))
        confidence = 95 if line.amount == owed else 75
        if len(customers) > 1:
            confidence = 50
        return Suggestion(
            MatchKind.INVOICE_NUMBER,
            confidence,
            customer_id=customer_id,
            invoices=_spread(line.amount, still_open),
        )

    def _by_payer(self, line: StatementLine) -> Suggestion | None:
        payers = self.customers.named_in(line.counterparty, line.text)
        if len(payers) == 1:
            customer_id = next(iter(payers))
            invoices = self.open_by_customer.get(customer_id, [])
            same = [invoice for invoice in invoices if invoice.left == line.amount]
            if same:
                return Suggestion(
                    MatchKind.AMOUNT_AND_NAME,
                    80,
                    customer_id=customer_id,
                    invoices=((same[0].id, line.amount),),
                )
            if invoices and sum((i.left for i in invoices), Decimal(0)) == line.amount:
                return Suggestion(
                    MatchKind.AMOUNT_AND_NAME,
                    75,
                    customer_id=customer_id,
                    invoices=_spread(line.amount, invoices),
                )
            return Suggestion(
                MatchKind.NAME, 45, customer_id=customer_id, invoices=_spread(line.amount, invoices)
            )
        candidates = self.open_by_amount.get(line.amount, [])
        if payers:
            candidates = [invoice for invoice in candidates if invoice.customer_id in payers]
        if len(candidates) == 1:
            invoice = candidates[0]
            return Suggestion(
                MatchKind.AMOUNT,
                55 if payers else 30,
                customer_id=invoice.customer_id,
                invoices=((invoice.id, line.amount),),
            )
        return None


def _apply(session: Session, line: StatementLine, suggestion: Suggestion | None) -> None:
    session.execute(delete(StatementLineInvoice).where(StatementLineInvoice.line_id == line.id))
    if suggestion is None:
        money_out = line.amount < 0
        line.state = LineState.IGNORED if money_out or line.is_transfer else LineState.UNMATCHED
        line.match_kind, line.confidence = None, 0
        line.customer_id = line.batch_id = line.collection_id = None
        return
    line.state = LineState.SUGGESTED
    line.match_kind = suggestion.kind
    line.confidence = suggestion.confidence
    line.customer_id = suggestion.customer_id
    line.batch_id = suggestion.batch_id
    line.collection_id = suggestion.collection_id
    session.add_all(
        StatementLineInvoice(line_id=line.id, invoice_id=invoice_id, amount=amount)
        for invoice_id, amount in suggestion.invoices
    )


def suggest_matches(session: Session, line_ids: Many[int] | None = None) -> int:
    """Match the lines still to review (these, or all); returns how many got a suggestion.
    A suggestion the owner made by hand is kept."""
    session.flush()
    query = (
        select(StatementLine)
        .where(
            StatementLine.state.in_((LineState.UNMATCHED, LineState.SUGGESTED)),
            or_(StatementLine.match_kind.is_(None), StatementLine.match_kind != MatchKind.BY_HAND),
        )
        .order_by(StatementLine.booked_on, StatementLine.id)
    )
    lines: list[StatementLine] = []
    if line_ids is None:
        lines = list(session.scalars(query))
    else:
        for ids in chunks(sorted(line_ids)):
            lines.extend(session.scalars(query.where(StatementLine.id.in_(ids))))
    if not lines:
        return 0
    matcher = _Matcher(session)
    suggested = 0
    for line in lines:
        suggestion = matcher.suggest(line)
        _apply(session, line, suggestion)
        suggested += suggestion is not None
    session.flush()
    return suggested


def _require_open(line: StatementLine) -> None:
    if line.state in (LineState.CONFIRMED, LineState.IGNORED):
        template = _ALREADY_CONFIRMED if line.state is LineState.CONFIRMED else _ALREADY_IGNORED
        raise ConflictError(
            message(template, day=line.booked_on, amount=line.amount, currency=line.currency)
        )


_METHODS = {
    StatementSource.STRIPE: PaymentMethod.CARD,
    StatementSource.PAYPAL: PaymentMethod.OTHER,
}


def _source(session: Session, line: StatementLine) -> StatementSource:
    source = session.scalar(
        select(BankStatement.source).where(BankStatement.id == line.statement_id)
    )
    assert source is not None
    return source


def _record_payment(session: Session, line: StatementLine, *, today: date, actor: str) -> None:
    assert line.customer_id is not None
    allocations = [
        Allocation(invoice_id, amount)
        for invoice_id, amount in session.execute(
            select(StatementLineInvoice.invoice_id, StatementLineInvoice.amount)
            .where(StatementLineInvoice.line_id == line.id)
            .order_by(StatementLineInvoice.id)
        )
    ]
    # An invoice paid meanwhile by other means: only what is left of it is allocated.
    owed = still_owed(session, {allocation.invoice_id for allocation in allocations})
    usable = [
        Allocation(allocation.invoice_id, min(allocation.amount, owed[allocation.invoice_id]))
        for allocation in allocations
        if owed[allocation.invoice_id] > 0
    ]
    source = _source(session, line)
    reference = line.bank_reference or line.end_to_end_id or line.text
    record = record_payments(
        session,
        [
            PaymentData(
                customer_id=line.customer_id,
                received_on=min(line.booked_on, today),
                amount=line.amount,
                method=_METHODS.get(source, PaymentMethod.BANK_TRANSFER),
                reference=" ".join(reference.split())[:140],
                notes=line.text[:2000],
                allocations=usable if allocations else None,
            )
        ],
        today=today,
        actor=actor,
    )[0]
    line.payment_id = record.id
    if line.fee > 0:
        session.add(
            PaymentFee(
                payment_id=record.id,
                provider=source,
                amount=line.fee,
                currency=line.currency,
                charged_on=line.booked_on,
            )
        )


def _confirm(session: Session, line: StatementLine, *, today: date, actor: str) -> None:
    _require_open(line)
    if line.state is LineState.UNMATCHED or line.match_kind is None:
        raise ConflictError(
            message(
                _NOTHING_SUGGESTED, day=line.booked_on, amount=line.amount, currency=line.currency
            )
        )
    received_on = min(line.booked_on, today)
    if line.match_kind is MatchKind.RETURN:
        if line.collection_id is not None:
            line.payment_id = return_collection(
                session,
                line.collection_id,
                returned_on=received_on,
                reason_code=line.return_reason or "MS03",
                today=today,
                actor=actor,
            )
        else:
            assert line.payment_id is not None
            return_payment(
                session,
                line.payment_id,
                returned_on=received_on,
                reason=reason_text(line.return_reason or "MS03"),
                today=today,
                actor=actor,
            )
    elif line.match_kind is MatchKind.BATCH:
        assert line.batch_id is not None
        batch = fetch(session, CollectionBatch, line.batch_id, "batch")
        # A batch confirmed by hand already has its payments: the line only says so.
        if batch.status is not BatchStatus.CONFIRMED:
            confirm_batch(
                session,
                line.batch_id,
                # Booked a little early by the bank: collected on its day all the same.
                received_on=max(received_on, batch.collection_date),
                today=today,
                actor=actor,
            )
    else:
        _record_payment(session, line, today=today, actor=actor)
    line.state = LineState.CONFIRMED
    line.confirmed_on = today
    record_event(
        session,
        today,
        actor,
        "statement_line",
        line.id,
        "confirmed",
        summary=f"{line.booked_on} {line.amount} {line.currency}",
        details={
            "match": line.match_kind,
            "confidence": line.confidence,
            "payment_id": line.payment_id,
        },
    )


def confirm_lines(
    session: Session, line_ids: Sequence[int], *, today: date, actor: str = "user"
) -> int:
    """Record what the suggestions of these lines say: payments, batches collected,
    debits returned. All or none. Returns how many were confirmed."""
    for line_id in line_ids:
        line = fetch(session, StatementLine, line_id, "statement line")
        _confirm(session, line, today=today, actor=actor)
        session.flush()
    # What the payments settled changes the suggestions of the lines still to review.
    suggest_matches(session)
    return len(line_ids)


def assign_line(
    session: Session,
    line_id: int,
    *,
    customer_id: int,
    invoice_ids: Sequence[int] = (),
) -> None:
    """The owner's correction: this money in is from this customer, for these invoices
    (in this order), or for their oldest open ones when none are named."""
    line = fetch(session, StatementLine, line_id, "statement line")
    _require_open(line)
    if line.amount < 0:
        raise ConflictError(message(_NOT_MONEY_IN, day=line.booked_on))
    errors = FieldErrors()
    customer = errors.check(
        "customer_id", lambda: fetch(session, Customer, customer_id, "customer")
    )
    errors.raise_if_any()
    assert customer is not None
    open_invoices = {
        invoice.id: invoice
        for invoice in _open_invoices(session)
        if invoice.customer_id == customer.id
    }
    chosen = []
    for invoice_id in invoice_ids:
        invoice = open_invoices.get(invoice_id)
        if invoice is None:
            number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
            if number is None:
                errors.add("invoice_ids", message(NOT_FOUND, what="invoice", id=invoice_id))
            else:
                errors.add(
                    "invoice_ids",
                    message(_NOT_CUSTOMERS_INVOICE, number=number, customer=customer.name),
                )
            continue
        chosen.append(invoice)
    errors.raise_if_any()
    if not invoice_ids:
        chosen = sorted(open_invoices.values(), key=lambda i: (i.due_date or date.min, i.id))
    _apply(
        session,
        line,
        Suggestion(
            MatchKind.BY_HAND, 100, customer_id=customer.id, invoices=_spread(line.amount, chosen)
        ),
    )
    session.flush()


def assign_return(session: Session, line_id: int, *, payment_id: int) -> None:
    """The owner's correction: this money out is this payment coming back."""
    line = fetch(session, StatementLine, line_id, "statement line")
    _require_open(line)
    if line.amount > 0:
        raise ConflictError(message(_NOT_MONEY_OUT, day=line.booked_on))
    payment = fetch(session, Payment, payment_id, "payment")
    if payment.amount != -line.amount:
        raise ConflictError(
            message(_RETURN_AMOUNT, amount=payment.amount, line_amount=-line.amount)
        )
    collection_id = session.scalar(select(Collection.id).where(Collection.payment_id == payment.id))
    _apply(
        session,
        line,
        Suggestion(
            MatchKind.RETURN, 100, customer_id=payment.customer_id, collection_id=collection_id
        ),
    )
    line.match_kind = MatchKind.RETURN
    line.payment_id = None if collection_id is not None else payment.id
    session.flush()


def ignore_lines(
    session: Session, line_ids: Sequence[int], *, today: date, actor: str = "user"
) -> None:
    """Not a customer's money (bank fees, a purchase, an owner's transfer): set aside."""
    for line_id in line_ids:
        line = fetch(session, StatementLine, line_id, "statement line")
        _require_open(line)
        session.execute(delete(StatementLineInvoice).where(StatementLineInvoice.line_id == line.id))
        line.state, line.match_kind, line.confidence = LineState.IGNORED, None, 0
        line.customer_id = line.batch_id = line.collection_id = None
    record_event(
        session, today, actor, "statement_line", None, "ignored", details={"lines": list(line_ids)}
    )


def restore_lines(session: Session, line_ids: Sequence[int]) -> None:
    """Ignored lines back to review, matched again."""
    for line_id in line_ids:
        line = fetch(session, StatementLine, line_id, "statement line")
        if line.state is LineState.IGNORED:
            line.state = LineState.UNMATCHED
    session.flush()
    suggest_matches(session, line_ids)
    for line_id in line_ids:  # money out the owner brought back stays for them to decide
        line = fetch(session, StatementLine, line_id, "statement line")
        if line.state is LineState.IGNORED:
            line.state = LineState.UNMATCHED


def line_counts(session: Session) -> dict[LineState, int]:
    counts = dict.fromkeys(LineState, 0)
    for state, count in session.execute(
        select(StatementLine.state, func.count()).group_by(StatementLine.state)
    ):
        counts[state] = count
    return counts


def list_lines(
    session: Session,
    *,
    view: LineView = LineView.TO_REVIEW,
    search: str = "",
    limit: int = 500,
    offset: int = 0,
) -> list[LineRow]:
    """Lines of the view, the latest booked first; `search` looks in the label, the
    payer and the amount."""
    query = (
        select(StatementLine, BankStatement.source, BankStatement.file_name, Customer.name)
        .join(BankStatement, BankStatement.id == StatementLine.statement_id)
        .outerjoin(Customer, Customer.id == StatementLine.customer_id)
        .where(StatementLine.state.in_(_VIEW_STATES[view]))
        .order_by(StatementLine.booked_on.desc(), StatementLine.id.desc())
        .offset(offset)
        .limit(limit)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(
                StatementLine.text.ilike(pattern),
                StatementLine.counterparty.ilike(pattern),
                Customer.name.ilike(pattern),
            )
        )
    rows = list(session.execute(query))
    line_ids = [line.id for line, _, _, _ in rows]
    invoices: dict[int, list[tuple[int, str, Decimal]]] = defaultdict(list)
    for ids in chunks(line_ids):
        for line_id, invoice_id, number, amount in session.execute(
            select(
                StatementLineInvoice.line_id,
                Invoice.id,
                Invoice.number,
                StatementLineInvoice.amount,
            )
            .join(Invoice, Invoice.id == StatementLineInvoice.invoice_id)
            .where(StatementLineInvoice.line_id.in_(ids))
            .order_by(StatementLineInvoice.id)
        ):
            invoices[line_id].append((invoice_id, number or "", amount))
    batches: dict[int, str] = {}
    confirmed_batches: set[int] = set()
    for batch_id, reference, status in session.execute(
        select(CollectionBatch.id, CollectionBatch.reference, CollectionBatch.status).where(
            CollectionBatch.id.in_({line.batch_id for line, _, _, _ in rows if line.batch_id})
        )
    ):
        batches[batch_id] = reference
        if status is BatchStatus.CONFIRMED:
            confirmed_batches.add(batch_id)
    batch_sizes = dict(
        session.execute(
            select(Collection.batch_id, func.count())
            .where(Collection.batch_id.in_(batches))
            .group_by(Collection.batch_id)
        ).all()
    )
    collections = dict(
        session.execute(
            select(Collection.id, Collection.end_to_end_id).where(
                Collection.id.in_(
                    {line.collection_id for line, _, _, _ in rows if line.collection_id}
                )
            )
        ).all()
    )
    return [
        LineRow(
            id=line.id,
            booked_on=line.booked_on,
            amount=line.amount,
            fee=line.fee,
            currency=line.currency,
            text=line.text,
            counterparty=line.counterparty,
            source=source,
            file_name=file_name,
            state=line.state,
            match_kind=line.match_kind,
            confidence=line.confidence,
            customer_id=line.customer_id,
            customer_name=customer_name or "",
            invoices=tuple(invoices.get(line.id, ())),
            batch_reference=batches.get(line.batch_id, "") if line.batch_id else "",
            collection_reference=collections.get(line.collection_id, "")
            if line.collection_id
            else "",
            return_reason=line.return_reason,
            is_transfer=line.is_transfer,
            payment_id=line.payment_id,
            counterparty_iban=line.counterparty_iban,
            bank_reference=line.bank_reference,
            end_to_end_id=line.end_to_end_id,
            value_on=line.value_on,
            source_line=line.source_line,
            batch_size=batch_sizes.get(line.batch_id, 0) if line.batch_id else 0,
            batch_recorded=line.state in (LineState.UNMATCHED, LineState.SUGGESTED)
            and line.batch_id in confirmed_batches,
        )
        for line, source, file_name, customer_name in rows
    ]


def returnable_payments(session: Session, customer_id: int) -> list[tuple[int, date, Decimal, str]]:
    """A customer's payments that could come back: (id, received on, amount, reference)."""
    return [
        (payment.id, payment.received_on, payment.amount, payment.reference or "")
        for payment in session.scalars(
            select(Payment)
            .where(Payment.customer_id == customer_id, Payment.status == PaymentStatus.RECEIVED)
            .order_by(Payment.received_on.desc(), Payment.id.desc())
            .limit(100)
        )
    ]
