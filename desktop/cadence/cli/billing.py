"""Billing from the command line: the run, the review of what is due, payments,
credit notes, and what happens to a subscription (cancel, pause, resume, change)."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from typing import TYPE_CHECKING

from cadence.cli.base import (
    ACTOR,
    EXIT_BAD_INPUT,
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    amount,
    choice,
    emit_event,
    format_option,
    one_of,
    parse_date,
    positive_int,
    print_one,
    record_id,
    run_on_database,
    translatable,
    with_flags,
)
from cadence.cli.documents import write_pending_pdfs
from cadence.cli.output import Column, print_records
from cadence.cli.reminders import summary as reminders_summary
from cadence.cli.reminders import write_reminders
from cadence.domain.errors import KnownError, Message, NotFoundError, ValidationError
from cadence.domain.invoicing import InvoiceStatus
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.parties import PaymentMethod

if TYPE_CHECKING:
    from cadence.services.billing import BillingReport
    from cadence.store.database import Database


def _money(value: Decimal, currency: str) -> str:
    return f"{value:.2f} {currency}"


_DUE_COLUMNS: list[Column] = [
    ("subscription", lambda d: d.subscription_id),
    ("customer", lambda d: d.customer_name),
    ("plan", lambda d: d.plan_name),
    ("period_start", lambda d: d.period_start),
    ("period_end", lambda d: d.period_end),
    ("due", lambda d: d.due_on),
    ("net", lambda d: d.net),
    ("gross", lambda d: _money(d.gross, d.currency)),
    ("note", lambda d: "prorated" if d.prorated else ("postponed" if d.postponed else "")),
]


def command_bill(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import billing

    as_of = args.as_of or context.today
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if args.events and args.dry_run:
        raise UsageError("--events reports a real run: not with --dry-run")

    def work(database: Database) -> int:
        if args.dry_run:
            with database.reading() as session:
                due = billing.due_occurrences(session, as_of=as_of)
            if args.list:
                print_records(due, _DUE_COLUMNS, args.format)
            print(f"would issue {len(due)} invoices")
            return EXIT_OK

        def progress(report: BillingReport, total: int) -> None:
            if not total:
                return
            if args.events:
                emit_event("progress", phase="issue", done=len(report.issued), total=total)
                return
            print(
                f"cadence bill: issued {len(report.issued)} of {total} invoices…",
                file=sys.stderr,
                flush=True,
            )

        with database.batches() as session:
            report = billing.run_billing(
                session, as_of=as_of, actor=ACTOR, progress=progress, batch_size=args.batch_size
            )
        if not args.events:
            for problem in report.blocked:
                print(f"cadence bill: {problem}", file=sys.stderr)
            print(f"issued {len(report.issued)} invoices", flush=True)
        written, failures = 0, list[Message]()
        if not args.no_pdf:
            if args.events:
                written, failures = write_pending_pdfs(
                    database,
                    "cadence bill",
                    progress=lambda done, total: emit_event(
                        "progress", phase="pdf", done=done, total=total
                    ),
                )
            else:
                written, failures = write_pending_pdfs(database, "cadence bill")
        reminded = None if args.no_reminders else write_reminders(database, as_of, "cadence bill")
        if args.events:
            emit_event(
                "done",
                issued=len(report.issued),
                messages_written=reminded.written if reminded else 0,
                pdfs_written=written,
                pdf_failures=[translatable(failure) for failure in failures],
                blocked=[translatable(problem) for problem in report.blocked],
            )
        if reminded is not None and not args.events and (reminded.written or reminded.withdrawn):
            print(reminders_summary(reminded), flush=True)
        return EXIT_OK

    try:
        return run_on_database(context, work)
    except KnownError as error:
        if not args.events:
            raise
        emit_event("refused", **translatable(error.message))
        return EXIT_BAD_INPUT


_INVOICE_COLUMNS: list[Column] = [
    ("number", lambda i: i.number),
    ("kind", lambda i: i.kind),
    ("customer", lambda i: i.customer_name),
    ("issued", lambda i: i.issue_date),
    ("due", lambda i: i.due_date),
    ("gross", lambda i: _money(i.total_gross, i.currency)),
    ("left_to_pay", lambda i: i.outstanding),
    ("status", lambda i: "overdue" if i.overdue else i.status),
]


def command_invoice(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import billing, invoices

    def work(database: Database) -> int:
        action = args.invoice_command
        if action == "list":
            statuses = frozenset(args.status) if args.status else None
            with database.reading() as session:
                rows = invoices.list_invoices(
                    session,
                    today=context.today,
                    customer_id=args.customer,
                    subscription_id=args.subscription,
                    statuses=statuses,
                    overdue_only=args.overdue,
                    limit=args.limit,
                )
            print_records(rows, _INVOICE_COLUMNS, args.format)
            return EXIT_OK
        if action == "show":
            with database.reading() as session:
                print_one(
                    invoices.get_invoice(session, args.number, today=context.today), args.format
                )
            return EXIT_OK
        with database.transaction() as session:
            if action == "postpone":
                billing.postpone_invoice(
                    session,
                    subscription_id=args.subscription,
                    period_start=args.period,
                    until=args.until,
                    today=context.today,
                    note=args.note,
                    actor=ACTOR,
                )
                print(f"Postponed to {args.until}")
            else:
                billing.skip_invoice(
                    session,
                    subscription_id=args.subscription,
                    period_start=args.period,
                    today=context.today,
                    note=args.note,
                    actor=ACTOR,
                )
                print("Skipped: this period will not be invoiced")
        return EXIT_OK

    return run_on_database(context, work)


def _allocation(text: str) -> tuple[str, Decimal | None]:
    """`FA2026-00012` (all that is left of it) or `FA2026-00012=50,00`."""
    number, _, value = text.partition("=")
    return number.strip(), amount(value) if value else None


def command_pay(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import invoices, payments

    def work(database: Database) -> int:
        with database.transaction() as session:
            allocations = None
            if args.invoice:
                allocations = []
                for number, share in args.invoice:
                    try:
                        invoice = invoices.find_invoice(session, number)
                    except NotFoundError as error:
                        raise ValidationError.single("--invoice", error.message) from None
                    left = payments.outstanding(session, invoice)
                    allocations.append(payments.Allocation(invoice.id, share or left))
            record = with_flags(
                lambda: payments.record_payment(
                    session,
                    payments.PaymentData(
                        customer_id=args.customer,
                        received_on=args.date or context.today,
                        amount=args.amount,
                        method=args.method,
                        reference=args.reference,
                        notes=args.notes,
                        allocations=allocations,
                    ),
                    today=context.today,
                    actor=ACTOR,
                ),
                {"allocations": "--invoice", "received_on": "--date", "customer_id": "--customer"},
            )
        paid = ", ".join(
            f"{allocation.invoice_number} ({allocation.amount})"
            for allocation in record.allocations
        )
        print(
            f"Recorded payment {record.id}: {_money(record.amount, record.currency)}"
            f"{'; paid ' + paid if paid else ''}"
            f"{'; credit left ' + str(record.unallocated) if record.unallocated else ''}"
        )
        return EXIT_OK

    return run_on_database(context, work)


def _line_amount(text: str) -> tuple[int, Decimal]:
    position, separator, value = text.partition("=")
    if not separator or not position.strip().isdigit():
        raise argparse.ArgumentTypeError(f"“{text}” is not LINE=AMOUNT, such as 1=10,00")
    return int(position), amount(value)


def command_credit_note(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import credit_notes, invoices

    def work(database: Database) -> int:
        with database.transaction() as session:
            invoice = invoices.find_invoice(session, args.number)
            issued = with_flags(
                lambda: credit_notes.issue_credit_note(
                    session,
                    invoice_id=invoice.id,
                    today=context.today,
                    line_amounts=dict(args.line) if args.line else None,
                    reason=args.reason,
                    actor=ACTOR,
                ),
                {"line_amounts": "--line"},
            )
        print(f"Issued credit note {issued.number}: {_money(issued.total_gross, issued.currency)}")
        return EXIT_OK

    return run_on_database(context, work)


def command_lifecycle(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import lifecycle
    from cadence.store.models import ChangeMode

    def work(database: Database) -> int:
        action = args.subscription_command
        with database.transaction() as session:
            if action == "cancel":
                result = lifecycle.cancel_subscription(
                    session,
                    subscription_id=args.id,
                    today=context.today,
                    when=lifecycle.CancelWhen.NOW if args.now else lifecycle.CancelWhen.PERIOD_END,
                    reason=args.reason,
                    note=args.note,
                    force=args.force,
                    actor=ACTOR,
                )
                documents = ", ".join(document.number for document in result.documents)
                print(
                    f"Subscription {args.id} is {result.status}; service ends on "
                    f"{result.effective_on}{'; issued ' + documents if documents else ''}"
                )
            elif action == "undo-cancel":
                status = lifecycle.undo_cancellation(
                    session, subscription_id=args.id, today=context.today, actor=ACTOR
                )
                print(f"Subscription {args.id} is {status} again")
            elif action == "pause":
                pause = lifecycle.pause_subscription(
                    session,
                    subscription_id=args.id,
                    today=context.today,
                    starts_on=args.starts_on,
                    resumes_on=args.resumes_on,
                    reason=args.reason,
                    actor=ACTOR,
                )
                until = f" until {pause.end}" if pause.end else " until resumed"
                print(f"Subscription {args.id} is paused from {pause.start}{until}")
            elif action == "resume":
                resumption = lifecycle.resume_subscription(
                    session,
                    subscription_id=args.id,
                    today=context.today,
                    resumes_on=args.resumes_on,
                    actor=ACTOR,
                )
                if resumption.called_off:
                    print(f"Subscription {args.id}: the planned pause is called off")
                else:
                    print(f"Subscription {args.id} resumes on {resumption.resumes_on}")
            else:
                mode = ChangeMode.NOW_PRORATED if args.now else ChangeMode.NEXT_PERIOD
                options = {
                    "subscription_id": args.id,
                    "today": context.today,
                    "mode": mode,
                    "plan_id": args.plan,
                    "quantity": args.quantity,
                    "unit_price_override": args.price,
                    "keep_price": args.price is None and not args.plan_price,
                }
                preview = with_flags(
                    lambda: (
                        lifecycle.preview_change(session, **options)
                        if args.preview
                        else lifecycle.change_subscription(session, actor=ACTOR, **options)
                    ),
                    # `mode` is refused when the new plan's cycle differs: --now asked for it.
                    {"plan_id": "--plan", "unit_price_override": "--price", "mode": "--now"},
                )
                for line in preview.lines:
                    print(f"  {line.description}: {line.net_amount:+.2f} excl. VAT")
                if preview.totals is not None:
                    where = (
                        "on a credit note now" if preview.credited_now else "on the next invoice"
                    )
                    print(f"  total {preview.totals.gross:+.2f} incl. VAT, {where}")
                verb = "would take" if args.preview else "takes"
                print(f"The change {verb} effect on {preview.effective_on}")
                if args.preview:
                    session.rollback()
        return EXIT_OK

    return run_on_database(context, work)


def register(
    commands: argparse._SubParsersAction[Parser],
    common: Parser,
    subscription_commands: argparse._SubParsersAction[Parser],
) -> None:
    bill = commands.add_parser(
        "bill", parents=[common], help="issue every invoice that has fallen due"
    )
    bill.add_argument("--as-of", type=parse_date, help="bill what is due by this day (today)")
    bill.add_argument(
        "--dry-run", action="store_true", help="say what would be issued, write nothing"
    )
    bill.add_argument("--list", action="store_true", help="with --dry-run, list each invoice")
    bill.add_argument(
        "--events",
        action="store_true",
        help="report as JSON lines on stdout (progress, then the outcome): for the window",
    )
    bill.add_argument(
        "--no-pdf",
        action="store_true",
        help="issue the invoices only; their PDFs wait for the next run or `cadence pdf`",
    )
    bill.add_argument(
        "--no-reminders",
        action="store_true",
        help="issue only; the reminders and invoice e-mails wait for `cadence remind`",
    )
    bill.add_argument(
        "--batch-size",
        type=positive_int,
        default=500,
        help="invoices committed together (smaller: more often); default 500",
    )
    format_option(bill)
    bill.set_defaults(handler=command_bill)

    invoice = commands.add_parser("invoice", parents=[common], help="invoices and credit notes")
    invoice.set_defaults(handler=command_invoice)
    actions = invoice.add_subparsers(dest="invoice_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list invoices and credit notes")
    listing.add_argument("--customer", type=record_id, help="only this customer's (id)")
    listing.add_argument("--subscription", type=record_id, help="only this subscription's (id)")
    listing.add_argument(
        "--status",
        type=choice(InvoiceStatus),
        action="append",
        help=f"only in this status, may be repeated: {one_of(InvoiceStatus)}",
    )
    listing.add_argument("--overdue", action="store_true", help="only unpaid past their due date")
    listing.add_argument("--limit", type=positive_int, help="list at most this many")
    format_option(listing)
    show = actions.add_parser(
        "show", parents=[common], help="show an invoice or credit note, line by line"
    )
    show.add_argument("number", help="its number, such as FA2026-00012")
    format_option(show, csv=False)
    for name, helptext in (
        ("postpone", "issue a due invoice later, for the same period"),
        ("skip", "never invoice a period (recorded)"),
    ):
        decision = actions.add_parser(name, parents=[common], help=helptext)
        decision.add_argument(
            "--subscription", type=record_id, required=True, help="subscription id"
        )
        decision.add_argument("--period", type=parse_date, required=True, help="its first day")
        if name == "postpone":
            decision.add_argument(
                "--until", type=parse_date, required=True, help="the day to issue it"
            )
        decision.add_argument("--note", default="", help="why, for the record")

    pay = commands.add_parser("pay", parents=[common], help="record a payment received")
    pay.add_argument("--customer", type=record_id, required=True, help="customer id of the payer")
    pay.add_argument("--amount", type=amount, required=True, help="amount received, such as 59,90")
    pay.add_argument("--date", type=parse_date, help="the day it was received (today)")
    pay.add_argument(
        "--method",
        type=choice(PaymentMethod),
        default=PaymentMethod.BANK_TRANSFER,
        help=f"how it was paid: {one_of(PaymentMethod)} (default: bank-transfer)",
    )
    pay.add_argument("--reference", default="", help="bank or cheque reference")
    pay.add_argument("--notes", default="", help="private notes")
    pay.add_argument(
        "--invoice",
        type=_allocation,
        action="append",
        help="NUMBER or NUMBER=AMOUNT it pays (default: the oldest unpaid first)",
    )
    pay.set_defaults(handler=command_pay)

    credit = commands.add_parser(
        "credit-note", parents=[common], help="correct an issued invoice with a credit note"
    )
    credit.add_argument("number", help="the invoice to correct")
    credit.add_argument(
        "--line",
        type=_line_amount,
        action="append",
        help="LINE=AMOUNT excl. VAT to credit (default: the whole invoice)",
    )
    credit.add_argument("--reason", default="", help="why, noted on the credit note")
    credit.set_defaults(handler=command_credit_note)

    cancel = subscription_commands.add_parser(
        "cancel", parents=[common], help="cancel at the end of the period, or now"
    )
    cancel.add_argument("id", type=record_id, help="subscription id")
    cancel.add_argument(
        "--reason",
        type=choice(CancellationReason),
        required=True,
        help=f"why: {one_of(CancellationReason)}",
    )
    cancel.add_argument("--note", default="", help="more about why, for the record")
    cancel.add_argument("--now", action="store_true", help="today, not at the end of the period")
    cancel.add_argument("--force", action="store_true", help="with --now, even during a commitment")
    undo = subscription_commands.add_parser(
        "undo-cancel", parents=[common], help="keep a subscription whose cancellation is scheduled"
    )
    undo.add_argument("id", type=record_id, help="subscription id")
    pause = subscription_commands.add_parser(
        "pause", parents=[common], help="stop billing for a while"
    )
    pause.add_argument("id", type=record_id, help="subscription id")
    pause.add_argument("--from", dest="starts_on", type=parse_date, help="default: next period")
    pause.add_argument("--until", dest="resumes_on", type=parse_date, help="default: until resumed")
    pause.add_argument("--reason", default="", help="why, for the record")
    resume = subscription_commands.add_parser(
        "resume", parents=[common], help="end a pause, or call off a planned one"
    )
    resume.add_argument("id", type=record_id, help="subscription id")
    resume.add_argument("--on", dest="resumes_on", type=parse_date, help="default: today")
    change = subscription_commands.add_parser(
        "change", parents=[common], help="change the plan, quantity or price"
    )
    change.add_argument("id", type=record_id, help="subscription id")
    change.add_argument("--plan", type=record_id, help="id of the new plan")
    change.add_argument("--quantity", type=int, help="the new number of units")
    prices = change.add_mutually_exclusive_group()
    prices.add_argument("--price", type=amount, help="a negotiated unit price")
    prices.add_argument("--plan-price", action="store_true", help="drop the negotiated price")
    when = change.add_mutually_exclusive_group(required=True)
    when.add_argument("--now", action="store_true", help="today, prorated (same cycle only)")
    when.add_argument("--next-period", action="store_true", help="from the next period")
    change.add_argument("--preview", action="store_true", help="show the amounts, change nothing")
    for parser in (cancel, undo, pause, resume, change):
        parser.set_defaults(handler=command_lifecycle)
