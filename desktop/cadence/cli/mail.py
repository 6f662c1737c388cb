"""E-mail from the command line: the server settings and its password, a test
message, the outbox, and sending what is queued (`cadence mail send`, also for a
scheduled task, or with --events for a program that reads its progress)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from cadence.cli.base import (
    ACTOR,
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    emit_event,
    format_option,
    given,
    positive_int,
    print_one,
    record_id,
    run_on_database,
    translatable,
)
from cadence.cli.output import Column, print_records
from cadence.domain.errors import KnownError

if TYPE_CHECKING:
    from cadence.services.delivery import DeliveryReport
    from cadence.services.mail_settings import MailSettingsData
    from cadence.store.database import Database

# The values of MessageStatus and SmtpSecurity, written out: those enums live beside
# the models, and importing SQLAlchemy would cost every command's --help half a second.
# tests/e2e/test_mail_cli.py checks that they match.
STATUSES = ("prepared", "queued", "sending", "sent", "failed", "cancelled", "handled")
SECURITIES = ("starttls", "ssl", "none")


def _clock(args: argparse.Namespace) -> Callable[[], datetime]:
    """The time now; with --today, the time of day now on that day."""
    day = getattr(args, "today", None)
    if day is None:
        return lambda: datetime.now().astimezone()
    return lambda: datetime.combine(day, datetime.now().astimezone().timetz())


def _settings(database: Database) -> MailSettingsData:
    from cadence.services.mail_settings import get_mail_settings

    with database.reading() as session:
        return get_mail_settings(session)


def _password(settings: MailSettingsData) -> str | None:
    from cadence.services import smtp_password

    return smtp_password.get_password(settings)


def _print_report(report: DeliveryReport, events: bool) -> None:
    from cadence.services.delivery import Outcome

    counts = {outcome.value: report.count(outcome) for outcome in Outcome}
    if events:
        for each in report.outcomes:
            values: dict[str, object] = {
                "id": each.id,
                "outcome": each.outcome.value,
                "error": None if each.error is None else str(each.error),
            }
            if each.error is not None:
                values["reason"] = translatable(each.error)
            emit_event("message", **values)
        emit_event("done", **counts, **({"busy": True} if report.busy else {}))
        return
    if report.busy:
        print("another Cadence is sending these messages now: nothing done")
        return
    for each in report.outcomes:
        if each.error is not None:
            print(
                f"cadence mail send: message {each.id}: {each.outcome}: {each.error}",
                file=sys.stderr,
            )
    print(
        f"sent {counts['sent']}, failed {counts['failed']}, to retry {counts['retry']}, "
        f"waiting for a PDF {counts['waiting']}, cancelled {counts['cancelled']}"
    )


def command_send(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.delivery import deliver_outbox

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")

    def work(database: Database) -> int:
        settings = _settings(database)
        # Settings first: without a server there is no password to look up.
        password = _password(settings) if settings.configured else None
        report = deliver_outbox(database, now=_clock(args), password=password, limit=args.limit)
        _print_report(report, args.events)
        return EXIT_OK

    try:
        return run_on_database(context, work)
    except KnownError as error:
        if args.events:
            emit_event("refused", **translatable(error.message))
        raise


def command_test(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.delivery import send_test_email

    def work(database: Database) -> int:
        settings = _settings(database)
        password = _password(settings) if settings.configured else None
        send_test_email(settings, password, args.to, _clock(args)())
        print(f"Sent a test message to {args.to} through {settings.host}:{settings.port}")
        return EXIT_OK

    return run_on_database(context, work)


_OUTBOX_COLUMNS: list[Column] = [
    ("id", lambda m: m.id),
    ("written", lambda m: m.created_at.strftime("%Y-%m-%d %H:%M")),
    ("customer", lambda m: m.customer_name),
    ("kind", lambda m: m.kind),
    ("to", lambda m: m.recipient),
    ("subject", lambda m: m.subject),
    ("status", lambda m: m.status),
    ("attempts", lambda m: m.attempts),
    ("next_attempt", lambda m: m.next_attempt_at and m.next_attempt_at.strftime("%Y-%m-%d %H:%M")),
    ("error", lambda m: m.last_error),
]


def command_outbox(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.outbox import list_messages
    from cadence.store.models import MessageStatus

    def work(database: Database) -> int:
        with database.reading() as session:
            rows = list_messages(
                session,
                statuses=frozenset(map(MessageStatus, args.status)) if args.status else None,
                customer_id=args.customer,
                limit=args.limit,
            )
        print_records(rows, _OUTBOX_COLUMNS, args.format)
        return EXIT_OK

    return run_on_database(context, work)


def command_password(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import smtp_password

    def work(database: Database) -> int:
        settings = _settings(database)
        account = smtp_password.account(settings)
        if args.forget:
            if smtp_password.delete_password(settings):
                print(f"Forgot the password of {account}")
            else:
                print(f"No password was stored for {account}")
            return EXIT_OK
        if sys.stdin.isatty():
            password = getpass.getpass(f"Password of {account}: ")
        else:
            password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
        if not password:
            raise UsageError("no password given: type it, or pipe it on standard input")
        smtp_password.set_password(settings, password)
        print(f"Stored the password of {account} in the system keyring")
        return EXIT_OK

    return run_on_database(context, work)


def command_settings(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.mail_settings import (
        DEFAULT_PORTS,
        MailSettingsData,
        get_mail_settings,
        save_mail_settings,
    )
    from cadence.store.models import SmtpSecurity

    changes = given(args, MailSettingsData)
    if "security" in changes:
        changes["security"] = SmtpSecurity(changes["security"])
    if not changes:

        def show(database: Database) -> int:
            print_one(_settings(database), args.format)
            return EXIT_OK

        return run_on_database(context, show)
    if "security" in changes and "port" not in changes:
        changes["port"] = DEFAULT_PORTS[changes["security"]]

    def save(database: Database) -> int:
        with database.transaction() as session:
            data = dataclasses.replace(get_mail_settings(session), **changes)
            saved = save_mail_settings(session, data, today=context.today, actor=ACTOR)
        if saved.configured:
            print(
                f"Saved: e-mail goes through {saved.host}:{saved.port} ({saved.security}) "
                f"from {saved.sender_address}"
            )
        else:
            print("Saved: no server, so messages wait for you to print or send them")
        return EXIT_OK

    return run_on_database(context, save)


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    mail = commands.add_parser("mail", parents=[common], help="e-mail: settings, outbox, sending")
    actions = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    send = actions.add_parser("send", parents=[common], help="send the queued messages now due")
    send.add_argument(
        "--events",
        action="store_true",
        help="report as JSON lines on stdout (each message, then the totals): for the window",
    )
    send.add_argument(
        "--limit",
        type=positive_int,
        default=200,
        help="send at most this many in this run (default 200)",
    )
    send.set_defaults(handler=command_send)

    test = actions.add_parser("test", parents=[common], help="send a test message")
    test.add_argument("--to", required=True, help="the address to send it to (your own)")
    test.set_defaults(handler=command_test)

    outbox = actions.add_parser("outbox", parents=[common], help="list the messages written")
    outbox.add_argument(
        "--status",
        choices=STATUSES,
        action="append",
        help=f"only in this status, may be repeated: {', '.join(STATUSES)}",
    )
    outbox.add_argument("--customer", type=record_id, help="only this customer's (id)")
    outbox.add_argument(
        "--limit", type=positive_int, default=1000, help="list at most this many (1000)"
    )
    format_option(outbox)
    outbox.set_defaults(handler=command_outbox)

    password = actions.add_parser(
        "password", parents=[common], help="keep the server's password in the keyring"
    )
    password.add_argument(
        "--forget", action="store_true", help="remove the stored password instead"
    )
    password.set_defaults(handler=command_password)

    settings = actions.add_parser("settings", parents=[common], help="show or set the server")
    settings.add_argument("--host", help="the SMTP server, such as smtp.example.com (empty: none)")
    settings.add_argument("--port", type=positive_int, help="its port (default: the security's)")
    settings.add_argument(
        "--security",
        choices=SECURITIES,
        help=f"how the connection is secured: {', '.join(SECURITIES)}",
    )
    settings.add_argument("--user", dest="username", help="the user name to log in with")
    settings.add_argument("--sender", dest="sender_address", help="the address messages come from")
    settings.add_argument("--sender-name", help="the name shown with it (default: your company)")
    format_option(settings, csv=False)
    settings.set_defaults(handler=command_settings)
