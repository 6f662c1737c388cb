"""The words and colours the window shows for a message: its kind, its status, where
its delivery stands, and the choices of the status filter.

Looked up when shown (never at import), so that they follow the interface's language.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from babel.dates import format_time
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from cadence.domain.messages import MessageKind
from cadence.services.outbox import MessageRecord
from cadence.store.models import MessageStatus
from cadence.ui.formatting import day, locale_name
from cadence.ui.messages import translated

# Called by this name, with the context written out each time: Qt's lupdate finds
# the strings only so.
translate = QCoreApplication.translate


class Outbox(QObject):
    """The words of the "Outbox" context that count (%n), said with `self.tr`: lupdate
    gives plural forms to `self.tr(text, "", count)` but not to `translate("Outbox",
    text, "", count)` with a count held in a name (it files that as a plain string, and
    the French then falls back to English from 2 on)."""

    def attempts(self, count: int, time: str) -> str:
        return self.tr("%n attempt(s); next try {time}", "", count).format(time=time)


class Show(Enum):
    """The status filter's choices, each the statuses it lists (None: every one)."""

    TO_HANDLE = frozenset({MessageStatus.PREPARED, MessageStatus.FAILED})
    QUEUED = frozenset({MessageStatus.QUEUED, MessageStatus.SENDING})
    SENT = frozenset({MessageStatus.SENT})
    ALL = None


def show_labels() -> list[tuple[Show, str]]:
    return [
        (Show.TO_HANDLE, translate("Outbox", "To handle")),
        # Plurals in French, unlike the statuses of the same words: told apart.
        (Show.QUEUED, translate("Outbox", "Waiting to go", "filter")),
        (Show.SENT, translate("Outbox", "Sent", "filter")),
        (Show.ALL, translate("Outbox", "All messages")),
    ]


def kind_label(kind: MessageKind) -> str:
    return {
        MessageKind.INVOICE: translate("Outbox", "Invoice"),
        MessageKind.CREDIT_NOTE: translate("Outbox", "Credit note"),
        MessageKind.RENEWAL_NOTICE: translate("Outbox", "Renewal notice"),
        MessageKind.TERM_END_NOTICE: translate("Outbox", "End of term"),
        MessageKind.REMINDER_FIRST: translate("Outbox", "Friendly reminder"),
        MessageKind.REMINDER_SECOND: translate("Outbox", "Firmer reminder"),
        MessageKind.FORMAL_NOTICE: translate("Outbox", "Formal notice"),
    }[kind]


def status_label(status: MessageStatus) -> str:
    return {
        MessageStatus.PREPARED: translate("Outbox", "Waiting for you"),
        MessageStatus.QUEUED: translate("Outbox", "Waiting to go"),
        MessageStatus.SENDING: translate("Outbox", "Sending"),
        MessageStatus.SENT: translate("Outbox", "Sent"),
        MessageStatus.FAILED: translate("Outbox", "Not delivered"),
        MessageStatus.CANCELLED: translate("Outbox", "Not sent"),
        MessageStatus.HANDLED: translate("Outbox", "Handled by you"),
    }[status]


# Text colours, readable on a table's light rows: the status words in the customer's
# history, and the notice above a message that needs the owner.
FAILED_TEXT = QColor("#b3261e")
WAITING_TEXT = QColor("#8a5a00")
SENT_TEXT = QColor("#1b6e2f")
MUTED_TEXT = QColor("#6b6b6b")

# Tints, not colours: drawn translucent over the table's own background, as on the
# Invoices tab, they stay pale on a light theme and dark on a dark one.
_ALPHA = 56
_TINTS = {
    MessageStatus.FAILED: QColor(220, 38, 38, _ALPHA),  # red
    MessageStatus.PREPARED: QColor(234, 160, 8, _ALPHA),  # amber
    MessageStatus.SENT: QColor(22, 163, 74, _ALPHA),  # green
    MessageStatus.CANCELLED: QColor(120, 120, 120, 28),  # a light grey
}


def status_tint(record: MessageRecord) -> QColor | None:
    """The row's tint: red for a refused message, amber for one waiting for the owner,
    green once sent; plain while it waits to go or once the owner handled it."""
    return _TINTS.get(record.status)


def status_colour(status: MessageStatus) -> QColor | None:
    """The status words' colour where a list has no tints (the customer's history)."""
    return {
        MessageStatus.FAILED: FAILED_TEXT,
        MessageStatus.PREPARED: WAITING_TEXT,
        MessageStatus.SENT: SENT_TEXT,
        MessageStatus.CANCELLED: MUTED_TEXT,
    }.get(status)


def when(value: datetime, today: date) -> str:
    """14:02 today; 24/11/2026 14:02 (or 24 Nov 2026 14:02) another day."""
    time = format_time(value, "short", locale=locale_name())
    return time if value.date() == today else f"{day(value.date())} {time}"


def error_words(record: MessageRecord) -> str:
    """Why the message did not go, in the owner's language; "" when it did not fail."""
    return "" if record.error is None else translated(record.error)


def delivery_note(record: MessageRecord, today: date) -> str:
    """Where the delivery stands, in a few words: the attempts, the next try, the error."""
    match record.status:
        case MessageStatus.FAILED:
            return error_words(record) or translate("Outbox", "Refused by the mail server")
        case MessageStatus.PREPARED if not record.recipient:
            return translate("Outbox", "No e-mail address: print it")
        case MessageStatus.QUEUED if record.attempts and record.next_attempt_at is not None:
            return Outbox().attempts(record.attempts, when(record.next_attempt_at, today))
        case MessageStatus.QUEUED:
            return translate("Outbox", "Goes at the next sending")
        case MessageStatus.SENT if record.sent_at is not None:
            return translate("Outbox", "Sent {time}").format(time=when(record.sent_at, today))
        case _:
            return ""
