"""A customer's statement of account, worked out by hand.

The subscription costs 29.00 + 20 % VAT = 34.80 a month, billed on the 1st
from 1 September 2026 (three invoices on 25 November, due 25 December).
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cadence.documents.model import StatementDocument, StatementEntryKind
from cadence.documents.statement_pdf import render_statement
from cadence.domain.direct_debit import MandateScheme
from cadence.domain.errors import NotFoundError
from cadence.domain.parties import Language, PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.direct_debit import (
    batch_collections,
    confirm_batch,
    create_batch,
    return_collection,
)
from cadence.services.mandates import MandateData, create_mandate, revoke_mandate
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


# -- a customer who pays by direct debit ------------------------------------------------------
# A 29.00 € HT plan (34.80 € incl. VAT) billed monthly from 1 October, on TODAY 25 November:
# October is due on 31 October, November on 25 December.

DEBTOR_IBAN = "FR76 3000 4000 0312 3456 7890 143"
MASKED = "FR76 **** **** **** **** ***0 143"


def debtor(books: Factory) -> int:
    books.company(sepa_creditor_id="FR72ZZZ123456")
    customer = books.customer(iban=DEBTOR_IBAN, payment_method=PaymentMethod.DIRECT_DEBIT)
    books.subscription(customer_id=customer.id, start_date=date(2026, 10, 1))
    books.session.commit()
    return customer.id


def sign(books: Factory, customer_id: int, signed_on: date) -> int:
    data = MandateData(customer_id=customer_id, signed_on=signed_on)
    return create_mandate(books.session, data, today=books.today).id


def invoices_of(books: Factory, customer_id: int) -> list[Invoice]:
    query = select(Invoice).where(Invoice.customer_id == customer_id).order_by(Invoice.id)
    return list(books.session.scalars(query))


def statement_of(books: Factory, customer_id: int) -> StatementDocument:
    return customer_statement(
        books.session,
        customer_id=customer_id,
        start=date(2026, 10, 1),
        end=date(2026, 11, 26),
        today=books.today,
    )


def printed(statement: StatementDocument) -> str:
    """The statement's PDF as its reader reads it, every run of spaces as one."""
    reader = PdfReader(io.BytesIO(render_statement(statement)))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").split())


def test_what_will_be_debited_is_said_apart_and_only_the_rest_asked_by_transfer(
    books: Factory,
) -> None:
    customer_id = debtor(books)
    run_billing(books.session, as_of=date(2026, 10, 1))  # no mandate yet: to pay by transfer
    sign(books, customer_id, date(2026, 10, 15))
    run_billing(books.session, as_of=books.today)
    october, november = invoices_of(books, customer_id)
    assert (october.debit_mandate_reference, november.debit_iban) == (
        None,
        "FR7630004000031234567890143",
    )
    statement = statement_of(books, customer_id)
    assert statement.closing_balance == D("69.60")
    assert statement.direct_debit is not None
    assert statement.direct_debit.invoice_numbers == (november.number,)
    assert statement.direct_debit.amount == D("34.80")
    assert statement.amount_to_pay == D("34.80")  # October, only
    text = printed(statement)
    for expected in (
        "Solde à régler 69,60 €",
        f"Prélèvement SEPA de 34,80 € à l'échéance de la facture {november.number}",
        f"Ce montant sera prélevé sur votre compte {MASKED}, au titre du mandat de "
        "prélèvement SEPA que vous avez signé : vous n'avez pas à le régler vous-même.",
        "Reste à régler par virement sur le compte ci-dessous : 34,80 €",
        "IBAN : FR76 3000 6000 0112 3456 7890 189",  # the seller's, to pay October
    ):
        assert expected in text, expected
    assert "ci-dessous : 69,60 €" not in text


def test_a_debit_returned_is_asked_by_transfer_until_it_is_presented_again(
    books: Factory,
) -> None:
    customer_id = debtor(books)
    sign(books, customer_id, date(2026, 9, 20))
    run_billing(books.session, as_of=date(2026, 10, 1))
    batch, _ = create_batch(
        books.session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
    )
    confirm_batch(books.session, batch.id, received_on=date(2026, 11, 2), today=date(2026, 11, 2))
    (collection,) = batch_collections(books.session, batch.id)
    return_collection(
        books.session,
        collection.id,
        returned_on=date(2026, 11, 9),
        reason_code="AM04",  # insufficient funds: the mandate stays in force
        today=date(2026, 11, 9),
    )
    run_billing(books.session, as_of=books.today)
    october, november = invoices_of(books, customer_id)
    assert october.debit_mandate_reference is not None  # issued to be debited, and it was

    statement = statement_of(books, customer_id)
    assert statement.direct_debit is not None
    assert statement.direct_debit.invoice_numbers == (november.number,)
    assert statement.amount_to_pay == D("34.80")  # October came back: to pay by transfer
    assert statement.overdue_amount == D("34.80")
    text = printed(statement)
    assert f"Prélèvement SEPA de 34,80 € à l'échéance de la facture {november.number}" in text
    assert "Reste à régler par virement sur le compte ci-dessous : 34,80 €" in text

    # Presented again in a new batch, October is being collected: nothing else to pay,
    # and nothing late.
    create_batch(
        books.session,
        collection_date=date(2026, 11, 27),
        scheme=MandateScheme.CORE,
        today=books.today,
        invoice_ids=[october.id],
    )
    statement = statement_of(books, customer_id)
    assert statement.direct_debit is not None
    assert statement.direct_debit.invoice_numbers == (october.number, november.number)
    assert (statement.amount_to_pay, statement.overdue_amount) == (D(0), D(0))
    text = printed(statement)
    assert (
        f"Prélèvement SEPA de 69,60 € à l'échéance des factures {october.number}, {november.number}"
    ) in text
    assert "Vous n'avez aucun autre règlement à effectuer." in text
    assert "par virement" not in text


def test_a_debit_announced_and_not_yet_asked_of_the_bank_is_not_overdue(
    books: Factory,
) -> None:
    customer_id = debtor(books)
    sign(books, customer_id, date(2026, 9, 20))
    run_billing(books.session, as_of=date(2026, 10, 1))  # due on 31 October
    run_billing(books.session, as_of=books.today)
    october, november = invoices_of(books, customer_id)
    assert october.due_date == date(2026, 10, 31)
    statement = statement_of(books, customer_id)
    assert statement.direct_debit is not None
    assert statement.direct_debit.invoice_numbers == (october.number, november.number)
    # The owner has a batch to write; the customer nothing late ("dont échu").
    assert (statement.amount_to_pay, statement.overdue_amount) == (D(0), D(0))


def test_once_the_mandate_is_revoked_the_whole_balance_is_asked_by_transfer(
    books: Factory,
) -> None:
    customer_id = debtor(books)
    mandate_id = sign(books, customer_id, date(2026, 9, 20))
    run_billing(books.session, as_of=books.today)
    assert all(invoice.debit_mandate_reference for invoice in invoices_of(books, customer_id))
    revoke_mandate(books.session, mandate_id, on=date(2026, 11, 20), today=books.today)
    statement = statement_of(books, customer_id)
    assert statement.direct_debit is None  # no batch will collect them any more
    assert statement.amount_to_pay == statement.closing_balance == D("69.60")


def test_a_customer_paying_by_transfer_is_asked_the_whole_balance_as_before(
    books: Factory,
) -> None:
    customer_id, _ = billed(books)
    statement = customer_statement(
        books.session,
        customer_id=customer_id,
        start=date(2026, 11, 1),
        end=date(2026, 11, 26),
        today=books.today,
    )
    assert statement.direct_debit is None
    assert statement.amount_to_pay == statement.closing_balance == D("104.40")
    text = printed(statement)
    assert "Solde à régler 104,40 € Règlement par virement sur le compte ci-dessous" in text
    for absent in ("Prélèvement", "Reste à régler"):
        assert absent not in text, absent
