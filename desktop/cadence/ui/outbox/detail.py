"""The pane under the list: the selected message as the customer reads it, what it is
waiting for, its attachments, and what the owner can do with it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.messages import MessageKind
from cadence.services.outbox import (
    UNFINISHED,
    WAITING_FOR_OWNER,
    AttachmentRecord,
    MessageRecord,
)
from cadence.store.models import MessageStatus
from cadence.ui.formatting import moment
from cadence.ui.outbox.labels import (
    FAILED_TEXT,
    MUTED_TEXT,
    WAITING_TEXT,
    error_words,
    kind_label,
    status_colour,
    status_label,
    when,
)

# What may be sent now, as `outbox.send_again` allows; UNFINISHED may also be handled
# by the owner, or discarded.
SENDABLE = WAITING_FOR_OWNER | {MessageStatus.QUEUED}
DOCUMENT_KINDS = frozenset({MessageKind.INVOICE, MessageKind.CREDIT_NOTE})  # sends the document


def _plain_label(parent: QWidget) -> QLabel:
    """A label for data (a subject, an address, a server's answer): never markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MessageDetail(QWidget):
    """One message: headers, text and attachments, and buttons for what its status allows."""

    send_requested = Signal()
    print_requested = Signal()
    open_in_mail_requested = Signal()
    save_requested = Signal()
    handled_requested = Signal()
    discard_requested = Signal()
    attachment_opened = Signal(object)  # AttachmentRecord
    attachment_saved = Signal(object)  # AttachmentRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: MessageRecord | None = None
        self.configured = False  # whether Cadence sends e-mail: what a prepared one waits for

        self.hint = QLabel(self.tr("Select a message to read it here."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)  # greyed: an invitation, not a message

        self.subject = _plain_label(self)
        font = QFont(self.subject.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.subject.setFont(font)
        self.customer = _plain_label(self)
        self.recipient = _plain_label(self)
        self.written = _plain_label(self)
        self.about = _plain_label(self)
        self.status = _plain_label(self)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Customer:"), self.customer)
        left.addRow(self.tr("To:"), self.recipient)
        left.addRow(self.tr("What:"), self.about)
        right.addRow(self.tr("Written:"), self.written)
        right.addRow(self.tr("Status:"), self.status)
        headers = QHBoxLayout()
        headers.addLayout(left, 1)
        headers.addSpacing(24)
        headers.addLayout(right, 1)

        # Why the message waits for the owner, or why the server refused it.
        self.notice = _plain_label(self)
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(6)

        self.send_button = QPushButton(self.tr("Send now"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.mail_button = QPushButton(self.tr("Open in my mail program"), self)
        self.save_button = QPushButton(self.tr("Save as .eml…"), self)
        self.handled_button = QPushButton(self.tr("Mark as handled"), self)
        self.discard_button = QPushButton(self.tr("Discard…"), self)
        self.send_button.setToolTip(self.tr("Send it by e-mail now, from Cadence"))
        self.mail_button.setToolTip(
            self.tr(
                "Open it, attachments included, as a new message in your own mail program: "
                "check it, send it, then mark it as handled here"
            )
        )
        self.save_button.setToolTip(self.tr("Save it as a file any mail program opens"))
        self.handled_button.setToolTip(
            self.tr("You sent or posted it yourself: Cadence will not send it")
        )
        self.discard_button.setToolTip(
            self.tr("It is no longer needed: it stays in the history, not sent")
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button, signal in (
            (self.send_button, self.send_requested),
            (self.print_button, self.print_requested),
            (self.mail_button, self.open_in_mail_requested),
            (self.save_button, self.save_requested),
            (self.handled_button, self.handled_requested),
            (self.discard_button, self.discard_requested),
        ):
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.body = QPlainTextEdit(self)  # plain text: the body is never read as HTML
        self.body.setReadOnly(True)

        self.attachments_label = QLabel(self.tr("Attachments:"), self)
        self.attachments_row = QHBoxLayout()
        self.attachments_row.setContentsMargins(0, 0, 0, 0)
        self.attachments_row.addWidget(self.attachments_label)
        self.attachments_row.addStretch(1)
        self.attachment_buttons: list[QToolButton] = []

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.subject)
        layout.addLayout(headers)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        layout.addLayout(self.attachments_row)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def show_message(self, record: MessageRecord | None, today: date) -> None:
        self.record = record
        if record is None:
            self.pages.setCurrentWidget(self.hint)
            return
        self.subject.setText(record.subject)
        self.recipient.setText(record.recipient or self.tr("no e-mail address"))
        about = kind_label(record.kind)
        if record.invoice_number and record.kind in DOCUMENT_KINDS:
            about = self.tr("{what} {number}").format(what=about, number=record.invoice_number)
        elif record.invoice_number:
            about = self.tr("{what} about invoice {number}").format(
                what=about, number=record.invoice_number
            )
        self.about.setText(about)
        self.customer.setText(record.customer_name)
        self.written.setText(moment(record.created_at))
        status = status_label(record.status)
        if record.sent_at is not None:
            status = self.tr("{status} {time}").format(
                status=status, time=when(record.sent_at, today)
            )
        self.status.setText(status)
        colour = status_colour(record.status)
        self.status.setStyleSheet("" if colour is None else f"color: {colour.name()};")
        self._show_notice(record, today)
        self.body.setPlainText(record.body)
        self._show_attachments(record.attachments)
        status_now = record.status
        self.send_button.setVisible(status_now in SENDABLE)
        self.mail_button.setVisible(status_now in SENDABLE)
        self.handled_button.setVisible(status_now in UNFINISHED)
        self.discard_button.setVisible(status_now in UNFINISHED)
        self.send_button.setText(
            self.tr("Try again now") if status_now is MessageStatus.FAILED else self.tr("Send now")
        )
        self.pages.setCurrentIndex(1)

    def _show_notice(self, record: MessageRecord, today: date) -> None:
        text, colour = "", MUTED_TEXT
        match record.status:
            case MessageStatus.FAILED:
                text = self.tr(
                    "Not delivered: {error}\nCheck the address in the customer's details, "
                    "then try again; or print it and post it."
                ).format(error=error_words(record) or self.tr("the mail server gave no reason"))
                colour = FAILED_TEXT
            case MessageStatus.PREPARED if not record.recipient:
                text = self.tr(
                    "{customer} has no e-mail address: print this message and post it, then "
                    "mark it as handled. Or add an address to the customer and send it."
                ).format(customer=record.customer_name)
                colour = WAITING_TEXT
            case MessageStatus.PREPARED if self.configured:
                text = self.tr(
                    "This message was written before e-mail was set up: click Send now to "
                    "send it from Cadence, or open it in your mail program."
                )
                colour = WAITING_TEXT
            case MessageStatus.PREPARED:
                text = self.tr(
                    "Cadence does not send e-mail yet (File ▸ Settings… ▸ E-mail): open this "
                    "message in your mail program and send it from there, or print it. Then "
                    "mark it as handled."
                )
                colour = WAITING_TEXT
            case MessageStatus.QUEUED if record.attempts and record.next_attempt_at is not None:
                text = self.tr("Not sent yet ({error}). Cadence tries again at {time}.").format(
                    error=error_words(record) or self.tr("the mail server gave no reason"),
                    time=when(record.next_attempt_at, today),
                )
            case MessageStatus.SENDING:
                text = self.tr("Cadence is handing this message to the mail server.")
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {colour.name()};")
        self.notice.setVisible(bool(text))

    def _show_attachments(self, attachments: tuple[AttachmentRecord, ...]) -> None:
        for button in self.attachment_buttons:
            self.attachments_row.removeWidget(button)
            button.deleteLater()
        self.attachment_buttons = []
        for position, attachment in enumerate(attachments, start=1):
            button = QToolButton(self)
            button.setText(attachment.file_name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # A click opens it; the arrow beside offers the same, and to save it.
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setToolTip(self.tr("Open it; the arrow offers to save it"))
            menu = QMenu(button)
            open_action = QAction(self.tr("Open"), menu)
            save_action = QAction(self.tr("Save as…"), menu)
            open_action.triggered.connect(
                lambda _checked=False, chosen=attachment: self.attachment_opened.emit(chosen)
            )
            save_action.triggered.connect(
                lambda _checked=False, chosen=attachment: self.attachment_saved.emit(chosen)
            )
            button.clicked.connect(open_action.trigger)
            menu.addAction(open_action)
            menu.addAction(save_action)
            button.setMenu(menu)
            self.attachments_row.insertWidget(position, button)
            self.attachment_buttons.append(button)
        self.attachments_label.setVisible(bool(attachments))
