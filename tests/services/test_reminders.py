"""The reminders run, case by case: invoice e-mails, payment reminders and their late
fees, withdrawals once paid, the owner's wording, and the switches."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cadence.documents.facturx_check import schematron_errors, xsd_errors
from cadence.documents.facturx_xml import facturx_xml
from cadence.domain.direct_debit import MandateScheme
from cadence.domain.dunning import DunningStep
from cadence.domain.messages import DUNNING_KINDS, MessageKind, Template
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.domain.tax import VatCategory
from cadence.services.alerts import AlertKind, current_alerts
from cadence.services.billing import run_billing
from cadence.services.direct_debit import (
    batch_collections,
    confirm_batch,
    create_batch,
    return_collection,
)
from cadence.services.mail_settings import (
    MailSettingsData,
    ReminderSettings,
    save_mail_settings,
    save_reminder_settings,
    save_template,
)
from cadence.services.mandates import MandateData, create_mandate
from cadence.services.outbox import stored_error
from cadence.services.payments import Allocation, PaymentData, record_payment
from cadence.services.pdfs import document_values
from cadence.services.reminders import prepare_reminders
from cadence.store.models import (
    Invoice,
    LateFee,
    MessageStatus,
    OutboundMessage,
    ReminderLog,
)

from .conftest import Factory  # type: ignore[import-not-found]

START = date(2027, 1, 10)  # invoices issued that day are due on 9 February
DUE = date(2027, 2, 9)
FEES = (
    DunningStep(level=1, days_after_due=7),
    DunningStep(level=2, days_after_due=15),
    DunningStep(level=3, days_after_due=30, charge_interest=True, charge_indemnity=True),
)


def plain(text: str) -> str:
    """Amounts and dates keep their parts together with no-break spaces: read as spaces."""
    return text.replace("\u00a0", " ")


def remind(books: Factory, day: date) -> None:
    prepare_reminders(books.session, today=day, now=datetime.combine(day, time(9)))
    books.session.commit()


def messages(books: Factory, *kinds: MessageKind) -> list[OutboundMessage]:
    query = select(OutboundMessage).order_by(OutboundMessage.id)
    if kinds:
        query = query.where(OutboundMessage.kind.in_(kinds))
    return list(books.session.scalars(query))


def billed(books: Factory, **customer: object) -> Invoice:
    """One invoice of 34.80 incl. VAT issued on START to a new customer."""
    client = books.customer(**customer)
    books.subscription(customer_id=client.id, start_date=START)
    books.session.commit()
    run_billing(books.session, as_of=START)
    return books.session.scalars(select(Invoice).where(Invoice.customer_id == client.id)).one()


def test_an_invoice_is_mailed_once_to_a_customer_who_asked_for_it(books: Factory) -> None:
    wanted = billed(books, invoice_by_email=True)
    billed(books, name="Papier Seulement", invoice_by_email=False)
    remind(books, START)
    remind(books, START)  # the next run: nothing again
    (mail,) = messages(books)
    assert (mail.kind, mail.invoice_id, mail.recipient) == (
        MessageKind.INVOICE,
        wanted.id,
        "elodie.lefevre@exemple.fr",
    )
    assert mail.subject == f"Facture {wanted.number} — Atelier Nuage SAS"
    assert "d'un montant de 34,80 €" in plain(mail.body)
    assert [(a.file_name, a.invoice_id, a.content) for a in mail.attachments] == [
        (f"{wanted.number}.pdf", wanted.id, None)
    ]
    # No e-mail server yet: the message waits for the owner.
    assert mail.status is MessageStatus.PREPARED


def test_with_a_server_set_up_messages_are_queued_to_go(books: Factory) -> None:
    save_mail_settings(
        books.session,
        MailSettingsData(host="smtp.exemple.fr", sender_address="factures@atelier-nuage.fr"),
        today=START,
    )
    billed(books, invoice_by_email=True)
    remind(books, START)
    (mail,) = messages(books)
    assert mail.status is MessageStatus.QUEUED
    assert mail.next_attempt_at == datetime.combine(START, time(9))
    assert mail.message_id.endswith("@atelier-nuage.fr>")


def test_a_reminder_goes_on_its_day_and_not_before(books: Factory) -> None:
    invoice = billed(books)
    remind(books, date(2027, 2, 15))  # due + 6 days
    assert messages(books, MessageKind.REMINDER_FIRST) == []
    remind(books, date(2027, 2, 16))  # due + 7 days
    (reminder,) = messages(books, MessageKind.REMINDER_FIRST)
    assert reminder.invoice_id == invoice.id
    assert reminder.subject == f"Rappel : facture {invoice.number} en attente de règlement"
    assert "reste à régler pour 34,80 €" in plain(reminder.body)
    assert "d'ici le 24 février 2027" in plain(reminder.body)


def test_a_reminder_not_gone_yet_is_withdrawn_once_the_invoice_is_paid(books: Factory) -> None:
    invoice = billed(books)
    remind(books, date(2027, 2, 16))
    record_payment(
        books.session,
        PaymentData(
            customer_id=invoice.customer_id,
            received_on=date(2027, 2, 17),
            amount=Decimal("34.80"),
            allocations=[Allocation(invoice.id, Decimal("34.80"))],
        ),
        today=date(2027, 2, 17),
    )
    remind(books, date(2027, 3, 20))  # every later step's day has come
    (reminder,) = messages(books)
    assert reminder.status is MessageStatus.CANCELLED
    assert str(stored_error(reminder.last_error or "")) == (
        f"not sent: invoice {invoice.number} was paid before this reminder went"
    )
    levels = books.session.scalars(select(ReminderLog.level).where(ReminderLog.level > 0))
    assert list(levels) == [1]


def test_a_business_is_charged_the_indemnity_and_interest_once_on_an_invoice_of_their_own(
    books: Factory,
) -> None:
    save_reminder_settings(books.session, ReminderSettings(FEES, Decimal("12.15")), today=START)
    invoice = billed(
        books, name="O'Brien & <Fils> SARL", kind=CustomerKind.COMPANY, siren="443061841"
    )
    remind(books, date(2027, 3, 11))  # due + 30 days: the formal notice
    remind(books, date(2027, 4, 30))
    fees = list(books.session.scalars(select(LateFee).order_by(LateFee.kind)))
    # 34.80 × 12.15 % × 30 / 365 = 0.3475… → 0.35
    assert [(fee.kind, fee.amount) for fee in fees] == [
        ("indemnity", Decimal("40.00")),
        ("interest", Decimal("0.35")),
    ]
    fee_invoice = books.session.get_one(Invoice, fees[0].fee_invoice_id)
    assert fee_invoice.customer_id == invoice.customer_id
    assert fee_invoice.total_gross == fee_invoice.total_net == Decimal("40.35")
    assert {line.vat_category for line in fee_invoice.lines} == {VatCategory.NOT_SUBJECT}
    interest_line = next(line for line in fee_invoice.lines if line.unit_price == Decimal("0.35"))
    assert interest_line.description == (
        f"Pénalités de retard sur la facture {invoice.number} : 30 jours au taux annuel "
        "de 12,15\u00a0%"
    )
    (notice,) = messages(books, MessageKind.FORMAL_NOTICE)
    assert f"la facture {fee_invoice.number}" in notice.body
    assert "l'indemnité forfaitaire de 40,00 €" in plain(notice.body)
    assert [a.invoice_id for a in notice.attachments] == [fee_invoice.id]
    # The fee invoice is a valid EN 16931 invoice, outside the scope of VAT.
    (document,) = document_values(books.session, [fee_invoice], {})
    xml = facturx_xml(document)
    assert xsd_errors(xml) == []
    assert schematron_errors(xml) == []


def test_a_consumer_is_never_charged_the_indemnity(books: Factory) -> None:
    save_reminder_settings(books.session, ReminderSettings(FEES, Decimal("12.15")), today=START)
    billed(books)  # an individual
    remind(books, date(2027, 3, 11))
    assert [fee.kind for fee in books.session.scalars(select(LateFee))] == ["interest"]


def test_the_owners_wording_is_used_and_customer_text_stays_plain(books: Factory) -> None:
    save_template(
        books.session,
        MessageKind.REMINDER_FIRST,
        Language.FRENCH,
        Template("{customer}, un oubli ?", "Bonjour {customer}, {amount_due} pour {number}."),
        today=START,
    )
    invoice = billed(books, name="O'Brien & <Fils>", contact_name="")
    remind(books, date(2027, 2, 16))
    (reminder,) = messages(books, MessageKind.REMINDER_FIRST)
    assert reminder.subject == "O'Brien & <Fils>, un oubli ?"
    assert reminder.body.startswith(
        f"Bonjour O'Brien & <Fils>, 34,80\u00a0€ pour {invoice.number}."
    )


def test_the_owner_can_turn_reminders_and_notices_off(books: Factory) -> None:
    save_mail_settings(
        books.session, MailSettingsData(dunning=False, renewal_notices=False), today=START
    )
    billed(books)
    remind(books, date(2027, 3, 20))
    assert messages(books) == []


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_a_reminder_is_written_in_the_customers_language(
    books: Factory, language: Language
) -> None:
    billed(books, language=language)
    remind(books, date(2027, 2, 16))
    (reminder,) = messages(books)
    assert reminder.language is language
    expected = "Reminder: invoice" if language is Language.ENGLISH else "Rappel : facture"
    assert reminder.subject.startswith(expected)


def test_gentler_steps_missed_while_closed_are_superseded_not_sent(books: Factory) -> None:
    billed(books)
    remind(books, date(2027, 3, 1))  # closed until due + 20 days: level 2, not 1 and 2
    assert [m.kind for m in messages(books)] == [MessageKind.REMINDER_SECOND]
    outcomes = books.session.execute(
        select(ReminderLog.level, ReminderLog.outcome).order_by(ReminderLog.level)
    ).all()
    assert [tuple(row) for row in outcomes] == [(1, "superseded"), (2, "written")]
    assert books.session.scalar(select(func.count()).select_from(OutboundMessage)) == 1


def test_the_alerts_list_what_waits_for_the_owner(books: Factory) -> None:
    billed(books, invoice_by_email=True)
    billed(books, name="Sans Courriel", email="", invoice_by_email=False)
    remind(books, date(2027, 2, 16))
    alerts = current_alerts(books.session, today=date(2027, 2, 16), renewal_days=0, due_soon_days=0)
    waiting = {alert.kind: alert for alert in alerts if alert.tab == "messages"}
    assert str(waiting[AlertKind.INVOICES_TO_MAIL].title) == "Invoices to send by e-mail: 1"
    reminders = [a for a in alerts if a.kind is AlertKind.MESSAGE_WAITING]
    assert {str(a.title) for a in reminders} == {
        "To send: Élodie Lefèvre",
        "To send: Sans Courriel",
    }
    refused = messages(books, MessageKind.REMINDER_FIRST)[0]
    refused.status, refused.last_error = MessageStatus.FAILED, "550 5.1.1 unknown user"
    books.session.flush()
    alerts = current_alerts(books.session, today=date(2027, 2, 16), renewal_days=0, due_soon_days=0)
    (failed,) = [a for a in alerts if a.kind is AlertKind.MESSAGE_FAILED]
    assert failed.record_id == refused.id
    assert "550 5.1.1 unknown user" in str(failed.detail)


def test_the_first_of_the_month_is_written_as_french_letters_write_it(books: Factory) -> None:
    client = books.customer(invoice_by_email=True)
    books.subscription(customer_id=client.id, start_date=date(2027, 2, 1))
    books.session.commit()
    run_billing(books.session, as_of=date(2027, 2, 1))
    remind(books, date(2027, 2, 1))
    (mail,) = messages(books)
    assert "du 1er février 2027" in plain(mail.body)
    assert "au plus tard le 3 mars 2027" in plain(mail.body)


# -- invoices collected by direct debit --------------------------------------------------------


def debited(books: Factory, **customer: object) -> Invoice:
    """One invoice of 34.80 issued on START to a customer who pays by direct debit under a
    mandate in force: it carries the direct-debit mention, and its PDF asks for nothing."""
    client = books.customer(
        invoice_by_email=True,
        iban="FR76 3000 4000 0312 3456 7890 143",
        payment_method=PaymentMethod.DIRECT_DEBIT,
        **customer,
    )
    data = MandateData(customer_id=client.id, signed_on=date(2026, 11, 20))
    create_mandate(books.session, data, today=books.today)
    books.subscription(customer_id=client.id, start_date=START)
    books.session.commit()
    run_billing(books.session, as_of=START)
    invoice = books.session.scalars(select(Invoice).where(Invoice.customer_id == client.id)).one()
    assert invoice.debit_mandate_reference is not None
    return invoice


def test_the_email_of_an_invoice_collected_by_direct_debit_says_it_will_be_debited(
    books: Factory,
) -> None:
    invoice = debited(books)
    remind(books, START)
    (mail,) = messages(books)
    assert mail.subject == f"Facture {invoice.number} — Atelier Nuage SAS"
    body = plain(mail.body)
    assert (
        f"Veuillez trouver ci-joint la facture {invoice.number} du 10 janvier 2027, d'un "
        "montant de 34,80 €. Ce montant sera prélevé sur votre compte à partir du "
        "9 février 2027, au titre du mandat de prélèvement SEPA que vous avez signé. "
        "Vous n'avez aucun règlement à effectuer."
    ) in body
    assert "à régler" not in body
    assert body.endswith("Cordialement,\nAtelier Nuage SAS")


def test_in_english_too(books: Factory) -> None:
    debited(books, language=Language.ENGLISH)
    remind(books, START)
    (mail,) = messages(books)
    body = plain(mail.body)
    assert (
        "This amount will be debited from your account on or after 9 February 2027, under "
        "the SEPA direct debit mandate you signed. No payment is required from you."
    ) in body
    assert "to be paid by" not in body


def test_the_owners_own_wording_of_invoices_serves_direct_debit_ones_as_written(
    books: Factory,
) -> None:
    save_template(
        books.session,
        MessageKind.INVOICE,
        Language.FRENCH,
        Template("Facture {number}", "Bonjour {customer}, voici la facture {number}."),
        today=START,
    )
    invoice = debited(books)
    remind(books, START)
    (mail,) = messages(books)
    assert mail.body == f"Bonjour Élodie Lefèvre, voici la facture {invoice.number}."


def test_an_announced_debit_is_not_reminded_until_the_bank_returns_it(books: Factory) -> None:
    """Its PDF said there was nothing to pay: however late the owner writes the batch,
    the customer has nothing to be reminded of. Once the debit comes back, the invoice
    is the customer's to pay, and the dunning takes it up."""
    books.company(sepa_creditor_id="FR72ZZZ123456")
    invoice = debited(books)
    transfer = billed(books, name="Papier Seulement")
    remind(books, date(2027, 3, 20))  # 39 days after the due date: every step's day has come

    def reminded() -> set[int | None]:
        return {mail.invoice_id for mail in messages(books, *DUNNING_KINDS)}

    assert reminded() == {transfer.id}  # paying by transfer: reminded as before
    logged = select(ReminderLog.invoice_id).where(ReminderLog.level > 0)
    assert invoice.id not in set(books.session.scalars(logged))  # not even superseded

    batch, _ = create_batch(
        books.session,
        collection_date=date(2027, 3, 22),
        scheme=MandateScheme.CORE,
        today=date(2027, 3, 20),
    )
    confirm_batch(books.session, batch.id, received_on=date(2027, 3, 22), today=date(2027, 3, 22))
    (collection,) = batch_collections(books.session, batch.id)
    return_collection(
        books.session,
        collection.id,
        returned_on=date(2027, 3, 24),
        reason_code="AM04",  # insufficient funds: the mandate stays in force
        today=date(2027, 3, 24),
    )
    remind(books, date(2027, 3, 24))
    assert reminded() == {transfer.id, invoice.id}
    (notice,) = [mail for mail in messages(books, *DUNNING_KINDS) if mail.invoice_id == invoice.id]
    assert notice.kind is MessageKind.FORMAL_NOTICE  # 43 days late: the firmest step
