"""A customer's messages in their overview: listed newest first, opened in the
Messages tab, their attachment opened from there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from cadence.domain.messages import MessageKind
from cadence.domain.parties import Language
from cadence.services.mail_settings import MailSettingsData
from cadence.services.outbox import AttachmentDraft, mark_handled, write_message
from cadence.store.database import Database
from cadence.store.models import Customer
from cadence.ui.customers.tab import CustomersTab
from cadence.ui.operations import Change

from .conftest import Books, Navigator  # type: ignore[import-not-found]

OpenTab = Callable[[int], CustomersTab]
LETTER = b"%PDF-1.4 the formal notice letter"


def write(
    database: Database,
    customer_id: int,
    kind: MessageKind,
    subject: str,
    hour: int,
    attachments: tuple[AttachmentDraft, ...] = (),
) -> int:
    with database.transaction() as session:
        return write_message(
            session,
            customer=session.get_one(Customer, customer_id),
            kind=kind,
            language=Language.FRENCH,
            subject=subject,
            body=f"{subject}.",
            now=datetime(2026, 11, 25, hour, 0),
            settings=MailSettingsData(),
            attachments=attachments,
        ).id


def test_a_customers_messages_open_in_the_messages_tab(
    books: Books,
    open_tab: OpenTab,
    database: Database,
    navigator: Navigator,
    qtbot: QtBot,
) -> None:
    books.company()
    customer = books.customer()
    other = books.customer(name="Bruno Petit")
    reminder = write(database, customer.id, MessageKind.REMINDER_FIRST, "Rappel", 9)
    notice = write(
        database,
        customer.id,
        MessageKind.FORMAL_NOTICE,
        "Mise en demeure",
        10,
        (AttachmentDraft("mise-en-demeure.pdf", content=LETTER),),
    )
    write(database, other.id, MessageKind.INVOICE, "Facture de Bruno", 11)
    tab = open_tab(2)
    history = tab.detail.messages
    with qtbot.waitSignal(history.loaded):
        tab.show_record(customer.id)
    assert tab.detail.lists.tabText(3) == "Messages (2)"
    table = history.table
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == [
        "Mise en demeure",
        "Rappel",
    ]
    assert [table.item(0, column).text() for column in range(4)] == [
        "10:00",
        "Formal notice",
        "Mise en demeure",
        "Waiting for you",
    ]

    table.selectRow(1)
    assert not history.attachment_button.isEnabled()  # the reminder has none
    table.itemDoubleClicked.emit(table.item(1, 2))
    assert navigator.opened == [("messages", reminder)]

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    history.open_url = open_url
    table.selectRow(0)
    assert history.attachment_button.isEnabled()
    history.attachment_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert Path(opened[0].toLocalFile()).read_bytes() == LETTER
    history.open_button.click()
    assert navigator.opened[-1] == ("messages", notice)

    # Handled elsewhere (the Messages tab): the history follows, the selection kept.
    with database.transaction() as session:
        mark_handled(session, notice, today=books.today)
    with qtbot.waitSignal(history.loaded):
        tab.context.operations.changed.emit(frozenset({Change.MESSAGES}), None)
    assert table.item(0, 3).text() == "Handled by you"
    assert history.selected() is not None
