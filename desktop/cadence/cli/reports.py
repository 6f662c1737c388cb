"""The revenue reports from the command line: `cadence report mrr|movements|churn|…`,
each a table of the figures the report services compute (defined in docs/reports.md)."""

from __future__ import annotations

import argparse
import dataclasses
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from cadence.cli.base import (
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    choice,
    format_option,
    one_of,
    parse_date,
    positive_int,
    record_id,
    run_on_database,
)
from cadence.cli.output import Column, print_records
from cadence.domain.errors import Message, ValidationError, message
from cadence.domain.revenue import AgeingBucket, MovementKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cadence.services.reports.recurring import CustomerMovement
    from cadence.services.reports.windows import Scope, Window
    from cadence.store.database import Database

DEFINITIONS = "Every figure is defined in docs/reports.md."
PERIOD_MONTHS = 12  # the period a report covers when --from is not given

# Labels a spreadsheet keeps as text: a bare "1-30" would be read as the 30th of January.
_BUCKET_LABELS = {
    AgeingBucket.NOT_DUE: "not due",
    AgeingBucket.DAYS_1_30: "1-30 days",
    AgeingBucket.DAYS_31_60: "31-60 days",
    AgeingBucket.DAYS_61_90: "61-90 days",
    AgeingBucket.OVER_90: "over 90 days",
}


class ReportParser(Parser):
    """A report's parser. It reads options by their whole name only, so `--to` is never
    taken for `--today`; and it refuses an option of another report, saying why it does
    not apply here, rather than argparse's bare "unrecognized arguments"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)
        self.not_here: dict[str, str] = {}  # an option of another report → why not this one

    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        for extra in extras:
            option = extra.partition("=")[0]
            if option in self.not_here:
                self.error(f"{option} does not apply to this report: {self.not_here[option]}")
        return parsed, extras


# -- the rows printed, one dataclass per table: JSON prints the same fields --------------


@dataclasses.dataclass(frozen=True)
class MrrRow:
    month: str
    day: date  # the MRR is the one at the end of this day
    mrr: Decimal
    arr: Decimal
    subscriptions: int


@dataclasses.dataclass(frozen=True)
class MovementRow:
    month: str
    mrr_start: Decimal
    new: Decimal
    expansion: Decimal
    reactivation: Decimal
    resumed: Decimal
    contraction: Decimal  # losses are negative, so that a row adds up to mrr_end
    churned: Decimal
    paused: Decimal
    net_new: Decimal
    mrr_end: Decimal


@dataclasses.dataclass(frozen=True)
class CustomerMovementRow:
    customer_id: int
    customer: str
    kind: str
    amount: Decimal
    mrr_at_start: Decimal
    mrr_at_end: Decimal
    events: str


@dataclasses.dataclass(frozen=True)
class ChurnRow:
    month: str
    customers_at_start: int
    new_customers: int
    customers_lost: int
    logo_churn_rate: str | None
    mrr_at_start: Decimal
    churned_mrr: Decimal
    contraction_mrr: Decimal
    revenue_churn_rate: str | None


@dataclasses.dataclass(frozen=True)
class RetentionRow:
    first: date
    last: date
    customers: int
    customers_kept: int
    mrr_at_start: Decimal
    mrr_at_end: Decimal
    kept_mrr: Decimal
    grr: str | None
    nrr: str | None


@dataclasses.dataclass(frozen=True)
class GrowthRow:
    month: str
    subscriptions: int
    customers: int
    trials: int
    new_subscriptions: int
    ended_subscriptions: int


@dataclasses.dataclass(frozen=True)
class NewByPlanRow:
    month: str
    plan_id: int
    plan: str
    new_subscriptions: int


@dataclasses.dataclass(frozen=True)
class CancellationRow:
    plan_id: int
    plan: str
    reason: str
    cancelled: int  # for this reason
    mrr: Decimal
    plan_cancelled: int  # for every reason
    plan_subscriptions: int
    plan_cancellation_rate: str | None
    plan_mrr: Decimal


@dataclasses.dataclass(frozen=True)
class AgeingRow:
    bucket: str
    amount: Decimal
    invoices: int


@dataclasses.dataclass(frozen=True)
class OwingRow:
    customer_id: int
    customer: str
    amount: Decimal
    invoices: int


@dataclasses.dataclass(frozen=True)
class PaymentRow:
    month: str
    payments: int
    received: Decimal
    late: int
    late_amount: Decimal
    average_days_late: Decimal | None
    failed: int
    failed_amount: Decimal


@dataclasses.dataclass(frozen=True)
class SalesOutstandingRow:
    as_of: date
    receivables: Decimal
    sales: Decimal
    days: int
    dso: Decimal | None


@dataclasses.dataclass(frozen=True)
class ForecastRow:
    month: str
    first: date
    last: date
    invoices: int
    net: Decimal
    gross: Decimal


Table = tuple[type, Sequence[object]]  # the row class, and the rows


def _columns(row_class: type) -> list[Column]:
    return [
        (field.name, operator.attrgetter(field.name)) for field in dataclasses.fields(row_class)
    ]


def _month(window: Window) -> str:
    return f"{window.month:%Y-%m}"


def _percent(rate: Decimal | None) -> str | None:
    """0.0385 → 3.85%; a rate of nothing stays empty, never 0 %."""
    return None if rate is None else f"{rate * 100:.2f}%"


# -- the period and the scope of a report --------------------------------


def _period(args: argparse.Namespace, as_of: date) -> tuple[date, date]:
    """--from and --to, defaults filled in, once they make a period ending by --as-of."""
    from cadence.services.reports.windows import check_period, last_months

    last: date = args.last or as_of
    first: date = args.first or last_months(last, PERIOD_MONTHS)[0]
    check_period(first, last, as_of=as_of)
    return first, last


def _scope(session: Session, args: argparse.Namespace) -> Scope:
    """The currency (the company's by default) and the plan, once both are valid."""
    from cadence.services.reports.windows import check_scope, report_currencies

    currencies = report_currencies(session)
    scope = check_scope(session, args.currency or currencies[0], getattr(args, "plan_id", None))
    if scope.currency not in currencies:
        raise ValidationError.single(
            "currency",
            message(
                "nothing is sold in {currency}; the reports are in {currencies}",
                currency=scope.currency,
                currencies=", ".join(currencies),
            ),
        )
    return scope


def _scope_and_period(
    session: Session, args: argparse.Namespace, as_of: date
) -> tuple[Scope, date, date]:
    """Both, with every wrong option of either reported at once."""
    errors: dict[str, Message] = {}
    period: tuple[date, date] | None = None
    scope: Scope | None = None
    try:
        period = _period(args, as_of)
    except ValidationError as error:
        errors.update(error.errors)
    try:
        scope = _scope(session, args)
    except ValidationError as error:
        errors.update(error.errors)
    if scope is None or period is None:
        raise ValidationError(errors)
    return scope, *period


# -- the reports ----------------------------------------------------------------------------


def _mrr(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import recurring

    scope, first, last = _scope_and_period(session, args, as_of)
    points = recurring.mrr_series(session, scope, first=first, last=last)
    return MrrRow, [
        MrrRow(f"{point.day:%Y-%m}", point.day, point.mrr, point.arr, point.subscriptions)
        for point in points
    ]


def _event_summary(movement: CustomerMovement) -> str:
    """The subscription events behind a customer's movement, one phrase each:
    `2026-11-14 #42 plan_changed Caisse Pro ×2 29.00→58.00`."""
    phrases = []
    for event in movement.events:
        quantity = f" ×{event.quantity}" if event.quantity != 1 else ""
        reason = f" ({event.cancellation_reason.value})" if event.cancellation_reason else ""
        phrases.append(
            f"{event.day} #{event.subscription_id} {event.boundary.value} {event.plan_name}"
            f"{quantity} {event.mrr_before}→{event.mrr_after}{reason}"
        )
    return "; ".join(phrases)


def _movements(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import recurring

    scope, first, last = _scope_and_period(session, args, as_of)
    if args.customers:
        limit = {} if args.limit is None else {"limit": args.limit}
        found = recurring.movement_details(
            session, scope, first=first, last=last, kind=args.kind, **limit
        )
        return CustomerMovementRow, [
            CustomerMovementRow(
                movement.customer_id,
                movement.customer_name,
                movement.kind.value,
                movement.amount,
                movement.mrr_at_start,
                movement.mrr_at_end,
                _event_summary(movement),
            )
            for movement in found
        ]
    months = recurring.mrr_movements(session, scope, first=first, last=last)
    return MovementRow, [
        MovementRow(
            _month(month.window),
            month.mrr_at_start,
            new=month.amounts[MovementKind.NEW],
            expansion=month.amounts[MovementKind.EXPANSION],
            reactivation=month.amounts[MovementKind.REACTIVATION],
            resumed=month.amounts[MovementKind.RESUMED],
            contraction=month.amounts[MovementKind.CONTRACTION],
            churned=month.amounts[MovementKind.CHURNED],
            paused=month.amounts[MovementKind.PAUSED],
            net_new=month.net_new,
            mrr_end=month.mrr_at_end,
        )
        for month in months
    ]


def _churn(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import recurring

    scope, first, last = _scope_and_period(session, args, as_of)
    months = recurring.churn(session, scope, first=first, last=last)
    return ChurnRow, [
        ChurnRow(
            _month(month.window),
            month.customers_at_start,
            month.new_customers,
            month.customers_lost,
            _percent(month.logo_churn_rate),
            month.mrr_at_start,
            month.churned_mrr,
            month.contraction_mrr,
            _percent(month.revenue_churn_rate),
        )
        for month in months
    ]


def _retention(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import recurring

    scope, first, last = _scope_and_period(session, args, as_of)
    found = recurring.retention(session, scope, first=first, last=last)
    return RetentionRow, [
        RetentionRow(
            found.first,
            found.last,
            found.customers,
            found.customers_kept,
            found.mrr_at_start,
            found.mrr_at_end,
            found.kept_mrr,
            _percent(found.gross_retention),
            _percent(found.net_retention),
        )
    ]


def _growth(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import growth

    scope, first, last = _scope_and_period(session, args, as_of)
    found = growth.growth(session, scope, first=first, last=last)
    if args.by_plan:
        return NewByPlanRow, [
            NewByPlanRow(_month(month.window), plan_id, found.plan_names[plan_id], count)
            for month in found.months
            for plan_id, count in sorted(
                month.new_by_plan.items(), key=lambda item: (found.plan_names[item[0]], item[0])
            )
        ]
    return GrowthRow, [
        GrowthRow(
            _month(month.window),
            month.subscriptions,
            month.customers,
            month.trials,
            month.new_subscriptions,
            month.ended_subscriptions,
        )
        for month in found.months
    ]


def _cancellations(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import growth

    scope, first, last = _scope_and_period(session, args, as_of)
    plans = growth.cancellations(session, scope, first=first, last=last)
    return CancellationRow, [
        CancellationRow(
            plan.plan_id,
            plan.plan_name,
            reason.reason.value,
            reason.subscriptions,
            reason.mrr,
            plan.cancelled,
            plan.subscriptions,
            _percent(plan.rate),
            plan.mrr,
        )
        for plan in plans
        for reason in plan.reasons
    ]


def _ageing(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import receivables

    currency = _scope(session, args).currency
    if args.customers:
        options: dict[str, Any] = {}
        if args.bucket:
            # Once each: a bucket named twice would be counted twice.
            options["buckets"] = list(dict.fromkeys(args.bucket))
        if args.limit is not None:
            options["limit"] = args.limit
        owing = receivables.ageing_customers(session, currency=currency, as_of=as_of, **options)
        return OwingRow, [
            OwingRow(customer.customer_id, customer.name, customer.amount, customer.invoices)
            for customer in owing
        ]
    found = receivables.ageing(session, currency=currency, as_of=as_of)
    return AgeingRow, [
        *(
            AgeingRow(_BUCKET_LABELS[line.bucket], line.amount, line.invoices)
            for line in found.lines
        ),
        AgeingRow("total", found.total, sum(line.invoices for line in found.lines)),
    ]


def _payments(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import receivables

    if args.dso:
        currency = _scope(session, args).currency
        owed = receivables.ageing(session, currency=currency, as_of=as_of)
        outstanding = receivables.sales_outstanding(session, owed)
        return SalesOutstandingRow, [
            SalesOutstandingRow(
                outstanding.as_of,
                outstanding.receivables,
                outstanding.sales,
                outstanding.days,
                outstanding.value,
            )
        ]
    scope, first, last = _scope_and_period(session, args, as_of)
    months = receivables.payment_behaviour(session, currency=scope.currency, first=first, last=last)
    return PaymentRow, [
        PaymentRow(
            _month(month.window),
            month.payments,
            month.received,
            month.late,
            month.late_amount,
            month.average_days_late,
            month.failed,
            month.failed_amount,
        )
        for month in months
    ]


def _forecast(session: Session, args: argparse.Namespace, as_of: date) -> Table:
    from cadence.services.reports import forecast

    months = forecast.revenue_forecast(session, _scope(session, args), today=as_of)
    return ForecastRow, [
        ForecastRow(
            _month(month.window),
            month.window.first,
            month.window.last,
            month.invoices,
            month.net,
            month.gross,
        )
        for month in months
    ]


# Options that only make sense together: (option, the one it needs, both as destinations).
_NEEDS = (
    ("kind", "customers"),
    ("bucket", "customers"),
    ("limit", "customers"),
)


def _check_options(args: argparse.Namespace) -> None:
    for option, needed in _NEEDS:
        if getattr(args, option, None) is not None and not getattr(args, needed, True):
            raise UsageError(f"--{option} goes with --{needed}")
    if getattr(args, "limit", None) == 0:
        raise UsageError("--limit must be at least 1")
    if getattr(args, "dso", False) and (args.first or args.last):
        raise UsageError("--dso is read on one day, --as-of: not with --from or --to")


def command_report(context: Context, args: argparse.Namespace) -> int:
    _check_options(args)
    as_of: date = args.as_of or context.today
    build: Callable[[Session, argparse.Namespace, date], Table] = args.build

    def work(database: Database) -> int:
        with database.reading() as session:
            row_class, rows = build(session, args, as_of)
        # Printed once every figure is known: a refused report prints nothing.
        print_records(rows, _columns(row_class), args.format)
        return EXIT_OK

    return run_on_database(context, work)


# -- the command line -----------------------------------------------------------------------


def _as_of(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--as-of", dest="as_of", type=parse_date, metavar="DATE", help=f"{what} (default: today)"
    )


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="first",
        type=parse_date,
        metavar="DATE",
        help="first day of the period (default: twelve months back, the 1st of the month "
        "11 months before --to's)",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=parse_date,
        metavar="DATE",
        help="last day of the period, not after --as-of (default: --as-of)",
    )


def _scope_options(parser: argparse.ArgumentParser, *, plan: bool) -> None:
    parser.add_argument(
        "--currency",
        metavar="CODE",
        help="report in this currency (default: the company's)",
    )
    if plan:
        parser.add_argument(
            "--plan",
            dest="plan_id",
            type=record_id,
            metavar="ID",
            help="only the subscriptions' time on this plan (id)",
        )


def _limit_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        type=positive_int,
        help="with --customers, list at most this many, the largest first (default 500)",
    )


def _add(
    reports: argparse._SubParsersAction[ReportParser],
    common: ReportParser,
    name: str,
    helptext: str,
    description: str,
    build: Callable[[Session, argparse.Namespace, date], Table],
) -> ReportParser:
    parser = reports.add_parser(
        name, parents=[common], help=helptext, description=f"{description} {DEFINITIONS}"
    )
    parser.set_defaults(build=build)
    return parser


def register(commands: argparse._SubParsersAction[Parser], common: Parser) -> None:
    report = commands.add_parser(
        "report",
        parents=[common],
        help="revenue reports: MRR, churn, growth, what is owed",
        description=f"The figures of the Reports tab, as a table, CSV or JSON. {DEFINITIONS}",
    )
    report.set_defaults(handler=command_report)
    reports = report.add_subparsers(
        dest="report_command", metavar="REPORT", required=True, parser_class=ReportParser
    )
    # --db and --today again, in a parser of the reports' class: typeshed wants a
    # report's parents of the same class as the report.
    report_common = ReportParser(add_help=False, parents=[common])
    read_on = "the day the figures are read, at its end"

    mrr = _add(
        reports,
        report_common,
        "mrr",
        "recurring revenue at the end of each month",
        "MRR, ARR and paying subscriptions at the end of each month of the period "
        "(the last month: at the end of --to).",
        _mrr,
    )
    movements = _add(
        reports,
        report_common,
        "movements",
        "how MRR moved each month: new, expansion, churn …",
        "Each month's MRR at the start, its movements (losses negative, so that a row adds "
        "up) and the MRR at the end; with --customers, the customers behind the movements "
        "of the whole period and the subscription events that made them.",
        _movements,
    )
    churn = _add(
        reports,
        report_common,
        "churn",
        "customers and revenue lost each month, as rates",
        "Logo churn and revenue churn month by month; a rate of nothing is left empty.",
        _churn,
    )
    retention = _add(
        reports,
        report_common,
        "retention",
        "gross and net revenue retention over the period",
        "What the customers paying when the period begins still pay at its end: gross "
        "(GRR) and net (NRR) revenue retention.",
        _retention,
    )
    growth = _add(
        reports,
        report_common,
        "growth",
        "subscriptions and customers month by month",
        "Paying subscriptions, customers and trials at the end of each month, and the "
        "subscriptions started and ended during it; with --by-plan, those started, by plan.",
        _growth,
    )
    cancellations = _add(
        reports,
        report_common,
        "cancellations",
        "cancellations of the period by plan and reason",
        "One row per plan and reason: the subscriptions whose cancellation took effect in "
        "the period and the MRR they paid, with the plan's totals and cancellation rate.",
        _cancellations,
    )
    ageing = _add(
        reports,
        report_common,
        "ageing",
        "what customers owe, by how late it is",
        "What is left to pay at the end of --as-of, VAT included, by days past the due "
        "date, and the total; with --customers, who owes it, most first.",
        _ageing,
    )
    payments = _add(
        reports,
        report_common,
        "payments",
        "payments received, late and failed, month by month",
        "Payments settling invoices by the day the money came, those late and how late, "
        "and those the bank returned; with --dso, days sales outstanding on --as-of.",
        _payments,
    )
    forecast = _add(
        reports,
        report_common,
        "forecast",
        "invoices billing will issue over the next 12 months",
        "The invoices billing will issue after --as-of, to the end of the 12th month after "
        "it, and their totals excl. and incl. VAT, month by month (a dry run: writes nothing).",
        _forecast,
    )

    for parser in (mrr, movements, churn, retention, growth, cancellations):
        _as_of(parser, read_on)
        _period_options(parser)
        _scope_options(parser, plan=True)
    movements.add_argument(
        "--customers", action="store_true", help="list the customers behind the movements"
    )
    movements.add_argument(
        "--kind",
        type=choice(MovementKind),
        help=f"with --customers, only this movement: {one_of(MovementKind)}",
    )
    _limit_option(movements)
    growth.add_argument(
        "--by-plan", action="store_true", help="the new subscriptions of each month, by plan"
    )

    _as_of(ageing, "what is owed at the end of this day")
    _scope_options(ageing, plan=False)
    ageing.add_argument("--customers", action="store_true", help="list the customers who owe")
    ageing.add_argument(
        "--bucket",
        type=choice(AgeingBucket),
        action="append",
        help=f"with --customers, only in this bucket, may be repeated: {one_of(AgeingBucket)}",
    )
    _limit_option(ageing)

    _as_of(payments, read_on)
    _period_options(payments)
    _scope_options(payments, plan=False)
    payments.add_argument(
        "--dso",
        action="store_true",
        help="days sales outstanding on --as-of instead of the months",
    )

    _as_of(forecast, "forecast what billing issues after this day")
    _scope_options(forecast, plan=True)

    for parser in reports.choices.values():
        format_option(parser)
    _refuse_other_options(reports.choices)


# Why a report does not take an option of another, where the help would not say.
_WHY_NOT = {
    ("ageing", "--from"): "ageing is what is owed on one day: choose it with --as-of",
    ("ageing", "--to"): "ageing is what is owed on one day: choose it with --as-of",
    ("ageing", "--plan"): "what customers owe is not split by plan",
    ("payments", "--plan"): "payments are not split by plan",
    ("forecast", "--from"): "the forecast covers the 12 months after --as-of",
    ("forecast", "--to"): "the forecast covers the 12 months after --as-of",
}


def _refuse_other_options(parsers: Mapping[str, ReportParser]) -> None:
    """Teach each report why it does not take the options of the others."""
    every = {option for parser in parsers.values() for option in parser._option_string_actions}
    for name, parser in parsers.items():
        for option in every - set(parser._option_string_actions):
            parser.not_here[option] = _WHY_NOT.get(
                (name, option), f"see `cadence report {name} --help`"
            )
