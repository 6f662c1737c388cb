"""`cadence mandate …`, `cadence sepa …` and `cadence bank …`: SEPA mandates, the
direct-debit batches written for the bank, and the statements read back and matched.

The loop, as in the window: `cadence sepa export` writes the pain.008 file the bank
collects; `cadence bank import` reads the bank's statement (or a Stripe or
PayPal export); `cadence bank lines` shows what Cadence matched and how sure it
is; `cadence bank confirm` records it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cadence.cli.base import (
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    choice,
    format_option,
    one_of,
    parse_date,
    record_id,
    run_on_database,
)
from cadence.cli.output import print_records
from cadence.cli.reminders import now_on
from cadence.domain.direct_debit import MandateScheme

if TYPE_CHECKING:
    from cadence.exchange.statement import CsvMapping
    from cadence.store.database import Database


def _write_file(path: Path, content: bytes) -> None:
    from cadence.services.pdfs import write_atomically

    try:
        write_atomically(content, path)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


# -- mandates ----------------------------------------------------------------------------


def command_mandate_add(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.mandates import MandateData, create_mandate

    def work(database: Database) -> int:
        with database.transaction() as session:
            record = create_mandate(
                session,
                MandateData(
                    customer_id=args.customer_id,
                    signed_on=args.signed_on or context.today,
                    scheme=args.scheme,
                    reference=args.reference or "",
                    iban=args.iban or "",
                    bic=args.bic or "",
                ),
                today=context.today,
            )
        scheme = record.scheme.value
        print(f"Mandate {record.reference} ({scheme}) recorded for {record.customer_name}")
        return EXIT_OK

    return run_on_database(context, work)


def command_mandate_list(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.mandates import list_mandates

    def work(database: Database) -> int:
        with database.reading() as session:
            records = list_mandates(session, args.customer_id)
        print_records(
            records,
            [
                ("id", lambda m: m.id),
                ("customer", lambda m: m.customer_name),
                ("reference", lambda m: m.reference),
                ("scheme", lambda m: m.scheme),
                ("signed", lambda m: m.signed_on),
                ("iban", lambda m: m.iban),
                ("next", lambda m: m.next_sequence),
                ("revoked", lambda m: m.revoked_on),
                ("lapses", lambda m: m.lapses_on),
            ],
            args.format,
        )
        return EXIT_OK

    return run_on_database(context, work)


def command_mandate_revoke(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.mandates import revoke_mandate

    def work(database: Database) -> int:
        with database.transaction() as session:
            record = revoke_mandate(
                session, args.mandate_id, on=args.on or context.today, today=context.today
            )
        print(f"Mandate {record.reference} revoked on {record.revoked_on}")
        return EXIT_OK

    return run_on_database(context, work)


# -- SEPA batches ------------------------------------------------------------------------


def command_sepa_export(context: Context, args: argparse.Namespace) -> int:
    from cadence.exchange.sepa_debit import Pain008Version
    from cadence.services.direct_debit import create_batch, preview_batch

    def work(database: Database) -> int:
        with database.transaction() as session:
            preview = preview_batch(
                session,
                collection_date=args.collection_date,
                scheme=args.scheme,
                today=context.today,
            )
            chosen = preview.included if args.also_unannounced else preview.announced
            if preview.included and not chosen and not preview.problems:
                raise UsageError(
                    f"none of the {len(preview.included)} invoice(s) that could be collected "
                    "was announced to its customer (its PDF asks for a transfer, or its debit "
                    "came back): --also-unannounced collects them, if you warned the customers"
                )
            batch, content = create_batch(
                session,
                collection_date=args.collection_date,
                scheme=args.scheme,
                today=context.today,
                created_at=now_on(context.today),
                invoice_ids=[candidate.invoice_id for candidate in chosen] or None,
                version=Pain008Version(args.message_version),
            )
            # Written before the commit: a file that cannot be written records nothing.
            _write_file(args.output, content)
        print(
            f"Wrote batch {batch.reference} to {args.output}: {batch.count} collection(s), "
            f"{batch.total} {batch.currency}, on {batch.collection_date}"
        )
        for candidate in preview.candidates:
            who = f"{candidate.number} ({candidate.customer_name})"
            if candidate.problem is not None:
                print(f"  left out: {who}: {candidate.problem}")
            elif not candidate.announced and not args.also_unannounced:
                print(
                    f"  left out: {who}: the customer was not told it would be debited "
                    "(its PDF asks for a transfer, or its debit came back); "
                    "--also-unannounced collects it"
                )
        return EXIT_OK

    return run_on_database(context, work)


def command_sepa_batches(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.direct_debit import list_batches

    def work(database: Database) -> int:
        with database.reading() as session:
            batches = list_batches(session)
        print_records(
            batches,
            [
                ("id", lambda b: b.id),
                ("reference", lambda b: b.reference),
                ("scheme", lambda b: b.scheme),
                ("collection_date", lambda b: b.collection_date),
                ("status", lambda b: b.status),
                ("count", lambda b: b.count),
                ("total", lambda b: b.total),
                ("returned", lambda b: b.returned),
            ],
            args.format,
        )
        return EXIT_OK

    return run_on_database(context, work)


def command_sepa_file(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.direct_debit import batch_file

    def work(database: Database) -> int:
        with database.reading() as session:
            name, content = batch_file(session, args.batch_id)
        target = args.output or Path(name)
        _write_file(target, content)
        print(f"Wrote {target}")
        return EXIT_OK

    return run_on_database(context, work)


def command_sepa_confirm(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.direct_debit import confirm_batch

    def work(database: Database) -> int:
        with database.transaction() as session:
            batch = confirm_batch(
                session,
                args.batch_id,
                received_on=args.received_on or context.today,
                today=context.today,
            )
        print(
            f"Batch {batch.reference} confirmed: {batch.count - batch.returned} payment(s) recorded"
        )
        return EXIT_OK

    return run_on_database(context, work)


def command_sepa_cancel(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.direct_debit import cancel_batch

    def work(database: Database) -> int:
        with database.transaction() as session:
            batch = cancel_batch(session, args.batch_id, today=context.today)
        print(f"Batch {batch.reference} cancelled: its invoices can be collected again")
        return EXIT_OK

    return run_on_database(context, work)


def command_sepa_return(context: Context, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from cadence.services.direct_debit import return_collection
    from cadence.store.models import Collection

    def work(database: Database) -> int:
        with database.transaction() as session:
            collection_id = session.scalar(
                select(Collection.id).where(Collection.end_to_end_id == args.end_to_end_id)
            )
            if collection_id is None:
                raise UsageError(f"no collection has the end-to-end id {args.end_to_end_id}")
            return_collection(
                session,
                collection_id,
                returned_on=args.on or context.today,
                reason_code=args.reason,
                today=context.today,
            )
        print(f"Collection {args.end_to_end_id} recorded as returned ({args.reason})")
        return EXIT_OK

    return run_on_database(context, work)


# -- statements --------------------------------------------------------------------------


def _mapping(args: argparse.Namespace) -> CsvMapping | None:
    """A CSV layout given on the command line, or None to use the one remembered."""
    if not args.date_column:
        return None
    from cadence.exchange.statement import CsvMapping

    if not args.amount_column and not (args.credit_column and args.debit_column):
        raise UsageError("give --amount-column, or both --credit-column and --debit-column")
    return CsvMapping(
        encoding=args.encoding,
        delimiter=args.delimiter,
        date_column=args.date_column,
        date_format=args.date_format,
        text_columns=tuple(args.text_columns or ()),
        amount_column=args.amount_column or "",
        credit_column=args.credit_column or "",
        debit_column=args.debit_column or "",
        decimal_comma=not args.decimal_point,
        counterparty_column=args.payer_column or "",
        reference_column=args.reference_column or "",
        skip_lines=args.skip_lines,
    )


def command_statement_import(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.bank_import import import_statement

    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    mapping = _mapping(args)

    def work(database: Database) -> int:
        with database.transaction() as session:
            result = import_statement(
                session,
                data,
                path.name,
                today=context.today,
                mapping=mapping,
                bank_name=args.bank or "",
            )
        print(
            f"Imported {result.file_name}: {result.lines} line(s), {result.new_lines} new, "
            f"{result.suggested} matched, {result.set_aside} set aside"
        )
        return EXIT_OK

    return run_on_database(context, work)


def command_statement_lines(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.reconciliation import LineView, list_lines

    def work(database: Database) -> int:
        with database.reading() as session:
            lines = list_lines(session, view=LineView(args.view), search=args.search or "")
        print_records(
            lines,
            [
                ("id", lambda line: line.id),
                ("booked", lambda line: line.booked_on),
                ("amount", lambda line: line.amount),
                ("fee", lambda line: line.fee or ""),
                ("text", lambda line: line.text[:50]),
                ("state", lambda line: line.state),
                ("match", lambda line: line.match_kind),
                ("confidence", lambda line: line.confidence),
                ("customer", lambda line: line.customer_name),
                (
                    "pays",
                    lambda line: (
                        line.batch_reference
                        or line.collection_reference
                        or " ".join(number for _, number, _ in line.invoices)
                    ),
                ),
            ],
            args.format,
        )
        return EXIT_OK

    return run_on_database(context, work)


def command_statement_confirm(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.reconciliation import SURE, LineView, confirm_lines, list_lines

    if not args.line_ids and args.sure is False:
        raise UsageError("name the lines to confirm, or give --sure")

    def work(database: Database) -> int:
        with database.transaction() as session:
            ids = list(args.line_ids or [])
            if args.sure:
                ids += [
                    line.id
                    for line in list_lines(session, view=LineView.TO_REVIEW, limit=100_000)
                    if line.match_kind is not None and line.confidence >= SURE
                ]
            confirmed = confirm_lines(session, sorted(set(ids)), today=context.today)
        print(f"Confirmed {confirmed} line(s)")
        return EXIT_OK

    return run_on_database(context, work)


def command_statement_assign(context: Context, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from cadence.services.reconciliation import assign_line, confirm_lines
    from cadence.store.models import Invoice

    def work(database: Database) -> int:
        with database.transaction() as session:
            invoice_ids = []
            for number in args.invoices or []:
                invoice_id = session.scalar(select(Invoice.id).where(Invoice.number == number))
                if invoice_id is None:
                    raise UsageError(f"there is no invoice numbered {number}")
                invoice_ids.append(invoice_id)
            assign_line(
                session, args.line_id, customer_id=args.customer_id, invoice_ids=invoice_ids
            )
            confirm_lines(session, [args.line_id], today=context.today)
        print(f"Line {args.line_id} recorded as a payment of customer {args.customer_id}")
        return EXIT_OK

    return run_on_database(context, work)


def command_statement_ignore(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.reconciliation import ignore_lines

    def work(database: Database) -> int:
        with database.transaction() as session:
            ignore_lines(session, args.line_ids, today=context.today)
        print(f"Set aside {len(args.line_ids)} line(s)")
        return EXIT_OK

    return run_on_database(context, work)


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    _register_mandates(commands, common)
    _register_sepa(commands, common)
    _register_statements(commands, common)


def _register_mandates(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    mandate = commands.add_parser("mandate", parents=[common], help="customers' SEPA mandates")
    actions = mandate.add_subparsers(dest="mandate_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[common],
        help="record a signed mandate (then paid by direct debit)",
    )
    add.add_argument(
        "--customer",
        dest="customer_id",
        type=record_id,
        required=True,
        metavar="ID",
        help="the customer who signed it",
    )
    add.add_argument("--signed-on", type=parse_date, metavar="DATE", help="default: today")
    add.add_argument(
        "--scheme",
        type=choice(MandateScheme),
        default=MandateScheme.CORE,
        help=f"{one_of(MandateScheme)} (default CORE; B2B for businesses only)",
    )
    add.add_argument("--reference", metavar="RUM", help="default: one Cadence makes up")
    add.add_argument("--iban", help="default: the customer's")
    add.add_argument("--bic", help="default: the customer's")
    add.set_defaults(handler=command_mandate_add)
    listing = actions.add_parser("list", parents=[common], help="list mandates")
    listing.add_argument(
        "--customer",
        dest="customer_id",
        type=record_id,
        metavar="ID",
        help="only this customer's mandates",
    )
    format_option(listing)
    listing.set_defaults(handler=command_mandate_list)
    revoke = actions.add_parser("revoke", parents=[common], help="the customer withdrew a mandate")
    revoke.add_argument("mandate_id", type=record_id, metavar="MANDATE", help="the mandate's id")
    revoke.add_argument("--on", type=parse_date, metavar="DATE", help="default: today")
    revoke.set_defaults(handler=command_mandate_revoke)


def _register_sepa(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    sepa = commands.add_parser(
        "sepa", parents=[common], help="direct-debit batches for the bank (SEPA)"
    )
    actions = sepa.add_subparsers(dest="sepa_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        parents=[common],
        help="write the pain.008 batch of invoices to collect",
        description="Every open invoice due by the collection date of a customer paying by "
        "direct debit with a mandate in force, whose PDF announced the debit, goes in the "
        "batch (FRST for a mandate's first collection, RCUR after); the file is checked "
        "against the pain.008 XSD before it is written, and the invoices are marked as "
        "collection requested.",
    )
    export.add_argument(
        "--collection-date",
        type=parse_date,
        required=True,
        metavar="DATE",
        help="the day the bank debits the customers (an open TARGET day after today)",
    )
    export.add_argument(
        "--scheme",
        type=choice(MandateScheme),
        default=MandateScheme.CORE,
        help=f"{one_of(MandateScheme)} (default CORE)",
    )
    export.add_argument(
        "--message-version",
        choices=["pain.008.001.08", "pain.008.001.02"],
        default="pain.008.001.08",
        help="pain.008.001.08 (default) or .02 for banks still on the 2009 version",
    )
    export.add_argument(
        "--also-unannounced",
        action="store_true",
        help="also the invoices whose PDF asked for a transfer (issued before the mandate) "
        "or whose debit came back: only if you warned those customers",
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the XML file to write"
    )
    export.set_defaults(handler=command_sepa_export)
    batches = actions.add_parser("batches", parents=[common], help="list the batches")
    format_option(batches)
    batches.set_defaults(handler=command_sepa_batches)
    again = actions.add_parser("file", parents=[common], help="write a batch's file again")
    again.add_argument("batch_id", type=record_id, metavar="BATCH", help="the batch's id")
    again.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="default: its reference .xml, here"
    )
    again.set_defaults(handler=command_sepa_file)
    confirm = actions.add_parser(
        "confirm", parents=[common], help="the bank collected a batch: record its payments"
    )
    confirm.add_argument("batch_id", type=record_id, metavar="BATCH", help="the batch's id")
    confirm.add_argument("--received-on", type=parse_date, metavar="DATE", help="default: today")
    confirm.set_defaults(handler=command_sepa_confirm)
    cancel = actions.add_parser(
        "cancel", parents=[common], help="withdraw a batch the bank has not confirmed"
    )
    cancel.add_argument("batch_id", type=record_id, metavar="BATCH", help="the batch's id")
    cancel.set_defaults(handler=command_sepa_cancel)
    returned = actions.add_parser(
        "return",
        parents=[common],
        help="record a debit the bank sent back (R-transaction)",
    )
    returned.add_argument(
        "end_to_end_id", metavar="END_TO_END_ID", help="the debit's id, as the bank quotes it"
    )
    returned.add_argument(
        "--reason", required=True, metavar="CODE", help="the ISO reason code: AM04, MD06, MS02 …"
    )
    returned.add_argument("--on", type=parse_date, metavar="DATE", help="default: today")
    returned.set_defaults(handler=command_sepa_return)


def _register_statements(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    statement = commands.add_parser(
        "bank", parents=[common], help="bank statements and payout reports"
    )
    actions = statement.add_subparsers(dest="statement_command", metavar="ACTION", required=True)
    imported = actions.add_parser(
        "import",
        parents=[common],
        help="read a statement (OFX, CAMT.053, MT940, CSV …)",
        description="The file is read whole before anything is kept: a malformed line stops "
        "the import with the file, line and problem. The same file is never imported twice. "
        "A bank CSV needs its columns once (the options below); they are remembered by the "
        "file's header row for the next statements.",
    )
    imported.add_argument("file", type=Path, metavar="FILE", help="the statement or export")
    layout = imported.add_argument_group("a bank CSV's layout (first import only)")
    layout.add_argument("--bank", metavar="NAME", help="the bank's name, to remember its layout")
    layout.add_argument("--encoding", default="utf-8", help="utf-8, iso-8859-15, cp1252 …")
    layout.add_argument("--delimiter", default=";", help="default ;")
    layout.add_argument("--date-column", metavar="HEADER", help="the booking date's column")
    layout.add_argument("--date-format", default="%d/%m/%Y", help="default %%d/%%m/%%Y")
    layout.add_argument("--amount-column", metavar="HEADER", help="a signed amount")
    layout.add_argument("--credit-column", metavar="HEADER", help="money in, when apart")
    layout.add_argument("--debit-column", metavar="HEADER", help="money out, when apart")
    layout.add_argument(
        "--text-column",
        dest="text_columns",
        action="append",
        metavar="HEADER",
        help="the label; may be repeated",
    )
    layout.add_argument("--payer-column", metavar="HEADER", help="the payer's name")
    layout.add_argument(
        "--reference-column", metavar="HEADER", help="the bank's reference of the line"
    )
    layout.add_argument("--decimal-point", action="store_true", help="amounts like 1234.56")
    layout.add_argument(
        "--skip-lines", type=int, default=0, metavar="N", help="lines before the header row"
    )
    imported.set_defaults(handler=command_statement_import)
    lines = actions.add_parser("lines", parents=[common], help="list statement lines and matches")
    lines.add_argument(
        "--view",
        choices=["to_review", "confirmed", "ignored", "all"],
        default="to_review",
        help="which lines (default to_review: unmatched and suggested)",
    )
    lines.add_argument("--search", metavar="TEXT", help="in the label, payer or customer")
    format_option(lines)
    lines.set_defaults(handler=command_statement_lines)
    confirm = actions.add_parser("confirm", parents=[common], help="record the suggested matches")
    confirm.add_argument(
        "line_ids", type=record_id, nargs="*", metavar="LINE", help="the lines' ids"
    )
    confirm.add_argument(
        "--sure",
        action="store_true",
        help="also every line matched with a confidence of 90 or more",
    )
    confirm.set_defaults(handler=command_statement_confirm)
    assign = actions.add_parser(
        "assign", parents=[common], help="record a line as a customer's payment"
    )
    assign.add_argument("line_id", type=record_id, metavar="LINE", help="the line's id")
    assign.add_argument(
        "--customer",
        dest="customer_id",
        type=record_id,
        required=True,
        metavar="ID",
        help="whose payment it is",
    )
    assign.add_argument(
        "--invoice",
        dest="invoices",
        action="append",
        metavar="NUMBER",
        help="an invoice it pays; may be repeated (default: the oldest open ones)",
    )
    assign.set_defaults(handler=command_statement_assign)
    ignore = actions.add_parser(
        "ignore", parents=[common], help="set lines aside: not customers' money"
    )
    ignore.add_argument(
        "line_ids", type=record_id, nargs="+", metavar="LINE", help="the lines' ids"
    )
    ignore.set_defaults(handler=command_statement_ignore)
