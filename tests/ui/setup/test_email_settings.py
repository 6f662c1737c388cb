"""The e-mail page: the settings saved, the password in the keyring and nowhere else,
errors under their fields, and the test e-mail against a real server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cadence.services.delivery import TEST_SUBJECT
from cadence.services.mail_settings import MailSettingsData, get_mail_settings, save_mail_settings
from cadence.services.smtp_password import SERVICE
from cadence.store.models import SmtpSecurity
from cadence.ui.operations import Operations
from cadence.ui.setup.settings import SettingsDialog

from ...support_keyring import MemoryKeyring  # type: ignore[import-not-found]
from ...support_smtp import Mailbox, SmtpServer, free_port  # type: ignore[import-not-found]
from .conftest import COMPANY_EMAIL, click_save  # type: ignore[import-not-found]

PASSWORD = "Pa55-word-7319"
SAVED = MailSettingsData(
    host="smtp.atelier-nuage.fr",
    username="factures",
    sender_address="factures@atelier-nuage.fr",
)


def _email_page(open_settings: Callable[[], SettingsDialog], qtbot: QtBot) -> SettingsDialog:
    """The dialog on its e-mail page, once the stored password is read."""
    dialog = open_settings()
    with qtbot.waitSignal(dialog.email.password_read):
        dialog.show_page(dialog.email)
    return dialog


def _retype(field: object, text: str, qtbot: QtBot) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def _saved(operations: Operations) -> MailSettingsData:
    with operations.database.reading() as session:
        return get_mail_settings(session)


def _save_settings(operations: Operations, today: date) -> None:
    with operations.database.transaction() as session:
        save_mail_settings(session, SAVED, today=today)


def _files_holding(folder: Path, secret: str) -> list[Path]:
    """The files under `folder` (the database, its journal, the preferences) holding `secret`."""
    wanted = secret.encode()
    return [path for path in folder.rglob("*") if path.is_file() and wanted in path.read_bytes()]


def test_the_settings_are_saved_and_the_password_only_in_the_keyring(
    open_settings: Callable[[], SettingsDialog],
    memory_keyring: MemoryKeyring,
    operations: Operations,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    dialog = _email_page(open_settings, qtbot)
    page = dialog.email
    assert page.password.echoMode() == page.password.EchoMode.Password
    qtbot.keyClicks(page.host, "  SMTP.Atelier-Nuage.fr ")
    page.security.setCurrentIndex(page.security.findData(SmtpSecurity.SSL))
    assert page.port.value() == 465  # the usual port follows the security chosen
    qtbot.keyClicks(page.username, "factures")
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.sender_address, "factures@atelier-nuage.fr")
    qtbot.keyClicks(page.sender_name, "Atelier Nuage")
    page.bcc_owner.click()
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert _saved(operations) == MailSettingsData(
        host="smtp.atelier-nuage.fr",
        port=465,
        security=SmtpSecurity.SSL,
        username="factures",
        sender_address="factures@atelier-nuage.fr",
        sender_name="Atelier Nuage",
        bcc_owner=True,
    )
    assert memory_keyring.passwords == {(SERVICE, "factures@smtp.atelier-nuage.fr"): PASSWORD}
    operations.database.close()  # its journal written back into the file
    assert _files_holding(tmp_path, PASSWORD) == []


def test_a_port_the_owner_typed_stays_when_the_security_changes(
    open_settings: Callable[[], SettingsDialog], memory_keyring: MemoryKeyring, qtbot: QtBot
) -> None:
    dialog = _email_page(open_settings, qtbot)
    page = dialog.email
    assert page.port.value() == 587
    page.security.setCurrentIndex(page.security.findData(SmtpSecurity.NONE))
    assert page.port.value() == 25
    _retype(page.port, "2525", qtbot)
    page.security.setCurrentIndex(page.security.findData(SmtpSecurity.STARTTLS))
    assert page.port.value() == 2525


def test_the_stored_password_is_shown_and_follows_a_new_user_name(
    open_settings: Callable[[], SettingsDialog],
    memory_keyring: MemoryKeyring,
    operations: Operations,
    qtbot: QtBot,
    today: date,
) -> None:
    _save_settings(operations, today)
    memory_keyring.set_password(SERVICE, "factures@smtp.atelier-nuage.fr", PASSWORD)
    dialog = _email_page(open_settings, qtbot)
    assert dialog.email.password.text() == PASSWORD
    _retype(dialog.email.username, "compta", qtbot)
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert memory_keyring.passwords == {(SERVICE, "compta@smtp.atelier-nuage.fr"): PASSWORD}

    dialog = _email_page(open_settings, qtbot)
    dialog.email.password.clear()
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert memory_keyring.passwords == {}


def test_a_wrong_server_name_is_shown_under_it_and_nothing_is_saved(
    open_settings: Callable[[], SettingsDialog],
    memory_keyring: MemoryKeyring,
    operations: Operations,
    qtbot: QtBot,
) -> None:
    dialog = _email_page(open_settings, qtbot)
    page = dialog.email
    qtbot.keyClicks(page.host, "smtp..atelier-nuage.fr")
    qtbot.keyClicks(page.username, "factures")
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.sender_address, "factures@atelier-nuage.fr")
    dialog.show_page(dialog.form.sections[0])
    click_save(dialog, qtbot)
    assert "smtp..atelier-nuage.fr is not a server name" in dialog.error_for("host")
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == dialog.index.currentRow()
    assert dialog.index.currentItem().text() == "E-mail ⚠"  # the page in error is shown
    assert page.host.text() == "smtp..atelier-nuage.fr"
    assert _saved(operations) == MailSettingsData()
    assert memory_keyring.passwords == {}


def test_without_a_keyring_the_page_says_so_and_keeps_no_password(
    open_settings: Callable[[], SettingsDialog],
    operations: Operations,
    qtbot: QtBot,
    today: date,
) -> None:
    _save_settings(operations, today)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = _email_page(open_settings, qtbot)
        page = dialog.email
        assert "no keyring" in dialog.error_for("password")
        qtbot.keyClicks(page.password, PASSWORD)
        qtbot.keyClicks(page.sender_name, "Atelier Nuage")
        click_save(dialog, qtbot)
        assert "no keyring" in dialog.error_for("password")
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert _saved(operations) == SAVED  # the sender's name waits with the password

        page.password.clear()  # a server that needs no password: the rest is saved
        with qtbot.waitSignal(dialog.accepted):
            click_save(dialog, qtbot)
    finally:
        keyring.set_keyring(previous)
    assert _saved(operations).sender_name == "Atelier Nuage"


@pytest.fixture
def mail_server() -> Iterator[SmtpServer]:
    server = SmtpServer(Mailbox())
    server.start()
    yield server
    server.stop()


def _type_local_server(dialog: SettingsDialog, port: int, qtbot: QtBot) -> None:
    page = dialog.email
    qtbot.keyClicks(page.host, "127.0.0.1")
    page.security.setCurrentIndex(page.security.findData(SmtpSecurity.NONE))
    _retype(page.port, str(port), qtbot)
    qtbot.keyClicks(page.sender_address, "factures@atelier-nuage.fr")


def test_the_test_e_mail_goes_to_the_company_with_the_settings_as_typed(
    open_settings: Callable[[], SettingsDialog],
    memory_keyring: MemoryKeyring,
    mail_server: SmtpServer,
    operations: Operations,
    qtbot: QtBot,
) -> None:
    dialog = _email_page(open_settings, qtbot)
    page = dialog.email
    assert page.test_recipient.text() == COMPANY_EMAIL
    _type_local_server(dialog, mail_server.port, qtbot)
    with qtbot.waitSignal(page.test_finished) as finished:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    assert page.test_result.text() == f"Sent to {COMPANY_EMAIL}: check that it arrived."
    [received] = mail_server.mailbox.received
    assert received.rcpt_tos == (COMPANY_EMAIL,)
    assert received.parsed()["Subject"] == TEST_SUBJECT
    assert _saved(operations) == MailSettingsData()  # tested, not saved


def test_the_test_e_mail_gives_the_reason_when_no_server_answers(
    open_settings: Callable[[], SettingsDialog], memory_keyring: MemoryKeyring, qtbot: QtBot
) -> None:
    dialog = _email_page(open_settings, qtbot)
    page = dialog.email
    port = free_port()
    _type_local_server(dialog, port, qtbot)
    with qtbot.waitSignal(page.test_finished) as finished:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert page.test_result.text() == (
        f"the mail server 127.0.0.1 refused the connection on port {port}: check the port"
    )
    assert page.test_button.isEnabled()
