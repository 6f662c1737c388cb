"""The catalogue: items (what is sold) and plans (how it is sold on a cycle)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from cadence.domain.catalogue import (
    BillingTiming,
    EarlyTermination,
    ItemKind,
    PlanTerms,
    RenewalRule,
    billable_currency,
    check_fixed_term,
)
from cadence.domain.errors import ConflictError, FieldErrors, ValidationError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.lifecycle import FINISHED_STATUSES
from cadence.domain.money import check_places, price_to_show, validate_currency
from cadence.domain.periods import DayRule, Interval, IntervalUnit, validate_day_rule
from cadence.domain.tax import validate_vat_rate
from cadence.domain.text import clean_text, search_key
from cadence.services.common import (
    NEGATIVE_PRICE,
    NOT_ARCHIVED,
    RANGE_MESSAGE,
    apply_changes,
    check_range,
    fetch,
    optional_line,
    record_event,
    required_line,
)
from cadence.services.revenue import record_plan_price
from cadence.store.models import CatalogueItem, NumberSeries, Plan, Subscription

_NAME_TAKEN = QT_TRANSLATE_NOOP("Messages", "another {what} is already called “{name}”")
_ITEM_ARCHIVED = QT_TRANSLATE_NOOP(
    "Messages", "the item “{name}” is archived; restore it or choose another"
)
_CYCLES_NEEDED = QT_TRANSLATE_NOOP("Messages", "say after how many cycles the subscription ends")
_CYCLES_UNWANTED = QT_TRANSLATE_NOOP(
    "Messages", "only a plan with a fixed number of cycles has a cycle count"
)
_LOCKED = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} subscription(s) follow this plan's cycle; its {fields} cannot change. "
    "Create a new plan and move subscribers to it instead",
)
_SERIES_KIND = QT_TRANSLATE_NOOP("Messages", "this numbering series is not for invoices")
_FIXED_DAY_UNWANTED = QT_TRANSLATE_NOOP(
    "Messages",
    "the billing day only applies to the fixed-day rule: choose that rule, or no billing day",
)
_AFTER_FIRST_START = QT_TRANSLATE_NOOP(
    "Messages", "a subscription to this plan starts on {start}; the plan must exist by then"
)

MAX_GRACE_DAYS = 90
MAX_RENEWAL_NOTICE_DAYS = 365
MAX_FIXED_CYCLES = 999
MAX_RENEWAL_OFFER = 2000


@dataclass(frozen=True)
class ItemData:
    name: str
    kind: ItemKind = ItemKind.SERVICE
    vat_rate: Decimal = Decimal("20")
    description: str = ""
    unit_label: str = ""


@dataclass(frozen=True)
class ItemRecord:
    id: int
    name: str
    kind: ItemKind
    vat_rate: Decimal
    description: str
    unit_label: str | None
    archived: bool


def _item_record(item: CatalogueItem) -> ItemRecord:
    return ItemRecord(
        id=item.id,
        name=item.name,
        kind=item.kind,
        vat_rate=item.vat_rate,
        description=item.description,
        unit_label=item.unit_label,
        archived=item.archived,
    )


def _name_taken(
    session: Session, model: type[CatalogueItem] | type[Plan], name: str, except_id: int | None
) -> bool:
    query = select(model.id).where(
        func.lower(model.name) == name.lower(), model.archived.is_(False)
    )
    if except_id is not None:
        query = query.where(model.id != except_id)
    return session.scalar(query.limit(1)) is not None


def _validate_item(session: Session, data: ItemData, item_id: int | None) -> dict[str, object]:
    errors = FieldErrors()
    name = required_line(errors, "name", data.name, 200)
    if name and _name_taken(session, CatalogueItem, name, item_id):
        errors.add("name", message(_NAME_TAKEN, what="item", name=name))
    values: dict[str, object] = {
        "name": name,
        "kind": data.kind,
        "vat_rate": errors.check("vat_rate", lambda: validate_vat_rate(data.vat_rate)),
        "description": errors.check(
            "description", lambda: clean_text(data.description, maximum=2000)
        ),
        "unit_label": optional_line(errors, "unit_label", data.unit_label, 40),
    }
    errors.raise_if_any()
    return values


def create_item(
    session: Session, data: ItemData, *, today: date, actor: str = "user"
) -> ItemRecord:
    item = CatalogueItem(**_validate_item(session, data, None), archived=False, created_on=today)
    session.add(item)
    session.flush()
    record_event(session, today, actor, "item", item.id, "created", summary=item.name)
    return _item_record(item)


def update_item(
    session: Session, item_id: int, data: ItemData, *, today: date, actor: str = "user"
) -> ItemRecord:
    item = fetch(session, CatalogueItem, item_id, "item")
    apply_changes(item, _validate_item(session, data, item_id))
    record_event(session, today, actor, "item", item.id, "updated", summary=item.name)
    return _item_record(item)


def get_item(session: Session, item_id: int) -> ItemRecord:
    return _item_record(fetch(session, CatalogueItem, item_id, "item"))


def list_items(session: Session, *, include_archived: bool = False) -> list[ItemRecord]:
    query = select(CatalogueItem).order_by(CatalogueItem.name, CatalogueItem.id)
    if not include_archived:
        query = query.where(CatalogueItem.archived.is_(False))
    return [_item_record(item) for item in session.scalars(query)]


@dataclass(frozen=True)
class PlanData:
    """A plan as typed in a form; a count of 0 means "none" for trial, commitment and notice."""

    name: str
    item_id: int
    unit_price: Decimal
    available_from: date
    currency: str = "EUR"
    vat_rate: Decimal = Decimal("20")
    interval_count: int = 1
    interval_unit: IntervalUnit = IntervalUnit.MONTH
    day_rule: DayRule = DayRule.SAME_DAY
    fixed_day: int | None = None
    timing: BillingTiming = BillingTiming.ADVANCE
    trial_count: int = 0
    trial_unit: IntervalUnit = IntervalUnit.DAY
    commitment_count: int = 0
    commitment_unit: IntervalUnit = IntervalUnit.MONTH
    early_termination: EarlyTermination = EarlyTermination.BILL_REMAINING_COMMITMENT
    notice_count: int = 0
    notice_unit: IntervalUnit = IntervalUnit.DAY
    grace_days: int = 0
    renewal_rule: RenewalRule = RenewalRule.AUTO_RENEW
    fixed_cycles: int | None = None
    renewal_notice_days: int = 30
    renewal_offer: str = ""  # a paragraph of the notices before a renewal or a term's end
    description: str = ""
    terms: str = ""
    invoice_series_id: int | None = None


@dataclass(frozen=True)
class PlanRecord:
    id: int
    name: str
    item_id: int
    item_name: str
    unit_price: Decimal
    currency: str
    vat_rate: Decimal
    terms_of_billing: PlanTerms
    early_termination: EarlyTermination
    grace_days: int
    renewal_notice_days: int
    renewal_offer: str
    description: str
    terms: str
    invoice_series_id: int | None
    available_from: date
    archived: bool


def plan_terms(plan: Plan) -> PlanTerms:
    """The plan's cycle and contract terms as domain values."""

    def interval(count: int | None, unit: IntervalUnit | None) -> Interval | None:
        return Interval(count, unit) if count and unit else None

    return PlanTerms(
        interval=Interval(plan.interval_count, plan.interval_unit),
        day_rule=plan.day_rule,
        fixed_day=plan.fixed_day,
        timing=plan.timing,
        trial=interval(plan.trial_count, plan.trial_unit),
        commitment=interval(plan.commitment_count, plan.commitment_unit),
        notice=interval(plan.notice_count, plan.notice_unit),
        renewal=plan.renewal_rule,
        fixed_cycles=plan.fixed_cycles,
    )


def _plan_record(plan: Plan) -> PlanRecord:
    return PlanRecord(
        id=plan.id,
        name=plan.name,
        item_id=plan.item_id,
        item_name=plan.item.name,
        unit_price=price_to_show(plan.unit_price),
        currency=plan.currency,
        vat_rate=plan.vat_rate,
        terms_of_billing=plan_terms(plan),
        early_termination=plan.early_termination,
        grace_days=plan.grace_days,
        renewal_notice_days=plan.renewal_notice_days,
        renewal_offer=plan.renewal_offer,
        description=plan.description,
        terms=plan.terms,
        invoice_series_id=plan.invoice_series_id,
        available_from=plan.available_from,
        archived=plan.archived,
    )


def _optional_interval(
    errors: FieldErrors, field_name: str, count: int, unit: IntervalUnit
) -> tuple[int | None, IntervalUnit | None]:
    """A trial, commitment or notice period: none when `count` is 0."""
    if count == 0:
        return None, None
    interval = errors.check(field_name, lambda: Interval(count, unit))
    return (interval.count, interval.unit) if interval else (None, None)


def _plan_currency(session: Session, code: str, plan_id: int | None) -> str:
    """A currency a plan can be invoiced in; a plan's own currency, unchanged, is not
    judged again (it may be locked by its subscribers)."""
    normalized = validate_currency(code)
    if plan_id is not None and fetch(session, Plan, plan_id, "plan").currency == normalized:
        return normalized
    return billable_currency(normalized)


def _validate_plan(session: Session, data: PlanData, plan_id: int | None) -> dict[str, object]:
    errors = FieldErrors()
    name = required_line(errors, "name", data.name, 200)
    if name and _name_taken(session, Plan, name, plan_id):
        errors.add("name", message(_NAME_TAKEN, what="plan", name=name))
    item = errors.check("item_id", lambda: fetch(session, CatalogueItem, data.item_id, "item"))
    if (
        item is not None
        and item.archived
        and (plan_id is None or fetch(session, Plan, plan_id, "plan").item_id != item.id)
    ):
        errors.add("item_id", message(_ITEM_ARCHIVED, name=item.name))
    if data.unit_price < 0:
        errors.add("unit_price", message(NEGATIVE_PRICE))
    unit_price = errors.check("unit_price", lambda: check_places(data.unit_price, 4))
    interval = errors.check(
        "interval_count", lambda: Interval(data.interval_count, data.interval_unit)
    )
    if data.fixed_day is not None and data.day_rule is not DayRule.FIXED_DAY:
        # Saved as it is, the day would be dropped without a word.
        errors.add("fixed_day", message(_FIXED_DAY_UNWANTED))
    elif interval is not None:
        errors.check(
            "fixed_day" if data.day_rule is DayRule.FIXED_DAY else "day_rule",
            lambda: validate_day_rule(interval, data.day_rule, data.fixed_day),
        )
    trial = _optional_interval(errors, "trial_count", data.trial_count, data.trial_unit)
    commitment = _optional_interval(
        errors, "commitment_count", data.commitment_count, data.commitment_unit
    )
    notice = _optional_interval(errors, "notice_count", data.notice_count, data.notice_unit)
    errors.check(
        "grace_days", lambda: check_range(data.grace_days, 0, MAX_GRACE_DAYS, RANGE_MESSAGE)
    )
    errors.check(
        "renewal_notice_days",
        lambda: check_range(data.renewal_notice_days, 0, MAX_RENEWAL_NOTICE_DAYS, RANGE_MESSAGE),
    )
    if data.renewal_rule is RenewalRule.FIXED_CYCLES:
        if data.fixed_cycles is None:
            errors.add("fixed_cycles", message(_CYCLES_NEEDED))
        else:
            cycles = errors.check(
                "fixed_cycles",
                lambda: check_range(data.fixed_cycles or 0, 1, MAX_FIXED_CYCLES, RANGE_MESSAGE),
            )
            if cycles is not None and interval is not None:
                errors.check("fixed_cycles", lambda: check_fixed_term(interval, cycles))
    elif data.fixed_cycles is not None:
        errors.add("fixed_cycles", message(_CYCLES_UNWANTED))
    if data.invoice_series_id is not None:
        series_id = data.invoice_series_id
        series = errors.check(
            "invoice_series_id",
            lambda: fetch(session, NumberSeries, series_id, "numbering series"),
        )
        if series is not None and series.kind is not InvoiceKind.INVOICE:
            errors.add("invoice_series_id", message(_SERIES_KIND))
    values: dict[str, object] = {
        "name": name,
        "item_id": data.item_id,
        "unit_price": unit_price,
        "currency": errors.check(
            "currency", lambda: _plan_currency(session, data.currency, plan_id)
        ),
        "vat_rate": errors.check("vat_rate", lambda: validate_vat_rate(data.vat_rate)),
        "interval_count": data.interval_count,
        "interval_unit": data.interval_unit,
        "day_rule": data.day_rule,
        "fixed_day": data.fixed_day if data.day_rule is DayRule.FIXED_DAY else None,
        "timing": data.timing,
        "trial_count": trial[0],
        "trial_unit": trial[1],
        "commitment_count": commitment[0],
        "commitment_unit": commitment[1],
        "early_termination": data.early_termination,
        "notice_count": notice[0],
        "notice_unit": notice[1],
        "grace_days": data.grace_days,
        "renewal_rule": data.renewal_rule,
        "fixed_cycles": data.fixed_cycles,
        "renewal_notice_days": data.renewal_notice_days,
        "renewal_offer": errors.check(
            "renewal_offer", lambda: clean_text(data.renewal_offer, maximum=MAX_RENEWAL_OFFER)
        ),
        "description": errors.check(
            "description", lambda: clean_text(data.description, maximum=2000)
        ),
        "terms": errors.check("terms", lambda: clean_text(data.terms, maximum=20000)),
        "invoice_series_id": data.invoice_series_id,
        "available_from": data.available_from,
    }
    errors.raise_if_any()
    return values


def check_plan(session: Session, data: PlanData, *, plan_id: int | None = None) -> None:
    """Check `data` as `create_plan` (or `update_plan` of `plan_id`) would, writing
    nothing: a form that cannot read one of its fields still reports all the others."""
    _validate_plan(session, data, plan_id)


# Changing these would move the billing dates of every subscriber mid-contract.
_CYCLE_FIELDS = ("interval_count", "interval_unit", "day_rule", "fixed_day", "timing", "currency")


def create_plan(
    session: Session, data: PlanData, *, today: date, actor: str = "user"
) -> PlanRecord:
    plan = Plan(**_validate_plan(session, data, None), archived=False, created_on=today)
    session.add(plan)
    session.flush()
    record_plan_price(session, plan, effective_on=plan.available_from)
    record_event(session, today, actor, "plan", plan.id, "created", summary=plan.name)
    return _plan_record(plan)


def _subscriber_count(session: Session, plan_id: int) -> int:
    count = session.scalar(
        select(func.count()).select_from(Subscription).where(Subscription.plan_id == plan_id)
    )
    return int(count or 0)


def update_plan(
    session: Session, plan_id: int, data: PlanData, *, today: date, actor: str = "user"
) -> PlanRecord:
    """Change a plan. A new price applies to the next invoices of its subscribers;
    the cycle cannot change once the plan has subscribers."""
    plan = fetch(session, Plan, plan_id, "plan")
    values = _validate_plan(session, data, plan_id)
    changed = {name: value for name, value in values.items() if getattr(plan, name) != value}
    locked = [name for name in _CYCLE_FIELDS if name in changed]
    if locked:
        subscribers = _subscriber_count(session, plan_id)
        if subscribers:
            raise ValidationError(
                {
                    name: message(_LOCKED, count=subscribers, fields=", ".join(locked))
                    for name in locked
                }
            )
    if "available_from" in changed:
        earliest = session.scalar(
            select(func.min(Subscription.start_date)).where(Subscription.plan_id == plan_id)
        )
        if earliest is not None and data.available_from > earliest:
            raise ValidationError.single(
                "available_from",
                message(_AFTER_FIRST_START, start=earliest),
            )
    apply_changes(plan, changed)
    if "unit_price" in changed:
        record_plan_price(session, plan, effective_on=today)
    if changed:
        record_event(
            session, today, actor, "plan", plan.id, "updated", summary=plan.name, details=changed
        )
    return _plan_record(plan)


def archive_plan(session: Session, plan_id: int, *, today: date, actor: str = "user") -> PlanRecord:
    """Withdraw a plan from sale; its running subscriptions go on as before."""
    plan = fetch(session, Plan, plan_id, "plan")
    if not plan.archived:
        plan.archived = True
        record_event(session, today, actor, "plan", plan.id, "archived", summary=plan.name)
    return _plan_record(plan)


def restore_plan(session: Session, plan_id: int, *, today: date, actor: str = "user") -> PlanRecord:
    plan = fetch(session, Plan, plan_id, "plan")
    if not plan.archived:
        raise ConflictError(message(NOT_ARCHIVED, name=plan.name))
    if _name_taken(session, Plan, plan.name, plan.id):
        raise ConflictError(message(_NAME_TAKEN, what="plan", name=plan.name))
    plan.archived = False
    record_event(session, today, actor, "plan", plan.id, "restored", summary=plan.name)
    return _plan_record(plan)


def get_plan(session: Session, plan_id: int) -> PlanRecord:
    return _plan_record(fetch(session, Plan, plan_id, "plan"))


def list_plans(session: Session, *, include_archived: bool = False) -> list[PlanRecord]:
    query = select(Plan).order_by(Plan.name, Plan.id)
    if not include_archived:
        query = query.where(Plan.archived.is_(False))
    return [_plan_record(plan) for plan in session.scalars(query)]


@dataclass(frozen=True)
class PlanRow:
    """A plan as a line of the catalogue, with how many subscriptions follow it."""

    plan: PlanRecord
    running_subscriptions: int  # live: in trial, active, paused, past due, ending
    subscriptions: int  # all of them, finished ones too: any of them locks the cycle


def _days(interval: Interval | None) -> int:
    """A length in days, near enough to order plans by it (none: 0)."""
    if interval is None:
        return 0
    return interval.days if interval.days is not None else (interval.months or 0) * 30


_PLAN_ORDERS: dict[str, Callable[[PlanRow], object]] = {
    "name": lambda row: search_key(row.plan.name),
    "item": lambda row: search_key(row.plan.item_name),
    "price": lambda row: row.plan.unit_price,
    "vat_rate": lambda row: row.plan.vat_rate,
    "cycle": lambda row: _days(row.plan.terms_of_billing.interval),
    "trial": lambda row: _days(row.plan.terms_of_billing.trial),
    "commitment": lambda row: _days(row.plan.terms_of_billing.commitment),
    "renewal": lambda row: (
        row.plan.terms_of_billing.renewal.value,
        row.plan.terms_of_billing.fixed_cycles or 0,
    ),
    "subscribers": lambda row: row.running_subscriptions,
    "available_from": lambda row: row.plan.available_from,
}
PLAN_SORTS = tuple(_PLAN_ORDERS)


def _subscription_counts(
    session: Session, plan_id: int | None = None
) -> tuple[dict[int, int], dict[int, int]]:
    """Per plan (or for `plan_id` only), its running subscriptions and all of them.

    Counted as all minus the finished ones: both counts are read from an index (the
    plan's, the status'), where counting by status per plan reads every row."""
    total_query = select(Subscription.plan_id, func.count()).group_by(Subscription.plan_id)
    finished_query = total_query.where(Subscription.status.in_(FINISHED_STATUSES))
    if plan_id is not None:
        total_query = total_query.where(Subscription.plan_id == plan_id)
        finished_query = finished_query.where(Subscription.plan_id == plan_id)
    total: dict[int, int] = dict(session.execute(total_query).all())
    finished: dict[int, int] = dict(session.execute(finished_query).all())
    running = {plan: count - finished.get(plan, 0) for plan, count in total.items()}
    return running, total


def get_plan_row(session: Session, plan_id: int) -> PlanRow:
    """One plan with its subscription counts (what its form needs to lock the cycle)."""
    plan = _plan_record(fetch(session, Plan, plan_id, "plan"))
    running, total = _subscription_counts(session, plan_id)
    return PlanRow(plan, running.get(plan_id, 0), total.get(plan_id, 0))


def plan_rows(
    session: Session,
    *,
    search: str = "",
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
    include_archived: bool = False,
) -> list[PlanRow]:
    """One page of the catalogue's plans, in the order of `sort` (one of `PLAN_SORTS`);
    `search` matches the plan's name, its item and its description, ignoring case
    and accents.

    A catalogue holds tens of plans, not thousands: they are searched and sorted
    here rather than in SQL, which folds neither accents nor cycle lengths."""
    if sort not in _PLAN_ORDERS:
        raise ValueError(f"plans cannot be sorted by {sort!r}")
    query = select(Plan).options(joinedload(Plan.item))
    if not include_archived:
        query = query.where(Plan.archived.is_(False))
    running, total = _subscription_counts(session)
    words = search_key(search).split()
    rows = [
        PlanRow(_plan_record(plan), running.get(plan.id, 0), total.get(plan.id, 0))
        for plan in session.scalars(query)
        if all(word in search_key(plan.name, plan.item.name, plan.description) for word in words)
    ]
    key = _PLAN_ORDERS[sort]
    rows.sort(
        key=lambda row: (key(row), search_key(row.plan.name), row.plan.id), reverse=descending
    )
    return rows[offset : offset + limit]


def item_data(record: ItemRecord) -> ItemData:
    return ItemData(
        name=record.name,
        kind=record.kind,
        vat_rate=record.vat_rate,
        description=record.description,
        unit_label=record.unit_label or "",
    )


def plan_data(record: PlanRecord) -> PlanData:
    """The editable form of a plan, to change some fields and save it back."""
    terms = record.terms_of_billing

    def count_and_unit(
        interval: Interval | None, default_unit: IntervalUnit
    ) -> tuple[int, IntervalUnit]:
        return (interval.count, interval.unit) if interval else (0, default_unit)

    trial_count, trial_unit = count_and_unit(terms.trial, IntervalUnit.DAY)
    commitment_count, commitment_unit = count_and_unit(terms.commitment, IntervalUnit.MONTH)
    notice_count, notice_unit = count_and_unit(terms.notice, IntervalUnit.DAY)
    return PlanData(
        name=record.name,
        item_id=record.item_id,
        unit_price=record.unit_price,
        available_from=record.available_from,
        currency=record.currency,
        vat_rate=record.vat_rate,
        interval_count=terms.interval.count,
        interval_unit=terms.interval.unit,
        day_rule=terms.day_rule,
        fixed_day=terms.fixed_day,
        timing=terms.timing,
        trial_count=trial_count,
        trial_unit=trial_unit,
        commitment_count=commitment_count,
        commitment_unit=commitment_unit,
        early_termination=record.early_termination,
        notice_count=notice_count,
        notice_unit=notice_unit,
        grace_days=record.grace_days,
        renewal_rule=terms.renewal,
        fixed_cycles=terms.fixed_cycles,
        renewal_notice_days=record.renewal_notice_days,
        renewal_offer=record.renewal_offer,
        description=record.description,
        terms=record.terms,
        invoice_series_id=record.invoice_series_id,
    )
