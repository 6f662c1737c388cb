"""Sending the outbox by e-mail, over SMTP, exactly once.

A run spans short transactions and never holds one while the server talks: it
claims the messages due (queued → sending), sends them on one connection, and
records each outcome at once. A message is "sending" only while a run hands it to
the server; one found so at the start of a run was left by a run that stopped
(a crash, a power cut) and may have gone, so it fails for the owner to check,
never goes again by itself. Runs take a lock first: at most one sends at a time.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import socket
import ssl
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, make_msgid
from enum import StrEnum
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import ColumnElement, exists, select, update
from sqlalchemy.orm import Session

from cadence.domain.errors import ConflictError, KnownError, Message, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.identifiers import validate_email
from cadence.services.mail_settings import MailSettingsData, get_mail_settings
from cadence.services.outbox import (
    AttachmentNotReady,
    build_email,
    error_to_store,
    no_longer_needed,
)
from cadence.store.database import Database
from cadence.store.models import Invoice, MessageStatus, OutboundMessage, SmtpSecurity

TIMEOUT_SECONDS = 30
# After the 1st, 2nd, 3rd and 4th failed attempt; then every RETRY_EVERY.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
)
RETRY_EVERY = timedelta(hours=4)
# Attempts that have been failing this long (by the schedule above) stop: the owner decides.
GIVE_UP_AFTER = timedelta(days=3)
# An invoice's PDF is written by the billing run, usually within minutes.
PDF_WAIT = timedelta(minutes=5)

_NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Messages", "e-mail is not set up: enter your server in Settings ▸ E-mail first"
)
_NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Messages",
    "the mail server needs the password of {user}: enter it in Settings ▸ E-mail",
)
_UNKNOWN_HOST = QT_TRANSLATE_NOOP(
    "Messages", "the mail server {host} cannot be found: check its name and your connection"
)
_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "the mail server {host} refused the connection on port {port}: check the port"
)
_NO_ANSWER = QT_TRANSLATE_NOOP(
    "Messages", "the mail server {host} did not answer on port {port} within {seconds} seconds"
)
_CANNOT_CONNECT = QT_TRANSLATE_NOOP(
    "Messages", "cannot talk to the mail server {host} on port {port}: {reason}"
)
_NO_STARTTLS = QT_TRANSLATE_NOOP(
    "Messages",
    "the mail server {host} does not offer STARTTLS: choose the security your provider "
    "gives (SSL, often on port 465)",
)
_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Messages", "the mail server {host} is not the one it claims to be: {reason}"
)
_TLS = QT_TRANSLATE_NOOP(
    "Messages", "the secure connection to the mail server {host} failed: {reason}"
)
_NO_LOGIN = QT_TRANSLATE_NOOP(
    "Messages", "the mail server {host} takes no user name: leave the user name empty"
)
_NO_UTF8_LOGIN = QT_TRANSLATE_NOOP(
    "Messages",
    "the mail server {host} cannot take a user name or password with accents or other "
    "non-ASCII characters: change the password, or ask your provider",
)
_LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "the mail server {host} refused the user name {user} or its password: {reason}"
)
_RECIPIENT_REFUSED = QT_TRANSLATE_NOOP("Messages", "the mail server refused {refusals}")
_MESSAGE_REFUSED = QT_TRANSLATE_NOOP("Messages", "the mail server refused the message: {reason}")
_UNSUPPORTED = QT_TRANSLATE_NOOP("Messages", "the mail server cannot take this message: {reason}")
_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Messages", "the connection to the mail server broke off: {reason}"
)
_NO_RECIPIENT = QT_TRANSLATE_NOOP("Messages", "this message has no recipient address")
_LEFT_SENDING = QT_TRANSLATE_NOOP(
    "Messages",
    "Cadence stopped while handing this message to the server: it may have gone. Check, "
    "then send it again or mark it handled.",
)

TEST_SUBJECT = "Cadence : message d'essai / test message"
TEST_BODY = (
    "Ce message d'essai montre que Cadence peut envoyer vos e-mails.\n\n"
    "This test message shows that Cadence can send your e-mail.\n"
)


class MailNotConfigured(ConflictError):
    """No server or sender address is saved: nothing can go by e-mail."""


class CannotConnect(KnownError):
    """The server could not be reached, or refused the secure connection or the login."""


class SendFailed(KnownError):
    """The server refused a message, or the connection broke off while sending it."""


class _NoUtf8Login(smtplib.SMTPException):
    """The server offers no login that carries a non-ASCII user name or password."""


class Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"  # refused for good, or left half-sent by a run that stopped
    RETRY = "retry"  # queued again, for a later attempt
    WAITING = "waiting"  # queued again: its invoice's PDF is not written yet
    CANCELLED = "cancelled"  # a reminder whose invoice was paid or credited meanwhile


@dataclass(frozen=True)
class MessageOutcome:
    id: int  # the outbox row
    outcome: Outcome
    error: Message | None = None


@dataclass
class DeliveryReport:
    """What one run did, message by message; `busy` when another run was sending."""

    outcomes: list[MessageOutcome] = field(default_factory=list)
    busy: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for each in self.outcomes if each.outcome is outcome)


class SmtpConnection(Protocol):
    """What a run needs of a connection (`smtplib.SMTP` has it)."""

    def send_message(
        self, msg: EmailMessage, from_addr: str, to_addrs: Sequence[str]
    ) -> dict[str, tuple[int, bytes]]:
        """Send; return the recipients refused while others were taken."""
        ...

    def quit(self) -> object: ...

    def close(self) -> None: ...


Connect = Callable[[MailSettingsData, str | None], SmtpConnection]


def retry_delay(failed_attempts: int) -> timedelta | None:
    """How long to wait after the `failed_attempts`-th failure in a row; None once the
    attempts so far span `GIVE_UP_AFTER`, when the message fails for good."""
    if failed_attempts < 1:
        raise ValueError("there is no delay before the first failure")

    def delay(attempt: int) -> timedelta:
        return RETRY_DELAYS[attempt - 1] if attempt <= len(RETRY_DELAYS) else RETRY_EVERY

    # Counted by the schedule, not the clock: a computer switched off for a week does
    # not use up a message's attempts.
    tried_for = sum((delay(attempt) for attempt in range(1, failed_attempts)), timedelta())
    return None if tried_for >= GIVE_UP_AFTER else delay(failed_attempts)


# -- the server's answers in the owner's words -------------------------------------


def _words(code: int, text: bytes | str) -> str:
    """`550 5.1.1 No such user`: the server's code and text, on one line."""
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return " ".join([str(code), *said.split()])


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return _words(error.smtp_code, error.smtp_error)
    if isinstance(error, ssl.SSLCertVerificationError):
        return error.verify_message or str(error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _connection_problem(settings: MailSettingsData, step: str, error: Exception) -> Message:
    """What went wrong while connecting (`step`: connect, tls or login)."""
    host, port = settings.host, settings.port
    if step == "tls" and isinstance(error, smtplib.SMTPNotSupportedError):
        return message(_NO_STARTTLS, host=host)
    if isinstance(error, _NoUtf8Login):
        return message(_NO_UTF8_LOGIN, host=host)
    if step == "login" and isinstance(error, smtplib.SMTPNotSupportedError):
        return message(_NO_LOGIN, host=host)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return message(_LOGIN_REFUSED, host=host, user=settings.username, reason=_reason(error))
    if isinstance(error, ssl.SSLCertVerificationError):
        return message(_CERTIFICATE, host=host, reason=_reason(error))
    if isinstance(error, ssl.SSLError):
        return message(_TLS, host=host, reason=_reason(error))
    if isinstance(error, socket.gaierror):
        return message(_UNKNOWN_HOST, host=host)
    if isinstance(error, ConnectionRefusedError):
        return message(_REFUSED, host=host, port=port)
    if isinstance(error, TimeoutError):
        return message(_NO_ANSWER, host=host, port=port, seconds=TIMEOUT_SECONDS)
    return message(_CANNOT_CONNECT, host=host, port=port, reason=_reason(error))


def _sending_problem(error: smtplib.SMTPException | OSError) -> tuple[Outcome, Message]:
    """A refusal for good (5xx) fails the message; anything else is tried again later."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refusals = "; ".join(
            f"{address}: {_words(code, text)}" for address, (code, text) in error.recipients.items()
        )
        # 4xx is "not now" (a full mailbox, greylisting): worth another attempt.
        temporary = all(400 <= code < 500 for code, _ in error.recipients.values())
        return (
            Outcome.RETRY if temporary else Outcome.FAILED,
            message(_RECIPIENT_REFUSED, refusals=refusals),
        )
    if isinstance(error, smtplib.SMTPResponseException):
        outcome = Outcome.FAILED if error.smtp_code >= 500 else Outcome.RETRY
        return outcome, message(_MESSAGE_REFUSED, reason=_reason(error))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return Outcome.FAILED, message(_UNSUPPORTED, reason=_reason(error))
    return Outcome.RETRY, message(_INTERRUPTED, reason=_reason(error))


# -- the connection ----------------------------------------------------------------


def open_connection(settings: MailSettingsData, password: str | None) -> smtplib.SMTP:
    """Connect to the saved server, with the saved security, and log in when a user
    name is set; `CannotConnect` says why not."""
    if settings.username and password is None:
        raise CannotConnect(message(_NO_PASSWORD, user=settings.username))
    context = ssl.create_default_context()
    try:
        if settings.security is SmtpSecurity.SSL:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=context
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
    except (smtplib.SMTPException, OSError) as error:
        raise CannotConnect(_connection_problem(settings, "connect", error)) from error
    step = "tls"
    try:
        if settings.security is SmtpSecurity.STARTTLS:
            smtp.starttls(context=context)
        step = "login"
        if settings.username and password is not None:
            _login(smtp, settings.username, password)
    except (smtplib.SMTPException, OSError) as error:
        smtp.close()
        raise CannotConnect(_connection_problem(settings, step, error)) from error
    return smtp


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """`smtp.login`, which sends the user name and password as ASCII only: others (an
    accent in a French password) go by AUTH PLAIN, which carries UTF-8 (RFC 4616)."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
        raise _NoUtf8Login("AUTH PLAIN is not offered")
    credentials = b"\0" + user.encode() + b"\0" + password.encode()
    code, answer = smtp.docmd("AUTH", "PLAIN " + base64.b64encode(credentials).decode("ascii"))
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _hang_up(connection: SmtpConnection) -> None:
    # The messages are recorded already: a server that does not say goodbye changes nothing.
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        connection.close()


def _addresses(email: EmailMessage, *names: str) -> list[str]:
    headers = [str(header) for name in names for header in email.get_all(name, [])]
    return [address for _name, address in getaddresses(headers) if address]


# -- one run -----------------------------------------------------------------------


@contextlib.contextmanager
def _only_run(database_path: Path) -> Iterator[bool]:
    """True while this run alone sends this database's outbox, False if another does.

    The operating system releases the lock when its process ends, crashes included:
    a message found "sending" while holding it was left by a run that is no more.
    """
    path = database_path.with_name(database_path.name + ".sending")
    with open(path, "a+b") as file:
        if not _lock(file):
            yield False
            return
        try:
            yield True
        finally:
            _unlock(file)


if sys.platform == "win32":
    import msvcrt

    def _lock(file: IO[bytes]) -> bool:
        file.seek(0)
        try:
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(file: IO[bytes]) -> bool:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


def fail_interrupted(session: Session) -> list[int]:
    """Fail the messages a stopped run left "sending": they may have gone, so only the
    owner may send them again. Call it only while no other run sends."""
    ids = list(
        session.scalars(
            select(OutboundMessage.id)
            .where(OutboundMessage.status == MessageStatus.SENDING)
            .order_by(OutboundMessage.id)
        )
    )
    if ids:
        session.connection().execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids), OutboundMessage.status == MessageStatus.SENDING)
            .values(
                status=MessageStatus.FAILED,
                attempts=OutboundMessage.attempts + 1,
                next_attempt_at=None,
                last_error=error_to_store(message(_LEFT_SENDING)),
            )
        )
    return ids


def _due_by(now: datetime) -> ColumnElement[bool]:
    """Queued, and its next attempt has come."""
    return (OutboundMessage.status == MessageStatus.QUEUED) & (
        OutboundMessage.next_attempt_at <= now
    )


def sending_due(session: Session, *, now: datetime) -> bool:
    """Whether a run at `now` would have something to do: a message due, or one a
    stopped run left sending (which the run then marks as failed)."""
    return bool(
        session.scalar(
            select(exists().where(_due_by(now) | (OutboundMessage.status == MessageStatus.SENDING)))
        )
    )


def claim_due(session: Session, *, now: datetime, limit: int) -> list[int]:
    """Mark up to `limit` queued messages due by `now` as sending, longest due first,
    and return their ids: each one only if it was still queued (no run takes another's)."""
    due = session.scalars(
        select(OutboundMessage.id)
        .where(_due_by(now))
        .order_by(OutboundMessage.next_attempt_at, OutboundMessage.id)
        .limit(limit)
    ).all()
    claimed = []
    for message_id in due:
        result = session.connection().execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message_id, OutboundMessage.status == MessageStatus.QUEUED)
            .values(status=MessageStatus.SENDING)
        )
        if result.rowcount == 1:
            claimed.append(message_id)
    return claimed


@dataclass(frozen=True)
class _Ready:
    email: EmailMessage
    recipients: list[str]  # the envelope's: the customer's, then the copies'
    customer: frozenset[str]  # the addresses the message is for (To and Cc)


class _Run:
    """One run's connection (opened for the first message that goes) and its report."""

    def __init__(
        self,
        database: Database,
        settings: MailSettingsData,
        password: str | None,
        connect: Connect,
        now: Callable[[], datetime],
        report: DeliveryReport,
    ) -> None:
        self.database = database
        self.settings = settings
        self.password = password
        self.connect = connect
        self.now = now
        self.report = report
        self.connection: SmtpConnection | None = None

    def send_all(self, claimed: Sequence[int]) -> None:
        pending = list(claimed)  # claimed, and not yet handed to the server
        try:
            while pending:
                message_id = pending[0]
                prepared = self._prepare(message_id)
                if not isinstance(prepared, _Ready):
                    self._record(message_id, *prepared, attempted=False)
                    pending.pop(0)
                    continue
                if self.connection is None:
                    try:
                        self.connection = self.connect(self.settings, self.password)
                    except (smtplib.SMTPException, OSError, KnownError) as error:
                        reason = (
                            error.message
                            if isinstance(error, KnownError)
                            else _connection_problem(self.settings, "connect", error)
                        )
                        # Offline: every message stays queued and goes when the server answers.
                        for each in pending:
                            self._record(each, Outcome.RETRY, reason, attempted=True)
                        pending.clear()
                        break
                pending.pop(0)
                self._send(message_id, prepared, self.connection)
        except BaseException:
            # Those not handed to the server are queued again, as if never claimed; the
            # one being handed over, if any, stays "sending": it may have gone.
            self._release(pending)
            raise
        finally:
            if self.connection is not None:
                _hang_up(self.connection)

    def _prepare(self, message_id: int) -> _Ready | tuple[Outcome, Message]:
        with self.database.reading() as session:
            row = session.get_one(OutboundMessage, message_id)
            invoice = None if row.invoice_id is None else session.get(Invoice, row.invoice_id)
            withdrawn = no_longer_needed(row.kind, invoice)
            if withdrawn is not None:
                return Outcome.CANCELLED, withdrawn
            try:
                email = build_email(session, message_id, settings=self.settings)
            except AttachmentNotReady as error:
                return (Outcome.WAITING if error.waiting else Outcome.FAILED), error.message
        customer = _addresses(email, "To", "Cc")
        if not customer:
            return Outcome.FAILED, message(_NO_RECIPIENT)
        copies = _addresses(email, "Bcc")
        # The copies go in the envelope only: no recipient sees who else got one.
        del email["Bcc"]
        return _Ready(email, [*customer, *copies], frozenset(customer))

    def _send(self, message_id: int, ready: _Ready, connection: SmtpConnection) -> None:
        try:
            refused = connection.send_message(
                ready.email, from_addr=self.settings.sender_address, to_addrs=ready.recipients
            )
        except (smtplib.SMTPException, OSError) as error:
            outcome, reason = _sending_problem(error)
            if outcome is Outcome.RETRY:
                # The connection may be dead (421, a reset): the next message opens another.
                _hang_up(connection)
                self.connection = None
            self._record(message_id, outcome, reason, attempted=True)
            return
        # The owner's copy went, the customer's was refused: the customer has nothing.
        customer_refused = {
            address: answer for address, answer in refused.items() if address in ready.customer
        }
        if customer_refused:
            outcome, reason = _sending_problem(smtplib.SMTPRecipientsRefused(customer_refused))
            self._record(message_id, outcome, reason, attempted=True)
            return
        # If Cadence stops before this records it, the message stays "sending", and the
        # next run fails it for the owner to check: never a second copy by itself.
        self._record(message_id, Outcome.SENT, None, attempted=True)

    def _record(
        self, message_id: int, outcome: Outcome, reason: Message | None, *, attempted: bool
    ) -> None:
        now = self.now()
        with self.database.transaction() as session:
            row = session.get_one(OutboundMessage, message_id)
            if attempted:
                row.attempts += 1
            row.next_attempt_at = None
            row.last_error = None if reason is None else error_to_store(reason)
            if outcome is Outcome.RETRY:
                delay = retry_delay(row.attempts)
                if delay is None:
                    outcome = Outcome.FAILED
                else:
                    row.next_attempt_at = now + delay
            elif outcome is Outcome.WAITING:
                row.next_attempt_at = now + PDF_WAIT
            row.status = {
                Outcome.SENT: MessageStatus.SENT,
                Outcome.FAILED: MessageStatus.FAILED,
                Outcome.RETRY: MessageStatus.QUEUED,
                Outcome.WAITING: MessageStatus.QUEUED,
                Outcome.CANCELLED: MessageStatus.CANCELLED,
            }[outcome]
            row.sent_at = now if outcome is Outcome.SENT else None
        self.report.outcomes.append(MessageOutcome(message_id, outcome, reason))

    def _release(self, message_ids: Sequence[int]) -> None:
        if not message_ids:
            return
        with self.database.transaction() as session:
            session.connection().execute(
                update(OutboundMessage)
                .where(
                    OutboundMessage.id.in_(message_ids),
                    OutboundMessage.status == MessageStatus.SENDING,
                )
                .values(status=MessageStatus.QUEUED)
            )


def deliver_outbox(
    database: Database,
    *,
    now: Callable[[], datetime],
    password: str | None,
    limit: int = 200,
    connect: Connect = open_connection,
) -> DeliveryReport:
    """Send the queued messages that are due, at most `limit`, on one connection, and
    record each outcome; `MailNotConfigured` when no server is saved."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    with database.reading() as session:
        settings = get_mail_settings(session)
    if not settings.configured:
        raise MailNotConfigured(message(_NOT_CONFIGURED))
    with _only_run(database.path) as alone:
        if not alone:
            return DeliveryReport(busy=True)
        with database.transaction() as session:
            interrupted = fail_interrupted(session)
            claimed = claim_due(session, now=now(), limit=limit)
        report = DeliveryReport(
            [MessageOutcome(each, Outcome.FAILED, message(_LEFT_SENDING)) for each in interrupted]
        )
        _Run(database, settings, password, connect, now, report).send_all(claimed)
    return report


def send_test_email(
    settings: MailSettingsData,
    password: str | None,
    to: str,
    now: datetime,
    *,
    connect: Connect = open_connection,
) -> None:
    """Send a short message to `to` through the given settings; `CannotConnect` or
    `SendFailed` give the server's reason."""
    if not settings.configured:
        raise MailNotConfigured(message(_NOT_CONFIGURED))
    address = validate_email(to)
    email = EmailMessage()
    email["From"] = formataddr((settings.sender_name, settings.sender_address))
    email["To"] = address
    email["Subject"] = TEST_SUBJECT
    email["Date"] = format_datetime(now.astimezone())
    email["Message-ID"] = make_msgid(
        "cadence-test", domain=settings.sender_address.rpartition("@")[2]
    )
    email.set_content(TEST_BODY)
    connection = connect(settings, password)
    try:
        connection.send_message(email, from_addr=settings.sender_address, to_addrs=[address])
    except (smtplib.SMTPException, OSError) as error:
        raise SendFailed(_sending_problem(error)[1]) from error
    finally:
        _hang_up(connection)
