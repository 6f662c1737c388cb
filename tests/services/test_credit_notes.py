"""Credit notes: the only correction of an issued invoice, in their own gapless series."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.domain.errors import ConflictError, ValidationError
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.lifecycle import CancellationReason
from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.integrity import check_database
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.services.payments import PaymentData, customer_balance, record_payment
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
DAY = date(2026, 11, 25)


def an_invoice(books: Factory, quantity: int = 1) -> Invoice:
    books.subscription(start_date=date(2026, 11, 1), quantity=quantity)
    books.session.commit()
    run_billing(books.session, as_of=DAY)
    return books.session.scalars(select(Invoice)).one()


def test_a_full_credit_note_cancels_an_unpaid_invoice(books: Factory) -> None:
    invoice = an_invoice(books)
    credit = issue_credit_note(books.session, invoice_id=invoice.id, today=DAY, reason="Erreur")
    assert (credit.number, credit.total_gross) == ("AV2026-00001", D("34.80"))
    assert invoice.status is InvoiceStatus.CREDITED
    note = books.session.get_one(Invoice, credit.id)
    assert (note.kind, note.corrects_invoice_id, note.notes, note.due_date) == (
        InvoiceKind.CREDIT_NOTE,
        invoice.id,
        "Erreur",
        None,
    )
    with pytest.raises(ConflictError, match="already credited in full"):
        issue_credit_note(books.session, invoice_id=invoice.id, today=DAY)
    books.session.commit()
    assert check_database(books.session) == []


def test_a_partial_credit_note_by_line_amount(books: Factory) -> None:
    invoice = an_invoice(books, quantity=2)  # 58.00 net, 69.60 gross
    first = issue_credit_note(
        books.session, invoice_id=invoice.id, today=DAY, line_amounts={1: D("10.00")}
    )
    assert first.total_gross == D("12.00")
    assert invoice.status is InvoiceStatus.PARTIALLY_PAID
    with pytest.raises(ConflictError, match="credit the lines by amount"):
        issue_credit_note(books.session, invoice_id=invoice.id, today=DAY)
    with pytest.raises(ValidationError) as raised:
        issue_credit_note(
            books.session, invoice_id=invoice.id, today=DAY, line_amounts={1: D("58.01")}
        )
    assert "between 0.01 and 58.00" in str(raised.value.errors["line_amounts"])
    with pytest.raises(ValidationError, match=r"would be credited 81\.60, more than its 69\.60"):
        issue_credit_note(
            books.session, invoice_id=invoice.id, today=DAY, line_amounts={1: D("58.00")}
        )
    with pytest.raises(ValidationError, match="has no line 2"):
        issue_credit_note(books.session, invoice_id=invoice.id, today=DAY, line_amounts={2: D("1")})
    second = issue_credit_note(
        books.session, invoice_id=invoice.id, today=DAY, line_amounts={1: D("48.00")}
    )
    assert second.number == "AV2026-00002"
    assert invoice.status is InvoiceStatus.CREDITED
    books.session.commit()
    assert check_database(books.session) == []


def test_a_credit_note_on_a_paid_invoice_becomes_the_customers_credit(books: Factory) -> None:
    invoice = an_invoice(books)
    record_payment(books.session, PaymentData(invoice.customer_id, DAY, D("34.80")), today=DAY)
    issue_credit_note(books.session, invoice_id=invoice.id, today=DAY, line_amounts={1: D("5.00")})
    assert invoice.status is InvoiceStatus.PAID
    assert customer_balance(books.session, invoice.customer_id).credit == D("6.00")


def test_only_an_issued_invoice_is_corrected(books: Factory) -> None:
    invoice = an_invoice(books)
    credit = issue_credit_note(books.session, invoice_id=invoice.id, today=DAY)
    with pytest.raises(ConflictError, match="only an issued invoice"):
        issue_credit_note(books.session, invoice_id=credit.id, today=DAY)


def credit_notes(books: Factory) -> list[Invoice]:
    return list(
        books.session.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.CREDIT_NOTE))
    )


@pytest.mark.parametrize("day", [date(2026, 11, 24), date(2026, 1, 1)])
def test_a_credit_note_is_never_dated_before_the_invoice_it_corrects(
    books: Factory, day: date
) -> None:
    invoice = an_invoice(books)  # issued on 25 Nov 2026
    books.session.commit()
    with pytest.raises(ConflictError, match="is dated 2026-11-25") as raised:
        issue_credit_note(books.session, invoice_id=invoice.id, today=day)
    assert f"cannot be dated before, on {day.isoformat()}" in str(raised.value)
    books.session.rollback()
    assert credit_notes(books) == []
    assert invoice.status is InvoiceStatus.ISSUED
    # The credit notes series was not used: the next one is still number 1.
    credit = issue_credit_note(books.session, invoice_id=invoice.id, today=DAY)
    assert credit.number == "AV2026-00001"


def test_a_cancellation_now_does_not_credit_an_invoice_dated_later(books: Factory) -> None:
    invoice = an_invoice(books)  # 1 Nov → 1 Dec, issued on 25 Nov 2026
    books.session.commit()
    assert invoice.subscription_id is not None
    with pytest.raises(ConflictError, match="is dated 2026-11-25"):
        cancel_subscription(
            books.session,
            subscription_id=invoice.subscription_id,
            today=date(2026, 11, 20),
            when=CancelWhen.NOW,
            reason=CancellationReason.OTHER,
        )
    books.session.rollback()
    assert credit_notes(books) == []
