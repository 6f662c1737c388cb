"""What an invoice copies at issue of the SEPA mandate that collects it: the mandate's
reference, the account debited and the seller's creditor identifier, only when the
customer pays by direct debit under a mandate in force that day, never on a credit note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.domain.invoicing import InvoiceKind
from cadence.domain.parties import PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.customers import customer_data, get_customer, update_customer
from cadence.services.integrity import check_database
from cadence.services.mandates import MandateData, create_mandate, revoke_mandate
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

ICS = "FR72ZZZ123456"
IBAN = "FR76 3000 4000 0312 3456 7890 143"
SIGNED = date(2026, 9, 20)


def debtor(books: Factory) -> int:
    """A customer paying by direct debit from IBAN (no mandate yet)."""
    return books.customer(iban=IBAN, payment_method=PaymentMethod.DIRECT_DEBIT).id


def sign(books: Factory, customer_id: int, signed_on: date = SIGNED) -> str:
    mandate = create_mandate(
        books.session,
        MandateData(customer_id=customer_id, signed_on=signed_on, reference="RUM-ELODIE-01"),
        today=books.today,
    )
    return mandate.reference


def bill(books: Factory, customer_id: int, *, on: date, currency: str = "EUR") -> list[Invoice]:
    """The monthly invoices of a 29.00 € HT plan started on 1 October, billed up to `on`."""
    plan = books.plan(name=f"Plan {customer_id} {currency}", currency=currency)
    books.subscription(customer_id=customer_id, plan_id=plan.id, start_date=date(2026, 10, 1))
    books.session.commit()
    run_billing(books.session, as_of=on)
    return list(
        books.session.scalars(
            select(Invoice).where(Invoice.customer_id == customer_id).order_by(Invoice.id)
        )
    )


def terms(invoice: Invoice) -> tuple[str | None, str | None, str | None]:
    return (invoice.debit_mandate_reference, invoice.debit_iban, invoice.debit_creditor_id)


def test_an_invoice_keeps_the_mandate_account_and_creditor_it_is_collected_under(
    books: Factory,
) -> None:
    books.company(sepa_creditor_id=ICS)
    customer_id = debtor(books)
    sign(books, customer_id)
    invoices = bill(books, customer_id, on=books.today)
    assert [invoice.kind for invoice in invoices] == [InvoiceKind.INVOICE] * 2  # Oct, Nov
    for invoice in invoices:
        assert terms(invoice) == ("RUM-ELODIE-01", "FR7630004000031234567890143", ICS)
    # The digest covers them, and what was issued before them keeps its own.
    assert check_database(books.session) == []


def test_without_the_creditor_identifier_set_the_invoice_still_says_it_is_debited(
    books: Factory,
) -> None:
    customer_id = debtor(books)
    sign(books, customer_id)
    (first, *_) = bill(books, customer_id, on=books.today)
    assert terms(first) == ("RUM-ELODIE-01", "FR7630004000031234567890143", None)


@pytest.mark.parametrize(
    "situation",
    [
        "no mandate",
        "mandate revoked",
        "mandate lapsed",
        "mandate signed after the issue date",
        "pays by transfer",
    ],
)
def test_without_a_mandate_in_force_the_invoice_keeps_no_direct_debit(
    books: Factory, situation: str
) -> None:
    books.company(sepa_creditor_id=ICS)
    customer_id = debtor(books)
    if situation == "mandate revoked":
        mandate = create_mandate(
            books.session, MandateData(customer_id=customer_id, signed_on=SIGNED), today=books.today
        )
        revoke_mandate(books.session, mandate.id, on=date(2026, 9, 30), today=books.today)
    elif situation == "mandate lapsed":  # 36 months without a collection
        sign(books, customer_id, signed_on=date(2023, 9, 30))
    elif situation == "mandate signed after the issue date":
        sign(books, customer_id, signed_on=date(2026, 10, 15))
    elif situation == "pays by transfer":
        sign(books, customer_id)
        data = customer_data(get_customer(books.session, customer_id))
        changed = data.__class__(**{**vars(data), "payment_method": PaymentMethod.BANK_TRANSFER})
        update_customer(books.session, customer_id, changed, today=books.today)
    invoices = bill(books, customer_id, on=date(2026, 10, 1))
    assert [terms(invoice) for invoice in invoices] == [(None, None, None)]
    assert check_database(books.session) == []


def test_an_invoice_in_another_currency_is_not_collected(books: Factory) -> None:
    """SEPA collects euros only: a CHF invoice asks to be paid as before."""
    books.company(sepa_creditor_id=ICS)
    customer_id = debtor(books)
    sign(books, customer_id)
    invoices = bill(books, customer_id, on=date(2026, 10, 1), currency="CHF")
    assert [(invoice.currency, terms(invoice)) for invoice in invoices] == [
        ("CHF", (None, None, None))
    ]


def test_a_credit_note_on_a_debited_invoice_is_never_debited(books: Factory) -> None:
    books.company(sepa_creditor_id=ICS)
    customer_id = debtor(books)
    sign(books, customer_id)
    (invoice, *_) = bill(books, customer_id, on=books.today)
    issued = issue_credit_note(
        books.session,
        invoice_id=invoice.id,
        today=books.today,
        line_amounts={1: Decimal("10.00")},
        reason="Geste commercial",
    )
    credit_note = books.session.get_one(Invoice, issued.id)
    assert credit_note.kind is InvoiceKind.CREDIT_NOTE
    assert terms(credit_note) == (None, None, None)
    assert terms(invoice)[0] == "RUM-ELODIE-01"
