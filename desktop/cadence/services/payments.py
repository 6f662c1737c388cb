"""Payments: recorded, allocated to invoices, and what is left as the customer's credit.

An invoice's status follows what settles it: issued → partially paid → paid, or
credited when credit notes cancel it. Money received beyond what is owed stays
with the customer as credit and pays their next invoices.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from cadence.domain.errors import FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import (
    OPEN_STATUSES,
    InvoiceKind,
    InvoiceStatus,
    PaymentStatus,
    settlement_status,
)
from cadence.domain.money import check_places
from cadence.domain.parties import PaymentMethod
from cadence.domain.text import clean_text
from cadence.services.common import NOT_FOUND, Event, chunks, fetch, optional_line, record_events
from cadence.services.company import require_company
from cadence.services.standing import sweep_past_due
from cadence.store.models import Customer, Invoice, Payment, PaymentAllocation
from cadence.store.types import MONEY

_NOT_POSITIVE = QT_TRANSLATE_NOOP("Messages", "a payment is more than 0")
_FUTURE = QT_TRANSLATE_NOOP("Messages", "a payment cannot be received after today ({today})")
_NOT_THEIRS = QT_TRANSLATE_NOOP("Messages", "invoice {number} is not this customer's")
_NOT_OPEN = QT_TRANSLATE_NOOP("Messages", "invoice {number} has nothing left to pay")
_TOO_MUCH = QT_TRANSLATE_NOOP(
    "Messages", "invoice {number} has {outstanding} left to pay, not {amount}"
)
_OVER_ALLOCATED = QT_TRANSLATE_NOOP(
    "Messages", "the allocations add up to {total}, more than the payment ({amount})"
)
_CURRENCY = QT_TRANSLATE_NOOP("Messages", "invoice {number} is in {currency}, not {expected}")


@dataclass(frozen=True)
class Allocation:
    invoice_id: int
    amount: Decimal


@dataclass(frozen=True)
class PaymentData:
    customer_id: int
    received_on: date
    amount: Decimal
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    notes: str = ""
    # Which invoices it pays; None: the customer's oldest open invoices first.
    allocations: Sequence[Allocation] | None = None


@dataclass(frozen=True)
class AllocationRecord:
    invoice_id: int
    invoice_number: str
    amount: Decimal


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    customer_id: int
    received_on: date
    amount: Decimal
    currency: str
    method: PaymentMethod
    reference: str | None
    allocations: tuple[AllocationRecord, ...]
    unallocated: Decimal  # the customer's credit from this payment


def settled_amounts(
    session: Session, invoice_ids: Collection[int]
) -> dict[int, tuple[Decimal, Decimal]]:
    """For each invoice, what payments (not returned) and credit notes have settled of it."""
    settled = {invoice_id: (Decimal(0), Decimal(0)) for invoice_id in invoice_ids}
    for ids in chunks(sorted(invoice_ids)):
        rows = session.execute(
            select(
                PaymentAllocation.invoice_id,
                # A returned payment (a direct debit sent back) settles nothing any more;
                # its allocations stay, to tell which invoices it had paid.
                func.sum(PaymentAllocation.amount).filter(Payment.status == PaymentStatus.RECEIVED),
                func.sum(PaymentAllocation.amount).filter(
                    PaymentAllocation.credit_note_id.is_not(None)
                ),
            )
            .outerjoin(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.invoice_id.in_(ids))
            .group_by(PaymentAllocation.invoice_id)
        )
        for invoice_id, paid, credited in rows:
            settled[invoice_id] = (paid or Decimal(0), credited or Decimal(0))
    return settled


_INVOICES = cast(Table, Invoice.__table__)
_SETTLE = (
    update(_INVOICES)
    .where(_INVOICES.c.id == bindparam("settled_id"))
    .values(status=bindparam("new_status"))
)


def settle(session: Session, invoice_ids: Collection[int]) -> None:
    """Bring each invoice's status in line with what settles it (one UPDATE for all)."""
    session.flush()
    amounts = settled_amounts(session, invoice_ids)
    changes: list[dict[str, object]] = []
    for ids in chunks(sorted(invoice_ids)):
        rows = session.execute(
            select(Invoice.id, Invoice.status, Invoice.total_gross).where(
                Invoice.id.in_(ids), Invoice.kind == InvoiceKind.INVOICE
            )
        )
        for invoice_id, status, gross in rows:
            if status is InvoiceStatus.DRAFT:
                continue
            paid, credited = amounts[invoice_id]
            settled = settlement_status(gross, paid, credited)
            if settled is not status:
                changes.append({"settled_id": invoice_id, "new_status": settled})
    if changes:
        session.execute(_SETTLE, changes)
        for change in changes:  # rows the session holds must not keep the old status
            loaded = session.identity_map.get(identity_key(Invoice, change["settled_id"]))
            if loaded is not None:
                session.expire(loaded, ["status"])


def still_owed(session: Session, invoice_ids: Collection[int]) -> dict[int, Decimal]:
    """What each invoice still waits for: its total less what settled it, or nothing
    once it is no longer open (paid, credited)."""
    amounts = settled_amounts(session, invoice_ids)
    owed: dict[int, Decimal] = {}
    for ids in chunks(sorted(invoice_ids)):
        for invoice_id, status, gross in session.execute(
            select(Invoice.id, Invoice.status, Invoice.total_gross).where(Invoice.id.in_(ids))
        ):
            left = gross - sum(amounts[invoice_id], Decimal(0))
            owed[invoice_id] = left if status in OPEN_STATUSES else Decimal(0)
    return owed


def outstanding(session: Session, invoice: Invoice) -> Decimal:
    paid, credited = settled_amounts(session, [invoice.id])[invoice.id]
    return invoice.total_gross - paid - credited


def _open_invoices(session: Session, customer_id: int) -> list[Invoice]:
    """The customer's unpaid invoices, oldest due first."""
    return list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.customer_id == customer_id,
                Invoice.kind == InvoiceKind.INVOICE,
                Invoice.status.in_(OPEN_STATUSES),
            )
            .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id)
        )
    )


def record_payment(
    session: Session, data: PaymentData, *, today: date, actor: str = "user"
) -> PaymentRecord:
    """Record money received and allocate it; what is left is the customer's credit."""
    return record_payments(session, [data], today=today, actor=actor)[0]


def record_payments(
    session: Session, payments: Sequence[PaymentData], *, today: date, actor: str = "user"
) -> list[PaymentRecord]:
    """Record many payments at once (a bank statement, an import): all or none.

    Each is allocated to the invoices it names, or to its customer's oldest open
    invoices; what is left is the customer's credit. A wrong field is named as
    `field`, or `N.field` for the N-th payment (from 1) when there are several.
    """
    currency = require_company(session).default_currency
    customer_ids = {data.customer_id for data in payments}
    customers = {
        customer.id: customer
        for ids in chunks(sorted(customer_ids))
        for customer in session.scalars(select(Customer).where(Customer.id.in_(ids)))
    }
    named = {a.invoice_id for data in payments for a in (data.allocations or ())}
    open_by_customer: dict[int, list[Invoice]] = {
        customer_id: _open_invoices(session, customer_id)
        for customer_id in sorted({d.customer_id for d in payments if d.allocations is None})
    }
    invoices = {invoice.id: invoice for group in open_by_customer.values() for invoice in group}
    for ids in chunks(sorted(named - set(invoices))):
        invoices.update(
            (i.id, i) for i in session.scalars(select(Invoice).where(Invoice.id.in_(ids)))
        )
    owed = {
        invoice_id: invoices[invoice_id].total_gross - paid - credited
        for invoice_id, (paid, credited) in settled_amounts(session, list(invoices)).items()
    }
    plans: list[tuple[PaymentData, Decimal, str | None, str, list[tuple[Invoice, Decimal]]]] = []
    for position, data in enumerate(payments, start=1):
        prefix = f"{position}." if len(payments) > 1 else ""
        errors = FieldErrors()
        if data.customer_id not in customers:
            errors.add(
                f"{prefix}customer_id", message(NOT_FOUND, what="customer", id=data.customer_id)
            )
        if data.amount <= 0:
            errors.add(f"{prefix}amount", message(_NOT_POSITIVE))
        amount = errors.check(f"{prefix}amount", partial(check_places, data.amount, 2))
        if data.received_on > today:
            errors.add(f"{prefix}received_on", message(_FUTURE, today=today))
        reference = optional_line(errors, f"{prefix}reference", data.reference, 140)
        notes = errors.check(f"{prefix}notes", partial(clean_text, data.notes, maximum=2000))
        errors.raise_if_any()
        assert amount is not None
        if data.allocations is None:
            plan = _oldest_first(open_by_customer.get(data.customer_id, []), owed, amount)
        else:
            plan = _named(data, invoices, owed, amount, errors, prefix)
            errors.raise_if_any()
        for invoice, share in plan:
            owed[invoice.id] -= share
        paid_in = plan[0][0].currency if plan else currency
        for invoice, _ in plan:
            if invoice.currency != paid_in:
                errors.add(
                    f"{prefix}allocations",
                    message(
                        _CURRENCY,
                        number=invoice.number,
                        currency=invoice.currency,
                        expected=paid_in,
                    ),
                )
        errors.raise_if_any()
        plans.append((data, amount, reference, notes or "", plan))
    rows = [
        {
            "customer_id": data.customer_id,
            "received_on": data.received_on,
            "amount": amount,
            "currency": plan[0][0].currency if plan else currency,
            "method": data.method,
            "reference": reference,
            "notes": notes,
            "status": PaymentStatus.RECEIVED,
            "created_on": today,
        }
        for data, amount, reference, notes, plan in plans
    ]
    ids = list(
        session.scalars(insert(Payment).returning(Payment.id, sort_by_parameter_order=True), rows)
    )
    allocations = [
        {"invoice_id": invoice.id, "payment_id": payment_id, "amount": share, "allocated_on": today}
        for payment_id, (_, _, _, _, plan) in zip(ids, plans, strict=True)
        for invoice, share in plan
    ]
    if allocations:
        session.execute(insert(PaymentAllocation), allocations)
    record_events(
        session,
        actor,
        "payment",
        "received",
        [
            Event(
                today,
                payment_id,
                customers[data.customer_id].name,
                {"amount": amount, "invoices": [invoice.number for invoice, _ in plan]},
            )
            for payment_id, (data, amount, _, _, plan) in zip(ids, plans, strict=True)
        ],
    )
    settle(session, {invoice.id for _, _, _, _, plan in plans for invoice, _ in plan})
    # Paid up: a past-due subscription is back in good standing at once.
    sweep_past_due(session, as_of=today, actor=actor)
    return [
        PaymentRecord(
            id=payment_id,
            customer_id=data.customer_id,
            received_on=data.received_on,
            amount=amount,
            currency=plan[0][0].currency if plan else currency,
            method=data.method,
            reference=reference,
            allocations=tuple(
                AllocationRecord(invoice.id, invoice.number or "", share) for invoice, share in plan
            ),
            unallocated=amount - sum((share for _, share in plan), Decimal(0)),
        )
        for payment_id, (data, amount, reference, _, plan) in zip(ids, plans, strict=True)
    ]


def _oldest_first(
    invoices: Sequence[Invoice], owed: dict[int, Decimal], amount: Decimal
) -> list[tuple[Invoice, Decimal]]:
    plan: list[tuple[Invoice, Decimal]] = []
    left = amount
    for invoice in invoices:
        if left <= 0:
            break
        share = min(left, owed[invoice.id])
        if share > 0:
            plan.append((invoice, share))
            left -= share
    return plan


def _named(
    data: PaymentData,
    invoices: dict[int, Invoice],
    owed: dict[int, Decimal],
    amount: Decimal,
    errors: FieldErrors,
    prefix: str,
) -> list[tuple[Invoice, Decimal]]:
    field_name = f"{prefix}allocations"
    plan: list[tuple[Invoice, Decimal]] = []
    total = Decimal(0)
    for allocation in data.allocations or ():
        invoice = invoices.get(allocation.invoice_id)
        if invoice is None:
            errors.add(field_name, message(NOT_FOUND, what="invoice", id=allocation.invoice_id))
            continue
        number = invoice.number or str(invoice.id)
        if invoice.customer_id != data.customer_id or invoice.kind is not InvoiceKind.INVOICE:
            errors.add(field_name, message(_NOT_THEIRS, number=number))
            continue
        left = owed.get(invoice.id, Decimal(0))
        if invoice.status not in OPEN_STATUSES or left <= 0:
            errors.add(field_name, message(_NOT_OPEN, number=number))
            continue
        if allocation.amount <= 0 or allocation.amount > left:
            errors.add(
                field_name,
                message(_TOO_MUCH, number=number, outstanding=left, amount=allocation.amount),
            )
            continue
        plan.append((invoice, allocation.amount))
        total += allocation.amount
    if total > amount:
        errors.add(field_name, message(_OVER_ALLOCATED, total=total, amount=amount))
    return plan


def _unallocated_money(
    session: Session, customer_ids: Collection[int]
) -> dict[int, list[tuple[str, int, Decimal]]]:
    """Per customer, payments and credit notes not fully allocated, oldest first:
    (source kind, id, amount left)."""
    found: dict[int, list[tuple[str, int, Decimal]]] = {}
    for ids in chunks(sorted(customer_ids)):
        used_payments = (
            select(PaymentAllocation.payment_id, func.sum(PaymentAllocation.amount).label("used"))
            .where(PaymentAllocation.payment_id.is_not(None))
            .group_by(PaymentAllocation.payment_id)
            .subquery()
        )
        payments = session.execute(
            select(
                Payment.customer_id,
                Payment.id,
                # Arithmetic in SQL loses the column type: coerce it back to money.
                type_coerce(Payment.amount - func.coalesce(used_payments.c.used, 0), MONEY),
            )
            .outerjoin(used_payments, used_payments.c.payment_id == Payment.id)
            .where(Payment.customer_id.in_(ids), Payment.status == PaymentStatus.RECEIVED)
            .order_by(Payment.received_on, Payment.id)
        )
        for customer_id, payment_id, left in payments:
            if left > 0:
                found.setdefault(customer_id, []).append(("payment", payment_id, Decimal(left)))
        used_credits = (
            select(
                PaymentAllocation.credit_note_id, func.sum(PaymentAllocation.amount).label("used")
            )
            .where(PaymentAllocation.credit_note_id.is_not(None))
            .group_by(PaymentAllocation.credit_note_id)
            .subquery()
        )
        credits = session.execute(
            select(
                Invoice.customer_id,
                Invoice.id,
                type_coerce(Invoice.total_gross - func.coalesce(used_credits.c.used, 0), MONEY),
            )
            .outerjoin(used_credits, used_credits.c.credit_note_id == Invoice.id)
            .where(
                Invoice.customer_id.in_(ids),
                Invoice.kind == InvoiceKind.CREDIT_NOTE,
                Invoice.status != InvoiceStatus.DRAFT,
            )
            .order_by(Invoice.issue_date, Invoice.id)
        )
        for customer_id, credit_id, left in credits:
            if left > 0:
                found.setdefault(customer_id, []).append(("credit_note", credit_id, Decimal(left)))
    return found


def apply_customer_credit(session: Session, customer_ids: Collection[int], *, on: date) -> None:
    """Pay the open invoices of these customers from money they have left with us
    (over-payments, credit notes beyond what they corrected), oldest first."""
    if not customer_ids:
        return
    session.flush()
    money = _unallocated_money(session, customer_ids)
    touched: set[int] = set()
    for customer_id, sources in money.items():
        invoices = _open_invoices(session, customer_id)
        if not invoices:
            continue
        owed = settled_amounts(session, [invoice.id for invoice in invoices])
        left_by_invoice = {
            invoice.id: invoice.total_gross - sum(owed[invoice.id], Decimal(0))
            for invoice in invoices
        }
        for kind, source_id, available in sources:
            for invoice in invoices:
                if available <= 0:
                    break
                share = min(available, left_by_invoice[invoice.id])
                if share <= 0:
                    continue
                session.add(
                    PaymentAllocation(
                        invoice_id=invoice.id,
                        payment_id=source_id if kind == "payment" else None,
                        credit_note_id=source_id if kind == "credit_note" else None,
                        amount=share,
                        allocated_on=on,
                    )
                )
                left_by_invoice[invoice.id] -= share
                available -= share
                touched.add(invoice.id)
    if touched:
        settle(session, touched)


@dataclass(frozen=True)
class CustomerBalance:
    owed: Decimal  # open invoices' unpaid amounts
    credit: Decimal  # money left with us, to pay future invoices
    currency: str


def customer_balance(session: Session, customer_id: int) -> CustomerBalance:
    fetch(session, Customer, customer_id, "customer")
    invoices = _open_invoices(session, customer_id)
    settled = settled_amounts(session, [invoice.id for invoice in invoices])
    owed = sum(
        (invoice.total_gross - sum(settled[invoice.id], Decimal(0)) for invoice in invoices),
        Decimal(0),
    )
    credit = sum(
        (left for _, _, left in _unallocated_money(session, [customer_id]).get(customer_id, [])),
        Decimal(0),
    )
    return CustomerBalance(
        owed=owed, credit=credit, currency=require_company(session).default_currency
    )
