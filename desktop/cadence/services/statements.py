"""A customer's statement of account: their subscriptions, what they were invoiced,
credited and paid over a period, and what they owe.

The balance is invoices − credit notes − payments received (returned direct
debits do not count); positive, the customer owes it; negative, it is credit
in their favour.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.documents.model import (
    Buyer,
    PostalAddress,
    StatementDocument,
    StatementEntry,
    StatementEntryKind,
    StatementSubscription,
)
from cadence.domain.discounts import Discount
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, InvoiceStatus, PaymentStatus
from cadence.domain.lifecycle import LIVE_STATUSES
from cadence.domain.periods import Period
from cadence.domain.wording import every, status, words
from cadence.services.common import fetch
from cadence.services.company import require_company
from cadence.services.issuing import seller_snapshot
from cadence.services.payments import settled_amounts
from cadence.services.pdfs import seller_from_snapshot
from cadence.services.subscriptions import discount_of
from cadence.store.models import Customer, Invoice, Payment, Subscription

_ISSUED = Invoice.status != InvoiceStatus.DRAFT


def _buyer(customer: Customer) -> Buyer:
    delivery: tuple[str, ...] = ()
    if customer.delivery_address_line1:
        delivery = tuple(
            part
            for part in (
                customer.delivery_address_line1,
                customer.delivery_address_line2,
                f"{customer.delivery_postal_code or ''} {customer.delivery_city or ''}".strip(),
            )
            if part
        )
    return Buyer(
        kind=customer.kind,
        name=customer.name,
        address=PostalAddress(
            tuple(part for part in (customer.address_line1, customer.address_line2) if part),
            customer.postal_code,
            customer.city,
            customer.country,
        ),
        delivery_address=delivery,
        siren=customer.siren,
        vat_number=customer.vat_number,
        email=customer.email,
    )


def _balance_before(session: Session, customer_id: int, day: date) -> Decimal:
    def issued_total(kind: InvoiceKind) -> Decimal:
        query = select(func.sum(Invoice.total_gross)).where(
            Invoice.customer_id == customer_id,
            Invoice.kind == kind,
            _ISSUED,
            Invoice.issue_date < day,
        )
        return session.scalar(query) or Decimal(0)

    paid = session.scalar(
        select(func.sum(Payment.amount)).where(
            Payment.customer_id == customer_id,
            Payment.status == PaymentStatus.RECEIVED,
            Payment.received_on < day,
        )
    ) or Decimal(0)
    return issued_total(InvoiceKind.INVOICE) - issued_total(InvoiceKind.CREDIT_NOTE) - paid


def _recurring_amount(subscription: Subscription) -> Decimal:
    """What one cycle costs excl. VAT, after a discount that lasts for ever."""
    plan = subscription.plan
    price = subscription.unit_price_override or plan.unit_price
    amount = (price * subscription.quantity).quantize(Decimal("0.01"))
    discount: Discount | None = discount_of(subscription)
    if discount is not None and discount.is_permanent:
        amount -= discount.amount_off(amount, plan.currency)
    return amount


def customer_statement(
    session: Session, *, customer_id: int, start: date, end: date, today: date
) -> StatementDocument:
    """The statement of `customer_id` for the days from `start` to `end` (excluded),
    in the customer's language, as of `today`."""
    customer = fetch(session, Customer, customer_id, "customer")
    company = require_company(session)
    language = customer.language
    entries: list[StatementEntry] = []
    for invoice in session.scalars(
        select(Invoice)
        .where(
            Invoice.customer_id == customer_id,
            _ISSUED,
            Invoice.issue_date >= start,
            Invoice.issue_date < end,
        )
        .order_by(Invoice.issue_date, Invoice.chain_position)
    ):
        assert invoice.issue_date is not None  # issued
        if invoice.kind is InvoiceKind.INVOICE:
            description = ", ".join(line.description for line in invoice.lines[:2])
            entries.append(
                StatementEntry(
                    invoice.issue_date,
                    StatementEntryKind.INVOICE,
                    invoice.number or "",
                    description,
                    debit=invoice.total_gross,
                    due_date=invoice.due_date,
                )
            )
        else:
            corrected = session.get(Invoice, invoice.corrects_invoice_id)
            entries.append(
                StatementEntry(
                    invoice.issue_date,
                    StatementEntryKind.CREDIT_NOTE,
                    invoice.number or "",
                    words(language, "credit_note", number=corrected.number if corrected else ""),
                    credit=invoice.total_gross,
                )
            )
    for payment in session.scalars(
        select(Payment)
        .where(
            Payment.customer_id == customer_id,
            Payment.status == PaymentStatus.RECEIVED,
            Payment.received_on >= start,
            Payment.received_on < end,
        )
        .order_by(Payment.received_on, Payment.id)
    ):
        entries.append(
            StatementEntry(
                payment.received_on,
                StatementEntryKind.PAYMENT,
                payment.reference or "",
                words(language, f"payment_{payment.method.value}"),
                credit=payment.amount,
            )
        )
    entries.sort(key=lambda entry: entry.on)  # stable: invoices before payments of a day

    subscriptions = tuple(
        StatementSubscription(
            plan_name=subscription.plan.name,
            status=status(subscription.status.value, language),
            quantity=subscription.quantity,
            started_on=subscription.start_date,
            next_billing_date=subscription.next_billing_date,
            recurring_amount=_recurring_amount(subscription),
            cycle=every(
                subscription.plan.interval_count, subscription.plan.interval_unit.value, language
            ),
        )
        for subscription in session.scalars(
            select(Subscription)
            .where(
                Subscription.customer_id == customer_id,
                Subscription.status.in_(LIVE_STATUSES) | (Subscription.ended_on >= start),
            )
            .order_by(Subscription.start_date, Subscription.id)
        )
    )

    overdue_invoices = list(
        session.scalars(
            select(Invoice).where(
                Invoice.customer_id == customer_id,
                Invoice.kind == InvoiceKind.INVOICE,
                Invoice.status.in_(OPEN_STATUSES),
                Invoice.due_date < today,
            )
        )
    )
    settled = settled_amounts(session, [invoice.id for invoice in overdue_invoices])
    overdue = sum(
        (
            invoice.total_gross - sum(settled[invoice.id], Decimal(0))
            for invoice in overdue_invoices
        ),
        Decimal(0),
    )
    return StatementDocument(
        issue_date=today,
        period=Period(start, end),
        language=language,
        currency=company.default_currency,
        seller=seller_from_snapshot(seller_snapshot(company), {}),
        buyer=_buyer(customer),
        opening_balance=_balance_before(session, customer_id, start),
        entries=tuple(entries),
        subscriptions=subscriptions,
        overdue_amount=overdue,
    )
