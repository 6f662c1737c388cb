"""Customers, catalogue items, plans and subscriptions: list, show, add, update, archive."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from cadence.cli.base import (
    ACTOR,
    EXIT_OK,
    Context,
    Parser,
    UsageError,
    amount,
    choice,
    discount,
    flag_name,
    format_option,
    given,
    interval,
    one_of,
    parse_date,
    positive_int,
    print_one,
    record_id,
    run_on_database,
    with_flags,
)
from cadence.cli.output import Column, print_records
from cadence.domain.catalogue import BillingTiming, EarlyTermination, ItemKind, RenewalRule
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.domain.periods import DayRule, Interval

if TYPE_CHECKING:
    from cadence.store.database import Database


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
                print_one(customers.get_customer(session, args.id), args.format)
            return EXIT_OK
        with database.transaction() as session:
            if action == "add":
                changes = given(args, customers.CustomerData)
                if "name" not in changes:
                    raise UsageError("a new customer needs --name")
                record = with_flags(
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
                data = dataclasses.replace(current, **given(args, customers.CustomerData))
                record = with_flags(
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

    return run_on_database(context, work)


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
            changes = given(args, catalogue.ItemData)
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

    return run_on_database(context, work)


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

    changes = given(args, catalogue.PlanData)
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
                print_one(catalogue.get_plan(session, args.id), args.format)
            return EXIT_OK
        with database.transaction() as session:
            if action == "add":
                changes = _plan_changes(args)
                missing = [
                    flag_name(name, _PLAN_FLAGS)
                    for name in ("name", "item_id", "unit_price")
                    if name not in changes
                ]
                if missing:
                    raise UsageError(f"a new plan needs {', '.join(missing)}")
                changes.setdefault("available_from", context.today)
                record = with_flags(
                    lambda: catalogue.create_plan(
                        session, catalogue.PlanData(**changes), today=context.today, actor=ACTOR
                    ),
                    _PLAN_FLAGS,
                )
                print(f"Created plan {record.id}: {record.name}")
            elif action == "update":
                current = catalogue.plan_data(catalogue.get_plan(session, args.id))
                data = dataclasses.replace(current, **_plan_changes(args))
                record = with_flags(
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

    return run_on_database(context, work)


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


# Options of `subscription update` that undo one another: refused, not one picked.
_CONTRADICTIONS = (
    ("no_discount", "discount"),
    ("no_discount", "discount_cycles"),
    ("no_discount", "discount_forever"),
    ("discount_forever", "discount_cycles"),
)


def _subscription_changes(args: argparse.Namespace) -> dict[str, Any]:
    from cadence.services import subscriptions

    for first, second in _CONTRADICTIONS:
        if all(getattr(args, name, None) not in (None, False) for name in (first, second)):
            raise UsageError(f"{flag_name(first, {})} cannot go with {flag_name(second, {})}")
    changes = given(args, subscriptions.SubscriptionData)
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
                print_one(subscriptions.get_subscription(session, args.id), args.format)
            return EXIT_OK
        with database.transaction() as session:
            if action == "add":
                changes = _subscription_changes(args)
                missing = [
                    flag_name(name, _SUBSCRIPTION_FLAGS)
                    for name in ("customer_id", "plan_id")
                    if name not in changes
                ]
                if missing:
                    raise UsageError(f"a new subscription needs {', '.join(missing)}")
                changes.setdefault("start_date", context.today)
                record = with_flags(
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
                record = with_flags(
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

    return run_on_database(context, work)


def _customer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="full name, or the company's legal name")
    parser.add_argument("--kind", type=choice(CustomerKind), help="individual or company")
    parser.add_argument("--contact", dest="contact_name", help="contact person at a company")
    parser.add_argument("--email", help="e-mail address, for invoices and reminders")
    parser.add_argument("--phone", help="phone number")
    parser.add_argument("--address", dest="address_line1", help="street address")
    parser.add_argument("--address2", dest="address_line2", help="second address line")
    parser.add_argument("--postal-code", help="postcode")
    parser.add_argument("--city", help="city")
    parser.add_argument("--country", help="two-letter code, FR by default")
    parser.add_argument(
        "--delivery-address", dest="delivery_address_line1", help="where goods go, if elsewhere"
    )
    parser.add_argument(
        "--delivery-address2", dest="delivery_address_line2", help="second delivery address line"
    )
    parser.add_argument("--delivery-postal-code", help="postcode of the delivery address")
    parser.add_argument("--delivery-city", help="city of the delivery address")
    parser.add_argument("--delivery-country", help="country of the delivery address, two letters")
    parser.add_argument("--siren", help="SIREN of a company, 9 digits")
    parser.add_argument("--vat-number", help="intra-community VAT number of a company")
    parser.add_argument("--language", type=choice(Language), help="fr or en")
    parser.add_argument(
        "--payment-method",
        type=choice(PaymentMethod),
        help=f"how they usually pay: {one_of(PaymentMethod)}",
    )
    parser.add_argument("--iban", help="their bank account, for direct debits")
    parser.add_argument("--bic", help="their bank's BIC")
    parser.add_argument(
        "--invoice-by-email",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="send their invoices by e-mail",
    )
    parser.add_argument("--notes", help="private notes")


def _plan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="name of the plan, as on invoices")
    parser.add_argument("--item", dest="item_id", type=record_id, help="catalogue item id")
    parser.add_argument("--price", dest="unit_price", type=amount, help="unit price excl. VAT")
    parser.add_argument("--currency", help="EUR, USD … (new plans: the company's)")
    parser.add_argument("--vat-rate", type=amount, help="percent: 20, 10, 5.5, 2.1 …")
    parser.add_argument("--every", type=interval, help="billing cycle: “1 month”, “3 months”")
    parser.add_argument(
        "--day-rule",
        type=choice(DayRule),
        help=f"which day of the month it bills on: {one_of(DayRule)}",
    )
    parser.add_argument(
        "--billing-day", dest="fixed_day", type=int, help="with --day-rule fixed-day"
    )
    parser.add_argument("--timing", type=choice(BillingTiming), help="advance or arrears")
    parser.add_argument("--trial", type=interval, help="“14 days”, or 0 for none")
    parser.add_argument("--commitment", type=interval, help="“12 months”, or 0 for none")
    parser.add_argument(
        "--early-termination",
        type=choice(EarlyTermination),
        help=f"cost of leaving during the commitment: {one_of(EarlyTermination)}",
    )
    parser.add_argument("--notice", type=interval, help="notice period, or 0 for none")
    parser.add_argument(
        "--grace-days", type=positive_int, help="days past the due date before past due"
    )
    parser.add_argument(
        "--renewal",
        dest="renewal_rule",
        type=choice(RenewalRule),
        help=f"what happens after each cycle: {one_of(RenewalRule)}",
    )
    parser.add_argument("--fixed-cycles", type=int, help="with --renewal fixed-cycles")
    parser.add_argument(
        "--renewal-notice-days",
        type=int,
        help="days before a renewal (or the last day to refuse it) that the customer is "
        "told; 0: no notice",
    )
    parser.add_argument(
        "--renewal-offer", help="a paragraph the renewal notices carry, such as an offer"
    )
    parser.add_argument("--description", help="description, as on invoices")
    parser.add_argument("--terms", help="terms and conditions")
    parser.add_argument(
        "--invoice-series",
        dest="invoice_series_id",
        type=record_id,
        help="numbering series id (default: the company's)",
    )
    parser.add_argument(
        "--available-from", type=parse_date, help="first day it can be sold (new plans: today)"
    )


def _subscription_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", dest="customer_id", type=record_id, help="customer id")
    parser.add_argument("--plan", dest="plan_id", type=record_id, help="plan id")
    parser.add_argument(
        "--start", dest="start_date", type=parse_date, help="first day of service (new ones: today)"
    )
    parser.add_argument("--quantity", type=int, help="number of units (new ones: 1)")
    parser.add_argument(
        "--price", dest="unit_price_override", type=amount, help="a negotiated unit price"
    )
    # argparse formats help texts with %: a literal percent sign is written %%.
    parser.add_argument("--discount", type=discount, help="“10%%” or an amount such as 5,00")
    parser.add_argument("--discount-cycles", type=int, help="cycles discounted (default: all)")
    parser.add_argument("--reference", dest="customer_reference", help="customer's order number")
    parser.add_argument("--notes", help="private notes")


def _list_parser(actions: argparse._SubParsersAction[Parser], common: Parser, what: str) -> Parser:
    return actions.add_parser("list", parents=[common], help=f"list the {what}s")


def _id_parser(
    actions: argparse._SubParsersAction[Parser],
    common: Parser,
    action: str,
    what: str,
    helptext: str,
) -> Parser:
    parser = actions.add_parser(action, parents=[common], help=helptext)
    parser.add_argument("id", type=record_id, help=f"{what} id")
    return parser


def register(
    commands: argparse._SubParsersAction[Parser], common: Parser
) -> argparse._SubParsersAction[Parser]:
    """Add the record commands; return the subscription actions, which billing extends."""
    customer_parser = commands.add_parser("customer", parents=[common], help="customers")
    customer_parser.set_defaults(handler=command_customer)
    customer_commands = customer_parser.add_subparsers(
        dest="customer_command", metavar="ACTION", required=True
    )
    listing = _list_parser(customer_commands, common, "customer")
    listing.add_argument("--search", default="", help="part of a name, e-mail, city …")
    listing.add_argument("--archived", action="store_true", help="include archived customers")
    listing.add_argument("--limit", type=positive_int, help="list at most this many")
    format_option(listing)
    show = _id_parser(customer_commands, common, "show", "customer", "show one customer")
    format_option(show, csv=False)
    _customer_options(customer_commands.add_parser("add", parents=[common], help="add a customer"))
    update = _id_parser(
        customer_commands, common, "update", "customer", "change some of a customer's details"
    )
    _customer_options(update)
    _id_parser(customer_commands, common, "archive", "customer", "hide a customer who has left")
    _id_parser(customer_commands, common, "restore", "customer", "bring back an archived customer")

    item_parser = commands.add_parser("item", parents=[common], help="catalogue items")
    item_parser.set_defaults(handler=command_item)
    item_commands = item_parser.add_subparsers(dest="item_command", metavar="ACTION", required=True)
    listing = _list_parser(item_commands, common, "catalogue item")
    listing.add_argument("--archived", action="store_true", help="include archived items")
    format_option(listing)
    for action in ("add", "update"):
        if action == "add":
            item = item_commands.add_parser(action, parents=[common], help="add a catalogue item")
        else:
            item = _id_parser(item_commands, common, action, "item", "change an item")
        item.add_argument("--name", help="name of the item, as on invoices")
        item.add_argument("--kind", type=choice(ItemKind), help="service or goods")
        item.add_argument("--vat-rate", type=amount, help="percent: 20, 10, 5.5, 2.1 …")
        item.add_argument("--unit", dest="unit_label", help="“licence”, “box”, “hour” …")
        item.add_argument("--description", help="description, as on invoices")

    plan_parser = commands.add_parser("plan", parents=[common], help="plans of the catalogue")
    plan_parser.set_defaults(handler=command_plan)
    plan_commands = plan_parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    listing = _list_parser(plan_commands, common, "plan")
    listing.add_argument("--archived", action="store_true", help="include archived plans")
    format_option(listing)
    show = _id_parser(plan_commands, common, "show", "plan", "show one plan")
    format_option(show, csv=False)
    _plan_options(plan_commands.add_parser("add", parents=[common], help="add a plan"))
    update = _id_parser(plan_commands, common, "update", "plan", "change a plan")
    _plan_options(update)
    _id_parser(plan_commands, common, "archive", "plan", "stop selling a plan")
    _id_parser(plan_commands, common, "restore", "plan", "sell an archived plan again")

    subscription_parser = commands.add_parser(
        "subscription", parents=[common], help="subscriptions"
    )
    subscription_commands = subscription_parser.add_subparsers(
        dest="subscription_command", metavar="ACTION", required=True
    )
    # Each action names its handler: billing adds actions with handlers of its own.
    listing = _list_parser(subscription_commands, common, "subscription")
    listing.set_defaults(handler=command_subscription)
    listing.add_argument("--customer", type=record_id, help="only this customer's (id)")
    listing.add_argument("--plan", type=record_id, help="only this plan's (id)")
    listing.add_argument(
        "--status",
        type=choice(SubscriptionStatus),
        action="append",
        help=f"only in this status, may be repeated: {one_of(SubscriptionStatus)}",
    )
    listing.add_argument("--archived", action="store_true", help="include archived subscriptions")
    listing.add_argument("--limit", type=positive_int, help="list at most this many")
    format_option(listing)
    show = _id_parser(
        subscription_commands, common, "show", "subscription", "show one subscription"
    )
    format_option(show, csv=False)
    add = subscription_commands.add_parser(
        "add", parents=[common], help="subscribe a customer to a plan"
    )
    _subscription_options(add)
    update = _id_parser(
        subscription_commands, common, "update", "subscription", "correct a subscription's details"
    )
    _subscription_options(update)
    update.add_argument("--no-discount", action="store_true", help="remove the discount")
    update.add_argument("--discount-forever", action="store_true", help="discount every cycle")
    archive = _id_parser(
        subscription_commands,
        common,
        "archive",
        "subscription",
        "hide a cancelled or ended subscription",
    )
    for parser in (show, add, update, archive):
        parser.set_defaults(handler=command_subscription)
    return subscription_commands
