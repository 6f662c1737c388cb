"""Subscriptions: create, update before they start, archive when over, list, and
what each brings in a month (MRR).

Changing the plan or quantity of a running subscription (with proration),
pausing and cancelling belong to the billing engine, which knows what has
been invoiced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    case,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, joinedload

from cadence.domain.billing import Pause
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.errors import ConflictError, FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.lifecycle import (
    FINISHED_STATUSES,
    CancellationReason,
    SubscriptionStatus,
    initial_status,
    subscription_dates,
)
from cadence.domain.money import check_places, price_to_show, round_money
from cadence.domain.periods import Interval, years_from
from cadence.domain.revenue import RevenueState
from cadence.domain.text import clean_text, search_key
from cadence.services.catalogue import plan_terms
from cadence.services.common import (
    NEGATIVE_PRICE,
    RANGE_MESSAGE,
    Event,
    apply_changes,
    check_range,
    fetch,
    optional_line,
    prefixed,
    record_event,
    record_events,
)
from cadence.services.customers import require_active_customer
from cadence.services.revenue import (
    DayRevenue,
    paying_mrr_on,
    refresh_revenue_history,
    revenue_on,
)
from cadence.store.functions import stored_integer
from cadence.store.models import Customer, Plan, Subscription, SubscriptionPause

_PLAN_ARCHIVED = QT_TRANSLATE_NOOP(
    "Messages", "the plan “{name}” is no longer sold; choose another"
)
_BEFORE_PLAN = QT_TRANSLATE_NOOP(
    "Messages", "the plan “{name}” is sold from {available_from}; start on or after it"
)
_DISCOUNT_VALUE = QT_TRANSLATE_NOOP("Messages", "enter the discount's value")
_DISCOUNT_WITHOUT_KIND = QT_TRANSLATE_NOOP(
    "Messages", "choose a percentage or an amount for the discount"
)
_STARTED = QT_TRANSLATE_NOOP(
    "Messages",
    "the subscription started on {start}; change its plan or quantity with proration instead",
)
_RUNNING = QT_TRANSLATE_NOOP(
    "Messages", "only a cancelled or ended subscription can be archived; this one is {status}"
)
_DISCOUNT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages", "the discount ({discount}) is larger than the cycle's price ({price})"
)
_START_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "the start date must be within ten years of today ({today})"
)

MAX_QUANTITY = 1_000_000
MAX_YEARS_AWAY = 10


@dataclass(frozen=True)
class SubscriptionData:
    customer_id: int
    plan_id: int
    start_date: date
    quantity: int = 1
    unit_price_override: Decimal | None = None
    discount_kind: DiscountKind | None = None
    discount_value: Decimal | None = None
    discount_cycles: int | None = None  # None: forever
    customer_reference: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SubscriptionRecord:
    id: int
    unit_price_override: Decimal | None
    customer_id: int
    customer_name: str
    plan_id: int
    plan_name: str
    quantity: int
    unit_price: Decimal  # the price that applies: the override, else the plan's
    currency: str
    discount: Discount | None
    start_date: date
    trial_end: date | None
    billing_anchor: date
    commitment_end: date | None
    status: SubscriptionStatus
    next_billing_date: date | None
    cancel_at_period_end: bool
    cancellation_reason: CancellationReason | None
    ended_on: date | None
    customer_reference: str | None
    notes: str
    archived: bool


def discount_of(subscription: Subscription) -> Discount | None:
    if subscription.discount_kind is None or subscription.discount_value is None:
        return None
    return Discount(
        subscription.discount_kind, subscription.discount_value, subscription.discount_cycles
    )


def recurring_net(subscription: Subscription) -> Decimal:
    """What a full cycle costs excl. VAT at the subscription's price, after a discount
    that lasts for ever (one limited to the first cycles is left out)."""
    plan = subscription.plan
    override = subscription.unit_price_override
    price: Decimal = plan.unit_price if override is None else override
    net = round_money(price * subscription.quantity, plan.currency)
    discount = discount_of(subscription)
    if discount is not None and discount.is_permanent:
        net -= discount.amount_off(net, plan.currency)
    return net


def _record(subscription: Subscription) -> SubscriptionRecord:
    plan = subscription.plan
    return SubscriptionRecord(
        id=subscription.id,
        customer_id=subscription.customer_id,
        customer_name=subscription.customer.name,
        plan_id=plan.id,
        plan_name=plan.name,
        unit_price_override=subscription.unit_price_override,
        quantity=subscription.quantity,
        unit_price=price_to_show(
            plan.unit_price
            if subscription.unit_price_override is None
            else subscription.unit_price_override
        ),
        currency=plan.currency,
        discount=discount_of(subscription),
        start_date=subscription.start_date,
        trial_end=subscription.trial_end,
        billing_anchor=subscription.billing_anchor,
        commitment_end=subscription.commitment_end,
        status=subscription.status,
        next_billing_date=subscription.next_billing_date,
        cancel_at_period_end=subscription.cancel_at_period_end,
        cancellation_reason=subscription.cancellation_reason,
        ended_on=subscription.ended_on,
        customer_reference=subscription.customer_reference,
        notes=subscription.notes,
        archived=subscription.archived,
    )


# What the owner chooses; the rest (dates, status) follows from it and the plan.
_CHOSEN_TERMS = (
    "customer_id",
    "plan_id",
    "start_date",
    "quantity",
    "unit_price_override",
    "discount_kind",
    "discount_value",
    "discount_cycles",
)
_FREE_TO_CHANGE = ("customer_reference", "notes")


def _validate(
    session: Session, data: SubscriptionData, *, today: date, current: Subscription | None
) -> dict[str, object]:
    """Check `data`; for an edit (`current`), an unchanged customer or plan is not re-judged."""
    errors = FieldErrors()
    if current is None or data.customer_id != current.customer_id:
        errors.check("customer_id", lambda: require_active_customer(session, data.customer_id))
    plan = errors.check("plan_id", lambda: fetch(session, Plan, data.plan_id, "plan"))
    if plan is not None and plan.archived and (current is None or plan.id != current.plan_id):
        errors.add("plan_id", message(_PLAN_ARCHIVED, name=plan.name))
    start_moved = current is None or data.start_date != current.start_date
    if start_moved and not (
        years_from(today, -MAX_YEARS_AWAY) <= data.start_date <= years_from(today, MAX_YEARS_AWAY)
    ):
        # Ten years to the day; a subscription that started longer ago keeps its date.
        errors.add("start_date", message(_START_RANGE, today=today))
    elif plan is not None and data.start_date < plan.available_from:
        errors.add(
            "start_date",
            message(_BEFORE_PLAN, name=plan.name, available_from=plan.available_from),
        )
    errors.check("quantity", lambda: check_range(data.quantity, 1, MAX_QUANTITY, RANGE_MESSAGE))
    price = data.unit_price_override
    if price is not None:
        if price < 0:
            errors.add("unit_price_override", message(NEGATIVE_PRICE))
        price = errors.check("unit_price_override", lambda: check_places(price or Decimal(0), 4))
    discount = _validate_discount(errors, data)
    if discount is not None and plan is not None and not errors.has("quantity"):
        cycle_price = (price if price is not None else plan.unit_price) * data.quantity
        if discount.kind is DiscountKind.AMOUNT and discount.value > cycle_price:
            errors.add(
                "discount_value",
                message(
                    _DISCOUNT_TOO_LARGE,
                    discount=discount.value,
                    price=price_to_show(cycle_price),
                ),
            )
    values: dict[str, object] = {
        "customer_id": data.customer_id,
        "plan_id": data.plan_id,
        "quantity": data.quantity,
        "unit_price_override": price,
        "discount_kind": discount.kind if discount else None,
        "discount_value": discount.value if discount else None,
        "discount_cycles": discount.cycles if discount else None,
        "start_date": data.start_date,
        "customer_reference": optional_line(
            errors, "customer_reference", data.customer_reference, 100
        ),
        "notes": errors.check("notes", lambda: clean_text(data.notes, maximum=5000)),
    }
    errors.raise_if_any()
    assert plan is not None
    terms = plan_terms(plan)
    # Near the ends of the calendar, the trial or the commitment may end past it.
    dates = errors.check("start_date", lambda: subscription_dates(data.start_date, terms))
    errors.raise_if_any()
    assert dates is not None
    values.update(
        trial_end=dates.trial_end,
        billing_anchor=dates.billing_anchor,
        billing_from=dates.service_start,
        cycle_start=dates.service_start,
        commitment_end=dates.commitment_end,
        next_billing_date=dates.first_billing_date,
        status=initial_status(dates, today),
    )
    return values


def _validate_discount(errors: FieldErrors, data: SubscriptionData) -> Discount | None:
    if data.discount_kind is None:
        if data.discount_value is not None or data.discount_cycles is not None:
            errors.add("discount_kind", message(_DISCOUNT_WITHOUT_KIND))
        return None
    if data.discount_value is None:
        errors.add("discount_value", message(_DISCOUNT_VALUE))
        return None
    kind, value = data.discount_kind, data.discount_value
    if data.discount_cycles is not None:
        cycles_ok = errors.check(
            "discount_cycles",
            lambda: Discount(kind, Decimal(1), data.discount_cycles),
        )
        if cycles_ok is None:
            return None
    return errors.check("discount_value", lambda: Discount(kind, value, data.discount_cycles))


def create_subscription(
    session: Session, data: SubscriptionData, *, today: date, actor: str = "user"
) -> SubscriptionRecord:
    """Subscribe a customer to a plan; the first billing date follows from the plan's terms."""
    return create_subscriptions(session, [data], today=today, actor=actor)[0]


def create_subscriptions(
    session: Session,
    data: Sequence[SubscriptionData],
    *,
    today: date,
    created_on: Sequence[date] | None = None,
    actor: str = "user",
) -> list[SubscriptionRecord]:
    """Create subscriptions all at once or none (an import), each checked first; a wrong
    field is named `N.field` for the N-th when there are several. Statuses are as of
    `today`; `created_on` gives each its own creation date (default: today)."""
    days = list(created_on) if created_on is not None else [today] * len(data)
    # Loaded once and held here, so each row's checks find them in the session.
    _held = [
        *session.scalars(
            select(Customer).where(Customer.id.in_({item.customer_id for item in data}))
        ),
        *session.scalars(select(Plan).where(Plan.id.in_({item.plan_id for item in data}))),
    ]
    checked = [
        prefixed(partial(_validate, session, item, today=today, current=None), position, len(data))
        for position, item in enumerate(data, start=1)
    ]
    subscriptions = [
        Subscription(**values, cancel_at_period_end=False, archived=False, created_on=day)
        for values, day in zip(checked, days, strict=True)
    ]
    session.add_all(subscriptions)
    session.flush()
    refresh_revenue_history(session, [subscription.id for subscription in subscriptions])
    record_events(
        session,
        actor,
        "subscription",
        "created",
        [
            Event(
                subscription.created_on,
                subscription.id,
                f"{subscription.customer.name} — {subscription.plan.name}",
                {"status": subscription.status, "start_date": subscription.start_date},
            )
            for subscription in subscriptions
        ],
    )
    return [_record(subscription) for subscription in subscriptions]


def update_subscription(
    session: Session,
    subscription_id: int,
    data: SubscriptionData,
    *,
    today: date,
    actor: str = "user",
) -> SubscriptionRecord:
    """Edit a subscription. Once it has started, only its reference and notes change here."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    values = _validate(session, data, today=today, current=subscription)
    if subscription.start_date <= today:
        if any(getattr(subscription, name) != values[name] for name in _CHOSEN_TERMS):
            raise ConflictError(message(_STARTED, start=subscription.start_date))
        values = {name: values[name] for name in _FREE_TO_CHANGE}
    changed = apply_changes(subscription, values)
    if changed:
        refresh_revenue_history(session, [subscription.id])
        record_event(
            session, today, actor, "subscription", subscription.id, "updated", details=changed
        )
    return _record(subscription)


def archive_subscription(
    session: Session, subscription_id: int, *, today: date, actor: str = "user"
) -> SubscriptionRecord:
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    if subscription.status not in FINISHED_STATUSES:
        raise ConflictError(message(_RUNNING, status=subscription.status.value))
    if not subscription.archived:
        subscription.archived = True
        record_event(session, today, actor, "subscription", subscription.id, "archived")
    return _record(subscription)


def get_subscription(session: Session, subscription_id: int) -> SubscriptionRecord:
    return _record(fetch(session, Subscription, subscription_id, "subscription"))


def list_subscriptions(
    session: Session,
    *,
    customer_id: int | None = None,
    plan_id: int | None = None,
    statuses: frozenset[SubscriptionStatus] | None = None,
    include_archived: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[SubscriptionRecord]:
    query = (
        select(Subscription)
        .join(Subscription.customer)
        .options(joinedload(Subscription.customer), joinedload(Subscription.plan))
        .order_by(Customer.name, Subscription.start_date, Subscription.id)
        .offset(offset)
        .limit(limit)
    )
    if customer_id is not None:
        query = query.where(Subscription.customer_id == customer_id)
    if plan_id is not None:
        query = query.where(Subscription.plan_id == plan_id)
    if statuses:
        query = query.where(Subscription.status.in_(statuses))
    if not include_archived:
        query = query.where(Subscription.archived.is_(False))
    return [_record(subscription) for subscription in session.scalars(query)]


def subscription_data(record: SubscriptionRecord) -> SubscriptionData:
    """The editable form of a subscription, to change some fields and save it back."""
    discount = record.discount
    return SubscriptionData(
        customer_id=record.customer_id,
        plan_id=record.plan_id,
        start_date=record.start_date,
        quantity=record.quantity,
        unit_price_override=record.unit_price_override,
        discount_kind=discount.kind if discount else None,
        discount_value=discount.value if discount else None,
        discount_cycles=discount.cycles if discount else None,
        customer_reference=record.customer_reference or "",
        notes=record.notes,
    )


# -- the table of subscriptions -----------------------------------------------------


@dataclass(frozen=True)
class SubscriptionRow:
    """One line of the subscriptions table: enough to show it and to know what the
    owner may do with it."""

    id: int
    customer_id: int
    customer_name: str
    plan_id: int
    plan_name: str
    quantity: int
    unit_price: Decimal  # excl. VAT: the negotiated price, else the plan's
    negotiated: bool  # the price was agreed with this customer
    currency: str
    interval: Interval  # the billing cycle
    status: SubscriptionStatus
    start_date: date
    trial_end: date | None
    commitment_end: date | None
    next_billing_date: date | None
    cancellation_effective_on: date | None  # a scheduled end, while it is still to come
    ended_on: date | None
    pause: Pause | None  # the pause in progress, else the next one planned
    discount: Discount | None
    # What it brings a month today (0 unless paying), as the revenue reports count it.
    mrr: Decimal
    revenue_state: RevenueState | None  # today; None before its start or after its end
    archived: bool


# Status order for sorting: from not yet paying, through paying, to over.
_STATUS_ORDER = case(
    *((Subscription.status == status, rank) for rank, status in enumerate(SubscriptionStatus)),
    else_=len(SubscriptionStatus),
)
SORT_KEYS = (
    "customer",
    "plan",
    "quantity",
    "price",
    "status",
    "start_date",
    "next_billing_date",
    "mrr",
)


def _ordering(sort: str, descending: bool, today: date) -> list[Any]:
    """The ORDER BY of a page of subscription ids (sorts other than by customer)."""

    def direction(column: Any) -> Any:
        return column.desc() if descending else column.asc()

    # Ties in customer order: search_text starts with the folded name.
    by_customer = [Customer.search_text, Subscription.id]
    if sort == "next_billing_date":
        # Subscriptions with nothing left to bill come last either way.
        return [
            Subscription.next_billing_date.is_(None),
            direction(Subscription.next_billing_date),
            *by_customer,
        ]
    primary: dict[str, Any] = {
        "plan": Plan.name,
        "quantity": Subscription.quantity,
        "price": func.coalesce(
            stored_integer(Subscription.unit_price_override), stored_integer(Plan.unit_price)
        ),
        "status": _STATUS_ORDER,
        "start_date": Subscription.start_date,
        "mrr": paying_mrr_on(today),
    }
    if sort not in primary:
        raise ValueError(f"cannot sort subscriptions by {sort!r}")
    return [direction(primary[sort]), *by_customer]


def _page_ids(
    conditions: Sequence[ColumnElement[bool]], sort: str, descending: bool, today: date
) -> Select[int] | CompoundSelect[int, str, int]:
    """The query of the ids of a page, in order; only ids, so that sorting a hundred
    thousand subscriptions moves small records."""
    if sort != "customer":
        return (
            select(Subscription.id)
            .join(Customer, Customer.id == Subscription.customer_id)
            .join(Plan, Plan.id == Subscription.plan_id)
            .where(*conditions)
            .order_by(*_ordering(sort, descending, today))
        )
    # Alphabetical order comes from the customers' (archived, search_text) index, one
    # run per value of `archived`: SQLite merges the two runs as it reads them and
    # stops at the page's end, where one query would sort every subscription first.
    runs = [
        select(
            Subscription.id.label("subscription_id"),
            Customer.search_text.label("customer_key"),
            Customer.id.label("customer_id"),
        )
        .join(Subscription, Subscription.customer_id == Customer.id)
        .where(Customer.archived == archived, *conditions)
        for archived in (False, True)
    ]
    merged = union_all(*runs)
    columns = merged.selected_columns
    order = [columns.customer_key, columns.customer_id, columns.subscription_id]
    return merged.order_by(*(column.desc() if descending else column.asc() for column in order))


def _pauses_ahead(
    session: Session, subscription_ids: Sequence[int], today: date
) -> dict[int, Pause]:
    """Each subscription's pause in progress on `today`, or else its next one."""
    found: dict[int, Pause] = {}
    rows = session.execute(
        select(
            SubscriptionPause.subscription_id,
            SubscriptionPause.start_date,
            SubscriptionPause.end_date,
        )
        .where(
            SubscriptionPause.subscription_id.in_(subscription_ids),
            SubscriptionPause.end_date.is_(None) | (SubscriptionPause.end_date > today),
        )
        .order_by(SubscriptionPause.start_date)
    )
    for subscription_id, start, end in rows:
        found.setdefault(subscription_id, Pause(start, end))
    return found


def list_subscription_rows(
    session: Session,
    *,
    today: date,
    search: str = "",
    statuses: frozenset[SubscriptionStatus] | None = None,
    archived: bool = False,
    sort: str = "customer",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[SubscriptionRow]:
    """A page of the subscriptions table: the archived ones or the others, of the
    given statuses, whose customer (name, e-mail, city … as in the customers'
    search) or plan name contains every word of `search`, ignoring case and accents;
    sorted by one of `SORT_KEYS`. `today` says which pause is the current one."""
    conditions: list[ColumnElement[bool]] = [Subscription.archived == archived]
    if statuses:
        conditions.append(Subscription.status.in_(statuses))
    words = search_key(search).split()
    if words:
        # A business has a handful of plans: their names are folded here, and each
        # word matches the customer's indexed search text or one of those plans.
        plan_names = [
            (plan_id, search_key(name))
            for plan_id, name in session.execute(select(Plan.id, Plan.name))
        ]
        for word in words:
            in_customer = Customer.search_text.contains(word, autoescape=True)
            matching_plans = [plan_id for plan_id, folded in plan_names if word in folded]
            # Without a plan to match, the plain condition lets SQLite look for the
            # customers first, in their index, instead of at every subscription.
            conditions.append(
                or_(in_customer, Subscription.plan_id.in_(matching_plans))
                if matching_plans
                else in_customer
            )
    ids = list(
        session.scalars(_page_ids(conditions, sort, descending, today).offset(offset).limit(limit))
    )
    if not ids:
        return []
    # Columns rather than whole rows: a page of 200 loads in a few milliseconds.
    found = {
        row.id: row
        for row in session.execute(
            select(*_ROW_COLUMNS)
            .join(Customer, Customer.id == Subscription.customer_id)
            .where(Subscription.id.in_(ids))
        )
    }
    plans = {
        row.id: row
        for row in session.execute(
            select(
                Plan.id,
                Plan.name,
                Plan.unit_price,
                Plan.currency,
                Plan.interval_count,
                Plan.interval_unit,
            ).where(Plan.id.in_({row.plan_id for row in found.values()}))
        )
    }
    pauses = _pauses_ahead(session, ids, today)
    revenue = revenue_on(session, ids, today)
    return [
        _row(found[subscription_id], plans[found[subscription_id].plan_id], pauses, revenue)
        for subscription_id in ids
    ]


_ROW_COLUMNS = (
    Subscription.id,
    Subscription.customer_id,
    Customer.name.label("customer_name"),
    Subscription.plan_id,
    Subscription.quantity,
    Subscription.unit_price_override,
    Subscription.discount_kind,
    Subscription.discount_value,
    Subscription.discount_cycles,
    Subscription.status,
    Subscription.start_date,
    Subscription.trial_end,
    Subscription.commitment_end,
    Subscription.next_billing_date,
    Subscription.cancellation_effective_on,
    Subscription.ended_on,
    Subscription.archived,
)


def _row(
    found: Any,
    plan: Any,
    pauses: dict[int, Pause],
    revenue: dict[int, DayRevenue],
) -> SubscriptionRow:
    """A table row from a row of `_ROW_COLUMNS` and its plan's columns."""
    negotiated = found.unit_price_override is not None
    unit_price: Decimal = found.unit_price_override if negotiated else plan.unit_price
    interval = Interval(plan.interval_count, plan.interval_unit)
    discount = (
        Discount(found.discount_kind, found.discount_value, found.discount_cycles)
        if found.discount_kind is not None
        else None
    )
    return SubscriptionRow(
        id=found.id,
        customer_id=found.customer_id,
        customer_name=found.customer_name,
        plan_id=plan.id,
        plan_name=plan.name,
        quantity=found.quantity,
        unit_price=price_to_show(unit_price),
        negotiated=negotiated,
        currency=plan.currency,
        interval=interval,
        status=found.status,
        start_date=found.start_date,
        trial_end=found.trial_end,
        commitment_end=found.commitment_end,
        next_billing_date=found.next_billing_date,
        cancellation_effective_on=found.cancellation_effective_on,
        ended_on=found.ended_on,
        pause=pauses.get(found.id),
        discount=discount,
        mrr=revenue[found.id].mrr if found.id in revenue else Decimal("0.00"),
        revenue_state=revenue[found.id].state if found.id in revenue else None,
        archived=found.archived,
    )
