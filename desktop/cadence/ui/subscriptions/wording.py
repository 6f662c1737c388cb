"""The words and colours the Subscriptions tab shows for the core's values.

Module functions translate in the "Subscriptions" context (lupdate finds the
literal strings in these `translate` calls).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cadence.domain.catalogue import BillingTiming
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.periods import Interval, IntervalUnit
from cadence.services.catalogue import PlanRecord
from cadence.services.invoices import InvoiceRecord
from cadence.services.lifecycle import HistoryEvent
from cadence.ui.formatting import day, money

CONTEXT = "Subscriptions"


translate = QCoreApplication.translate  # lupdate reads calls named translate(…)


@dataclass(frozen=True)
class Look:
    """How a status is drawn: pale background, dark text, readable in both themes."""

    background: QColor
    foreground: QColor


_LOOKS = {
    SubscriptionStatus.TRIAL: Look(QColor("#e1effc"), QColor("#0b4f8a")),
    SubscriptionStatus.ACTIVE: Look(QColor("#e3f4e6"), QColor("#1d6a32")),
    SubscriptionStatus.PAUSED: Look(QColor("#eee8fa"), QColor("#54378c")),
    SubscriptionStatus.PAST_DUE: Look(QColor("#fde2df"), QColor("#a3221a")),
    SubscriptionStatus.CANCELLATION_SCHEDULED: Look(QColor("#ffead3"), QColor("#8a4600")),
    SubscriptionStatus.CANCELLED: Look(QColor("#ececec"), QColor("#555555")),
    SubscriptionStatus.ENDED: Look(QColor("#ececec"), QColor("#555555")),
}


def status_look(status: SubscriptionStatus) -> Look:
    return _LOOKS[status]


def status_text(status: SubscriptionStatus) -> str:
    texts = {
        SubscriptionStatus.TRIAL: translate("Subscriptions", "Trial"),
        SubscriptionStatus.ACTIVE: translate("Subscriptions", "Active"),
        SubscriptionStatus.PAUSED: translate("Subscriptions", "Paused"),
        SubscriptionStatus.PAST_DUE: translate("Subscriptions", "Past due"),
        SubscriptionStatus.CANCELLATION_SCHEDULED: translate(
            "Subscriptions", "Cancellation scheduled"
        ),
        SubscriptionStatus.CANCELLED: translate("Subscriptions", "Cancelled"),
        SubscriptionStatus.ENDED: translate("Subscriptions", "Ended"),
    }
    return texts[status]


def reason_text(reason: CancellationReason) -> str:
    texts = {
        CancellationReason.TOO_EXPENSIVE: translate("Subscriptions", "Too expensive"),
        CancellationReason.LOW_USAGE: translate("Subscriptions", "Does not use it enough"),
        CancellationReason.MISSING_FEATURES: translate("Subscriptions", "Something is missing"),
        CancellationReason.SWITCHED_TO_COMPETITOR: translate(
            "Subscriptions", "Went to a competitor"
        ),
        CancellationReason.SERVICE_QUALITY: translate("Subscriptions", "Unhappy with the service"),
        CancellationReason.TEMPORARY_NEED: translate("Subscriptions", "The need was temporary"),
        CancellationReason.BUSINESS_CLOSED: translate("Subscriptions", "Business closed"),
        CancellationReason.NON_PAYMENT: translate("Subscriptions", "Did not pay"),
        CancellationReason.OTHER: translate("Subscriptions", "Other reason"),
    }
    return texts[reason]


def interval_text(interval: Interval) -> str:
    """ "month", "3 months", "year", "2 weeks": the length of a billing cycle."""
    count = interval.count
    if count == 1:
        single = {
            IntervalUnit.DAY: translate("Subscriptions", "day"),
            IntervalUnit.WEEK: translate("Subscriptions", "week"),
            IntervalUnit.MONTH: translate("Subscriptions", "month"),
            IntervalUnit.YEAR: translate("Subscriptions", "year"),
        }
        return single[interval.unit]
    several = {
        IntervalUnit.DAY: translate("Subscriptions", "{count} days"),
        IntervalUnit.WEEK: translate("Subscriptions", "{count} weeks"),
        IntervalUnit.MONTH: translate("Subscriptions", "{count} months"),
        IntervalUnit.YEAR: translate("Subscriptions", "{count} years"),
    }
    return several[interval.unit].format(count=count)


def duration_text(interval: Interval) -> str:
    """ "1 month", "14 days": a length of time (a trial, a commitment, a notice)."""
    if interval.count == 1:
        single = {
            IntervalUnit.DAY: translate("Subscriptions", "1 day"),
            IntervalUnit.WEEK: translate("Subscriptions", "1 week"),
            IntervalUnit.MONTH: translate("Subscriptions", "1 month"),
            IntervalUnit.YEAR: translate("Subscriptions", "1 year"),
        }
        return single[interval.unit]
    several = {
        IntervalUnit.DAY: translate("Subscriptions", "{count} days"),
        IntervalUnit.WEEK: translate("Subscriptions", "{count} weeks"),
        IntervalUnit.MONTH: translate("Subscriptions", "{count} months"),
        IntervalUnit.YEAR: translate("Subscriptions", "{count} years"),
    }
    return several[interval.unit].format(count=interval.count)


def plan_summary(plan: PlanRecord) -> str:
    """The plan's price and terms in one line, to read before choosing it."""
    terms = plan.terms_of_billing
    parts = [
        translate("Subscriptions", "{price} excl. VAT").format(
            price=price_per_cycle(plan.unit_price, plan.currency, terms.interval)
        ),
        translate("Subscriptions", "billed in advance")
        if terms.timing is BillingTiming.ADVANCE
        else translate("Subscriptions", "billed at the end of each period"),
    ]
    if terms.trial is not None:
        parts.append(
            translate("Subscriptions", "{length} free trial").format(
                length=duration_text(terms.trial)
            )
        )
    if terms.commitment is not None:
        parts.append(
            translate("Subscriptions", "{length} commitment").format(
                length=duration_text(terms.commitment)
            )
        )
    if terms.notice is not None:
        parts.append(
            translate("Subscriptions", "{length} notice").format(length=duration_text(terms.notice))
        )
    if terms.fixed_cycles is not None:
        parts.append(
            translate("Subscriptions", "ends after {count} invoices").format(
                count=terms.fixed_cycles
            )
        )
    return " · ".join(parts)


def price_per_cycle(price: Decimal, currency: str, interval: Interval) -> str:
    """29,00 € / month."""
    return translate("Subscriptions", "{price} / {cycle}").format(
        price=money(price, currency), cycle=interval_text(interval)
    )


def last_day(first_day_without: date) -> str:
    """The last day of service, from Cadence's "first day after" dates."""
    return day(first_day_without - timedelta(days=1))


def invoice_kind_text(invoice: InvoiceRecord) -> str:
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        return translate("Subscriptions", "Credit note")
    return translate("Subscriptions", "Invoice")


def invoice_status_text(invoice: InvoiceRecord) -> str:
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        return (
            translate("Subscriptions", "Draft")
            if invoice.status is InvoiceStatus.DRAFT
            else translate("Subscriptions", "Issued")
        )
    if invoice.overdue:
        return translate("Subscriptions", "Overdue")
    texts = {
        InvoiceStatus.DRAFT: translate("Subscriptions", "Draft"),
        InvoiceStatus.ISSUED: translate("Subscriptions", "To be paid"),
        InvoiceStatus.PARTIALLY_PAID: translate("Subscriptions", "Partly paid"),
        InvoiceStatus.PAID: translate("Subscriptions", "Paid"),
        InvoiceStatus.CREDITED: translate("Subscriptions", "Credited"),
    }
    return texts[invoice.status]


def _date_in(details: Mapping[str, Any], key: str) -> date | None:
    value = details.get(key)
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _shown(details: Mapping[str, Any], key: str) -> str:
    found = _date_in(details, key)
    return day(found) if found is not None else translate("Subscriptions", "(unknown date)")


def _reason_in(details: Mapping[str, Any]) -> str:
    try:
        return reason_text(CancellationReason(str(details.get("reason"))))
    except ValueError:
        return ""


def event_text(event: HistoryEvent) -> str:
    """One line of a subscription's history in the owner's words."""
    details = event.details
    action = event.action
    if action == "created":
        return translate("Subscriptions", "Subscription created, starting on {start}").format(
            start=_shown(details, "start_date")
        )
    if action == "updated":
        return translate("Subscriptions", "Reference or notes changed")
    if action == "archived":
        return translate("Subscriptions", "Archived")
    if action == "trial":
        return translate("Subscriptions", "Trial started")
    if action == "active":
        return translate("Subscriptions", "Active")
    if action == "paused":
        return translate("Subscriptions", "Paused")
    if action == "past_due":
        return translate("Subscriptions", "Past due: an invoice is unpaid after its grace period")
    if action in ("cancellation_scheduled", "cancelled"):
        effective = _date_in(details, "effective_on")
        reason = _reason_in(details)
        if action == "cancellation_scheduled":
            text = (
                translate(
                    "Subscriptions", "Cancellation scheduled, last day of service {last}"
                ).format(last=last_day(effective))
                if effective is not None
                else translate("Subscriptions", "Cancellation scheduled")
            )
        else:
            text = translate("Subscriptions", "Cancelled")
        return (
            translate("Subscriptions", "{text} ({reason})").format(text=text, reason=reason)
            if reason
            else text
        )
    if action == "ended":
        return translate("Subscriptions", "Ended: its fixed term is over")
    if action == "commitment_renewed":
        until = _date_in(details, "until")
        if until is None:
            return translate("Subscriptions", "Commitment renewed")
        return translate("Subscriptions", "Commitment renewed until {last}").format(
            last=last_day(until)
        )
    if action == "pause_planned":
        if _date_in(details, "until") is None:
            return translate("Subscriptions", "Pause planned from {start}, until resumed").format(
                start=_shown(details, "from")
            )
        return translate(
            "Subscriptions", "Pause planned from {start}; service resumes on {end}"
        ).format(start=_shown(details, "from"), end=_shown(details, "until"))
    if action == "resume_planned":
        return translate("Subscriptions", "Service resumes on {day}").format(
            day=_shown(details, "on")
        )
    if action == "plan_changed":
        return translate("Subscriptions", "Changed to {plan}, quantity {quantity}").format(
            plan=event.summary, quantity=details.get("quantity", "?")
        )
    if action == "plan_change_scheduled":
        return translate(
            "Subscriptions", "Change to {plan}, quantity {quantity}, planned from {day}"
        ).format(
            plan=event.summary,
            quantity=details.get("quantity", "?"),
            day=_shown(details, "effective_on"),
        )
    if action == "invoice_postponed":
        return translate(
            "Subscriptions", "Invoice of the period from {start} postponed to {until}"
        ).format(start=_shown(details, "period_start"), until=_shown(details, "until"))
    if action == "invoice_skipped":
        return translate("Subscriptions", "Invoice of the period from {start} skipped").format(
            start=_shown(details, "period_start")
        )
    # An action recorded by a newer part of Cadence: its name is still a hint.
    return action.replace("_", " ").capitalize()
