"""Documents from the command line: invoice PDFs (written, or made again) and statements."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from cadence.cli.base import (
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    parse_date,
    positive_int,
    record_id,
    run_on_database,
)
from cadence.domain.errors import Message

if TYPE_CHECKING:
    from cadence.store.database import Database


def write_pending_pdfs(
    database: Database,
    command: str,
    batch_size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, list[Message]]:
    """Write every PDF still waiting, with progress on stderr (or to `progress`);
    returns how many were written and why the others could not be (each said on
    stderr unless `progress` is given; the next run tries again)."""
    from cadence.services import pdfs

    def on_stderr(done: int, total: int) -> None:
        print(f"{command}: wrote {done} of {total} PDFs…", file=sys.stderr, flush=True)

    with database.batches() as session:
        report = pdfs.produce_pdfs(
            session, progress=progress or on_stderr, batch_size=batch_size or pdfs.BATCH_SIZE
        )
    if progress is None:
        for failure in report.failed:
            print(f"{command}: {failure}", file=sys.stderr)
        if report.failed:
            print(
                f"{command}: {len(report.failed)} PDF(s) not written; they will be at the "
                "next run, or with `cadence pdf --pending`",
                file=sys.stderr,
            )
    return report.written, report.failed


def command_pdf(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import pdfs

    if args.pending == bool(args.number):
        raise UsageError("give a document NUMBER, or --pending")
    if args.pending and args.output:
        raise UsageError("-o/--output makes a copy of one document: give its NUMBER")

    def work(database: Database) -> int:
        if args.pending:
            _, failed = write_pending_pdfs(database, "cadence pdf", args.batch_size)
            return EXIT_OK if not failed else 1
        with database.transaction() as session:
            result = pdfs.regenerate_pdf(
                session, number=args.number, today=context.today, output=args.output
            )
        if result.identical is None:
            verdict = "its first PDF"
        elif result.identical:
            verdict = "identical to the one written at issue"
        else:
            verdict = (
                "NOT identical to the one written at issue (made by another version of "
                "Cadence or of its libraries); the new hash is recorded"
                if args.output is None
                else "NOT identical to the one written at issue"
            )
        print(f"Wrote {result.number} to {result.path}: {verdict}")
        return EXIT_OK

    return run_on_database(context, work)


def command_statement(context: Context, args: argparse.Namespace) -> int:
    from cadence.documents.statement_pdf import render_statement
    from cadence.services import statements
    from cadence.services.pdfs import write_atomically

    end = args.to or context.today
    start = args.start or (end.replace(day=1) - relativedelta(months=2))
    if start > end:
        raise UsageError(f"--from {start} is after --to {end}")

    def work(database: Database) -> int:
        with database.reading() as session:
            document = statements.customer_statement(
                session,
                customer_id=args.customer,
                start=start,
                end=end + timedelta(days=1),
                today=context.today,
            )
        write_atomically(render_statement(document), args.output)
        print(
            f"Wrote the statement of {document.buyer.name} from {start} to {end} to {args.output}"
        )
        return EXIT_OK

    return run_on_database(context, work)


def _output(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder: give a file name")
    return path


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    pdf = commands.add_parser(
        "pdf", parents=[common], help="write an invoice's PDF again, or every one still waiting"
    )
    pdf.add_argument("number", nargs="?", help="the invoice or credit note, such as FA2026-00012")
    pdf.add_argument("-o", "--output", type=_output, help="write a copy there instead")
    pdf.add_argument(
        "--pending", action="store_true", help="write every PDF not written yet (or that failed)"
    )
    pdf.add_argument(
        "--batch-size",
        type=positive_int,
        help="with --pending, PDFs recorded together (smaller: more often)",
    )
    pdf.set_defaults(handler=command_pdf)

    statement = commands.add_parser(
        "statement", parents=[common], help="a customer's statement of account, as a PDF"
    )
    statement.add_argument("customer", type=record_id, help="customer id")
    statement.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        help="first day (default: the 1st, two months back)",
    )
    statement.add_argument("--to", type=parse_date, help="last day (default: today)")
    statement.add_argument(
        "-o", "--output", type=_output, required=True, help="the PDF file to write"
    )
    statement.set_defaults(handler=command_statement)
