"""An outbox with a message in each state the owner meets, and the Messages tab over it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from cadence.domain.messages import MessageKind
from cadence.domain.parties import Language
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.mail_settings import MailSettingsData, save_mail_settings
from cadence.services.outbox import AttachmentDraft, write_message
from cadence.store.database import Database
from cadence.store.models import Customer, MessageStatus, OutboundMessage
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.outbox.tab import MessagesTab
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext

TODAY = date(2026, 11, 25)
SERVER = MailSettingsData(host="smtp.exemple.fr", sender_address="factures@atelier-nuage.fr")
REJECTED = "550 5.1.1 <elodie@exemple.fr>: Recipient address rejected"
# User text that must stay text: shown as typed, never read as markup.
BODY = (
    "Bonjour Élodie,\n\n<b>Veuillez trouver</b> ci-joint la facture FA2026-00001.\n\nCordialement"
)


def small_pdf(pages: int = 1) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(pages):
        canvas.drawString(72, 720, f"Facture FA2026-00001, page {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


INVOICE_PDF = small_pdf(2)


@dataclass
class Outbox:
    """The messages by the name the tests give them, and the customers'."""

    ids: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)


def fill_outbox(database: Database, today: date) -> Outbox:
    """Élodie (with an address) and Bruno (without): an invoice e-mail and a reminder
    waiting for the owner, a refused reminder, a sent notice and a queued notice."""
    found = Outbox()
    with database.transaction() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Atelier Nuage SAS",
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                email="contact@atelier-nuage.fr",
                siren="732829320",
                vat_number="FR44732829320",
                iban="FR76 3000 6000 0112 3456 7890 189",
                bic="AGRIFRPP",
            ),
            today=today,
        )
        for name, email in (("Élodie Lefèvre", "elodie@exemple.fr"), ("Bruno Petit", "")):
            record = create_customer(
                session,
                CustomerData(
                    name=name,
                    email=email,
                    address_line1="3 place Bellecour",
                    postal_code="69002",
                    city="Lyon",
                ),
                today=today,
            )
            found.customers[name] = record.id
        elodie = session.get_one(Customer, found.customers["Élodie Lefèvre"])
        bruno = session.get_one(Customer, found.customers["Bruno Petit"])
        unset = MailSettingsData()
        for hour, (key, customer, kind, subject, settings, attachments) in enumerate(
            (
                ("sent", elodie, MessageKind.RENEWAL_NOTICE, "Votre abonnement", SERVER, ()),
                ("queued", elodie, MessageKind.TERM_END_NOTICE, "Fin de contrat", SERVER, ()),
                ("failed", elodie, MessageKind.REMINDER_SECOND, "Second rappel", SERVER, ()),
                ("no_address", bruno, MessageKind.REMINDER_FIRST, "Rappel", unset, ()),
                (
                    "invoice",
                    elodie,
                    MessageKind.INVOICE,
                    "Facture FA2026-00001",
                    unset,
                    (AttachmentDraft("FA2026-00001.pdf", content=INVOICE_PDF),),
                ),
            ),
            start=8,
        ):
            row = write_message(
                session,
                customer=customer,
                kind=kind,
                language=Language.FRENCH,
                subject=subject,
                body=BODY if key == "invoice" else f"{subject}.",
                now=datetime(today.year, today.month, today.day, hour, 0),
                settings=settings,
                attachments=attachments,
            )
            found.ids[key] = row.id
        session.flush()
        sent = session.get_one(OutboundMessage, found.ids["sent"])
        sent.status, sent.attempts = MessageStatus.SENT, 1
        sent.sent_at = datetime(today.year, today.month, today.day, 8, 1)
        sent.next_attempt_at = None
        failed = session.get_one(OutboundMessage, found.ids["failed"])
        failed.status, failed.attempts, failed.last_error = MessageStatus.FAILED, 1, REJECTED
        failed.next_attempt_at = None
    return found


def set_up_email(database: Database, today: date) -> None:
    with database.transaction() as session:
        save_mail_settings(session, SERVER, today=today)


def status_of(database: Database, message_id: int) -> MessageStatus:
    with database.reading() as session:
        return session.get_one(OutboundMessage, message_id).status


@pytest.fixture
def outbox(database: Database, today: date) -> Outbox:
    assert today == TODAY
    return fill_outbox(database, today)


class Navigator:
    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


@dataclass
class Printing:
    """The print dialog the tab asks, answered by the test: to a PDF file."""

    target: Path
    asked: list[int] = field(default_factory=list)  # the page counts it was asked with

    def __call__(self, printer: QPrinter, pages: int, parent: QWidget) -> bool:
        self.asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(72)  # a draft: pages rendered quickly
        return True


@dataclass
class Urls:
    opened: list[QUrl] = field(default_factory=list)

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


@dataclass
class Chooser:
    """The save dialog, answered by the test."""

    answer: Path | None
    asked: list[str] = field(default_factory=list)  # the names suggested

    def __call__(self, title: str, name: str, filter_text: str) -> Path | None:
        self.asked.append(name)
        return self.answer


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def printing(tmp_path: Path) -> Printing:
    return Printing(tmp_path / "printed.pdf")


@pytest.fixture
def urls() -> Urls:
    return Urls()


@pytest.fixture
def chooser(tmp_path: Path) -> Chooser:
    return Chooser(tmp_path / "saved" / "message.eml")


@pytest.fixture
def tab(
    outbox: Outbox,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    navigator: Navigator,
    printing: Printing,
    urls: Urls,
    chooser: Chooser,
    qtbot: QtBot,
) -> Iterator[MessagesTab]:
    """The tab in a window, shown, once its list and summary are read."""
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(operations, clock, preferences, navigator, window)
    created = MessagesTab(context, print_dialog=printing, open_url=urls, choose_path=chooser)
    window.setCentralWidget(created)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: created.model.rowCount() > 0 and operations.pending == 0)
    yield created
    qtbot.waitUntil(lambda: operations.pending == 0)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Dates and times as the English interface writes them, whatever the machine's."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)
