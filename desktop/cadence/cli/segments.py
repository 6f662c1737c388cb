"""`cadence export subscribers`: a segment of subscribers as CSV for an e-mail marketing
tool, chosen as in the Subscriptions tab's export dialog."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cadence.cli.base import (
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    choice,
    one_of,
    parse_date,
    run_on_database,
)
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.parties import Language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cadence.store.database import Database


def _output(text: str) -> Path | None:
    """The file to write; None for `-`, the standard output."""
    if text == "-":
        return None
    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder: give a file name")
    return path


def plan_ids(session: Session, wanted: Sequence[str]) -> frozenset[int]:
    """The plans given by id or by name (case and accents aside); an unknown id is left
    for the service to refuse, an unknown or ambiguous name is refused here."""
    from cadence.domain.text import search_key
    from cadence.services.catalogue import list_plans

    plans = list_plans(session, include_archived=True)
    found: set[int] = set()
    for text in wanted:
        if text.isdigit() and any(plan.id == int(text) for plan in plans):
            found.add(int(text))
            continue
        named = [plan.id for plan in plans if plan.name == text] or [
            plan.id for plan in plans if search_key(plan.name) == search_key(text)
        ]
        if len(named) > 1:
            listed = ", ".join(str(plan_id) for plan_id in named)
            raise UsageError(f"several plans are called “{text}”: give one's id ({listed})")
        if named:
            found.add(named[0])
        elif text.isdigit():
            found.add(int(text))
        else:
            raise UsageError(f"there is no plan called “{text}”")
    return frozenset(found)


def command_export_subscribers(context: Context, args: argparse.Namespace) -> int:
    from cadence.services.segments import SegmentFilter, subscriber_segment, write_segment_csv

    language = Language(args.lang)

    def work(database: Database) -> int:
        with database.reading() as session:
            segment = SegmentFilter(
                plan_ids=plan_ids(session, args.plan_ids or []),
                statuses=frozenset(args.statuses or []),
                renews_from=args.renews_from,
                renews_to=args.renews_to,
                only_with_email=not args.all,
                include_archived_customers=args.archived,
            )
            rows = subscriber_segment(session, segment, today=context.today)
        if args.output is None:
            sys.stdout.flush()  # nothing printed before may come after the CSV
            write_segment_csv(rows, sys.stdout.buffer, language=language)
            sys.stdout.buffer.flush()
        else:
            try:
                write_segment_csv(rows, args.output, language=language)
            except OSError as error:
                raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None
            print(f"Wrote {len(rows)} subscription(s) to {args.output}")
        return EXIT_OK

    return run_on_database(context, work)


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="export records as CSV for other tools"
    )
    exports = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    subscribers = exports.add_parser(
        "subscribers",
        parents=[common],
        help="subscribers as CSV for an e-mail marketing tool",
        description="One row per subscription of the segment, by customer name: the "
        "customer's name, contact, e-mail, language, type, city and country; the plan, "
        "status, start, next renewal or end, quantity, MRR excl. VAT and a scheduled "
        "cancellation. UTF-8 with a byte-order mark; in French, semicolons and decimal "
        "commas. Cells a spreadsheet would run as formulas start with an apostrophe.",
    )
    subscribers.add_argument(
        "--plan",
        dest="plan_ids",
        action="append",
        metavar="ID|NAME",
        help="only this plan's subscriptions, may be repeated (default: every plan)",
    )
    subscribers.add_argument(
        "--status",
        dest="statuses",
        type=choice(SubscriptionStatus),
        metavar="STATUS",
        action="append",
        help="only in this status, may be repeated (default: every running one): "
        f"{one_of(SubscriptionStatus)}",
    )
    subscribers.add_argument(
        "--renews-from",
        type=parse_date,
        metavar="DATE",
        help="only those renewing, or reaching the end of a fixed term, on or after DATE",
    )
    subscribers.add_argument(
        "--renews-to",
        type=parse_date,
        metavar="DATE",
        help="only those renewing, or reaching the end of a fixed term, on or before DATE",
    )
    subscribers.add_argument(
        "--all", action="store_true", help="include customers without an e-mail address"
    )
    subscribers.add_argument("--archived", action="store_true", help="include archived customers")
    subscribers.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=Language.FRENCH.value,
        help="language of the header row and of the statuses (default: fr)",
    )
    subscribers.add_argument(
        "-o",
        "--output",
        type=_output,
        required=True,
        metavar="FILE",
        help="the CSV file to write; - for the standard output",
    )
    subscribers.set_defaults(handler=command_export_subscribers)
