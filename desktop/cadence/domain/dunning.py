"""When to remind a customer: the dunning steps after an invoice's due date, the
notice before a renewal, and the late fees the law allows.

Decisions are made by date *windows*, never on an exact day: a step whose day
passed while Cadence was closed is still taken at the next run, once. Other tools
matched reminders on the exact date and lost them when the job did not run that
day, or added late fees every time the job ran.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

# Code de commerce D441-5: a business that pays late owes at least this much per
# invoice for the cost of collecting it. Consumers never owe it.
RECOVERY_INDEMNITY = Decimal("40.00")
LEVELS = (1, 2, 3)
MAX_DAYS_AFTER_DUE = 365
MAX_NOTICE_DAYS = 365
_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class DunningStep:
    """One level of reminders: how long after the due date, and what it adds."""

    level: int  # 1 friendly, 2 firmer, 3 formal notice (mise en demeure)
    days_after_due: int
    enabled: bool = True
    charge_interest: bool = False  # late-payment interest at the company's rate
    charge_indemnity: bool = False  # the €40 indemnity, to business customers only
    attach_letter: bool = False  # the reminder letter as a PDF


DEFAULT_STEPS = (
    DunningStep(level=1, days_after_due=7),
    DunningStep(level=2, days_after_due=15),
    # Late fees are the owner's choice: off until they turn them on.
    DunningStep(level=3, days_after_due=30, attach_letter=True),
)


class StepsError(ValueError):
    """The steps are not in order: each level must come strictly after the one before."""


def check_steps(steps: Sequence[DunningStep]) -> None:
    """Refuse steps that are not levels 1, 2, 3 in that order, each after the last."""
    if tuple(step.level for step in steps) != LEVELS:
        raise StepsError("levels")
    days = [step.days_after_due for step in steps if step.enabled]
    if any(not 1 <= day <= MAX_DAYS_AFTER_DUE for day in days):
        raise StepsError("range")
    if any(later <= earlier for earlier, later in itertools.pairwise(days)):
        raise StepsError("order")


@dataclass(frozen=True, slots=True)
class DunningDecision:
    """What to do about one unpaid invoice today."""

    send: DunningStep | None  # the firmest step whose day has come and not yet taken
    superseded: tuple[DunningStep, ...]  # earlier steps never taken: skipped for good


def dunning_decision(
    steps: Sequence[DunningStep], *, due_date: date, today: date, taken: Collection[int]
) -> DunningDecision:
    """The step to take today for an invoice due on `due_date`, given the levels
    already `taken` (sent, prepared or superseded).

    When several steps fell due while Cadence was closed, only the firmest goes
    out: a customer never gets a friendly reminder and a formal notice on the same
    morning. The gentler ones are recorded as superseded so they never go later.
    A step is never taken before its day, nor below a level already taken.
    """
    firmest_taken = max(taken, default=0)
    ripe = [
        step
        for step in steps
        if step.enabled
        and step.level not in taken
        and step.level > firmest_taken
        and due_date + timedelta(days=step.days_after_due) <= today
    ]
    if not ripe:
        return DunningDecision(None, ())
    return DunningDecision(ripe[-1], tuple(ripe[:-1]))


def step_day(step: DunningStep, due_date: date) -> date:
    """The first day the step may be taken."""
    return due_date + timedelta(days=step.days_after_due)


class NoticeTiming(StrEnum):
    NOT_YET = "not_yet"
    DUE = "due"  # inside the window: send it now
    TOO_LATE = "too_late"  # the renewal has come: a notice would mislead


def notice_timing(
    *, renewal_on: date, notice_days: int, today: date, notice_deadline: date | None = None
) -> NoticeTiming:
    """Whether a notice about a renewal on `renewal_on` goes out today.

    The window opens `notice_days` before the last day the customer can refuse the
    renewal (`notice_deadline`, when the plan asks for notice; else the renewal
    itself) and closes the day before the renewal: a notice after the fact cannot
    let the customer refuse a tacit renewal (Code de la consommation L215-1), so a
    missed one is recorded, not sent.
    """
    if today >= renewal_on:
        return NoticeTiming.TOO_LATE
    reference = renewal_on if notice_deadline is None else min(notice_deadline, renewal_on)
    if today < reference - timedelta(days=notice_days):
        return NoticeTiming.NOT_YET
    return NoticeTiming.DUE


def late_interest(
    outstanding: Decimal, *, annual_rate: Decimal, due_date: date, on: date
) -> Decimal:
    """Late-payment interest on `outstanding` from the day after `due_date` to `on`,
    at `annual_rate` per cent a year on a 365-day year, rounded to the cent.

    Code de commerce L441-10: penalties run from the day after the due date.
    """
    days = (on - due_date).days
    if days <= 0 or outstanding <= 0 or annual_rate <= 0:
        return Decimal("0.00")
    interest = outstanding * annual_rate / Decimal(100) * Decimal(days) / Decimal(365)
    return interest.quantize(_CENT, rounding=ROUND_HALF_UP)
