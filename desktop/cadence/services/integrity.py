"""`cadence db check`: does the data still obey every rule Cadence writes it with?

The database enforces what it can (constraints, foreign keys); these checks
cover the rules that live in the domain, so a file edited by hand, restored
from an old backup or damaged shows where it went wrong.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.domain.identifiers import (
    validate_email,
    validate_iban,
    validate_siren,
    validate_vat_number,
)
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.numbering import NumberMask
from cadence.domain.periods import align_anchor
from cadence.services.catalogue import plan_terms
from cadence.services.common import chunks, pauses_of
from cadence.services.document_checks import DOCUMENT_CHECKS
from cadence.services.pdfs import pdf_violations
from cadence.services.revenue import revenue_history_problems
from cadence.services.subscriptions import discount_of
from cadence.services.timeline import Handled, load_subscriptions, timeline_of
from cadence.services.violations import Violation
from cadence.store.health import storage_problems
from cadence.store.models import (
    CompanySettings,
    Customer,
    NumberSeries,
    Plan,
    Subscription,
    SubscriptionPause,
)


def _storage(session: Session) -> Iterator[Violation]:
    for problem in storage_problems(session):
        yield Violation("storage", "database", problem)


def _numbering(session: Session) -> Iterator[Violation]:
    for series in session.scalars(select(NumberSeries)):
        try:
            NumberMask.parse(series.mask, series.reset)
        except KnownError as error:
            yield Violation("numbering", f"series {series.name}", str(error))
    company = session.get(CompanySettings, 1)
    if company is not None:
        if company.invoice_series.kind is not InvoiceKind.INVOICE:
            yield Violation("numbering", "company", "the invoice series numbers credit notes")
        if company.credit_note_series.kind is not InvoiceKind.CREDIT_NOTE:
            yield Violation("numbering", "company", "the credit-note series numbers invoices")


def _plans(session: Session) -> Iterator[Violation]:
    for plan in session.scalars(select(Plan)):
        try:
            plan_terms(plan)
        except KnownError as error:
            yield Violation("plan", f"plan {plan.id} ({plan.name})", str(error))


def _subscriptions(session: Session) -> Iterator[Violation]:
    query = select(Subscription, Plan).join(Subscription.plan)
    for subscription, plan in session.execute(query):
        subject = f"subscription {subscription.id}"
        try:
            terms = plan_terms(plan)
            discount_of(subscription)
        except KnownError as error:
            yield Violation("subscription", subject, str(error))
            continue
        aligned = align_anchor(
            subscription.billing_anchor, terms.interval, terms.day_rule, terms.fixed_day
        )
        if aligned != subscription.billing_anchor:
            yield Violation(
                "subscription",
                subject,
                f"billing anchor {subscription.billing_anchor} does not follow the plan's "
                f"day rule ({terms.day_rule.value})",
            )
        if subscription.start_date < plan.available_from:
            yield Violation(
                "subscription", subject, f"starts before its plan exists ({plan.available_from})"
            )


def _next_billing_dates(session: Session) -> Iterator[Violation]:
    """The cached next billing date is what the timeline and the invoices say."""
    ids = list(session.scalars(select(Subscription.id).order_by(Subscription.id)))
    for chunk in chunks(ids):
        handled = Handled(session, chunk)
        pauses = pauses_of(session, chunk)
        for subscription in load_subscriptions(session, chunk):
            # A damaged file may have lost the plan row (the storage check says so).
            plan: Plan | None = subscription.plan
            if plan is None:
                continue
            try:
                timeline = timeline_of(subscription, plan, pauses.get(subscription.id, []))
            except (KnownError, ValueError) as error:
                yield Violation("subscription", f"subscription {subscription.id}", str(error))
                continue
            expected = handled.next_billing_date(subscription.id, timeline)
            if subscription.next_billing_date != expected:
                yield Violation(
                    "subscription",
                    f"subscription {subscription.id}",
                    f"next billing date is {subscription.next_billing_date}, "
                    f"its invoices and timeline say {expected}",
                )


def _pauses(session: Session) -> Iterator[Violation]:
    by_subscription: dict[int, list[SubscriptionPause]] = defaultdict(list)
    for pause in session.scalars(select(SubscriptionPause).order_by(SubscriptionPause.start_date)):
        by_subscription[pause.subscription_id].append(pause)
    for subscription_id, pauses in by_subscription.items():
        subject = f"subscription {subscription_id}"
        for earlier, later in itertools.pairwise(pauses):
            if earlier.end_date is None or earlier.end_date > later.start_date:
                yield Violation("pause", subject, f"pauses from {later.start_date} overlap")
    paused = select(Subscription.id).where(Subscription.status == SubscriptionStatus.PAUSED)
    for subscription_id in session.scalars(paused):
        if subscription_id not in by_subscription:
            yield Violation("pause", f"subscription {subscription_id}", "is paused with no pause")


def _revenue_history(session: Session) -> Iterator[Violation]:
    """The stored revenue history is what the subscriptions' data gives (the reports
    read it)."""
    try:
        wrong = revenue_history_problems(session)
    except (KnownError, ValueError, KeyError) as error:  # a damaged plan or subscription row
        yield Violation("revenue", "database", f"cannot derive the revenue history: {error}")
        return
    for subscription_id in wrong:
        yield Violation(
            "revenue",
            f"subscription {subscription_id}",
            "its revenue history differs from its dates, changes, pauses and prices",
        )


def _customers(session: Session) -> Iterator[Violation]:
    checks: tuple[tuple[str, Callable[[str], str]], ...] = (
        ("siren", validate_siren),
        ("vat_number", validate_vat_number),
        ("iban", validate_iban),
        ("email", validate_email),
    )
    for customer in session.scalars(select(Customer)):
        for field_name, validate in checks:
            value = getattr(customer, field_name)
            if value is None:
                continue
            try:
                validate(value)
            except KnownError as error:
                yield Violation("customer", f"customer {customer.id} ({customer.name})", str(error))


CHECKS: tuple[Callable[[Session], Iterator[Violation]], ...] = (
    _storage,
    _numbering,
    _plans,
    _subscriptions,
    _next_billing_dates,
    _pauses,
    _revenue_history,
    _customers,
    *DOCUMENT_CHECKS,
    pdf_violations,
)


def check_database(session: Session) -> list[Violation]:
    """Every violation found; an empty list means the database is consistent."""
    return [violation for check in CHECKS for violation in check(session)]
