"""The Messages tab: what it lists and how it filters, the selected message, and what
the owner does with it (send, handle, discard, open in their mail program, print)."""

from __future__ import annotations

import email
from datetime import date, datetime
from email.message import Message
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cadence.store.database import Database
from cadence.store.models import MessageStatus, OutboundMessage
from cadence.ui.clock import FixedClock
from cadence.ui.main_window import MainWindow
from cadence.ui.messages import error_text
from cadence.ui.operations import Operations
from cadence.ui.outbox.labels import Show
from cadence.ui.outbox.tab import MessagesTab
from cadence.ui.preferences import Preferences

from .conftest import (  # type: ignore[import-not-found]
    BODY,
    INVOICE_PDF,
    REJECTED,
    Chooser,
    Outbox,
    Printing,
    Urls,
    set_up_email,
    status_of,
)


def subjects(tab: MessagesTab) -> list[str]:
    return [row.subject for row in tab.model.rows()]


def texts(tab: MessagesTab, row: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def show(tab: MessagesTab, qtbot: QtBot, choice: Show) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_choice.setCurrentIndex(tab.show_choice.findData(choice))


def select(tab: MessagesTab, qtbot: QtBot, message_id: int) -> None:
    if tab.model.index_of(message_id) is None:
        tab.show_record(message_id)
        qtbot.waitUntil(
            lambda: tab.detail.record is not None and tab.detail.record.id == message_id
        )
    assert tab.table.select_id(message_id)


def test_what_waits_for_the_owner_comes_first_newest_first(tab: MessagesTab) -> None:
    assert subjects(tab) == ["Facture FA2026-00001", "Rappel", "Second rappel"]
    assert texts(tab, 0) == [
        "12:00",
        "Élodie Lefèvre",
        "Invoice",
        "Facture FA2026-00001",
        "elodie@exemple.fr",
        "Waiting for you",
        "",  # the status says it all; the pane below says what to do
    ]
    assert texts(tab, 1)[1:] == [
        "Bruno Petit",
        "Friendly reminder",
        "Rappel",
        "(no address)",
        "Waiting for you",
        "No e-mail address: print it",
    ]
    assert texts(tab, 2)[2] == "Firmer reminder"
    assert texts(tab, 2)[5:] == ["Not delivered", REJECTED]
    assert tab.summary.text() == "3 to handle · 1 waiting to go · last sent 08:01"

    def tint(row: int) -> str:
        brush = tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush)
        return brush.color().name()

    assert tint(0) == tint(1)  # waiting for the owner: amber
    assert tint(2) != tint(0)  # refused: red


def test_the_status_filter_and_the_search(tab: MessagesTab, qtbot: QtBot) -> None:
    show(tab, qtbot, Show.SENT)
    assert subjects(tab) == ["Votre abonnement"]
    assert texts(tab, 0)[5:] == ["Sent", "Sent 08:01"]
    show(tab, qtbot, Show.QUEUED)
    assert subjects(tab) == ["Fin de contrat"]
    assert texts(tab, 0)[2] == "End of term"
    show(tab, qtbot, Show.ALL)
    assert len(subjects(tab)) == 5
    with qtbot.waitSignal(tab.model.loaded):
        tab.table.search_box.setText("bruno")
    assert subjects(tab) == ["Rappel"]
    with qtbot.waitSignal(tab.model.loaded):
        tab.table.search_box.setText("rappel")  # in the subject
    assert subjects(tab) == ["Rappel", "Second rappel"]
    show(tab, qtbot, Show.SENT)
    assert subjects(tab) == []
    assert tab.empty.isVisibleTo(tab)


def test_the_selected_message_shows_as_plain_text_with_its_attachment(
    tab: MessagesTab, outbox: Outbox, qtbot: QtBot
) -> None:
    detail = tab.detail
    assert detail.pages.currentWidget() is detail.hint
    select(tab, qtbot, outbox.ids["invoice"])
    assert detail.subject.text() == "Facture FA2026-00001"
    assert detail.recipient.text() == "elodie@exemple.fr"
    assert detail.customer.text() == "Élodie Lefèvre"
    assert detail.body.toPlainText() == BODY  # the tags are text, not bold
    assert [button.text() for button in detail.attachment_buttons] == ["FA2026-00001.pdf"]
    assert "mail program" in detail.notice.text()
    assert not detail.send_button.isHidden()
    assert not detail.handled_button.isHidden()

    select(tab, qtbot, outbox.ids["failed"])
    assert REJECTED in detail.notice.text()
    assert detail.send_button.text() == "Try again now"
    assert detail.attachment_buttons == []

    select(tab, qtbot, outbox.ids["sent"])
    assert detail.status.text() == "Sent 08:01"
    assert detail.send_button.isHidden()
    assert detail.discard_button.isHidden()
    assert not detail.print_button.isHidden()


def test_mark_as_handled_and_discard(
    tab: MessagesTab, outbox: Outbox, database: Database, qtbot: QtBot
) -> None:
    select(tab, qtbot, outbox.ids["no_address"])
    with qtbot.waitSignal(tab.model.loaded):
        tab.detail.handled_button.click()
    assert status_of(database, outbox.ids["no_address"]) is MessageStatus.HANDLED
    assert "Rappel" not in subjects(tab)  # no longer waits for the owner
    qtbot.waitUntil(lambda: tab.summary.text().startswith("2 to handle"))

    select(tab, qtbot, outbox.ids["failed"])
    tab.detail.discard_button.click()
    box = tab.confirmation
    assert isinstance(box, QMessageBox)
    assert "Second rappel" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()  # the default: nothing happens
    qtbot.waitUntil(lambda: tab.context.operations.pending == 0)
    assert status_of(database, outbox.ids["failed"]) is MessageStatus.FAILED

    tab.detail.discard_button.click()
    box = tab.confirmation
    assert isinstance(box, QMessageBox)
    (discard,) = [b for b in box.buttons() if b.text() == "Discard"]
    with qtbot.waitSignal(tab.model.loaded):
        discard.click()
    assert status_of(database, outbox.ids["failed"]) is MessageStatus.CANCELLED
    assert subjects(tab) == ["Facture FA2026-00001"]


def test_send_now_says_what_is_missing_until_email_is_set_up(
    tab: MessagesTab,
    outbox: Outbox,
    database: Database,
    operations: Operations,
    today: date,
    qtbot: QtBot,
) -> None:
    select(tab, qtbot, outbox.ids["invoice"])
    with qtbot.waitSignal(operations.refused) as refused:
        tab.detail.send_button.click()
    assert "e-mail is not set up" in error_text(refused.args[0])
    assert status_of(database, outbox.ids["invoice"]) is MessageStatus.PREPARED

    set_up_email(database, today)
    with qtbot.waitSignals([tab.send_queued_requested, tab.model.loaded]):
        tab.detail.send_button.click()
    assert status_of(database, outbox.ids["invoice"]) is MessageStatus.QUEUED
    assert "goes by e-mail in a moment" in tab.context.window.statusBar().currentMessage()

    select(tab, qtbot, outbox.ids["no_address"])
    with qtbot.waitSignal(operations.refused) as refused:
        tab.detail.send_button.click()
    assert "Bruno Petit has no e-mail address" in error_text(refused.args[0])


def attachment_of(message: Message) -> tuple[str | None, bytes]:
    (part,) = [part for part in message.walk() if part.get_filename()]
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return part.get_filename(), payload


def test_open_in_my_mail_program_keeps_the_attachment(
    tab: MessagesTab, outbox: Outbox, urls: Urls, qtbot: QtBot
) -> None:
    select(tab, qtbot, outbox.ids["invoice"])
    tab.detail.mail_button.click()
    qtbot.waitUntil(lambda: len(urls.opened) == 1)
    path = Path(urls.opened[0].toLocalFile())
    assert path.name == "Facture FA2026-00001.eml"
    message = email.message_from_bytes(path.read_bytes())
    assert message["Subject"] == "Facture FA2026-00001"
    assert message["To"] == "elodie@exemple.fr"
    assert message["X-Unsent"] == "1"  # opens as a draft to send, not as mail received
    assert attachment_of(message) == ("FA2026-00001.pdf", INVOICE_PDF)
    assert "Mark as handled" in tab.context.window.statusBar().currentMessage()


def test_save_as_eml_and_an_attachment(
    tab: MessagesTab, outbox: Outbox, chooser: Chooser, urls: Urls, qtbot: QtBot
) -> None:
    select(tab, qtbot, outbox.ids["invoice"])
    tab.save_as_eml()
    assert chooser.answer is not None
    qtbot.waitUntil(lambda: chooser.answer is not None and chooser.answer.exists())
    assert chooser.asked == ["Facture FA2026-00001.eml"]
    saved = email.message_from_bytes(chooser.answer.read_bytes())
    assert attachment_of(saved)[1] == INVOICE_PDF

    (button,) = tab.detail.attachment_buttons
    button.click()  # opens it
    qtbot.waitUntil(lambda: len(urls.opened) == 1)
    opened = Path(urls.opened[0].toLocalFile())
    assert opened.name == "FA2026-00001.pdf"
    assert opened.read_bytes() == INVOICE_PDF


def test_print_the_letter_then_its_pdf(
    tab: MessagesTab, outbox: Outbox, printing: Printing, qtbot: QtBot
) -> None:
    select(tab, qtbot, outbox.ids["invoice"])
    tab.detail.print_button.click()
    qtbot.waitUntil(lambda: printing.target.exists() and printing.target.stat().st_size > 0)
    assert printing.asked == [3]  # the letter, then the invoice's two pages
    assert len(PdfReader(printing.target).pages) == 3
    assert "was sent to the printer (3 page(s))" in tab.context.window.statusBar().currentMessage()


def test_open_record_selects_the_message_whatever_the_filter(
    outbox: Outbox,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
) -> None:
    window = MainWindow(operations, clock, preferences, tabs=[MessagesTab])
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("messages")
    assert isinstance(tab, MessagesTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    window.open_record("messages", outbox.ids["sent"])  # not among those to handle
    qtbot.waitUntil(lambda: tab.detail.record is not None)
    assert tab.detail.record is not None
    assert tab.detail.record.id == outbox.ids["sent"]
    assert tab.show_choice.currentData() is Show.ALL
    window.open_record("messages", outbox.ids["failed"])  # in the list now: selected at once
    assert tab.detail.record.id == outbox.ids["failed"]
    qtbot.waitUntil(lambda: operations.pending == 0)


def test_a_message_tried_again_later_says_when(
    tab: MessagesTab, outbox: Outbox, database: Database, qtbot: QtBot
) -> None:
    with database.transaction() as session:
        queued = session.get_one(OutboundMessage, outbox.ids["queued"])
        queued.attempts, queued.next_attempt_at = 2, datetime(2026, 11, 25, 9, 15)
        queued.last_error = "the mail server smtp.exemple.fr did not answer on port 587"
    show(tab, qtbot, Show.QUEUED)
    assert texts(tab, 0)[5:] == ["Waiting to go", "2 attempt(s); next try 09:15"]
    select(tab, qtbot, outbox.ids["queued"])
    assert tab.detail.notice.text() == (
        "Not sent yet (the mail server smtp.exemple.fr did not answer on port 587). "
        "Cadence tries again at 09:15."
    )
