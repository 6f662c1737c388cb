"""The message wording page: edits kept while switching, saved together, Cadence's
wording restored, and a field the message lacks refused under the text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cadence.domain.messages import MessageKind, Template, default_template
from cadence.domain.parties import Language
from cadence.services.mail_settings import get_template
from cadence.ui.operations import Operations
from cadence.ui.setup.settings import SettingsDialog
from cadence.ui.setup.templates import TemplatesPage

from .conftest import click_save  # type: ignore[import-not-found]

RENEWAL_FR = (MessageKind.RENEWAL_NOTICE, Language.FRENCH)
INVOICE_EN = (MessageKind.INVOICE, Language.ENGLISH)


def _template(operations: Operations, kind: MessageKind, language: Language) -> Template:
    with operations.database.reading() as session:
        return get_template(session, kind, language)


def _choose(page: TemplatesPage, kind: MessageKind, language: Language) -> None:
    """As the owner does: the message, then the language, from the two lists."""
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.language.setCurrentIndex(page.language.findData(language))


def _insert(page: TemplatesPage, field: str, qtbot: QtBot) -> None:
    button = page.placeholders.findChild(QPushButton, f"insert_{field}")
    assert isinstance(button, QPushButton), f"no button for {field}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(page: TemplatesPage, subject: str, body: str, qtbot: QtBot) -> None:
    page.subject.selectAll()
    qtbot.keyClicks(page.subject, subject)
    page.body.setPlainText(body)


def test_edits_survive_switching_and_are_saved_together(
    open_settings: Callable[[], SettingsDialog], operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_settings()
    dialog.show_page(dialog.templates)
    page = dialog.templates
    _choose(page, *RENEWAL_FR)
    assert page.subject.text() == default_template(*RENEWAL_FR).subject
    assert page.state.text() == "Cadence's wording."
    _retype(page, "Votre abonnement  continue", "Bonjour {customer},\n\n", qtbot)
    # A field goes where the cursor was, in the subject or in the text.
    page.subject.setFocus()
    page.subject.setCursorPosition(len("Votre abonnement "))
    _insert(page, "plan", qtbot)
    page.body.setFocus()
    page.body.moveCursor(QTextCursor.MoveOperation.End)
    _insert(page, "offer", qtbot)
    assert page.subject.text() == "Votre abonnement {plan} continue"
    assert page.body.toPlainText() == "Bonjour {customer},\n\n{offer}"
    assert page.kind.currentText() == "Renewal notice (changed)"

    _choose(page, *INVOICE_EN)
    assert page.subject.text() == default_template(*INVOICE_EN).subject
    _retype(page, "Invoice {number}", "Dear {customer}, here it is.", qtbot)
    _choose(page, *RENEWAL_FR)
    assert page.subject.text() == "Votre abonnement {plan} continue"  # nothing typed is lost
    assert page.state.text() == "Changed, not saved yet: Save keeps it."

    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert _template(operations, *RENEWAL_FR) == Template(
        "Votre abonnement {plan} continue", "Bonjour {customer},\n\n{offer}"
    )
    assert _template(operations, *INVOICE_EN) == Template(
        "Invoice {number}", "Dear {customer}, here it is."
    )
    assert _template(operations, MessageKind.INVOICE, Language.FRENCH) == default_template(
        MessageKind.INVOICE, Language.FRENCH
    )


def test_cadence_s_wording_can_be_restored(
    open_settings: Callable[[], SettingsDialog], operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_settings()
    page = dialog.templates
    _choose(page, *INVOICE_EN)
    _retype(page, "Invoice {number}", "Dear {customer}, here it is.", qtbot)
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)

    dialog = open_settings()
    page = dialog.templates
    _choose(page, *INVOICE_EN)
    assert page.subject.text() == "Invoice {number}"
    assert page.state.text() == "Your own wording."
    assert page.restore.isEnabled()
    qtbot.mouseClick(page.restore, Qt.MouseButton.LeftButton)
    assert page.body.toPlainText() == default_template(*INVOICE_EN).body
    assert not page.restore.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    with operations.database.reading() as session:
        assert get_template(session, *INVOICE_EN) == default_template(*INVOICE_EN)


def test_a_field_the_message_lacks_is_refused_under_the_text(
    open_settings: Callable[[], SettingsDialog], operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_settings()
    page = dialog.templates
    _choose(page, *RENEWAL_FR)
    _retype(page, "Renouvellement de {plan}", "Bonjour {client},", qtbot)
    _choose(page, *INVOICE_EN)
    _retype(page, "Invoice {number", "Dear {customer},", qtbot)
    _choose(page, MessageKind.FORMAL_NOTICE, Language.ENGLISH)
    click_save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.index.currentItem().text() == "Message wording ⚠"
    # The first message refused is shown, its error under the field.
    assert page.kind.currentData() == MessageKind.INVOICE
    assert page.language.currentData() == Language.ENGLISH
    assert dialog.error_for("subject").startswith("a brace is not closed")
    _choose(page, *RENEWAL_FR)
    assert dialog.error_for("body").startswith(
        "{client} is not one of this message's fields; use only: {customer}, {company}"
    )
    assert dialog.error_for("subject") == ""
    assert page.body.toPlainText() == "Bonjour {client},"
    assert _template(operations, *RENEWAL_FR) == default_template(*RENEWAL_FR)
    assert _template(operations, *INVOICE_EN) == default_template(*INVOICE_EN)
