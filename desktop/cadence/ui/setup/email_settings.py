"""The e-mail page of the settings: the server Cadence sends messages through, the
sender, and a test message sent with the settings as typed.

The password is read from the keyring when the page is first shown (reading it
may ask the owner to unlock their keyring, which only this page should do), and
written back by the settings dialog when it saves.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError, Message
from cadence.services.delivery import send_test_email
from cadence.services.mail_settings import DEFAULT_PORTS, MailSettingsData
from cadence.services.smtp_password import get_password
from cadence.store.models import SmtpSecurity
from cadence.ui.clock import Clock
from cadence.ui.forms import ERROR_STYLE, WrappedLabel
from cadence.ui.messages import error_text
from cadence.ui.operations import DbOp, Operations
from cadence.ui.setup.form import form_layout, line_edit
from cadence.ui.setup.page import SettingsPage, align_labels, page_hint

_SUCCESS_STYLE = "color: #1b6e31;"  # a green readable on light and dark backgrounds


@dataclass(frozen=True)
class PasswordChange:
    """The password as typed, and the one stored for the settings as they were loaded."""

    previous: MailSettingsData  # the saved settings the stored password belongs to
    stored: str | None
    password: str  # "" forgets the stored one

    @property
    def changed(self) -> bool:
        return self.password != (self.stored or "")


class EmailPage(SettingsPage):
    """The SMTP server, the sign-in, the sender, and the test button."""

    wide = True  # two columns: all of it, the test's answer too, fits without scrolling

    # The stored password is in its field, or the reason it could not be read is shown.
    password_read = Signal()
    # The test e-mail was handed to the server (True) or refused (False).
    test_finished = Signal(bool)

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._saved: MailSettingsData | None = None
        self._stored: str | None = None
        self._keyring_problem: Message | None = None
        self._reading = False
        self._read = False

        self.host = line_edit(self.tr("e.g. smtp.orange.fr"))
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usual, port 587)"), SmtpSecurity.STARTTLS)
        self.security.addItem(self.tr("SSL/TLS (port 465)"), SmtpSecurity.SSL)
        self.security.addItem(self.tr("None: your own network only (port 25)"), SmtpSecurity.NONE)
        self.security.setToolTip(
            self.tr(
                "How the connection is protected; your provider says which one to use. "
                "“None” sends your password unprotected: only for a server on your own network."
            )
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS[SmtpSecurity.STARTTLS])
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port.setMinimumWidth(100)
        self.security.currentIndexChanged.connect(self._security_changed)
        server = form_layout()
        server.addRow(self.tr("Server"), self.host)
        server.addRow(
            "",
            page_hint(
                self.tr(
                    "Your e-mail provider gives these settings, often under “SMTP” or "
                    "“outgoing mail server”."
                )
            ),
        )
        server.addRow(self.tr("Security"), self.security)
        server.addRow(self.tr("Port"), self.port)
        self._form(server, {"host": self.host, "port": self.port})
        server_box = QGroupBox(self.tr("Outgoing mail server"))
        server_box.setLayout(server)

        self.username = line_edit(self.tr("Usually your e-mail address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setEnabled(False)  # until the stored one is read
        sign_in = form_layout()
        sign_in.addRow(self.tr("User name"), self.username)
        sign_in.addRow(self.tr("Password"), self.password)
        sign_in.addRow(
            "",
            page_hint(
                self.tr(
                    "Kept in this computer's keyring, never in Cadence's file. "
                    "Leave both empty if your server needs no sign-in."
                )
            ),
        )
        self._form(sign_in, {"username": self.username, "password": self.password})
        sign_in_box = QGroupBox(self.tr("Sign-in"))
        sign_in_box.setLayout(sign_in)

        self.sender_address = line_edit(self.tr("e.g. factures@atelier-nuage.fr"))
        self.sender_name = line_edit(self.tr("e.g. Atelier Nuage"))
        self.bcc_owner = QCheckBox(self.tr("Send me a copy of every message"))
        self.bcc_hint = page_hint("")
        sender = form_layout()
        sender.addRow(self.tr("Sender address"), self.sender_address)
        sender.addRow(self.tr("Sender name"), self.sender_name)
        sender.addRow("", self.bcc_owner)
        sender.addRow("", self.bcc_hint)
        self._form(
            sender,
            {"sender_address": self.sender_address, "sender_name": self.sender_name},
        )
        sender_box = QGroupBox(self.tr("Sender"))
        sender_box.setLayout(sender)

        self.test_recipient = line_edit(self.tr("The address to send the test to"))
        self.test_button = QPushButton(self.tr("Send test e-mail"))
        self.test_button.setEnabled(False)  # until the password is read
        self.test_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.test_button.clicked.connect(self.send_test)
        self.test_result = WrappedLabel()
        self.test_result.setObjectName("test_result")
        self.test_result.hide()
        test = form_layout()
        test.addRow(self.tr("Send to"), self.test_recipient)
        test.addRow("", self.test_button)
        test.addRow("", self.test_result)
        test.addRow(
            "",
            page_hint(self.tr("The test uses the settings as typed here, before you save them.")),
        )
        test_box = QGroupBox(self.tr("Test"))
        test_box.setLayout(test)

        align_labels(server, sign_in)
        align_labels(sender, test)
        left = QVBoxLayout()
        left.addWidget(server_box)
        left.addWidget(sign_in_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(sender_box)
        right.addWidget(test_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.set_company_email("")

    def title(self) -> str:
        return self.tr("E-mail")

    def subtitle(self) -> str:
        return self.tr(
            "The server Cadence sends invoices and reminders through. Without one, Cadence "
            "still prepares every message for you to print or to open in your mail program."
        )

    # -- the settings ---------------------------------------------------------------------

    def _security(self) -> SmtpSecurity:
        return SmtpSecurity(self.security.currentData())

    def _security_changed(self) -> None:
        # A usual port follows the security chosen; a port the owner typed is theirs.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self._security()])

    def load(self, data: MailSettingsData) -> None:
        """Show the saved settings; the password is read once the page is shown."""
        self._saved = data
        self.host.setText(data.host)
        self.security.blockSignals(True)  # the saved port stays, usual or not
        self.security.setCurrentIndex(self.security.findData(data.security))
        self.security.blockSignals(False)
        self.port.setValue(data.port)
        self.username.setText(data.username)
        self.sender_address.setText(data.sender_address)
        self.sender_name.setText(data.sender_name)
        self.bcc_owner.setChecked(data.bcc_owner)
        if self.isVisible():
            self._read_password()

    def set_company_email(self, email: str) -> None:
        """The business's address: where copies go, and the test's address until one is typed."""
        email = email.strip()
        if not self.test_recipient.isModified():
            self.test_recipient.setText(email)
        self.bcc_hint.setText(
            self.tr("The copy goes to your business's address, {email}.").format(email=email)
            if email
            else self.tr("The copy goes to your business's address: enter it in “Your business”.")
        )

    def mail_settings(self, base: MailSettingsData) -> MailSettingsData:
        """`base` with the fields this page edits as typed."""
        return dataclasses.replace(
            base,
            host=self.host.text(),
            port=self.port.value(),
            security=self._security(),
            username=self.username.text(),
            sender_address=self.sender_address.text(),
            sender_name=self.sender_name.text(),
            bcc_owner=self.bcc_owner.isChecked(),
        )

    # -- the password ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._read_password()

    def _read_password(self) -> None:
        saved = self._saved
        if saved is None or self._reading or self._read:
            return
        self._reading = True
        DbOp(self._operations, lambda session: get_password(saved), slow=True).success(
            self._password_found
        ).failure(self._password_unreadable).run(self)

    def _password_found(self, password: str | None) -> None:
        self._stored = password
        self.password.setText(password or "")
        self._password_done()

    def _password_unreadable(self, error: KnownError) -> None:
        # Shown at once, and kept: the owner learns before typing that it cannot be kept.
        self._keyring_problem = error.message
        self.show_errors({})
        self._password_done()

    def show_errors(self, errors: Mapping[str, Message]) -> None:
        """Show the errors about this page's fields, and why the password cannot be kept."""
        if self._keyring_problem is not None and "password" not in errors:
            errors = {**errors, "password": self._keyring_problem}
        super().show_errors(errors)

    def _password_done(self) -> None:
        self._reading = False
        self._read = True
        self.password.setEnabled(True)
        self.test_button.setEnabled(True)
        self.password_read.emit()

    def password_change(self) -> PasswordChange | None:
        """What to do in the keyring on saving; None while the stored password is unread."""
        if not self._read or self._saved is None:
            return None
        return PasswordChange(self._saved, self._stored, self.password.text())

    # -- the test ---------------------------------------------------------------------------

    def send_test(self) -> None:
        """Send a test e-mail with the settings as typed, in the background."""
        to = self.test_recipient.text().strip()
        if not to:
            self._test_done(False, self.tr("Enter the address to send the test to."))
            return
        typed = self.mail_settings(self._saved or MailSettingsData())
        # Spaces around what was typed would reach the server; saving strips them too.
        settings = dataclasses.replace(
            typed,
            host=typed.host.strip(),
            username=typed.username.strip(),
            sender_address=typed.sender_address.strip(),
            sender_name=typed.sender_name.strip(),
        )
        password = self.password.text() or None
        now = self._clock.now()

        def send(session: Session) -> None:
            send_test_email(settings, password, to, now)

        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Sending…"))
        self.test_result.show()
        DbOp(self._operations, send, slow=True).success(
            lambda _none: self._test_done(
                True, self.tr("Sent to {to}: check that it arrived.").format(to=to)
            )
        ).failure(lambda error: self._test_done(False, error_text(error))).run(self)

    def _test_done(self, sent: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(_SUCCESS_STYLE if sent else ERROR_STYLE)
        self.test_result.setText(text)
        self.test_result.show()
        self.test_finished.emit(sent)
