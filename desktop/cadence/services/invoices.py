"""Invoices and credit notes as the owner looks them up."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, UnaryExpression, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cadence.domain.errors import ConflictError, NotFoundError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import (
    OPEN_STATUSES,
    InvoiceKind,
    InvoiceStatus,
    PdfState,
    is_overdue,
)
from cadence.domain.parties import PaymentMethod
from cadence.domain.text import search_key
from cadence.services.common import NOT_FOUND, chunks, fetch
from cadence.services.credit_notes import credited_so_far
from cadence.services.direct_debit import requested_collections
from cadence.services.payments import settled_amounts
from cadence.services.standing import awaiting_collection, debit_announced
from cadence.store.models import CompanySettings, Customer, Invoice, InvoiceLine

if TYPE_CHECKING:
    from cadence.services.pdfs import RegeneratedPdf

_NO_NUMBER = QT_TRANSLATE_NOOP("Messages", "there is no invoice or credit note {number}")
_NOTHING_TO_PAY = QT_TRANSLATE_NOOP("Messages", "invoice {number} has nothing left to pay")
_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Messages", "the PDF of {number} could not be written to {path}: {reason}"
)
_DRAFT_HAS_NO_PDF = QT_TRANSLATE_NOOP(
    "Messages", "a draft has no PDF: it gets one when it is issued"
)
_NOT_CREDITABLE = QT_TRANSLATE_NOOP(
    "Messages", "only an issued invoice can be corrected by a credit note"
)


@dataclass(frozen=True)
class LineRecord:
    position: int
    description: str
    period_start: date | None
    period_end: date | None  # the first day after the period, as everywhere in Cadence
    quantity: Decimal
    unit_price: Decimal
    discount_amount: Decimal
    net_amount: Decimal
    vat_rate: Decimal


@dataclass(frozen=True)
class InvoiceRecord:
    id: int
    kind: InvoiceKind
    number: str | None
    status: InvoiceStatus
    customer_id: int
    customer_name: str | None
    subscription_id: int | None
    period_start: date | None
    period_end: date | None
    issue_date: date | None
    due_date: date | None
    currency: str
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    outstanding: Decimal  # what is left to pay (0 for credit notes)
    overdue: bool  # unpaid past its due date, and not the owner's to collect by direct debit
    corrects: str | None  # the number of the invoice a credit note corrects
    lines: tuple[LineRecord, ...] = ()


def _line(line: InvoiceLine) -> LineRecord:
    return LineRecord(
        position=line.position,
        description=line.description,
        period_start=line.period_start,
        period_end=line.period_end,
        quantity=line.quantity,
        unit_price=line.unit_price,
        discount_amount=line.discount_amount,
        net_amount=line.net_amount,
        vat_rate=line.vat_rate,
    )


def _among(
    session: Session, invoice_ids: Sequence[int], condition: ColumnElement[bool]
) -> set[int]:
    """Those of the invoices that meet `condition` (one query for a page of them)."""
    found: set[int] = set()
    for ids in chunks(sorted(invoice_ids)):
        found.update(session.scalars(select(Invoice.id).where(Invoice.id.in_(ids), condition)))
    return found


def _records(
    session: Session, invoices: list[Invoice], today: date, with_lines: bool
) -> list[InvoiceRecord]:
    settled = settled_amounts(session, [invoice.id for invoice in invoices])
    # Being collected by direct debit, or to be, is not being late.
    waiting = _among(
        session,
        [invoice.id for invoice in invoices if is_overdue(invoice.status, invoice.due_date, today)],
        awaiting_collection(),
    )
    corrected = {
        row.id: row.number
        for row in session.execute(
            select(Invoice.id, Invoice.number).where(
                Invoice.id.in_({i.corrects_invoice_id for i in invoices if i.corrects_invoice_id})
            )
        )
    }
    records = []
    for invoice in invoices:
        paid, credited = settled[invoice.id]
        left = (
            invoice.total_gross - paid - credited
            if invoice.kind is InvoiceKind.INVOICE and invoice.status is not InvoiceStatus.DRAFT
            else Decimal("0.00")
        )
        records.append(
            InvoiceRecord(
                id=invoice.id,
                kind=invoice.kind,
                number=invoice.number,
                status=invoice.status,
                customer_id=invoice.customer_id,
                customer_name=invoice.buyer_name,
                subscription_id=invoice.subscription_id,
                period_start=invoice.period_start,
                period_end=invoice.period_end,
                issue_date=invoice.issue_date,
                due_date=invoice.due_date,
                currency=invoice.currency,
                total_net=invoice.total_net,
                total_vat=invoice.total_vat,
                total_gross=invoice.total_gross,
                outstanding=left,
                overdue=invoice.kind is InvoiceKind.INVOICE
                and invoice.id not in waiting
                and is_overdue(invoice.status, invoice.due_date, today),
                corrects=corrected.get(invoice.corrects_invoice_id or 0),
                lines=tuple(_line(line) for line in invoice.lines) if with_lines else (),
            )
        )
    return records


def find_invoice(session: Session, number: str) -> Invoice:
    """The invoice or credit note with this number (numbers are unique across series)."""
    found = session.scalars(select(Invoice).where(Invoice.number == number.strip())).all()
    if len(found) != 1:
        raise NotFoundError(message(_NO_NUMBER, number=number))
    return found[0]


def get_invoice(session: Session, number: str, *, today: date) -> InvoiceRecord:
    return _records(session, [find_invoice(session, number)], today, with_lines=True)[0]


def list_invoices(
    session: Session,
    *,
    today: date,
    customer_id: int | None = None,
    subscription_id: int | None = None,
    statuses: frozenset[InvoiceStatus] | None = None,
    overdue_only: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[InvoiceRecord]:
    """Documents, newest first."""
    query = select(Invoice).order_by(Invoice.issue_date.desc(), Invoice.id.desc())
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    if subscription_id is not None:
        query = query.where(Invoice.subscription_id == subscription_id)
    if statuses:
        query = query.where(Invoice.status.in_(statuses))
    if overdue_only:
        query = query.where(
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.status.in_(OPEN_STATUSES),
            Invoice.due_date < today,
            ~awaiting_collection(),
        )
    return _records(
        session, list(session.scalars(query.offset(offset).limit(limit))), today, with_lines=False
    )


# -- the Invoices tab: pages of documents, filtered, and what its actions need ------


class StatusFilter(StrEnum):
    """What the Invoices tab's status filter offers."""

    ALL = "all"
    UNPAID = "unpaid"  # issued or partially paid invoices, due or not
    OVERDUE = "overdue"  # unpaid past their due date, and not awaiting a direct debit
    ISSUED = "issued"  # invoices nothing has been paid of yet
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CREDITED = "credited"  # invoices cancelled in full by credit notes
    CREDIT_NOTES = "credit_notes"


@dataclass(frozen=True)
class DocumentFilter:
    status: StatusFilter = StatusFilter.ALL
    issued_from: date | None = None  # both days included
    issued_to: date | None = None


@dataclass(frozen=True)
class InvoiceRow:
    """One line of the Invoices tab."""

    id: int
    kind: InvoiceKind
    number: str | None
    status: InvoiceStatus
    overdue: bool
    customer_id: int
    customer_name: str  # as it was printed on the document
    issue_date: date | None
    due_date: date | None
    currency: str
    total_gross: Decimal
    left_to_pay: Decimal  # 0 for credit notes, drafts and settled invoices
    corrects_invoice_id: int | None
    corrects_number: str | None  # the invoice a credit note corrects
    # The requested direct-debit batch that collects it (its reference), if any.
    collection_batch: str | None = None
    # Past its due date, announced to the customer as debited, and in no batch yet: the
    # owner's to collect (Direct debit…), not the customer's lateness; never `overdue`.
    debit_to_request: bool = False


# The orders the tab offers, each on an index, so that a page of a million documents
# comes at once: by issue date (then id: the order they were issued in), or by
# number (series by series, as the unique index of numbers holds them). Each ends
# with the id, so pages never overlap or skip rows that tie.
_SORTS: dict[str, tuple[InstrumentedAttribute[Any], ...]] = {
    "issue_date": (Invoice.issue_date, Invoice.id),
    "number": (Invoice.series_id, Invoice.number, Invoice.id),
}
INVOICE_SORTS = tuple(_SORTS)

_ROW_COLUMNS = (
    Invoice.id,
    Invoice.kind,
    Invoice.number,
    Invoice.status,
    Invoice.customer_id,
    Invoice.buyer_name,
    Invoice.issue_date,
    Invoice.due_date,
    Invoice.currency,
    Invoice.total_gross,
    Invoice.corrects_invoice_id,
)


def _status_condition(status: StatusFilter, today: date) -> list[ColumnElement[bool]]:
    invoices_only = Invoice.kind == InvoiceKind.INVOICE
    match status:
        case StatusFilter.ALL:
            return []
        case StatusFilter.UNPAID:
            return [Invoice.status.in_(OPEN_STATUSES), invoices_only]
        case StatusFilter.OVERDUE:
            # Being collected by direct debit, or announced as debited, is not being late.
            return [
                Invoice.status.in_(OPEN_STATUSES),
                Invoice.due_date < today,
                invoices_only,
                ~awaiting_collection(),
            ]
        case StatusFilter.CREDIT_NOTES:
            # Credit notes stay "issued" (only invoices are settled): saying so lets
            # the status index find them among a million invoices.
            return [Invoice.status == InvoiceStatus.ISSUED, Invoice.kind == InvoiceKind.CREDIT_NOTE]
        case _:
            return [Invoice.status == InvoiceStatus(status), invoices_only]


def _search_condition(search: str) -> ColumnElement[bool] | None:
    """Documents whose customer's name (or e-mail, city …) has every word typed, or,
    when the text has a digit, whose number contains it."""
    words = search_key(search).split()
    if not words:
        return None
    customers = select(Customer.id)
    for word in words:
        customers = customers.where(Customer.search_text.contains(word, autoescape=True))
    by_customer = select(Invoice.id).where(Invoice.customer_id.in_(customers))
    text = search.strip()
    if not any(char.isdigit() for char in text):
        # A number without digits ("FA") would match every document; and the number
        # search reads its whole index: only when it can mean something.
        return Invoice.id.in_(by_customer)
    # LIKE ignores case in SQLite (numbers are ASCII); lower() on both sides would
    # make it three times slower on a million numbers.
    by_number = select(Invoice.id).where(Invoice.number.contains(text, autoescape=True))
    # Asked as a set of ids, so each half uses its own index.
    return Invoice.id.in_(by_customer.union(by_number))


def _order(sort: str, descending: bool) -> list[UnaryExpression[Any]]:
    if sort not in _SORTS:
        raise ValueError(f"cannot sort documents by {sort!r}")
    return [column.desc() if descending else column.asc() for column in _SORTS[sort]]


def _rows(session: Session, rows: Sequence[Any], today: date) -> list[InvoiceRow]:
    settled = settled_amounts(session, [row.id for row in rows])
    corrected_ids = {row.corrects_invoice_id for row in rows if row.corrects_invoice_id}
    corrected = {
        row.id: row.number
        for row in session.execute(
            select(Invoice.id, Invoice.number).where(Invoice.id.in_(corrected_ids))
        )
    }
    # One query for the page: only an open invoice can be in a batch waiting for the bank.
    collecting = requested_collections(
        session,
        [row.id for row in rows if row.kind is InvoiceKind.INVOICE and row.status in OPEN_STATUSES],
    )
    # And one for those past due that no batch asks for: were they announced as debited?
    to_request = _among(
        session,
        [
            row.id
            for row in rows
            if row.kind is InvoiceKind.INVOICE
            and row.id not in collecting
            and is_overdue(row.status, row.due_date, today)
        ],
        debit_announced(),
    )
    found = []
    for row in rows:
        paid, credited = settled[row.id]
        is_invoice = row.kind is InvoiceKind.INVOICE and row.status is not InvoiceStatus.DRAFT
        found.append(
            InvoiceRow(
                id=row.id,
                kind=row.kind,
                number=row.number,
                status=row.status,
                # Being collected by direct debit, or to be, is not being late.
                overdue=row.kind is InvoiceKind.INVOICE
                and row.id not in collecting
                and row.id not in to_request
                and is_overdue(row.status, row.due_date, today),
                customer_id=row.customer_id,
                customer_name=row.buyer_name or "",
                issue_date=row.issue_date,
                due_date=row.due_date,
                currency=row.currency,
                total_gross=row.total_gross,
                left_to_pay=row.total_gross - paid - credited if is_invoice else Decimal("0.00"),
                corrects_invoice_id=row.corrects_invoice_id,
                corrects_number=corrected.get(row.corrects_invoice_id),
                collection_batch=collecting.get(row.id),
                debit_to_request=row.id in to_request,
            )
        )
    return found


def invoice_page(
    session: Session,
    *,
    today: date,
    filters: DocumentFilter = DocumentFilter(),
    search: str = "",
    offset: int = 0,
    limit: int = 200,
    sort: str = "issue_date",
    descending: bool = True,
) -> list[InvoiceRow]:
    """Invoices and credit notes, a page at a time: filtered by status and issue date,
    searched by customer or number, newest first unless told otherwise."""
    query = select(*_ROW_COLUMNS).where(*_status_condition(filters.status, today))
    if filters.issued_from is not None:
        query = query.where(Invoice.issue_date >= filters.issued_from)
    if filters.issued_to is not None:
        query = query.where(Invoice.issue_date <= filters.issued_to)
    searched = _search_condition(search)
    if searched is not None:
        query = query.where(searched)
    query = query.order_by(*_order(sort, descending)).offset(offset).limit(limit)
    return _rows(session, session.execute(query).all(), today)


def invoice_row(session: Session, invoice_id: int, *, today: date) -> InvoiceRow:
    """One document as the tab lists it."""
    row = session.execute(select(*_ROW_COLUMNS).where(Invoice.id == invoice_id)).first()
    if row is None:
        raise NotFoundError(message(NOT_FOUND, what="invoice", id=invoice_id))
    return _rows(session, [row], today)[0]


class PdfAvailability(StrEnum):
    READY = "ready"
    NOT_WRITTEN = "not_written"  # issued, its PDF waits to be written (or could not be)
    FILE_MISSING = "file_missing"  # written, then moved or deleted
    FILE_CHANGED = "file_changed"  # the file no longer has the bytes Cadence wrote
    NO_PDF = "no_pdf"  # a draft: it gets a PDF once issued


@dataclass(frozen=True)
class DocumentPdf:
    """A document's PDF as the preview shows it: its bytes, read whole, so that the
    file is never kept open (it may be rewritten at any time)."""

    invoice_id: int
    number: str | None
    availability: PdfAvailability
    path: Path | None  # where it is, or was, recorded
    content: bytes | None  # only when READY


def document_pdf(session: Session, invoice_id: int) -> DocumentPdf:
    """The recorded PDF of a document, checked against the hash recorded when it was written."""
    invoice = fetch(session, Invoice, invoice_id, "invoice")
    path = Path(invoice.pdf_path) if invoice.pdf_path else None

    def found(availability: PdfAvailability, content: bytes | None = None) -> DocumentPdf:
        return DocumentPdf(invoice.id, invoice.number, availability, path, content)

    if invoice.number is None:
        return found(PdfAvailability.NO_PDF)
    if invoice.pdf_state is not PdfState.WRITTEN or path is None:
        return found(PdfAvailability.NOT_WRITTEN)
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return found(PdfAvailability.FILE_MISSING)
    except OSError:  # unreadable (permissions, a folder in its place): as good as missing
        return found(PdfAvailability.FILE_MISSING)
    if hashlib.sha256(content).hexdigest() != invoice.pdf_sha256:
        return found(PdfAvailability.FILE_CHANGED)
    return found(PdfAvailability.READY, content)


@dataclass(frozen=True)
class InvoiceToPay:
    """What the "Record a payment" form starts from."""

    invoice_id: int
    number: str
    customer_id: int
    customer_name: str
    currency: str
    left_to_pay: Decimal
    usual_method: PaymentMethod  # how this customer usually pays


def invoice_to_pay(session: Session, invoice_id: int) -> InvoiceToPay:
    invoice = fetch(session, Invoice, invoice_id, "invoice")
    if invoice.kind is not InvoiceKind.INVOICE or invoice.status not in OPEN_STATUSES:
        raise ConflictError(message(_NOTHING_TO_PAY, number=invoice.number or str(invoice.id)))
    paid, credited = settled_amounts(session, [invoice.id])[invoice.id]
    customer = session.get_one(Customer, invoice.customer_id)
    return InvoiceToPay(
        invoice_id=invoice.id,
        number=invoice.number or "",
        customer_id=invoice.customer_id,
        customer_name=invoice.buyer_name or customer.name,
        currency=invoice.currency,
        left_to_pay=invoice.total_gross - paid - credited,
        usual_method=customer.payment_method,
    )


@dataclass(frozen=True)
class InvoiceToCredit:
    """What the "Credit note" form starts from."""

    invoice_id: int
    number: str
    customer_name: str
    currency: str
    total_net: Decimal
    total_gross: Decimal
    credited_so_far: Decimal  # incl. VAT, by earlier credit notes
    lines: tuple[LineRecord, ...]


def invoice_to_credit(session: Session, invoice_id: int) -> InvoiceToCredit:
    invoice = fetch(session, Invoice, invoice_id, "invoice")
    if invoice.kind is not InvoiceKind.INVOICE or invoice.status is InvoiceStatus.DRAFT:
        raise ConflictError(message(_NOT_CREDITABLE))
    return InvoiceToCredit(
        invoice_id=invoice.id,
        number=invoice.number or "",
        customer_name=invoice.buyer_name or "",
        currency=invoice.currency,
        total_net=invoice.total_net,
        total_gross=invoice.total_gross,
        credited_so_far=credited_so_far(session, invoice.id),
        lines=tuple(_line(line) for line in invoice.lines),
    )


def write_pdf(
    session: Session, *, invoice_id: int, today: date, actor: str = "user"
) -> RegeneratedPdf:
    """Write a document's PDF now (or again, exactly as issued, when its file was lost or
    changed). A folder that cannot be written is the owner's to fix, said as such."""
    # Imported here: the PDF service looks documents up through this module.
    from cadence.services.pdfs import pdf_root, planned_path, regenerate_pdf

    invoice = fetch(session, Invoice, invoice_id, "invoice")
    number = invoice.number
    if number is None or invoice.issue_date is None:
        raise ConflictError(message(_DRAFT_HAS_NO_PDF))
    try:
        return regenerate_pdf(session, number=number, today=today, actor=actor)
    except OSError as error:
        company = session.get_one(CompanySettings, 1)
        path = invoice.pdf_path or str(planned_path(pdf_root(company), number, invoice.issue_date))
        raise ConflictError(
            message(_CANNOT_WRITE, number=number, path=path, reason=error.strerror or str(error))
        ) from error
