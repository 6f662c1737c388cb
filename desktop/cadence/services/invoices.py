"""Invoices and credit notes as the owner looks them up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.errors import NotFoundError, message
from cadence.domain.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, InvoiceStatus, is_overdue
from cadence.services.payments import settled_amounts
from cadence.store.models import Invoice

_NO_NUMBER = QT_TRANSLATE_NOOP(MESSAGES_CONTEXT, "there is no invoice or credit note {number}")


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
    overdue: bool
    corrects: str | None  # the number of the invoice a credit note corrects
    lines: tuple[LineRecord, ...] = ()


def _records(
    session: Session, invoices: list[Invoice], today: date, with_lines: bool
) -> list[InvoiceRecord]:
    settled = settled_amounts(session, [invoice.id for invoice in invoices])
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
                and is_overdue(invoice.status, invoice.due_date, today),
                corrects=corrected.get(invoice.corrects_invoice_id or 0),
                lines=tuple(
                    LineRecord(
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
                    for line in invoice.lines
                )
                if with_lines
                else (),
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
        )
    return _records(
        session, list(session.scalars(query.offset(offset).limit(limit))), today, with_lines=False
    )
