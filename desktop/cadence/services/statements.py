"""A customer's statement of account: their subscriptions, what they were invoiced,
credited and paid over a period, and what they owe.

The balance is invoices − credit notes − payments received (returned direct
debits do not count); positive, the customer owes it; negative, it is credit
in their favour. What of it the bank will debit under the customer's SEPA
mandate is said apart, so that only the rest is asked by transfer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session, joinedload

from cadence.documents.model import (
    Buyer,
    PostalAddress,
    StatementDebit,
    StatementDocument,
    StatementEntry,
    StatementEntryKind,
    StatementSubscription,
)
from cadence.domain.direct_debit import CollectionStatus
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, InvoiceStatus, PaymentStatus
from cadence.domain.lifecycle import LIVE_STATUSES, SubscriptionStatus
from cadence.domain.parties import PaymentMethod
from cadence.domain.periods import IntervalUnit, Period
from cadence.domain.wording import every, status, words
from cadence.services.common import fetch
from cadence.services.company import require_company
from cadence.services.customers import CustomerRecord, get_customer
from cadence.services.invoices import InvoiceRecord, list_invoices
from cadence.services.issuing import seller_snapshot
from cadence.services.mandates import mandates_in_force
from cadence.services.payments import settled_amounts
from cadence.services.pdfs import seller_from_snapshot
from cadence.services.standing import awaiting_collection, collection_requested
from cadence.services.subscriptions import recurring_net
from cadence.store.models import (
    Collection,
    CompanySettings,
    Customer,
    Invoice,
    Mandate,
    Payment,
    PaymentAllocation,
    Subscription,
)
from cadence.store.types import MONEY

_ISSUED = Invoice.status != InvoiceStatus.DRAFT


def buyer_of_customer(customer: Customer) -> Buyer:
    """The customer as a document addresses them today."""
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
            recurring_amount=recurring_net(subscription),
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
                ~awaiting_collection(),  # to be debited, or being collected, is not being late
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
        buyer=buyer_of_customer(customer),
        opening_balance=_balance_before(session, customer_id, start),
        entries=tuple(entries),
        subscriptions=subscriptions,
        overdue_amount=overdue,
        direct_debit=_to_be_debited(session, customer, end=end, today=today),
    )


def _to_be_debited(
    session: Session, customer: Customer, *, end: date, today: date
) -> StatementDebit | None:
    """What the bank is still to collect of the customer's open invoices issued before
    `end`: those in a batch it has not confirmed yet, and those issued to be debited
    (their PDF told the customer so) whose debit did not come back, as long as the
    customer still pays by direct debit under a mandate in force. None if nothing.

    An invoice whose payment came back (a debit returned, a cheque bounced) is to be
    paid by transfer, unless it was presented again in a new batch."""
    in_force = mandates_in_force(session, [customer.id], on=today).get(customer.id)
    # Announced invoices count only while the mandate is in force (not lapsed either):
    # the statement then names the account the bank will debit.
    collected = (
        awaiting_collection()
        if customer.payment_method is PaymentMethod.DIRECT_DEBIT and in_force is not None
        else collection_requested()
    )
    invoices = session.execute(
        select(Invoice.id, Invoice.number, Invoice.total_gross)
        .where(
            Invoice.customer_id == customer.id,
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.status.in_(OPEN_STATUSES),
            Invoice.issue_date < end,
            collected,
        )
        .order_by(Invoice.issue_date, Invoice.chain_position)
    ).all()
    settled = settled_amounts(session, [invoice_id for invoice_id, _, _ in invoices])
    owed = [
        (invoice_id, number or "", gross - sum(settled[invoice_id], Decimal(0)))
        for invoice_id, number, gross in invoices
    ]
    owed = [row for row in owed if row[2] > 0]
    if not owed:
        return None
    iban = in_force.iban if in_force is not None else _batch_account(session, owed[-1][0])
    return StatementDebit(
        amount=sum((left for _, _, left in owed), Decimal(0)),
        debtor_iban=iban,
        invoice_numbers=tuple(number for _, number, _ in owed),
    )


def _batch_account(session: Session, invoice_id: int) -> str:
    """The account a requested collection of this invoice debits (its mandate's)."""
    iban = session.scalar(
        select(Mandate.iban)
        .join(Collection, Collection.mandate_id == Mandate.id)
        .where(
            Collection.invoice_id == invoice_id,
            Collection.status == CollectionStatus.REQUESTED,
        )
    )
    assert iban is not None  # as selected: the invoice is in a requested batch
    return iban


@dataclass(frozen=True)
class SubscriptionSummary:
    """One of a customer's subscriptions, as their overview lists it."""

    id: int
    plan_name: str
    status: SubscriptionStatus
    quantity: int
    recurring_amount: Decimal  # one cycle, excl. VAT, after a discount that lasts for ever
    currency: str
    interval_count: int
    interval_unit: IntervalUnit
    start_date: date
    next_billing_date: date | None
    ended_on: date | None


@dataclass(frozen=True)
class PaymentSummary:
    id: int
    received_on: date
    amount: Decimal
    currency: str
    method: PaymentMethod
    reference: str | None
    status: PaymentStatus
    unallocated: Decimal  # what is left of it as the customer's credit


@dataclass(frozen=True)
class CustomerOverview:
    """Everything the owner sees of one customer at a glance: their details, their
    subscriptions, their latest invoices and payments, and where their account stands."""

    customer: CustomerRecord
    subscriptions: tuple[SubscriptionSummary, ...]
    invoices: tuple[InvoiceRecord, ...]  # the latest, newest first
    invoice_count: int  # all of them, invoices and credit notes, drafts included
    payments: tuple[PaymentSummary, ...]  # the latest, newest first
    payment_count: int
    owed: Decimal  # what the open invoices still wait for
    credit: Decimal  # money left with the business, to pay the next invoices
    currency: str

    @property
    def balance(self) -> Decimal:
        """Positive: the customer owes it; negative: credit in their favour."""
        return self.owed - self.credit


OVERVIEW_LIMIT = 100


def customer_overview(
    session: Session, customer_id: int, *, today: date, limit: int = OVERVIEW_LIMIT
) -> CustomerOverview:
    """`customer_id`'s account as of `today`, with at most `limit` of the latest
    invoices, payments and subscriptions (a customer of ten years has hundreds)."""
    customer = get_customer(session, customer_id)
    subscriptions = tuple(
        SubscriptionSummary(
            id=subscription.id,
            plan_name=subscription.plan.name,
            status=subscription.status,
            quantity=subscription.quantity,
            recurring_amount=recurring_net(subscription),
            currency=subscription.plan.currency,
            interval_count=subscription.plan.interval_count,
            interval_unit=subscription.plan.interval_unit,
            start_date=subscription.start_date,
            next_billing_date=subscription.next_billing_date,
            ended_on=subscription.ended_on,
        )
        for subscription in session.scalars(
            select(Subscription)
            .options(joinedload(Subscription.plan))
            .where(Subscription.customer_id == customer_id, Subscription.archived.is_(False))
            # Running ones first, then the most recent.
            .order_by(
                Subscription.ended_on.is_not(None),
                Subscription.start_date.desc(),
                Subscription.id.desc(),
            )
            .limit(limit)
        )
    )
    invoices = tuple(list_invoices(session, today=today, customer_id=customer_id, limit=limit))
    invoice_count = session.scalar(
        select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer_id)
    )
    # Each payment with what its allocations left of it (index lookups per payment,
    # never a pass over every allocation of the database).
    used = (
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
        .where(PaymentAllocation.payment_id == Payment.id)
        .scalar_subquery()
    )
    payments = tuple(
        PaymentSummary(
            id=payment.id,
            received_on=payment.received_on,
            amount=payment.amount,
            currency=payment.currency,
            method=payment.method,
            reference=payment.reference,
            status=payment.status,
            unallocated=left if payment.status is PaymentStatus.RECEIVED else Decimal(0),
        )
        for payment, left in session.execute(
            select(Payment, type_coerce(Payment.amount - used, MONEY))
            .where(Payment.customer_id == customer_id)
            .order_by(Payment.received_on.desc(), Payment.id.desc())
            .limit(limit)
        )
    )
    payment_count = session.scalar(
        select(func.count()).select_from(Payment).where(Payment.customer_id == customer_id)
    )
    return CustomerOverview(
        customer=customer,
        subscriptions=subscriptions,
        invoices=invoices,
        invoice_count=int(invoice_count or 0),
        payments=payments,
        payment_count=int(payment_count or 0),
        owed=_owed(session, customer_id),
        credit=_credit(session, customer_id),
        currency=session.scalar(select(CompanySettings.default_currency)) or "EUR",
    )


def _owed(session: Session, customer_id: int) -> Decimal:
    """What the customer's open invoices still wait for."""
    open_invoices = list(
        session.execute(
            select(Invoice.id, Invoice.total_gross).where(
                Invoice.customer_id == customer_id,
                Invoice.kind == InvoiceKind.INVOICE,
                Invoice.status.in_(OPEN_STATUSES),
            )
        )
    )
    settled = settled_amounts(session, [invoice_id for invoice_id, _ in open_invoices])
    return sum(
        (gross - sum(settled[invoice_id], Decimal(0)) for invoice_id, gross in open_invoices),
        Decimal(0),
    )


def _credit(session: Session, customer_id: int) -> Decimal:
    """Payments received and credit notes issued that are not yet allocated to invoices."""
    paid = session.scalar(
        select(func.sum(Payment.amount)).where(
            Payment.customer_id == customer_id, Payment.status == PaymentStatus.RECEIVED
        )
    ) or Decimal(0)
    paid_used = session.scalar(
        select(func.sum(PaymentAllocation.amount))
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(Payment.customer_id == customer_id, Payment.status == PaymentStatus.RECEIVED)
    ) or Decimal(0)
    credit_notes = session.scalar(
        select(func.sum(Invoice.total_gross)).where(
            Invoice.customer_id == customer_id,
            Invoice.kind == InvoiceKind.CREDIT_NOTE,
            _ISSUED,
        )
    ) or Decimal(0)
    credit_notes_used = session.scalar(
        select(func.sum(PaymentAllocation.amount))
        .join(Invoice, Invoice.id == PaymentAllocation.credit_note_id)
        .where(Invoice.customer_id == customer_id, _ISSUED)
    ) or Decimal(0)
    return (paid - paid_used) + (credit_notes - credit_notes_used)
