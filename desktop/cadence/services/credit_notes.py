"""Credit notes: the only way to correct an issued invoice (CGI art. 272 and 289).

A credit note quotes the invoice it corrects, gets a number in its own gapless
series, and settles that invoice as far as it is still open; anything beyond
becomes the customer's credit for their next invoices.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.errors import (
    ConflictError,
    FieldErrors,
    InvalidValue,
    ValidationError,
    message,
)
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import (
    InvoiceKind,
    InvoiceStatus,
    LineDraft,
    document_totals,
)
from cadence.domain.money import check_places
from cadence.domain.periods import Period
from cadence.domain.text import clean_text
from cadence.services.common import fetch, record_event
from cadence.services.company import require_company
from cadence.services.issuing import DocumentToIssue, IssuedDocument, Issuer
from cadence.services.payments import outstanding, settle
from cadence.services.standing import sweep_past_due
from cadence.store.models import Customer, Invoice, InvoiceLine, PaymentAllocation

_NOT_AN_INVOICE = QT_TRANSLATE_NOOP(
    "Messages", "only an issued invoice can be corrected by a credit note"
)
_FULLY_CREDITED = QT_TRANSLATE_NOOP("Messages", "invoice {number} is already credited in full")
_PARTLY_CREDITED = QT_TRANSLATE_NOOP(
    "Messages",
    "invoice {number} already has credit notes for {credited}; credit the lines by amount",
)
_NO_LINE = QT_TRANSLATE_NOOP("Messages", "invoice {number} has no line {position}")
_LINE_AMOUNT = QT_TRANSLATE_NOOP(
    "Messages",
    "line {position} can be credited between 0.01 and {maximum} excl. VAT, not {amount}",
)
_OVER_CREDIT = QT_TRANSLATE_NOOP(
    "Messages",
    "with this credit note, invoice {number} would be credited {total}, more than its {gross}",
)
_NOTHING = QT_TRANSLATE_NOOP("Messages", "say which lines to credit, and how much")
_BEFORE_INVOICE = QT_TRANSLATE_NOOP(
    "Messages",
    "invoice {number} is dated {issued}: a credit note correcting it cannot be dated "
    "before, on {day}; check the computer's date",
)


def credited_so_far(session: Session, invoice_id: int) -> Decimal:
    total = session.scalar(
        select(func.sum(Invoice.total_gross)).where(
            Invoice.corrects_invoice_id == invoice_id,
            Invoice.kind == InvoiceKind.CREDIT_NOTE,
            Invoice.status != InvoiceStatus.DRAFT,
        )
    )
    return total or Decimal(0)


def issue_credit_lines(
    session: Session,
    issuer: Issuer,
    invoice: Invoice,
    lines: Sequence[LineDraft],
    today: date,
    notes: str = "",
) -> IssuedDocument:
    """Issue a credit note of `lines` correcting `invoice`, and let it settle the invoice.
    A credit note is never dated before the invoice it corrects."""
    if invoice.issue_date is not None and issuer.issue_date < invoice.issue_date:
        raise ConflictError(
            message(
                _BEFORE_INVOICE,
                number=invoice.number or "",
                issued=invoice.issue_date,
                day=issuer.issue_date,
            )
        )
    company = require_company(session)
    customer = session.get_one(Customer, invoice.customer_id)
    issued = issuer.issue(
        [
            DocumentToIssue(
                kind=InvoiceKind.CREDIT_NOTE,
                customer=customer,
                series=company.credit_note_series,
                currency=invoice.currency,
                lines=lines,
                subscription_id=invoice.subscription_id,
                corrects=invoice,
                customer_reference=invoice.customer_reference,
                notes=notes,
            )
        ]
    )[0]
    left = outstanding(session, invoice)
    if invoice.status is not InvoiceStatus.DRAFT and left > 0:
        session.add(
            PaymentAllocation(
                invoice_id=invoice.id,
                credit_note_id=issued.id,
                amount=min(left, issued.total_gross),
                allocated_on=today,
            )
        )
    settle(session, [invoice.id])
    return issued


def issue_credit_note(
    session: Session,
    *,
    invoice_id: int,
    today: date,
    line_amounts: Mapping[int, Decimal] | None = None,
    reason: str = "",
    actor: str = "user",
) -> IssuedDocument:
    """Correct an invoice: in full (no `line_amounts`), or by a net amount excl. VAT
    on some of its lines (`line_amounts`: line position → amount)."""
    invoice = fetch(session, Invoice, invoice_id, "invoice")
    if invoice.kind is not InvoiceKind.INVOICE or invoice.status is InvoiceStatus.DRAFT:
        raise ConflictError(message(_NOT_AN_INVOICE))
    number = invoice.number or ""
    errors = FieldErrors()
    notes = errors.check("reason", lambda: clean_text(reason, maximum=1000)) or ""
    errors.raise_if_any()
    already = credited_so_far(session, invoice.id)
    if already >= invoice.total_gross:
        raise ConflictError(message(_FULLY_CREDITED, number=number))
    if line_amounts is None:
        if already > 0:
            raise ConflictError(message(_PARTLY_CREDITED, number=number, credited=already))
        lines = [_copy(line) for line in invoice.lines]
    else:
        lines = _partial_lines(invoice, line_amounts, errors)
        errors.raise_if_any()
        if not lines:
            raise ValidationError.single("line_amounts", message(_NOTHING))
        gross = document_totals(lines, invoice.currency).gross
        if already + gross > invoice.total_gross:
            raise ValidationError.single(
                "line_amounts",
                message(
                    _OVER_CREDIT, number=number, total=already + gross, gross=invoice.total_gross
                ),
            )
    issuer = Issuer(session, require_company(session), today)
    issued = issue_credit_lines(session, issuer, invoice, lines, today, notes)
    sweep_past_due(session, as_of=today, actor=actor)
    record_event(
        session,
        today,
        actor,
        "invoice",
        invoice.id,
        "credited",
        summary=issued.number,
        details={"credit_note": issued.number, "amount": issued.total_gross},
    )
    return issued


def _copy(line: InvoiceLine) -> LineDraft:
    period = (
        Period(line.period_start, line.period_end)
        if line.period_start and line.period_end
        else None
    )
    return LineDraft(
        description=line.description,
        quantity=line.quantity,
        unit_price=line.unit_price,
        net_amount=line.net_amount,
        vat_rate=line.vat_rate,
        vat_category=line.vat_category,
        item_id=line.item_id,
        period=period,
        discount_amount=line.discount_amount,
        discount_label=line.discount_label,
        vat_exemption_reason=line.vat_exemption_reason,
    )


def _partial_lines(
    invoice: Invoice, line_amounts: Mapping[int, Decimal], errors: FieldErrors
) -> list[LineDraft]:
    by_position = {line.position: line for line in invoice.lines}
    lines: list[LineDraft] = []
    for position, amount in sorted(line_amounts.items()):
        line = by_position.get(position)
        if line is None:
            errors.add("line_amounts", message(_NO_LINE, number=invoice.number, position=position))
            continue
        if not Decimal("0.01") <= amount <= line.net_amount:
            errors.add(
                "line_amounts",
                message(_LINE_AMOUNT, position=position, maximum=line.net_amount, amount=amount),
            )
            continue
        try:
            exact = check_places(amount, 2)
        except InvalidValue as error:
            errors.add("line_amounts", error.message)
            continue
        copied = _copy(line)
        lines.append(
            LineDraft(
                description=copied.description,
                quantity=Decimal(1),
                unit_price=exact,
                net_amount=exact,
                vat_rate=copied.vat_rate,
                vat_category=copied.vat_category,
                item_id=copied.item_id,
                period=copied.period,
                vat_exemption_reason=copied.vat_exemption_reason,
            )
        )
    return lines
