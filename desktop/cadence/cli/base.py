"""What every command shares: exit codes, the parser, reading values, opening the database."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from cadence.cli.output import print_record, print_records
from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import InvalidValue, ValidationError
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


class UsageError(Exception):
    """Wrong arguments: reported as one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that reports a mistake in one line, not a usage screen."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


# Values as typed on the command line ------------------------------------------------


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


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


def choice(enum: type[EnumT]) -> Callable[[str], EnumT]:
    def parse(text: str) -> EnumT:
        try:
            return enum(text.replace("-", "_"))
        except ValueError:
            choices = ", ".join(member.value.replace("_", "-") for member in enum)
            raise argparse.ArgumentTypeError(f"“{text}” is not one of: {choices}") from None

    parse.__name__ = enum.__name__
    return parse


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


def flag_name(field_name: str, renamed: dict[str, str]) -> str:
    return renamed.get(field_name, "--" + field_name.replace("_", "-"))


def given(args: argparse.Namespace, data_class: type) -> dict[str, Any]:
    """The options the user gave that are fields of `data_class`."""
    names = {field.name for field in dataclasses.fields(data_class)}
    return {
        name: value for name, value in vars(args).items() if name in names and value is not None
    }


def with_flags(action: Callable[[], T], renamed: dict[str, str]) -> T:
    """Run a service; name the command-line option in a field's validation error."""
    try:
        return action()
    except ValidationError as error:
        raise ValidationError(
            {flag_name(name, renamed): text for name, text in error.errors.items()}
        ) from None


def print_one(record: Any, output_format: str) -> None:
    if output_format == "json":
        print_records([record], [], "json")
    else:
        print_record(record)
