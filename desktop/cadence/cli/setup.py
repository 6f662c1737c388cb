"""Setting Cadence up: the overview, the demo, database maintenance, the company."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cadence import __version__
from cadence.cli.base import (
    ACTOR,
    EXIT_OK,
    EXIT_VIOLATIONS,
    Context,
    Parser,
    UsageError,
    amount,
    choice,
    flag_name,
    format_option,
    given,
    one_of,
    positive_int,
    print_one,
    run_on_database,
    status_line,
    with_flags,
)
from cadence.domain.numbering import ResetRule
from cadence.domain.payment_terms import PaymentTermsBasis
from cadence.domain.tax import VatRegime

if TYPE_CHECKING:
    from cadence.store.database import Database


def command_info(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import company, customers

    def work(database: Database) -> int:
        with database.reading() as session:
            seller = company.get_company(session)
            customer_count = customers.count_customers(session)
        print(f"Cadence {__version__}")
        print(f"Database: {database.path} ({status_line(database)})")
        if seller is None:
            print("Company: not set up yet (`cadence company set --help`, or `cadence demo`)")
        else:
            print(f"Company: {seller.legal_name}, {customer_count} active customers")
        print("Open the window: cadence [--db PATH]; the commands: cadence --help")
        return EXIT_OK

    return run_on_database(context, work, may_create=True)


def demo_pdf_folder(database: Path) -> Path:
    """demo.sqlite3 → demo-pdf/, in the same folder."""
    return database.with_name(f"{database.stem}-pdf").absolute()


def demo_statements_folder(database: Path) -> Path:
    """demo.sqlite3 → demo-statements/, in the same folder."""
    return database.with_name(f"{database.stem}-statements").absolute()


def command_demo(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import demo

    def work(database: Database) -> int:
        started = time.perf_counter()
        with database.transaction() as session:
            summary = demo.create_demo(
                session,
                customers=args.customers,
                seed=args.seed,
                today=context.today,
                # Beside the demo's database, never among the owner's real invoices.
                pdf_folder=str(demo_pdf_folder(database.path)),
                progress=lambda step: print(f"cadence demo: {step}…", file=sys.stderr, flush=True),
            )
        elapsed = time.perf_counter() - started
        from cadence.services.pdfs import write_atomically

        statements = demo_statements_folder(database.path)
        for name, content in summary.sample_files.items():
            write_atomically(content, statements / name)
        statuses = ", ".join(
            f"{count} {status}" for status, count in sorted(summary.by_status.items())
        )
        print(
            f"Created {summary.company}: {summary.customers} customers, {summary.plans} plans, "
            f"{summary.subscriptions} subscriptions ({statuses}), {summary.invoices} invoices, "
            f"{summary.payments} payments, {summary.credit_notes} credit notes "
            f"in {database.path} in {elapsed:.1f} s"
        )
        if summary.sample_files:
            print(f"Sample bank statements to import and reconcile: {statements}")
        return EXIT_OK

    if not 1 <= args.customers <= demo.MAX_DEMO_CUSTOMERS:
        raise UsageError(f"--customers must be between 1 and {demo.MAX_DEMO_CUSTOMERS}")
    return run_on_database(context, work, may_create=True)


def command_db(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import integrity
    from cadence.store.backup import backup_database, backup_file_name
    from cadence.store.paths import backups_folder

    if args.db_command == "upgrade":

        def upgrade(database: Database) -> int:
            print(f"{database.path}: {status_line(database)}")
            return EXIT_OK

        return run_on_database(context, upgrade)
    if args.db_command == "backup":

        def backup(database: Database) -> int:
            destination = args.output or backups_folder(database.path) / backup_file_name(
                database.path, datetime.now().astimezone()
            )
            written = backup_database(database.path, Path(destination))
            print(f"Backed up {database.path} to {written}")
            return EXIT_OK

        return run_on_database(context, backup)

    def check(database: Database) -> int:
        from cadence.services.pdfs import pdfs_not_written

        with database.reading() as session:
            violations = integrity.check_database(session)
            waiting = pdfs_not_written(session)
        if waiting:
            # Not a violation: an issued document's PDF can always be made from it.
            print(
                f"cadence check: {waiting} issued document(s) have no PDF yet "
                "(`cadence pdf --pending` writes them)",
                file=sys.stderr,
            )
        for violation in violations:
            print(violation)
        if violations:
            print(f"{database.path}: {len(violations)} problem(s) found", file=sys.stderr)
            return EXIT_VIOLATIONS
        print(f"{database.path}: all checks passed")
        return EXIT_OK

    return run_on_database(context, check)


_COMPANY_FLAGS = {"address_line1": "--address", "address_line2": "--address2"}


def command_company(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import company

    def show(database: Database) -> int:
        with database.reading() as session:
            record = company.get_company(session)
        if record is None:
            raise UsageError("the company is not set up yet: `cadence company set --help`")
        print_one(record, args.format)
        return EXIT_OK

    def save(database: Database) -> int:
        changes = given(args, company.CompanyData)
        with database.transaction() as session:
            current = company.get_company(session)
            if current is None:
                missing = [
                    flag_name(name, _COMPANY_FLAGS)
                    for name in ("legal_name", "address_line1", "postal_code", "city")
                    if name not in changes
                ]
                if missing:
                    raise UsageError(f"a new company needs {', '.join(missing)}")
                data = company.CompanyData(**changes)
            else:
                data = dataclasses.replace(company.company_data(current), **changes)
            record = with_flags(
                lambda: company.save_company(session, data, today=context.today, actor=ACTOR),
                _COMPANY_FLAGS,
            )
        print(f"Saved the company settings of {record.legal_name}")
        return EXIT_OK

    if args.company_command == "show":
        return run_on_database(context, show)
    return run_on_database(context, save, may_create=True)


def _company_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--legal-name", help="registered name of the business")
    parser.add_argument("--trade-name", help="the name customers know, if another")
    parser.add_argument("--legal-form", help="SAS, SARL, EI …")
    parser.add_argument("--share-capital", type=amount, help="share capital, such as 10 000")
    parser.add_argument("--address", dest="address_line1", help="street address")
    parser.add_argument("--address2", dest="address_line2", help="second address line")
    parser.add_argument("--postal-code", help="postcode")
    parser.add_argument("--city", help="city")
    parser.add_argument("--country", help="two-letter code, FR by default")
    parser.add_argument("--siren", help="SIREN, 9 digits")
    parser.add_argument("--siret", help="SIRET of the establishment, 14 digits")
    parser.add_argument("--registration", help="“RCS Lyon”, “RM 69” …")
    parser.add_argument("--vat-number", help="intra-community VAT number, FR…")
    parser.add_argument("--vat-regime", type=choice(VatRegime), help="normal or franchise")
    parser.add_argument(
        "--vat-on-debits",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="VAT due when invoiced, not when paid",
    )
    parser.add_argument("--email", help="e-mail address shown on invoices")
    parser.add_argument("--phone", help="phone number shown on invoices")
    parser.add_argument("--website", help="website shown on invoices")
    parser.add_argument("--iban", help="bank account customers pay into")
    parser.add_argument("--bic", help="the bank's BIC")
    parser.add_argument("--sepa-creditor-id", help="ICS, for direct debits")
    parser.add_argument("--logo", dest="logo_path", help="PNG or JPEG file")
    parser.add_argument(
        "--currency", dest="default_currency", help="currency of new plans: EUR, USD …"
    )
    parser.add_argument(
        "--payment-terms",
        dest="payment_terms_basis",
        type=choice(PaymentTermsBasis),
        help=f"how the due date is counted: {one_of(PaymentTermsBasis)}",
    )
    parser.add_argument(
        "--payment-days",
        dest="payment_terms_days",
        type=positive_int,
        help="days to pay after the invoice (60 at most)",
    )
    parser.add_argument("--late-penalty-text", help="late payment penalties, as printed")
    parser.add_argument("--early-payment-text", help="early payment discount, as printed")
    parser.add_argument("--invoice-mask", help="such as FA{YYYY}-{00000}")
    parser.add_argument(
        "--invoice-reset",
        type=choice(ResetRule),
        help=f"when invoice numbers start again: {one_of(ResetRule)}",
    )
    parser.add_argument("--credit-note-mask", help="such as AV{YYYY}-{00000}")
    parser.add_argument(
        "--credit-note-reset",
        type=choice(ResetRule),
        help=f"when credit note numbers start again: {one_of(ResetRule)}",
    )
    parser.add_argument("--pdf-folder", help="folder for the invoice PDFs")


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    info = commands.add_parser(
        "info", parents=[common], help="where the database is and what it holds"
    )
    info.set_defaults(handler=command_info)
    demo_parser = commands.add_parser(
        "demo", parents=[common], help="create a demo company in a new database"
    )
    demo_parser.add_argument(
        "--customers", type=positive_int, default=200, help="how many customers (default 200)"
    )
    demo_parser.add_argument("--seed", type=int, default=1, help="same seed, same data")
    demo_parser.set_defaults(handler=command_demo)

    db_parser = commands.add_parser("db", parents=[common], help="database maintenance")
    db_parser.set_defaults(handler=command_db)
    db_commands = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", parents=[common], help="upgrade to this version's schema")
    backup_parser = db_commands.add_parser(
        "backup", parents=[common], help="copy the database, even while Cadence runs"
    )
    backup_parser.add_argument("-o", "--output", type=Path, help="backup file to write")
    db_commands.add_parser("check", parents=[common], help="verify the data's consistency")
    check_parser = commands.add_parser(
        "check", parents=[common], help="verify invoices, numbering, digests and data"
    )
    check_parser.set_defaults(handler=command_db, db_command="check")

    company_parser = commands.add_parser("company", parents=[common], help="your company settings")
    company_parser.set_defaults(handler=command_company)
    company_commands = company_parser.add_subparsers(
        dest="company_command", metavar="ACTION", required=True
    )
    format_option(
        company_commands.add_parser("show", parents=[common], help="show the company settings"),
        csv=False,
    )
    _company_options(
        company_commands.add_parser(
            "set", parents=[common], help="set up the company, or change some settings"
        )
    )
