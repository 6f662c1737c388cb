"""Payments: allocated oldest first or as named, partial, over-paid into credit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cadence.domain.errors import ValidationError
from cadence.domain.invoicing import InvoiceStatus
from cadence.services.billing import run_billing
from cadence.services.integrity import check_database
from cadence.services.payments import (
    Allocation,
    PaymentData,
    customer_balance,
    record_payment,
    record_payments,
)
from cadence.store.models import Invoice, Payment

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
DAY = date(2026, 11, 25)


def three_invoices(books: Factory) -> tuple[int, list[Invoice]]:
    """A customer with invoices of 1 Sep, 1 Oct and 1 Nov (34.80 each), unpaid."""
    subscription = books.subscription(start_date=date(2026, 9, 1))
    books.session.commit()
    run_billing(books.session, as_of=DAY)
    invoices = list(books.session.scalars(select(Invoice).order_by(Invoice.period_start)))
    return subscription.customer_id, invoices


def test_a_payment_goes_to_the_oldest_invoices_first(books: Factory) -> None:
    customer_id, (september, october, november) = three_invoices(books)
    record = record_payment(
        books.session, PaymentData(customer_id, DAY, D("50.00"), reference="VIR 123"), today=DAY
    )
    assert [(a.invoice_number, a.amount) for a in record.allocations] == [
        (september.number, D("34.80")),
        (october.number, D("15.20")),
    ]
    assert record.unallocated == D("0.00")
    assert (september.status, october.status, november.status) == (
        InvoiceStatus.PAID,
        InvoiceStatus.PARTIALLY_PAID,
        InvoiceStatus.ISSUED,
    )
    assert customer_balance(books.session, customer_id).owed == D("54.40")  # 104.40 − 50.00


def test_a_payment_can_name_what_it_pays(books: Factory) -> None:
    customer_id, (_, october, november) = three_invoices(books)
    record_payment(
        books.session,
        PaymentData(
            customer_id,
            DAY,
            D("40.00"),
            allocations=[Allocation(november.id, D("34.80")), Allocation(october.id, D("5.20"))],
        ),
        today=DAY,
    )
    assert (october.status, november.status) == (
        InvoiceStatus.PARTIALLY_PAID,
        InvoiceStatus.PAID,
    )


def test_an_over_payment_is_kept_as_credit(books: Factory) -> None:
    customer_id, _ = three_invoices(books)
    record = record_payment(books.session, PaymentData(customer_id, DAY, D("120.00")), today=DAY)
    assert record.unallocated == D("15.60")  # 120.00 − 3 × 34.80
    balance = customer_balance(books.session, customer_id)
    assert (balance.owed, balance.credit) == (D("0"), D("15.60"))


def test_wrong_payments_are_refused_naming_what_is_wrong(books: Factory) -> None:
    customer_id, (september, _, _) = three_invoices(books)
    stranger = books.customer(name="Someone Else")
    cases = [
        (PaymentData(customer_id, DAY, D("0")), "amount", "more than 0"),
        (PaymentData(customer_id, DAY, D("10.001")), "amount", "more than 2 decimal places"),
        (PaymentData(customer_id, date(2026, 11, 26), D("10")), "received_on", "after today"),
        (
            PaymentData(stranger.id, DAY, D("10"), allocations=[Allocation(september.id, D("10"))]),
            "allocations",
            "is not this customer's",
        ),
        (
            PaymentData(customer_id, DAY, D("50"), allocations=[Allocation(september.id, D("40"))]),
            "allocations",
            "has 34.80 left to pay, not 40",
        ),
        (
            PaymentData(customer_id, DAY, D("10"), allocations=[Allocation(september.id, D("20"))]),
            "allocations",
            "more than the payment",
        ),
        (
            PaymentData(customer_id, DAY, D("10"), allocations=[Allocation(999, D("10"))]),
            "allocations",
            "no invoice number 999",
        ),
    ]
    for data, field, words in cases:
        with pytest.raises(ValidationError) as raised:
            record_payment(books.session, data, today=DAY)
        assert field in raised.value.errors, (data, raised.value.errors)
        assert words in str(raised.value.errors[field])
    assert books.session.scalar(select(func.count()).select_from(Payment)) == 0


def test_a_batch_of_payments_is_recorded_whole_or_not_at_all(books: Factory) -> None:
    customer_id, (september, october, _) = three_invoices(books)
    good = PaymentData(
        customer_id, DAY, D("34.80"), allocations=[Allocation(september.id, D("34.80"))]
    )
    bad = PaymentData(customer_id, DAY, D("-5"))
    with pytest.raises(ValidationError) as raised:
        record_payments(books.session, [good, bad], today=DAY)
    assert set(raised.value.errors) == {"2.amount"}
    assert books.session.scalar(select(func.count()).select_from(Payment)) == 0
    assert september.status is InvoiceStatus.ISSUED
    recorded = record_payments(
        books.session,
        [
            good,
            PaymentData(
                customer_id, DAY, D("34.80"), allocations=[Allocation(october.id, D("34.80"))]
            ),
        ],
        today=DAY,
    )
    assert len(recorded) == 2
    assert (september.status, october.status) == (InvoiceStatus.PAID, InvoiceStatus.PAID)
    books.session.commit()
    assert check_database(books.session) == []
