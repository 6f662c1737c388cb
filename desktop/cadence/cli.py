"""The `cadence` command: thin wrappers over the services.

Exit codes: 0 done; 1 `db check` found violations; 2 bad input or a refused
database, reported as one line on stderr, with nothing written.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from cadence import __version__
from cadence.cli_format import Column, print_record, print_records
from cadence.domain.catalogue import BillingTiming, EarlyTermination, ItemKind, RenewalRule
from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import InvalidValue, KnownError, ValidationError
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.money import parse_amount
from cadence.domain.numbering import ResetRule
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.domain.payment_terms import PaymentTermsBasis
from cadence.domain.periods import DayRule, Interval, IntervalUnit
from cadence.domain.tax import VatRegime
from cadence.store.paths import default_database_path

if TYPE_CHECKING:
    from cadence.store.database import Database

# The services and the store (SQLAlchemy, half a second to import) are imported by
# the commands that use them, so `--help`, `--version` and a mistyped option answer
# at once.

EnumT = TypeVar("EnumT", bound=StrEnum)

ACTOR = "cli"
EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Wrong arguments: reported as one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that reports a mistake in one line, not a usage screen."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


# Values as typed on the command line ------------------------------------------------


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


def _amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except InvalidValue as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive_int(text: str) -> int:
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


def _interval(text: str) -> tuple[int, IntervalUnit]:
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


def _choice(enum: type[EnumT]) -> Callable[[str], EnumT]:
    def parse(text: str) -> EnumT:
        try:
            return enum(text.replace("-", "_"))
        except ValueError:
            choices = ", ".join(member.value.replace("_", "-") for member in enum)
            raise argparse.ArgumentTypeError(f"“{text}” is not one of: {choices}") from None

    parse.__name__ = enum.__name__
    return parse


def _flag_name(field_name: str, renamed: dict[str, str]) -> str:
    return renamed.get(field_name, "--" + field_name.replace("_", "-"))


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


def _run_on_database(
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


# Commands -------------------------------------------------------------------------


def _status_line(database: Database) -> str:
    if database.created:
        return "created"
    if database.upgraded_from:
        return (
            f"upgraded from schema {database.upgraded_from} "
            f"(the previous version is saved in {database.backup_path})"
        )
    return "ready"


def command_overview(context: Context, args: argparse.Namespace, parser: Parser) -> int:
    from cadence.services import company, customers

    def work(database: Database) -> int:
        with database.reading() as session:
            seller = company.get_company(session)
            customer_count = customers.count_customers(session)
        print(f"Cadence {__version__}")
        print(f"Database: {database.path} ({_status_line(database)})")
        if seller is None:
            print("Company: not set up yet (`cadence company set --help`, or `cadence demo`)")
        else:
            print(f"Company: {seller.legal_name}, {customer_count} active customers")
        print("The desktop window is not built yet; meanwhile, the command line:\n")
        parser.print_help()
        return EXIT_OK

    return _run_on_database(context, work, may_create=True)


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
                progress=lambda step: print(f"cadence demo: {step}…", file=sys.stderr, flush=True),
            )
        elapsed = time.perf_counter() - started
        statuses = ", ".join(
            f"{count} {status}" for status, count in sorted(summary.by_status.items())
        )
        print(
            f"Created {summary.company}: {summary.customers} customers, {summary.plans} plans, "
            f"{summary.subscriptions} subscriptions ({statuses}) in {database.path} "
            f"in {elapsed:.1f} s"
        )
        return EXIT_OK

    if not 1 <= args.customers <= demo.MAX_DEMO_CUSTOMERS:
        raise UsageError(f"--customers must be between 1 and {demo.MAX_DEMO_CUSTOMERS}")
    return _run_on_database(context, work, may_create=True)


def command_db(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import integrity
    from cadence.store.backup import backup_database, backup_file_name
    from cadence.store.paths import backups_folder

    if args.db_command == "upgrade":

        def upgrade(database: Database) -> int:
            print(f"{database.path}: {_status_line(database)}")
            return EXIT_OK

        return _run_on_database(context, upgrade)
    if args.db_command == "backup":

        def backup(database: Database) -> int:
            destination = args.output or backups_folder(database.path) / backup_file_name(
                database.path, datetime.now().astimezone()
            )
            written = backup_database(database.path, Path(destination))
            print(f"Backed up {database.path} to {written}")
            return EXIT_OK

        return _run_on_database(context, backup)

    def check(database: Database) -> int:
        with database.reading() as session:
            violations = integrity.check_database(session)
        for violation in violations:
            print(violation)
        if violations:
            print(f"{database.path}: {len(violations)} problem(s) found", file=sys.stderr)
            return EXIT_VIOLATIONS
        print(f"{database.path}: all checks passed")
        return EXIT_OK

    return _run_on_database(context, check)


_COMPANY_FLAGS = {"address_line1": "--address", "address_line2": "--address2"}


def command_company(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import company

    def show(database: Database) -> int:
        with database.reading() as session:
            record = company.get_company(session)
        if record is None:
            raise UsageError("the company is not set up yet: `cadence company set --help`")
        _print_one(record, args.format)
        return EXIT_OK

    def save(database: Database) -> int:
        changes = _given(args, company.CompanyData)
        with database.transaction() as session:
            current = company.get_company(session)
            if current is None:
                missing = [
                    _flag_name(name, _COMPANY_FLAGS)
                    for name in ("legal_name", "address_line1", "postal_code", "city")
                    if name not in changes
                ]
                if missing:
                    raise UsageError(f"a new company needs {', '.join(missing)}")
                data = company.CompanyData(**changes)
            else:
                data = dataclasses.replace(company.company_data(current), **changes)
            record = _with_flags(
                lambda: company.save_company(session, data, today=context.today, actor=ACTOR),
                _COMPANY_FLAGS,
            )
        print(f"Saved the company settings of {record.legal_name}")
        return EXIT_OK

    if args.company_command == "show":
        return _run_on_database(context, show)
    return _run_on_database(context, save, may_create=True)


_CUSTOMER_COLUMNS: list[Column] = [
    ("id", lambda c: c.id),
    ("name", lambda c: c.name),
    ("kind", lambda c: c.kind),
    ("email", lambda c: c.email),
    ("city", lambda c: c.city),
    ("country", lambda c: c.country),
    ("language", lambda c: c.language),
    ("payment", lambda c: c.payment_method),
    ("archived", lambda c: c.archived),
]
_CUSTOMER_FLAGS = {"address_line1": "--address", "address_line2": "--address2"}


def command_customer(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import customers

    def work(database: Database) -> int:
        action = args.customer_command
        if action == "list":
            with database.reading() as session:
                rows = customers.list_customers(
                    session, search=args.search, include_archived=args.archived, limit=args.limit
                )
            print_records(rows, _CUSTOMER_COLUMNS, args.format)
            return EXIT_OK
        if action == "show":
            with database.reading() as session:
                _print_one(customers.get_customer(session, args.id), args.format)
            return EXIT_OK
        with database.transaction() as session:
            if action == "add":
                changes = _given(args, customers.CustomerData)
                if "name" not in changes:
                    raise UsageError("a new customer needs --name")
                record = _with_flags(
                    lambda: customers.create_customer(
                        session,
                        customers.CustomerData(**changes),
                        today=context.today,
                        actor=ACTOR,
                    ),
                    _CUSTOMER_FLAGS,
                )
                print(f"Created customer {record.id}: {record.name}")
            elif action == "update":
                current = customers.customer_data(customers.get_customer(session, args.id))
                data = dataclasses.replace(current, **_given(args, customers.CustomerData))
                record = _with_flags(
                    lambda: customers.update_customer(
                        session, args.id, data, today=context.today, actor=ACTOR
                    ),
                    _CUSTOMER_FLAGS,
                )
                print(f"Updated customer {record.id}: {record.name}")
            elif action == "archive":
                record = customers.archive_customer(
                    session, args.id, today=context.today, actor=ACTOR
                )
                print(f"Archived customer {record.id}: {record.name}")
            else:
                record = customers.restore_customer(
                    session, args.id, today=context.today, actor=ACTOR
                )
                print(f"Restored customer {record.id}: {record.name}")
        return EXIT_OK

    return _run_on_database(context, work)


_ITEM_COLUMNS: list[Column] = [
    ("id", lambda i: i.id),
    ("name", lambda i: i.name),
    ("kind", lambda i: i.kind),
    ("vat_rate", lambda i: i.vat_rate),
    ("unit", lambda i: i.unit_label),
    ("archived", lambda i: i.archived),
]


def command_item(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import catalogue

    def work(database: Database) -> int:
        if args.item_command == "list":
            with database.reading() as session:
                rows = catalogue.list_items(session, include_archived=args.archived)
            print_records(rows, _ITEM_COLUMNS, args.format)
            return EXIT_OK
        with database.transaction() as session:
            changes = _given(args, catalogue.ItemData)
            if args.item_command == "add":
                if "name" not in changes:
                    raise UsageError("a new item needs --name")
                record = catalogue.create_item(
                    session, catalogue.ItemData(**changes), today=context.today, actor=ACTOR
                )
                print(f"Created item {record.id}: {record.name}")
            else:
                current = catalogue.item_data(catalogue.get_item(session, args.id))
                data = dataclasses.replace(current, **changes)
                record = catalogue.update_item(
                    session, args.id, data, today=context.today, actor=ACTOR
                )
                print(f"Updated item {record.id}: {record.name}")
        return EXIT_OK

    return _run_on_database(context, work)


def _describe_interval(interval: Interval | None) -> str:
    if interval is None:
        return ""
    unit = interval.unit.value + ("s" if interval.count > 1 else "")
    return f"{interval.count} {unit}"


_PLAN_COLUMNS: list[Column] = [
    ("id", lambda p: p.id),
    ("name", lambda p: p.name),
    ("price", lambda p: f"{p.unit_price} {p.currency}"),
    ("vat", lambda p: p.vat_rate),
    ("every", lambda p: _describe_interval(p.terms_of_billing.interval)),
    ("billed", lambda p: p.terms_of_billing.timing),
    ("trial", lambda p: _describe_interval(p.terms_of_billing.trial)),
    ("commitment", lambda p: _describe_interval(p.terms_of_billing.commitment)),
    ("archived", lambda p: p.archived),
]
_PLAN_FLAGS = {
    "item_id": "--item",
    "unit_price": "--price",
    "interval_count": "--every",
    "interval_unit": "--every",
    "trial_count": "--trial",
    "commitment_count": "--commitment",
    "notice_count": "--notice",
    "fixed_day": "--billing-day",
    "invoice_series_id": "--invoice-series",
}


def _plan_changes(args: argparse.Namespace) -> dict[str, Any]:
    from cadence.services import catalogue

    changes = _given(args, catalogue.PlanData)
    for option, count_field, unit_field in (
        ("every", "interval_count", "interval_unit"),
        ("trial", "trial_count", "trial_unit"),
        ("commitment", "commitment_count", "commitment_unit"),
        ("notice", "notice_count", "notice_unit"),
    ):
        value = getattr(args, option, None)
        if value is not None:
            changes[count_field], changes[unit_field] = value
    if getattr(args, "every", None) is not None and changes["interval_count"] == 0:
        raise UsageError("--every needs a period such as “1 month”")
    return changes


def command_plan(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import catalogue

    def work(database: Database) -> int:
        action = args.plan_command
        if action == "list":
            with database.reading() as session:
                rows = catalogue.list_plans(session, include_archived=args.archived)
            print_records(rows, _PLAN_COLUMNS, args.format)
            return EXIT_OK
        if action == "show":
            with database.reading() as session:
                _print_one(catalogue.get_plan(session, args.id), args.format)
            return EXIT_OK
        with database.transaction() as session:
            if action == "add":
                changes = _plan_changes(args)
                missing = [
                    _flag_name(name, _PLAN_FLAGS)
                    for name in ("name", "item_id", "unit_price")
                    if name not in changes
                ]
                if missing:
                    raise UsageError(f"a new plan needs {', '.join(missing)}")
                changes.setdefault("available_from", context.today)
                record = _with_flags(
                    lambda: catalogue.create_plan(
                        session, catalogue.PlanData(**changes), today=context.today, actor=ACTOR
                    ),
                    _PLAN_FLAGS,
                )
                print(f"Created plan {record.id}: {record.name}")
            elif action == "update":
                current = catalogue.plan_data(catalogue.get_plan(session, args.id))
                data = dataclasses.replace(current, **_plan_changes(args))
                record = _with_flags(
                    lambda: catalogue.update_plan(
                        session, args.id, data, today=context.today, actor=ACTOR
                    ),
                    _PLAN_FLAGS,
                )
                print(f"Updated plan {record.id}: {record.name}")
            elif action == "archive":
                record = catalogue.archive_plan(session, args.id, today=context.today, actor=ACTOR)
                print(f"Archived plan {record.id}: {record.name}")
            else:
                record = catalogue.restore_plan(session, args.id, today=context.today, actor=ACTOR)
                print(f"Restored plan {record.id}: {record.name}")
        return EXIT_OK

    return _run_on_database(context, work)


_SUBSCRIPTION_COLUMNS: list[Column] = [
    ("id", lambda s: s.id),
    ("customer", lambda s: s.customer_name),
    ("plan", lambda s: s.plan_name),
    ("qty", lambda s: s.quantity),
    ("price", lambda s: f"{s.unit_price} {s.currency}"),
    ("status", lambda s: s.status),
    ("start", lambda s: s.start_date),
    ("next_billing", lambda s: s.next_billing_date),
    ("ended", lambda s: s.ended_on),
]
_SUBSCRIPTION_FLAGS = {
    "customer_id": "--customer",
    "plan_id": "--plan",
    "start_date": "--start",
    "unit_price_override": "--price",
    "discount_kind": "--discount",
    "discount_value": "--discount",
    "customer_reference": "--reference",
}


def _discount(text: str) -> tuple[DiscountKind, Decimal]:
    """`10%` is a percentage; `5,00` or `5.00` an amount off each cycle."""
    stripped = text.strip()
    kind = DiscountKind.PERCENT if stripped.endswith("%") else DiscountKind.AMOUNT
    return kind, _amount(stripped.removesuffix("%"))


def _subscription_changes(args: argparse.Namespace) -> dict[str, Any]:
    from cadence.services import subscriptions

    changes = _given(args, subscriptions.SubscriptionData)
    if getattr(args, "discount", None) is not None:
        changes["discount_kind"], changes["discount_value"] = args.discount
    if getattr(args, "no_discount", False):
        changes.update(discount_kind=None, discount_value=None, discount_cycles=None)
    if getattr(args, "discount_forever", False):
        changes["discount_cycles"] = None
    return changes


def command_subscription(context: Context, args: argparse.Namespace) -> int:
    from cadence.services import subscriptions

    def work(database: Database) -> int:
        action = args.subscription_command
        if action == "list":
            statuses = frozenset(args.status) if args.status else None
            with database.reading() as session:
                rows = subscriptions.list_subscriptions(
                    session,
                    customer_id=args.customer,
                    plan_id=args.plan,
                    statuses=statuses,
                    include_archived=args.archived,
                    limit=args.limit,
                )
            print_records(rows, _SUBSCRIPTION_COLUMNS, args.format)
            return EXIT_OK
        if action == "show":
            with database.reading() as session:
                _print_one(subscriptions.get_subscription(session, args.id), args.format)
            return EXIT_OK
        with database.transaction() as session:
            if action == "add":
                changes = _subscription_changes(args)
                changes.setdefault("start_date", context.today)
                record = _with_flags(
                    lambda: subscriptions.create_subscription(
                        session,
                        subscriptions.SubscriptionData(**changes),
                        today=context.today,
                        actor=ACTOR,
                    ),
                    _SUBSCRIPTION_FLAGS,
                )
                print(
                    f"Created subscription {record.id}: {record.customer_name} — "
                    f"{record.plan_name}, {record.status}, first billing {record.next_billing_date}"
                )
            elif action == "update":
                current = subscriptions.subscription_data(
                    subscriptions.get_subscription(session, args.id)
                )
                data = dataclasses.replace(current, **_subscription_changes(args))
                record = _with_flags(
                    lambda: subscriptions.update_subscription(
                        session, args.id, data, today=context.today, actor=ACTOR
                    ),
                    _SUBSCRIPTION_FLAGS,
                )
                print(f"Updated subscription {record.id}")
            else:
                record = subscriptions.archive_subscription(
                    session, args.id, today=context.today, actor=ACTOR
                )
                print(f"Archived subscription {record.id}")
        return EXIT_OK

    return _run_on_database(context, work)


# Helpers shared by the commands ----------------------------------------------------

T = TypeVar("T")


def _given(args: argparse.Namespace, data_class: type) -> dict[str, Any]:
    """The options the user gave that are fields of `data_class`."""
    names = {field.name for field in dataclasses.fields(data_class)}
    return {
        name: value for name, value in vars(args).items() if name in names and value is not None
    }


def _with_flags(action: Callable[[], T], renamed: dict[str, str]) -> T:
    """Run a service; name the command-line option in a field's validation error."""
    try:
        return action()
    except ValidationError as error:
        raise ValidationError(
            {_flag_name(name, renamed): text for name, text in error.errors.items()}
        ) from None


def _print_one(record: Any, output_format: str) -> None:
    if output_format == "json":
        print_records([record], [], "json")
    else:
        print_record(record)


# The parser -----------------------------------------------------------------------


def _format_option(parser: argparse.ArgumentParser, *, csv: bool = True) -> None:
    choices = ["table", "csv", "json"] if csv else ["table", "json"]
    parser.add_argument("--format", choices=choices, default="table", help="output format")


def _customer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="full name, or the company's legal name")
    parser.add_argument("--kind", type=_choice(CustomerKind), help="individual or company")
    parser.add_argument("--contact", dest="contact_name", help="contact person at a company")
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--address", dest="address_line1", help="street address")
    parser.add_argument("--address2", dest="address_line2", help="second address line")
    parser.add_argument("--postal-code")
    parser.add_argument("--city")
    parser.add_argument("--country", help="two-letter code, FR by default")
    parser.add_argument("--delivery-address", dest="delivery_address_line1")
    parser.add_argument("--delivery-address2", dest="delivery_address_line2")
    parser.add_argument("--delivery-postal-code")
    parser.add_argument("--delivery-city")
    parser.add_argument("--delivery-country")
    parser.add_argument("--siren")
    parser.add_argument("--vat-number")
    parser.add_argument("--language", type=_choice(Language), help="fr or en")
    parser.add_argument("--payment-method", type=_choice(PaymentMethod))
    parser.add_argument("--iban")
    parser.add_argument("--bic")
    parser.add_argument("--invoice-by-email", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--notes")


def _plan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name")
    parser.add_argument("--item", dest="item_id", type=int, help="catalogue item id")
    parser.add_argument("--price", dest="unit_price", type=_amount, help="unit price excl. VAT")
    parser.add_argument("--currency")
    parser.add_argument("--vat-rate", type=_amount, help="percent: 20, 10, 5.5, 2.1 …")
    parser.add_argument("--every", type=_interval, help="billing cycle: “1 month”, “3 months”")
    parser.add_argument("--day-rule", type=_choice(DayRule))
    parser.add_argument(
        "--billing-day", dest="fixed_day", type=int, help="with --day-rule fixed-day"
    )
    parser.add_argument("--timing", type=_choice(BillingTiming), help="advance or arrears")
    parser.add_argument("--trial", type=_interval, help="“14 days”, or 0 for none")
    parser.add_argument("--commitment", type=_interval, help="“12 months”, or 0 for none")
    parser.add_argument("--early-termination", type=_choice(EarlyTermination))
    parser.add_argument("--notice", type=_interval, help="notice period, or 0 for none")
    parser.add_argument("--grace-days", type=_positive_int)
    parser.add_argument("--renewal", dest="renewal_rule", type=_choice(RenewalRule))
    parser.add_argument("--fixed-cycles", type=int, help="with --renewal fixed-cycles")
    parser.add_argument("--renewal-notice-days", type=_positive_int)
    parser.add_argument("--description")
    parser.add_argument("--terms", help="terms and conditions")
    parser.add_argument("--invoice-series", dest="invoice_series_id", type=int)
    parser.add_argument("--available-from", type=_date)


def _subscription_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", dest="customer_id", type=int)
    parser.add_argument("--plan", dest="plan_id", type=int)
    parser.add_argument("--start", dest="start_date", type=_date)
    parser.add_argument("--quantity", type=int)
    parser.add_argument("--price", dest="unit_price_override", type=_amount)
    parser.add_argument("--discount", type=_discount, help="“10%” or an amount such as 5,00")
    parser.add_argument("--discount-cycles", type=int, help="cycles discounted (default: all)")
    parser.add_argument("--reference", dest="customer_reference", help="customer's order number")
    parser.add_argument("--notes")


def _company_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--legal-name")
    parser.add_argument("--trade-name")
    parser.add_argument("--legal-form", help="SAS, SARL, EI …")
    parser.add_argument("--share-capital", type=_amount)
    parser.add_argument("--address", dest="address_line1")
    parser.add_argument("--address2", dest="address_line2")
    parser.add_argument("--postal-code")
    parser.add_argument("--city")
    parser.add_argument("--country")
    parser.add_argument("--siren")
    parser.add_argument("--siret")
    parser.add_argument("--registration", help="“RCS Lyon”, “RM 69” …")
    parser.add_argument("--vat-number")
    parser.add_argument("--vat-regime", type=_choice(VatRegime), help="normal or franchise")
    parser.add_argument("--vat-on-debits", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--website")
    parser.add_argument("--iban")
    parser.add_argument("--bic")
    parser.add_argument("--sepa-creditor-id", help="ICS, for direct debits")
    parser.add_argument("--logo", dest="logo_path", help="PNG or JPEG file")
    parser.add_argument("--currency", dest="default_currency")
    parser.add_argument(
        "--payment-terms", dest="payment_terms_basis", type=_choice(PaymentTermsBasis)
    )
    parser.add_argument("--payment-days", dest="payment_terms_days", type=_positive_int)
    parser.add_argument("--late-penalty-text")
    parser.add_argument("--early-payment-text")
    parser.add_argument("--invoice-mask", help="such as FA{YYYY}-{00000}")
    parser.add_argument("--invoice-reset", type=_choice(ResetRule))
    parser.add_argument("--credit-note-mask", help="such as AV{YYYY}-{00000}")
    parser.add_argument("--credit-note-reset", type=_choice(ResetRule))
    parser.add_argument("--pdf-folder")


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
        "--today", type=_date, default=argparse.SUPPRESS, help="act as if today were this date"
    )
    parser = Parser(
        prog="cadence",
        description="Cadence: recurring billing for small businesses, offline on one desktop.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"cadence {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo_parser = commands.add_parser(
        "demo", parents=[common], help="create a demo company in a new database"
    )
    demo_parser.add_argument("--customers", type=_positive_int, default=200)
    demo_parser.add_argument("--seed", type=int, default=1, help="same seed, same data")

    db_parser = commands.add_parser("db", parents=[common], help="database maintenance")
    db_commands = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", parents=[common], help="upgrade to this version's schema")
    backup_parser = db_commands.add_parser(
        "backup", parents=[common], help="copy the database, even while Cadence runs"
    )
    backup_parser.add_argument("-o", "--output", type=Path, help="backup file to write")
    db_commands.add_parser("check", parents=[common], help="verify the data's consistency")

    company_parser = commands.add_parser("company", parents=[common], help="your company settings")
    company_commands = company_parser.add_subparsers(
        dest="company_command", metavar="ACTION", required=True
    )
    _format_option(company_commands.add_parser("show", parents=[common]), csv=False)
    _company_options(company_commands.add_parser("set", parents=[common]))

    customer_parser = commands.add_parser("customer", parents=[common], help="customers")
    customer_commands = customer_parser.add_subparsers(
        dest="customer_command", metavar="ACTION", required=True
    )
    listing = customer_commands.add_parser("list", parents=[common])
    listing.add_argument("--search", default="", help="part of a name, e-mail, city …")
    listing.add_argument("--archived", action="store_true", help="include archived customers")
    listing.add_argument("--limit", type=_positive_int)
    _format_option(listing)
    show = customer_commands.add_parser("show", parents=[common])
    show.add_argument("id", type=int)
    _format_option(show, csv=False)
    _customer_options(customer_commands.add_parser("add", parents=[common]))
    update = customer_commands.add_parser("update", parents=[common])
    update.add_argument("id", type=int)
    _customer_options(update)
    for action in ("archive", "restore"):
        customer_commands.add_parser(action, parents=[common]).add_argument("id", type=int)

    item_parser = commands.add_parser("item", parents=[common], help="catalogue items")
    item_commands = item_parser.add_subparsers(dest="item_command", metavar="ACTION", required=True)
    listing = item_commands.add_parser("list", parents=[common])
    listing.add_argument("--archived", action="store_true")
    _format_option(listing)
    for action in ("add", "update"):
        item = item_commands.add_parser(action, parents=[common])
        if action == "update":
            item.add_argument("id", type=int)
        item.add_argument("--name")
        item.add_argument("--kind", type=_choice(ItemKind), help="service or goods")
        item.add_argument("--vat-rate", type=_amount)
        item.add_argument("--unit", dest="unit_label", help="“licence”, “box”, “hour” …")
        item.add_argument("--description")

    plan_parser = commands.add_parser("plan", parents=[common], help="plans of the catalogue")
    plan_commands = plan_parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    listing = plan_commands.add_parser("list", parents=[common])
    listing.add_argument("--archived", action="store_true")
    _format_option(listing)
    show = plan_commands.add_parser("show", parents=[common])
    show.add_argument("id", type=int)
    _format_option(show, csv=False)
    _plan_options(plan_commands.add_parser("add", parents=[common]))
    update = plan_commands.add_parser("update", parents=[common])
    update.add_argument("id", type=int)
    _plan_options(update)
    for action in ("archive", "restore"):
        plan_commands.add_parser(action, parents=[common]).add_argument("id", type=int)

    subscription_parser = commands.add_parser(
        "subscription", parents=[common], help="subscriptions"
    )
    subscription_commands = subscription_parser.add_subparsers(
        dest="subscription_command", metavar="ACTION", required=True
    )
    listing = subscription_commands.add_parser("list", parents=[common])
    listing.add_argument("--customer", type=int)
    listing.add_argument("--plan", type=int)
    listing.add_argument("--status", type=_choice(SubscriptionStatus), action="append")
    listing.add_argument("--archived", action="store_true")
    listing.add_argument("--limit", type=_positive_int)
    _format_option(listing)
    show = subscription_commands.add_parser("show", parents=[common])
    show.add_argument("id", type=int)
    _format_option(show, csv=False)
    _subscription_options(subscription_commands.add_parser("add", parents=[common]))
    update = subscription_commands.add_parser("update", parents=[common])
    update.add_argument("id", type=int)
    _subscription_options(update)
    update.add_argument("--no-discount", action="store_true", help="remove the discount")
    update.add_argument("--discount-forever", action="store_true", help="discount every cycle")
    subscription_commands.add_parser("archive", parents=[common]).add_argument("id", type=int)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    explicit = getattr(args, "db", None) is not None
    context = Context(
        database_path=(args.db if explicit else default_database_path()).expanduser(),
        explicit=explicit,
        # The owner's own calendar day, in their time zone.
        today=getattr(args, "today", None) or datetime.now().astimezone().date(),
    )
    handlers: dict[str, Callable[[Context, argparse.Namespace], int]] = {
        "demo": command_demo,
        "db": command_db,
        "company": command_company,
        "customer": command_customer,
        "item": command_item,
        "plan": command_plan,
        "subscription": command_subscription,
    }
    try:
        if args.command is None:
            return command_overview(context, args, parser)
        return handlers[args.command](context, args)
    except (KnownError, UsageError) as error:
        print(f"cadence {args.command or ''}: {error}".replace("  ", " "), file=sys.stderr)
        return EXIT_BAD_INPUT
