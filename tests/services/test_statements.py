"""A customer's statement of account, worked out by hand.

The subscription costs 29.00 + 20 % VAT = 34.80 a month, billed on the 1st
from 1 September 2026 (three invoices on 25 November, due 25 December).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.documents.model import StatementEntryKind
from cadence.documents.statement_pdf import render_statement
from cadence.domain.errors import NotFoundError
from cadence.domain.parties import Language
from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.payments import PaymentData, record_payment
from cadence.services.statements import customer_statement
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal


def billed(books: Factory, language: Language = Language.FRENCH) -> tuple[int, list[Invoice]]:
    customer = books.customer(language=language)
    books.subscription(customer_id=customer.id, start_date=date(2026, 9, 1))
    books.session.commit()
    run_billing(books.session, as_of=date(2026, 11, 25))
    return customer.id, list(books.session.scalars(select(Invoice).order_by(Invoice.id)))


def test_movements_balances_and_what_is_overdue(books: Factory) -> None:
    customer_id, (_, _, november) = billed(books)
    record_payment(
        books.session,
        PaymentData(customer_id, date(2026, 11, 30), D("50.00"), reference="VIR 1130"),
        today=date(2026, 11, 30),
    )
    issue_credit_note(
        books.session, invoice_id=november.id, today=date(2026, 12, 2), reason="Doublon"
    )
    statement = customer_statement(
        books.session,
        customer_id=customer_id,
        start=date(2026, 11, 28),
        end=date(2027, 1, 1),
        today=date(2026, 12, 31),
    )
    assert statement.opening_balance == D("104.40")  # three invoices, nothing paid yet
    assert [(e.on, e.kind, e.reference, e.debit, e.credit) for e in statement.entries] == [
        (date(2026, 11, 30), StatementEntryKind.PAYMENT, "VIR 1130", D(0), D("50.00")),
        (date(2026, 12, 2), StatementEntryKind.CREDIT_NOTE, "AV2026-00001", D(0), D("34.80")),
    ]
    assert statement.entries[1].description == f"Avoir sur la facture {november.number}"
    assert statement.closing_balance == D("19.60")  # 104.40 − 50.00 − 34.80
    # September is paid (34.80) and October partly (15.20); 19.60 left, due 25 December.
    assert statement.overdue_amount == D("19.60")
    (subscription,) = statement.subscriptions
    assert (subscription.status, subscription.cycle, subscription.recurring_amount) == (
        "actif",
        "1 mois",
        D("29.00"),
    )
    assert statement.buyer.name == "Élodie Lefèvre"
    assert statement.seller.legal_name == "Atelier Nuage SAS"
    assert b"%PDF" in render_statement(statement)[:10]


def test_in_the_customers_language(books: Factory) -> None:
    customer_id, _ = billed(books, Language.ENGLISH)
    statement = customer_statement(
        books.session,
        customer_id=customer_id,
        start=date(2026, 11, 1),
        end=date(2026, 12, 1),
        today=date(2026, 11, 25),
    )
    assert statement.language is Language.ENGLISH
    assert statement.subscriptions[0].cycle == "1 month"
    assert statement.opening_balance == D(0)
    assert statement.closing_balance == D("104.40")
    assert statement.overdue_amount == D(0)  # nothing is due before 25 December


def test_an_unknown_customer_is_refused(books: Factory) -> None:
    with pytest.raises(NotFoundError):
        customer_statement(
            books.session,
            customer_id=99,
            start=date(2026, 1, 1),
            end=date(2026, 2, 1),
            today=date(2026, 2, 1),
        )
