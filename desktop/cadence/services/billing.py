"""The billing run: every invoice that has fallen due, exactly once.

`run_billing` finds each subscription period whose invoice is due on or before
`as_of` and not yet issued, skipped or postponed, builds its invoice and issues
it, in batches that each commit whole: a crash loses at most the batch in
progress, never half an invoice, and the next run resumes where it stopped.
The unique (subscription, period start) constraint makes a second invoice for
a period impossible, whatever happens around it.

`due_occurrences` answers "what would a run issue?" without writing, so the
owner can review, postpone or skip before issuing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from cadence.domain.billing import BillingTimeline, Occurrence, Pause
from cadence.domain.errors import ConflictError, Message, NotFoundError, ValidationError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import InvoiceKind, LineDraft, document_totals
from cadence.domain.periods import Period, align_anchor, years_from
from cadence.services.catalogue import plan_terms
from cadence.services.common import chunks, fetch, pauses_of, record_event
from cadence.services.company import require_company
from cadence.services.issuing import ChronologyError, DocumentToIssue, IssuedDocument, Issuer
from cadence.services.lifecycle import LifecycleReport, sweep_lifecycle
from cadence.services.payments import apply_customer_credit
from cadence.services.pricing import PriceTerms, period_line
from cadence.services.revenue import refresh_revenue_history
from cadence.services.standing import sweep_past_due
from cadence.services.subscriptions import discount_of
from cadence.services.timeline import (
    Handled,
    load_subscriptions,
    refresh_next_billing_dates,
    settled_before,
    timeline_of,
)
from cadence.store.models import (
    BillingDecision,
    CompanySettings,
    Invoice,
    NumberSeries,
    OccurrenceDecision,
    PendingCharge,
    Plan,
    Subscription,
    SubscriptionChange,
)

_NOT_DUE = QT_TRANSLATE_NOOP(
    "Messages", "subscription {subscription} has no period starting on {start} to bill"
)
_ALREADY = QT_TRANSLATE_NOOP(
    "Messages", "the period from {start} of subscription {subscription} is already invoiced"
)
_POSTPONE_PAST = QT_TRANSLATE_NOOP(
    "Messages", "postpone to a day after today ({today}), not {until}"
)
_POSTPONE_TOO_FAR = QT_TRANSLATE_NOOP(
    "Messages",
    "an invoice can be postponed to {latest} at the latest, not {until}; "
    "skip the period instead if it is never to be invoiced",
)

ACTOR = "billing"
BATCH_SIZE = 500  # invoices per transaction
DUE_SLICE = 2000  # subscriptions planned at once when only listing what is due
# Further off, an invoice is forgotten rather than postponed: skipping the period says so.
MAX_POSTPONE_YEARS = 1


@dataclass(frozen=True)
class DueInvoice:
    """One invoice a run would issue now."""

    subscription_id: int
    customer_id: int
    customer_name: str
    plan_id: int  # the plan the period is billed under
    plan_name: str
    period_start: date
    period_end: date
    due_on: date
    prorated: bool
    net: Decimal
    vat: Decimal
    gross: Decimal
    currency: str
    postponed: bool  # it was postponed earlier and is due again


@dataclass
class BillingReport:
    as_of: date
    issued: list[IssuedDocument] = field(default_factory=list)
    blocked: list[Message] = field(default_factory=list)  # series that could not issue, and why
    lifecycle: LifecycleReport = field(default_factory=LifecycleReport)


@dataclass(frozen=True)
class _Terms:
    """The terms a stretch of a subscription's timeline is billed under."""

    plan: Plan
    quantity: int
    unit_price_override: Decimal | None
    billing_anchor: date
    cycle_start: date

    @classmethod
    def current(cls, subscription: Subscription) -> _Terms:
        return cls(
            plan=subscription.plan,
            quantity=subscription.quantity,
            unit_price_override=subscription.unit_price_override,
            billing_anchor=subscription.billing_anchor,
            cycle_start=subscription.cycle_start,
        )

    def after(self, change: SubscriptionChange, new_plan: Plan) -> _Terms:
        """The terms from the day `change` takes effect; a different cycle starts there."""
        old, new = plan_terms(self.plan), plan_terms(new_plan)
        anchor, cycle_start = self.billing_anchor, self.cycle_start
        if (old.interval, old.day_rule, old.fixed_day) != (
            new.interval,
            new.day_rule,
            new.fixed_day,
        ):
            cycle_start = change.effective_on
            anchor = align_anchor(change.effective_on, new.interval, new.day_rule, new.fixed_day)
        return _Terms(
            plan=new_plan,
            quantity=change.new_quantity,
            unit_price_override=change.new_unit_price_override,
            billing_anchor=anchor,
            cycle_start=cycle_start,
        )

    def timeline(self, subscription: Subscription, pauses: Sequence[Pause]) -> BillingTimeline:
        return timeline_of(
            subscription,
            self.plan,
            pauses,
            billing_anchor=self.billing_anchor,
            cycle_start=self.cycle_start,
        )


@dataclass
class _Step:
    """Occurrences billed under one set of terms; `change` is applied before them."""

    terms: _Terms
    occurrences: list[Occurrence]
    change: SubscriptionChange | None = None


@dataclass
class _Work:
    subscription: Subscription
    steps: list[_Step]
    pending: list[PendingCharge]
    cycles_before: int
    postponed: set[date]
    pauses: list[Pause]

    @property
    def occurrence_count(self) -> int:
        return sum(len(step.occurrences) for step in self.steps)


def _candidates(session: Session, as_of: date) -> list[int]:
    """Subscriptions that may have something to bill by `as_of` (indexed queries)."""
    found: set[int] = set()
    found.update(
        session.scalars(select(Subscription.id).where(Subscription.next_billing_date <= as_of))
    )
    found.update(
        session.scalars(
            select(SubscriptionChange.subscription_id).where(
                SubscriptionChange.applied_on.is_(None), SubscriptionChange.effective_on <= as_of
            )
        )
    )
    found.update(
        session.scalars(
            select(BillingDecision.subscription_id).where(
                BillingDecision.decision == OccurrenceDecision.POSTPONED,
                BillingDecision.postponed_until <= as_of,
            )
        )
    )
    found.update(
        session.scalars(
            select(PendingCharge.subscription_id).where(PendingCharge.invoice_id.is_(None))
        )
    )
    return sorted(found)


def _plan_run(session: Session, as_of: date, ids: Sequence[int]) -> tuple[list[_Work], Handled]:
    """What is due for each subscription in `ids`, without writing anything; with
    what is settled of each, which the run keeps up to date as it issues."""
    subscriptions = load_subscriptions(session, ids)
    pauses = pauses_of(session, ids)
    handled = Handled(session, ids)
    changes: dict[int, list[SubscriptionChange]] = defaultdict(list)
    cycles: dict[int, int] = {}
    pending: dict[int, list[PendingCharge]] = defaultdict(list)
    for chunk in chunks(ids):
        for change in session.scalars(
            select(SubscriptionChange)
            .where(
                SubscriptionChange.subscription_id.in_(chunk),
                SubscriptionChange.applied_on.is_(None),
                SubscriptionChange.effective_on <= as_of,
            )
            .order_by(SubscriptionChange.effective_on, SubscriptionChange.id)
        ):
            changes[change.subscription_id].append(change)
        cycles.update(
            (row[0], row[1])
            for row in session.execute(
                select(Invoice.subscription_id, func.count())
                .where(
                    Invoice.subscription_id.in_(chunk),
                    Invoice.kind == InvoiceKind.INVOICE,
                    Invoice.period_start.is_not(None),
                )
                .group_by(Invoice.subscription_id)
            )
            if row[0] is not None
        )
        for charge in session.scalars(
            select(PendingCharge)
            .where(PendingCharge.subscription_id.in_(chunk), PendingCharge.invoice_id.is_(None))
            .order_by(PendingCharge.id)
        ):
            pending[charge.subscription_id].append(charge)
    new_plans = {
        plan.id: plan
        for plan in session.scalars(
            select(Plan)
            .where(Plan.id.in_({c.new_plan_id for group in changes.values() for c in group}))
            .options(selectinload(Plan.item), selectinload(Plan.invoice_series))
        )
    }
    works = []
    for subscription in subscriptions:
        terms = _Terms.current(subscription)
        own_pauses = pauses.get(subscription.id, [])
        # Periods before this day are settled (see timeline.settled_before), except
        # postponed ones, which come back on their own day.
        bounds = [
            day
            for day in (
                settled_before(subscription),
                *handled.postponed.get(subscription.id, {}),
            )
            if day is not None
        ]
        from_date = min(bounds) if bounds else None
        steps: list[_Step] = []
        since: date | None = None
        pending_change: SubscriptionChange | None = None
        for change in changes.get(subscription.id, []):
            steps.append(
                _Step(
                    terms,
                    _due(
                        subscription,
                        terms,
                        own_pauses,
                        handled,
                        as_of,
                        from_date,
                        since,
                        change.effective_on,
                    ),
                    pending_change,
                )
            )
            terms, since, pending_change = (
                terms.after(change, new_plans[change.new_plan_id]),
                change.effective_on,
                change,
            )
        steps.append(
            _Step(
                terms,
                _due(subscription, terms, own_pauses, handled, as_of, from_date, since, None),
                pending_change,
            )
        )
        works.append(
            _Work(
                subscription=subscription,
                steps=steps,
                pending=pending.get(subscription.id, []),
                cycles_before=cycles.get(subscription.id, 0),
                postponed=set(handled.postponed.get(subscription.id, {})),
                pauses=own_pauses,
            )
        )
    return works, handled


def _due(
    subscription: Subscription,
    terms: _Terms,
    pauses: Sequence[Pause],
    handled: Handled,
    as_of: date,
    from_date: date | None,
    since: date | None,
    before: date | None,
) -> list[Occurrence]:
    timeline = terms.timeline(subscription, pauses)
    return [
        occurrence
        for occurrence in timeline.occurrences(due_until=as_of, from_date=from_date)
        if (since is None or occurrence.service.start >= since)
        and (before is None or occurrence.service.start < before)
        and not handled.waits(subscription.id, occurrence.service.start, as_of)
    ]


def _series_of(plan: Plan, company: CompanySettings) -> NumberSeries:
    return plan.invoice_series or company.invoice_series


def _pending_line(charge: PendingCharge, plan: Plan) -> LineDraft:
    return LineDraft(
        description=charge.description,
        quantity=charge.quantity,
        unit_price=charge.unit_price,
        net_amount=charge.net_amount,
        vat_rate=charge.vat_rate,
        vat_category=charge.vat_category,
        item_kind=plan.item.kind,
        item_id=charge.item_id,
        period=Period(charge.period_start, charge.period_end)
        if charge.period_start and charge.period_end
        else None,
    )


@dataclass
class _Built:
    """A document with what issuing it settles: pending charges, a postponement."""

    document: DocumentToIssue
    subscription: Subscription
    plan: Plan  # the one the document bills under
    pending_ids: list[int]
    postponed_start: date | None
    due_on: date | None
    prorated: bool


def _build(work: _Work, company: CompanySettings) -> list[_Built]:
    subscription = work.subscription
    customer = subscription.customer
    discount = discount_of(subscription)
    cycles = work.cycles_before
    built: list[_Built] = []
    pending = list(work.pending)
    for step in work.steps:
        terms = PriceTerms.of(
            step.terms.plan, step.terms.quantity, step.terms.unit_price_override, discount
        )
        for occurrence in step.occurrences:
            lines = [
                period_line(
                    terms, occurrence.service, cycles, customer.language, company.vat_regime
                )
            ]
            cycles += 1
            lines.extend(_pending_line(charge, step.terms.plan) for charge in pending)
            start = occurrence.service.start
            built.append(
                _Built(
                    document=DocumentToIssue(
                        kind=InvoiceKind.INVOICE,
                        customer=customer,
                        series=_series_of(step.terms.plan, company),
                        currency=terms.currency,
                        lines=lines,
                        subscription_id=subscription.id,
                        period=occurrence.service.period,
                        customer_reference=subscription.customer_reference,
                    ),
                    subscription=subscription,
                    plan=step.terms.plan,
                    pending_ids=[charge.id for charge in pending],
                    postponed_start=start if start in work.postponed else None,
                    due_on=occurrence.due_on,
                    prorated=occurrence.service.prorated,
                )
            )
            pending = []
    return built


def _standalone(work: _Work, company: CompanySettings, as_of: date) -> _Built | None:
    """An invoice for charges left on a subscription that has ended with nothing
    more to bill (its last periods would otherwise have carried them)."""
    subscription = work.subscription
    finished = subscription.ended_on is not None and subscription.ended_on <= as_of
    if not work.pending or work.occurrence_count or not finished:
        return None
    plan = subscription.plan
    return _Built(
        document=DocumentToIssue(
            kind=InvoiceKind.INVOICE,
            customer=subscription.customer,
            series=_series_of(plan, company),
            currency=plan.currency,
            lines=[_pending_line(charge, plan) for charge in work.pending],
            subscription_id=subscription.id,
            customer_reference=subscription.customer_reference,
        ),
        subscription=subscription,
        plan=plan,
        pending_ids=[charge.id for charge in work.pending],
        postponed_start=None,
        due_on=as_of,
        prorated=False,
    )


def _documents(works: Sequence[_Work], company: CompanySettings, as_of: date) -> list[_Built]:
    built: list[_Built] = []
    for work in works:
        built.extend(_build(work, company))
        leftover = _standalone(work, company, as_of)
        if leftover is not None:
            built.append(leftover)
    return built


def due_occurrences(
    session: Session, *, as_of: date, subscription_ids: Sequence[int] | None = None
) -> list[DueInvoice]:
    """What a billing run on `as_of` would issue, with amounts, writing nothing; for the
    subscriptions in `subscription_ids` alone, when given."""
    company = require_company(session)
    candidates = _candidates(session, as_of)
    if subscription_ids is not None:
        wanted = set(subscription_ids)
        candidates = [candidate for candidate in candidates if candidate in wanted]
    due: list[DueInvoice] = []
    # A slice of subscriptions at a time, each let go before the next: a 30-day
    # forecast over 100,000 subscriptions held them all, and 500 MB, at once.
    for start in range(0, len(candidates), DUE_SLICE):
        works, _ = _plan_run(session, as_of, candidates[start : start + DUE_SLICE])
        due.extend(_due_invoices(works, company, as_of))
    return due


def _due_invoices(
    works: Sequence[_Work], company: CompanySettings, as_of: date
) -> Iterable[DueInvoice]:
    for built in _documents(works, company, as_of):
        document = built.document
        totals = document_totals(document.lines, document.currency)
        period = document.period
        yield DueInvoice(
            subscription_id=built.subscription.id,
            customer_id=document.customer.id,
            customer_name=document.customer.name,
            plan_id=built.plan.id,
            plan_name=built.plan.name,
            period_start=period.start if period else as_of,
            period_end=period.end if period else as_of,
            due_on=built.due_on or as_of,
            prorated=built.prorated,
            net=totals.net,
            vat=totals.vat,
            gross=totals.gross,
            currency=document.currency,
            postponed=built.postponed_start is not None,
        )


def _apply_change(session: Session, work: _Work, step: _Step, as_of: date, actor: str) -> None:
    """Make a scheduled change the subscription's terms, from its effective date."""
    change = step.change
    assert change is not None
    subscription = work.subscription
    subscription.plan = step.terms.plan
    subscription.quantity = step.terms.quantity
    subscription.unit_price_override = step.terms.unit_price_override
    subscription.billing_anchor = step.terms.billing_anchor
    subscription.cycle_start = step.terms.cycle_start
    change.applied_on = as_of
    record_event(
        session,
        change.effective_on,
        actor,
        "subscription",
        subscription.id,
        "plan_changed",
        summary=step.terms.plan.name,
        details={"change": change.id, "quantity": change.new_quantity},
    )


def run_billing(
    session: Session,
    *,
    as_of: date,
    actor: str = ACTOR,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[BillingReport, int], None] = lambda report, total: None,
    commit_batches: bool = True,
) -> BillingReport:
    """Issue every invoice due on or before `as_of`, dated `as_of`.

    Commits after each batch of whole invoices (the session must not be inside
    an outer transaction block); `progress(report, total)` is called after each.
    With `commit_batches=False` it only flushes, inside the caller's transaction.
    """
    company = require_company(session)
    report = BillingReport(as_of=as_of)
    report.lifecycle = sweep_lifecycle(session, as_of=as_of, actor=actor)
    issuer = Issuer(session, company, as_of)
    works, handled = _plan_run(session, as_of, _candidates(session, as_of))
    usable: list[_Work] = []
    refused: set[int] = set()
    for work in works:
        for step in work.steps:
            series = _series_of(step.terms.plan, company)
            if series.id in refused:
                break
            try:
                issuer.check_series(series)
            except ChronologyError as error:
                refused.add(series.id)
                report.blocked.append(error.message)
                break
        else:
            usable.append(work)
    total = sum(work.occurrence_count for work in usable)
    batch: list[_Work] = []
    in_batch = 0
    for work in usable:
        batch.append(work)
        in_batch += work.occurrence_count
        if in_batch >= batch_size:
            _issue_batch(session, issuer, company, batch, handled, as_of, actor, report)
            _end_batch(session, commit_batches)
            progress(report, total)
            batch, in_batch = [], 0
    _issue_batch(session, issuer, company, batch, handled, as_of, actor, report)
    report.lifecycle.past_due_changes = sweep_past_due(session, as_of=as_of, actor=actor)
    _end_batch(session, commit_batches)
    progress(report, total)
    return report


def _issue_batch(
    session: Session,
    issuer: Issuer,
    company: CompanySettings,
    works: Sequence[_Work],
    handled: Handled,
    as_of: date,
    actor: str,
    report: BillingReport,
) -> None:
    """Issue the invoices of `works`, apply their due changes, and move each
    subscription's next billing date on."""
    changed: list[int] = []
    for work in works:
        for step in work.steps:
            if step.change is not None:
                _apply_change(session, work, step, as_of, actor)
                changed.append(work.subscription.id)
    refresh_revenue_history(session, changed)
    built = _documents(works, company, as_of)
    session.flush()
    issued = issuer.issue([item.document for item in built])
    for item, document in zip(built, issued, strict=True):
        if item.pending_ids:
            session.execute(
                update(PendingCharge)
                .where(PendingCharge.id.in_(item.pending_ids))
                .values(invoice_id=document.id)
            )
        if item.postponed_start is not None:
            session.execute(
                delete(BillingDecision).where(
                    BillingDecision.subscription_id == item.subscription.id,
                    BillingDecision.period_start == item.postponed_start,
                )
            )
            handled.postponed[item.subscription.id].pop(item.postponed_start, None)
        if item.document.period is not None:
            handled.done[item.subscription.id].add(item.document.period.start)
    apply_customer_credit(session, {document.customer_id for document in issued}, on=as_of)
    for work in works:
        # What was settled before stays settled: start from the old date.
        subscription = work.subscription
        timeline = timeline_of(subscription, subscription.plan, work.pauses)
        subscription.next_billing_date = handled.next_billing_date(
            subscription.id, timeline, settled_before(subscription)
        )
    report.issued.extend(issued)


def _end_batch(session: Session, commit: bool) -> None:
    if commit:
        session.commit()
    else:
        session.flush()


def _check_period(session: Session, subscription: Subscription, period_start: date) -> None:
    """Refuse a decision about a period the subscription does not have, or has invoiced."""
    pauses = pauses_of(session, [subscription.id]).get(subscription.id, [])
    for service in timeline_of(subscription, subscription.plan, pauses).billable_periods():
        if service.start >= period_start:
            if service.start == period_start:
                break
            raise NotFoundError(message(_NOT_DUE, subscription=subscription.id, start=period_start))
    else:
        raise NotFoundError(message(_NOT_DUE, subscription=subscription.id, start=period_start))
    invoiced = session.scalar(
        select(func.count())
        .select_from(Invoice)
        .where(Invoice.subscription_id == subscription.id, Invoice.period_start == period_start)
    )
    if invoiced:
        raise ConflictError(message(_ALREADY, subscription=subscription.id, start=period_start))


def _decide(
    session: Session,
    subscription_id: int,
    period_start: date,
    decision: OccurrenceDecision,
    until: date | None,
    note: str,
    today: date,
    actor: str,
) -> None:
    subscription = fetch(session, Subscription, subscription_id, "subscription")
    _check_period(session, subscription, period_start)
    row = session.scalar(
        select(BillingDecision).where(
            BillingDecision.subscription_id == subscription_id,
            BillingDecision.period_start == period_start,
        )
    )
    if row is None:
        row = BillingDecision(subscription_id=subscription_id, period_start=period_start)
        session.add(row)
    row.decision, row.postponed_until, row.decided_on, row.note = decision, until, today, note
    record_event(
        session,
        today,
        actor,
        "subscription",
        subscription_id,
        f"invoice_{decision.value}",
        details={"period_start": period_start, "until": until, "note": note},
    )
    refresh_next_billing_dates(session, [subscription_id])


def postpone_invoice(
    session: Session,
    *,
    subscription_id: int,
    period_start: date,
    until: date,
    today: date,
    note: str = "",
    actor: str = "user",
) -> None:
    """Issue the invoice of this period later, on or after `until`, for the same period."""
    if until <= today:
        raise ConflictError(message(_POSTPONE_PAST, today=today, until=until))
    latest = years_from(today, MAX_POSTPONE_YEARS)
    if until > latest:
        raise ValidationError.single(
            "until",
            message(
                _POSTPONE_TOO_FAR,
                latest=latest,
                until=until,
            ),
        )
    _decide(
        session,
        subscription_id,
        period_start,
        OccurrenceDecision.POSTPONED,
        until,
        note,
        today,
        actor,
    )


def skip_invoice(
    session: Session,
    *,
    subscription_id: int,
    period_start: date,
    today: date,
    note: str = "",
    actor: str = "user",
) -> None:
    """Never invoice this period (a free month, a period billed by hand): recorded."""
    _decide(
        session,
        subscription_id,
        period_start,
        OccurrenceDecision.SKIPPED,
        None,
        note,
        today,
        actor,
    )
