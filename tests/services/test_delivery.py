"""Sending the outbox to a real SMTP server on 127.0.0.1: what arrives, what waits
while the server is down, what is refused, what is called off, and that nothing
ever goes twice."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from cadence.domain.messages import MessageKind, default_template, fill
from cadence.domain.parties import Language
from cadence.services import delivery
from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.delivery import (
    CannotConnect,
    DeliveryReport,
    MailNotConfigured,
    Outcome,
    SendFailed,
    claim_due,
    deliver_outbox,
    retry_delay,
    send_test_email,
    sending_due,
)
from cadence.services.mail_settings import MailSettingsData, get_mail_settings, save_mail_settings
from cadence.services.outbox import AttachmentDraft, stored_error, write_message
from cadence.services.payments import PaymentData, record_payment
from cadence.services.pdfs import pdf_file_name, produce_pdfs
from cadence.store.database import Database
from cadence.store.models import (
    Customer,
    Invoice,
    MessageStatus,
    OutboundMessage,
    SmtpSecurity,
)

from ..support_smtp import Mailbox, SmtpServer  # type: ignore[import-not-found]
from .conftest import Factory  # type: ignore[import-not-found]

NOW = datetime(2026, 11, 25, 9, 0)
SENDER = "factures@atelier-nuage.fr"
OWNER = "contact@atelier-nuage.fr"
REFUSED = "inconnu@obrien.fr"


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox()


@pytest.fixture
def server(mailbox: Mailbox) -> Iterator[SmtpServer]:
    running = SmtpServer(mailbox)
    running.start()
    yield running
    running.stop()


@dataclass
class Shop:
    """A company whose e-mail goes to the test server, and a French customer of it."""

    database: Database
    customer_id: int
    today: date
    folder: Path

    def settings(self) -> MailSettingsData:
        with self.database.reading() as session:
            return get_mail_settings(session)

    def configure(self, **changes: Any) -> None:
        with self.database.transaction() as session:
            data = replace(get_mail_settings(session), **changes)
            save_mail_settings(session, data, today=self.today)

    def customer(self, **changes: Any) -> int:
        with self.database.transaction() as session:
            return Factory(session, self.today).customer(**changes).id

    def write(
        self,
        *,
        customer_id: int | None = None,
        kind: MessageKind = MessageKind.INVOICE,
        invoice_id: int | None = None,
        attachments: tuple[AttachmentDraft, ...] = (),
        at: datetime = NOW,
        subject: str = "Votre facture",
        body: str = "Bonjour,\n\nVoici votre facture.",
    ) -> int:
        with self.database.transaction() as session:
            customer = session.get_one(Customer, customer_id or self.customer_id)
            row = write_message(
                session,
                customer=customer,
                kind=kind,
                language=customer.language,
                subject=subject,
                body=body,
                now=at,
                settings=get_mail_settings(session),
                invoice_id=invoice_id,
                attachments=attachments,
            )
            return row.id

    def invoice(self, *, with_pdf: bool = True) -> Invoice:
        """An invoice issued to the customer by the billing engine, its PDF written."""
        with self.database.batches() as session:
            Factory(session, self.today).subscription(
                customer_id=self.customer_id, start_date=self.today
            )
            session.commit()
            run_billing(session, as_of=self.today)
            if with_pdf:
                produce_pdfs(session)
            invoice = session.scalars(select(Invoice).order_by(Invoice.id.desc())).first()
            session.commit()
        assert invoice is not None
        return invoice

    def message(self, message_id: int) -> OutboundMessage:
        with self.database.reading() as session:
            return session.get_one(OutboundMessage, message_id)

    def deliver(self, at: datetime = NOW, **options: Any) -> DeliveryReport:
        return deliver_outbox(self.database, now=lambda: at, password=None, **options)


@pytest.fixture
def shop(database: Database, today: date, tmp_path: Path, server: SmtpServer) -> Shop:
    folder = tmp_path / "factures"
    with database.transaction() as session:
        factory = Factory(session, today)
        factory.company(email=OWNER, pdf_folder=str(folder))
        customer = factory.customer(
            name="O'Brien & <Fils>", email="compta@obrien.fr", language=Language.FRENCH
        )
        save_mail_settings(
            session,
            MailSettingsData(
                host="127.0.0.1",
                port=server.port,
                security=SmtpSecurity.NONE,
                sender_address=SENDER,
                sender_name="Atelier Nuage",
            ),
            today=today,
        )
    return Shop(database, customer.id, today, folder)


def outcomes(report: DeliveryReport) -> dict[int, Outcome]:
    return {each.id: each.outcome for each in report.outcomes}


# -- what arrives ------------------------------------------------------------------


def test_an_invoice_arrives_whole_in_the_customers_language(shop: Shop, mailbox: Mailbox) -> None:
    shop.configure(bcc_owner=True)
    invoice = shop.invoice()
    assert invoice.number is not None
    assert invoice.pdf_path is not None
    template = default_template(MessageKind.INVOICE, Language.FRENCH)
    values = {
        "customer": "O'Brien & <Fils>",
        "number": invoice.number,
        "issue_date": "25/11/2026",
        "amount": "34,80 €",
        "due_date": "25/12/2026",
        "company": "Atelier Nuage",
        "company_email": OWNER,
    }
    message_id = shop.write(
        invoice_id=invoice.id,
        attachments=(AttachmentDraft(pdf_file_name(invoice.number), invoice_id=invoice.id),),
        subject=fill(template.subject, values),
        body=fill(template.body, values),
    )

    report = shop.deliver()

    assert outcomes(report) == {message_id: Outcome.SENT}
    row = shop.message(message_id)
    assert (row.status, row.sent_at, row.attempts, row.last_error) == (
        MessageStatus.SENT,
        NOW,
        1,
        None,
    )
    [received] = mailbox.received
    # The owner's copy goes in the envelope only: the customer never sees it.
    assert received.mail_from == SENDER
    assert received.rcpt_tos == ("compta@obrien.fr", OWNER)
    email = received.parsed()
    assert "Bcc" not in email
    assert email["From"] == f"Atelier Nuage <{SENDER}>"
    assert email["To"] == "compta@obrien.fr"
    assert email["Subject"] == f"Facture {invoice.number} — Atelier Nuage"
    assert email["Message-ID"] == row.message_id
    body = email.get_body(("plain",))
    assert isinstance(body, EmailMessage)
    text = body.get_content().replace("\r\n", "\n")  # as it went: lines end in CRLF
    assert text == fill(template.body, values) + "\n"
    assert "Veuillez trouver ci-joint la facture" in text
    [attachment] = list(email.iter_attachments())
    assert isinstance(attachment, EmailMessage)
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == pdf_file_name(invoice.number)
    assert attachment.get_content() == Path(invoice.pdf_path).read_bytes()


def test_the_message_says_its_language(shop: Shop, mailbox: Mailbox) -> None:
    shop.write()
    shop.deliver()
    [received] = mailbox.received
    email = received.parsed()
    body = email.get_body(("plain",))
    assert isinstance(body, EmailMessage)
    # On the message, or on its text when files are attached (RFC 3282 allows both).
    assert "fr" in {email["Content-Language"], body["Content-Language"]}


def test_a_letter_kept_with_the_message_is_attached_as_is(shop: Shop, mailbox: Mailbox) -> None:
    letter = b"%PDF-1.7 mise en demeure\x00\xff"
    shop.write(attachments=(AttachmentDraft("lettre.pdf", content=letter),))
    shop.deliver()
    [received] = mailbox.received
    [attachment] = list(received.parsed().iter_attachments())
    assert isinstance(attachment, EmailMessage)
    assert (attachment.get_filename(), attachment.get_content()) == ("lettre.pdf", letter)


# -- offline -----------------------------------------------------------------------


def test_while_the_server_is_down_messages_wait_then_go_once(
    shop: Shop, server: SmtpServer, mailbox: Mailbox
) -> None:
    first, second = shop.write(), shop.write(subject="Deuxième")
    server.stop()

    report = shop.deliver(NOW)

    assert outcomes(report) == {first: Outcome.RETRY, second: Outcome.RETRY}
    for message_id in (first, second):
        row = shop.message(message_id)
        assert (row.status, row.attempts, row.next_attempt_at) == (
            MessageStatus.QUEUED,
            1,
            NOW + timedelta(minutes=1),
        )
        assert f"refused the connection on port {server.port}" in said(row)
    # Before the next attempt is due, a run leaves them alone.
    assert shop.deliver(NOW + timedelta(seconds=30)).outcomes == []
    assert shop.message(first).attempts == 1

    server.start()
    later = NOW + timedelta(minutes=2)
    assert outcomes(shop.deliver(later)) == {first: Outcome.SENT, second: Outcome.SENT}
    assert [email.parsed()["Subject"] for email in mailbox.received] == [
        "Votre facture",
        "Deuxième",
    ]
    assert shop.deliver(later + timedelta(hours=5)).outcomes == []
    assert len(mailbox.received) == 2
    row = shop.message(first)
    assert (row.status, row.attempts, row.sent_at, row.last_error) == (
        MessageStatus.SENT,
        2,
        later,
        None,
    )


def test_a_server_that_never_comes_back_fails_the_message_after_three_days(
    shop: Shop, server: SmtpServer
) -> None:
    message_id = shop.write()
    server.stop()
    at, runs = NOW, 0
    while shop.message(message_id).status is MessageStatus.QUEUED:
        row = shop.message(message_id)
        assert row.next_attempt_at is not None
        at = row.next_attempt_at
        shop.deliver(at)
        runs += 1
    row = shop.message(message_id)
    assert row.status is MessageStatus.FAILED
    assert "refused the connection" in said(row)
    assert row.attempts == runs
    assert timedelta(days=3) <= at - NOW < timedelta(days=3, hours=4)


# -- refusals ----------------------------------------------------------------------


def test_a_refused_address_fails_its_message_and_the_others_go(
    shop: Shop, mailbox: Mailbox
) -> None:
    mailbox.refused[REFUSED] = "550 5.1.1 No such user"
    before = shop.write()
    refused = shop.write(customer_id=shop.customer(email=REFUSED))
    after = shop.write()

    report = shop.deliver()

    assert outcomes(report) == {
        before: Outcome.SENT,
        refused: Outcome.FAILED,
        after: Outcome.SENT,
    }
    row = shop.message(refused)
    assert row.status is MessageStatus.FAILED
    assert said(row) == f"the mail server refused {REFUSED}: 550 5.1.1 No such user"
    assert row.next_attempt_at is None
    assert [email.rcpt_tos for email in mailbox.received] == [("compta@obrien.fr",)] * 2
    assert shop.deliver(NOW + timedelta(days=1)).outcomes == []


def test_a_customer_refused_while_the_owners_copy_goes_is_a_failure(
    shop: Shop, mailbox: Mailbox
) -> None:
    shop.configure(bcc_owner=True)
    mailbox.refused[REFUSED] = "550 5.1.1 No such user"
    refused = shop.write(customer_id=shop.customer(email=REFUSED))
    assert outcomes(shop.deliver()) == {refused: Outcome.FAILED}
    assert "550 5.1.1 No such user" in said(shop.message(refused))
    assert [email.rcpt_tos for email in mailbox.received] == [(OWNER,)]


def test_a_mailbox_full_for_now_is_tried_again(shop: Shop, mailbox: Mailbox) -> None:
    mailbox.refused[REFUSED] = "452 4.2.2 Mailbox full"
    message_id = shop.write(customer_id=shop.customer(email=REFUSED))
    assert outcomes(shop.deliver()) == {message_id: Outcome.RETRY}
    row = shop.message(message_id)
    assert (row.status, row.next_attempt_at) == (MessageStatus.QUEUED, NOW + timedelta(minutes=1))
    assert "452 4.2.2 Mailbox full" in said(row)


# -- called off, waiting, lost -----------------------------------------------------


@pytest.mark.parametrize("settled_by", ["payment", "credit note"])
def test_a_reminder_for_an_invoice_settled_meanwhile_is_not_sent(
    shop: Shop, mailbox: Mailbox, settled_by: str
) -> None:
    invoice = shop.invoice()
    reminder = shop.write(kind=MessageKind.REMINDER_FIRST, invoice_id=invoice.id)
    with shop.database.transaction() as session:
        if settled_by == "payment":
            data = PaymentData(shop.customer_id, shop.today, Decimal("34.80"))
            record_payment(session, data, today=shop.today)
        else:
            issue_credit_note(session, invoice_id=invoice.id, today=shop.today)

    assert outcomes(shop.deliver()) == {reminder: Outcome.CANCELLED}

    row = shop.message(reminder)
    assert row.status is MessageStatus.CANCELLED
    word = "paid" if settled_by == "payment" else "credited"
    assert said(row) == f"not sent: invoice {invoice.number} was {word} before this reminder went"
    assert mailbox.received == []


def test_a_reminder_for_an_unpaid_invoice_goes(shop: Shop, mailbox: Mailbox) -> None:
    invoice = shop.invoice()
    reminder = shop.write(kind=MessageKind.REMINDER_FIRST, invoice_id=invoice.id)
    assert outcomes(shop.deliver()) == {reminder: Outcome.SENT}
    assert len(mailbox.received) == 1


def test_an_invoice_whose_pdf_is_not_written_yet_waits_for_it(shop: Shop, mailbox: Mailbox) -> None:
    invoice = shop.invoice(with_pdf=False)
    assert invoice.number is not None
    draft = AttachmentDraft(pdf_file_name(invoice.number), invoice_id=invoice.id)
    message_id = shop.write(invoice_id=invoice.id, attachments=(draft,))

    assert outcomes(shop.deliver()) == {message_id: Outcome.WAITING}
    row = shop.message(message_id)
    assert (row.status, row.attempts, row.next_attempt_at) == (
        MessageStatus.QUEUED,
        0,
        NOW + timedelta(minutes=5),
    )
    assert mailbox.received == []

    with shop.database.batches() as session:
        produce_pdfs(session)
    assert outcomes(shop.deliver(NOW + timedelta(minutes=5))) == {message_id: Outcome.SENT}
    assert len(mailbox.received) == 1


def test_an_invoice_whose_pdf_was_lost_fails_and_says_so(shop: Shop, mailbox: Mailbox) -> None:
    invoice = shop.invoice()
    assert invoice.number is not None
    assert invoice.pdf_path is not None
    draft = AttachmentDraft(pdf_file_name(invoice.number), invoice_id=invoice.id)
    message_id = shop.write(invoice_id=invoice.id, attachments=(draft,))
    Path(invoice.pdf_path).unlink()

    assert outcomes(shop.deliver()) == {message_id: Outcome.FAILED}
    assert f"the PDF of {invoice.number} is not available" in (said(shop.message(message_id)))
    assert mailbox.received == []


# -- exactly once ------------------------------------------------------------------


def test_a_message_left_sending_by_a_crash_fails_and_is_not_sent_again(
    shop: Shop, mailbox: Mailbox
) -> None:
    message_id = shop.write()
    with shop.database.transaction() as session:
        # A run stopped after handing it over, before recording the outcome.
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message_id)
            .values(status=MessageStatus.SENDING, attempts=0)
        )

    assert outcomes(shop.deliver()) == {message_id: Outcome.FAILED}

    row = shop.message(message_id)
    assert (row.status, row.attempts, row.next_attempt_at) == (MessageStatus.FAILED, 1, None)
    assert said(row) == (
        "Cadence stopped while handing this message to the server: it may have gone. "
        "Check, then send it again or mark it handled."
    )
    assert shop.deliver(NOW + timedelta(days=1)).outcomes == []
    assert mailbox.received == []


def test_a_second_run_while_one_sends_leaves_its_messages_alone(
    shop: Shop, mailbox: Mailbox
) -> None:
    message_id = shop.write()
    inner: list[DeliveryReport] = []

    def connect_during_another_run(settings: MailSettingsData, password: str | None) -> Any:
        # The first run has claimed the message and holds the lock: a second starts now.
        inner.append(shop.deliver())
        assert shop.message(message_id).status is MessageStatus.SENDING
        return delivery.open_connection(settings, password)

    report = shop.deliver(connect=connect_during_another_run)

    assert inner == [DeliveryReport(busy=True)]
    assert outcomes(report) == {message_id: Outcome.SENT}
    assert len(mailbox.received) == 1


def test_a_message_is_claimed_by_one_run_only(shop: Shop) -> None:
    first, second = shop.write(), shop.write()
    with shop.database.transaction() as session:
        assert claim_due(session, now=NOW, limit=1) == [first]
    with shop.database.transaction() as session:
        assert claim_due(session, now=NOW, limit=10) == [second]
    with shop.database.transaction() as session:
        assert claim_due(session, now=NOW + timedelta(days=1), limit=10) == []


class BrokenConnection:
    """A connection whose `send_message` fails as the test says, then works."""

    def __init__(self, errors: list[BaseException], sent: list[EmailMessage]) -> None:
        self.errors = errors
        self.sent = sent

    def send_message(
        self, msg: EmailMessage, from_addr: str, to_addrs: list[str]
    ) -> dict[str, Any]:
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append(msg)
        return {}

    def quit(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_dropped_connection_retries_that_message_and_reconnects_for_the_next(
    shop: Shop,
) -> None:
    first, second = shop.write(), shop.write()
    sent: list[EmailMessage] = []
    errors: list[BaseException] = [smtplib.SMTPServerDisconnected("Connection unexpectedly closed")]
    connections: list[BrokenConnection] = []

    def connect(settings: MailSettingsData, password: str | None) -> BrokenConnection:
        connections.append(BrokenConnection(errors, sent))
        return connections[-1]

    report = shop.deliver(connect=connect)

    assert outcomes(report) == {first: Outcome.RETRY, second: Outcome.SENT}
    assert len(connections) == 2
    assert "broke off: Connection unexpectedly closed" in said(shop.message(first))


def test_an_unexpected_error_puts_back_what_had_not_gone(shop: Shop) -> None:
    first, second = shop.write(), shop.write()

    def connect(settings: MailSettingsData, password: str | None) -> BrokenConnection:
        return BrokenConnection([RuntimeError("a bug")], [])

    with pytest.raises(RuntimeError, match="a bug"):
        shop.deliver(connect=connect)
    # The one being handed over may have gone: only the next run's check decides.
    assert shop.message(first).status is MessageStatus.SENDING
    assert (shop.message(second).status, shop.message(second).attempts) == (
        MessageStatus.QUEUED,
        0,
    )


def test_nothing_goes_without_a_server(database: Database) -> None:
    with pytest.raises(MailNotConfigured, match="e-mail is not set up"):
        deliver_outbox(database, now=lambda: NOW, password=None)


# -- the back-off ------------------------------------------------------------------


def test_attempts_back_off_then_every_four_hours() -> None:
    minutes = [retry_delay(attempt) for attempt in range(1, 7)]
    assert minutes == [
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(hours=1),
        timedelta(hours=4),
        timedelta(hours=4),
    ]


def test_attempts_stop_once_they_span_three_days() -> None:
    spent, attempt = timedelta(), 1
    while (delay := retry_delay(attempt)) is not None:
        spent += delay
        attempt += 1
    assert attempt == 23
    assert timedelta(days=3) <= spent < timedelta(days=3, hours=4)
    with pytest.raises(ValueError, match="first failure"):
        retry_delay(0)


# -- the test message --------------------------------------------------------------


def test_the_test_message_arrives(shop: Shop, mailbox: Mailbox) -> None:
    send_test_email(shop.settings(), None, "moi@atelier-nuage.fr", NOW)
    [received] = mailbox.received
    assert received.rcpt_tos == ("moi@atelier-nuage.fr",)
    email = received.parsed()
    assert email["Subject"] == delivery.TEST_SUBJECT
    assert email["From"] == f"Atelier Nuage <{SENDER}>"


def test_the_test_message_says_why_it_could_not_go(shop: Shop, server: SmtpServer) -> None:
    settings = shop.settings()
    server.stop()
    with pytest.raises(
        CannotConnect,
        match=f"the mail server 127.0.0.1 refused the connection on port {server.port}",
    ):
        send_test_email(settings, None, "moi@atelier-nuage.fr", NOW)


def test_starttls_to_a_server_without_it_is_refused_clearly(shop: Shop) -> None:
    settings = replace(shop.settings(), security=SmtpSecurity.STARTTLS)
    with pytest.raises(CannotConnect, match="does not offer STARTTLS") as raised:
        send_test_email(settings, None, "moi@atelier-nuage.fr", NOW)
    assert raised.value.message.params == {"host": "127.0.0.1"}


def test_the_test_message_to_a_refused_address_gives_the_servers_words(
    shop: Shop, mailbox: Mailbox
) -> None:
    mailbox.refused[REFUSED] = "550 5.1.1 No such user"
    with pytest.raises(SendFailed, match=f"refused {REFUSED}: 550 5.1.1 No such user"):
        send_test_email(shop.settings(), None, REFUSED, NOW)


def test_logging_in_with_the_password_and_a_wrong_one(shop: Shop) -> None:
    mailbox = Mailbox()
    guarded = SmtpServer(mailbox, login=("factures", "bon mot de passe é"))
    guarded.start()
    try:
        settings = replace(shop.settings(), port=guarded.port, username="factures")
        send_test_email(settings, "bon mot de passe é", "moi@atelier-nuage.fr", NOW)
        assert len(mailbox.received) == 1
        with pytest.raises(CannotConnect, match="refused the user name factures or its password"):
            send_test_email(settings, "mauvais", "moi@atelier-nuage.fr", NOW)
        with pytest.raises(CannotConnect, match="needs the password of factures"):
            send_test_email(settings, None, "moi@atelier-nuage.fr", NOW)
    finally:
        guarded.stop()
    assert len(mailbox.received) == 1


def said(row: OutboundMessage) -> str:
    """Why the message did not go, in English, as the command line says it."""
    return "" if row.last_error is None else str(stored_error(row.last_error))


def test_a_run_is_due_when_a_message_is_due_or_was_left_sending(shop: Shop) -> None:
    def due(at: datetime) -> bool:
        with shop.database.reading() as session:
            return sending_due(session, now=at)

    assert not due(NOW)
    message_id = shop.write(at=NOW + timedelta(minutes=5))
    assert not due(NOW)  # written for later: not yet
    assert due(NOW + timedelta(minutes=5))
    with shop.database.transaction() as session:
        session.get_one(OutboundMessage, message_id).status = MessageStatus.SENDING
    assert due(NOW)  # a stopped run's message: the next run marks it
