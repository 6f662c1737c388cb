"""`cadence remind`: write today's reminders, notices and invoice e-mails to the outbox.

`cadence bill` runs the same step after issuing and writing PDFs, so the window's
billing run (and a scheduled `cadence bill`) keeps the reminders up to date; this
command is for running it alone. Sending is `cadence mail send`.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING

from cadence.cli.base import EXIT_OK, Context, Parser, run_on_database
from cadence.cli.documents import write_pending_pdfs

if TYPE_CHECKING:
    from cadence.services.reminders import ReminderRun
    from cadence.store.database import Database


def now_on(today: date) -> datetime:
    """The local time now, on `today` (which `--today` may have moved); the outbox
    keeps local times, as the owner reads them."""
    local = datetime.now().astimezone().replace(tzinfo=None, microsecond=0)
    return datetime.combine(today, local.time())


def write_reminders(database: Database, today: date, command: str) -> ReminderRun:
    """Prepare what is due today in one transaction, then write the PDFs of the late-fee
    invoices it issued, so the reminders that attach them can go."""
    from cadence.services.reminders import prepare_reminders

    with database.transaction() as session:
        run = prepare_reminders(session, today=today, now=now_on(today))
    if run.fee_invoices:
        write_pending_pdfs(database, command)
    return run


def summary(run: ReminderRun) -> str:
    parts = [
        f"{run.invoice_emails} invoice e-mails",
        f"{run.reminders} payment reminders",
        f"{run.notices} renewal notices",
    ]
    if run.fee_invoices:
        parts.append(f"late fees invoiced on {', '.join(run.fee_invoices)}")
    if run.withdrawn:
        parts.append(f"{run.withdrawn} reminders withdrawn (paid since)")
    return "wrote " + ", ".join(parts)


def command_remind(context: Context, args: argparse.Namespace) -> int:
    def work(database: Database) -> int:
        print(summary(write_reminders(database, context.today, "cadence remind")))
        return EXIT_OK

    return run_on_database(context, work)


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    remind = commands.add_parser(
        "remind",
        parents=[common],
        help="write today's reminders, notices and invoice e-mails",
    )
    remind.set_defaults(handler=command_remind)
