"""What needs the owner's attention today: unpaid invoices, late subscriptions, coming
cancellations, renewals, commitment ends, the last days to give notice, and direct
debits announced to customers that no batch asks the bank for yet.

Alerts are computed from the data each time, never stored; only what the owner
did with one is kept (`AlertState`): dismissed, or snoozed until a day, for the
situation it was in then. Each alert has a stable `key` (what it is about) and a
`fingerprint` (the state of that situation: a due date, an amount left to pay),
so a dismissed alert comes back when its situation changes, and only then.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from cadence.domain.catalogue import PlanTerms, RenewalRule
from cadence.domain.errors import Message, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind
from cadence.domain.lifecycle import LIVE_STATUSES, SubscriptionStatus, renewal_date
from cadence.domain.messages import MessageKind
from cadence.domain.periods import BillingSchedule, DateOutOfRange, Interval, add_days
from cadence.services.catalogue import plan_terms
from cadence.services.common import SLICE, let_go
from cadence.services.direct_debit import next_open_day
from cadence.services.outbox import stored_error
from cadence.services.payments import settled_amounts
from cadence.services.standing import awaiting_collection, collection_requested, debit_announced
from cadence.store.models import (
    AlertState,
    Customer,
    Invoice,
    MessageStatus,
    OutboundMessage,
    Plan,
    Subscription,
)

_OVERDUE_TITLE = QT_TRANSLATE_NOOP("Messages", "Overdue: {customer}")
_OVERDUE_ONE = QT_TRANSLATE_NOOP("Messages", "Invoice {number}: {amount} left to pay, due on {due}")
_OVERDUE_MANY = QT_TRANSLATE_NOOP(
    "Messages", "{count} invoices: {amount} left to pay, the oldest due on {due}"
)
_DUE_SOON_TITLE = QT_TRANSLATE_NOOP("Messages", "Due soon: {customer}")
_DUE_SOON_ONE = QT_TRANSLATE_NOOP("Messages", "Invoice {number}: {amount} due on {due}")
_DUE_SOON_MANY = QT_TRANSLATE_NOOP(
    "Messages", "{count} invoices: {amount} to pay, the first due on {due}"
)
_PAST_DUE_TITLE = QT_TRANSLATE_NOOP("Messages", "Past due: {customer}")
_PAST_DUE_SINCE = QT_TRANSLATE_NOOP(
    "Messages", "{plan}: {amount} unpaid since {due}, past the grace period"
)
_PAST_DUE_PLAIN = QT_TRANSLATE_NOOP("Messages", "{plan}: payments are late")
_CANCELLATION_TITLE = QT_TRANSLATE_NOOP("Messages", "Cancellation: {customer}")
_CANCELLATION_DETAIL = QT_TRANSLATE_NOOP("Messages", "{plan} ends on {day}")
_NOTICE_TITLE = QT_TRANSLATE_NOOP("Messages", "Notice deadline: {customer}")
_NOTICE_DETAIL = QT_TRANSLATE_NOOP(
    "Messages", "{plan} renews on {renewal}: notice to cancel must be given by {day}"
)
_COMMITMENT_TITLE = QT_TRANSLATE_NOOP("Messages", "Commitment ends: {customer}")
_COMMITMENT_DETAIL = QT_TRANSLATE_NOOP(
    "Messages",
    "{plan}: the commitment ends on {day} and renews for another term unless cancelled",
)
_TERM_END_TITLE = QT_TRANSLATE_NOOP("Messages", "Fixed term ends: {customer}")
_TERM_END_DETAIL = QT_TRANSLATE_NOOP("Messages", "{plan} ends on {day}, after its last cycle")
_RENEWAL_TITLE = QT_TRANSLATE_NOOP("Messages", "Renewal: {customer}")
_RENEWAL_DETAIL = QT_TRANSLATE_NOOP("Messages", "{plan} renews on {day}")
_FAILED_TITLE = QT_TRANSLATE_NOOP("Messages", "Not sent: {customer}")
_WAITING_TITLE = QT_TRANSLATE_NOOP("Messages", "To send: {customer}")
_WAITING_DETAIL = QT_TRANSLATE_NOOP(
    "Messages", "{subject}: print it or send it from the Messages tab"
)
_DEBITS_TITLE = QT_TRANSLATE_NOOP("Messages", "Direct debits to request")
_DEBITS_ONE = QT_TRANSLATE_NOOP(
    "Messages",
    "Invoice {number} ({amount}) due on {due} waits for a batch: Invoices ▸ Direct debit…",
)
_DEBITS_MANY = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} invoices ({amount}) due by {due} wait for a batch: Invoices ▸ Direct debit…",
)
_INVOICES_TO_MAIL_TITLE = QT_TRANSLATE_NOOP("Messages", "Invoices to send by e-mail: {count}")
_INVOICES_TO_MAIL_DETAIL = QT_TRANSLATE_NOOP(
    "Messages",
    "These customers asked for their invoices by e-mail; set up e-mail in Settings, or send "
    "them from the Messages tab",
)

# Cycles shorter than this renew too often for each renewal to be news: a monthly
# subscription would always have one coming. Commitments and fixed terms always alert.
LONG_CYCLE_MONTHS = 3
LONG_CYCLE_DAYS = 90
# Month ends and day rules move a date computed from another by up to three days.
_SLACK_DAYS = 7
# Direct debits announced to customers are to be asked of the bank by the owner once
# their due date is this many open days of the SEPA system away, or nearer: a batch
# reaches the bank at least one open day before it collects, and the customer was told
# the debit would come from the due date. A banking week ahead leaves the owner time
# to send it, and gathers a week's debits in one file (banks charge by the file)
# rather than a file a day; counted in open days, so a bank holiday moves it on.
DEBIT_NOTICE_OPEN_DAYS = 5


class AlertKind(StrEnum):
    OVERDUE = "overdue"  # an invoice unpaid after its due date
    DUE_SOON = "due_soon"  # an unpaid invoice falls due within the owner's window
    PAST_DUE = "past_due"  # a subscription unpaid beyond its plan's grace period
    CANCELLATION = "cancellation"  # a subscription's cancellation is scheduled
    NOTICE_DEADLINE = "notice_deadline"  # the last day to give notice before a renewal
    COMMITMENT_END = "commitment_end"  # a commitment term ends (and renews tacitly)
    TERM_END = "term_end"  # a fixed number of cycles runs out: the subscription ends
    RENEWAL = "renewal"  # a long cycle (quarterly, yearly) renews
    MESSAGE_FAILED = "message_failed"  # the mail server refused a message for good
    MESSAGE_WAITING = "message_waiting"  # a reminder or notice waits for the owner to send it
    INVOICES_TO_MAIL = "invoices_to_mail"  # invoice e-mails wait: no mail server is set up
    DEBITS_TO_REQUEST = "debits_to_request"  # announced direct debits wait for a batch


class Severity(StrEnum):
    CRITICAL = "critical"  # money is late
    WARNING = "warning"  # something must be done by a date
    INFO = "info"  # good to know ahead


_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Alert:
    """One thing that needs the owner's attention, and the row that shows it."""

    key: str  # stable: what the alert is about, "overdue:invoice:123"
    fingerprint: str  # the situation: when it changes, a dismissed alert comes back
    kind: AlertKind
    severity: Severity
    title: Message
    detail: Message  # dates are `date` and amounts `Decimal` (with `currency`) in params
    tab: str  # the tab that shows the row: "customers", "subscriptions", "invoices"
    record_id: int
    on: date  # the day the alert concerns: a due date, a renewal, a deadline


def current_alerts(
    session: Session, *, today: date, renewal_days: int, due_soon_days: int
) -> list[Alert]:
    """Every alert on `today` that the owner has not put aside, most urgent first.

    Renewals, commitment ends and notice deadlines alert `renewal_days` ahead;
    unpaid invoices `due_soon_days` before their due date.
    """
    return sorted(_shown(session, today, renewal_days, due_soon_days), key=_urgency)


@dataclass(frozen=True)
class MostUrgent:
    alerts: list[Alert]  # most urgent first, no more than were asked for
    total: int  # how many there are in all


def most_urgent_alerts(
    session: Session, *, today: date, renewal_days: int, due_soon_days: int, most: int
) -> MostUrgent:
    """The `most` most urgent of `current_alerts`, and how many there are.

    A large business has a hundred thousand of them; sorting them all is one call
    that holds the interpreter for a fifth of a second, which the window, whose
    thread then waits, must never do. Picking the first few is quick.
    """
    shown = _shown(session, today, renewal_days, due_soon_days)
    urgent = MostUrgent(heapq.nsmallest(most, shown, key=_urgency), len(shown))
    let_go(shown)
    return urgent


def _urgency(alert: Alert) -> tuple[int, date, str]:
    return _SEVERITY_ORDER[alert.severity], alert.on, alert.key


def _shown(session: Session, today: date, renewal_days: int, due_soon_days: int) -> list[Alert]:
    """Every alert on `today` that the owner has not put aside, in no order."""
    found, late = _invoice_alerts(session, today, due_soon_days)
    found.extend(_debit_alerts(session, today))
    found.extend(_subscription_alerts(session, today, late))
    found.extend(_calendar_alerts(session, today, today + timedelta(days=renewal_days)))
    found.extend(_message_alerts(session))
    hidden = _put_aside(session, today)
    return [alert for alert in found if hidden.get(alert.key) != alert.fingerprint]


def dismiss_alert(session: Session, key: str, fingerprint: str, today: date) -> None:
    """Hide the alert `key` until its situation differs from `fingerprint`."""
    state = _state(session, key)
    state.fingerprint, state.dismissed_on, state.snoozed_until = fingerprint, today, None
    session.flush()


def snooze_alert(session: Session, key: str, fingerprint: str, until: date) -> None:
    """Hide the alert `key` before `until` (it shows again that day), or until its
    situation differs from `fingerprint`, whichever comes first."""
    state = _state(session, key)
    state.fingerprint, state.dismissed_on, state.snoozed_until = fingerprint, None, until
    session.flush()


def _state(session: Session, key: str) -> AlertState:
    state = session.scalar(select(AlertState).where(AlertState.key == key))
    if state is None:
        state = AlertState(key=key)
        session.add(state)
    return state


def _put_aside(session: Session, today: date) -> dict[str, str]:
    """The keys the owner dismissed, or snoozed beyond today, with their fingerprints."""
    rows = session.execute(
        select(AlertState.key, AlertState.fingerprint).where(
            AlertState.dismissed_on.is_not(None) | (AlertState.snoozed_until > today)
        )
    )
    return {row.key: row.fingerprint for row in rows}


# -- invoices -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Unpaid:
    id: int
    number: str
    customer_id: int
    customer: str
    subscription_id: int | None
    due: date
    left: Decimal
    currency: str


def _unpaid_invoices(session: Session, until: date) -> Iterator[_Unpaid]:
    """Issued invoices not fully settled and due on or before `until` (the
    status-and-due-date index finds them among a million), read a slice at a time:
    the window's thread waits while a worker makes or frees a million rows at once."""
    result = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.customer_id,
            Customer.name,
            Invoice.subscription_id,
            Invoice.due_date,
            Invoice.total_gross,
            Invoice.currency,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(
            Invoice.status.in_(OPEN_STATUSES),
            Invoice.due_date <= until,
            Invoice.kind == InvoiceKind.INVOICE,
            ~awaiting_collection(),
        )
        .execution_options(yield_per=SLICE)
    )
    for rows in result.partitions():
        settled = settled_amounts(session, [row.id for row in rows])
        for row in rows:
            paid, credited = settled[row.id]
            left = row.total_gross - paid - credited
            if left > 0 and row.due_date is not None and row.number is not None:  # as selected
                yield _Unpaid(
                    row.id,
                    row.number,
                    row.customer_id,
                    row.name,
                    row.subscription_id,
                    row.due_date,
                    left,
                    row.currency,
                )


class _Group:
    """One customer's unpaid invoices in one currency, all overdue or all due soon:
    how many, how much is left, and the first due (only it is kept)."""

    __slots__ = ("count", "first", "left")

    def __init__(self, invoice: _Unpaid) -> None:
        self.first, self.count, self.left = invoice, 1, invoice.left

    def add(self, invoice: _Unpaid) -> None:
        self.count += 1
        self.left += invoice.left
        if (invoice.due, invoice.id) < (self.first.due, self.first.id):
            self.first = invoice


@dataclass(frozen=True)
class _Late:
    """What a subscription has overdue: since when, and how much."""

    since: date
    amount: Decimal
    currency: str


def _invoice_alerts(
    session: Session, today: date, due_soon_days: int
) -> tuple[list[Alert], dict[int, _Late]]:
    """The overdue and due-soon alerts: one per invoice, or one per customer who has
    several (a list of twelve late invoices of one customer says less than
    "12 invoices, 348 € left"); and what each subscription has overdue, which its
    past-due alert says."""
    groups: dict[tuple[bool, int, str], _Group] = {}  # (overdue, customer, currency)
    late: dict[int, _Late] = {}
    for invoice in _unpaid_invoices(session, today + timedelta(days=due_soon_days)):
        overdue = invoice.due < today
        key = (overdue, invoice.customer_id, invoice.currency)
        group = groups.get(key)
        if group is None:
            groups[key] = _Group(invoice)
        else:
            group.add(invoice)
        if overdue and invoice.subscription_id is not None:
            known = late.get(invoice.subscription_id)
            late[invoice.subscription_id] = (
                _Late(min(known.since, invoice.due), known.amount + invoice.left, known.currency)
                if known
                else _Late(invoice.due, invoice.left, invoice.currency)
            )
    alerts = [
        _invoice_group(
            AlertKind.OVERDUE, Severity.CRITICAL, group, _OVERDUE_TITLE, _OVERDUE_ONE, _OVERDUE_MANY
        )
        if overdue
        else _invoice_group(
            AlertKind.DUE_SOON,
            Severity.INFO,
            group,
            _DUE_SOON_TITLE,
            _DUE_SOON_ONE,
            _DUE_SOON_MANY,
        )
        for (overdue, _customer, _currency), group in groups.items()
    ]
    let_go(groups)
    return alerts, late


def _invoice_group(
    kind: AlertKind, severity: Severity, group: _Group, title: str, one: str, many: str
) -> Alert:
    """One customer's unpaid invoices in one currency, as one alert."""
    first, total = group.first, group.left
    if group.count == 1:
        return Alert(
            key=f"{kind.value}:invoice:{first.id}",
            fingerprint=f"{first.due.isoformat()}|{first.left}",
            kind=kind,
            severity=severity,
            title=message(title, customer=first.customer),
            detail=message(
                one, number=first.number, amount=first.left, currency=first.currency, due=first.due
            ),
            tab="invoices",
            record_id=first.id,
            on=first.due,
        )
    return Alert(
        key=f"{kind.value}:customer:{first.customer_id}:{first.currency}",
        fingerprint=f"{group.count}|{first.due.isoformat()}|{total}",
        kind=kind,
        severity=severity,
        title=message(title, customer=first.customer),
        detail=message(
            many, count=group.count, amount=total, currency=first.currency, due=first.due
        ),
        tab="customers",
        record_id=first.customer_id,
        on=first.due,
    )


# -- direct debits --------------------------------------------------------------------


def debit_notice_horizon(today: date) -> date:
    """The last due date the "direct debits to request" alert looks at on `today`."""
    day = today
    for _ in range(DEBIT_NOTICE_OPEN_DAYS):
        day = next_open_day(day + timedelta(days=1))
    return day


def _debit_alerts(session: Session, today: date) -> Iterable[Alert]:
    """One alert for the invoices announced as debited (their PDF told the customer
    there is nothing to pay) that no batch asks the bank for yet, due by the horizon:
    the owner's to collect, not the customers' lateness. A warning once one of them is
    due, for its debit can no longer come on the day announced."""
    result = session.execute(
        select(Invoice.id, Invoice.number, Invoice.due_date, Invoice.total_gross)
        .where(
            Invoice.status.in_(OPEN_STATUSES),
            Invoice.due_date <= debit_notice_horizon(today),
            Invoice.kind == InvoiceKind.INVOICE,
            # SEPA collects euros, and only euro invoices are issued to be debited.
            Invoice.currency == "EUR",
            debit_announced(),
            ~collection_requested(),
        )
        .execution_options(yield_per=SLICE)
    )
    count, total = 0, Decimal(0)
    first: tuple[date, int, str] | None = None  # the first due: its day, id and number
    last: date | None = None
    for rows in result.partitions():
        settled = settled_amounts(session, [row.id for row in rows])
        for row in rows:
            left = row.total_gross - sum(settled[row.id], Decimal(0))
            if left <= 0 or row.due_date is None or row.number is None:  # as selected
                continue
            count += 1
            total += left
            if first is None or (row.due_date, row.id) < first[:2]:
                first = (row.due_date, row.id, row.number)
            last = row.due_date if last is None else max(last, row.due_date)
    if first is None or last is None:
        return
    due, invoice_id, number = first
    severity = Severity.WARNING if due <= today else Severity.INFO
    yield Alert(
        key=AlertKind.DEBITS_TO_REQUEST.value,
        # Another invoice, another amount, or the first one falling due: news again.
        fingerprint=f"{count}|{due.isoformat()}|{total}|{severity.value}",
        kind=AlertKind.DEBITS_TO_REQUEST,
        severity=severity,
        title=message(_DEBITS_TITLE),
        detail=message(_DEBITS_ONE, number=number, amount=total, currency="EUR", due=due)
        if count == 1
        else message(_DEBITS_MANY, count=count, amount=total, currency="EUR", due=last),
        # The Invoices tab, on the first of them: its Direct debit… button makes the batch.
        tab="invoices",
        record_id=invoice_id,
        on=due,
    )


# -- subscriptions ----------------------------------------------------------------------


def _subscription_alerts(session: Session, today: date, late: dict[int, _Late]) -> Iterable[Alert]:
    """Past-due subscriptions and scheduled cancellations (few rows, found by status)."""
    rows = session.execute(
        select(
            Subscription.id,
            Subscription.status,
            Subscription.cancellation_effective_on,
            Customer.name,
            Plan.name,
        )
        .join(Customer, Customer.id == Subscription.customer_id)
        .join(Plan, Plan.id == Subscription.plan_id)
        .where(
            Subscription.status.in_(
                [SubscriptionStatus.PAST_DUE, SubscriptionStatus.CANCELLATION_SCHEDULED]
            )
        )
    )
    for subscription_id, status, effective, customer, plan in rows:
        if status is SubscriptionStatus.PAST_DUE:
            unpaid = late.get(subscription_id)
            yield Alert(
                key=f"past_due:subscription:{subscription_id}",
                # The oldest unpaid due date: paying it while others stay late is news.
                fingerprint=unpaid.since.isoformat() if unpaid else "late",
                kind=AlertKind.PAST_DUE,
                severity=Severity.CRITICAL,
                title=message(_PAST_DUE_TITLE, customer=customer),
                detail=message(
                    _PAST_DUE_SINCE,
                    plan=plan,
                    amount=unpaid.amount,
                    currency=unpaid.currency,
                    due=unpaid.since,
                )
                if unpaid
                else message(_PAST_DUE_PLAIN, plan=plan),
                tab="subscriptions",
                record_id=subscription_id,
                on=unpaid.since if unpaid else today,
            )
        # A past-due subscription keeps its status when a cancellation is scheduled.
        if effective is not None and effective >= today:
            yield Alert(
                key=f"cancellation:subscription:{subscription_id}",
                fingerprint=effective.isoformat(),
                kind=AlertKind.CANCELLATION,
                severity=Severity.INFO,
                title=message(_CANCELLATION_TITLE, customer=customer),
                detail=message(_CANCELLATION_DETAIL, plan=plan, day=effective),
                tab="subscriptions",
                record_id=subscription_id,
                on=effective,
            )


# -- the calendar: renewals, commitments, notices, fixed terms ------------------------------


def _alerting_plans(session: Session) -> dict[int, PlanTerms]:
    """Plans whose subscriptions can have a renewal worth an alert: with a commitment,
    a fixed term, or a long cycle."""
    found = {}
    for plan in session.scalars(select(Plan)):
        terms = plan_terms(plan)
        if renewals_are_news(terms):
            found[plan.id] = terms
    return found


def renewals_are_news(terms: PlanTerms) -> bool:
    """Whether a plan's renewals are worth telling: it has a commitment, a fixed term,
    or a long cycle (a monthly renewal without commitment is no news)."""
    months, days = terms.interval.months, terms.interval.days
    long_cycle = (months or 0) >= LONG_CYCLE_MONTHS or (days or 0) >= LONG_CYCLE_DAYS
    return bool(terms.commitment) or terms.renewal is RenewalRule.FIXED_CYCLES or long_cycle


def last_notice_day(renewal: date, notice: Interval) -> date:
    """The last day a notice of `notice` can be given for the service to end on
    `renewal` (a cancellation takes effect once the notice has run, see
    `domain.lifecycle.cancellation_takes_effect`)."""
    day = notice.after(renewal, -1)
    while notice.after(day) > renewal:  # a month end clamped the step back
        day -= timedelta(days=1)
    while notice.after(day + timedelta(days=1)) <= renewal:
        day += timedelta(days=1)
    return day


def _within_reach(terms: PlanTerms, today: date, horizon: date) -> ColumnElement[bool]:
    """A condition, on the plan's subscriptions, that keeps every one whose dates may
    fall between today and `horizon` and leaves out most others, by indexed or cheap
    columns: the exact dates are computed for those kept."""
    if terms.fixed_cycles is not None:
        # The term ends `fixed_cycles` intervals after the anchor, give or take the
        # days a month end or the day rule moves it.
        try:
            earliest = add_days(terms.interval.after(today, -terms.fixed_cycles), -_SLACK_DAYS)
        except DateOutOfRange:
            earliest = date.min
        try:
            latest = add_days(terms.interval.after(horizon, -terms.fixed_cycles), _SLACK_DAYS)
        except DateOutOfRange:
            return false()  # every term ends beyond the calendar's end
        return Subscription.billing_anchor.between(earliest, latest)
    if terms.commitment is not None:
        # `commitment_end` is the current term's end (the lifecycle sweep moves it on);
        # one in the past was not moved on yet, and is kept.
        reach = terms.notice.after(horizon) if terms.notice is not None else horizon
        return Subscription.commitment_end.is_(None) | (
            Subscription.commitment_end <= add_days(reach, _SLACK_DAYS)
        )
    return true()  # a long cycle: few subscriptions, each looked at


def _calendar_alerts(session: Session, today: date, horizon: date) -> Iterable[Alert]:
    """Renewals, commitment ends, notice deadlines and fixed-term ends between today
    and `horizon`, by the dates `services.renewals.upcoming_renewals` computes, for
    the subscriptions of the plans where they matter, and of those only the ones
    whose dates can be near (a business with 100,000 subscriptions has a few
    hundred to look at)."""
    plans = _alerting_plans(session)
    if not plans:
        return
    reachable = or_(
        *(
            (Subscription.plan_id == plan_id) & _within_reach(terms, today, horizon)
            for plan_id, terms in plans.items()
        )
    )
    rows = session.execute(
        select(
            Subscription.id,
            Subscription.plan_id,
            Subscription.start_date,
            Subscription.trial_end,
            Subscription.billing_anchor,
            Subscription.cycle_start,
            Subscription.cancellation_effective_on,
            Customer.name,
            Plan.name,
        )
        .join(Customer, Customer.id == Subscription.customer_id)
        .join(Plan, Plan.id == Subscription.plan_id)
        .where(
            reachable,
            Subscription.status.in_(LIVE_STATUSES),
            Subscription.ended_on.is_(None),
        )
    )
    for row in rows:
        subscription = _Dated(*row)
        try:
            yield from _dated(subscription, plans[subscription.plan_id], today, horizon)
        except DateOutOfRange:
            continue  # a term ending beyond the calendar never comes within the window


@dataclass(frozen=True)
class _Dated:
    """What the calendar alerts read of a subscription."""

    id: int
    plan_id: int
    start_date: date
    trial_end: date | None
    billing_anchor: date
    cycle_start: date
    cancellation_effective_on: date | None
    customer: str
    plan: str


def _dated(subscription: _Dated, terms: PlanTerms, today: date, horizon: date) -> Iterable[Alert]:
    subscription_id, customer, plan = subscription.id, subscription.customer, subscription.plan
    schedule = BillingSchedule(
        subscription.billing_anchor, terms.interval, terms.day_rule, terms.fixed_day
    )
    cancelled_by = subscription.cancellation_effective_on

    def alert(kind: AlertKind, severity: Severity, day: date, title: str, detail: Message) -> Alert:
        return Alert(
            key=f"{kind.value}:subscription:{subscription_id}",
            fingerprint=day.isoformat(),
            kind=kind,
            severity=severity,
            title=message(title, customer=customer),
            detail=detail,
            tab="subscriptions",
            record_id=subscription_id,
            on=day,
        )

    if terms.fixed_cycles is not None:
        end = schedule.boundary(terms.fixed_cycles)
        if today <= end <= horizon and (cancelled_by is None or cancelled_by > end):
            yield alert(
                AlertKind.TERM_END,
                Severity.INFO,
                end,
                _TERM_END_TITLE,
                message(_TERM_END_DETAIL, plan=plan, day=end),
            )
        return
    # A renewal today has taken place: it is too late to give notice for it (a
    # cancellation asked today ends the service tomorrow at the earliest).
    renewal = renewal_date(
        schedule=schedule,
        commitment=terms.commitment,
        service_start=subscription.trial_end or subscription.start_date,
        on_or_after=max(today + timedelta(days=1), subscription.cycle_start),
    )
    if cancelled_by is not None and cancelled_by <= renewal:
        return  # it ends before renewing: the cancellation alert says so
    if terms.notice is not None:
        deadline = last_notice_day(renewal, terms.notice)
        if today <= deadline <= horizon:
            yield alert(
                AlertKind.NOTICE_DEADLINE,
                Severity.WARNING,
                deadline,
                _NOTICE_TITLE,
                message(_NOTICE_DETAIL, plan=plan, renewal=renewal, day=deadline),
            )
    if not today <= renewal <= horizon:
        return
    if terms.commitment is not None:
        yield alert(
            AlertKind.COMMITMENT_END,
            Severity.INFO,
            renewal,
            _COMMITMENT_TITLE,
            message(_COMMITMENT_DETAIL, plan=plan, day=renewal),
        )
    else:
        yield alert(
            AlertKind.RENEWAL,
            Severity.INFO,
            renewal,
            _RENEWAL_TITLE,
            message(_RENEWAL_DETAIL, plan=plan, day=renewal),
        )


# -- messages to customers -----------------------------------------------------------


def _message_alerts(session: Session) -> Iterable[Alert]:
    """Messages the owner must act on: refused by the server, or prepared for them to
    send (reminders and notices one by one; invoice e-mails in one line, as there may
    be hundreds of them before e-mail is set up)."""
    rows = session.execute(
        select(
            OutboundMessage.id,
            OutboundMessage.kind,
            OutboundMessage.status,
            OutboundMessage.subject,
            OutboundMessage.last_error,
            OutboundMessage.created_on,
            Customer.name,
        )
        .join(Customer, Customer.id == OutboundMessage.customer_id)
        .where(OutboundMessage.status.in_((MessageStatus.FAILED, MessageStatus.PREPARED)))
        .order_by(OutboundMessage.id)
    )
    invoices_waiting: list[tuple[int, date]] = []
    for row in rows:
        if row.status is MessageStatus.FAILED:
            yield Alert(
                key=f"message:{row.id}",
                fingerprint=f"failed:{row.last_error or ''}"[:200],
                kind=AlertKind.MESSAGE_FAILED,
                severity=Severity.WARNING,
                title=message(_FAILED_TITLE, customer=row.name),
                detail=stored_error(row.last_error or ""),
                tab="messages",
                record_id=row.id,
                on=row.created_on,
            )
        elif row.kind in (MessageKind.INVOICE, MessageKind.CREDIT_NOTE):
            invoices_waiting.append((row.id, row.created_on))
        else:
            yield Alert(
                key=f"message:{row.id}",
                fingerprint="prepared",
                kind=AlertKind.MESSAGE_WAITING,
                severity=Severity.WARNING
                if row.kind is MessageKind.FORMAL_NOTICE
                else Severity.INFO,
                title=message(_WAITING_TITLE, customer=row.name),
                detail=message(_WAITING_DETAIL, subject=row.subject),
                tab="messages",
                record_id=row.id,
                on=row.created_on,
            )
    if invoices_waiting:
        first_id, first_on = invoices_waiting[0]
        yield Alert(
            key="invoices_to_mail",
            fingerprint=str(len(invoices_waiting)),
            kind=AlertKind.INVOICES_TO_MAIL,
            severity=Severity.INFO,
            title=message(_INVOICES_TO_MAIL_TITLE, count=len(invoices_waiting)),
            detail=message(_INVOICES_TO_MAIL_DETAIL),
            tab="messages",
            record_id=first_id,
            on=first_on,
        )
