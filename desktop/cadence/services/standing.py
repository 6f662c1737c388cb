"""Where a running subscription stands: its natural status on a day, and past due.

Kept apart from the owner's operations so that recording a payment or a credit
note can bring a past-due subscription back at once, without importing them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from cadence.domain.billing import Pause
from cadence.domain.direct_debit import CollectionStatus
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, PaymentStatus
from cadence.domain.lifecycle import LIVE_STATUSES, SubscriptionStatus, check_transition
from cadence.domain.parties import PaymentMethod
from cadence.services.common import pauses_of, record_event
from cadence.store.models import (
    Collection,
    Customer,
    Invoice,
    Mandate,
    Payment,
    PaymentAllocation,
    Plan,
    Subscription,
)


def move_status(
    session: Session,
    subscription: Subscription,
    status: SubscriptionStatus,
    on_date: date,
    actor: str,
    **details: object,
) -> None:
    """Move `subscription` to `status` (if the state machine allows it), with an event."""
    check_transition(subscription.status, status)
    subscription.status = status
    record_event(
        session, on_date, actor, "subscription", subscription.id, status.value, details=details
    )


def _pause_on(pauses: Sequence[Pause], day: date) -> Pause | None:
    return next((pause for pause in pauses if pause.covers(day)), None)


def natural_status(
    subscription: Subscription, pauses: Sequence[Pause], as_of: date
) -> SubscriptionStatus:
    """The status a running subscription has on `as_of` when nothing is unpaid.

    A trial, once over, never comes back, even if the clock is moved back.
    """
    # A coming end matters more to the owner than a pause: a paused subscription
    # whose cancellation is scheduled shows the cancellation (and bills nothing
    # while paused all the same).
    if subscription.cancellation_effective_on is not None:
        return SubscriptionStatus.CANCELLATION_SCHEDULED
    if _pause_on(pauses, as_of) is not None:
        return SubscriptionStatus.PAUSED
    in_trial = subscription.trial_end is not None and as_of < subscription.trial_end
    if in_trial and subscription.status is SubscriptionStatus.TRIAL:
        return SubscriptionStatus.TRIAL
    return SubscriptionStatus.ACTIVE


def collection_requested() -> ColumnElement[bool]:
    """The invoice is in a direct-debit batch the bank has not confirmed yet: it is
    being collected, so neither late for its subscription nor for the dunning."""
    return Invoice.id.in_(
        select(Collection.invoice_id).where(Collection.status == CollectionStatus.REQUESTED)
    )


def debit_announced() -> ColumnElement[bool]:
    """The invoice told the customer it would be debited (its PDF carries the mandate:
    "nothing to pay"), no payment of it came back, and the customer still pays by
    direct debit under a mandate not revoked: collecting it is the owner's to do, in a
    batch, so it is not the customer's lateness, even past its due date.

    A debit returned, a mandate revoked or a customer moved to another way of paying
    makes it the customer's to pay again, and the dunning takes it up.

    Cheap on a million invoices: only the invoices that carry the mention are looked
    at further; the customers paying by direct debit under a mandate are one list,
    read once per query (as `collection_requested`'s batches are); a payment returned
    is looked up by the allocations' invoice index, only for the invoices left, since
    payments have no index on their status (a list of them would read them all)."""
    returned = (
        select(PaymentAllocation.id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(
            PaymentAllocation.invoice_id == Invoice.id,
            Payment.status == PaymentStatus.RETURNED,
        )
        .correlate(Invoice)
        .exists()
    )
    debtors = Invoice.customer_id.in_(
        select(Mandate.customer_id)
        .join(Customer, Customer.id == Mandate.customer_id)
        .where(Customer.payment_method == PaymentMethod.DIRECT_DEBIT, Mandate.revoked_on.is_(None))
    )
    return Invoice.debit_mandate_reference.is_not(None) & debtors & ~returned


def awaiting_collection() -> ColumnElement[bool]:
    """The invoice is the owner's to collect, not the customer's to pay: in a batch the
    bank has not confirmed yet, or announced as debited and not in a batch yet. Either
    way it is not late for its subscription, the dunning or the overdue alerts."""
    return collection_requested() | debit_announced()


def sweep_past_due(session: Session, *, as_of: date, actor: str) -> int:
    """Subscriptions with an invoice unpaid past the plan's grace period become past
    due; once nothing is overdue beyond grace they return to their natural status."""
    late: set[int] = set()
    rows = session.execute(
        select(Invoice.subscription_id, func.min(Invoice.due_date), Plan.grace_days)
        .join(Subscription, Subscription.id == Invoice.subscription_id)
        .join(Plan, Plan.id == Subscription.plan_id)
        .where(
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.status.in_(OPEN_STATUSES),
            Invoice.due_date < as_of,
            Subscription.status.in_(LIVE_STATUSES),
            ~awaiting_collection(),
        )
        .group_by(Invoice.subscription_id, Plan.grace_days)
    )
    for subscription_id, due, grace_days in rows:
        if subscription_id is None or due is None:
            continue  # as selected: open invoices of subscriptions have both
        if due + timedelta(days=grace_days) < as_of:
            late.add(subscription_id)
    moving = list(
        session.scalars(
            select(Subscription).where(
                (
                    (Subscription.id.in_(late))
                    & (Subscription.status != SubscriptionStatus.PAST_DUE)
                    & (Subscription.status != SubscriptionStatus.TRIAL)
                )
                | (
                    (Subscription.status == SubscriptionStatus.PAST_DUE)
                    & Subscription.id.not_in(late)
                )
            )
        )
    )
    pauses = pauses_of(session, [subscription.id for subscription in moving])
    for subscription in moving:
        if subscription.id in late:
            move_status(session, subscription, SubscriptionStatus.PAST_DUE, as_of, actor)
        else:
            natural = natural_status(subscription, pauses.get(subscription.id, []), as_of)
            move_status(session, subscription, natural, as_of, actor)
    session.flush()
    return len(moving)
