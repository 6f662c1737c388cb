"""What every command shares: exit codes, the parser, reading values, opening the database."""

from __future__ import annotations

import argparse
import dataclasses
import json
import textwrap
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar

from cadence.cli.output import print_record, print_records
from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import InvalidValue, Message, ValidationError
from cadence.domain.money import parse_amount
from cadence.domain.periods import Interval, IntervalUnit

if TYPE_CHECKING:
    from cadence.store.database import Database

# The services and the store (SQLAlchemy, half a second to import) are imported by
# the commands that use them, so `--help`, `--version` and a mistyped option answer
# at once.

EnumT = TypeVar("EnumT", bound=StrEnum)
T = TypeVar("T")

ACTOR = "cli"
EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT = 0, 1, 2
# What a shell reports for a program that SIGPIPE ended (128 + 13), as `head`
# leaves `yes` or `grep`: `set -o pipefail` scripts see the same status for
# Cadence as for any other tool, and it cannot be mistaken for 1 (`check` found
# violations) or 2 (bad input).
EXIT_BROKEN_PIPE = 141

# The dates a command accepts. Far wider than any business needs, and narrow
# enough that `--today`, a start date or a pause plus every period, notice or
# commitment Cadence adds to them stays inside what `datetime.date` can hold.
EARLIEST_DATE, LATEST_DATE = date(1900, 1, 1), date(2999, 12, 31)
# The largest id or count SQLite stores in an INTEGER column.
LARGEST_INTEGER = 2**63 - 1


class UsageError(Exception):
    """Wrong arguments: reported as one line, exit code 2."""


class HelpFormatter(argparse.HelpFormatter):
    """Wraps help texts between words only, so `switched-to-competitor` stays whole."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class Parser(argparse.ArgumentParser):
    """An argument parser that reports a mistake in one line, not a usage screen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


# Values as typed on the command line ------------------------------------------------


def parse_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise argparse.ArgumentTypeError(
            f"{value} is out of range: write a date from {EARLIEST_DATE} to {LATEST_DATE}"
        )
    return value


def amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except InvalidValue as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    if value > LARGEST_INTEGER:
        raise argparse.ArgumentTypeError(f"{value} is too large")
    return value


def record_id(text: str) -> int:
    """The number of a customer, plan, subscription …: a whole number from 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not an id (a whole number)") from None
    if not 1 <= value <= LARGEST_INTEGER:
        raise argparse.ArgumentTypeError(f"{value} is not an id (ids start at 1)")
    return value


_UNIT_WORDS = {
    "day": IntervalUnit.DAY,
    "days": IntervalUnit.DAY,
    "week": IntervalUnit.WEEK,
    "weeks": IntervalUnit.WEEK,
    "month": IntervalUnit.MONTH,
    "months": IntervalUnit.MONTH,
    "year": IntervalUnit.YEAR,
    "years": IntervalUnit.YEAR,
}


def interval(text: str) -> tuple[int, IntervalUnit]:
    """`3 months`, `1 year`, `14 days`, `month`; `0` or `none` for no period."""
    words = text.lower().split()
    if words in (["0"], ["none"]):
        return 0, IntervalUnit.DAY
    if len(words) == 1:
        words = ["1", words[0]]
    if len(words) != 2 or not words[0].isdigit() or words[1] not in _UNIT_WORDS:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a period; write it like “1 month”, “3 months” or “14 days”"
        )
    count, unit = int(words[0]), _UNIT_WORDS[words[1]]
    if count:
        try:
            Interval(count, unit)
        except InvalidValue as error:
            raise argparse.ArgumentTypeError(str(error)) from None
    return count, unit


def spelled(enum: type[StrEnum]) -> list[str]:
    """The values of `enum` as typed on the command line: `past-due` for `past_due`."""
    return [member.value.replace("_", "-") for member in enum]


def one_of(enum: type[StrEnum]) -> str:
    """The values of `enum` for a help text or a message: `trial, active, past-due …`."""
    return ", ".join(spelled(enum))


class Choice(Generic[EnumT]):
    """Reads one value of `enum`, typed with hyphens or underscores."""

    def __init__(self, enum: type[EnumT]) -> None:
        self.enum = enum
        # argparse names the type by its `__name__` in some of its messages.
        self.__name__ = enum.__name__

    def __call__(self, text: str) -> EnumT:
        try:
            return self.enum(text.replace("-", "_"))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"“{text}” is not one of: {one_of(self.enum)}"
            ) from None


def choice(enum: type[EnumT]) -> Choice[EnumT]:
    return Choice(enum)


def discount(text: str) -> tuple[DiscountKind, Decimal]:
    """`10%` is a percentage; `5,00` or `5.00` an amount off each cycle."""
    stripped = text.strip()
    kind = DiscountKind.PERCENT if stripped.endswith("%") else DiscountKind.AMOUNT
    return kind, amount(stripped.removesuffix("%"))


def format_option(parser: argparse.ArgumentParser, *, csv: bool = True) -> None:
    choices = ["table", "csv", "json"] if csv else ["table", "json"]
    parser.add_argument("--format", choices=choices, default="table", help="output format")


# Opening the database -------------------------------------------------------------


@dataclasses.dataclass
class Context:
    database_path: Path
    explicit: bool  # --db was given
    today: date


def _database(context: Context, *, may_create: bool) -> Database:
    from cadence.store.database import open_database

    path = context.database_path
    if context.explicit and not may_create and not path.exists():
        raise UsageError(f"there is no Cadence database at {path}")
    if not context.explicit:
        path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path)


def run_on_database(
    context: Context,
    work: Callable[[Database], int],
    *,
    may_create: bool = False,
) -> int:
    """Open the database, run `work`, and remove a database this run created if `work` fails."""
    path = context.database_path
    existed = path.exists()
    database = _database(context, may_create=may_create or not context.explicit)
    succeeded = False
    try:
        result = work(database)
        succeeded = True
        return result
    finally:
        database.close()
        if not succeeded and not existed:
            for created in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
                created.unlink(missing_ok=True)


def status_line(database: Database) -> str:
    if database.created:
        return "created"
    if database.upgraded_from:
        return (
            f"upgraded from schema {database.upgraded_from} "
            f"(the previous version is saved in {database.backup_path})"
        )
    return "ready"


# Helpers shared by the commands ----------------------------------------------------


def flag_name(field_name: str, renamed: Mapping[str, str]) -> str:
    return renamed.get(field_name, "--" + field_name.replace("_", "-"))


def option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each option's destination and its name as typed: `address_line1` → `--address`."""
    names = {}
    for action in parser._actions:
        if action.option_strings:
            long_names = [name for name in action.option_strings if name.startswith("--")]
            names[action.dest] = (long_names or action.option_strings)[0]
    return names


def chosen_parser(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser:
    """The (sub-)parser that read the command the user gave: `cadence subscription pause`."""
    while True:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        chosen = getattr(args, actions[0].dest, None) if actions else None
        if chosen is None:
            return parser
        parser = actions[0].choices[chosen]


def named_as_options(error: ValidationError, renamed: Mapping[str, str]) -> ValidationError:
    """The same error, each field named by the option that sets it (kept if already one)."""
    return ValidationError(
        {
            name if name.startswith("-") else flag_name(name, renamed): text
            for name, text in error.errors.items()
        }
    )


def given(args: argparse.Namespace, data_class: type) -> dict[str, Any]:
    """The options the user gave that are fields of `data_class`."""
    names = {field.name for field in dataclasses.fields(data_class)}
    return {
        name: value for name, value in vars(args).items() if name in names and value is not None
    }


def with_flags(action: Callable[[], T], renamed: Mapping[str, str]) -> T:
    """Run a service; name the options whose destination is not the service's field name.

    Other fields keep their names here: `main` names them after the options of
    the command that ran (`starts_on` → `--from`).
    """
    try:
        return action()
    except ValidationError as error:
        raise ValidationError(
            {renamed.get(name, name): text for name, text in error.errors.items()}
        ) from None


def print_one(record: Any, output_format: str) -> None:
    if output_format == "json":
        print_records([record], [], "json")
    else:
        print_record(record)


def emit_event(kind: str, **values: object) -> None:
    """One line of JSON on stdout, for the window that started this run (`--events`)."""
    print(json.dumps({"event": kind, **values}, ensure_ascii=False), flush=True)


def translatable(text: Message) -> dict[str, object]:
    """A core message as the window needs it, to translate it then fill it in."""
    return {"template": text.template, "params": {k: str(v) for k, v in text.params.items()}}
