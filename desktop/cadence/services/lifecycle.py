"""A subscription's life: what happens on its dates, and what the owner does to it.

The sweeps move subscriptions along as days pass (trials end, scheduled
cancellations and fixed terms take effect, pauses start and end, commitments
renew, unpaid ones fall past due and come back). The operations are the
owner's: cancel (at period end or now), undo a cancellation, pause, resume,
change plan or quantity with proration.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.billing import Pause
from cadence.domain.catalogue import EarlyTermination, RenewalRule
from cadence.domain.errors import ConflictError, FieldErrors, ValidationError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import (
    InvoiceKind,
    InvoiceStatus,
    LineDraft,
    document_totals,
)
from cadence.domain.lifecycle import (
    FINISHED_STATUSES,
    LIVE_STATUSES,
    CancellationReason,
    SubscriptionStatus,
    cancellation_takes_effect,
    current_commitment_end,
    next_boundary,
)
from cadence.domain.money import check_places, round_money
from cadence.domain.parties import Language
from cadence.domain.periods import (
    BillingSchedule,
    DateOutOfRange,
    Interval,
    Period,
    add_days,
    years_from,
)
from cadence.domain.tax import Totals, VatRegime
from cadence.domain.text import clean_text
from cadence.domain.wording import words
from cadence.services.catalogue import plan_terms
from cadence.services.common import (
    NEGATIVE_PRICE,
    RANGE_MESSAGE,
    check_range,
    fetch,
    pauses_of,
    record_event,
)
from cadence.services.company import require_company
from cadence.services.credit_notes import issue_credit_lines
from cadence.services.invoices import InvoiceRecord, list_invoices
from cadence.services.issuing import DocumentToIssue, IssuedDocument, Issuer
from cadence.services.pricing import PriceTerms, partial_cycle_line
from cadence.services.revenue import refresh_revenue_history, revenue_on
from cadence.services.standing import move_status, natural_status
from cadence.services.subscriptions import (
    MAX_QUANTITY,
    SubscriptionRecord,
    discount_of,
    get_subscription,
)
from cadence.services.timeline import refresh_next_billing_dates, timeline_of
from cadence.store.models import (
    AuditEvent,
    ChangeMode,
    Invoice,
    InvoiceLine,
    PendingCharge,
    Plan,
    Subscription,
    SubscriptionChange,
    SubscriptionPause,
)

_FINISHED = QT_TRANSLATE_NOOP("Messages", "the subscription is already {status}")
_COMMITTED = QT_TRANSLATE_NOOP(
    "Messages",
    "the customer is committed until {end}: cancel at the end of the commitment, "
    "or force an immediate cancellation",
)
_NOTHING_SCHEDULED = QT_TRANSLATE_NOOP(
    "Messages", "no cancellation is scheduled for this subscription"
)
_PAUSE_IN_TRIAL = QT_TRANSLATE_NOOP("Messages", "a subscription in trial cannot be paused")
_PAUSE_PAST = QT_TRANSLATE_NOOP("Messages", "a pause cannot start before today ({today})")
_PAUSE_ORDER = QT_TRANSLATE_NOOP("Messages", "the pause must end after it starts")
_PAUSE_TOO_FAR = QT_TRANSLATE_NOOP(
    "Messages",
    "a pause can be planned to start at most {years} years ahead, by {latest}",
)
_PAUSE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "a pause can be planned to end by {latest} at the latest; "
    "for a longer one, pause until further notice",
)
_RESUME_PAST = QT_TRANSLATE_NOOP("Messages", "a subscription cannot resume before today ({today})")
_ALREADY_INVOICED = QT_TRANSLATE_NOOP(
    "Messages",
    "the subscription is invoiced until {until}: a pause can start from that day; "
    "a credit note corrects what is already invoiced",
)
_PAUSE_OVERLAP = QT_TRANSLATE_NOOP("Messages", "the subscription is already paused from {start}")
_NOT_PAUSED = QT_TRANSLATE_NOOP("Messages", "the subscription is not paused")
_NO_CHANGE = QT_TRANSLATE_NOOP(
    "Messages", "this is what the subscription already has: nothing to change"
)
_OTHER_CYCLE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{plan}” is billed on another cycle: the change can only start with the next period",
)
_OTHER_CURRENCY = QT_TRANSLATE_NOOP(
    "Messages", "“{plan}” is sold in {currency}, the subscription in {current}"
)
_PLAN_ARCHIVED = QT_TRANSLATE_NOOP(
    "Messages", "the plan “{name}” is no longer sold; choose another"
)

# How far ahead a pause can be planned: its start, and its end from its start (or
# from today, for a pause in progress). Beyond, plans are guesses, and a typo (2099
# for 2029) would silently stop the billing for decades.
MAX_PAUSE_YEARS_AHEAD = 5


# -- the sweeps ---------------------------------------------------------------


@dataclass
class LifecycleReport:
    """How many subscriptions each sweep moved."""

    trials_ended: int = 0
    cancelled: int = 0
    ended: int = 0
    paused: int = 0
    resumed: int = 0
    renewed: int = 0
    past_due_changes: int = 0


def _due_for_a_change(session: Session, as_of: date) -> list[Subscription]:
    """Running subscriptions the calendar may move on `as_of`, found with indexed
    conditions rather than by looking at every one."""
    paused_ids = select(SubscriptionPause.subscription_id)
    fixed_terms = select(Plan.id).where(Plan.renewal_rule == RenewalRule.FIXED_CYCLES)
    return list(
        session.scalars(
            select(Subscription)
            .where(
                Subscription.status.in_(LIVE_STATUSES),
                (Subscription.trial_end <= as_of)
                & (Subscription.status == SubscriptionStatus.TRIAL)
                | (Subscription.cancellation_effective_on <= as_of)
                | (Subscription.commitment_end <= as_of)
                | Subscription.plan_id.in_(fixed_terms)
                | Subscription.id.in_(paused_ids)
                | (Subscription.status == SubscriptionStatus.PAUSED),
            )
            .order_by(Subscription.id)
        )
    )


def sweep_lifecycle(session: Session, *, as_of: date, actor: str) -> LifecycleReport:
    """Apply what the calendar decides, up to `as_of`; running it twice changes nothing."""
    report = LifecycleReport()
    live = _due_for_a_change(session, as_of)
    pauses = pauses_of(session, [subscription.id for subscription in live])
    for subscription in live:
        plan = subscription.plan
        terms = plan_terms(plan)
        effective = subscription.cancellation_effective_on
        term_end = _term_end(subscription, plan)
        if effective is not None and effective <= as_of:
            subscription.ended_on = effective
            move_status(session, subscription, SubscriptionStatus.CANCELLED, effective, actor)
            report.cancelled += 1
            continue
        if term_end is not None and term_end <= as_of:
            subscription.ended_on = term_end
            move_status(session, subscription, SubscriptionStatus.ENDED, term_end, actor)
            report.ended += 1
            continue
        if (
            subscription.commitment_end is not None
            and subscription.commitment_end <= as_of
            and terms.commitment is not None
        ):
            # Renewed by tacit agreement for the same term (Code de la consommation
            # L215-1 asks the owner to warn consumers beforehand: the notices do).
            first_paid_day = subscription.trial_end or subscription.start_date
            subscription.commitment_end = current_commitment_end(
                first_paid_day, terms.commitment, as_of
            )
            record_event(
                session,
                as_of,
                actor,
                "subscription",
                subscription.id,
                "commitment_renewed",
                details={"until": subscription.commitment_end},
            )
            report.renewed += 1
        if subscription.status is SubscriptionStatus.PAST_DUE:
            continue  # the past-due sweep decides when it comes back
        natural = natural_status(subscription, pauses.get(subscription.id, []), as_of)
        if natural is not subscription.status:
            if subscription.status is SubscriptionStatus.TRIAL:
                report.trials_ended += 1
            elif natural is SubscriptionStatus.PAUSED:
                report.paused += 1
            elif subscription.status is SubscriptionStatus.PAUSED:
                report.resumed += 1
            move_status(session, subscription, natural, as_of, actor)
    session.flush()
    return report


# -- cancelling ---------------------------------------------------------------


class CancelWhen(StrEnum):
    PERIOD_END = "period_end"  # at the end of the period in progress, after notice and commitment
    NOW = "now"  # today, with a credit note for the unused days billed in advance


@dataclass(frozen=True)
class CancellationResult:
    effective_on: date
    status: SubscriptionStatus
    documents: tuple[IssuedDocument, ...] = ()


def _derive_again(session: Session, subscription_id: int) -> None:
    """What follows from a subscription's terms and dates, after they changed: its
    next billing date and its revenue history."""
    refresh_next_billing_dates(session, [subscription_id])
    refresh_revenue_history(session, [subscription_id])


def _live(subscription: Subscription) -> None:
    if subscription.status in FINISHED_STATUSES:
        raise ConflictError(message(_FINISHED, status=subscription.status.value))


def _schedule(subscription: Subscription) -> BillingSchedule:
    return timeline_of(subscription, subscription.plan).schedule


def _term_end(subscription: Subscription, plan: Plan) -> date | None:
    """The end of a fixed term, or None without one. A term ending past the calendar
    (a plan saved before terms were capped) never ends within it: one such
    subscription must not stop the sweeps of all the others."""
    try:
        return timeline_of(subscription, plan).term_end()
    except DateOutOfRange:
        return None


def cancel_subscription(
    session: Session,
    *,
    subscription_id: int,
    today: date,
    when: CancelWhen,
    reason: CancellationReason,
    note: str = "",
    force: bool = False,
    actor: str = "user",
) -> CancellationResult:
    """Cancel a subscription, recording why.

    At period end: the service ends with the period in progress once the notice
    has run and the commitment is served (during a trial: when the trial ends).
    Now: refused during a commitment unless forced; the unused days already billed
    are credited, and a forced cancellation bills the rest of the commitment when
    the plan's terms say so.
    """
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    errors = FieldErrors()
    cleaned_note = errors.check("note", lambda: clean_text(note, maximum=2000)) or ""
    errors.raise_if_any()
    plan = subscription.plan
    subscription.cancellation_requested_on = today
    subscription.cancellation_reason = reason
    subscription.cancellation_note = cleaned_note
    if when is CancelWhen.PERIOD_END:
        effective = _end_at_period_end(session, subscription, today)
        subscription.cancel_at_period_end = True
        subscription.cancellation_effective_on = effective
        if effective <= today:
            return _end_now(session, subscription, today, effective, actor)
        if subscription.status is not SubscriptionStatus.PAST_DUE:
            move_status(
                session,
                subscription,
                SubscriptionStatus.CANCELLATION_SCHEDULED,
                today,
                actor,
                effective_on=effective,
                reason=reason,
            )
        _derive_again(session, subscription.id)
        return CancellationResult(effective, subscription.status)
    committed = subscription.commitment_end is not None and today < subscription.commitment_end
    if committed and not force:
        assert subscription.commitment_end is not None
        raise ConflictError(message(_COMMITTED, end=subscription.commitment_end))
    subscription.cancel_at_period_end = False
    subscription.cancellation_effective_on = today
    documents = _settle_cancellation(
        session,
        subscription,
        today,
        bill_commitment=committed
        and plan.early_termination is EarlyTermination.BILL_REMAINING_COMMITMENT,
    )
    result = _end_now(session, subscription, today, today, actor)
    return CancellationResult(result.effective_on, result.status, documents)


def _end_at_period_end(session: Session, subscription: Subscription, today: date) -> date:
    """The first day without service for a cancellation at period end asked for on
    `today`: when the trial ends, during one; otherwise once the period in progress,
    the notice and the commitment have run; never before the end of what was
    invoiced in advance."""
    plan = subscription.plan
    if subscription.trial_end is not None and today < subscription.trial_end:
        effective = subscription.trial_end
    else:
        effective = cancellation_takes_effect(
            requested_on=today,
            schedule=_schedule(subscription),
            notice=plan_terms(plan).notice,
            commitment_end=subscription.commitment_end,
            term_end=_term_end(subscription, plan),
        )
    billed_until = _invoiced_until(session, subscription)
    if billed_until is not None and billed_until > effective:
        effective = billed_until  # what was billed in advance is served
    return effective


@dataclass(frozen=True)
class CancellationPreview:
    """What cancelling would do, for the owner to read before confirming."""

    at_period_end: date  # the first day without service, cancelled at period end
    committed_until: date | None  # the commitment in progress ends the day before this
    # Cancelling now despite the commitment invoices it from this day to its end.
    bills_commitment_from: date | None
    # Cancelling now credits the days invoiced after today, up to this day.
    refunded_until: date | None
    scheduled_on: date | None  # the first day without service of a cancellation already asked
    in_trial: bool


def preview_cancellation(
    session: Session, *, subscription_id: int, today: date
) -> CancellationPreview:
    """When the service would end if cancelled at period end, and what cancelling
    now would need (forcing a commitment) and issue; nothing is changed."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    commitment_end = subscription.commitment_end
    committed = commitment_end is not None and today < commitment_end
    invoiced_until = _invoiced_until(session, subscription)
    bills_from: date | None = None
    refunded_until: date | None = None
    # As `_settle_cancellation` decides.
    if (
        committed
        and subscription.plan.early_termination is EarlyTermination.BILL_REMAINING_COMMITMENT
    ):
        assert commitment_end is not None
        remaining_from = max(invoiced_until or today, today)
        bills_from = remaining_from if remaining_from < commitment_end else None
    elif invoiced_until is not None and invoiced_until > today:
        refunded_until = invoiced_until
    return CancellationPreview(
        at_period_end=_end_at_period_end(session, subscription, today),
        committed_until=commitment_end if committed else None,
        bills_commitment_from=bills_from,
        refunded_until=refunded_until,
        scheduled_on=subscription.cancellation_effective_on,
        in_trial=subscription.trial_end is not None and today < subscription.trial_end,
    )


def _end_now(
    session: Session, subscription: Subscription, today: date, effective: date, actor: str
) -> CancellationResult:
    subscription.ended_on = effective
    move_status(
        session,
        subscription,
        SubscriptionStatus.CANCELLED,
        today,
        actor,
        effective_on=effective,
        reason=subscription.cancellation_reason,
    )
    _derive_again(session, subscription.id)
    return CancellationResult(effective, SubscriptionStatus.CANCELLED)


def _invoiced_until(session: Session, subscription: Subscription) -> date | None:
    """The end of the last period invoiced: service the customer was billed for."""
    return session.scalar(
        select(func.max(Invoice.period_end)).where(
            Invoice.subscription_id == subscription.id,
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.status != InvoiceStatus.DRAFT,
        )
    )


def _current_invoice(session: Session, subscription: Subscription, day: date) -> Invoice | None:
    """The invoice of the period that contains `day`, if it was issued."""
    return session.scalar(
        select(Invoice).where(
            Invoice.subscription_id == subscription.id,
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.period_start <= day,
            Invoice.period_end > day,
            Invoice.status != InvoiceStatus.DRAFT,
        )
    )


def _settle_cancellation(
    session: Session, subscription: Subscription, today: date, *, bill_commitment: bool
) -> tuple[IssuedDocument, ...]:
    """Documents an immediate cancellation issues: when the rest of a commitment is
    owed, an invoice for it; otherwise a credit note for each invoiced period that
    runs past today, for its days from today on."""
    company = require_company(session)
    customer = subscription.customer
    plan = subscription.plan
    issuer = Issuer(session, company, today)
    if bill_commitment:
        assert subscription.commitment_end is not None
        remaining_from = max(_invoiced_until(session, subscription) or today, today)
        if remaining_from >= subscription.commitment_end:
            return ()
        terms = PriceTerms.of(
            plan, subscription.quantity, subscription.unit_price_override, discount_of(subscription)
        )
        lines = _remaining_lines(
            subscription,
            terms,
            Period(remaining_from, subscription.commitment_end),
            company.vat_regime,
        )
        issued = issuer.issue(
            [
                DocumentToIssue(
                    kind=InvoiceKind.INVOICE,
                    customer=customer,
                    series=plan.invoice_series or company.invoice_series,
                    currency=plan.currency,
                    lines=lines,
                    subscription_id=subscription.id,
                    customer_reference=subscription.customer_reference,
                )
            ]
        )
        return tuple(issued)
    documents: list[IssuedDocument] = []
    running_past_today = session.scalars(
        select(Invoice)
        .where(
            Invoice.subscription_id == subscription.id,
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.status.not_in([InvoiceStatus.DRAFT, InvoiceStatus.CREDITED]),
            Invoice.period_end > today,
        )
        .order_by(Invoice.period_start)
    )
    for invoice in running_past_today:
        assert invoice.period_start is not None
        assert invoice.period_end is not None
        whole = Period(invoice.period_start, invoice.period_end)
        unused = Period(max(today, invoice.period_start), invoice.period_end)
        language = invoice.buyer_language or customer.language
        lines = [
            _credit_of(line, unused, whole, language, invoice.currency)
            for line in invoice.lines
            if line.period_start == invoice.period_start
        ]
        if lines:
            documents.append(issue_credit_lines(session, issuer, invoice, lines, today))
    return tuple(documents)


def _credit_of(
    line: InvoiceLine, unused: Period, whole: Period, language: Language, currency: str
) -> LineDraft:
    """The part of a period line for the unused days, as a credit note line."""
    share = Decimal(unused.days) / Decimal(whole.days)
    net = round_money(line.net_amount * share, currency)
    return LineDraft(
        description=words(
            language,
            "cancellation_credit",
            plan=line.description,
            start=unused.start,
            end=unused.last_day,
        ),
        quantity=Decimal(1),
        unit_price=net,
        net_amount=net,
        vat_rate=line.vat_rate,
        vat_category=line.vat_category,
        item_id=line.item_id,
        period=unused,
        vat_exemption_reason=line.vat_exemption_reason,
    )


def _remaining_lines(
    subscription: Subscription, terms: PriceTerms, remaining: Period, regime: VatRegime
) -> list[LineDraft]:
    """The unserved part of a commitment, cycle by cycle, as invoice lines."""
    schedule = _schedule(subscription)
    lines: list[LineDraft] = []
    index = schedule.index_of(remaining.start)
    index = 0 if index is None else index
    while schedule.boundary(index) < remaining.end:
        cycle = schedule.period(index)
        part = Period(max(cycle.start, remaining.start), min(cycle.end, remaining.end))
        if part.days > 0:
            lines.append(
                partial_cycle_line(
                    terms,
                    part,
                    cycle,
                    "remaining_commitment",
                    subscription.customer.language,
                    regime,
                    credit=False,
                )
            )
        index += 1
    return lines


def undo_cancellation(
    session: Session, *, subscription_id: int, today: date, actor: str = "user"
) -> SubscriptionStatus:
    """Keep a subscription whose cancellation is scheduled but not yet effective."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    if subscription.cancellation_effective_on is None:
        raise ConflictError(message(_NOTHING_SCHEDULED))
    subscription.cancellation_effective_on = None
    subscription.cancel_at_period_end = False
    subscription.cancellation_requested_on = None
    subscription.cancellation_reason = None
    subscription.cancellation_note = ""
    if subscription.status is SubscriptionStatus.CANCELLATION_SCHEDULED:
        pauses = pauses_of(session, [subscription.id]).get(subscription.id, [])
        move_status(
            session, subscription, natural_status(subscription, pauses, today), today, actor
        )
    _derive_again(session, subscription.id)
    return subscription.status


# -- pausing ------------------------------------------------------------------


def pause_subscription(
    session: Session,
    *,
    subscription_id: int,
    today: date,
    starts_on: date | None = None,
    resumes_on: date | None = None,
    reason: str = "",
    actor: str = "user",
) -> Pause:
    """Pause from `starts_on` (default: when the period in progress ends) until
    `resumes_on` (default: until resumed). Periods starting in the pause are not billed."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    if subscription.trial_end is not None and today < subscription.trial_end:
        raise ConflictError(message(_PAUSE_IN_TRIAL))
    billed_until = _invoiced_until(session, subscription)
    start = starts_on or _default_pause_start(session, subscription, today)
    errors = FieldErrors()
    latest_start = years_from(today, MAX_PAUSE_YEARS_AHEAD)
    if start < today:
        errors.add("starts_on", message(_PAUSE_PAST, today=today))
    elif start > latest_start:
        errors.add(
            "starts_on",
            message(_PAUSE_TOO_FAR, years=MAX_PAUSE_YEARS_AHEAD, latest=latest_start),
        )
    elif billed_until is not None and start < billed_until:
        errors.add("starts_on", message(_ALREADY_INVOICED, until=billed_until))
    if resumes_on is not None:
        if resumes_on <= start:
            errors.add("resumes_on", message(_PAUSE_ORDER))
        else:
            _check_pause_end(errors, resumes_on, start, today)
    errors.raise_if_any()
    for existing in session.scalars(
        select(SubscriptionPause).where(SubscriptionPause.subscription_id == subscription.id)
    ):
        ends_after_start = existing.end_date is None or existing.end_date > start
        starts_before_end = resumes_on is None or resumes_on > existing.start_date
        if ends_after_start and starts_before_end:
            raise ConflictError(message(_PAUSE_OVERLAP, start=existing.start_date))
    session.add(
        SubscriptionPause(
            subscription_id=subscription.id,
            start_date=start,
            end_date=resumes_on,
            reason=clean_text(reason, maximum=500),
        )
    )
    record_event(
        session,
        today,
        actor,
        "subscription",
        subscription.id,
        "pause_planned",
        details={"from": start, "until": resumes_on},
    )
    session.flush()
    _refresh_status(session, subscription, today, actor)
    return Pause(start, resumes_on)


def _default_pause_start(session: Session, subscription: Subscription, today: date) -> date:
    """When a pause starts unless the owner says: when the period in progress ends,
    and not before the end of what is already invoiced."""
    return max(
        next_boundary(_schedule(subscription), add_days(today, 1)),
        _invoiced_until(session, subscription) or today,
    )


def default_pause_start(session: Session, *, subscription_id: int, today: date) -> date:
    """The day a pause asked for on `today` starts by default, to show the owner."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    if subscription.trial_end is not None and today < subscription.trial_end:
        raise ConflictError(message(_PAUSE_IN_TRIAL))
    return _default_pause_start(session, subscription, today)


def _check_pause_end(errors: FieldErrors, resumes_on: date, start: date, today: date) -> None:
    """Refuse a pause planned to end too far ahead (see `MAX_PAUSE_YEARS_AHEAD`)."""
    latest = years_from(max(start, today), MAX_PAUSE_YEARS_AHEAD)
    if resumes_on > latest:
        errors.add("resumes_on", message(_PAUSE_TOO_LONG, latest=latest))


@dataclass(frozen=True)
class Resumption:
    resumes_on: date
    called_off: bool  # the pause had not started yet: it was removed


def resume_subscription(
    session: Session,
    *,
    subscription_id: int,
    today: date,
    resumes_on: date | None = None,
    actor: str = "user",
) -> Resumption:
    """End the pause in progress (or the one planned) on `resumes_on`, default today;
    a planned pause that would not have started by then is called off. Resuming
    within a cycle bills the rest of that cycle; the anchor stays. The days before
    today are past: a resumption dated then would bill time the customer was paused."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    day = resumes_on or today
    if day < today:
        raise ValidationError.single("resumes_on", message(_RESUME_PAST, today=today))
    pause = session.scalar(
        select(SubscriptionPause)
        .where(
            SubscriptionPause.subscription_id == subscription.id,
            (SubscriptionPause.end_date.is_(None)) | (SubscriptionPause.end_date > today),
        )
        .order_by(SubscriptionPause.start_date)
    )
    if pause is None:
        raise ConflictError(message(_NOT_PAUSED))
    errors = FieldErrors()
    _check_pause_end(errors, day, pause.start_date, today)
    errors.raise_if_any()
    called_off = day <= pause.start_date
    if called_off:
        session.delete(pause)
    else:
        pause.end_date = day
    record_event(
        session,
        today,
        actor,
        "subscription",
        subscription.id,
        "resume_planned",
        details={"on": day},
    )
    session.flush()
    _refresh_status(session, subscription, today, actor)
    return Resumption(day, called_off)


def _refresh_status(session: Session, subscription: Subscription, today: date, actor: str) -> None:
    pauses = pauses_of(session, [subscription.id]).get(subscription.id, [])
    if subscription.status is not SubscriptionStatus.PAST_DUE:
        natural = natural_status(subscription, pauses, today)
        if natural is not subscription.status:
            move_status(session, subscription, natural, today, actor)
    _derive_again(session, subscription.id)


# -- changing plan or quantity ----------------------------------------------------


@dataclass(frozen=True)
class ChangePreview:
    """What a change costs: prorated lines for now, and when the new terms apply."""

    effective_on: date
    mode: ChangeMode
    lines: tuple[LineDraft, ...] = ()
    totals: Totals | None = None
    credited_now: bool = False  # the lines make a credit note today (a downgrade)


@dataclass
class _ChangeRequest:
    subscription: Subscription
    new_plan: Plan
    quantity: int
    price_override: Decimal | None
    mode: ChangeMode
    today: date
    lines: list[LineDraft] = field(default_factory=list)


def _validated_change(
    session: Session,
    subscription_id: int,
    plan_id: int | None,
    quantity: int | None,
    price_override: Decimal | None,
    keep_price: bool,
    mode: ChangeMode,
    today: date,
) -> _ChangeRequest:
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _live(subscription)
    errors = FieldErrors()
    new_plan = subscription.plan
    if plan_id is not None and plan_id != subscription.plan_id:
        found = errors.check("plan_id", lambda: fetch(session, Plan, plan_id, "plan"))
        if found is not None:
            if found.archived:
                errors.add("plan_id", message(_PLAN_ARCHIVED, name=found.name))
            elif found.currency != subscription.plan.currency:
                errors.add(
                    "plan_id",
                    message(
                        _OTHER_CURRENCY,
                        plan=found.name,
                        currency=found.currency,
                        current=subscription.plan.currency,
                    ),
                )
            new_plan = found
    new_quantity = subscription.quantity if quantity is None else quantity
    errors.check("quantity", lambda: check_range(new_quantity, 1, MAX_QUANTITY, RANGE_MESSAGE))
    if keep_price:
        new_price = subscription.unit_price_override if new_plan is subscription.plan else None
    else:
        new_price = price_override
    if new_price is not None:
        if new_price < 0:
            errors.add("unit_price_override", message(NEGATIVE_PRICE))
        price = new_price
        errors.check("unit_price_override", lambda: check_places(price, 4))
    errors.raise_if_any()
    if (new_plan.id, new_quantity, new_price) == (
        subscription.plan_id,
        subscription.quantity,
        subscription.unit_price_override,
    ):
        raise ConflictError(message(_NO_CHANGE))
    old_terms, new_terms = plan_terms(subscription.plan), plan_terms(new_plan)
    same_cycle = (
        old_terms.interval,
        old_terms.day_rule,
        old_terms.fixed_day,
        old_terms.timing,
    ) == (
        new_terms.interval,
        new_terms.day_rule,
        new_terms.fixed_day,
        new_terms.timing,
    )
    if mode is ChangeMode.NOW_PRORATED and not same_cycle:
        raise ValidationError.single("mode", message(_OTHER_CYCLE, plan=new_plan.name))
    return _ChangeRequest(subscription, new_plan, new_quantity, new_price, mode, today)


def _proration(session: Session, request: _ChangeRequest) -> tuple[date, list[LineDraft], bool]:
    """Lines settling the difference for the period in progress.

    If that period is already invoiced, the unused days are credited at the old
    terms and charged at the new; if not, its invoice will come at the new terms,
    so the days already used are charged at the old terms and credited at the new.
    Returns the effective day, the lines, and whether they are a credit (downgrade
    on an invoiced period: a credit note now).
    """
    subscription, today = request.subscription, request.today
    company = require_company(session)
    language = subscription.customer.language
    schedule = _schedule(subscription)
    if request.mode is ChangeMode.NEXT_PERIOD:
        return next_boundary(schedule, add_days(today, 1)), [], False
    index = schedule.index_of(today)
    if index is None or schedule.boundary(index) == today:
        return today, [], False  # nothing of the cycle is used yet: the new terms apply whole
    cycle = schedule.period(index)
    discount = discount_of(subscription)
    old = PriceTerms.of(
        subscription.plan, subscription.quantity, subscription.unit_price_override, discount
    )
    new = PriceTerms.of(request.new_plan, request.quantity, request.price_override, discount)
    invoiced = _current_invoice(session, subscription, today) is not None
    part = Period(today, cycle.end) if invoiced else Period(cycle.start, today)
    regime = company.vat_regime
    if invoiced:
        lines = [
            partial_cycle_line(old, part, cycle, "change_credit", language, regime, credit=True),
            partial_cycle_line(new, part, cycle, "change_charge", language, regime, credit=False),
        ]
    else:
        lines = [
            partial_cycle_line(old, part, cycle, "change_charge", language, regime, credit=False),
            partial_cycle_line(new, part, cycle, "change_credit", language, regime, credit=True),
        ]
    total = sum((line.net_amount for line in lines), Decimal(0))
    return today, lines, invoiced and total < 0


def preview_change(
    session: Session,
    *,
    subscription_id: int,
    today: date,
    mode: ChangeMode,
    plan_id: int | None = None,
    quantity: int | None = None,
    unit_price_override: Decimal | None = None,
    keep_price: bool = True,
) -> ChangePreview:
    """What changing the plan or quantity would cost, before confirming."""
    request = _validated_change(
        session, subscription_id, plan_id, quantity, unit_price_override, keep_price, mode, today
    )
    effective, lines, credit = _proration(session, request)
    currency = request.subscription.plan.currency
    return ChangePreview(
        effective_on=effective,
        mode=mode,
        lines=tuple(lines),
        totals=document_totals(lines, currency) if lines else None,
        credited_now=credit,
    )


def change_subscription(
    session: Session,
    *,
    subscription_id: int,
    today: date,
    mode: ChangeMode,
    plan_id: int | None = None,
    quantity: int | None = None,
    unit_price_override: Decimal | None = None,
    keep_price: bool = True,
    actor: str = "user",
) -> ChangePreview:
    """Change the plan, quantity or price: now with proration (same cycle only), or
    from the next period. A scheduled change replaces one not yet applied."""
    request = _validated_change(
        session, subscription_id, plan_id, quantity, unit_price_override, keep_price, mode, today
    )
    subscription = request.subscription
    effective, lines, credit = _proration(session, request)
    for waiting in session.scalars(
        select(SubscriptionChange).where(
            SubscriptionChange.subscription_id == subscription.id,
            SubscriptionChange.applied_on.is_(None),
        )
    ):
        session.delete(waiting)
    change = SubscriptionChange(
        subscription_id=subscription.id,
        requested_on=today,
        effective_on=effective,
        mode=mode,
        old_plan_id=subscription.plan_id,
        new_plan_id=request.new_plan.id,
        old_quantity=subscription.quantity,
        new_quantity=request.quantity,
        old_unit_price_override=subscription.unit_price_override,
        new_unit_price_override=request.price_override,
        applied_on=None,
    )
    session.add(change)
    if mode is ChangeMode.NOW_PRORATED:
        if credit:
            current = _current_invoice(session, subscription, today)
            assert current is not None
            issuer = Issuer(session, require_company(session), today)
            flipped = [_negated(line) for line in lines]
            issue_credit_lines(session, issuer, current, flipped, today)
        else:
            for line in lines:
                session.add(_pending(subscription, line, today))
        subscription.plan = request.new_plan
        subscription.quantity = request.quantity
        subscription.unit_price_override = request.price_override
        change.applied_on = today
        record_event(
            session,
            today,
            actor,
            "subscription",
            subscription.id,
            "plan_changed",
            summary=request.new_plan.name,
            details={"quantity": request.quantity, "mode": mode},
        )
    else:
        record_event(
            session,
            today,
            actor,
            "subscription",
            subscription.id,
            "plan_change_scheduled",
            summary=request.new_plan.name,
            details={"quantity": request.quantity, "effective_on": effective},
        )
    session.flush()
    _derive_again(session, subscription.id)
    currency = subscription.plan.currency
    return ChangePreview(
        effective_on=effective,
        mode=mode,
        lines=tuple(lines),
        totals=document_totals(lines, currency) if lines else None,
        credited_now=credit,
    )


def _negated(line: LineDraft) -> LineDraft:
    """A line of an invoice-shaped proration turned into a credit note line."""
    return replace(line, quantity=-line.quantity, net_amount=-line.net_amount)


def _pending(subscription: Subscription, line: LineDraft, today: date) -> PendingCharge:
    return PendingCharge(
        subscription_id=subscription.id,
        description=line.description,
        item_id=line.item_id,
        quantity=line.quantity,
        unit_price=line.unit_price,
        net_amount=line.net_amount,
        vat_rate=line.vat_rate,
        vat_category=line.vat_category,
        period_start=line.period.start if line.period else None,
        period_end=line.period.end if line.period else None,
        created_on=today,
        origin="plan_change",
    )


# -- a subscription's history -------------------------------------------------------


@dataclass(frozen=True)
class HistoryEvent:
    """Something that happened to a subscription, as the audit log recorded it."""

    on_date: date
    action: str  # "created", "paused", "plan_changed", "cancellation_scheduled" …
    summary: str  # a plan's name for plan changes
    details: Mapping[str, Any]  # dates as ISO text


@dataclass(frozen=True)
class ScheduledChange:
    """A change of plan, quantity or price waiting for the start of a period."""

    effective_on: date
    plan_name: str
    quantity: int
    unit_price_override: Decimal | None


@dataclass(frozen=True)
class SubscriptionHistory:
    """One subscription with what it brings, what is planned for it, its invoices
    and credit notes (newest first) and its events (newest first)."""

    subscription: SubscriptionRecord
    interval: Interval
    mrr: Decimal
    cancellation_effective_on: date | None
    cancellation_note: str
    pauses: tuple[Pause, ...]
    scheduled_change: ScheduledChange | None
    invoices: tuple[InvoiceRecord, ...]
    events: tuple[HistoryEvent, ...]


def subscription_history(
    session: Session, *, subscription_id: int, today: date
) -> SubscriptionHistory:
    """Everything the owner reads about one subscription; `today` decides which
    invoices are overdue."""
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    record = get_subscription(session, subscription_id)
    interval = plan_terms(subscription.plan).interval
    waiting = session.execute(
        select(
            SubscriptionChange.effective_on,
            Plan.name,
            SubscriptionChange.new_quantity,
            SubscriptionChange.new_unit_price_override,
        )
        .join(Plan, Plan.id == SubscriptionChange.new_plan_id)
        .where(
            SubscriptionChange.subscription_id == subscription_id,
            SubscriptionChange.applied_on.is_(None),
        )
        .order_by(SubscriptionChange.effective_on)
    ).first()
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity == "subscription", AuditEvent.entity_id == subscription_id)
        .order_by(AuditEvent.on_date.desc(), AuditEvent.id.desc())
    )
    today_revenue = revenue_on(session, [subscription_id], today).get(subscription_id)
    return SubscriptionHistory(
        subscription=record,
        interval=interval,
        mrr=today_revenue.mrr if today_revenue is not None else Decimal("0.00"),
        cancellation_effective_on=subscription.cancellation_effective_on,
        cancellation_note=subscription.cancellation_note,
        pauses=tuple(pauses_of(session, [subscription_id]).get(subscription_id, [])),
        scheduled_change=ScheduledChange(*waiting) if waiting is not None else None,
        invoices=tuple(list_invoices(session, today=today, subscription_id=subscription_id)),
        events=tuple(
            HistoryEvent(event.on_date, event.action, event.summary, json.loads(event.details))
            for event in events
        ),
    )
