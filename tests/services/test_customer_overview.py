"""A customer's overview: their subscriptions, latest invoices and payments, and
where their account stands, in one read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.domain.errors import NotFoundError
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.payments import PaymentData, customer_balance, record_payment
from cadence.services.statements import customer_overview
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
TODAY = date(2026, 11, 25)


def test_the_overview_of_a_billed_customer(books: Factory) -> None:
    """Three invoices of 34.80 (September to November); 120.00 paid: all three paid
    and 15.60 left as credit; then the last one credited, already paid: 34.80 more."""
    customer = books.customer()
    subscription = books.subscription(customer_id=customer.id, start_date=date(2026, 9, 1))
    books.session.commit()
    run_billing(books.session, as_of=TODAY)
    record_payment(
        books.session,
        PaymentData(customer.id, TODAY, D("120.00"), reference="VIR 1125"),
        today=TODAY,
    )
    last = books.session.scalars(select(Invoice).order_by(Invoice.id.desc())).first()
    assert last is not None
    issue_credit_note(books.session, invoice_id=last.id, today=TODAY)

    overview = customer_overview(books.session, customer.id, today=TODAY)
    assert overview.customer.name == "Élodie Lefèvre"
    (line,) = overview.subscriptions
    assert (line.id, line.status, line.recurring_amount, line.currency) == (
        subscription.id,
        SubscriptionStatus.ACTIVE,
        D("29.00"),
        "EUR",
    )
    assert (line.interval_count, line.interval_unit) == (1, IntervalUnit.MONTH)
    assert overview.invoice_count == 4
    assert [invoice.kind for invoice in overview.invoices] == [
        InvoiceKind.CREDIT_NOTE,
        *[InvoiceKind.INVOICE] * 3,
    ]
    assert {invoice.status for invoice in overview.invoices[1:]} == {InvoiceStatus.PAID}
    (payment,) = overview.payments
    assert (payment.amount, payment.reference, payment.unallocated) == (
        D("120.00"),
        "VIR 1125",
        D("15.60"),
    )
    assert overview.payment_count == 1
    balance = customer_balance(books.session, customer.id)
    assert (overview.owed, overview.credit) == (balance.owed, balance.credit)
    assert overview.balance == D("-50.40")  # 104.40 − 120.00 − 34.80: in their favour


def test_the_overview_lists_only_the_latest(books: Factory) -> None:
    customer = books.customer()
    books.subscription(customer_id=customer.id, start_date=date(2026, 9, 1))
    books.session.commit()
    run_billing(books.session, as_of=TODAY)
    overview = customer_overview(books.session, customer.id, today=TODAY, limit=2)
    assert overview.invoice_count == 3
    assert len(overview.invoices) == 2
    assert overview.invoices[0].issue_date == TODAY


def test_an_unknown_customer_has_no_overview(books: Factory) -> None:
    with pytest.raises(NotFoundError):
        customer_overview(books.session, 99, today=TODAY)
