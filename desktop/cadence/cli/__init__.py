"""The `cadence` command: without a command it opens the window; the commands are
thin wrappers over the services.

Exit codes: 0 done; 1 `check` found violations; 2 bad input or a refused
database, reported as one line on stderr, with nothing written; 141 the
program reading the output stopped early (`cadence bill --dry-run --list | head`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from cadence import __version__
from cadence.cli import (
    banking,
    billing,
    documents,
    mail,
    records,
    reminders,
    reports,
    segments,
    setup,
)
from cadence.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    Context,
    Parser,
    UsageError,
    chosen_parser,
    named_as_options,
    option_names,
    parse_date,
)
from cadence.domain.errors import KnownError, ValidationError
from cadence.store.paths import default_database_path


def build_parser() -> Parser:
    # --db and --today are accepted before or after the command; SUPPRESS keeps a
    # sub-command from overwriting a value given before it.
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file (default: your data folder)",
    )
    common.add_argument(
        "--today", type=parse_date, default=argparse.SUPPRESS, help="act as if today were this date"
    )
    parser = Parser(
        prog="cadence",
        description="Cadence: recurring billing for small businesses, offline on one desktop.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"cadence {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    setup.register(commands, common)
    subscription_actions = records.register(commands, common)
    billing.register(commands, common, subscription_actions)
    documents.register(commands, common)
    reports.register(commands, common)
    mail.register(commands, common)
    reminders.register(commands, common)
    segments.register(commands, common)
    banking.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        # Output to a pipe is buffered: write it out here, where a closed pipe
        # is handled, rather than when Python exits.
        try:
            status = _run(argv)
        except SystemExit:
            sys.stdout.flush()  # --help and --version print, then exit
            raise
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # The program reading our output has stopped (`| head`): stop quietly.
        # Python would flush stdout again at exit and report the same error;
        # pointing it at /dev/null leaves nothing to flush.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_BROKEN_PIPE


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    explicit = getattr(args, "db", None) is not None
    context = Context(
        database_path=(args.db if explicit else default_database_path()).expanduser(),
        explicit=explicit,
        # The owner's own calendar day, in their time zone.
        today=getattr(args, "today", None) or datetime.now().astimezone().date(),
    )
    try:
        if args.command is None:
            from cadence.ui.app import run_window  # Qt only when the window opens

            return run_window(context.database_path, today=getattr(args, "today", None))
        handler = args.handler
        return int(handler(context, args))
    except ValidationError as error:
        # Name each field by the option of this command that sets it.
        renamed = named_as_options(error, option_names(chosen_parser(parser, args)))
        return _bad_input(args, renamed)
    except (KnownError, UsageError) as error:
        return _bad_input(args, error)


def _bad_input(args: argparse.Namespace, error: Exception) -> int:
    print(f"cadence {args.command or ''}: {error}".replace("  ", " "), file=sys.stderr)
    return EXIT_BAD_INPUT
