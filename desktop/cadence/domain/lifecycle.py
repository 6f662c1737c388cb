"""The subscription state machine, cancellation reasons, and a new subscription's dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cadence.domain.catalogue import BillingTiming, PlanTerms
from cadence.domain.errors import ConflictError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.periods import BillingSchedule, Interval, add_days, align_anchor


class SubscriptionStatus(StrEnum):
    TRIAL = "trial"
    ACTIVE = "active"
    PAUSED = "paused"
    PAST_DUE = "past_due"
    CANCELLATION_SCHEDULED = "cancellation_scheduled"
    CANCELLED = "cancelled"
    ENDED = "ended"  # a fixed term ran its course


LIVE_STATUSES = frozenset(
    {
        SubscriptionStatus.TRIAL,
        SubscriptionStatus.ACTIVE,
        SubscriptionStatus.PAUSED,
        SubscriptionStatus.PAST_DUE,
        SubscriptionStatus.CANCELLATION_SCHEDULED,
    }
)
FINISHED_STATUSES = frozenset({SubscriptionStatus.CANCELLED, SubscriptionStatus.ENDED})

_S = SubscriptionStatus
ALLOWED_TRANSITIONS: dict[SubscriptionStatus, frozenset[SubscriptionStatus]] = {
    _S.TRIAL: frozenset({_S.ACTIVE, _S.CANCELLATION_SCHEDULED, _S.CANCELLED}),
    _S.ACTIVE: frozenset(
        {_S.PAUSED, _S.PAST_DUE, _S.CANCELLATION_SCHEDULED, _S.CANCELLED, _S.ENDED}
    ),
    # A fixed term may run out while the subscription is paused.
    _S.PAUSED: frozenset(
        {_S.ACTIVE, _S.PAST_DUE, _S.CANCELLATION_SCHEDULED, _S.CANCELLED, _S.ENDED}
    ),
    _S.PAST_DUE: frozenset(
        {_S.ACTIVE, _S.PAUSED, _S.CANCELLATION_SCHEDULED, _S.CANCELLED, _S.ENDED}
    ),
    # Undoing a scheduled cancellation returns the subscription to active, or to
    # paused when a pause covers that day.
    _S.CANCELLATION_SCHEDULED: frozenset(
        {_S.ACTIVE, _S.PAUSED, _S.PAST_DUE, _S.CANCELLED, _S.ENDED}
    ),
    # Finished subscriptions never come back: a returning customer gets a new one,
    # which is what reactivation in the MRR movements counts.
    _S.CANCELLED: frozenset(),
    _S.ENDED: frozenset(),
}

_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Messages", "a subscription that is {current} cannot become {target}"
)


def check_transition(current: SubscriptionStatus, target: SubscriptionStatus) -> None:
    if target not in ALLOWED_TRANSITIONS[current]:
        raise ConflictError(message(_NOT_ALLOWED, current=current.value, target=target.value))


class CancellationReason(StrEnum):
    """The list an owner picks from when a subscription is cancelled (churn report)."""

    TOO_EXPENSIVE = "too_expensive"
    LOW_USAGE = "low_usage"
    MISSING_FEATURES = "missing_features"
    SWITCHED_TO_COMPETITOR = "switched_to_competitor"
    SERVICE_QUALITY = "service_quality"
    TEMPORARY_NEED = "temporary_need"
    BUSINESS_CLOSED = "business_closed"
    NON_PAYMENT = "non_payment"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class SubscriptionDates:
    """Where a new subscription's trial, billing and commitment begin and end.

    `trial_end`, `commitment_end` are exclusive, like period ends: the first
    day after the trial, the first day free of the commitment.
    """

    start: date
    trial_end: date | None
    service_start: date  # first paid day
    billing_anchor: date
    commitment_end: date | None
    first_billing_date: date

    @property
    def has_stub_period(self) -> bool:
        """A day rule may leave a short first period before the anchor."""
        return self.service_start < self.billing_anchor


def subscription_dates(start: date, terms: PlanTerms) -> SubscriptionDates:
    """Compute the dates of a subscription starting on `start` under `terms`."""
    trial_end = terms.trial.after(start) if terms.trial else None
    service_start = trial_end or start
    anchor = align_anchor(service_start, terms.interval, terms.day_rule, terms.fixed_day)
    if terms.timing is BillingTiming.ADVANCE:
        first_billing_date = service_start
    elif service_start < anchor:
        first_billing_date = anchor  # the end of the short first period
    else:
        schedule = BillingSchedule(anchor, terms.interval, terms.day_rule, terms.fixed_day)
        first_billing_date = schedule.period(0).end
    commitment_end = terms.commitment.after(service_start) if terms.commitment else None
    return SubscriptionDates(
        start=start,
        trial_end=trial_end,
        service_start=service_start,
        billing_anchor=anchor,
        commitment_end=commitment_end,
        first_billing_date=first_billing_date,
    )


def initial_status(dates: SubscriptionDates, today: date) -> SubscriptionStatus:
    """A new subscription is in trial until its trial ends; one entered after that,
    with a start date in the past, is already active."""
    if dates.trial_end is not None and today < dates.trial_end:
        return SubscriptionStatus.TRIAL
    return SubscriptionStatus.ACTIVE


def next_boundary(schedule: BillingSchedule, day: date) -> date:
    """The first period start on or after `day` (the anchor, before the schedule begins)."""
    return schedule.boundary(schedule.first_index_on_or_after(day))


def cancellation_takes_effect(
    *,
    requested_on: date,
    schedule: BillingSchedule,
    notice: Interval | None,
    commitment_end: date | None,
    term_end: date | None = None,
) -> date:
    """When a cancellation "at period end" requested on `requested_on` ends the service.

    The period in progress is served to its end (one that starts on the day of the
    request is in progress: it may already be billed); the notice runs from the
    request; the commitment must be served. The service ends at the first period
    start that satisfies all three. A fixed term ending sooner ends it sooner.
    """
    earliest = add_days(requested_on, 1)
    if notice is not None:
        earliest = max(earliest, notice.after(requested_on))
    if commitment_end is not None:
        earliest = max(earliest, commitment_end)
    end = next_boundary(schedule, earliest)
    return min(end, term_end) if term_end is not None else end


def current_commitment_end(service_start: date, commitment: Interval, on: date) -> date:
    """The end of the commitment term in progress on `on`, for a subscription renewed
    by tacit agreement for the same term each time: term k ends at
    service_start + (k + 1) × commitment, computed from the start (no drift)."""
    term = 1
    while commitment.after(service_start, term) <= on:
        term += 1
    return commitment.after(service_start, term)


def renewal_date(
    *,
    schedule: BillingSchedule,
    commitment: Interval | None,
    service_start: date,
    on_or_after: date,
) -> date:
    """The next day the subscription renews: the end of its commitment term, or
    without commitment the next period start."""
    if commitment is not None:
        return current_commitment_end(service_start, commitment, add_days(on_or_after, -1))
    return next_boundary(schedule, on_or_after)
